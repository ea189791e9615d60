#!/usr/bin/env bash
# The whole test suite: what `npm test` runs (locally and in CI).
#
#   1. typecheck                         tsc --noEmit
#   2. unit + integration on PGlite      always
#   3. integration on real PostgreSQL    only if TEST_DATABASE_URL is set
#                                        (see scripts/pg-test-cluster.sh)
#   4. e2e browser journeys on PGlite    always
#
# Every step runs even if an earlier one failed, so one run shows everything
# that is broken. Each vitest run writes a JSON report to .test-results/, and
# scripts/test-summary.mjs ends the output with one line "N passed, N failed".
# Exit status is non-zero if any step failed or any test failed.
set -euo pipefail

cd "$(dirname "$0")/.."

RESULTS=.test-results
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

failed_steps=()  # names of steps that exited non-zero
reports=()       # JSON reports the summary must find (missing = failed)

# step NAME CMD...: announce, run, time, and record a failure without exiting.
step() {
  local name=$1; shift
  echo
  echo "==> $name"
  local t0=$SECONDS status=0
  "$@" || status=$?
  if [[ $status -eq 0 ]]; then
    echo "<== $name: ok ($((SECONDS - t0))s)"
  else
    echo "<== $name: FAILED, exit $status ($((SECONDS - t0))s)"
    failed_steps+=("$name")
  fi
}

# vitest_run REPORT_NAME DB VITEST_ARGS...: one vitest run with its JSON report.
# TEST_DATABASE_URL is only passed to the PostgreSQL run, so the PGlite runs
# can never touch a real database by accident.
vitest_run() {
  local report="$RESULTS/$1.json" db=$2; shift 2
  reports+=("$report")
  local url=()
  if [[ "$db" == postgresql ]]; then url=(TEST_DATABASE_URL="$TEST_DATABASE_URL"); fi
  # `npx --no`: use the project's vitest, never fetch one from the registry.
  env -u TEST_DATABASE_URL "${url[@]}" SASAEAI_TEST_DB="$db" \
    npx --no -- vitest run "$@" \
      --reporter=default --reporter=json --outputFile.json="$report"
}

step "typecheck (tsc --noEmit)" npx --no -- tsc --noEmit

step "unit + integration (PGlite)" \
  vitest_run pglite pglite --project unit --project integration

if [[ -n "${TEST_DATABASE_URL:-}" ]]; then
  # Show where, but never a password that might be in the URL.
  pg_where=$(sed -E 's#//[^@/]*@#//#' <<<"$TEST_DATABASE_URL")
  step "integration (PostgreSQL at $pg_where)" \
    vitest_run postgresql postgresql --project integration
else
  echo
  echo "==> integration (PostgreSQL): skipped, TEST_DATABASE_URL is not set"
  echo "    (start one with: eval \"\$(scripts/pg-test-cluster.sh start | tail -n 1)\")"
fi

step "e2e browser journeys (PGlite)" \
  vitest_run e2e pglite --project e2e

echo
if [[ ${#failed_steps[@]} -gt 0 ]]; then
  printf 'Failed steps:\n'
  printf '  - %s\n' "${failed_steps[@]}"
fi
echo "==> summary"
# Explicit report paths rather than a glob: a report that a step should have
# written but did not is then reported (and counted) as a failure.
summary_status=0
node scripts/test-summary.mjs "${reports[@]}" || summary_status=$?

if [[ ${#failed_steps[@]} -gt 0 || $summary_status -ne 0 ]]; then
  exit 1
fi
