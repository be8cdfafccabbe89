#!/usr/bin/env bash
# The whole test suite (`npm test`), one phase after another, stopping at the first that fails,
# with a table of each phase's time at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=scripts/phase-times.sh
source scripts/phase-times.sh
trap finish_phase_times EXIT

phase "Lint" npm run --silent lint
phase "Format" npm run --silent format:check
phase "Typecheck" npm run --silent typecheck
phase "Unit tests" npm run --silent test:unit
phase "Integration tests (PGlite)" npm run --silent test:integration
# The typecheck phase has checked the types already: the build need not check them again.
phase "Build" env COALITION_BUILD_SKIPS_TYPECHECK=1 npm run --silent build
phase "End-to-end tests" npx playwright test
