#!/usr/bin/env bash
# Looks at "Make a template from this table…" as office staff see it: a
# form typed by hand is opened in a real Calc window, the command is run
# from the menu, and the dialog is saved as screenshots, as it opens and
# with a row chosen (its key choices below the list).
#
#   tests/gui/make-template-screenshot.sh WORKBOOK [OUT_DIR]   (default build/gui)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
out=$(mkdir -p "${2:-$gui_root/build/gui}" && cd "${2:-$gui_root/build/gui}" && pwd)
workbook="$gui_work/$(basename "$1")"
cp "$1" "$workbook"
export STATFORM_TEMPLATES_DIR="$gui_work/templates" # never the real user's folder
gui_start_display
gui_start_office calc "$(basename "$workbook")" "$workbook"
gui_keys "alt+$(gui_menu_key)" Down Down Down Down Return # the fifth command: Make a template
sleep 4
gui_shot "$out/make-template-dialog.png"
gui_keys Tab Tab Tab                                     # Id, Year, Level, then Title
gui_type "${STATFORM_GUI_TITLE:-MAU TONG HOP SO LIEU NAM 2026}" # xdotool types ASCII only under Xvfb
gui_keys Tab Down Down Down                              # to the rows, then a row
sleep 2
gui_shot "$out/make-template-row.png"
gui_keys Return                                          # Save template (the default button)
sleep 3
gui_shot "$out/make-template-saved.png"
gui_keys Return
sleep 1
ls "$STATFORM_TEMPLATES_DIR"
echo "Screenshots in $out: make-template-dialog.png make-template-row.png make-template-saved.png"
