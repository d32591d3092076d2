"""Idle time from an X server's MIT-SCREEN-SAVER extension (libXss), over ctypes.

The server keeps the time of the last keyboard or pointer event; one
``XScreenSaverQueryInfo`` request reads it. Honest limits: it sees only input
that reaches this X server, so under Xwayland typing into Wayland windows does
not count (which is why the chooser does not offer it in Wayland sessions);
programs that fake input or reset the screensaver (XTEST tools, SDL games every
few seconds) make the user look active.

Cost per reading: one ``poll(2)`` and one synchronous round trip to the X server
on a private connection (see ``psoas_desk.adapters.xlib``), no allocation in C;
measured about 20 microseconds against a local Xvfb (2-core Xeon VM), of which
about 15 are the round trip itself.

A return from an absence is told at once where the server has the SYNC
extension (every X.Org server and Xvfb): :meth:`X11IdleMonitor.watch_for_return`
arms an IDLETIME alarm (``xsync.py``) whose one event, at the first input, is
read by a ``QSocketNotifier`` on the connection and passed to the resume
handler. Without SYNC (or libXext) the app looks for a return when it next
steps, as before.
"""

from __future__ import annotations

import ctypes
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSocketNotifier

from psoas_desk.adapters.idle.resume import ResumeHandler, tell_resume
from psoas_desk.adapters.idle.xsync import IdleAlarm
from psoas_desk.adapters.xlib import LibraryLoader, XDisplay, XlibError, load_library

log = logging.getLogger(__name__)


class XScreenSaverInfo(ctypes.Structure):
    """The reply of XScreenSaverQueryInfo (X11/extensions/scrnsaver.h)."""

    _fields_ = (
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last user input
        ("eventMask", ctypes.c_ulong),
    )


def latest_idle(raw_s: float, now: float, last_input: float | None) -> tuple[float, float]:
    """The idle time to report and the last input it puts at ``now - idle``.

    The last input never moves back: a reading that puts it before one an
    earlier reading saw is stale, and the idle time since that input is given
    instead. (Seen once in about fifty test runs: right after the IDLETIME
    alarm told of a return and a reading showed it, the next reading, a few
    milliseconds later, still gave the whole time away; the app took that for
    a new absence and withdrew its "I was at my desk" question.)
    """
    seen = now - raw_s
    if last_input is not None and seen < last_input:
        return max(0.0, now - last_input), last_input
    return raw_s, seen


def _declare(xss: ctypes.CDLL) -> None:
    vp, int_p = ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)
    xss.XScreenSaverQueryExtension.argtypes = (vp, int_p, int_p)
    xss.XScreenSaverAllocInfo.argtypes = ()
    xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(XScreenSaverInfo)
    xss.XScreenSaverQueryInfo.argtypes = (vp, ctypes.c_ulong, ctypes.POINTER(XScreenSaverInfo))


class X11IdleMonitor:
    """``IdleMonitor`` for X11 sessions, on its own connection to the X server.

    Args:
        display_name: an X display such as ":0"; None lets Xlib read ``$DISPLAY``.
        loader: loads "X11", "Xss" and "Xext" (injectable so tests can simulate
            a missing library).
        clock: monotonic seconds (injectable for tests).

    Raises:
        XlibError: libX11 or libXss is missing, the display cannot be opened, or
            the server lacks the MIT-SCREEN-SAVER extension.
    """

    name = "x11-screensaver"

    def __init__(self, display_name: str | None = None, *,
                 loader: LibraryLoader = load_library,
                 clock: Callable[[], float] = time.monotonic) -> None:
        # libXss first: a missing library is reported without touching any display.
        try:
            xss = loader("Xss")
            _declare(xss)
        except (OSError, AttributeError) as exc:
            raise XlibError(f"libXss cannot be used: {exc}") from exc
        self._xss = xss
        self._display = XDisplay(display_name, loader=loader)
        self._info: ctypes._Pointer[XScreenSaverInfo] | None = None
        try:
            self._info = self._query_extension()
        except BaseException:
            self._display.close()
            raise
        self._clock = clock
        self._on_resume: ResumeHandler | None = None
        self._last_input: float | None = None
        """When the last input was, as of the last reading (monotonic), for the handler."""
        self._alarm, self._watch = self._return_alarm(loader)

    def _return_alarm(self, loader: LibraryLoader
                      ) -> tuple[IdleAlarm | None, QSocketNotifier | None]:
        if QCoreApplication.instance() is None:
            return None, None  # no event loop to deliver the alarm (a script, a test)
        try:
            alarm = IdleAlarm(self._display, loader("Xext"))
        except (OSError, XlibError) as exc:
            log.info("returns are noticed when the app next steps: %s", exc)
            return None, None
        watch = QSocketNotifier(self._display.fd, QSocketNotifier.Type.Read)
        watch.setObjectName("x11-idle-return")
        watch.activated.connect(self._read)
        return alarm, watch

    def _query_extension(self) -> ctypes._Pointer[XScreenSaverInfo]:
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        present = self._display.call(lambda dpy: self._xss.XScreenSaverQueryExtension(
            dpy, ctypes.byref(event_base), ctypes.byref(error_base)))
        if not present:
            raise XlibError(f"the X server {self._display.name!r} has no MIT-SCREEN-SAVER "
                            "extension")
        info: ctypes._Pointer[XScreenSaverInfo] = self._xss.XScreenSaverAllocInfo()
        if not info:
            raise XlibError("XScreenSaverAllocInfo failed")
        return info

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or pointer input this X server saw.

        Returns None once the monitor is closed or the X server has gone away.
        Called on the GUI thread only.
        """
        info = self._info
        if info is None:
            return None
        root = self._display.root
        status = self._display.call(
            lambda dpy: self._xss.XScreenSaverQueryInfo(dpy, root, info))
        alarm = self._alarm
        if alarm is not None and alarm.armed and alarm.take_events():
            # Queued while Xlib waited for the reply: this reading shows the return.
            alarm.disarm()
        if not status:
            return None
        now = self._clock()
        idle, self._last_input = latest_idle(float(info.contents.idle) / 1000.0, now,
                                             self._last_input)
        return idle

    # -- ResumeNotifying ---------------------------------------------------------
    def set_resume_handler(self, handler: ResumeHandler | None) -> None:
        """Be told at the next input after :meth:`watch_for_return` (``idle_s`` as argument)."""
        self._on_resume = handler

    def watch_for_return(self) -> None:
        """Arm the one-shot IDLETIME alarm (one request, no round trip) after a reading."""
        alarm = self._alarm
        if alarm is not None and self._last_input is not None:
            alarm.arm()

    def _read(self) -> None:
        """The connection has data: the alarm fired, or the server went away."""
        alarm = self._alarm
        if alarm is None:
            return
        if not self._display.connected:
            self._stop_watching()
            return
        if not (alarm.take_events() and alarm.armed):
            return
        alarm.disarm()
        tell_resume(self._on_resume, self._last_input, self._clock())

    def _stop_watching(self) -> None:
        watch, self._watch = self._watch, None
        if watch is not None:
            watch.setEnabled(False)
            watch.deleteLater()
        self._alarm = None

    def close(self) -> None:
        """Free the reply buffer and close the connection; safe to call twice."""
        self._stop_watching()
        info, self._info = self._info, None
        if info is not None:
            # Allocated by Xlib's allocator, so it goes back through XFree.
            self._display.lib.XFree(info)
        self._display.close()
