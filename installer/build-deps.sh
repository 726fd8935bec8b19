#!/usr/bin/env bash
# Installs the Debian 12 packages Tunnelwright builds and tests with, when any is missing.
# Sourced by app/run.sh and tests/run-all.sh; needs root (or sudo) only when something is missing.
set -euo pipefail

TW_PACKAGES=(
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qt6-translations-l10n  # Qt's own German and Spanish (the wizard's buttons, dialogs); the GUI language test
  libbotan-2-dev catch2 libbenchmark-dev
  python3            # tests run ../shared/tools/rsc-lint and read Apple profiles back with plistlib
  poppler-utils      # tests read the setup sheet PDFs back with pdftotext and pdfinfo
  clang libclang-rt-14-dev llvm   # sanitizer and libFuzzer builds (docs/hardening.md); llvm: llvm-symbolizer
  qt6-qpa-plugins    # the wizard's display plugins (xcb, wayland; offscreen for GUI tests and screenshots)
  fonts-dejavu-core  # readable text in offscreen GUI tests and screenshots
  time               # bench/startup.sh reads peak RSS from /usr/bin/time -v
  dpkg-dev file      # cpack -G DEB: dpkg-shlibdeps finds the Depends, file finds the binaries (installer/)
  lintian desktop-file-utils appstream shared-mime-info groff-base   # tests/package checks the .deb
)

tw_install_missing() {
  local missing=()
  for p in "${TW_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing missing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
