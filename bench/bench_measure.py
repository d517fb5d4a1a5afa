"""Timing helpers for bench/run: child processes timed with their own peak
memory, repetitions summarised as median, min and max."""

import json
import math
import os
import signal
import statistics
import subprocess
import tempfile
import time


class Runs:
    """Seconds of several runs of one case, plus what else a run reported."""

    def __init__(self, label):
        self.label = label
        self.seconds = []
        self.peak_kib = 0       # largest peak RSS seen over the runs
        self.details = {}       # the last run's JSON result, when there is one
        self.cpu = []           # CPU seconds of the measured part, when the program says
        self.crashes = []       # runs that died from a signal, not counted in the times

    def add(self, seconds, peak_kib=0, details=None):
        self.seconds.append(seconds)
        self.peak_kib = max(self.peak_kib, peak_kib or 0)
        if details:
            self.details = details
            if "cpu_seconds" in details:
                self.cpu.append(details["cpu_seconds"])

    @property
    def cpu_median(self):
        """CPU time is what other load on the machine changes least: ratios of
        it back up the wall-time ratios on a busy machine."""
        return statistics.median(self.cpu) if self.cpu else None

    # NaN when every run crashed: the ratios then read "nan" instead of failing.
    @property
    def median(self):
        return statistics.median(self.seconds) if self.seconds else math.nan

    @property
    def low(self):
        return min(self.seconds, default=math.nan)

    @property
    def high(self):
        return max(self.seconds, default=math.nan)


def run_process(command, env=None, cwd=None):
    """Runs `command` to its end; returns (wall seconds, peak RSS KiB, stdout, exit code).

    The peak comes from GNU time (%M: ru_maxrss of the command and of the
    children it reaped). Not from our own wait4: a child forked from this
    Python process carries Python's pages in its peak until it execs."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        started = time.monotonic()
        # Its own process group, so that if we are interrupted the command is
        # stopped too and not only `time` (the group's id is the PID we started).
        process = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", rss.name,
                                    *map(str, command)], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=env, cwd=cwd, text=True,
                                   start_new_session=True)
        try:
            out, err = process.communicate()
        except BaseException:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait()
            raise
        wall = time.monotonic() - started
        peak = int(rss.read().split()[-1] or 0)
    if process.returncode not in (0, 1):
        error = Crashed if process.returncode > 128 else RuntimeError
        raise error(f"{' '.join(map(str, command[:3]))}… exited with "
                    f"{process.returncode}:\n{err[-2000:]}")
    return wall, peak, out, process.returncode


class Crashed(RuntimeError):
    """The command died from a signal (GNU time exits with 128 + signal)."""


def repeat_runs(runs, repeat, one_run):
    """Calls one_run(runs) until `repeat` runs succeeded; a run that crashed is
    counted in runs.crashes (and shown in the table) instead of ending the
    benchmark, up to `repeat` crashes."""
    while len(runs.seconds) < repeat and len(runs.crashes) < repeat:
        try:
            one_run(runs)
        except Crashed as crash:
            runs.crashes.append(str(crash).splitlines()[0])


def last_json_line(text):
    """The JSON result a bench program printed last."""
    for line in reversed(text.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"no JSON result in: {text[-500:]}")


def office_peak_kib(pid):
    """VmHWM (peak RSS) of a running process, in KiB."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def reset_office_peak(pid):
    """Resets VmHWM to the current RSS (Linux ≥ 4.0, `echo 5 > clear_refs`), so the
    next office case reports its own peak. Quietly does nothing if refused."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass


def load_average():
    return os.getloadavg()[0]
