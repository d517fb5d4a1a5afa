"""The issue's targets, judged on the medians measured in this run (never in
a timed test), and the ratios the README quotes."""

from bench_table import flushed_print

MERGE_OVER_FLOOR = 1.3         # merge core (1 worker) ≤ 1.3 × parse floor at N = 100 and 2,000
MERGE_PEAK_MIB = 64            # merge core's peak memory at N = 2,000 (before the results)
STRESS_CORE_SECONDS = 1.0      # core validate_workbook of the 50,000-row stress sheet
STRESS_OFFICE_SECONDS = 3.0    # Validate of the stress sheet, inside the office
MEMORY_GROWTH = 1.2            # "flat in N": peak at the largest N ≤ 1.2 × peak at the smallest
VALIDATE_SECONDS = 0.050       # Validate of a filled form, inside the office
INSERT_SECONDS = 0.150         # Insert template, inside the office
INTO_CURRENT_OVER_CLI = 1.5    # writing into the current document ≤ 1.5 × the CLI's writing


def verdict(ok):
    return "met" if ok else "NOT met"


class Targets:
    def __init__(self):
        self.merges = {}
        self.validate = None
        self.insert = None

    def add_merge(self, n, case):
        self.merges[n] = case

    def add_validate(self, case):
        self.validate = case

    def add_insert(self, case):
        self.insert = case

    def print(self, out=flushed_print):
        out("\nRatios and targets")
        if self.merges:
            self._merge(out)
        if self.validate:
            v = self.validate
            trip = v.round_trip.median
            out(f"  Validate, filled form: {v.filled.median * 1000:.1f} ms per call "
                f"(of which ≈{trip * 1000:.2f} ms bridge round trip) — "
                f"target < {VALIDATE_SECONDS * 1000:.0f} ms: {verdict(v.filled.median < VALIDATE_SECONDS)}")
            filled_e2e, stress_e2e = v.end_to_end_cells_per_second()
            out(f"  Validate cells per second: core {v.core_filled.details['cells'] / v.core_filled.median:,.0f} "
                f"(filled), {v.core_stress.details['cells'] / v.core_stress.median:,.0f} (stress); "
                f"end to end {filled_e2e:,.0f} (filled), {stress_e2e:,.0f} (stress); "
                f"office ÷ core: {v.filled.median / v.core_filled.median:.2f}× (filled), "
                f"{v.stress.median / v.core_stress.median:.2f}× (stress)")
            out(f"  Validate, stress sheet: core {v.core_stress.median:.2f} s — target < "
                f"{STRESS_CORE_SECONDS:.0f} s: {verdict(v.core_stress.median < STRESS_CORE_SECONDS)}; "
                f"in the office {v.stress.median:.2f} s — target < {STRESS_OFFICE_SECONDS:.0f} s: "
                f"{verdict(v.stress.median < STRESS_OFFICE_SECONDS)}")
        if self.insert:
            worst = max(self.insert.runs, key=lambda r: r.median)
            out(f"  Insert template: slowest edition {worst.label} {worst.median * 1000:.0f} ms — "
                f"target < {INSERT_SECONDS * 1000:.0f} ms: "
                f"{verdict(all(r.median < INSERT_SECONDS for r in self.insert.runs))}")

    @staticmethod
    def _sheets(case):
        """What the office is given to write, from the merge core's results build."""
        parts = [f"{name} {d['rows']}×{d['cols']}, {d['merges']} merged areas"
                 for name in ("summary", "breakdown", "sources")
                 if (d := case.merge.details.get(name))]
        return f" (sheets: {'; '.join(parts)})" if parts else ""

    @staticmethod
    def _writing(case):
        """Warm `statform merge` minus what is measured apart: the writing in the office."""
        return (case.cli_warm.median - case.merge.median
                - case.merge.details.get("results_seconds", 0.0) - case.cli_fixed.median)

    @staticmethod
    def _writing_into_current(case):
        """The service's merge into an open document minus the merge core and
        the results build (the office runs both as statform_bench does): the
        writing of the same summary as one undo step."""
        return (case.into_current.median - case.merge.median
                - case.merge.details.get("results_seconds", 0.0))

    def _merge(self, out):
        for n, case in sorted(self.merges.items()):
            one = case.merge_one.median / case.floor.median
            threaded = case.merge.median / case.floor.median
            judged = n in (100, 2000)
            out(f"  N = {n}: merge core ÷ parse floor = {one:.2f} (1 worker), "
                f"{threaded:.2f} ({case.threads} threads)"
                + (f" — targets ≤ {MERGE_OVER_FLOOR} and < 1: "
                   f"{verdict(one <= MERGE_OVER_FLOOR)}, {verdict(threaded < 1)}" if judged else ""))
            # Whatever the workers, the merge must add up the same.
            same = ("merged", "skipped", "findings", "grand_total")
            totals = [tuple(c.details.get(k) for k in same) for c in (case.merge_one, case.merge)]
            out(f"    same totals with 1 worker and {case.threads}: "
                f"{'yes' if totals[0] == totals[1] else 'NO'} (merged, skipped, findings, "
                f"grand total: {', '.join(map(str, totals[0]))})")
            if case.floor.cpu_median and case.merge_one.cpu_median:
                out(f"    in CPU time: {case.merge_one.cpu_median / case.floor.cpu_median:.2f} "
                    f"(1 worker: {case.merge_one.cpu_median:.3f} s ÷ {case.floor.cpu_median:.3f} s; "
                    f"both threads count: the merge's thread validates); "
                    f"best runs: {case.merge_one.low / case.floor.low:.2f}")
            peers = ", ".join(f"{peer.label} {peer.median / base.median:.1f}×"
                              for peer, base in case.peers())
            if peers:
                slowest_ok = all(peer.median > base.median for peer, base in case.peers())
                out(f"    peers ÷ StatForm merge core: {peers} — faster than every peer: "
                    f"{verdict(slowest_ok)}")
            if case.cli_warm:
                results = case.merge.details.get("results_seconds", 0.0)
                writing = self._writing(case)
                out(f"    statform merge: cold {case.cli_cold.median:.2f} s, warm "
                    f"{case.cli_warm.median:.2f} s = merge core {case.merge.median:.2f} s + "
                    f"summary and narrative built {results:.2f} s + process start and "
                    f"connection {case.cli_fixed.median:.2f} s + writing in the office "
                    f"≈ {writing:.2f} s" + self._sheets(case))
                if case.into_current:
                    into = self._writing_into_current(case)
                    ratio = into / writing
                    out(f"    merge into the current document (service, one undo step): "
                        f"{case.into_current.median:.2f} s, writing ≈ {into:.2f} s = "
                        f"{ratio:.2f} × the CLI's writing — target ≤ {INTO_CURRENT_OVER_CLI}: "
                        f"{verdict(ratio <= INTO_CURRENT_OVER_CLI)}; its undo "
                        f"{case.into_current_undo.median:.2f} s, document as before: "
                        f"{'yes' if case.into_current.details.get('undo_restores') else 'NO'}")
        sizes = sorted(self.merges)
        if len(sizes) >= 2 and self.merges[sizes[0]].cli_warm:
            low, high = self.merges[sizes[0]], self.merges[sizes[-1]]
            extra = (self._writing(high) - self._writing(low)) / (sizes[-1] - sizes[0])
            out(f"  Writing the summary in the office: {self._writing(low):.2f} s at N={sizes[0]}, "
                f"{self._writing(high):.2f} s at N={sizes[-1]}: ≈ {extra * 1000:.1f} ms more "
                f"per source (the merge core needs {high.merge.median / sizes[-1] * 1000:.1f} ms)")
        if len(sizes) >= 2:
            def merge_peak(n):
                return self.merges[n].merge.details.get("merge_peak_rss_kib", 0) / 1024
            peaks = ", ".join(f"N={n}: {merge_peak(n):.1f}" for n in sizes)
            grows = merge_peak(sizes[-1]) / max(0.001, merge_peak(sizes[0]))
            whole = ", ".join(f"{self.merges[n].merge.peak_kib / 1024:.0f}" for n in sizes)
            out(f"  Peak memory of the merge core (MiB, before the results are built): {peaks} — "
                f"×{grows:.2f} from N={sizes[0]} to N={sizes[-1]}; flat (≤ ×{MEMORY_GROWTH}): "
                f"{verdict(grows <= MEMORY_GROWTH)}. With the summary sheets built: {whole} MiB")
        if 2000 in self.merges:
            peak = self.merges[2000].merge.details.get("merge_peak_rss_kib", 0) / 1024
            out(f"  Peak memory of the 2,000-report merge core: {peak:.1f} MiB — target < "
                f"{MERGE_PEAK_MIB} MiB: {verdict(peak < MERGE_PEAK_MIB)}")
