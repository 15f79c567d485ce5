#!/usr/bin/env bash
# Runs every test of Goblet on a fresh machine: installs what the tests need, then builds, tests and installs every
# module.
set -euo pipefail
cd "$(dirname "$0")/.."

# dynalite, the DynamoDB-API server the users service's tests start, pinned by package-lock.json.
npm ci --no-audit --no-fund

# Headless Chromium for the API docs page test; that one test is skipped, saying so, where none can be had.
scripts/install-chromium.sh || echo "Chromium could not be installed: the browser test will be skipped."

# install, not just verify: the doc tests build projects made from the docs' snippets alone, which find Goblet's
# artifacts in the local repository as a user's project does; each module is installed before the next is tested.
mvn -B -ntp install
