#!/usr/bin/env bash
# The long fuzz run: EVENTS (default 1000000) seeded, arbitrary and mutated API Gateway events through the users
# service's generated handler (in-memory store), SEED (default 16). Prints the report; exits 1 on any problem.
# Its latest figures are in docs/security.md.
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${EVENTS:-1000000}
SEED=${SEED:-16}
mvn -B -q -ntp -pl benchmarks -am package -Dmaven.test.skip=true
cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
java -cp "$cp" dev.goblet.benchmarks.fuzz.FuzzDriver "$EVENTS" "$SEED"
