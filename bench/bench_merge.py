"""Merge cases for one N: StatForm (parse floor, merge core with 1 worker and
with the CLI's threads, the whole `statform merge` with a cold and a warm
office) against the office load floor and the peers: MergeCase."""

import os
from pathlib import Path

from bench_measure import Runs, last_json_line, repeat_runs, run_process
from bench_table import Row


def _bench_runs(label, command, repeat):
    """A statform_bench case: the program's own clock (no process start, no
    catalogue loading), the process's peak memory."""
    def one_run(runs):
        _, peak, out, _ = run_process(command)
        result = last_json_line(out)
        runs.add(result["seconds"], peak, result)

    runs = Runs(label)
    repeat_runs(runs, repeat, one_run)
    return runs


class CliMerge:
    """`statform merge` as a user runs it, with its office made private to the
    bench (XDG_CACHE_HOME for the kept office; its PID file checked after)."""

    def __init__(self, cli, work):
        self.cli = str(cli)
        self.work = Path(work)
        self.env = dict(os.environ, XDG_CACHE_HOME=str(self.work / "cli-cache"),
                        STATFORM_OFFICE_PID_FILE=str(self.work / "cli-office.pid"))

    def _merge(self, runs, folder, extra):
        def one_run(runs):
            wall, peak, _, _ = run_process([self.cli, *extra, "merge", "--force", "--out",
                                            str(self.work / "summary.ods"), str(folder)],
                                           env=self.env)
            runs.add(wall, peak)

        repeat_runs(runs, len(runs.seconds) + 1, one_run)

    def cold(self, folder, repeat):
        """Each run starts its own office and stops it, as a plain `statform merge` does."""
        runs = Runs("statform merge CLI, cold office")
        for _ in range(repeat):
            self._merge(runs, folder, [])
        self._check_office_gone()
        return runs

    def warm(self, folder, repeat):
        """With --keep-office and the office already running (as after a first
        call). Also times `statform --keep-office templates` on that office:
        process start, connection and one call, the fixed part of every run."""
        runs = Runs("statform merge CLI, warm office")
        fixed = Runs("statform templates, warm office")
        run_process([self.cli, "--keep-office", "templates"], env=self.env)  # starts it
        try:
            for _ in range(repeat):
                self._merge(runs, folder, ["--keep-office"])
                wall, peak, _, _ = run_process([self.cli, "--keep-office", "templates"],
                                               env=self.env)
                fixed.add(wall, peak)
        finally:
            self.stop_kept()
            self._check_office_gone()
        return runs, fixed

    def stop_kept(self):
        run_process([self.cli, "stop-office"], env=self.env)

    def _check_office_gone(self):
        """The CLI stops its office by PID; if one were left, stop it by that PID."""
        pid_file = self.work / "cli-office.pid"
        if not pid_file.exists():
            return
        pid = int(pid_file.read_text() or 0)
        pid_file.unlink()
        comm = Path(f"/proc/{pid}/comm")
        if pid and comm.exists() and comm.read_text().strip().startswith("soffice"):
            try:
                os.kill(pid, 15)
            except ProcessLookupError:
                pass


class MergeCase:
    """Every merge measurement for one N. ctx: bench_binary, cli (CliMerge or
    None), office (OfficeBench or None), peers_dir. The CLI and the office
    peers run `slow_repeat` times (they take seconds per hundred files)."""

    def __init__(self, ctx, workbook_set, repeat, slow_repeat):
        self.set = workbook_set
        folder, bench = str(workbook_set.folder), str(ctx.bench_binary)
        self.merge = _bench_runs("StatForm merge core, threads as CLI", [bench, "merge", folder],
                                 repeat)
        self.threads = self.merge.details.get("threads")
        self.merge.label = f"StatForm merge core, {self.threads} threads (as CLI)"
        self.floor = _bench_runs("parse floor: read_workbook, 1 thread",
                                 [bench, "parse", folder], repeat)
        self.merge_one = _bench_runs("StatForm merge core, --threads 1",
                                     [bench, "merge", "--threads", "1", folder], repeat)
        self.cli_cold = self.cli_warm = self.cli_fixed = None
        if ctx.cli:
            self.cli_cold = ctx.cli.cold(folder, slow_repeat)
            self.cli_warm, self.cli_fixed = ctx.cli.warm(folder, slow_repeat)
        self.office_floor = self.cells = self.data_array = None
        self.into_current = self.into_current_undo = None
        if ctx.office:
            self.into_current, self.into_current_undo = ctx.office.merge_into_current(
                folder, slow_repeat)
        if ctx.office and ctx.office_peers:
            files = workbook_set.files
            self.office_floor = ctx.office.load_floor(files, slow_repeat)
            self.cells = ctx.office.cells_peer(files, slow_repeat)
            self.data_array = ctx.office.data_array_peer(files, slow_repeat)
        self.xlsx_merge = self.openpyxl = None
        xlsx = workbook_set.xlsx_files
        if xlsx:
            self.xlsx_merge = _bench_runs(f"StatForm merge core, .xlsx only ({len(xlsx)})",
                                          [bench, "merge", str(workbook_set.xlsx_folder)], repeat)
            self.openpyxl = Runs(f"openpyxl, .xlsx only ({len(xlsx)})")
            for _ in range(repeat):
                _, peak, out, _ = run_process(
                    ["/usr/bin/python3", str(ctx.peers_dir / "peer_openpyxl.py"), *map(str, xlsx)])
                result = last_json_line(out)
                self.openpyxl.add(result["seconds"], peak, result)

    def rows(self):
        n, base = len(self.set.files), self.merge
        rows = [Row(self.floor, n, base), Row(self.merge_one, n, base), Row(self.merge, n, base)]
        rows += [Row(r, n, base) for r in (self.cli_cold, self.cli_warm) if r]
        if self.cli_fixed:
            rows.append(Row(self.cli_fixed, note="process start + connection + one call"))
        if self.into_current:
            restored = self.into_current.details.get("undo_restores")
            rows.append(Row(self.into_current, n, base, office=True,
                            note="the result sheets as one undo step"))
            rows.append(Row(self.into_current_undo, office=True,
                            note="document as before: " + ("yes" if restored else "NO")))
        rows += [Row(r, n, base, office=True)
                 for r in (self.office_floor, self.cells, self.data_array) if r]
        if self.xlsx_merge:
            k = len(self.set.xlsx_files)
            rows += [Row(self.xlsx_merge, k, self.xlsx_merge), Row(self.openpyxl, k, self.xlsx_merge)]
        return rows

    def peers(self):
        """(peer runs, the StatForm runs it is compared with)."""
        pairs = [(r, self.merge) for r in (self.office_floor, self.cells, self.data_array) if r]
        if self.openpyxl:
            pairs.append((self.openpyxl, self.xlsx_merge))
        return pairs
