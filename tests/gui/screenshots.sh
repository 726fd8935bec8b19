#!/usr/bin/env bash
# Walks every page of the wizard under QT_QPA_PLATFORM=offscreen and writes PNGs to docs/screenshots/
# (or DIR): the field-notes link and L2TP server, a page with errors, a preset a platform cannot do,
# and a CSV import with bad rows. README.md shows them.
#
# Usage: tests/gui/screenshots.sh [DIR]   (build directory: build-tests/, override with BUILD_DIR;
#        TW_SCREENSHOT_SIZE=WxH changes the window size, QT_SCALE_FACTOR=2 renders for high DPI,
#        TW_SCREENSHOT_LANGUAGE=de|es the wizard in German or Spanish: give a DIR other than the README's)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build-tests}
out=${1:-$root/docs/screenshots}
source "$root/installer/build-deps.sh"
tw_install_missing

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "${JOBS:-$(nproc)}" --target tw_gui_screenshots
runtime=$(mktemp -d)
trap 'rm -rf "$runtime"' EXIT
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime" "$build/tests/gui/tw_gui_screenshots" "$out"
