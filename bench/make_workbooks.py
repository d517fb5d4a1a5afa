#!/usr/bin/python3
"""Make many unit workbooks for benchmarks: realistic 2023 reports of schools
and centres of Điện Biên, on the official form inserted by StatForm, mixed
.ods/.xlsx, a share of them with one mistake each.

Usage: make_workbooks.py --count 500 --seed 1 --out DIR
                         [--mistakes 0.1] [--formats ods,xlsx] [--build BUILD_DIR]

Writes DIR/NNNN_<unit>.<ext>, DIR/expected-units.txt and DIR/manifest.json
(per file: unit, format, the figures typed, the mistake and its cell).
Deterministic: the same seed gives the same figures, and file i does not
depend on --count (figures are drawn per file from seed and index).

As a library (bench/ on sys.path):  from make_workbooks import generate
    generate(count=500, seed=1, out_dir="DIR")  -> (manifest entries, seconds writing)

The machinery is samples/statform_samples.py, shared with the bundled
samples. One headless office is started and stopped by its PID; one form
document is filled and saved again for every file, so a file costs a fill
and a store, not an office or a document start.
Run with Debian's /usr/bin/python3 (python3-uno belongs to it).
"""

import argparse
import datetime
import itertools
import json
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "samples"))
import statform_samples as sf  # noqa: E402

EDITION = "htsd-2023"


def bench_units(count):
    """The first `count` units of a fixed list: per district its GDNN-GDTX
    centre, per commune a pre-school, a primary school, a lower secondary (or
    boarding) school and the commune's learning centre; past that, more
    schools numbered 'số 2', 'số 3', ... The list does not depend on the seed."""
    units = []
    for number in itertools.count(1):
        for district, communes in sf.COMMUNES.items():
            if number == 1:
                units.append(sf.Unit(sf.unit_name("vocational_centre", district),
                                     "vocational_centre", district))
            for i, commune in enumerate(communes):
                place = district if commune.startswith("Thị trấn") else commune
                kinds = ["preschool", "primary",
                         "boarding_lower_secondary" if i % 3 == 2 else "lower_secondary"]
                if number == 1:
                    kinds.append("community_centre")
                for kind in kinds:
                    name = sf.unit_name(kind, commune, number if number > 1 else None)
                    units.append(sf.Unit(name, kind, place))
            if len(units) >= count:
                return units[:count]


def slug(name):
    """'Trường Tiểu học số 2 Quài Nưa' -> 'Truong_Tieu_hoc_so_2_Quai_Nua' for file names."""
    return re.sub(r"[^A-Za-z0-9]+", "_", sf.strip_diacritics(name)).strip("_")


def plan(count, seed, mistake_rate=0.1, formats=("ods", "xlsx")):
    """(file name, report) for every file, without an office."""
    edition = sf.load_edition(EDITION)
    planned = []
    for index, unit in enumerate(bench_units(count)):
        rng = random.Random(f"{seed}:{index}")
        saved = datetime.datetime(2023, 10, 9, 7, 30) + datetime.timedelta(
            minutes=rng.randrange(11 * 24 * 60))
        report = sf.make_report(rng, unit, edition, saved)
        if rng.random() < mistake_rate:
            code = rng.choice(sorted(sf.VALUE_MISTAKES))
            sf.VALUE_MISTAKES[code](rng, report, edition)
        ext = rng.choice(formats)
        planned.append((f"{index + 1:04d}_{slug(unit.name)}.{ext}", report))
    return edition, planned


def manifest_entry(name, report):
    figures = {}
    for (key, column), value in sorted(report.cells.items()):
        if column != sf.NOTE:
            figures.setdefault(key, {})[column] = value.text if isinstance(value, sf.Typed) else value
    return {"file": name, "unit": report.unit.name, "kind": report.unit.kind,
            "saved": report.saved.isoformat(), "figures": figures,
            "mistakes": [{"code": f.code, "cell": f.cell, "typed": f.typed} for f in report.findings]}


def generate(count, seed, out_dir, mistake_rate=0.1, formats=("ods", "xlsx"), build=None,
             progress=None):
    """Writes the workbooks and their manifest; returns (manifest entries, seconds spent
    filling and saving, without the office start)."""
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    edition, planned = plan(count, seed, mistake_rate, formats)
    oxt, rdb = sf.find_extension_files(build)
    entries = []
    with sf.Office(oxt, rdb) as office:
        form = sf.TemplateForm(office, edition)
        started = time.monotonic()
        for n, (name, report) in enumerate(planned, 1):
            report.signature = False  # one fewer write per file; the samples show it
            form.fill(report)
            sf.save(office, form.document, out_dir / name, report.saved)
            entries.append(manifest_entry(name, report))
            if progress and n % 100 == 0:
                progress(n, time.monotonic() - started)
        elapsed = time.monotonic() - started
        form.close()
    (out_dir / "expected-units.txt").write_text(
        "".join(r.unit.name + "\n" for _, r in planned), encoding="utf-8")
    manifest = {"_comment": "Made by bench/make_workbooks.py. figures: what each file's input "
                            "cells hold (text as typed); mistakes: StatForm rule codes and cells.",
                "edition": EDITION, "count": count, "seed": seed, "mistake_rate": mistake_rate,
                "files": entries}
    (out_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    return entries, elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    parser.add_argument("--mistakes", type=float, default=0.1, help="share of files with a mistake")
    parser.add_argument("--formats", default="ods,xlsx", help="comma-separated: ods, xlsx, xls")
    parser.add_argument("--build", help="build tree with statform.oxt and idl/statform.rdb")
    args = parser.parse_args()
    formats = tuple(f.strip().lstrip(".") for f in args.formats.split(","))
    if not formats or any("." + f not in sf.FILTERS for f in formats):
        parser.error("--formats takes ods, xlsx and xls")
    entries, elapsed = generate(
        args.count, args.seed, args.out, args.mistakes, formats, args.build,
        progress=lambda n, s: print(f"  {n} files, {s / n * 1000:.0f} ms per file", file=sys.stderr))
    with_mistakes = sum(1 for e in entries if e["mistakes"])
    print(f"{len(entries)} workbooks ({with_mistakes} with a mistake) in {args.out}: "
          f"{elapsed / max(1, len(entries)) * 1000:.0f} ms per file")


if __name__ == "__main__":
    main()
