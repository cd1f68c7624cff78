#!/usr/bin/env bash
# Runs every test (unit, document goldens, browser end-to-end) and ends with one line a CI can read:
# "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh || exit 1
mkdir -p test-results
# Unit tests read the built tables (public/data); build them first so no test depends on another's order.
npm run data --silent || { echo "0 passed, 1 failed"; exit 1; }
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"
status=$?
node scripts/summary.mjs test-results/vitest.json || status=1
exit $status
