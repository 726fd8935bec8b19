#!/usr/bin/env bash
# Runs every fuzz target for N seconds each, one after the other (docs/hardening.md).
# Usage: fuzz/run-all.sh [SECONDS] [BUILD_DIR] [CORPUS_DIR]
#   SECONDS     per target, default 10
#   BUILD_DIR   a build with -DTW_BUILD_FUZZERS=ON (clang), default build-fuzz/
#   CORPUS_DIR  where each target's corpus lives and grows, default BUILD_DIR/fuzz-corpus/
# A crash, a sanitizer report or a broken property stops that target; its input is saved as
# BUILD_DIR/fuzz-artifacts/<target>/crash-* and the script exits 1 after the other targets ran.
# Keep a fixed crash's input in fuzz/regressions/<target>/ so that ctest replays it in every build.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-10}
build=${2:-$root/build-fuzz}
corpus=${3:-$build/fuzz-corpus}
if [ ! -f "$build/fuzz/targets.txt" ]; then
  echo "fuzz/run-all.sh: $build has no fuzz targets; configure with --preset fuzz (or -DTW_BUILD_FUZZERS=ON)" >&2
  exit 2
fi
IFS=';' read -r -a targets < "$build/fuzz/targets.txt"
"$root/fuzz/make-seeds.sh" "$corpus" >/dev/null
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
failed=()
for t in "${targets[@]}"; do
  exe="$build/fuzz/fuzz_$t"
  [ -x "$exe" ] || { echo "missing $exe" >&2; failed+=("$t"); continue; }
  mkdir -p "$build/fuzz-artifacts/$t" "$corpus/$t"
  log="$build/fuzz-artifacts/$t.log"
  echo "== fuzz_$t for ${seconds}s"
  # -max_len: projects that render many files are large; 64 KiB leaves room without slowing the search.
  # -timeout: wall clock; generous, because a fuzzer at nice 19 on a busy machine gets little CPU.
  if "$exe" "$corpus/$t" -max_total_time="$seconds" -max_len=65536 -timeout=60 -rss_limit_mb=2560 \
       -dict="$root/fuzz/project.dict" -print_final_stats=1 \
       -artifact_prefix="$build/fuzz-artifacts/$t/" >"$log" 2>&1; then
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)|cov: .*DONE" "$log" | tr '\n' ' '
    grep -E "#[0-9]+.*DONE" "$log" | tail -1
  else
    echo "fuzz_$t FAILED: see $log and $build/fuzz-artifacts/$t/"
    grep -E "ERROR|property violated|SUMMARY" "$log" | head -5
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}"
  exit 1
fi
echo "fuzzing: ${#targets[@]} targets, ${seconds}s each, no problem found"
