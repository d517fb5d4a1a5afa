#!/usr/bin/env python3
"""The 2025 two-level example (samples/2025-xa-phuong), checked as an office
uses it, with the statform command and the example's templates folder as the
user templates folder:

- the form typed for 2025 makes, with the unit "Xã, phường" answered as a
  new count, exactly the template and unit-types.json shipped beside it;
- each 2025 report validates with no error and no warning, in the 2025 edition;
- merging the three reports and last year's district report (2023 form) into
  the 2025 edition adds the communes and wards up (3), maps the 2023 report by
  its keys and says that its district row has no counterpart; the narrative
  speaks of "3 xã, phường".

    check_2025_sample.py STATFORM_CLI SOURCE_DIR SCRATCH_DIR
"""
import json
import os
import shutil
import subprocess
import sys

EDITION = "htsd-2025-xa-phuong"


def run(cli, *arguments, env):
    return subprocess.run([cli, *arguments], capture_output=True, text=True, timeout=300, env=env)


def check(condition, what, failures):
    if not condition:
        print("FAIL: " + what)
        failures.append(what)


def main(cli, source, scratch):
    sample = os.path.join(source, "samples", "2025-xa-phuong")
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    failures = []

    # The template, made again from the typed form into an empty folder.
    made = os.path.join(scratch, "made")
    os.makedirs(made)
    env = dict(os.environ, STATFORM_TEMPLATES_DIR=made)
    with open(os.path.join(sample, "templates", EDITION + ".json"), encoding="utf-8") as f:
        shipped = json.load(f)
    result = run(cli, "template", "from-sheet", os.path.join(sample, "Mau_2025_go_lai.ods"),
                 "--id", EDITION, "--year", "2025", "--title", shipped["title"],
                 "--theme", shipped["theme"], "--level", "province",
                 "--unit-type", "Xã, phường=new:count",
                 "--out", os.path.join(made, EDITION + ".json"), "--lang", "en", env=env)
    check(result.returncode == 0, f"from-sheet exited {result.returncode}: {result.stderr}",
          failures)
    for name in (EDITION + ".json", "unit-types.json"):
        path = os.path.join(made, name)
        again = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        check(again == open(os.path.join(sample, "templates", name), encoding="utf-8").read(),
              f"{name} made from the typed form differs from the shipped one", failures)
    rows = {r["key"]: r for r in shipped["rows"]}
    commune_rows = [r for r in shipped["rows"] if r["unit_text"] == "Xã, phường"]
    check(len(commune_rows) == 1 and commune_rows[0]["unit_type"] == "xa_phuong",
          "the communes and wards row has the new unit type", failures)
    check("opening_ceremony.districts" not in rows, "no districts row in a two-level form",
          failures)

    env = dict(os.environ, STATFORM_TEMPLATES_DIR=os.path.join(sample, "templates"))
    reports = sorted(name for name in os.listdir(sample) if name.startswith("BC_HTSD_2025_"))
    check(len(reports) == 3, f"three 2025 reports, found {reports}", failures)
    for name in reports:
        result = run(cli, "validate", "--json", os.path.join(sample, name), env=env)
        report = json.loads(result.stdout)["files"][0] if result.stdout else {}
        check(result.returncode == 0 and report.get("edition") == EDITION
              and report.get("errors") == 0 and report.get("warnings") == 0,
              f"{name}: exit {result.returncode}, {report.get('edition')}, "
              f"{report.get('errors')} errors, {report.get('warnings')} warnings", failures)

    last_year = os.path.join(sample, "BC_HTSD_2023_Phong_GDDT_Tuan_Giao.ods")
    summary = os.path.join(scratch, "tong-hop.ods")
    narrative = os.path.join(scratch, "bao-cao.txt")
    result = run(cli, "merge", "--json", "--lang", "vi", "--template", EDITION, "--level",
                 "province", "--out", summary, "--narrative-out", narrative,
                 *[os.path.join(sample, name) for name in reports], last_year, env=env)
    check(result.returncode in (0, 1), f"merge exited {result.returncode}: {result.stderr}",
          failures)
    merged = json.loads(result.stdout) if result.stdout.startswith("{") else {}
    totals = {t["key"]: t for t in merged.get("totals", [])}
    commune_key = commune_rows[0]["key"] if commune_rows else ""
    check(totals.get(commune_key, {}).get("count") == 3.0,
          f"communes and wards: {totals.get(commune_key)}", failures)
    sources = {os.path.basename(s["file"]): s for s in merged.get("sources", [])}
    check(sources.get(os.path.basename(last_year), {}).get("edition") == "htsd-2023"
          and sources[os.path.basename(last_year)]["status"].startswith("merged"),
          f"last year's report: {sources.get(os.path.basename(last_year))}", failures)
    no_counterpart = [f for f in merged.get("findings", [])
                      if f["rule"] == "value-not-merged" and "Số huyện" in f["message"]]
    check(len(no_counterpart) == 1 and "không có dòng tương ứng" in no_counterpart[0]["message"],
          "Merge says the 2023 district row has no counterpart", failures)
    text = open(narrative, encoding="utf-8").read() if os.path.exists(narrative) else ""
    check("3 xã, phường" in text, "the narrative speaks of 3 xã, phường", failures)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
