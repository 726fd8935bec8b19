#!/usr/bin/env bash
# Rewrites tests/golden/ from the current renderers. Run it only for an intended change of output,
# then review `git diff tests/golden` line by line before committing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
cmake -S "$root" -B "$build" -G Ninja -DTW_BUILD_GUI=OFF >/dev/null
cmake --build "$build" --target tw_core_tests
TW_UPDATE_GOLDEN=1 "$build/tests/tw_core_tests" "[golden]" >/dev/null || true
find "$root/tests/golden" -name '*.actual' -delete
git -C "$root" status --short tests/golden
