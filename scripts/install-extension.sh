#!/usr/bin/env bash
# Installs the built StatForm extension into LibreOffice, replacing an older
# build. As root it installs for every user of this machine (unopkg --shared);
# otherwise for the current user. Close LibreOffice first.
#
#   scripts/install-extension.sh [--profile DIR] [path/to/statform.oxt]
#
# --profile DIR installs into a private office profile instead (what the tests
# and the statform CLI use): start soffice with the two -env: options it prints.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oxt="$here/../build/statform.oxt"
profile=""
while [ $# -gt 0 ]; do
  case "$1" in
    --profile) profile=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) oxt=$1; shift ;;
  esac
done
[ -f "$oxt" ] || { echo "install-extension: $oxt does not exist: build first (cmake --build --preset default)" >&2; exit 2; }
unopkg=${UNOPKG:-/usr/lib/libreoffice/program/unopkg}
[ -x "$unopkg" ] || { echo "install-extension: unopkg not found: install the Debian package libreoffice-calc" >&2; exit 2; }

scope=()
env_options=()
if [ -n "$profile" ]; then
  mkdir -p "$profile"
  profile=$(cd "$profile" && pwd)
  scope=(--shared)
  env_options=("-env:UserInstallation=file://$profile/user" "-env:UNO_SHARED_PACKAGES_CACHE=file://$profile/shared")
elif [ "$(id -u)" -eq 0 ]; then
  scope=(--shared)   # unopkg refuses per-user installs as root
fi

# unopkg can hang if an office uses the same profile: bound it in time.
timeout 120 "$unopkg" remove "${scope[@]}" "${env_options[@]}" org.statform.extension >/dev/null 2>&1 || true
timeout 180 "$unopkg" add "${scope[@]}" --suppress-license "${env_options[@]}" "$oxt"
echo "StatForm installed from $oxt${profile:+ into profile $profile}."
if [ -n "$profile" ]; then
  echo "Start the office with: ${env_options[*]}"
fi
