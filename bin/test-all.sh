#!/usr/bin/env bash
# Runs every test: unit and integration (Vitest: PGlite always, Postgres too when DATABASE_URL is
# set), then the end-to-end specs in Chromium against the built app. Prints one closing line
# "N passed, N failed" summed from both runners' JSON reports, the line CI reads.
set -u
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
reports=$(mktemp -d)

npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/vitest.json"
vitest_rc=$?

PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" npx playwright test
playwright_rc=$?

node bin/test-summary.mjs "$reports/vitest.json" "$reports/playwright.json"
rm -rf "$reports"
[ "$vitest_rc" -eq 0 ] && [ "$playwright_rc" -eq 0 ]
