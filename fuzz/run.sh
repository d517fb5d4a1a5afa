#!/usr/bin/env bash
# The fuzz stage: builds the fuzz targets (when needed), replays every input
# saved in fuzz/regressions/<target>/, then fuzzes each target for SECONDS
# (default 15) starting from seeds generated from the repository's data.
# Fails when a saved input still fails, or when fuzzing finds a crash, a
# hang (> 5 s for one input), a leak or an out-of-memory; the new input is
# written to fuzz/regressions/<target>/ so that every later run replays it.
#
#   fuzz/run.sh [SECONDS]
#
# STATFORM_FUZZ_BUILD: build folder (default build-fuzz, configured with the
# "fuzz" preset when CMakePresets.json has one, else as fuzz/ on its own).
# STATFORM_FUZZ_KEEP_CORPUS=1: go on from the corpus of the last run
# (<build>/corpus/) instead of the seeds alone. Off by default: libFuzzer runs
# the whole corpus before its clock starts, so a grown corpus would make the
# stage slower from run to run.
# STATFORM_FUZZ_TARGETS: the targets to run (default all), e.g. "vi_number label_match".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-15}
build=${STATFORM_FUZZ_BUILD:-$root/build-fuzz}
read -r -a targets <<<"${STATFORM_FUZZ_TARGETS:-template_json vi_number label_match table_locator string_table}"
regressions=$root/fuzz/regressions

# Stacks with function names and lines, also for UBSan reports.
if ! command -v llvm-symbolizer >/dev/null && [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]; then
  export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
fi
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

build_targets() {
  if [ ! -f "$build/CMakeCache.txt" ]; then
    if [ "$build" = "$root/build-fuzz" ] &&
      (cd "$root" && cmake --list-presets 2>/dev/null | grep '"fuzz"' >/dev/null); then
      (cd "$root" && cmake --preset fuzz >/dev/null) || return 1
    else
      cmake -S "$root/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ >/dev/null || return 1
    fi
  fi
  cmake --build "$build" --target fuzz_all
}

# The saved inputs of one target (not the README or .gitkeep).
saved_inputs() {
  find "$regressions/$1" -maxdepth 1 -type f ! -name '.*' ! -name '*.md' 2>/dev/null | sort
}

failures=()

replay() {
  local target=$1 input
  while IFS= read -r input; do
    [ -n "$input" ] || continue
    if ! "$build/bin/fuzz_$target" -timeout=5 -rss_limit_mb=2048 "$input" >"$build/logs/replay.log" 2>&1; then
      echo "REPLAY FAILED: $target ${input#"$root"/}"
      grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|contract broken|ALARM)' "$build/logs/replay.log" | head -5
      failures+=("replay $target ${input#"$root"/}")
    fi
  done < <(saved_inputs "$target")
}

fuzz() {
  local target=$1 log=$build/logs/$1.log
  if [ "${STATFORM_FUZZ_KEEP_CORPUS:-0}" != 1 ]; then
    rm -rf "$build/corpus/$target"
  fi
  mkdir -p "$build/corpus/$target" "$regressions/$target"
  local started=$SECONDS
  if "$build/bin/fuzz_$target" "$build/corpus/$target" "$build/seeds/$target" \
      -dict="$root/fuzz/$target.dict" -max_total_time="$seconds" -timeout=5 \
      -rss_limit_mb=2048 -artifact_prefix="$regressions/$target/" -print_final_stats=1 \
      >"$log" 2>&1; then
    echo "ok      $target: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') runs in $((SECONDS - started)) s"
  else
    echo "FAILED  $target (log: ${log#"$root"/})"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|contract broken|ALARM)|Test unit written' "$log" | head -8
    failures+=("fuzz $target")
  fi
}

build_targets || { echo "fuzz: build failed" >&2; exit 2; }
mkdir -p "$build/logs"
bash "$root/fuzz/make_seeds.sh" "$build/bin" "$build/seeds" || { echo "fuzz: seeds failed" >&2; exit 2; }

for target in "${targets[@]}"; do
  replay "$target"
done
for target in "${targets[@]}"; do
  fuzz "$target"
done

if [ ${#failures[@]} -gt 0 ]; then
  echo "fuzz: ${#failures[@]} failure(s):"
  printf '  %s\n' "${failures[@]}"
  exit 1
fi
echo "fuzz: no crash, hang or leak"
