#!/usr/bin/env bash
# The run command: installs what is missing, builds, and opens the Tunnelwright wizard.
#   app/run.sh                     the wizard
#   app/run.sh PROJECT             the wizard with a project file open
#   app/run.sh --render-examples   no wizard: renders every project in examples/ into out/ (or $TW_OUT)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
source "$root/installer/build-deps.sh"
tw_install_missing

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTW_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)"

if [ "${1:-}" = "--render-examples" ]; then
  out=${TW_OUT:-$root/out}
  for project in "$root"/examples/*.twproj; do
    name=$(basename "$project" .twproj)
    "$build/app/cli/tunnelwright-cli" render "$project" --out "$out/$name"
  done
  echo "Rendered configurations are in $out/ (one folder per example; see each manifest.json)."
  exit 0
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "note: no DISPLAY or WAYLAND_DISPLAY is set; the wizard needs a desktop session (or QT_QPA_PLATFORM=vnc, offscreen ...)." >&2
fi
exec "$build/app/gui/tunnelwright" "$@"
