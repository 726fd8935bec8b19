#!/usr/bin/env bash
# The test command: installs what is missing, builds everything, runs every test (ctest).
# Usage: tests/run-all.sh            (build directory: build-tests/, override with BUILD_DIR)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build-tests}
source "$root/installer/build-deps.sh"
tw_install_missing

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTW_BUILD_BENCH=ON
cmake --build "$build" -j "$(nproc)"
if [ ! -x "$root/../shared/tools/rsc-lint" ]; then
  echo "NOTE: ../shared/tools/rsc-lint not found: the lint tests will report that they skipped it"
fi
ctest --test-dir "$build" --output-on-failure -j 1
