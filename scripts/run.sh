#!/usr/bin/env bash
# Builds and installs everything, then serves the users service locally on its embedded defaults with the Maven
# plugin's goblet:local: a dynalite (DynamoDB API, in memory) started and stopped with it, the users table created
# in it, and the Goblet local server on http://127.0.0.1:8000 (PORT=... to change). Ctrl-C or SIGTERM stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund
mvn -B -ntp -q install -DskipTests
cd example-users
exec mvn -B -ntp -q goblet:local -Dgoblet.dynamodb=dynalite -Dgoblet.port="${PORT:-8000}"
