#!/usr/bin/env bash
# The "Insert statistics template…" flow as a person does it, in a real Calc
# window: open the menu, pick the command, fill the dialog, insert; then one
# Ctrl+Z must remove the whole insertion. Screenshots of each step are saved
# and the document is checked through a UNO connection. Exits 1 on failure.
#
#   tests/gui/insert-and-undo.sh [OUT_DIR]     (default build/gui)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
out=$(mkdir -p "${1:-$gui_root/build/gui}" && cd "${1:-$gui_root/build/gui}" && pwd)
gui_start_display
gui_start_office calc "LibreOffice Calc"

gui_keys "alt+$(gui_menu_key)" Return          # the menu, its first command
sleep 3
gui_shot "$out/insert-dialog.png"
gui_keys Tab                                    # edition list -> unit name
gui_type "Phong GD&DT huyen Tuan Giao"
gui_keys Return                                 # the default button: Insert
sleep 3
gui_shot "$out/inserted.png"
inserted=$(gui_ask_office 'print(doc.Sheets.Count, doc.Sheets.getByIndex(doc.Sheets.Count - 1).Name, doc.Sheets.getByIndex(doc.Sheets.Count - 1).getCellByPosition(0, 0).String)')
echo "after insert: $inserted"

gui_keys ctrl+z
sleep 2
gui_shot "$out/undone.png"
undone=$(gui_ask_office 'print(doc.Sheets.Count)')
echo "after undo: $undone sheet(s)"

status=0
[[ "$inserted" == "2 "*"Phong GD&DT huyen Tuan Giao" ]] || { echo "FAIL: the template was not inserted into a new sheet"; status=1; }
[ "$undone" = "1" ] || { echo "FAIL: one undo did not remove the inserted sheet"; status=1; }
echo "Screenshots in $out: insert-dialog.png inserted.png undone.png"
exit $status
