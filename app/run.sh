#!/usr/bin/env bash
# The run command: installs what is missing, builds, and runs Tunnelwright.
# Until the wizard exists it renders every project in examples/ and says where the files went.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
source "$root/installer/build-deps.sh"
tw_install_missing

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTW_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)"
out=${TW_OUT:-$root/out}
for project in "$root"/examples/*.twproj; do
  name=$(basename "$project" .twproj)
  "$build/app/cli/tunnelwright-cli" render "$project" --out "$out/$name"
done
echo "Rendered configurations are in $out/ (one folder per example; see each manifest.json)."
