#!/usr/bin/env python3
"""The bundled samples, validated by the real CLI, must give exactly the
findings their answer key lists (samples/answer-key.json): every error and
warning and note, in the cell the key names, and nothing else. The
key's reviewer notes (codes in parentheses) are not compared.

    check_answer_key.py STATFORM_CLI SAMPLES_DIR
"""
import json
import os
import subprocess
import sys


def main(cli, samples):
    key = json.load(open(os.path.join(samples, "answer-key.json"), encoding="utf-8"))
    run = subprocess.run([cli, "validate", "--json", "--lang", "vi", samples],
                         capture_output=True, text=True, timeout=600)
    if run.returncode not in (0, 1):
        print(f"FAIL: statform validate exited {run.returncode}\n{run.stderr}")
        return 1
    reports = {os.path.basename(r["file"]): r for r in json.loads(run.stdout)["files"]}
    failures = 0
    checked = 0
    for sample in key["samples"]:
        expected = sorted((f["code"], f["cell"]) for f in sample["findings"] if not f["code"].startswith("("))
        for name in sample["files"]:
            report = reports.get(name)
            if report is None:
                print(f"FAIL {name}: not validated")
                failures += 1
                continue
            got = sorted((f["rule"], f["cell"]) for f in report["findings"])
            checked += 1
            if report.get("edition") != sample["edition"]:
                print(f"FAIL {name}: recognised {report.get('edition')!r}, key says {sample['edition']!r}")
                failures += 1
            elif got != expected:
                print(f"FAIL {name}:\n  key:      {expected}\n  StatForm: {got}")
                failures += 1
    print(f"{checked - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
