"""The two cases a user feels as a click: Validate (a filled 2023 form and
the 50,000-row stress sheet, in the office and in the C++ core alone) and
Insert template (every edition). Returns table rows and the numbers the
targets are judged on."""

from bench_measure import Runs, last_json_line, run_process
from bench_table import Row
from bench_targets import INSERT_SECONDS, VALIDATE_SECONDS


def core_validate(bench_binary, file, repeat, label):
    _, peak, out, _ = run_process([str(bench_binary), "validate", "--repeat", str(repeat), str(file)])
    result = last_json_line(out)
    runs = Runs(label)
    for seconds in result["runs_seconds"]:
        runs.add(seconds, peak, result)
    return runs


class ValidateCase:
    """forms: bench_forms.FilledForms (open documents and their .ods copies)."""

    def __init__(self, ctx, forms, repeat):
        office, few = ctx.office, max(3, repeat // 3)
        self.round_trip = office.bridge_round_trip(repeat * 4)
        self.filled = office.validate("filled 2023 form: service validate",
                                      forms.filled.document, repeat)
        self.filled_nomarks = office.validate("  the same, MarkCells=false",
                                              forms.filled.document, repeat, mark_cells=False)
        self.stress = office.validate("stress, 50,000 more rows: service validate",
                                      forms.stress.document, few)
        self.stress_nomarks = office.validate("  the same, MarkCells=false",
                                              forms.stress.document, few, mark_cells=False)
        self.core_filled = core_validate(ctx.bench_binary, forms.filled_path, repeat * 4,
                                         "core validate_workbook, filled form")
        self.core_stress = core_validate(ctx.bench_binary, forms.stress_path, few,
                                         "core validate_workbook, stress sheet")

    def rows(self):
        def note(runs):
            d = runs.details
            return (f"first call {d['first_seconds'] * 1000:.0f} ms; edition "
                    f"{d['edition'] or 'none'}, {d['findings']} findings")

        def core_note(runs):
            d = runs.details
            found = ", ".join(f"{rule} {n}" for rule, n in d["findings"].items()) or "none"
            return (f"{d['cells']:,} cells, {d['cells'] / runs.median:,.0f} cells/s; edition "
                    f"{d['edition'] or 'none'}, findings: {found}")

        return [
            Row(self.filled, base=VALIDATE_SECONDS, note=note(self.filled)),
            Row(self.filled_nomarks, base=VALIDATE_SECONDS, note=note(self.filled_nomarks)),
            Row(self.stress, base=VALIDATE_SECONDS, note=note(self.stress)),
            Row(self.stress_nomarks, base=VALIDATE_SECONDS, note=note(self.stress_nomarks)),
            Row(self.core_filled, note=core_note(self.core_filled)),
            Row(self.core_stress, note=core_note(self.core_stress)),
            Row(self.round_trip, note="what every call above includes"),
        ]

    def end_to_end_cells_per_second(self):
        return (self.core_filled.details["cells"] / self.filled.median,
                self.core_stress.details["cells"] / self.stress.median)


class InsertCase:
    def __init__(self, ctx, repeat):
        self.runs = [ctx.office.insert_template(edition, repeat)
                     for edition in ctx.office.edition_ids()]

    def rows(self):
        return [Row(r, base=INSERT_SECONDS,
                    note=f"first call {r.details['first_seconds'] * 1000:.0f} ms")
                for r in self.runs]
