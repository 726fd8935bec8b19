#!/usr/bin/env bash
# Start-up cost of the wizard against a bare two-page QWizard built the same way (bench/bare_wizard.cpp).
# Each program runs N times (interleaved, after one warm-up run each) under QT_QPA_PLATFORM=offscreen
# with TW_STARTUP_PROBE=1: it quits right after its first page is painted and prints the time since
# exec (TW_STARTUP_T0 = $EPOCHREALTIME just before exec) and the CPU time used until then (getrusage;
# steadier than wall time when other jobs share the machine). Peak RSS comes from /usr/bin/time -v.
#
#   tw_bare_wizard            Qt Widgets only: the budget's reference (1.3x time and peak RSS)
#   tw_bare_wizard_corelibs   the same, also loading the libraries core links (Qt Network, Botan): what
#                             the wizard would pay without its plug-ins (it loads Botan on first use)
#   tunnelwright              the wizard, first page (start page)
#
# Usage: bench/startup.sh [N]     (default 15; build directory build-bench/, override with BUILD_DIR;
#        TW_REBUILD=0 uses the binaries as they are). Exit 1 when over budget against tw_bare_wizard.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build-bench}
runs=${1:-15}
budget=1.3

if [ "${TW_REBUILD:-1}" = 1 ] || [ ! -x "$build/app/gui/tunnelwright" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTW_BUILD_BENCH=ON -DTW_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" -j "${JOBS:-2}" --target tunnelwright tw_bare_wizard tw_bare_wizard_corelibs >/dev/null
fi
[ -x /usr/bin/time ] || { echo "startup.sh needs GNU time (Debian package: time)" >&2; exit 2; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# A fresh configuration (no recent projects) and no display: what a first start looks like.
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$scratch" XDG_RUNTIME_DIR="$scratch" TW_STARTUP_PROBE=1

# One run: prints "MS KB CPU" (first paint in ms, peak RSS in KiB, CPU ms until the first paint).
measure() {
  local out ms kb cpu
  out=$( { TW_STARTUP_T0=$EPOCHREALTIME /usr/bin/time -v "$1" 2>&1 1>&3 3>&-; } 3>&1 )
  ms=$(printf '%s\n' "$out" | awk '/^first-paint-ms/ {print $2}')
  cpu=$(printf '%s\n' "$out" | awk '/^first-paint-ms/ {print $4}')
  kb=$(printf '%s\n' "$out" | awk -F': ' '/Maximum resident set size/ {print $2}')
  [ -n "$ms" ] && [ -n "$kb" ] && [ -n "$cpu" ] || { echo "no measurement from $1:" >&2; printf '%s\n' "$out" >&2; exit 2; }
  echo "$ms $kb $cpu"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

names=(bare corelibs wizard)
bins=("$build/bench/tw_bare_wizard" "$build/bench/tw_bare_wizard_corelibs" "$build/app/gui/tunnelwright")
for i in 0 1 2; do
  [ -x "${bins[$i]}" ] || { echo "missing ${bins[$i]}" >&2; exit 2; }
  measure "${bins[$i]}" >/dev/null
  : >"$scratch/${names[$i]}"
done
for _ in $(seq "$runs"); do
  for i in 0 1 2; do measure "${bins[$i]}" >>"$scratch/${names[$i]}"; done
done

declare -A ms kb cpu
echo "startup: $runs runs each, QT_QPA_PLATFORM=offscreen, load average $(cut -d' ' -f1 /proc/loadavg) on $(nproc) CPUs"
for i in 0 1 2; do
  f=$scratch/${names[$i]}
  ms[${names[$i]}]=$(awk '{print $1}' "$f" | median)
  kb[${names[$i]}]=$(awk '{print $2}' "$f" | median)
  cpu[${names[$i]}]=$(awk '{print $3}' "$f" | median)
  printf '  %-24s first paint median %6.1f ms (min %6.1f)   CPU median %5.1f ms   peak RSS median %6.0f KiB\n' \
    "$(basename "${bins[$i]}")" "${ms[${names[$i]}]}" "$(awk '{print $1}' "$f" | sort -n | head -1)" \
    "${cpu[${names[$i]}]}" "${kb[${names[$i]}]}"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
time_ratio=$(ratio "${ms[wizard]}" "${ms[bare]}")
cpu_ratio=$(ratio "${cpu[wizard]}" "${cpu[bare]}")
rss_ratio=$(ratio "${kb[wizard]}" "${kb[bare]}")
echo "tunnelwright / bare wizard:             time ${time_ratio}x, CPU ${cpu_ratio}x, peak RSS ${rss_ratio}x (budget ${budget}x)"
echo "tunnelwright / bare wizard + core libs: time $(ratio "${ms[wizard]}" "${ms[corelibs]}")x, CPU $(ratio "${cpu[wizard]}" "${cpu[corelibs]}")x, peak RSS $(ratio "${kb[wizard]}" "${kb[corelibs]}")x"
if awk -v t="$time_ratio" -v r="$rss_ratio" -v b="$budget" 'BEGIN {exit !(t <= b && r <= b)}'; then
  echo "within budget"
else
  echo "over budget"
  exit 1
fi
