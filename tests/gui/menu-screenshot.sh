#!/usr/bin/env bash
# Looks at StatForm's menu as a user sees it: Calc in a real window under
# Xvfb with the built extension, the "Learning Week report" menu opened, and
# the same in Writer, where the menu must be absent.
#
#   tests/gui/menu-screenshot.sh [OUT_DIR]     (default build/gui)
#   STATFORM_GUI_LANG=vi_VN.UTF-8 tests/gui/menu-screenshot.sh   (Vietnamese UI)
#
# Needs: xvfb openbox xdotool imagemagick libreoffice-calc libreoffice-writer.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
out=$(mkdir -p "${1:-$gui_root/build/gui}" && cd "${1:-$gui_root/build/gui}" && pwd)
gui_start_display
for app in calc writer; do
  title="LibreOffice $(tr '[:lower:]' '[:upper:]' <<<"${app:0:1}")${app:1}"
  gui_start_office "$app" "$title"
  gui_shot "$out/$app.png"
  gui_keys "alt+$(gui_menu_key)"
  sleep 1.5
  gui_shot "$out/$app-menu.png"
  gui_keys Escape
  gui_stop_office
done
echo "Screenshots in $out: calc.png calc-menu.png writer.png writer-menu.png"
