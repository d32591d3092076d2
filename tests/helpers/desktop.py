"""A throw-away virtual desktop for end-to-end and adapter tests.

Starts, on demand and each in its own process group: an Xvfb display (number
chosen by Xvfb itself through ``-displayfd``, so parallel runs never collide), a
private D-Bus session bus, and optionally a window manager (openbox), a tray host
(trayer for XEmbed, or gtk-sni-tray-standalone for StatusNotifierItem) and a
notification server (dunst). Every process is stopped by PID when the desktop
closes. Nothing here touches the real home directory or session bus: ``env``
holds a private HOME, XDG dirs and a 0700 runtime dir.

Usage::

    with VirtualDesktop(tmp_path) as desk:
        desk.start_window_manager()
        desk.start_tray("xembed")
        subprocess.run([...], env=desk.env)
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import select
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

START_TIMEOUT_S = 15.0


def wait_until(predicate: Callable[[], object], timeout: float = START_TIMEOUT_S,
               interval: float = 0.05, what: str = "condition") -> object:
    """Poll ``predicate`` until it returns a truthy value; raise on timeout.

    Used for waiting on *other processes* (a window to map, a bus name to
    appear). Tests of our own logic use fake clocks, never this.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


class VirtualDesktop:
    """Xvfb + private session bus (+ optional WM, tray host, notification server)."""

    def __init__(self, base: Path, *, screens: tuple[str, ...] = ("1600x900x24",)) -> None:
        self.base = base
        self.screens = screens
        self.env: dict[str, str] = {}
        self._procs: list[tuple[str, subprocess.Popen[bytes]]] = []
        self.display = ""
        self.bus_address = ""
        self.tray_window = ""
        """The XEmbed tray's panel window (trayer's), once :meth:`start_tray` made one."""

    # -- lifecycle ---------------------------------------------------------
    def __enter__(self) -> VirtualDesktop:
        try:
            self._make_env()
            self._start_xvfb()
            self._start_bus()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Stop every process this desktop started, newest first."""
        for _name, proc in reversed(self._procs):
            stop_process_group(proc)
        self._procs.clear()

    # -- pieces ------------------------------------------------------------
    def _make_env(self) -> None:
        home = self.base / "home"
        runtime = self.base / "runtime"
        for d in (home, runtime, self.base / "logs"):
            d.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)
        keep = ("PATH", "PYTHONPATH", "VIRTUAL_ENV")
        self.env = {k: os.environ[k] for k in keep if k in os.environ}
        self.env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_STATE_HOME=str(home / ".local" / "state"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_RUNTIME_DIR=str(runtime),
            QT_QPA_PLATFORM="xcb",
            NO_AT_BRIDGE="1",
            # The app follows the system language; tests read English titles.
            LANG="C.UTF-8",
            LANGUAGE="en",
        )

    def log_path(self, name: str) -> Path:
        return self.base / "logs" / f"{name}.log"

    def spawn(self, name: str, argv: list[str], *, env: dict[str, str] | None = None,
              stdout: int | None = None) -> subprocess.Popen[bytes]:
        """Start a helper process in its own process group, logging to logs/NAME.log."""
        if shutil.which(argv[0]) is None and not Path(argv[0]).exists():
            raise FileNotFoundError(f"{argv[0]} is not installed (see scripts/_common.sh)")
        log = self.log_path(name).open("ab")
        proc = subprocess.Popen(
            argv, env=env or self.env, stdin=subprocess.DEVNULL,
            stdout=stdout if stdout is not None else log, stderr=log,
            start_new_session=True,
        )
        log.close()
        self._procs.append((name, proc))
        return proc

    def _start_xvfb(self) -> None:
        read_fd, write_fd = os.pipe()
        argv = ["Xvfb", "-displayfd", str(write_fd), "-nolisten", "tcp", "-noreset"]
        for i, geometry in enumerate(self.screens):
            argv += ["-screen", str(i), geometry]
        log = self.log_path("xvfb").open("ab")
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                pass_fds=(write_fd,), start_new_session=True)
        log.close()
        os.close(write_fd)
        self._procs.append(("xvfb", proc))
        # Xvfb writes the number and the newline separately: read up to the
        # newline, or Xvfb's second write fails and it exits.
        data = b""
        deadline = time.monotonic() + START_TIMEOUT_S
        while not data.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_fd], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(read_fd, 32) if ready else b""
            if not chunk:
                break
            data += chunk
        os.close(read_fd)
        number = data.decode().strip()
        if not number:
            raise RuntimeError(f"Xvfb did not start: {self.log_path('xvfb').read_text()}")
        self.display = f":{number}"
        self.env["DISPLAY"] = self.display

    def _start_bus(self) -> None:
        proc = self.spawn("dbus", ["dbus-daemon", "--session", "--nofork", "--nopidfile",
                                   "--print-address=1"], stdout=subprocess.PIPE)
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], START_TIMEOUT_S)
        address = proc.stdout.readline().decode().strip() if ready else ""
        if not address:
            raise RuntimeError("dbus-daemon did not print its address")
        proc.stdout.close()
        self.bus_address = address
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address

    def start_window_manager(self) -> None:
        """Start openbox and wait until it handles the X events it is sent.

        openbox announces itself (``_NET_SUPPORTING_WM_CHECK``) before it
        listens to X events, and events that arrive in between stay unread
        until another one comes: a tray host started then never got its panel
        mapped (seen in about one start in 50 on a busy machine). So openbox
        is asked to switch to the second desktop and back, asking again until
        it does: each request is a new event that wakes it.
        """
        self.spawn("openbox", ["openbox", "--sm-disable"])
        wait_until(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in self.xprop_root(
            "_NET_SUPPORTING_WM_CHECK"), what="openbox to start")
        self._wake_window_manager("openbox")

    def start_xfwm4(self, *, compositor: bool) -> None:
        """Start Xfce's window manager, with or without its compositing manager."""
        self._start_window_manager("xfwm4", [
            "xfwm4", "--sm-client-disable", f"--compositor={'on' if compositor else 'off'}"],
            compositor=compositor)

    def start_marco(self, *, compositor: bool) -> None:
        """Start MATE's window manager (a Metacity descendant, like Mutter), with
        or without its compositing manager."""
        self._start_window_manager("marco", [
            "marco", "--replace", "--sm-disable",
            "--composite" if compositor else "--no-composite"], compositor=compositor)

    def start_muffin(self) -> None:
        """Start Cinnamon's window manager (a Mutter descendant that always composites)."""
        self._start_window_manager("muffin", ["muffin", "--replace", "--sm-disable"],
                                   compositor=True)

    def _start_window_manager(self, name: str, argv: list[str], *, compositor: bool) -> None:
        """Start a window manager other than openbox; ready like openbox (it switches
        desktops when asked) and, with a compositor, once it owns the
        ``_NET_WM_CM_S0`` selection, which is what the app asks to know whether
        windows are blended."""
        from psoas_desk.adapters.x11_compositing import compositing_active

        self.spawn(name, argv)
        wait_until(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in self.xprop_root(
            "_NET_SUPPORTING_WM_CHECK"), what=f"{name} to start")
        self._wake_window_manager(name)
        if compositor:
            wait_until(lambda: compositing_active(self.display), what=f"{name}'s compositor")

    def _wake_window_manager(self, name: str) -> None:
        for desktop in ("1", "0"):
            def switched(number: str = desktop) -> bool:
                self.run(["xdotool", "set_desktop", number])
                return self.xprop_root("_NET_CURRENT_DESKTOP").strip().endswith(f"= {number}")
            wait_until(switched, what=f"{name} to switch to desktop {desktop}")

    def start_tray(self, kind: str = "xembed") -> None:
        """Start a system tray host and wait until it is ready for icons.

        ``xembed``: trayer, ready once it owns the ``_NET_SYSTEM_TRAY_S0``
        selection (what Qt looks for) and its panel window is mapped; trayer
        maps an unmapped leader window first, so a window of its class alone
        proves nothing. ``sni``: gtk-sni-tray with its own watcher, ready once
        the watcher answers at its object path (it takes its bus name before
        it exports the object) and its host has registered with it.
        """
        if kind == "xembed":
            self.spawn("trayer", ["trayer", "--edge", "top", "--align", "right",
                                  "--widthtype", "request", "--height", "32",
                                  "--SetDockType", "true", "--transparent", "false"])

            def panel() -> list[str]:
                found = self.find_windows("--class", "trayer")
                return found if len(found) == 1 and self.selection_owner(
                    "_NET_SYSTEM_TRAY_S0") else []
            found = wait_until(panel, what="trayer's panel and its tray selection")
            assert isinstance(found, list)
            self.tray_window = found[0]
        elif kind == "sni":
            self.spawn("sni-tray", ["gtk-sni-tray-standalone", "--watcher"])
            wait_until(self.sni_host_registered,
                       what="the StatusNotifierWatcher to answer with a host registered")
        else:
            raise ValueError(kind)

    def start_notification_server(self, config: Path | None = None) -> None:
        """Start dunst and wait until it owns org.freedesktop.Notifications."""
        argv = ["dunst"]
        if config is not None:
            argv += ["-config", str(config)]
        self.spawn("dunst", argv)
        wait_until(lambda: self.bus_has_name("org.freedesktop.Notifications"),
                   what="dunst to own org.freedesktop.Notifications")

    def kill_display(self) -> None:
        """Kill the X server at once (a monitor or session going away)."""
        for name, proc in self._procs:
            if name == "xvfb":
                stop_process_group(proc)

    # -- queries -----------------------------------------------------------
    def run(self, argv: list[str], *, check: bool = True,
            timeout: float = 20.0) -> subprocess.CompletedProcess[str]:
        """Run a short command inside the desktop and return its output."""
        return subprocess.run(argv, env=self.env, capture_output=True, text=True,
                              check=check, timeout=timeout)

    def xprop_root(self, prop: str) -> str:
        return self.run(["xprop", "-root", prop], check=False).stdout

    def find_windows(self, *criteria: str, visible_only: bool = True) -> list[str]:
        """Window ids matching ``xdotool search`` criteria (e.g. "--name", "Micro-break")."""
        flags = ["--onlyvisible"] if visible_only else []
        out = self.run(["xdotool", "search", *flags, *criteria], check=False).stdout
        return out.split()

    def bus_has_name(self, name: str) -> bool:
        out = self.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                        "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                        f"string:{name}"], check=False).stdout
        return "boolean true" in out

    def sni_host_registered(self) -> bool:
        """Whether a StatusNotifierWatcher answers on the bus and has a host."""
        out = self.run(["dbus-send", "--session", "--print-reply",
                        "--dest=org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
                        "org.freedesktop.DBus.Properties.Get",
                        "string:org.kde.StatusNotifierWatcher",
                        "string:IsStatusNotifierHostRegistered"], check=False).stdout
        return "boolean true" in out

    def selection_owner(self, selection: str) -> int:
        """The window owning an X selection (0 for none), asked over a connection of our own."""
        from psoas_desk.adapters.xlib import XDisplay

        display = XDisplay(self.display)
        try:
            lib = display.lib
            lib.XGetSelectionOwner.argtypes = (ctypes.c_void_p, ctypes.c_ulong)
            lib.XGetSelectionOwner.restype = ctypes.c_ulong
            atom = display.intern_atom(selection)
            owner = display.call(lambda dpy: int(lib.XGetSelectionOwner(dpy, atom)))
            return owner or 0
        finally:
            display.close()

    def screenshot(self, target: Path, window: str = "root") -> Path:
        """Save a PNG of the root window (or a window id) with ImageMagick."""
        self.run(["import", "-window", window, str(target)])
        return target


@contextlib.contextmanager
def openbox_with_tray(folder: Path, *, notifications: bool = False
                      ) -> Iterator[VirtualDesktop]:
    """The desktop most end-to-end tests want: openbox, an XEmbed tray (trayer)
    and, if asked, a notification server (dunst)."""
    with VirtualDesktop(folder) as desk:
        desk.start_window_manager()
        desk.start_tray("xembed")
        if notifications:
            desk.start_notification_server()
        yield desk


def stop_process_group(proc: subprocess.Popen[bytes], timeout: float = 5.0) -> None:
    """Terminate a process and its group; kill it if it does not exit in time."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=timeout)
