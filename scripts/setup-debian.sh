#!/usr/bin/env bash
# Installs everything StatForm needs to build, test and run on Debian 12.
# Run as root. Safe to run again.
#   --if-missing   do nothing when every package is already installed
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config clang-format
  clang libclang-rt-14-dev llvm
  libreoffice-dev libreoffice-calc libreoffice-writer libreoffice-l10n-vi python3-uno
  libboost-json1.81-dev libspdlog-dev libfmt-dev libgtest-dev
  liborcus-dev libixion-dev
  xvfb openbox xdotool imagemagick poppler-utils
  python3-openpyxl zip unzip
  # Liberation Serif has Times New Roman's metrics and every Vietnamese
  # letter: the forms (Times New Roman 13) print and render as they should.
  fonts-liberation2
)

all_installed() {
  local installed
  installed=$(dpkg-query -W -f='${Status}\n' "${packages[@]}" 2>/dev/null | grep -c '^install ok installed$' || true)
  [ "$installed" -eq "${#packages[@]}" ]
}

if [ "${1:-}" = "--if-missing" ] && all_installed; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup-debian.sh: some packages are missing; run this script as root to install them:" >&2
  echo "  ${packages[*]}" >&2
  exit 2
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${packages[@]}"
