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
  local started=$SECONDS
  if ! "$@"; then
    failures+=("$name")
  fi
  echo "━━ $name: $((SECONDS - started)) s"
}

step "postgres schema is derived from the SQLite schema" node scripts/derive-postgres-schema.mjs --check
# eslint and tsc each keep one core busy: run them side by side, then report each in turn.
side_by_side=$SECONDS
lint_log=$(mktemp)
typecheck_log=$(mktemp)
npx eslint --max-warnings=0 . >"$lint_log" 2>&1 &
lint_pid=$!
bash -c "npx next typegen >/dev/null && npx tsc --noEmit" >"$typecheck_log" 2>&1 &
typecheck_pid=$!
finish() {
  local name=$1 pid=$2 log=$3
  echo
  echo "━━ $name"
  local status=0
  wait "$pid" || status=$?
  cat "$log"
  rm -f "$log"
  echo "━━ $name: done $((SECONDS - side_by_side)) s after both started"
  [ "$status" -eq 0 ] || failures+=("$name")
  return "$status"
}
finish "lint (eslint)" "$lint_pid" "$lint_log" || true
# `next build` checks types too, which tsc has just done over the same tsconfig (and more):
# once tsc passed, the build skips its own pass (next.config.ts).
if finish "typecheck (tsc)" "$typecheck_pid" "$typecheck_log"; then
  export GAMEDAY_BUILD_TYPES_CHECKED=1
fi
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
