#!/usr/bin/env bash
# Checks the built statform.oxt as a user's office would receive it: the
# files it must hold, the version in description.xml, and what its two
# libraries load.
# - libstatform.uno.so, the component: the C/C++ runtime and the URE only.
#   Boost.JSON and spdlog are compiled in header-only.
# - libstatform_reader.so, its disk reader module: the C/C++ runtime only;
#   the liborcus symbols it leaves undefined must all be defined by the
#   office's own liborcus-0.17.so.0 / liborcus-parser-0.17.so.0, which the
#   component loads before the module (src/io/module/reader_module_abi.hpp).
#   Debian's Calc (libsclo.so) loads exactly these; without them merge reads
#   through the office.
#   check-oxt.sh OXT EXPECTED_VERSION
set -euo pipefail
oxt=$1 version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q "$oxt" -d "$work"
status=0
fail() { echo "FAIL: $*"; status=1; }

for file in description.xml META-INF/manifest.xml statform.components statform.rdb libstatform.uno.so libstatform_reader.so \
            Addons.xcu ProtocolHandler.xcu dialogs/strings.json templates/unit-types.json \
            templates/htsd-2023.json templates/htsd-2022.json templates/htsd-2020-district.json \
            icons/insert_16.png icons/validate_26.png icons/compare_16.png icons/merge_26.png; do
  [ -f "$work/$file" ] || fail "missing $file"
done
grep -q "<version value=\"$version\"/>" "$work/description.xml" || fail "description.xml does not carry version $version"

runtime='libstdc\+\+\.so\.6|libgcc_s\.so\.1|libc\.so\.6|libm\.so\.6|ld-linux-x86-64\.so\.2'
ure='libuno_cppu\.so\.3|libuno_cppuhelpergcc3\.so\.3|libuno_sal\.so\.3|libuno_salhelpergcc3\.so\.3'
needed() { readelf -d "$1" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p'; }
check_needed() { # LIBRARY ALLOWED_REGEX
  local lib
  while read -r lib; do
    [[ "$lib" =~ ^($2)$ ]] || fail "$(basename "$1") needs $lib, which a stock office may not have"
  done < <(needed "$1")
  if ldd "$1" | grep -Eq 'libboost|libspdlog|libfmt|liborcus'; then
    fail "$(basename "$1") loads a Boost/spdlog/fmt/orcus shared library: $(ldd "$1" | grep -Eo 'lib(boost|spdlog|fmt|orcus)[^ ]*' | tr '\n' ' ')"
  fi
}
check_needed "$work/libstatform.uno.so" "$runtime|$ure"
check_needed "$work/libstatform_reader.so" "$runtime"

# Every symbol the reader module leaves undefined comes from the C/C++
# runtime or from the office's liborcus.
libdir=/usr/lib/x86_64-linux-gnu
providers=("$libdir/liborcus-0.17.so.0" "$libdir/liborcus-parser-0.17.so.0"
           "$libdir/libstdc++.so.6" /lib/x86_64-linux-gnu/libgcc_s.so.1
           /lib/x86_64-linux-gnu/libc.so.6 /lib/x86_64-linux-gnu/libm.so.6)
defined=$(for p in "${providers[@]}"; do nm -D --defined-only "$p" | awk '{print $3}'; done | sed 's/@.*//' | sort -u)
undefined=$(nm -D --undefined-only "$work/libstatform_reader.so" | awk '{print $2}' | sed 's/@.*//' | sort -u)
missing=$(comm -23 <(echo "$undefined") <(echo "$defined") | grep -v '^_\(ITM\|_gmon\|_cxa_finalize\)' || true)
[ -z "$missing" ] || fail "libstatform_reader.so needs symbols no office library defines: $(echo "$missing" | head -5 | tr '\n' ' ')"
orcus_symbols=$(comm -12 <(echo "$undefined") <(for p in "${providers[@]:0:2}"; do nm -D --defined-only "$p" | awk '{print $3}'; done | sed 's/@.*//' | sort -u) | wc -l)
[ "$orcus_symbols" -gt 0 ] || fail "libstatform_reader.so takes nothing from liborcus: is it the reader?"
# ... and that liborcus is the one Debian's Calc loads itself.
calc=/usr/lib/libreoffice/program/libsclo.so
for lib in liborcus-0.17.so.0 liborcus-parser-0.17.so.0; do
  ldd "$calc" | awk '{print $1}' | grep -qx "$lib" || fail "Calc does not load $lib: the module would have no orcus to use"
done
[ $status -eq 0 ] && echo "statform.oxt $version: contents and dependencies OK"
exit $status
