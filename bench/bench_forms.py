"""The documents Validate is timed on, made fresh in the office the way a
user gets them: the 2023 form inserted by StatForm and filled in (the first
report make_workbooks.py plans for the seed with a mistake in it, so that
Validate has a cell to mark), and the same form whose table
goes on for 50,000 more rows, as a unit listing "other activities" under
row 11 would make it ("11.1", "11.2", … a label, a unit, two numbers).
Both are also saved as .ods, so that the C++ core validates the very same
cells.

Why fresh documents and not the generated files: Validate with MarkCells
on a file reopened from disk fails when it lacks one of StatForm's cell
styles (see bench/README.md, "Known problems"); a form inserted by the
current build has them all."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_workbooks  # noqa: E402
import statform_samples as sf  # noqa: E402  (make_workbooks put samples/ on sys.path)


class FilledForms:
    def __init__(self, office, seed, work, stress_rows):
        edition, planned = make_workbooks.plan(50, seed)
        self.name, report = next(((n, r) for n, r in planned if r.findings), planned[0])
        report.signature = False
        self.filled = sf.TemplateForm(office.office, edition)
        self.filled.fill(report)
        self.stress = sf.TemplateForm(office.office, edition)
        self.stress.fill(report)
        self._add_rows(self.stress, stress_rows)
        self.filled_path = self._save(office, self.filled.document, Path(work) / "validate-filled.ods")
        self.stress_path = self._save(office, self.stress.document,
                                      Path(work) / f"validate-stress-{stress_rows}.ods")

    @staticmethod
    def _add_rows(form, rows):
        sheet = form.sheet
        last = form.block.RangeAddress.EndRow  # the form's last row: "11 Các nội dung khác"
        extra = tuple((f"11.{i}", f"Hoạt động khác số {i}", "Lớp/người",
                       float(1 + i % 7), float(20 + i % 31), "")
                      for i in range(1, rows + 1))
        sheet.unprotect("")
        sheet.getCellRangeByPosition(0, last + 1, 5, last + rows).setDataArray(extra)
        sheet.protect("")

    @staticmethod
    def _save(office, document, path):
        document.storeToURL(office.uno.systemPathToFileUrl(str(path.resolve())),
                            (office.office.prop("FilterName", "calc8"),
                             office.office.prop("Overwrite", True)))
        return path

    def close(self):
        self.filled.close()
        self.stress.close()
