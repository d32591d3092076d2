"""Idle time on Windows from ``GetLastInputInfo`` (user32), over ctypes.

``GetLastInputInfo`` fills a ``LASTINPUTINFO`` with the tick count (in
milliseconds, as ``GetTickCount`` counts) of the last keyboard or mouse input
in this session; the idle time is the difference to ``GetTickCount()``. Both
are 32-bit and wrap after 49.7 days of uptime, so the difference is taken
modulo 2**32, which stays right across a wrap.

Honest limits: input injected by software (``SendInput``: remote-control and
"mouse jiggler" tools, some games and media remotes) counts as input; the
counter is per session, so it sees nothing typed in another user's session.

Cost per reading: one GetLastInputInfo and one GetTickCount call, no
allocation; not measured here, where only fake libraries exercise this code.
The libraries are loaded when the monitor is built, never at import time.
"""

from __future__ import annotations

import ctypes
from typing import Any

__all__ = ["LASTINPUTINFO", "WindowsIdleMonitor"]

_TICK_WRAP = 2**32


class LASTINPUTINFO(ctypes.Structure):
    """The argument of GetLastInputInfo (winuser.h): its size, then the tick of the last input."""

    _fields_ = (("cbSize", ctypes.c_uint32), ("dwTime", ctypes.c_uint32))


def _windows_library(name: str) -> Any:
    loader = getattr(ctypes, "WinDLL", None)
    if loader is None:
        raise OSError(f"{name}.dll exists only on Windows")
    return loader(name)


class WindowsIdleMonitor:
    """``IdleMonitor`` for Windows sessions.

    Args:
        user32: the user32 library (a fake in tests); loaded when None.
        kernel32: the kernel32 library (a fake in tests); loaded when None.

    Raises:
        OSError: not on Windows, or the libraries lack the functions.
    """

    name = "windows-lastinput"

    def __init__(self, *, user32: Any | None = None, kernel32: Any | None = None) -> None:
        user32 = user32 if user32 is not None else _windows_library("user32")
        kernel32 = kernel32 if kernel32 is not None else _windows_library("kernel32")
        try:
            get_last_input = user32.GetLastInputInfo
            tick_count = kernel32.GetTickCount
        except AttributeError as exc:
            raise OSError(f"GetLastInputInfo or GetTickCount is missing: {exc}") from exc
        get_last_input.argtypes = (ctypes.POINTER(LASTINPUTINFO),)
        get_last_input.restype = ctypes.c_int  # BOOL
        tick_count.argtypes = ()
        tick_count.restype = ctypes.c_uint32  # DWORD
        self._get_last_input: Any = get_last_input
        self._tick_count: Any = tick_count
        self._info = LASTINPUTINFO(cbSize=ctypes.sizeof(LASTINPUTINFO))
        self._closed = False

    def idle_seconds(self) -> float | None:
        """Seconds since the last input in this session; None when Windows cannot tell."""
        if self._closed:
            return None
        # GetLastInputInfo fails unless cbSize is right; set it every time in
        # case a previous failure left the structure in any other state.
        self._info.cbSize = ctypes.sizeof(LASTINPUTINFO)
        if not self._get_last_input(ctypes.pointer(self._info)):
            return None
        now = int(self._tick_count())
        last = int(self._info.dwTime)
        return ((now - last) % _TICK_WRAP) / 1000.0

    def close(self) -> None:
        """Later readings return None; nothing else to release. Safe to call twice."""
        self._closed = True
