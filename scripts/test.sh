#!/usr/bin/env bash
# `npm test`: everything, in order: lint, typecheck, unit, integration (SQLite, and
# PostgreSQL too when TEST_DATABASE_URL is set), then e2e in Chromium against the
# production build. Every step runs even when an earlier one fails; the last line
# counts the tests, and the exit code is non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1

mkdir -p reports
rm -f reports/*.json
failures=()

step() {
  local name=$1
  shift
  echo
  echo "━━ $name"
  if ! "$@"; then
    failures+=("$name")
  fi
}

step "postgres schema is derived from the SQLite schema" node scripts/derive-postgres-schema.mjs --check
step "lint (eslint)" npx eslint --max-warnings=0 .
step "typecheck (tsc)" bash -c "npx next typegen >/dev/null && npx tsc --noEmit"
step "unit tests (vitest)" npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=reports/unit.json
step "integration tests (vitest, real database)" npx vitest run --project integration --reporter=default --reporter=json --outputFile.json=reports/integration.json
step "e2e tests (playwright, chromium)" env E2E_JSON_REPORT=reports/e2e.json node scripts/e2e.mjs

echo
if [ ${#failures[@]} -gt 0 ]; then
  printf '✖ failed: %s\n' "${failures[@]}"
fi
node scripts/summarize-tests.mjs reports/unit.json reports/integration.json reports/e2e.json
summary=$?
if [ ${#failures[@]} -gt 0 ] || [ $summary -ne 0 ]; then
  exit 1
fi
