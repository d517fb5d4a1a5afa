#!/usr/bin/env python3
"""statform validate and merge over a folder of hostile and broken files
(made by make_corpus.py next to this file, described in README.md): nothing
is lost, nothing runs, nothing is fetched, nothing is changed, never a hang.

    check_hostile.py STATFORM_CLI SOURCE_DIR BUILD_DIR WORK_DIR

Checks, each counted:
  * both commands finish within TIME_LIMIT_S and exit as documented (validate
    2: some input unusable; merge 1: some sources skipped), and the office
    each one started is gone afterwards;
  * every workbook of the folder is reported once by each command: the good
    ones validated and merged, every bad one with a message naming the file
    and the reason (password, damaged, empty, not a workbook, too large...);
  * the merged totals equal those of a merge of the good files alone;
  * no macro ran (the marker file every macro appends to does not exist);
  * nothing was fetched: a TCP listener on 127.0.0.1, where every URL in the
    corpus points, got no connection, and the named pipe the local-file links
    point at was never opened;
  * every file is byte-identical afterwards and keeps its mode (0444 too);
  * text never became a formula: in the summary .ods, the unit names
    "=HYPERLINK(…)" and "=cmd|…" are text cells, and no formula holds any of
    the corpus's payloads.
Prints "N passed, M failed"; exits 1 on any failure.
"""
import errno
import hashlib
import html
import json
import os
import re
import shutil
import socket
import stat
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

TIME_LIMIT_S = 120  # per command; more is a hang
GENERATOR_LIMIT_S = 600
PAYLOADS = ("HYPERLINK", "cmd|", "WEBSERVICE", "127.0.0.1", "DDE", "MARK(")


class Results:
    def __init__(self):
        self.passed, self.failed = 0, []

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed.append(what)
            print("FAIL:", what, flush=True)
        return ok


# --- traps: what must stay untouched -------------------------------------------------

class NetworkTrap:
    """A TCP socket on 127.0.0.1 that the corpus's URLs point at. While the
    corpus is made it is bound but not listening (connections are refused, so
    the generator's own office cannot trip it); then it listens and records
    every connection, with the first bytes sent."""

    def __init__(self):
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.connections = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def start(self):
        self.socket.listen(16)
        self.socket.settimeout(0.1)
        self._thread.start()

    def _serve(self):
        while not self._stop.is_set():
            try:
                connection, peer = self.socket.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            connection.settimeout(1.0)
            try:
                first = connection.recv(200)
            except OSError:
                first = b""
            connection.close()  # answer nothing: the request gets no data
            self.connections.append((peer, first.decode("latin-1").splitlines()[:1]))

    def stop(self):
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)
        self.socket.close()


class PipeTrap:
    """A named pipe where the local-file links point. Opening a pipe for
    reading waits for a writer; this thread keeps trying to open it for
    writing without blocking, which succeeds only while a reader has it open:
    so a reader is seen (and released at once, with end of file)."""

    def __init__(self, path):
        self.path = Path(path)
        self.opened = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def start(self):
        os.mkfifo(self.path)
        self._thread.start()

    def _watch(self):
        while not self._stop.is_set():
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as error:
                if error.errno != errno.ENXIO:  # ENXIO: no reader, as it should be
                    return
            else:
                self.opened += 1
                os.close(fd)
            time.sleep(0.02)

    def stop(self):
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)
        if self.path.exists():
            self.path.unlink()


def snapshot(folder):
    """{relative path: (sha256, mode)} of every file under the folder."""
    return {str(path.relative_to(folder)): (hashlib.sha256(path.read_bytes()).hexdigest(),
                                            stat.S_IMODE(path.stat().st_mode))
            for path in sorted(folder.rglob("*")) if path.is_file()}


# --- running the CLI ------------------------------------------------------------------

def run_cli(cli, args, work, label):
    """Runs statform with a time limit; its output is kept in WORK_DIR/out.
    Returns (exit code or None on a hang, parsed JSON or None, stderr,
    seconds, office PID or None)."""
    pid_file = work / f"office-{label}.pid"
    if pid_file.exists():
        pid_file.unlink()
    env = dict(os.environ, STATFORM_OFFICE_PID_FILE=str(pid_file))
    started = time.monotonic()
    try:
        run = subprocess.run([cli, *args], capture_output=True, text=True, timeout=TIME_LIMIT_S, env=env)
    except subprocess.TimeoutExpired as hang:  # run() has killed statform (its office dies with it)
        stderr = hang.stderr.decode(errors="replace") if isinstance(hang.stderr, bytes) else hang.stderr or ""
        return None, None, stderr, time.monotonic() - started, office_pid(pid_file)
    seconds = time.monotonic() - started
    (work / "out" / f"{label}.json").write_text(run.stdout, encoding="utf-8")
    (work / "out" / f"{label}.stderr").write_text(run.stderr, encoding="utf-8")
    try:
        result = json.loads(run.stdout)
    except ValueError:
        result = None
    return run.returncode, result, run.stderr, seconds, office_pid(pid_file)


def office_pid(pid_file):
    try:
        return int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None


def process_gone(pid, wait_s=10.0):
    """True once `pid` no longer runs (a zombie of someone else counts as gone)."""
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat") as f:
                if f.read().split(") ")[-1].startswith("Z"):
                    return True
        except FileNotFoundError:
            return True
        time.sleep(0.1)
    return False


def check_run(results, name, outcome, expected_code):
    """The run's own checks; returns its JSON, or None if it hung or printed none
    (then the checks that need it are not counted again)."""
    code, result, stderr, seconds, pid = outcome
    print(f"{name}: exit {code}, {seconds:.1f} s" + (f", office PID {pid}" if pid else ""), flush=True)
    if pid:
        results.check(process_gone(pid), f"{name}: its office (PID {pid}) still runs after it exited")
    if not results.check(code is not None, f"{name} did not finish within {TIME_LIMIT_S} s (a hang)"):
        return None
    results.check(code == expected_code, f"{name} exited {code}, documented {expected_code}\n{stderr[-2000:]}")
    results.check(result is not None, f"{name} printed no JSON\n{stderr[-2000:]}")
    return result


# --- what each file must become ---------------------------------------------------------

def mentions(text, words):
    text = (text or "").lower()
    return any(word.lower() in text for word in words)


def validation_text(report):
    """The words validate says about a file it could not use."""
    parts = [report.get("message", ""), report.get("recognition", "")]
    parts += [finding.get("message", "") for finding in report.get("findings", [])]
    return " ".join(p for p in parts if p)


def check_file(results, spec, report, source):
    name, expect, reasons = spec["file"], spec["expect"], spec["reasons"]
    if not results.check(report is not None, f"{name}: statform validate did not report it"):
        return
    if not results.check(source is not None, f"{name}: statform merge did not report it"):
        return
    merged = source["status"] in ("merged", "merged-with-warnings")
    if expect == "merge-or-too-large" and merged:
        expect = "merge"
    if expect == "merge":
        results.check(report["status"] == "validated" and report.get("edition") == "htsd-2023",
                      f"{name}: validate says {report['status']} {report.get('edition')!r}: "
                      f"{validation_text(report)[:300]}")
        results.check(merged, f"{name}: not merged ({source['status']}): {source['reason'][:300]}")
        if spec.get("unit"):
            results.check(source["unit"] == spec["unit"].replace("\n", " ").replace("\r", " "),
                          f"{name}: merged as unit {source['unit'][:80]!r}, it is {spec['unit'][:80]!r}")
        return
    said = validation_text(report)
    results.check(report["status"] in ("unreadable", "no-table") and mentions(said, reasons),
                  f"{name}: validate says {report['status']}: {said[:300]!r}; expected one of {reasons}")
    results.check(source["status"] == "skipped" and name in source["reason"] and mentions(source["reason"], reasons),
                  f"{name}: merge says {source['status']}: {source['reason'][:300]!r}; "
                  f"expected skipped, naming the file and one of {reasons}")


# Words of English that no Vietnamese message holds (file names and quoted
# texts are taken out first: the corpus names its files in English).
ENGLISH_WORDS = re.compile(r"\b(the|is|was|are|not|file|cannot|could|and|with|which|probably|"
                           r"missing|truncated|damaged|password|sheet|office|reader|large|error|"
                           r"record|found|unexpected|zip|xml|bytes|cells|rows|columns)\b",
                           re.IGNORECASE)


def english_in(text):
    """The English words a message holds outside quotes and file names."""
    text = re.sub(r'"[^"]*"|«[^»]*»|“[^”]*”|\S*[/\\]\S*|\S+\.(ods|xlsx|xls|txt|zip)\b', " ", text or "")
    return ENGLISH_WORDS.findall(text)


def check_one_language(results, validate_vi):
    """With --lang vi every message is Vietnamese; what a parser said in
    English is in the report's "detail" field only."""
    details = 0
    for report in validate_vi.get("files", []):
        name = Path(report["file"]).name
        for text in [report.get("message", ""), report.get("recognition", "")] + \
                [f.get("message", "") for f in report.get("findings", [])]:
            words = english_in(text)
            results.check(not words, f"{name}: the Vietnamese message holds English {words}: {text[:300]!r}")
        detail = report.get("detail", "")
        details += bool(detail)
        if detail:
            results.check(detail not in report.get("message", ""),
                          f"{name}: the technical detail is inside the message: {report['message'][:300]!r}")
    results.check(details > 0, "no unreadable file's report has a \"detail\" (the parser's own words)")


def check_totals(results, full, reference):
    """The merge of everything must add up exactly what the good files alone add up."""
    def by_key(result):
        return {row["key"]: (row["count"], row["people"], row["units_reporting"]) for row in result.get("totals", [])}
    got, want = by_key(full), by_key(reference)
    results.check(bool(want), "the reference merge gave no totals")
    for key in sorted(set(got) | set(want)):
        results.check(got.get(key) == want.get(key),
                      f"total of row {key}: {got.get(key)} with the hostile files, {want.get(key)} without")


def check_separate(results, cli, corpus, out, work, separate):
    """A case kept in a folder of its own: merged there, within the time limit."""
    folder = corpus / separate["folder"]
    summary = out / f"{separate['folder']}.ods"
    result = check_run(results, f"statform merge {separate['folder']}/", run_cli(
        cli, ["merge", "--json", "--lang", "en", "--out", str(summary), str(folder)], work,
        separate["folder"]), 0)
    if result is None:
        return
    sources = {Path(s["file"]).name: s for s in result.get("sources", [])}
    for spec in separate["files"]:
        source = sources.get(spec["file"])
        results.check(source is not None and source["status"].startswith("merged"),
                      f"{separate['folder']}/{spec['file']}: not merged: {source}"[:400])
        if source and spec.get("unit"):
            results.check(source["unit"] == spec["unit"],
                          f"{separate['folder']}/{spec['file']}: merged as unit {source['unit'][:80]!r}")
    if summary.exists():
        check_summary_text(results, summary, {"files": [dict(f, texts=[f["unit"]] if f.get("unit") else [])
                                                         for f in separate["files"]]})


def check_summary_text(results, summary, manifest):
    """Unit names that look like formulas stay text in the summary workbook."""
    try:
        content = zipfile.ZipFile(summary).read("content.xml").decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile) as error:
        results.check(False, f"the summary {summary} cannot be read: {error}")
        return
    formulas = [html.unescape(f) for f in re.findall(r'table:formula="([^"]*)"', content)]
    bad = [f for f in formulas if any(p.lower() in f.lower() for p in PAYLOADS)]
    results.check(not bad, f"the summary holds formulas made from the corpus's text: {bad[:3]}")
    texts = {html.unescape(t) for t in re.findall(r"<text:p>([^<]*)</text:p>", content)}
    for spec in manifest["files"]:
        for text in spec["texts"]:
            # StatForm shows at most 1.000 characters of a text, ending in "…".
            shown = text if len(text) <= 1000 else text[:1000] + "…"
            results.check(shown in texts, f"{spec['file']}: {shown[:80]!r}… is not a text cell of the summary")


# --- the run ----------------------------------------------------------------------------------

def fresh(path):
    if path.exists():
        for child in path.rglob("*"):
            if child.is_file():
                child.chmod(0o644)
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


def by_file(result, key):
    """{file name: [its records]} of a command's JSON."""
    found = {}
    for record in (result or {}).get(key, []):
        found.setdefault(Path(record["file"]).name, []).append(record)
    return found


def check_every_file(results, manifest, workbooks, validate, merge):
    """Nothing lost, nothing counted twice, each file what its case says."""
    reports, sources = by_file(validate, "files"), by_file(merge, "sources")
    for name in workbooks:
        results.check(len(reports.get(name, [])) == 1, f"{name}: validate reported it {len(reports.get(name, []))} times")
        results.check(len(sources.get(name, [])) == 1, f"{name}: merge reported it {len(sources.get(name, []))} times")
    strangers = (set(reports) | set(sources)) - set(workbooks)
    results.check(not strangers, f"reported files that are not in the folder: {sorted(strangers)}")
    for spec in manifest["files"]:
        check_file(results, spec, (reports.get(spec["file"]) or [None])[0], (sources.get(spec["file"]) or [None])[0])


def copy_good_files(manifest, merge, corpus, reference):
    """The files that must be merged (a huge one only if it was) into a folder of their own."""
    sources = by_file(merge, "sources")
    for spec in manifest["files"]:
        status = (sources.get(spec["file"]) or [{}])[0].get("status", "")
        if spec["expect"] == "merge" or (spec["expect"] == "merge-or-too-large" and status.startswith("merged")):
            shutil.copy2(corpus / spec["file"], reference / spec["file"])


def check_untouched(results, before, after):
    for name, (digest, mode) in before.items():
        if results.check(name in after, f"{name} disappeared"):
            results.check(after[name][0] == digest, f"{name} changed")
            results.check(after[name][1] == mode, f"{name}: mode {oct(mode)} became {oct(after[name][1])}")
    results.check(set(after) == set(before), f"files appeared in the folder: {sorted(set(after) - set(before))}")


def make_corpus(results, corpus, marker, port, linked):
    generate = subprocess.run(
        ["/usr/bin/python3", str(Path(__file__).with_name("make_corpus.py")), str(corpus),
         "--marker", str(marker), "--port", str(port), "--linked-file", str(linked)],
        capture_output=True, text=True, timeout=GENERATOR_LIMIT_S)
    if not results.check(generate.returncode == 0, f"make_corpus.py failed:\n{generate.stderr[-3000:]}"):
        return None
    print(generate.stdout.strip(), flush=True)
    return json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))


def merge_args(summary, folder):
    return ["merge", "--json", "--lang", "en", "--out", str(summary), str(folder)]


def main(cli, source_dir, build_dir, work_dir):
    # source_dir and build_dir are not needed: the generator finds samples/
    # next to itself and needs no build. They keep the integration tests' form.
    started = time.monotonic()
    results = Results()
    work = Path(work_dir).resolve()
    work.mkdir(parents=True, exist_ok=True)
    corpus, reference, out = fresh(work / "corpus"), fresh(work / "reference"), fresh(work / "out")
    marker = Path(f"/tmp/statform-macro-ran-{os.getpid()}-{time.time_ns()}")
    linked = work / "linked-target.ods"
    if linked.exists() or linked.is_symlink():
        linked.unlink()
    network, pipe = NetworkTrap(), PipeTrap(linked)
    try:
        manifest = make_corpus(results, corpus, marker, network.port, linked)
        if manifest is None:
            return finish(results, started)
        network.start()
        pipe.start()
        before = snapshot(corpus)
        workbooks = sorted(n for n in before if "/" not in n and n.lower().endswith((".ods", ".xlsx", ".xls")))

        validate = check_run(results, "statform validate", run_cli(
            cli, ["validate", "--json", "--lang", "en", str(corpus)], work, "validate"), 2)
        validate_vi = check_run(results, "statform validate --lang vi", run_cli(
            cli, ["validate", "--json", "--lang", "vi", str(corpus)], work, "validate-vi"), 2)
        if validate_vi is not None:
            check_one_language(results, validate_vi)
        summary = out / "tong-hop.ods"
        merge = check_run(results, "statform merge", run_cli(cli, merge_args(summary, corpus), work, "merge"), 1)
        if validate is not None and merge is not None:
            check_every_file(results, manifest, workbooks, validate, merge)
        if merge is not None:
            copy_good_files(manifest, merge, corpus, reference)
            # 1, not 0: a good sample (Thị trấn) carries a documented error finding.
            alone = check_run(results, "statform merge (good files alone)", run_cli(
                cli, merge_args(out / "tham-chieu.ods", reference), work, "reference"), 1)
            if alone is not None:
                check_totals(results, merge, alone)
            if results.check(summary.exists(), "statform merge wrote no summary workbook"):
                check_summary_text(results, summary, manifest)
        for separate in manifest.get("separate", []):
            check_separate(results, cli, corpus, out, work, separate)

        time.sleep(0.5)  # let a late connection or open arrive before judging
        results.check(not marker.exists(), f"a macro ran: {marker} holds "
                      f"{marker.read_text(errors='replace').splitlines() if marker.exists() else ''}")
        results.check(not network.connections,
                      f"something was fetched from 127.0.0.1:{network.port}: {network.connections}")
        results.check(pipe.opened == 0, f"the linked local file {linked} was opened {pipe.opened} times")
        check_untouched(results, before, snapshot(corpus))
    finally:
        network.stop()
        pipe.stop()
        if marker.exists():
            marker.unlink()
    return finish(results, started)


def finish(results, started):
    print(f"({time.monotonic() - started:.0f} s)")
    print(f"{results.passed} passed, {len(results.failed)} failed")
    return 1 if results.failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:5]))
