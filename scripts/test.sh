#!/usr/bin/env bash
# The whole test suite (`npm test`), one phase after another, stopping at the first that fails,
# with a table of each phase's time at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=scripts/phase-times.sh
source scripts/phase-times.sh
trap finish_phase_times EXIT

# The static checks and the unit tests need nothing from each other, and each keeps one CPU busy
# at most: they run side by side, each with its own output shown once it has finished.
static_checks() {
  local dir status=0 name
  local -A pids
  dir=$(mktemp -d)
  for name in lint format:check typecheck test:unit; do
    npm run --silent "$name" >"$dir/$name" 2>&1 &
    pids[$name]=$!
  done
  for name in lint format:check typecheck test:unit; do
    if wait "${pids[$name]}"; then
      echo "-- npm run $name: passed"
    else
      echo "-- npm run $name: FAILED"
      status=1
    fi
    cat "$dir/$name"
  done
  rm -rf "$dir"
  return "$status"
}
phase "Lint, format, typecheck, unit tests" static_checks
phase "Integration tests (PGlite)" npm run --silent test:integration
# The typecheck phase has checked the types already: the build need not check them again.
phase "Build" env COALITION_BUILD_SKIPS_TYPECHECK=1 npm run --silent build
phase "End-to-end tests" npx playwright test
