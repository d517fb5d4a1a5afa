#!/usr/bin/env bash
# The install script as a user runs it: installing the built .oxt into an
# office profile, then installing a build again, leaves exactly one StatForm
# in that profile, of the version just built; uninstall removes it.
#   check-install.sh OXT VERSION
set -euo pipefail
oxt=$1 version=$2
here=$(cd "$(dirname "$0")/../.." && pwd)
profile=$(mktemp -d /tmp/statform-install-XXXXXX)
trap 'rm -rf "$profile"' EXIT
unopkg=/usr/lib/libreoffice/program/unopkg
env_options=("-env:UserInstallation=file://$profile/user" "-env:UNO_SHARED_PACKAGES_CACHE=file://$profile/shared")
listed() { timeout 120 "$unopkg" list --shared "${env_options[@]}" 2>/dev/null; }

"$here/scripts/install-extension.sh" --profile "$profile" "$oxt" >/dev/null
"$here/scripts/install-extension.sh" --profile "$profile" "$oxt" >/dev/null   # again: replaces
# The listing is read once into a variable: `listed | grep -q` under pipefail
# fails at random when grep stops reading before unopkg has finished writing.
listing=$(listed)
count=$(grep -c 'Identifier: org.statform.extension' <<<"$listing" || true)
status=0
[ "$count" -eq 1 ] || { echo "FAIL: $count StatForm installs after installing twice"; status=1; }
grep -q "Version: $version" <<<"$listing" || { echo "FAIL: the installed version is not $version"; status=1; }
"$here/scripts/uninstall-extension.sh" --profile "$profile" >/dev/null
listing=$(listed)
[ "$(grep -c 'Identifier: org.statform.extension' <<<"$listing" || true)" -eq 0 ] || { echo "FAIL: still installed after uninstall"; status=1; }
[ $status -eq 0 ] && echo "install, re-install and uninstall: 3 passed, 0 failed"
exit $status
