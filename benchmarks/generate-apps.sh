#!/usr/bin/env bash
# Rewrites the checked-in 500-route app from its generator (AppSource); a test fails when the two differ.
set -euo pipefail
cd "$(dirname "$0")/.."
src=benchmarks/src/main/java
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
javac -d "$out" "$src/dev/goblet/benchmarks/build/AppSource.java"
java -cp "$out" dev.goblet.benchmarks.build.AppSource "$src"
