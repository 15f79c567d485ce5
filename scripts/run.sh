#!/usr/bin/env bash
# Builds everything, then serves the users service locally on its embedded defaults: a dynalite (DynamoDB API,
# in memory) started and stopped with it, the users table created if absent, and the Goblet local server on
# http://127.0.0.1:8000 (PORT=... to change). Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund
exec mvn -B -ntp -q -Plocal verify -DskipTests
