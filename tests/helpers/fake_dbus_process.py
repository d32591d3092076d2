"""Private buses and fake D-Bus services in child processes, for adapter tests.

``private_bus`` starts a dbus-daemon of its own (no activatable services, so
nothing installed on the machine answers in a fake's place). ``FakeService``
starts ``tests.helpers.fake_dbus`` in a child process that owns the given names
on that bus and does what the test tells it, each command acknowledged before
the method returns: after ``emit(...)`` the signal has left the fake.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType

from tests.helpers.desktop import START_TIMEOUT_S, stop_process_group
from tests.helpers.fake_dbus import Call

_ROOT = Path(__file__).resolve().parents[2]

_BUS_CONFIG = """\
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>{kind}</type>
  <listen>unix:dir={socket_dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def _read_line(proc: subprocess.Popen[bytes], what: str) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], START_TIMEOUT_S)
    line = proc.stdout.readline().decode() if ready else ""
    if not line:
        raise RuntimeError(f"no answer from {what} (exit code {proc.poll()})")
    return line


@contextlib.contextmanager
def private_bus(directory: Path, kind: str = "session") -> Iterator[str]:
    """A dbus-daemon of its own, stopped by PID on exit; yields its address.

    ``kind`` ("session" or "system") only changes how the daemon describes
    itself: what makes it "the system bus" for the code under test is that the
    test hands the connection over as such.
    """
    directory.mkdir(parents=True, exist_ok=True)
    config = directory / "bus.conf"
    config.write_text(_BUS_CONFIG.format(kind=kind, socket_dir=directory))
    proc = subprocess.Popen(["dbus-daemon", f"--config-file={config}", "--nofork",
                             "--nopidfile", "--print-address=1"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        address = _read_line(proc, "dbus-daemon").strip()
        assert proc.stdout is not None
        proc.stdout.close()  # the daemon prints nothing more
        yield address
    finally:
        stop_process_group(proc)


class FakeService:
    """A fake service in a child process owning ``names`` on the bus at ``address``."""

    def __init__(self, address: str, names: Sequence[str], *, exported: bool = True) -> None:
        """``exported=False``: answer UnknownObject until :meth:`export` (see the fake)."""
        env = dict(os.environ, PYTHONPATH=str(_ROOT))
        flags = [] if exported else ["--unexported"]
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.fake_dbus", *flags, address, *names],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=_ROOT, env=env,
            start_new_session=True)
        self._expect_ok(_read_line(self._proc, "the fake service"))

    def __enter__(self) -> FakeService:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Leave the bus and end the child process."""
        if self._proc.poll() is None:
            with contextlib.suppress(OSError):
                assert self._proc.stdin is not None
                self._proc.stdin.write(b'{"op": "quit"}\n')
                self._proc.stdin.close()
            try:
                self._proc.wait(timeout=START_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                stop_process_group(self._proc)
        if self._proc.stdout is not None:
            self._proc.stdout.close()

    # -- commands ------------------------------------------------------------
    def returns(self, path: str, interface: str, member: str, signature: str,
                *values: object) -> None:
        """Answer ``interface.member`` at ``path`` with these values from now on."""
        self._do("returns", path=path, interface=interface, member=member,
                 signature=signature, values=list(values))

    def returns_fd(self, path: str, interface: str, member: str) -> None:
        """Answer with a fresh file descriptor each time (as logind's Inhibit does)."""
        self._do("returns_fd", path=path, interface=interface, member=member)

    def open_fds(self) -> int:
        """How many descriptors the fake handed out are still held open by someone."""
        count = self._do("open_fds")
        assert isinstance(count, int)
        return count

    def fails(self, path: str, interface: str, member: str, name: str) -> None:
        """Answer ``interface.member`` at ``path`` with the D-Bus error ``name``."""
        self._do("fails", path=path, interface=interface, member=member, name=name)

    def set_property(self, path: str, interface: str, name: str, signature: str,
                     value: object) -> None:
        self._do("set_property", path=path, interface=interface, name=name,
                 signature=signature, value=value)

    def change_property(self, path: str, interface: str, name: str, signature: str,
                        value: object) -> None:
        """Set a property and emit ``PropertiesChanged`` with the new value."""
        self._do("change_property", path=path, interface=interface, name=name,
                 signature=signature, value=value)

    def emit(self, path: str, interface: str, member: str, signature: str = "",
             *values: object) -> None:
        """Broadcast a signal from the service's connection."""
        self._do("emit", path=path, interface=interface, member=member,
                 signature=signature, values=list(values))

    def hang(self, hung: bool = True) -> None:
        """Take calls and never answer them (or answer again)."""
        self._do("answer", value=not hung)

    def export(self) -> None:
        """Start answering as configured (after ``exported=False``)."""
        self._do("export")

    def release_names(self) -> None:
        """Give up the names, as a service that quits would."""
        self._do("release_names")

    def calls(self, member: str | None = None) -> list[Call]:
        """The method calls received so far (of ``member`` only, when given)."""
        found = self._do("calls")
        assert isinstance(found, list)
        return [Call(**item) for item in found if member is None or item["member"] == member]

    # -- plumbing --------------------------------------------------------------
    def _do(self, op: str, **fields: object) -> object:
        assert self._proc.stdin is not None
        self._proc.stdin.write(json.dumps({"op": op, **fields}).encode() + b"\n")
        self._proc.stdin.flush()
        return self._expect_ok(_read_line(self._proc, "the fake service"))

    @staticmethod
    def _expect_ok(line: str) -> object:
        answer = json.loads(line)
        if not answer["ok"]:
            raise RuntimeError(f"the fake service failed: {answer['error']}")
        return answer["result"]
