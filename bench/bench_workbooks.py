"""The workbooks the merge cases run on. make_workbooks.py writes them once
per seed into WORK/gen-seed<S>-<count> (file i does not depend on count, so
the largest N serves every smaller one); each N gets a folder of hard links
to the first N files, and a second one with only their .xlsx (for openpyxl,
and for StatForm on the same files)."""

import os
import re
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_workbooks  # noqa: E402

WORKBOOK = re.compile(r"^\d{4}_.*\.(ods|xlsx|xls)$")


def generated(work, seed, count, build):
    """A folder with at least `count` generated workbooks, made if needed."""
    for folder in sorted(Path(work).glob(f"gen-seed{seed}-*")):
        if folder.is_dir() and len(workbooks(folder)) >= count:
            return folder
    folder = Path(work) / f"gen-seed{seed}-{count}"
    print(f"making {count} workbooks in {folder} (≈70–400 ms each, one office)…",
          file=sys.stderr, flush=True)
    started = time.monotonic()
    shutil.rmtree(folder, ignore_errors=True)
    make_workbooks.generate(count, seed, folder, build=build,
                            progress=lambda n, s: print(f"  {n} files", file=sys.stderr, flush=True))
    print(f"  done in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return folder


def workbooks(folder):
    return sorted(p for p in Path(folder).iterdir() if WORKBOOK.match(p.name))


def _linked(folder, files):
    """`folder` holding exactly `files`, as hard links (copies across file systems)."""
    folder = Path(folder)
    if folder.is_dir() and sorted(p.name for p in folder.iterdir()) == sorted(f.name for f in files):
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for file in files:
        try:
            os.link(file, folder / file.name)
        except OSError:
            shutil.copyfile(file, folder / file.name)
    return folder


class WorkbookSet:
    def __init__(self, work, source, n):
        files = workbooks(source)[:n]
        self.n = n
        self.folder = _linked(Path(work) / f"n{n}", files)
        self.files = workbooks(self.folder)
        self.xlsx_folder = _linked(Path(work) / f"n{n}-xlsx", [f for f in files if f.suffix == ".xlsx"])
        self.xlsx_files = workbooks(self.xlsx_folder)

    def describe(self):
        ods = sum(1 for f in self.files if f.suffix == ".ods")
        return f"{len(self.files)} files: {ods} .ods, {len(self.xlsx_files)} .xlsx"
