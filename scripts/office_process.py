"""Starting and stopping a private headless office from Python (python3-uno).

Shared by the scripts that drive an office to make files: samples/
(statform_samples.Office), tests/data/make_io_fixtures.py and
tests/hostile/make_corpus.py. The office is soffice.bin itself, not the
oosplash wrapper, so that the PID held is the office's: it is stopped by
that PID, never by name.
"""

import subprocess
import time


class OfficeExited(RuntimeError):
    def __init__(self, code):
        super().__init__(f"soffice exited early with code {code}")
        self.code = code


def connect(uno, pipe_name, office, deadline_s=60.0):
    """The component context of the office listening on `pipe_name`."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    url = f"uno:pipe,name={pipe_name};urp;StarOffice.ComponentContext"
    deadline = time.monotonic() + deadline_s
    while True:
        try:
            return resolver.resolve(url)
        except Exception:  # NoConnectException until the office listens
            if office.poll() is not None:
                raise OfficeExited(office.returncode)
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def start_office(uno, command, pipe_name, output=subprocess.DEVNULL):
    """Starts `command` (soffice.bin … --accept=pipe,name=<pipe_name>…) and
    connects to it: (process, component context). Its stdout and stderr go
    to `output`.

    A fresh profile makes the office exit with 81 and expect to be started
    again; on a busy machine that can come seconds after the start, so it is
    watched for until the office answers."""
    for attempt in range(4):
        office = subprocess.Popen(command, stdout=output, stderr=output)
        try:
            return office, connect(uno, pipe_name, office)
        except OfficeExited as exited:
            if exited.code != 81 or attempt == 3:
                raise
        except BaseException:
            office.kill()  # by PID: the office this script started, still starting
            raise
    raise AssertionError("unreachable")


def property_value(name, value):
    """A com.sun.star.beans.PropertyValue (uno must be imported already)."""
    from com.sun.star.beans import PropertyValue
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def stop_office(office, desktop, wait_s=30):
    """Asks the office to end (desktop.terminate()), waits for it, and ends
    it by its PID when it does not go."""
    if office.poll() is not None:
        return
    try:
        desktop.terminate()
    except Exception:
        pass  # the bridge may drop while the office shuts down
    try:
        office.wait(timeout=wait_s)
    except subprocess.TimeoutExpired:
        office.kill()  # by PID: only the office this script started
        office.wait()
