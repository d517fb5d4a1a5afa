"""Printing the results: one fixed-width table per case, each row with its
median, min and max, per-file time, the ratio to the row it is compared
with, and peak memory."""


class Row:
    """One measured case in a table. `per`: the count of files a run handles,
    for the per-file column; `base`: the Runs (or a number of seconds, such as
    a target) this row's median is divided by, None for no ratio; `office`:
    its peak memory is the office's."""

    def __init__(self, runs, per=None, base=None, office=False, note=""):
        self.runs, self.per, self.base, self.office, self.note = runs, per, base, office, note

    @property
    def ratio(self):
        if self.base is None:
            return None
        base = self.base if isinstance(self.base, (int, float)) else self.base.median
        return self.runs.median / base


def seconds_text(seconds):
    if seconds >= 10:
        return f"{seconds:.1f} s"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.1f} ms" if seconds >= 0.01 else f"{seconds * 1000:.2f} ms"


def mib(kib):
    return f"{kib / 1024:.0f} MiB" if kib else ""


def flushed_print(text):
    """Each line as it comes, also when the output goes to a file (runs take minutes)."""
    print(text, flush=True)


def print_table(title, rows, ratio_header="× StatForm", per_header="ms/file", out=flushed_print):
    out(f"\n{title}")
    header = (f"  {'case':<46}{'median':>10}{'min':>10}{'max':>10}{per_header:>10}"
              f"{ratio_header:>12}{'peak RSS':>20}")
    out(header)
    out("  " + "-" * (len(header) - 2))
    for row in rows:
        runs = row.runs
        if runs.crashes:
            row.note = (row.note + "; " if row.note else "") + \
                f"{len(runs.crashes)} run(s) CRASHED, not counted: {runs.crashes[0]}"
        if not runs.seconds:
            out(f"  {runs.label:<46}{'every run crashed':>30}  {row.note}")
            continue
        per = f"{runs.median / row.per * 1000:.2f}" if row.per else ""
        ratio = f"{row.ratio:.2f}" if row.ratio is not None else ""
        peak = mib(runs.peak_kib) + (" (office)" if row.office and runs.peak_kib else "")
        out(f"  {runs.label:<46}{seconds_text(runs.median):>10}{seconds_text(runs.low):>10}"
            f"{seconds_text(runs.high):>10}{per:>10}{ratio:>12}{peak:>20}"
            + (f"  {row.note}" if row.note else ""))
