#!/usr/bin/env bash
# The test command: installs what is missing, builds everything, runs every test (ctest); then the
# core and CLI again under AddressSanitizer + UndefinedBehaviorSanitizer, and every fuzz target for
# a short while (docs/hardening.md).
# Usage: tests/run-all.sh            (build directories: build-tests/ and build-asan/, override with
#                                     BUILD_DIR and ASAN_BUILD_DIR; TW_FUZZ_SECONDS per fuzz target, 15)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build-tests}
asan=${ASAN_BUILD_DIR:-$root/build-asan}
fuzz_seconds=${TW_FUZZ_SECONDS:-15}
source "$root/installer/build-deps.sh"
tw_install_missing

started=$(date +%s)
step() { echo "== $1 ($(( $(date +%s) - started )) s)"; }

step "normal build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTW_BUILD_BENCH=ON
cmake --build "$build" -j "$(nproc)"
if [ ! -x "$root/../shared/tools/rsc-lint" ]; then
  echo "NOTE: ../shared/tools/rsc-lint not found: the lint tests will report that they skipped it"
fi
step "tests"
ctest --test-dir "$build" --output-on-failure -j 1

# Sanitizers: the asan-ubsan preset's settings (CMakePresets.json) plus the fuzz targets, which share
# the instrumented core: one clang build serves both. GUI and benchmarks are not part of it.
step "sanitizer build (clang, ASan + UBSan, fuzzers)"
# -O1 and line tables only: what the sanitizers recommend, and a third faster to compile than -O2 -g.
cmake -S "$root" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
  -DTW_SANITIZE=ON -DTW_BUILD_FUZZERS=ON -DTW_BUILD_GUI=OFF -DTW_BUILD_BENCH=OFF
cmake --build "$asan" -j "$(nproc)"
step "tests under ASan + UBSan"
ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  ctest --test-dir "$asan" --output-on-failure -j 1
step "fuzzing, ${fuzz_seconds} s per target"
"$root/fuzz/run-all.sh" "$fuzz_seconds" "$asan"
step "done"
