#!/usr/bin/env bash
# Times `tunnelwright-cli render` of a generated project (default: 10,000 links) against `cp -r` of
# the tree it wrote, on the same disk in the same run: writing the same bytes is the floor. Target
# for 10,000 links: within 1.5x.
# Usage: bench/render-vs-cp.sh [BUILD_DIR] [N] [links|users]   (needs a build with -DTW_BUILD_BENCH=ON)
# users: one L2TP server with N users instead of N links.
# FRESH_FS=1 (root, util-linux mount, e2fsprogs): every round on a new ext4 file system in a loop-
# mounted image file, so that no round pays for deletes before it (see below).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-tests}
count=${2:-10000}
what=${3:-links}
rounds=${ROUNDS:-3}
fresh=${FRESH_FS:-0}
work=$(mktemp -d "${TMPDIR:-/tmp}/tw-bench.XXXXXX")
mnt=$work/mnt
cleanup() {
  if [ "$fresh" = 1 ] && mountpoint -q "$mnt"; then umount "$mnt"; fi
  rm -rf "$work"
}
trap cleanup EXIT
"$build/bench/tw_generate_project" "$what" "$count" "$work/project.twproj"

best() { sort -n | head -1; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# A command that fails (a full disk, say) must stop the script, not be timed as a fast run: set -e
# does not reach into $(...) inside an assignment, hence the explicit checks.
time_it() { local s e; s=$(date +%s.%N); "$@" >/dev/null || return 1; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN { print e - s }'; }

# ext4 skips recently freed inodes when it allocates new ones (perf: recently_deleted under
# ext4_tmpfile and ext4_create), so for some minutes after a large delete on the same file system,
# this script's own clean-up included, every file creation is slower (cp -r of the 10,000-link
# tree: 2.1 s at rest, 9.2 to 20.8 s after deletes) and the ratio means little. Without FRESH_FS,
# every round writes to new directories, removed only at the end: start on a file system at rest,
# a few minutes after the last large delete. With FRESH_FS, each round gets a new file system.
target_of_round() {
  if [ "$fresh" = 1 ]; then
    mountpoint -q "$mnt" && umount "$mnt"
    rm -f "$work/fs.img"
    mkdir -p "$mnt"
    truncate -s 4G "$work/fs.img" # sparse; a 10,000-link tree and its copy take about 1 GB of it
    mkfs.ext4 -q -F "$work/fs.img"
    mount -o loop "$work/fs.img" "$mnt"
    echo "$mnt"
  else
    echo "$work"
  fi
}

render_times=(); cp_times=()
for i in $(seq 1 "$rounds"); do
  dir=$(target_of_round)
  sync
  t=$(time_it "$build/app/cli/tunnelwright-cli" render "$work/project.twproj" --out "$dir/out$i") ||
    { echo "render failed in round $i" >&2; exit 1; }
  render_times+=("$t")
  sync
  t=$(time_it cp -r "$dir/out$i" "$dir/copy$i") || { echo "cp -r failed in round $i" >&2; exit 1; }
  cp_times+=("$t")
  if [ "$i" = 1 ]; then
    files=$(find "$dir/out1" -type f | wc -l)
    bytes=$(du -sb "$dir/out1" | cut -f1)
  fi
  sync
done
printf '%s: %d  files: %d  bytes: %d  file system: %s\n' "$what" "$count" "$files" "$bytes" \
  "$([ "$fresh" = 1 ] && echo "new ext4 each round" || df --output=fstype "$work" | tail -1)"
for i in $(seq 0 $((rounds - 1))); do
  printf 'round %d: render %.3f s, cp -r %.3f s, ratio %.2fx\n' $((i + 1)) "${render_times[$i]}" "${cp_times[$i]}" \
    "$(awk -v r="${render_times[$i]}" -v c="${cp_times[$i]}" 'BEGIN { print r / c }')"
done
r=$(printf '%s\n' "${render_times[@]}" | best)
c=$(printf '%s\n' "${cp_times[@]}" | best)
rm_=$(printf '%s\n' "${render_times[@]}" | median)
cm=$(printf '%s\n' "${cp_times[@]}" | median)
printf 'render: best %.3f s, median %.3f s\ncp -r:  best %.3f s, median %.3f s\n' "$r" "$rm_" "$c" "$cm"
printf 'ratio of the bests: %.2fx, of the medians: %.2fx (target <= 1.5x)\n' \
  "$(awk -v r="$r" -v c="$c" 'BEGIN { print r / c }')" "$(awk -v r="$rm_" -v c="$cm" 'BEGIN { print r / c }')"
