#!/usr/bin/env python3
"""statform template from-sheet, run as a user runs it, on the bundled 2023
sample (a form inserted by StatForm and filled in): the template file it
writes has exactly the rows of htsd-2023.json, StatForm's own loader reads
it without a word (statform validate with the file in the user templates
folder), an existing file is never replaced without --force, and a
workbook without a table gives exit 1 and a file that is no workbook exit 2,
and neither writes anything.

    check_template_from_sheet.py STATFORM_CLI SOURCE_DIR SCRATCH_DIR IO_FIXTURES_DIR
"""
import json
import os
import shutil
import subprocess
import sys


def run(cli, *arguments, env=None):
    return subprocess.run([cli, *arguments], capture_output=True, text=True, timeout=300,
                          env=env)


def check(condition, what, failures):
    if not condition:
        print("FAIL: " + what)
        failures.append(what)


def main(cli, source, scratch, fixtures):
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    env = dict(os.environ, STATFORM_TEMPLATES_DIR=scratch)  # no user templates but ours
    sample = os.path.join(source, "samples", "BC_HTSD_2023_MN_Hoa_Ban.ods")
    out = os.path.join(scratch, "htsd-2099.json")
    args = ["template", "from-sheet", sample, "--id", "htsd-2099", "--year", "2099",
            "--title", "MẪU TỔNG HỢP SỐ LIỆU NĂM 2099", "--out", out, "--lang", "en"]
    failures = []

    first = run(cli, *args, "--json", env=env)
    check(first.returncode == 0, f"from-sheet exited {first.returncode}\n{first.stdout}{first.stderr}",
          failures)
    if first.returncode == 0:
        report = json.loads(first.stdout)
        check(report["status"] == "written" and report["closest_edition"] == "htsd-2023",
              f"report: {report['status']} {report['closest_edition']}", failures)
        check(all(r["key_reused"] and r["confidence"] == 1.0 for r in report["rows"]),
              "every row of the 2023 form maps to its 2023 key with full confidence", failures)
        written = json.load(open(out, encoding="utf-8"))
        shipped = json.load(open(os.path.join(source, "extension", "templates", "htsd-2023.json"),
                                 encoding="utf-8"))
        check(written["rows"] == shipped["rows"], "written rows differ from htsd-2023.json rows",
              failures)
        check(written["id"] == "htsd-2099" and written["year"] == 2099, "id/year", failures)

        # StatForm's loader reads the new file from the user templates folder quietly.
        validate = run(cli, "validate", sample, "--json", env=env)
        check("htsd-2099" not in validate.stderr,
              f"loading the written template reported:\n{validate.stderr}", failures)

        before = open(out, encoding="utf-8").read()
        again = run(cli, *args, env=env)
        check(again.returncode == 2 and "--force" in again.stderr,
              f"a second run without --force exited {again.returncode}: {again.stderr}", failures)
        check(open(out, encoding="utf-8").read() == before, "the file was changed", failures)
        other_name = os.path.join(scratch, "copy.json")
        same_id = run(cli, *args[:-3], "--out", other_name, "--lang", "en", env=env)
        check(same_id.returncode == 2 and not os.path.exists(other_name),
              f"a template of the same id was not refused: {same_id.returncode} {same_id.stderr}",
              failures)
        forced = run(cli, *args, "--force", env=env)
        check(forced.returncode == 0, f"--force exited {forced.returncode}: {forced.stderr}",
              failures)

    # The form retyped without diacritics (labels and units): units map to the
    # catalogue as they read, every row keeps what was typed and gets the 2023
    # key, and the file loads.
    retyped_out = os.path.join(scratch, "htsd-2097.json")
    retyped = run(cli, "template", "from-sheet",
                  os.path.join(source, "samples", "TH Chieng Sinh - bao cao tuan le HTSD.xlsx"),
                  "--id", "htsd-2097", "--year", "2097", "--title", "X", "--out", retyped_out,
                  "--json", "--lang", "en", env=env)
    check(retyped.returncode == 0 and os.path.exists(retyped_out),
          f"the retyped form exited {retyped.returncode}\n{retyped.stdout[-2000:]}", failures)
    if retyped.returncode == 0:
        report = json.loads(retyped.stdout)
        check(not report["unmapped_units"], f"unmapped: {report['unmapped_units']}", failures)
        rows = json.load(open(retyped_out, encoding="utf-8"))["rows"]
        shipped_rows = json.load(open(os.path.join(source, "extension", "templates",
                                                   "htsd-2023.json"), encoding="utf-8"))["rows"]
        check([r["key"] for r in rows] == [r["key"] for r in shipped_rows],
              "the retyped rows do not map to the 2023 keys", failures)
        check(any(r["unit_text"] == "Lop/nguoi" and r["unit_type"] == "class_people" for r in rows),
              "'Lop/nguoi' is not kept as typed with unit type class_people", failures)
        validate = run(cli, "validate", sample, "--json", env=env)
        check("htsd-2097" not in validate.stderr,
              f"loading the retyped template reported:\n{validate.stderr}", failures)

    # A workbook without a statistics table: exit 1, nothing written.
    no_table = os.path.join(scratch, "no-table.json")
    plain = run(cli, "template", "from-sheet", os.path.join(fixtures, "simple.ods"), "--id",
                "htsd-2098", "--year", "2098", "--title", "X", "--out", no_table, "--lang", "en",
                env=env)
    check(plain.returncode == 1 and "no statistics table" in plain.stdout
          and not os.path.exists(no_table),
          f"a workbook without a table exited {plain.returncode}: {plain.stdout}", failures)
    narrative = os.path.join(source, "samples", "expected-units.txt")
    unusable = run(cli, "template", "from-sheet", narrative, "--id", "htsd-2098", "--year", "2098",
                   "--title", "X", "--out", no_table, env=env)
    check(unusable.returncode == 2 and not os.path.exists(no_table),
          f"a file that is no workbook exited {unusable.returncode}", failures)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
