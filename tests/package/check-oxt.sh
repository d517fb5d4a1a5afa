#!/usr/bin/env bash
# Checks the built statform.oxt as a user's office would receive it: the
# files it must hold, the version in description.xml, and what the component
# loads: the C/C++ runtime, the URE, and liborcus 0.17 (liborcus-0.17.so.0,
# liborcus-parser-0.17.so.0) - exactly the liborcus that LibreOffice's own
# Calc (libsclo.so) loads, so it is always there and never a second copy.
# Boost.JSON and spdlog are compiled in header-only: the component itself
# needs no Boost, spdlog or fmt library, and everything it loads indirectly
# is something Calc loads anyway.
#   check-oxt.sh OXT EXPECTED_VERSION
set -euo pipefail
oxt=$1 version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q "$oxt" -d "$work"
status=0
fail() { echo "FAIL: $*"; status=1; }

for file in description.xml META-INF/manifest.xml statform.components statform.rdb libstatform.uno.so \
            Addons.xcu ProtocolHandler.xcu dialogs/strings.json templates/unit-types.json \
            templates/htsd-2023.json templates/htsd-2022.json templates/htsd-2020-district.json \
            icons/insert_16.png icons/validate_26.png icons/merge_26.png; do
  [ -f "$work/$file" ] || fail "missing $file"
done
grep -q "<version value=\"$version\"/>" "$work/description.xml" || fail "description.xml does not carry version $version"

allowed='^(liborcus-0\.17\.so\.0|liborcus-parser-0\.17\.so\.0|libuno_cppu\.so\.3|libuno_cppuhelpergcc3\.so\.3|libuno_sal\.so\.3|libuno_salhelpergcc3\.so\.3|libstdc\+\+\.so\.6|libgcc_s\.so\.1|libc\.so\.6|libm\.so\.6|ld-linux-x86-64\.so\.2)$'
while read -r needed; do
  [[ "$needed" =~ $allowed ]] || fail "libstatform.uno.so needs $needed, which a stock office may not have"
done < <(readelf -d "$work/libstatform.uno.so" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p')
# Everything loaded indirectly must be something the office's Calc loads too.
calc=/usr/lib/libreoffice/program/libsclo.so
office_libs=$(ldd "$calc" | awk '{print $1}')
while read -r lib; do
  case "$lib" in libuno_*|libstdc++*|libgcc_s*|libc.so*|libm.so*|ld-linux*|linux-vdso*) continue ;; esac
  grep -qx "$lib" <<<"$office_libs" || fail "libstatform.uno.so loads $lib, which Calc itself does not load"
done < <(ldd "$work/libstatform.uno.so" | awk '{print $1}')
[ $status -eq 0 ] && echo "statform.oxt $version: contents and dependencies OK"
exit $status
