#!/usr/bin/env bash
# Looks at StatForm as a user sees it: starts Calc in a real window under Xvfb
# with the built extension installed in a private profile, opens the
# "Learning Week report" menu and saves screenshots; then does the same in
# Writer, where the menu must be absent.
#
#   tests/gui/menu-screenshot.sh [OUT_DIR]     (default build/gui)
#   STATFORM_GUI_LANG=vi_VN.UTF-8 tests/gui/menu-screenshot.sh   (Vietnamese UI)
#
# Needs: xvfb openbox xdotool imagemagick libreoffice-calc (scripts/setup-debian.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mkdir -p "${1:-$root/build/gui}" && cd "${1:-$root/build/gui}" && pwd)
program=/usr/lib/libreoffice/program
work=$(mktemp -d /tmp/statform-gui-XXXXXX)
display=:$((70 + RANDOM % 20))
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -n "${STATFORM_GUI_KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

"$root/scripts/install-extension.sh" --profile "$work" "$root/build/statform.oxt" >/dev/null
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
sleep 1
DISPLAY=$display openbox >/dev/null 2>&1 & pids+=($!)

# show APP TITLE-PATTERN SHOT-PREFIX MENU-KEY: start the app, screenshot it,
# open the menu with its mnemonic, screenshot again, stop the app by PID.
show() {
  local app=$1 title=$2 shot=$3 key=$4
  start_office() {
    DISPLAY=$display SAL_ENABLE_FILE_LOCKING=1 LANG=${STATFORM_GUI_LANG:-en_US.UTF-8} "$program/soffice.bin" "--$app" \
      --norestore --nologo --nolockcheck \
      "-env:UserInstallation=file://$work/user" "-env:UNO_SHARED_PACKAGES_CACHE=file://$work/shared" \
      >>"$work/$app.log" 2>&1 &
    office=$!
  }
  local office window=""
  start_office
  for _ in $(seq 1 120); do
    window=$(DISPLAY=$display xdotool search --name "$title" 2>/dev/null | tail -1 || true)
    [ -n "$window" ] && break
    if ! kill -0 "$office" 2>/dev/null; then
      # soffice.bin asks to be started again (exit 81) after first-start work.
      wait "$office" && code=0 || code=$?
      [ "$code" -eq 81 ] || { echo "menu-screenshot: $app exited with $code" >&2; exit 1; }
      start_office
    fi
    sleep 0.5
  done
  [ -n "$window" ] || { echo "menu-screenshot: no $app window appeared" >&2; kill "$office" 2>/dev/null; exit 1; }
  sleep 4
  DISPLAY=$display xdotool windowactivate --sync "$window" windowsize "$window" 1280 800 2>/dev/null || true
  sleep 1
  DISPLAY=$display import -window root "$out/$shot.png"
  DISPLAY=$display xdotool key --window "$window" "alt+$key"
  sleep 1.5
  DISPLAY=$display import -window root "$out/$shot-menu.png"
  DISPLAY=$display xdotool key Escape
  kill "$office"; wait "$office" 2>/dev/null || true
}

# The menu's mnemonic: "Learning Week ~report" in English, "~Báo cáo HTSĐ" in Vietnamese.
case "${STATFORM_GUI_LANG:-en}" in vi*) key=b ;; *) key=r ;; esac
show calc "LibreOffice Calc" calc "$key"
show writer "LibreOffice Writer" writer "$key"
echo "Screenshots in $out: calc.png calc-menu.png writer.png writer-menu.png"
