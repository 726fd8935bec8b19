#!/usr/bin/env bash
# Renders the PNG icons under hicolor/ from the SVG sources beside this script. The PNGs are committed
# so that a build needs no SVG renderer; run this (needs rsvg-convert, Debian package librsvg2-bin)
# after changing an SVG, and look at the result. 16x16 comes from its own, simpler drawing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
id=io.github.tunnelwright.Tunnelwright
for size in 16 32 48 64 128 256 512; do
  src="$here/$id.svg"
  [ "$size" -eq 16 ] && src="$here/$id-16.svg"
  mkdir -p "$here/hicolor/${size}x${size}/apps"
  rsvg-convert --width "$size" --height "$size" --format png "$src" -o "$here/hicolor/${size}x${size}/apps/$id.png"
done
