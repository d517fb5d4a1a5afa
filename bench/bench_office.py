"""The office side of the benchmarks, over Python-UNO: the office load floor
and the two Python-UNO peers (cell by cell, one getDataArray), Validate and
Insert template through the StatForm service. One private headless office
(samples/statform_samples.py: private profile, stopped by its PID) serves
every case; each case resets the office's peak-memory mark first.

Every time here is taken by the client around the UNO call, so it includes
one bridge round trip; bridge_round_trip() measures that cost (a call that
does nothing) so the report can say what is the office's own time."""

import time
from pathlib import Path

from bench_measure import Runs, office_peak_kib, reset_office_peak
from peer_sum import COUNT, HEADER_MARK, HEADER_ROWS, LABEL, PEOPLE, SEARCH_ROWS, Totals, add_rows


class OfficeBench:
    def __init__(self, office):
        self.office = office
        self.uno = office.uno
        self.pid = office.process.pid

    # -- opening files as every peer does

    def _load_args(self, read_only=True):
        from com.sun.star.document.MacroExecMode import NEVER_EXECUTE
        args = [self.office.prop("Hidden", True), self.office.prop("MacroExecutionMode", NEVER_EXECUTE)]
        if read_only:
            args.append(self.office.prop("ReadOnly", True))
        return tuple(args)

    def load(self, path, read_only=True):
        return self.office.desktop.loadComponentFromURL(
            self.uno.systemPathToFileUrl(str(Path(path).resolve())), "_blank", 0,
            self._load_args(read_only))

    def _used_last_row_col(self, sheet):
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        address = cursor.RangeAddress
        return address.EndRow, address.EndColumn

    # -- merge peers: each opens every file, reads (or not), closes it

    def _over_files(self, label, files, repeat, read):
        runs = Runs(label)
        reset_office_peak(self.pid)
        for _ in range(repeat):
            totals, failed = Totals(), 0
            started = time.monotonic()
            for file in files:
                document = self.load(file)
                try:
                    if read is not None:
                        failed += not read(document.Sheets.getByIndex(0), totals)
                finally:
                    document.close(True)
            runs.add(time.monotonic() - started,
                     details={"grand_total": totals.grand_total(), "failed": failed})
        runs.peak_kib = office_peak_kib(self.pid)
        return runs

    def load_floor(self, files, repeat):
        """Open hidden, close; nothing read."""
        return self._over_files("office load floor", files, repeat, None)

    def cells_peer(self, files, repeat):
        """A macro reading the table cell by cell with getCellByPosition."""
        def read(sheet, totals):
            last_row, _ = self._used_last_row_col(sheet)
            start = None
            for row in range(min(SEARCH_ROWS, last_row + 1)):
                if sheet.getCellByPosition(0, row).getString() == HEADER_MARK:
                    start = row + HEADER_ROWS
                    break
            if start is None:
                return False
            for row in range(start, last_row + 1):
                label = sheet.getCellByPosition(LABEL, row).getString()
                values = []
                for column in (COUNT, PEOPLE):
                    cell = sheet.getCellByPosition(column, row)
                    values.append(cell.getValue() if cell.getType().value == "VALUE" else None)
                totals.add(label, *values)
            return True
        return self._over_files("Python-UNO getCellByPosition", files, repeat, read)

    def data_array_peer(self, files, repeat):
        """The same macro reading the used area with one getDataArray."""
        def read(sheet, totals):
            last_row, last_col = self._used_last_row_col(sheet)
            rows = sheet.getCellRangeByPosition(0, 0, last_col, last_row).getDataArray()
            return add_rows(totals, [list(row) for row in rows])
        return self._over_files("Python-UNO getDataArray", files, repeat, read)

    # -- StatForm service calls

    def bridge_round_trip(self, repeat):
        runs = Runs("bridge round trip (getVersion)")
        for _ in range(repeat):
            started = time.perf_counter()
            self.office.statform.getVersion()
            runs.add(time.perf_counter() - started)
        return runs

    def validate(self, label, document, repeat, mark_cells=True):
        """Validate of an open document, as the service runs it for the menu
        command. The first call (catalogue loading, warm-up) is reported apart,
        not in the runs. details: the first call and the findings. (The
        component logs its own ms too, but spdlog flushes info lines late.)"""
        options = self.office.named(MarkCells=mark_cells)
        reset_office_peak(self.pid)
        started = time.perf_counter()
        result = self.office.statform.validate(document, options)
        first = time.perf_counter() - started
        runs = Runs(label)
        for _ in range(repeat):
            started = time.perf_counter()
            result = self.office.statform.validate(document, options)
            runs.add(time.perf_counter() - started)
        runs.peak_kib = office_peak_kib(self.pid)
        runs.details = {"first_seconds": first,
                        "findings": len(result.Findings), "edition": result.EditionId,
                        "errors": result.ErrorCount, "warnings": result.WarningCount}
        return runs

    def merge_into_current(self, folder, repeat):
        """XStatForm.merge of a folder into an open document, as the menu's
        Merge with Target=current does: the document has the user's own sheet
        and one undo step of theirs; the summary is one undo step. Then its
        one undo, timed apart. The document is made and closed outside the
        clock. details: whether every undo left the sheets as they were and
        the user's own step still to undo."""
        url = self.uno.systemPathToFileUrl(str(Path(folder).resolve()))
        runs = Runs("service merge into the current document")
        undo_runs = Runs("  its one undo (Ctrl+Z)")
        reset_office_peak(self.pid)
        restored = True
        for _ in range(repeat):
            document = self.office.new_calc_document()
            try:
                sheet = document.Sheets.getByIndex(0)
                sheet.getCellByPosition(0, 0).setString("Kế hoạch của tôi")
                undo = document.UndoManager
                undo.clear()
                sheet.getCellByPosition(1, 1).setValue(42)  # the user's own undo step
                before = document.Sheets.ElementNames
                started = time.perf_counter()
                self.office.statform.merge((url,), document, ())
                runs.add(time.perf_counter() - started)
                started = time.perf_counter()
                undo.undo()
                undo_runs.add(time.perf_counter() - started)
                restored = (restored and document.Sheets.ElementNames == before
                            and len(undo.getAllUndoActionTitles()) == 1)
            finally:
                document.close(True)
        runs.peak_kib = office_peak_kib(self.pid)
        runs.details = {"undo_restores": restored}
        return runs, undo_runs

    def insert_template(self, edition_id, repeat):
        """insertTemplate into a new hidden document (a new sheet, as the menu
        does by default); the document is made and closed outside the clock."""
        options = self.office.named(UnitName="Trường THCS Quài Nưa", Place="Tuần Giáo")
        runs = Runs(f"insert {edition_id}")
        reset_office_peak(self.pid)
        first = None
        for index in range(repeat + 1):
            document = self.office.new_calc_document()
            try:
                started = time.perf_counter()
                self.office.statform.insertTemplate(document, edition_id, options)
                elapsed = time.perf_counter() - started
            finally:
                document.close(True)
            if index == 0:
                first = elapsed  # warm-up: the edition's first insertion
            else:
                runs.add(elapsed)
        runs.peak_kib = office_peak_kib(self.pid)
        runs.details = {"first_seconds": first}
        return runs

    def edition_ids(self):
        return [info.Id for info in self.office.statform.listTemplates()]
