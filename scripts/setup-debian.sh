#!/usr/bin/env bash
# Installs everything StatForm needs to build, test and run on Debian 12.
# Run as root. Safe to run again: apt-get skips what is already there.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config clang-format
  libreoffice-dev libreoffice-calc python3-uno
  libboost-json1.81-dev libspdlog-dev libfmt-dev libgtest-dev
  liborcus-dev libixion-dev
  xvfb openbox xdotool imagemagick poppler-utils
  python3-openpyxl zip unzip
)

export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" -ne 0 ]; then
  echo "setup-debian.sh: run as root (it installs Debian packages)" >&2
  exit 2
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${packages[@]}"
