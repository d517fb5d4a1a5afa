#!/usr/bin/env bash
# Looks at Validate as a reviewer sees it: a filled report with mistakes is
# opened in a real Calc window, Validate is run from the menu, and the
# findings dialog, a selected finding and the marked sheet are saved as
# screenshots.
#
#   tests/gui/validate-screenshot.sh WORKBOOK [OUT_DIR]   (default build/gui)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
out=$(mkdir -p "${2:-$gui_root/build/gui}" && cd "${2:-$gui_root/build/gui}" && pwd)
# Work on a copy: the person's file stays as it is, and no lock file of an
# earlier run can stop it from opening.
workbook="$gui_work/$(basename "$1")"
cp "$1" "$workbook"
gui_start_display
gui_start_office calc "$(basename "$workbook")" "$workbook"
gui_keys "alt+$(gui_menu_key)" Down Return      # the menu's second command: Validate
sleep 3
gui_shot "$out/findings-dialog.png"
gui_keys Down Down                               # select a finding: the sheet goes to its cell
sleep 1
gui_shot "$out/findings-selected.png"
gui_keys Escape
sleep 1
gui_shot "$out/validated-sheet.png"
echo "Screenshots in $out: findings-dialog.png findings-selected.png validated-sheet.png"
