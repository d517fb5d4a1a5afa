#!/usr/bin/env bash
# Runs every StatForm test: builds what is needed, then the unit tests, the
# same unit tests under ASan+UBSan, and the integration tests against a real
# headless office, then a bounded fuzzing stage. On a fresh Debian 12 machine (as root) it first installs
# the packages the project needs.
#
#   scripts/test.sh            everything
#   scripts/test.sh --unit     only the fast unit tests
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh --if-missing

cmake --preset default >/dev/null
cmake --build --preset default
if [ "${1:-}" = "--unit" ]; then
  ctest --preset unit
  exit 0
fi
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan
ctest --preset default
# Fuzzing, bounded: replays the saved crashes, then 15 s per target.
bash fuzz/run.sh
