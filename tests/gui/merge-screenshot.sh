#!/usr/bin/env bash
# Looks at Merge as an aggregator sees it: the Merge dialog opened from the
# menu, then the bundled samples merged (through the same menu command, given
# the folder) into a new document whose summary sheet is saved as a screenshot.
#
#   tests/gui/merge-screenshot.sh [OUT_DIR]     (default build/gui)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
out=$(mkdir -p "${1:-$gui_root/build/gui}" && cd "${1:-$gui_root/build/gui}" && pwd)
samples="$gui_work/samples"
cp -r "$gui_root/samples" "$samples"   # the office works on copies
gui_start_display
gui_start_office calc "LibreOffice Calc"
gui_keys "alt+$(gui_menu_key)" Down Down Down Return   # the menu's fourth command: Merge workbooks
sleep 3
gui_shot "$out/merge-dialog.png"
gui_keys Escape
sleep 1
gui_ask_office "
import uno
from com.sun.star.beans import PropertyValue
def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p
frame = doc.CurrentController.Frame
helper = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.DispatchHelper', ctx)
files = uno.Any('[]string', (uno.systemPathToFileUrl('$samples'),))
uno.invoke(helper, 'executeDispatch', (frame, 'org.statform:Merge', '', 0,
           (prop('Files', files), prop('Silent', True))))
"
sleep 3
gui_shot "$out/merged-summary.png"
echo "Screenshots in $out: merge-dialog.png merged-summary.png"
