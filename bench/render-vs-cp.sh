#!/usr/bin/env bash
# Times `tunnelwright-cli render` of a generated project (default: 10,000 links) against `cp -r` of
# the tree it wrote, on the same disk in the same run: writing the same bytes is the floor. Target
# for 10,000 links: within 1.5x.
# Usage: bench/render-vs-cp.sh [BUILD_DIR] [N] [links|users]   (needs a build with -DTW_BUILD_BENCH=ON)
# users: one L2TP server with N users instead of N links.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-tests}
count=${2:-10000}
what=${3:-links}
work=$(mktemp -d "${TMPDIR:-/tmp}/tw-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$build/bench/tw_generate_project" "$what" "$count" "$work/project.twproj"

best() { sort -n | head -1; }
time_it() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN { print e - s }'; }

# Fresh directories every round, removed only at the end: deleting the previous round's tree just
# before the render (tens of thousands of files) burdened the render's timing and not the copy's.
# ext4 skips recently freed inodes when it allocates new ones (perf: recently_deleted under
# ext4_tmpfile and ext4_create), so for some minutes after a large delete on the same file system,
# this script's own clean-up included, every file creation is slower (cp -r of the 10,000-link
# tree: 2.1 s at rest, 9.2 to 20.8 s after deletes) and the ratio means little. Start it on a file
# system at rest, a few minutes after the last large delete.
render_times=(); cp_times=()
for i in 1 2 3; do
  sync
  render_times+=("$(time_it "$build/app/cli/tunnelwright-cli" render "$work/project.twproj" --out "$work/out$i")")
  sync
  cp_times+=("$(time_it cp -r "$work/out$i" "$work/copy$i")")
done
r=$(printf '%s\n' "${render_times[@]}" | best)
c=$(printf '%s\n' "${cp_times[@]}" | best)
files=$(find "$work/out1" -type f | wc -l)
bytes=$(du -sb "$work/out1" | cut -f1)
printf '%s: %d  files: %d  bytes: %d\n' "$what" "$count" "$files" "$bytes"
for i in 0 1 2; do printf 'round %d: render %.3f s, cp -r %.3f s\n' $((i + 1)) "${render_times[$i]}" "${cp_times[$i]}"; done
printf 'render (best of 3): %.3f s\ncp -r  (best of 3): %.3f s\nratio: %.2fx (target <= 1.5x)\n' "$r" "$c" "$(awk -v r="$r" -v c="$c" 'BEGIN { print r / c }')"
