#!/usr/bin/env bash
# What `npm test` runs: lint, type check and every ava suite, one after another so
# one failing check never hides the others, ending with one line "N passed, N failed".
# Lint and typecheck count as one test each; the ava suites count as many tests as
# ava reports. Exits non-zero if anything failed.
set -uo pipefail # no -e: every step must run and the summary must always print.

cd "$(dirname "$0")/.."
log_dir=.tmp/test
mkdir -p "$log_dir"
log="$log_dir/run.log"
: >"$log"

passed=0
failed=0

note() { echo "== $*" | tee -a "$log"; }

# Runs one npm script with its output in the log; returns its exit code.
run_step() {
  local name=$1
  shift
  note "$name: $*"
  "$@" </dev/null 2>&1 | tee "$log_dir/$name.log" | tee -a "$log"
  return "${PIPESTATUS[0]}"
}

# A check that counts as a single test.
single_check() {
  local name=$1
  shift
  if run_step "$name" "$@"; then
    passed=$((passed + 1))
    note "$name: passed"
  else
    failed=$((failed + 1))
    note "$name: FAILED"
  fi
}

# The first number on a summary line of ava's, e.g. "12 tests passed"; 0 when absent.
ava_count() {
  local pattern=$1 file=$2
  local count
  count=$(grep -E "^[[:space:]]*[0-9]+ $pattern\$" "$file" | grep -oE '[0-9]+' | head -n 1)
  echo "${count:-0}"
}

# ava prints "N tests passed" only when nothing failed; otherwise it prints
# "N tests failed" and the passes appear only as one "✔ title" line each.
unit_tests() {
  local status=0
  run_step unit npm run test:unit || status=$?
  local file="$log_dir/unit.log"
  sed -i 's/\x1b\[[0-9;]*m//g' "$file" # no colours in a pipe, but be sure
  local unit_passed unit_failed
  unit_passed=$(ava_count 'tests? passed' "$file")
  if [ "$unit_passed" -eq 0 ]; then
    unit_passed=$(grep -cE '^[[:space:]]*✔ ' "$file" || true)
  fi
  unit_failed=$(($(ava_count 'tests? failed' "$file") + $(ava_count 'hooks? failed' "$file") \
    + $(ava_count 'uncaught exceptions?' "$file") + $(ava_count 'unhandled rejections?' "$file") \
    + $(ava_count 'tests? remained pending after a timeout' "$file")))
  # A crash before any summary (a test file that does not load, a timeout) must
  # not read as success.
  if [ "$status" -ne 0 ] && [ "$unit_failed" -eq 0 ]; then
    note "unit: ava exited with $status without reporting a failed test; counting one failure"
    unit_failed=1
  fi
  note "unit: $unit_passed passed, $unit_failed failed"
  passed=$((passed + unit_passed))
  failed=$((failed + unit_failed))
}

note "node $(node --version), npm $(npm --version 2>/dev/null), CI=${CI:-}"

single_check lint npm run lint
single_check typecheck npm run typecheck
unit_tests

echo "$passed passed, $failed failed" | tee -a "$log"
[ "$failed" -eq 0 ]
