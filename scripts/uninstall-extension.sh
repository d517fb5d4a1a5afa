#!/usr/bin/env bash
# Removes StatForm from LibreOffice (as root: for every user; otherwise for the
# current user; --profile DIR: from a private profile). Close LibreOffice first.
set -euo pipefail
profile=""
[ "${1:-}" = "--profile" ] && profile=$(cd "$2" && pwd)
unopkg=${UNOPKG:-/usr/lib/libreoffice/program/unopkg}
scope=()
env_options=()
if [ -n "$profile" ]; then
  scope=(--shared)
  env_options=("-env:UserInstallation=file://$profile/user" "-env:UNO_SHARED_PACKAGES_CACHE=file://$profile/shared")
elif [ "$(id -u)" -eq 0 ]; then
  scope=(--shared)
fi
if timeout 120 "$unopkg" remove "${scope[@]}" "${env_options[@]}" org.statform.extension; then
  echo "StatForm removed."
else
  echo "StatForm was not installed (or could not be removed)." >&2
  exit 1
fi
