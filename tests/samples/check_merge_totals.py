#!/usr/bin/env python3
"""statform merge, checked against totals computed here, independently of
StatForm's code, from what the generator typed into each workbook
(manifest.json), by the issue's rules: a value with an error is left out (a
negative number, a number in words, and both figures of a row with fewer
people than classes), a value with a warning counts, "not reported" is not 0.
Also: every source file is byte-identical afterwards, and the summary
workbook holds the three sheets.

    check_merge_totals.py STATFORM_CLI SOURCE_DIR BUILD_DIR WORK_DIR
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import zipfile


def parse_typed(value):
    """A typed figure the way a Vietnamese clerk means it; None if not a number."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = value.strip()
    if text in ("-", "không", "không phát sinh"):
        return 0.0
    m = re.fullmatch(r"(-?\d{1,3}(?:\.\d{3})+|-?\d+)(?:\s*[^\d\s].*)?", text)
    return float(m.group(1).replace(".", "")) if m else None


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def main(cli, source_dir, build_dir, work):
    os.makedirs(work, exist_ok=True)
    sources = os.path.join(work, "sources")
    subprocess.run(["/usr/bin/python3", os.path.join(source_dir, "bench", "make_workbooks.py"), "--count", "12",
                    "--seed", "5", "--mistakes", "0.5", "--formats", "ods,xlsx,xls", "--build", build_dir,
                    "--out", sources], check=True, timeout=600, capture_output=True)
    manifest = json.load(open(os.path.join(sources, "manifest.json"), encoding="utf-8"))
    edition = json.load(open(os.path.join(source_dir, "extension", "templates", "htsd-2023.json"), encoding="utf-8"))
    rows = edition["rows"]
    first_row = 11  # sheet row of the form's first template row (1-based)
    key_at = {first_row + i: row["key"] for i, row in enumerate(rows)}

    expected = {}  # (key, column) -> total or None
    for entry in manifest["files"]:
        excluded = set()
        for mistake in entry.get("mistakes") or []:
            col, row = mistake["cell"][0], int(mistake["cell"][1:])
            key = key_at.get(row)
            if mistake["code"] in ("negative-number", "unreadable-value"):
                excluded.add((key, "count" if col == "D" else "people"))
            elif mistake["code"] == "people-below-count":
                excluded |= {(key, "count"), (key, "people")}
        for key, figures in entry["figures"].items():
            for column, typed in figures.items():
                value = parse_typed(typed)
                if value is None or value < 0 or (key, column) in excluded:
                    continue
                expected[(key, column)] = expected.get((key, column), 0.0) + value

    before = {name: sha(os.path.join(sources, name)) for name in os.listdir(sources)}
    out = os.path.join(work, "tong-hop.ods")
    if os.path.exists(out):
        os.remove(out)
    run = subprocess.run([cli, "merge", "--json", "--lang", "vi", "--out", out, sources],
                         capture_output=True, text=True, timeout=600)
    failures = []
    if run.returncode not in (0, 1):
        print(f"FAIL: statform merge exited {run.returncode}\n{run.stderr}")
        return 1
    result = json.loads(run.stdout)
    totals = {row["key"]: row for row in result["totals"]}
    leaves = [row for row in rows if not row["is_group"] and not row.get("total_of")]
    checked = 0
    for row in leaves:
        for column in ("count", "people"):
            want = expected.get((row["key"], column))
            got = totals[row["key"]][column]
            if (want is None) != (got is None) or (want is not None and abs(want - got) > 1e-6):
                failures.append(f"{row['code']} {row['key']} {column}: expected {want}, StatForm {got}")
            checked += 1
    # A group that sums its rows shows exactly their sum.
    for row in rows:
        if row["is_group"] and row["sums_children"]:
            children = [r["key"] for r in rows if r.get("parent_key") == row["key"] and not r.get("total_of")]
            for column in ("count", "people"):
                got = totals[row["key"]][column]
                if got is None:
                    continue
                want = sum(totals[k][column] or 0 for k in children)
                if abs(want - got) > 1e-6:
                    failures.append(f"group {row['code']} {column}: children add up to {want}, total {got}")
    merged = [s for s in result["sources"] if s["status"] != "skipped"]
    if len(merged) != 12:
        failures.append(f"{len(merged)} of 12 sources merged: {[(s['file'], s['reason']) for s in result['sources']]}")
    after = {name: sha(os.path.join(sources, name)) for name in os.listdir(sources)}
    if after != before:
        failures.append("a source file changed: " + ", ".join(n for n in before if before[n] != after.get(n)))
    content = zipfile.ZipFile(out).read("content.xml").decode("utf-8")
    for sheet in ("Tổng hợp", "Chi tiết theo đơn vị", "Nguồn dữ liệu"):
        if f'table:name="{sheet}"' not in content:
            failures.append(f"the summary workbook has no sheet «{sheet}»")
    for failure in failures:
        print("FAIL:", failure)
    print(f"{checked + 3 - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
