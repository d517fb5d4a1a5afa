#!/usr/bin/python3
"""Peer: the script a user would write with openpyxl (.xlsx only): open each
workbook read-only with cached values, add up the table's cells
(peer_sum.py). Prints one JSON line: seconds (after the imports), files,
grand total.

Usage: peer_openpyxl.py FILE.xlsx…"""

import json
import sys
import time
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from peer_sum import Totals, add_rows  # noqa: E402


def main(files):
    totals, failed = Totals(), 0
    started = time.monotonic()
    for file in files:
        # read_only streams the sheet, the fastest way openpyxl offers.
        workbook = openpyxl.load_workbook(file, read_only=True, data_only=True)
        rows = [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
        workbook.close()
        failed += not add_rows(totals, rows)
    seconds = time.monotonic() - started
    print(json.dumps({"case": "openpyxl", "files": len(files), "failed": failed,
                      "grand_total": totals.grand_total(), "seconds": seconds}))


if __name__ == "__main__":
    main(sys.argv[1:])
