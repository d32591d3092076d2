"""The real app under Xvfb when the desktop around it changes or misbehaves.

Monitors come and go (RandR 1.5 monitors on one Xvfb screen, set through
libXrandr the way ``xrandr --setmonitor`` does), a monitor's size changes,
there are no screens at all, the tray host quits and comes back, the session
bus goes away, and clients abuse the control socket. After each, the app
must still be running and answering, and what the person sees must make sense.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.app_process import AppProcess
from tests.helpers.desktop import VirtualDesktop, openbox_with_tray, stop_process_group, wait_until

QUIET = """
[stretch]
enabled = false
[sounds]
enabled = false
[popups]
key_guard = 0
"""

# Adds, replaces and deletes RandR 1.5 monitors (what `xrandr --setmonitor`
# and `--delmonitor` do); run in a subprocess so a libX11 problem cannot take
# the test process down. Usage: set|del NAME [X Y W H] [primary] [output].
RANDR = r"""
import ctypes, sys
x11 = ctypes.CDLL("libX11.so.6")
xrr = ctypes.CDLL("libXrandr.so.2")
P, UL, I = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int

class Monitor(ctypes.Structure):
    _fields_ = [("name", UL), ("primary", I), ("automatic", I), ("noutput", I), ("x", I),
                ("y", I), ("width", I), ("height", I), ("mwidth", I), ("mheight", I),
                ("outputs", ctypes.POINTER(UL))]

class Resources(ctypes.Structure):
    _fields_ = [("timestamp", UL), ("config_timestamp", UL), ("ncrtc", I),
                ("crtcs", ctypes.POINTER(UL)), ("noutput", I), ("outputs", ctypes.POINTER(UL))]

for fn, res, args in [
        (x11.XOpenDisplay, P, [ctypes.c_char_p]), (x11.XDefaultRootWindow, UL, [P]),
        (x11.XInternAtom, UL, [P, ctypes.c_char_p, I]), (x11.XSync, I, [P, I]),
        (x11.XCloseDisplay, I, [P]), (x11.XGetAtomName, ctypes.c_char_p, [P, UL]),
        (xrr.XRRAllocateMonitor, ctypes.POINTER(Monitor), [P, I]),
        (xrr.XRRSetMonitor, None, [P, UL, ctypes.POINTER(Monitor)]),
        (xrr.XRRDeleteMonitor, None, [P, UL, UL]),
        (xrr.XRRGetMonitors, ctypes.POINTER(Monitor), [P, UL, I, ctypes.POINTER(I)]),
        (xrr.XRRGetScreenResources, ctypes.POINTER(Resources), [P, UL])]:
    fn.restype, fn.argtypes = res, args

display = x11.XOpenDisplay(None)
root = x11.XDefaultRootWindow(display)
command, name = sys.argv[1], sys.argv[2]
atom = x11.XInternAtom(display, name.encode(), 0)
if command == "del":
    xrr.XRRDeleteMonitor(display, root, atom)
else:
    x, y, w, h = map(int, sys.argv[3:7])
    # This Xvfb refuses to replace a monitor in place: delete it first. (Qt
    # then sometimes keeps the old geometry for the same name, so resolution
    # changes are tested with MODE below, which Qt always follows.)
    count = I()
    monitors = xrr.XRRGetMonitors(display, root, 0, ctypes.byref(count))
    if any(monitors[i].name == atom for i in range(count.value)):
        xrr.XRRDeleteMonitor(display, root, atom)
    output = "output" in sys.argv
    mon = xrr.XRRAllocateMonitor(display, 1 if output else 0)
    mon.contents.name = atom
    mon.contents.x, mon.contents.y, mon.contents.width, mon.contents.height = x, y, w, h
    mon.contents.mwidth, mon.contents.mheight = w // 4, h // 4
    mon.contents.primary = 1 if "primary" in sys.argv else 0
    if output:
        mon.contents.outputs[0] = xrr.XRRGetScreenResources(display, root).contents.outputs[0]
    xrr.XRRSetMonitor(display, root, mon)
x11.XSync(display, 0)
count = I()
monitors = xrr.XRRGetMonitors(display, root, 0, ctypes.byref(count))
for i in range(count.value):
    m = monitors[i]
    print(x11.XGetAtomName(display, m.name).decode(), m.x, m.y, m.width, m.height)
x11.XCloseDisplay(display)
"""

# Gives the (only) output a new mode, as a resolution change in the display
# settings would; Qt then reports a new geometry for the same QScreen.
# Usage: W H.
MODE = r"""
import ctypes, sys
x11 = ctypes.CDLL("libX11.so.6")
xrr = ctypes.CDLL("libXrandr.so.2")
P, UL, I, UI = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_uint

class ModeInfo(ctypes.Structure):
    _fields_ = [("id", UL), ("width", UI), ("height", UI), ("dot_clock", UL),
                ("h_sync_start", UI), ("h_sync_end", UI), ("h_total", UI), ("h_skew", UI),
                ("v_sync_start", UI), ("v_sync_end", UI), ("v_total", UI),
                ("name", ctypes.c_char_p), ("name_length", UI), ("flags", UL)]

class Resources(ctypes.Structure):
    _fields_ = [("timestamp", UL), ("config_timestamp", UL), ("ncrtc", I),
                ("crtcs", ctypes.POINTER(UL)), ("noutput", I), ("outputs", ctypes.POINTER(UL)),
                ("nmode", I), ("modes", ctypes.POINTER(ModeInfo))]

for fn, res, args in [
        (x11.XOpenDisplay, P, [ctypes.c_char_p]), (x11.XDefaultRootWindow, UL, [P]),
        (x11.XSync, I, [P, I]), (x11.XCloseDisplay, I, [P]),
        (xrr.XRRGetScreenResources, ctypes.POINTER(Resources), [P, UL]),
        (xrr.XRRCreateMode, UL, [P, UL, ctypes.POINTER(ModeInfo)]),
        (xrr.XRRAddOutputMode, None, [P, UL, UL]),
        (xrr.XRRSetCrtcConfig, I, [P, P, UL, UL, I, I, UL, ctypes.c_ushort,
                                   ctypes.POINTER(UL), I]),
        (xrr.XRRSetScreenSize, None, [P, UL, I, I, I, I])]:
    fn.restype, fn.argtypes = res, args

display = x11.XOpenDisplay(None)
root = x11.XDefaultRootWindow(display)
w, h = int(sys.argv[1]), int(sys.argv[2])
res = xrr.XRRGetScreenResources(display, root).contents
name = f"{w}x{h}".encode()
info = ModeInfo(0, w, h, 60 * w * h, w, w, w, 0, h, h, h, name, len(name), 0)
mode = xrr.XRRCreateMode(display, root, ctypes.byref(info))
xrr.XRRAddOutputMode(display, res.outputs[0], mode)
outputs = (UL * 1)(res.outputs[0])
status = xrr.XRRSetCrtcConfig(display, ctypes.c_void_p(ctypes.addressof(res)), res.crtcs[0],
                              0, 0, 0, mode, 1, outputs, 1)
xrr.XRRSetScreenSize(display, root, w, h, w // 4, h // 4)
x11.XSync(display, 0)
x11.XCloseDisplay(display)
sys.exit(status)
"""

Rect = tuple[int, int, int, int]


def randr(desk: VirtualDesktop, *args: str) -> dict[str, Rect]:
    """Change the monitors; returns them as the X server now lists them."""
    out = desk.run([sys.executable, "-c", RANDR, *args]).stdout
    monitors = {}
    for line in out.splitlines():
        name, *numbers = line.split()
        x, y, w, h = map(int, numbers)
        monitors[name] = (x, y, w, h)
    return monitors


def two_monitors(desk: VirtualDesktop) -> None:
    """Split the 1600x900 screen into a left and a right monitor of 800x900."""
    randr(desk, "set", "left", "0", "0", "800", "900", "primary", "output")
    assert randr(desk, "set", "right", "800", "0", "800", "900") == {
        "left": (0, 0, 800, 900), "right": (800, 0, 800, 900)}


def returning_user(base: Path) -> Path:
    """Not the first run: no welcome checklist window in the way."""
    state = base / "state"
    state.mkdir(parents=True, exist_ok=True)
    (state / "state.json").write_text(json.dumps({"first_run_done": True}))
    return base


def geometry(desk: VirtualDesktop, window: str) -> Rect:
    out = desk.run(["xdotool", "getwindowgeometry", "--shell", window], check=False).stdout
    values = dict(line.split("=", 1) for line in out.split())
    return (int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"]))


def inside(rect: Rect, area: Rect) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


def popups(desk: VirtualDesktop) -> list[str]:
    return desk.find_windows("--name", "^Micro-break$")


def popup_geometries(desk: VirtualDesktop) -> list[Rect]:
    return [geometry(desk, w) for w in popups(desk)]


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[VirtualDesktop]:
    with openbox_with_tray(tmp_path / "desk") as d:
        yield d


def start(desk: VirtualDesktop, tmp_path: Path, settings: str = QUIET) -> AppProcess:
    return AppProcess(desk, returning_user(tmp_path / "base"), settings=settings).start()


def helper_process(desk: VirtualDesktop, name: str) -> subprocess.Popen[bytes]:
    """A helper the desktop started (tray host, bus), to stop it on purpose."""
    procs = [proc for label, proc in desk._procs if label == name]
    assert procs, name
    return procs[-1]


# -- screens ------------------------------------------------------------------

def test_the_monitor_showing_the_popup_goes_away_and_the_popup_moves_to_the_other(
        desk: VirtualDesktop, tmp_path: Path) -> None:
    two_monitors(desk)
    app = start(desk, tmp_path)
    try:
        desk.run(["xdotool", "mousemove", "1200", "450"])  # on the right monitor
        assert app.cli("break", "micro").returncode == 0
        app.wait_for("popup_shown", screens=1)
        wait_until(lambda: popups(desk), timeout=10, what="the popup")
        wait_until(lambda: all(inside(g, (800, 0, 800, 900)) for g in popup_geometries(desk)),
                   timeout=10, what="the popup on the right monitor")

        assert randr(desk, "del", "right") == {"left": (0, 0, 800, 900)}

        wait_until(lambda: [inside(g, (0, 0, 800, 900)) for g in popup_geometries(desk)]
                   == [True], timeout=10, what="the one popup to move to the left monitor")
        status = app.status()
        assert status["state"] == "in_break" and status["in_break"]["kind"] == "micro"
    finally:
        assert app.stop() == 0


def test_with_a_popup_on_every_monitor_one_monitor_going_away_leaves_one_popup(
        desk: VirtualDesktop, tmp_path: Path) -> None:
    two_monitors(desk)
    app = start(desk, tmp_path, QUIET + "all_screens = true\n")
    try:
        assert app.cli("break", "micro").returncode == 0
        app.wait_for("popup_shown", screens=2)
        wait_until(lambda: sorted(g[0] >= 800 for g in popup_geometries(desk)) == [False, True],
                   timeout=10, what="one popup on each monitor")

        randr(desk, "del", "left")  # the primary: its output falls back to the whole screen

        wait_until(lambda: len(popups(desk)) == 1, timeout=10, what="one popup left")
        assert app.status()["state"] == "in_break"
        # A new monitor during the break gets nothing new, and nothing breaks.
        randr(desk, "set", "left", "0", "0", "800", "900", "output")
        assert app.status()["state"] == "in_break"
        assert len(popups(desk)) == 1
    finally:
        assert app.stop() == 0


# -- tray host and session bus --------------------------------------------------

def docked(desk: VirtualDesktop, app: AppProcess) -> bool:
    """Whether one of the app's windows sits inside trayer's panel."""
    assert app.proc is not None
    mine = desk.find_windows("--pid", str(app.proc.pid), visible_only=False)
    for tray in desk.find_windows("--class", "trayer", visible_only=False):
        tree = desk.run(["xwininfo", "-tree", "-id", tray], check=False).stdout
        if any(f"{int(w):#x} " in tree for w in mine):
            return True
    return False


def test_the_tray_host_quits_and_comes_back_and_so_does_the_icon(
        desk: VirtualDesktop, tmp_path: Path) -> None:
    app = start(desk, tmp_path)
    try:
        wait_until(lambda: docked(desk, app), timeout=15, what="the icon to dock")
        stop_process_group(helper_process(desk, "trayer"))
        wait_until(lambda: not desk.find_windows("--class", "trayer", visible_only=False),
                   timeout=10, what="trayer to be gone")
        # The app sees the host go (its selection window destroyed) at once,
        # not at its 30 s poll; each `status` starts an interpreter, which on a
        # busy machine takes seconds, so the wait is 10 s.
        wait_until(lambda: app.status()["tray_available"] is False, timeout=10,
                   what="tray_available to follow the host going away")
        assert app.status()["state"] == "sitting"

        desk.start_tray("xembed")

        # Again from the X event (the new host's MANAGER message), long before
        # the poll started when the host went would fire.
        wait_until(lambda: app.status()["tray_available"] is True, timeout=10,
                   what="tray_available to follow the host coming back")
        wait_until(lambda: docked(desk, app), timeout=40, what="the icon to dock again")
        assert app.cli("break", "micro").returncode == 0
        app.wait_for("popup_shown")
    finally:
        assert app.stop() == 0


def test_the_session_bus_goes_away_and_the_app_carries_on(tmp_path: Path) -> None:
    with VirtualDesktop(tmp_path / "desk") as bus_desk:
        bus_desk.start_window_manager()
        bus_desk.start_tray("sni")
        bus_desk.start_notification_server()
        app = start(bus_desk, tmp_path, QUIET + "[breaks]\nwarning = 10\n")
        try:
            assert app.status()["tray_available"] is True
            stop_process_group(helper_process(bus_desk, "dbus"))

            # Without the bus the SNI icon is gone: the status panel takes over,
            # and notifications leave the freedesktop service for the fallback.
            wait_until(lambda: bus_desk.find_windows("--name", "^psoas-desk status$"),
                       timeout=20, what="the status panel")
            wait_until(lambda: any("notification service went away" in r["message"]
                                   for r in app.records()), what="notifications to fall back")
            assert app.cli("break", "micro").returncode == 0
            app.wait_for("popup_shown")
            assert app.cli("pause", "30m").returncode == 0
            assert app.status()["state"] == "paused"
        finally:
            assert app.stop() == 0


def test_with_no_screen_at_all_the_app_runs_and_breaks_show_no_window(tmp_path: Path) -> None:
    # Qt aborts the process ("Cannot create window: no screens available") if
    # a window is shown while there is no screen; X servers always have one,
    # but a Wayland compositor can have none (all monitors off or unplugged).
    # The offscreen platform can be configured with no screens.
    config = tmp_path / "no-screens.json"
    config.write_text('{"screens": []}')
    with VirtualDesktop(tmp_path / "desk") as bare:
        bare.env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        base = tmp_path / "base"
        app = AppProcess(bare, base, settings=QUIET).start()  # first run: the checklist too
        try:
            assert app.status()["tray_available"] is False
            assert app.cli("checklist").returncode == 0
            assert app.cli("settings").returncode == 0
            assert app.cli().returncode == 0  # a second launch asks for the status panel
            assert app.cli("break", "micro").returncode == 0
            app.wait_for("popup_shown", screens=0)
            assert app.status()["state"] == "in_break"
            assert app.events("no_screen")
        finally:
            assert app.stop() == 0


def test_with_every_idle_source_failing_the_app_counts_wall_clock_time_and_says_so(
        tmp_path: Path) -> None:
    # No X server (so no XScreenSaver), no session bus (so no Mutter or
    # freedesktop idle monitor, no logind): only the null idle backend is left.
    with VirtualDesktop(tmp_path / "desk") as bare:
        bare.env["QT_QPA_PLATFORM"] = "offscreen"
        for name in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
            bare.env.pop(name, None)
        app = AppProcess(bare, tmp_path / "base", settings=QUIET).start()
        try:
            status = app.status()
            assert status["idle_backend"] == "none"
            assert status["backends"]["idle"] == "none", status
            assert any("No idle-time source" in str(n) for n in status["notices"]), status
            human = app.cli("status")
            assert human.returncode == 0 and "Idle detection: none" in human.stdout
            # It still works: a break can be taken and the bout is counted.
            assert status["state"] == "sitting"
            assert app.cli("break", "micro").returncode == 0
            app.wait_for("popup_shown")
        finally:
            assert app.stop() == 0


def test_the_resolution_drops_during_a_break_and_the_popup_is_fitted_to_it(
        desk: VirtualDesktop, tmp_path: Path) -> None:
    app = start(desk, tmp_path)
    try:
        assert app.cli("break", "micro").returncode == 0
        wait_until(lambda: popups(desk), timeout=10, what="the popup")
        (before,) = popup_geometries(desk)
        assert before[0] + before[2] > 800, "centred on 1600x900, it would stick out of 800x600"

        desk.run([sys.executable, "-c", MODE, "800", "600"])

        wait_until(lambda: [inside(g, (0, 0, 800, 600)) for g in popup_geometries(desk)]
                   == [True], timeout=10, what="the popup to fit the 800x600 screen")
        assert app.status()["state"] == "in_break"
    finally:
        assert app.stop() == 0


# -- the control socket ----------------------------------------------------------

STATUS_LINE = b'{"v": 1, "cmd": "status"}\n'


def exchange(path: Path, data: bytes, *, shut_write: bool = False,
             timeout: float = 15.0) -> bytes:
    """Send ``data`` on a fresh connection and read until the app closes it."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        sock.connect(os.fspath(path))
        try:
            sock.sendall(data)
            if shut_write:
                sock.shutdown(socket.SHUT_WR)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the app stopped reading an oversized message: its reply is still there
        reply = b""
        try:
            while chunk := sock.recv(65536):
                reply += chunk
        except ConnectionResetError:
            pass
        return reply


def reply_of(raw: bytes) -> dict[str, object]:
    assert raw.endswith(b"\n") and raw.count(b"\n") == 1, raw[:200]
    reply = json.loads(raw)
    assert isinstance(reply, dict) and isinstance(reply.get("ok"), bool), reply
    return reply


def fuzz_lines(seed: int, count: int) -> list[bytes]:
    """Garbage, truncated and mutated requests, and a few far too long."""
    import random

    rng = random.Random(seed)
    lines = [b"\n", b"\x00\xff\xfe garbage\n", b"{" * 5000 + b"\n", b"[" * 60000 + b"\n",
             b'{"v": 1, "cmd": "status", "args": {"x": ' + b"9" * 6000 + b"}}\n",
             b'{"v": 1, "cmd": "quit", "extra": true}\n',  # a command with junk: refused
             b'{"v": 1, "cmd": "pause", "args": {"until": "duration", "duration_s": -5}}\n',
             b"x" * (2 * 1024 * 1024),  # 2 MiB without a newline
             b'{"v": 1, "cmd": "status"}' + b" " * (64 * 1024) + b"\n"]
    valid = STATUS_LINE[:-1]
    while len(lines) < count:
        data = bytearray(valid)
        for _ in range(rng.randint(1, 6)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.3:
            data = data[:rng.randrange(len(data))]
        if rng.random() < 0.2:
            data = bytearray(rng.randbytes(rng.randint(1, 3000)))
        lines.append(bytes(data).replace(b"\n", b" ") + b"\n")
    return lines


def test_the_control_socket_survives_abuse_and_keeps_answering(
        desk: VirtualDesktop, tmp_path: Path) -> None:
    app = start(desk, tmp_path)
    path = tmp_path / "base" / "runtime" / "control.sock"
    try:
        # Connections that say half a request and then nothing (held open).
        silent = []
        for _ in range(20):
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.connect(os.fspath(path))
            sock.sendall(b'{"v": 1, "cmd": "sta')
            silent.append(sock)
        # A request whose sender shuts its side at once is still answered.
        assert reply_of(exchange(path, STATUS_LINE, shut_write=True))["ok"] is True

        errors: list[BaseException] = []
        answers: list[dict[str, object]] = []

        def fuzz(seed: int) -> None:
            try:
                for line in fuzz_lines(seed, 40):
                    raw = exchange(path, line)
                    if raw:  # an oversized stream may be cut before the reply is read
                        reply = reply_of(raw)
                        assert reply["ok"] is False or line == STATUS_LINE, (line[:80], reply)
            except BaseException as exc:
                errors.append(exc)

        def valid() -> None:
            try:
                answers.append(reply_of(exchange(path, STATUS_LINE)))
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=fuzz, args=(seed,)) for seed in range(3)]
        threads += [threading.Thread(target=valid) for _ in range(60)]  # many at once
        for thread in threads:
            thread.start()
        # Meanwhile the real command line gets its answers.
        for _ in range(3):
            assert app.cli("status").returncode == 0
        for thread in threads:
            thread.join(timeout=60)
        assert not errors, errors[:3]
        assert len(answers) == 60 and all(a["ok"] is True for a in answers)

        # The held connections are dropped after the client timeout, with a reason.
        for sock in silent:
            sock.settimeout(15)
            reply = reply_of(sock.recv(65536))
            assert reply["ok"] is False and "no complete request" in str(reply["error"])
            sock.close()
        assert app.status()["state"] == "sitting"
        assert app.cli("break", "micro").returncode == 0
        app.wait_for("popup_shown")
        assert not [r for r in app.records() if r.get("level") in ("ERROR", "CRITICAL")]
    finally:
        assert app.stop() == 0
