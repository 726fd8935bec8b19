#!/usr/bin/env bash
# Builds the .deb and .tar.gz of a finished build (cpack), unpacks the .deb into a scratch root and
# checks what a user would get: the installed tunnelwright-cli runs and renders the example exactly
# as the build tree's does, the wizard starts, the desktop file, AppStream metadata, MIME type,
# icons and manual pages are valid, and lintian reports no error.
# Usage: test-package.sh BUILD_DIR SOURCE_DIR VERSION WITH_GUI(0|1) BUILD_TREE_CLI
# Needs the packages that installer/build-deps.sh installs (dpkg-dev, file, lintian, desktop-file-utils,
# appstream, shared-mime-info, groff-base).
set -euo pipefail
build=$1 src=$2 version=$3 with_gui=$4 build_cli=$5
app_id=io.github.tunnelwright.Tunnelwright

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

for tool in cpack dpkg-deb dpkg-shlibdeps file lintian desktop-file-validate appstreamcli update-mime-database groff; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing: run installer/build-deps.sh (tw_install_missing)"; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== cpack (DEB, TGZ)"
if ! cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/pkg" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  echo "FAIL: cpack"
  exit 1
fi
arch=$(dpkg --print-architecture)
deb=$work/pkg/tunnelwright_${version}_${arch}.deb
tgz=$work/pkg/tunnelwright-${version}-Linux.tar.gz
[ -f "$deb" ] || { ls -l "$work/pkg"; echo "FAIL: no $(basename "$deb")"; exit 1; }
[ -f "$tgz" ] || fail "no $(basename "$tgz")"
ok "$(basename "$deb") ($(stat -c %s "$deb") bytes), $(basename "$tgz")"

echo "== control"
dpkg-deb --field "$deb" Package Version Architecture Section Maintainer Homepage Depends
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libc6 libstdc++6 libqt6core6 libqt6network6 libbotan-2; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib (dpkg-shlibdeps): $depends"
done
if [ "$with_gui" = 1 ]; then
  grep -q libqt6widgets6 <<<"$depends" || fail "Depends lacks libqt6widgets6: $depends"
  # From the print module, which the wizard loads when it prints.
  grep -q libqt6printsupport6 <<<"$depends" || fail "Depends lacks libqt6printsupport6: $depends"
fi
grep -q qt6-translations-l10n <<<"$depends" || fail "Depends lacks qt6-translations-l10n (Qt's own German/Spanish): $depends"
[ "$(dpkg-deb --field "$deb" Section)" = net ] || fail "Section is not net"

echo "== contents"
root=$work/root
dpkg-deb -x "$deb" "$root"
expected=(
  usr/bin/tunnelwright-cli
  usr/share/man/man1/tunnelwright-cli.1.gz
  usr/share/doc/tunnelwright/copyright
  usr/share/doc/tunnelwright/changelog.gz
  usr/share/doc/tunnelwright/README.md
  usr/share/tunnelwright/translations/tunnelwright_de.qm
  usr/share/tunnelwright/translations/tunnelwright_es.qm
)
if [ "$with_gui" = 1 ]; then
  expected+=(
    usr/bin/tunnelwright
    usr/lib/tunnelwright/plugins/libtunnelwright_print.so
    usr/lib/tunnelwright/plugins/libtunnelwright_crypto.so
    usr/share/man/man1/tunnelwright.1.gz
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/mime/packages/$app_id.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  )
  for size in 16 32 48 64 128 256 512; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
  done
else
  [ ! -e "$root/usr/bin/tunnelwright" ] || fail "usr/bin/tunnelwright without the GUI build"
fi
missing=0
for f in "${expected[@]}"; do
  [ -e "$root/$f" ] || { fail "missing /$f"; missing=$((missing + 1)); }
done
[ "$missing" -gt 0 ] || ok "all ${#expected[@]} expected paths are there"
tar -tzf "$tgz" | grep -q "^tunnelwright-${version}-Linux/bin/tunnelwright-cli$" || fail "the .tar.gz lacks bin/tunnelwright-cli"

for exe in "$root"/usr/bin/*; do
  description=$(file -b "$exe")
  case $description in
    *"not stripped"*) fail "$(basename "$exe") is not stripped: $description" ;;
    *ELF*stripped*) ok "$(basename "$exe"): stripped ELF" ;;
    *) fail "$(basename "$exe"): $description" ;;
  esac
  if env -u LD_LIBRARY_PATH ldd "$exe" | grep -q "not found"; then
    fail "$(basename "$exe") needs a library that is not installed: $(ldd "$exe" | grep 'not found')"
  fi
done

echo "== the installed programs"
cli=$root/usr/bin/tunnelwright-cli
run() { env -u LD_LIBRARY_PATH "$@"; }
got=$(run "$cli" --version) || fail "tunnelwright-cli --version exited $?"
[ "$got" = "tunnelwright $version" ] && ok "tunnelwright-cli --version: $got" || fail "tunnelwright-cli --version printed \"$got\""
example=$src/examples/fieldnotes-mikrotik-cisco.twproj
if run "$cli" render "$example" --out "$work/render-installed" >"$work/render.log" 2>&1 &&
  "$build_cli" render "$example" --out "$work/render-build" >/dev/null 2>&1; then
  [ -f "$work/render-installed/manifest.json" ] || fail "the installed CLI wrote no manifest.json"
  if diff -r "$work/render-build" "$work/render-installed" >"$work/render.diff"; then
    ok "installed tunnelwright-cli renders $(basename "$example") like the build tree ($(find "$work/render-installed" -type f | wc -l) files)"
  else
    head -40 "$work/render.diff"; fail "the installed and the build tree's render differ"
  fi
else
  cat "$work/render.log"; fail "render of $(basename "$example")"
fi
# The installed CLI finds its translations next to it (../share/tunnelwright/translations).
got=$(LANG=de_DE.UTF-8 LC_ALL= LANGUAGE= run "$cli" frobnicate 2>&1 || true) # exits 2: bad usage
grep -q "unbekannter Befehl" <<<"$got" && ok "installed tunnelwright-cli speaks German under LANG=de_DE.UTF-8" ||
  fail "installed tunnelwright-cli under LANG=de_DE.UTF-8 printed: $(head -1 <<<"$got")"
if [ "$with_gui" = 1 ]; then
  got=$(QT_QPA_PLATFORM=offscreen run "$root/usr/bin/tunnelwright" --version 2>"$work/gui.err") ||
    { cat "$work/gui.err"; fail "tunnelwright --version exited $?: $got"; }
  grep -q "$version" <<<"$got" && ok "tunnelwright --version: $got" || fail "tunnelwright --version printed \"$got\""
fi

echo "== desktop integration"
if [ "$with_gui" = 1 ]; then
  desktop=$root/usr/share/applications/$app_id.desktop
  metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
  if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then ok "desktop-file-validate"; else echo "$out"; fail "desktop-file-validate"; fi
  grep -qx 'Exec=tunnelwright %f' "$desktop" || fail "the desktop file's Exec is not 'tunnelwright %f'"
  grep -qx 'MimeType=application/x-tunnelwright-project;' "$desktop" || fail "the desktop file lacks the project MIME type"
  if out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then ok "appstreamcli validate --no-net: $(tail -1 <<<"$out")"; else echo "$out"; fail "appstreamcli validate"; fi
  if out=$(appstreamcli validate-tree --no-net "$root" 2>&1); then ok "appstreamcli validate-tree --no-net: $(tail -1 <<<"$out")"; else echo "$out"; fail "appstreamcli validate-tree"; fi
  release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2 || true)
  [ "$release" = "$version" ] || fail "the newest release in the metainfo is $release, not $version"

  # The MIME database as update-mime-database builds it from the installed file (plus the
  # freedesktop.org types, for application/json).
  mkdir -p "$work/mime/packages"
  cp "$root/usr/share/mime/packages/$app_id.xml" "$work/mime/packages/"
  [ -f /usr/share/mime/packages/freedesktop.org.xml ] && cp /usr/share/mime/packages/freedesktop.org.xml "$work/mime/packages/"
  # (XDG_DATA_*: the scratch database is on the search path, so no note says it is not.)
  if out=$(XDG_DATA_HOME=$work XDG_DATA_DIRS=$work update-mime-database "$work/mime" 2>&1) && [ -z "$out" ]; then
    grep -qx 'application/x-tunnelwright-project:\*.twproj' <(cut -d: -f2- "$work/mime/globs2") &&
      ok "*.twproj is application/x-tunnelwright-project" || fail "no *.twproj glob in the MIME database"
    grep -q '^application/x-tunnelwright-project application/json$' "$work/mime/subclasses" || fail "the project type is not a kind of application/json"
  else
    echo "$out"; fail "update-mime-database"
  fi

  for size in 16 32 48 64 128 256 512; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    file -b "$png" | grep -q "PNG image data, $size x $size," || fail "$png: $(file -b "$png")"
  done
  ok "icons: PNG sizes match their folders"
else
  echo "(no GUI in this build: no desktop files to check)"
fi

echo "== manual pages"
for page in "$root"/usr/share/man/man1/*.1.gz; do
  name=$(basename "$page" .1.gz)
  if out=$(zcat "$page" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1) && [ -z "$out" ]; then
    ok "$name.1: groff -man -ww: no warnings"
  else
    echo "$out"; fail "$name.1: groff warnings"
  fi
  zcat "$page" | grep -q "^\.TH .* \"tunnelwright $version\"" || fail "$name.1: .TH does not name tunnelwright $version"
done
# Every command and option of tunnelwright-cli --help is described in its manual page.
page=$(zcat "$root/usr/share/man/man1/tunnelwright-cli.1.gz")
help=$(run "$cli" --help)
for command in $(sed -n 's/^  tunnelwright-cli \([a-z][a-z]*\).*/\1/p' <<<"$help"); do
  grep -q "^\.B tunnelwright-cli $command\$" <<<"$page" || fail "tunnelwright-cli.1: the command $command is missing"
done
for option in $(grep -o -- '--[a-z][a-z-]*' <<<"$help" | sort -u); do
  grep -qF -- "${option//-/\\-}" <<<"$page" || fail "tunnelwright-cli.1: the option $option is missing"
done
for variable in $(grep -o 'TUNNELWRIGHT_[A-Z_]*' <<<"$help" | sort -u); do
  grep -q "^\.B $variable\$" <<<"$page" || fail "tunnelwright-cli.1: the environment variable $variable is missing"
done
zcat "$root/usr/share/doc/tunnelwright/changelog.gz" | head -1 | grep -q "^tunnelwright ($version)" ||
  fail "changelog.gz: the newest entry is not $version (installer/changelog.in)"

echo "== lintian"
if lintian --fail-on error --display-info "$deb" >"$work/lintian.log" 2>&1; then
  ok "lintian: no errors ($(grep -c '^W:' "$work/lintian.log" || true) warnings, $(grep -c '^I:' "$work/lintian.log" || true) infos)"
else
  fail "lintian reports errors"
fi
cat "$work/lintian.log"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "package: all checks passed"
