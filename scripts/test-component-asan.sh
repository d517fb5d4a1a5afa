#!/usr/bin/env bash
# Runs the integration tests (ctest label "integration": the gtest
# statform_integration_tests, samples_answer_key, merge_totals,
# hostile_inputs) with the office component (src/uno, src/sheets, src/core,
# src/io), the statform CLI and the test programs built with AddressSanitizer
# and UBSan (preset asan-office, build-asan-office/).
#
# soffice.bin is not instrumented, so the ASan runtime is preloaded into the
# offices the tests start, and only into them: STATFORM_OFFICE_PRELOAD is
# read by the office launcher (src/office/office_session.cpp) and by
# samples/statform_samples.py, which then start the office as
# "ld.so --preload RUNTIME soffice.bin ..." (not LD_PRELOAD, which the
# office's children would inherit: gpgconf hangs under ASan).
# ASan writes its reports to files (log_path). UBSan cannot: next to a
# preloaded libasan, libubsan's log_path setting lands in libasan's copy of
# the runtime and its reports go to stderr, so the offices' stdout and stderr
# are kept (STATFORM_OFFICE_OUTPUT, read by the same two) and searched, with
# the tests' own output. The run fails if any report was written, and prints
# them. It also fails
# unless at least one office of the run was seen with the ASan runtime and the
# instrumented component mapped (/proc/PID/maps).
#
#   scripts/test-component-asan.sh             build, then run every integration test
#   scripts/test-component-asan.sh -R merge    extra arguments go to ctest
#
# Run by hand: see "Safety" in README.md. A report in LibreOffice's own code,
# not ours, is to be suppressed narrowly in tests/sanitizers/{asan,ubsan}.supp
# (used when present; there are none so far).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=$root/build-asan-office

cmake --preset asan-office >/dev/null
cmake --build --preset asan-office -j2

reports=$build/sanitizer-reports
rm -rf "$reports"
mkdir -p "$reports"

runtime=$(readlink -f "$(gcc -print-file-name=libasan.so)")
[ -f "$runtime" ] || { echo "no ASan runtime found (gcc -print-file-name=libasan.so)" >&2; exit 2; }
export STATFORM_OFFICE_PRELOAD=$runtime
# detect_leaks=0: the office's own (uninstrumented) code does not free
# everything at exit. alloc_dealloc_mismatch=0: LibreOffice mixes allocators
# across its libraries in ways ASan cannot see matched. verify_asan_link_order=0:
# the runtime is preloaded, not linked into soffice.bin.
asan_options="detect_leaks=0:alloc_dealloc_mismatch=0:verify_asan_link_order=0"
# exitcode=86: a program stopped by a report does not pass for one that
# exits 1 on purpose (statform: findings in the data).
asan_options+=":log_path=$reports/asan:log_exe_name=1:exitcode=86"
ubsan_options="print_stacktrace=1:exitcode=86"
if [ -f "$root/tests/sanitizers/asan.supp" ]; then
  asan_options+=":suppressions=$root/tests/sanitizers/asan.supp"
fi
if [ -f "$root/tests/sanitizers/ubsan.supp" ]; then
  ubsan_options+=":suppressions=$root/tests/sanitizers/ubsan.supp"
fi
export ASAN_OPTIONS=$asan_options UBSAN_OPTIONS=$ubsan_options
export STATFORM_OFFICE_OUTPUT=$reports/office-output.log

# Watch the run's offices: record each soffice.bin that has both the ASan
# runtime and the instrumented component (libstatform.uno.so) mapped.
seen=$reports/offices-instrumented.txt
: >"$seen"
watch_offices() {
  while sleep 1; do
    for pid in $(pgrep -f '/soffice\.bin ' || true); do
      grep -qx "$pid" "$seen" 2>/dev/null && continue
      maps=$(cat "/proc/$pid/maps" 2>/dev/null) || continue
      if grep -q "$(basename "$runtime")" <<<"$maps" && grep -q 'libstatform\.uno\.so' <<<"$maps"; then
        echo "$pid" >>"$seen"
      fi
    done
  done
}
watch_offices &
watcher=$!
trap 'kill "$watcher" 2>/dev/null || true' EXIT

start=$(date +%s)
status=0
ctest --test-dir "$build" -L integration --output-on-failure "$@" || status=$?
# Every test's output, passed or failed.
cp "$build/Testing/Temporary/LastTest.log" "$reports/ctest-output.log" 2>/dev/null || true
kill "$watcher" 2>/dev/null || true
echo "integration tests under ASan+UBSan: $(( $(date +%s) - start )) s, ctest exit $status"

found=0
for report in "$reports"/asan.*; do
  [ -e "$report" ] || continue
  found=1
  echo "==== $report"
  cat "$report"
done
# UBSan's reports (and any ASan report that reached stderr) in the offices'
# output and in the tests' output.
pattern='runtime error:|ERROR: AddressSanitizer|SUMMARY: (Address|UndefinedBehavior)Sanitizer'
for log in "$reports/office-output.log" "$reports/ctest-output.log"; do
  [ -f "$log" ] || continue
  if grep -Eq "$pattern" "$log"; then
    found=1
    echo "==== sanitizer reports in $log"
    grep -E -A40 "$pattern" "$log" | head -400
  fi
done
offices=$(wc -l <"$seen")
echo "offices seen with the ASan runtime and the instrumented component loaded: $offices"
if [ "$offices" -eq 0 ]; then
  echo "no office of this run had the instrumented component loaded: nothing was checked" >&2
  status=1
fi
if [ "$found" -ne 0 ]; then
  echo "sanitizer reports were written (above; files in $reports)" >&2
  status=1
fi
exit "$status"
