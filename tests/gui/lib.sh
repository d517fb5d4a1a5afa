# Shared plumbing for the GUI checks: a private X display with a window
# manager, and a windowed LibreOffice with the built extension installed in a
# private profile. Everything started here is stopped by its PID on exit.
# Source it; then call gui_start_display and gui_start_office.

gui_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
gui_program=/usr/lib/libreoffice/program
gui_work=$(mktemp -d /tmp/statform-gui-XXXXXX)
gui_display=:$((70 + RANDOM % 20))
gui_pids=()
gui_office=""
gui_pipe="statform-gui-$$"

gui_cleanup() {
  [ -n "$gui_office" ] && kill "$gui_office" 2>/dev/null
  for pid in "${gui_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  # What was stopped exits with a signal status; under set -e that must not
  # become the script's own status after a run that passed.
  for pid in "$gui_office" "${gui_pids[@]}"; do [ -n "$pid" ] && { wait "$pid" 2>/dev/null || true; }; done
  [ -n "${STATFORM_GUI_KEEP:-}" ] || rm -rf "$gui_work"
  return 0
}
trap gui_cleanup EXIT

gui_start_display() {
  "$gui_root/scripts/install-extension.sh" --profile "$gui_work" "$gui_root/build/statform.oxt" >/dev/null
  Xvfb "$gui_display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & gui_pids+=($!)
  sleep 1
  DISPLAY=$gui_display openbox >/dev/null 2>&1 & gui_pids+=($!)
  sleep 0.5
}

# gui_start_office APP TITLE [FILE]: starts LibreOffice (--calc/--writer) in a window,
# accepting UNO connections on $gui_pipe, and waits for its window; sets
# $gui_window. soffice.bin asks to be started again (exit 81) after its
# first-start work, as oosplash would do.
gui_start_office() {
  local app=$1 title=$2 file=${3:-}
  _gui_launch() {
    DISPLAY=$gui_display SAL_ENABLE_FILE_LOCKING=1 LANG=${STATFORM_GUI_LANG:-en_US.UTF-8} \
      "$gui_program/soffice.bin" "--$app" --norestore --nologo --nolockcheck \
      "--accept=pipe,name=$gui_pipe;urp;StarOffice.ComponentContext" \
      "-env:UserInstallation=file://$gui_work/user" "-env:UNO_SHARED_PACKAGES_CACHE=file://$gui_work/shared" \
      ${file:+"$file"} >>"$gui_work/$app.log" 2>&1 &
    gui_office=$!
  }
  gui_window=""
  _gui_launch
  for _ in $(seq 1 120); do
    gui_window=$(DISPLAY=$gui_display xdotool search --name "$title" 2>/dev/null | tail -1 || true)
    [ -n "$gui_window" ] && break
    if ! kill -0 "$gui_office" 2>/dev/null; then
      local code=0
      wait "$gui_office" || code=$?
      [ "$code" -eq 81 ] || { echo "gui: $app exited with $code" >&2; return 1; }
      _gui_launch
    fi
    sleep 0.5
  done
  [ -n "$gui_window" ] || { echo "gui: no $app window appeared" >&2; return 1; }
  sleep 4
  DISPLAY=$gui_display xdotool windowactivate --sync "$gui_window" windowsize "$gui_window" 1280 800 2>/dev/null || true
  sleep 1
}

gui_stop_office() {
  kill "$gui_office" 2>/dev/null; wait "$gui_office" 2>/dev/null || true
  gui_office=""
}

gui_shot() { DISPLAY=$gui_display import -window root "$1"; }
gui_keys() { DISPLAY=$gui_display xdotool key --delay 120 "$@"; }
gui_type() { DISPLAY=$gui_display xdotool type --delay 40 "$1"; }

# The menu's mnemonic: "Learning Week ~report" in English, "~Báo cáo HTSĐ" in Vietnamese.
gui_menu_key() { case "${STATFORM_GUI_LANG:-en}" in vi*) echo b ;; *) echo r ;; esac; }

# Runs a Python-UNO snippet against the office: `desktop` and `doc` (the
# current document) are defined; it prints what it finds.
gui_ask_office() {
  /usr/bin/python3 - "$gui_pipe" "$1" <<'PY'
import sys, uno
pipe, code = sys.argv[1], sys.argv[2]
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
doc = desktop.getCurrentComponent()
exec(code)
PY
}
