"""The X11 idle and fullscreen backends against a real (virtual) X server.

Each test gets its own Xvfb from the ``desktop`` fixture; waiting uses
``wait_until`` on the real monitors because the X server, openbox and the probe
window are other processes.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import socket
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from psoas_desk.adapters.fullscreen import X11FullscreenMonitor
from psoas_desk.adapters.idle import X11IdleMonitor, choose_idle_monitor, default_idle_candidates
from psoas_desk.adapters.xlib import XA_ATOM, XA_WINDOW, XDisplay
from tests.helpers.desktop import VirtualDesktop, stop_process_group, wait_until

# WORKAROUND: VirtualDesktop keeps dbus-daemon's stdout pipe open until it is
# garbage-collected, which Python reports as an unraisable ResourceWarning at
# teardown (tests/helpers/desktop.py, reported to the lead). Only that one
# message is ignored; remove this when the helper closes the pipe.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Exception ignored in. <_io.FileIO:pytest.PytestUnraisableExceptionWarning")

# A window that shows itself and obeys "full", "normal" and "quit" on stdin.
_PROBE = """
import sys
from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
window = QLabel("psoas-desk fullscreen probe")
window.setWindowTitle(sys.argv[1])
window.resize(320, 200)
window.show()

def obey() -> None:
    command = sys.stdin.readline().strip()
    if command == "full":
        window.showFullScreen()
    elif command == "normal":
        window.showNormal()
    else:
        app.quit()

notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(obey)
sys.exit(app.exec())
"""

# An XID whose client part names a client that does not exist: BadWindow.
_NO_SUCH_WINDOW = 0x1FFFFFFF


class Probe:
    """A real top-level Qt window in another process, driven through its stdin."""

    def __init__(self, desk: VirtualDesktop, title: str) -> None:
        self.title = title
        log = desk.log_path("probe").open("ab")
        self.proc = subprocess.Popen([sys.executable, "-c", _PROBE, title], env=desk.env,
                                     stdin=subprocess.PIPE, stdout=log, stderr=log,
                                     start_new_session=True)
        log.close()

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{command}\n".encode())
        self.proc.stdin.flush()


@pytest.fixture
def desk(desktop: VirtualDesktop) -> VirtualDesktop:
    return desktop


@pytest.fixture
def probe(desk: VirtualDesktop) -> Iterator[Probe]:
    window = Probe(desk, f"psoas-probe-{os.getpid()}")
    yield window
    stop_process_group(window.proc)
    if window.proc.stdin is not None:
        window.proc.stdin.close()


def active_window(desk: VirtualDesktop) -> str | None:
    """The window id xdotool reports as active, or None when there is none."""
    result = desk.run(["xdotool", "getactivewindow"], check=False)
    return result.stdout.strip() if result.returncode == 0 else None


def server_pid(display_name: str) -> int:
    """The pid of the X server at ``display_name``, from the peer of our own socket."""
    display = XDisplay(display_name)
    try:
        fd = display.call(lambda dpy: int(display.lib.XConnectionNumber(dpy)))
        assert fd is not None
        with socket.fromfd(fd, socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    finally:
        display.close()
    pid, _uid, _gid = struct.unpack("3i", creds)
    assert "Xvfb" in Path(f"/proc/{pid}/cmdline").read_text()
    return int(pid)


def set_active_window(display: XDisplay, window: int) -> None:
    """Write the root's _NET_ACTIVE_WINDOW as a window manager would (xprop cannot)."""
    lib = display.lib
    lib.XChangeProperty.argtypes = (ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong,
                                    ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                                    ctypes.c_void_p, ctypes.c_int)
    lib.XSync.argtypes = (ctypes.c_void_p, ctypes.c_int)
    prop = display.intern_atom("_NET_ACTIVE_WINDOW")
    value = ctypes.c_ulong(window)
    replace = 0
    done = display.call(lambda dpy: (
        lib.XChangeProperty(dpy, display.root, prop, XA_WINDOW, 32, replace,
                            ctypes.byref(value), 1),
        lib.XSync(dpy, 0)))
    assert done is not None


def idle_below(monitor: X11IdleMonitor, seconds: float) -> bool:
    idle = monitor.idle_seconds()
    return idle is not None and idle < seconds


# -- idle ---------------------------------------------------------------------

def test_idle_time_grows_by_itself_and_pointer_motion_resets_it(desk: VirtualDesktop) -> None:
    monitor = X11IdleMonitor(desk.display)
    try:
        assert monitor.name == "x11-screensaver"
        wait_until(lambda: (monitor.idle_seconds() or 0.0) > 1.5, timeout=10,
                   what="the idle time to pass 1.5 s")
        desk.run(["xdotool", "mousemove", "--sync", "200", "150"])
        wait_until(lambda: idle_below(monitor, 1.0), timeout=5,
                   what="the idle time to drop after a mouse move")
    finally:
        monitor.close()
    assert monitor.idle_seconds() is None


def test_a_return_is_told_at_the_first_input_once_watched(
        desk: VirtualDesktop, qtbot: QtBot) -> None:
    # The SYNC extension's IDLETIME alarm: one event at the first input after
    # watch_for_return, delivered through the Qt event loop (no polling).
    monitor = X11IdleMonitor(desk.display)
    told: list[float] = []
    monitor.set_resume_handler(told.append)
    try:
        wait_until(lambda: (monitor.idle_seconds() or 0.0) > 2.0, timeout=10,
                   what="the idle time to pass 2 s")
        monitor.watch_for_return()
        monitor.watch_for_return()  # already set: nothing more
        qtbot.wait(300)  # waits on the X server: nothing is told without input
        assert told == []
        desk.run(["xdotool", "mousemove_relative", "--", "4", "0"])
        qtbot.waitUntil(lambda: len(told) == 1, timeout=2000)
        assert told[0] >= 2.0  # about how long the person had been idle
        # One event per watch: the next input is not told until watched again.
        qtbot.wait(1200)
        desk.run(["xdotool", "mousemove_relative", "--", "4", "0"])
        qtbot.wait(500)
        assert len(told) == 1
    finally:
        monitor.close()


def test_without_a_watch_input_tells_nothing(desk: VirtualDesktop, qtbot: QtBot) -> None:
    monitor = X11IdleMonitor(desk.display)
    told: list[float] = []
    monitor.set_resume_handler(told.append)
    try:
        wait_until(lambda: (monitor.idle_seconds() or 0.0) > 1.5, timeout=10,
                   what="the idle time to pass 1.5 s")
        desk.run(["xdotool", "mousemove_relative", "--", "4", "0"])
        qtbot.wait(500)
        assert told == []
    finally:
        monitor.close()


def test_the_chooser_picks_x11_in_an_x11_session(desk: VirtualDesktop) -> None:
    monitor = choose_idle_monitor(default_idle_candidates(desk.env))
    try:
        assert monitor.name == "x11-screensaver"
    finally:
        monitor.close()


def test_a_dying_x_server_does_not_take_the_app_with_it(
        desk: VirtualDesktop, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="psoas_desk.adapters.xlib")
    idle = X11IdleMonitor(desk.display)
    fullscreen = X11FullscreenMonitor(desk.display)
    assert idle.idle_seconds() is not None

    os.kill(server_pid(desk.display), signal.SIGKILL)

    wait_until(lambda: idle.idle_seconds() is None, timeout=5,
               what="the idle monitor to notice the server is gone")
    assert idle.idle_seconds() is None
    assert fullscreen.fullscreen_active() is False
    idle.close()
    fullscreen.close()
    assert "lost the X connection" in caplog.text


def test_losing_the_server_inside_an_xlib_call_is_survived(
        desk: VirtualDesktop, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """The path behind the socket check: Xlib itself meets the dead connection."""
    caplog.set_level(logging.WARNING, logger="psoas_desk.adapters.xlib")
    display = XDisplay(desk.display)
    if not display.survives_io_errors:
        display.close()
        pytest.skip("libX11 < 1.7 has no XSetIOErrorExitHandler: I/O errors end the process")
    state = display.intern_atom("_NET_WM_STATE")
    pid = server_pid(desk.display)

    # Blind the socket check so the request really goes into Xlib.
    monkeypatch.setattr(display, "_hung_up", lambda: False)
    os.kill(pid, signal.SIGKILL)
    wait_until(lambda: not Path(f"/proc/{pid}").exists() or
               "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2],
               timeout=5, what="Xvfb to die")

    assert display.window_property(display.root, state, XA_ATOM) is None
    assert not display.connected
    display.close()
    assert "I/O error" in caplog.text


# -- fullscreen ---------------------------------------------------------------

def test_fullscreen_follows_a_real_window_under_openbox(desk: VirtualDesktop,
                                                        probe: Probe) -> None:
    desk.start_window_manager()
    monitor = X11FullscreenMonitor(desk.display)
    try:
        window = wait_until(lambda: desk.find_windows("--name", probe.title), timeout=20,
                            what="the probe window to map")
        assert isinstance(window, list)
        wait_until(lambda: active_window(desk) == window[0], what="the probe to become active")
        assert monitor.fullscreen_active() is False

        probe.send("full")
        wait_until(monitor.fullscreen_active, what="the monitor to see fullscreen")
        probe.send("normal")
        wait_until(lambda: not monitor.fullscreen_active(), what="fullscreen to end")
        probe.send("full")
        wait_until(monitor.fullscreen_active, what="fullscreen again")

        probe.send("quit")
        probe.proc.wait(timeout=10)
        wait_until(lambda: not monitor.fullscreen_active(),
                   what="fullscreen to end with the window")
    finally:
        monitor.close()


def test_no_active_window_is_not_fullscreen(desk: VirtualDesktop) -> None:
    desk.start_window_manager()
    monitor = X11FullscreenMonitor(desk.display)
    try:
        assert active_window(desk) is None
        assert monitor.fullscreen_active() is False
    finally:
        monitor.close()


def test_an_active_window_that_vanished_reads_as_not_fullscreen(desk: VirtualDesktop) -> None:
    # No window manager: the test itself plays one by writing the root properties.
    writer = XDisplay(desk.display)
    monitor = X11FullscreenMonitor(desk.display)
    try:
        desk.run(["xprop", "-root", "-f", "_NET_WM_STATE", "32a", "-set", "_NET_WM_STATE",
                  "_NET_WM_STATE_FULLSCREEN"])
        set_active_window(writer, writer.root)
        assert monitor.fullscreen_active() is True

        # Xlib's default handler would exit the process on this BadWindow.
        set_active_window(writer, _NO_SUCH_WINDOW)
        assert monitor.fullscreen_active() is False

        set_active_window(writer, writer.root)
        assert monitor.fullscreen_active() is True
    finally:
        monitor.close()
        writer.close()


def test_a_bad_request_is_trapped_and_the_connection_stays_usable(desk: VirtualDesktop) -> None:
    display = XDisplay(desk.display)
    try:
        state = display.intern_atom("_NET_WM_STATE")
        assert display.window_property(_NO_SUCH_WINDOW, state, XA_ATOM) is None
        assert display.connected
        assert display.window_property(display.root, state, XA_ATOM) == ()
    finally:
        display.close()


def test_a_compositing_manager_is_told_by_the_selection_it_owns(desk: VirtualDesktop) -> None:
    """The dim break display asks this: openbox does not blend windows; a
    compositing manager announces itself by owning _NET_WM_CM_S0, and gives it
    up when it exits."""
    from psoas_desk.adapters.x11_compositing import compositing_active

    assert compositing_active(desk.display) is False
    manager = XDisplay(desk.display)  # a stand-in compositing manager
    lib = manager.lib
    vp, ul, uint = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_uint
    lib.XCreateSimpleWindow.argtypes = (vp, ul, ctypes.c_int, ctypes.c_int, uint, uint, uint,
                                        ul, ul)
    lib.XCreateSimpleWindow.restype = ul
    lib.XSetSelectionOwner.argtypes = (vp, ul, ul, ul)
    lib.XSync.argtypes = (vp, ctypes.c_int)
    window = manager.call(lambda dpy: lib.XCreateSimpleWindow(dpy, manager.root, 0, 0, 1, 1,
                                                              0, 0, 0))
    atom = manager.intern_atom("_NET_WM_CM_S0")
    manager.call(lambda dpy: (lib.XSetSelectionOwner(dpy, atom, window, 0), lib.XSync(dpy, 0)))
    try:
        assert compositing_active(desk.display) is True
    finally:
        manager.close()
    wait_until(lambda: compositing_active(desk.display) is False, timeout=5,
               what="the selection to be free once its owner is gone")


def test_an_x_server_that_cannot_be_asked_is_not_taken_for_one_without_blending() -> None:
    from psoas_desk.adapters.x11_compositing import compositing_active

    assert compositing_active(":4097") is None
