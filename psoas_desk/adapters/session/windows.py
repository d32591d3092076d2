"""Lock and sleep events on Windows, from window messages Qt passes through.

- Lock and unlock: after ``WTSRegisterSessionNotification`` (wtsapi32) for one
  of our windows, Windows sends it ``WM_WTSSESSION_CHANGE`` with
  ``WTS_SESSION_LOCK`` or ``WTS_SESSION_UNLOCK``.
- Sleep: every top-level window gets ``WM_POWERBROADCAST`` with
  ``PBT_APMSUSPEND`` before a suspend, and ``PBT_APMRESUMEAUTOMATIC`` (always)
  and ``PBT_APMRESUMESUSPEND`` (when a user woke it) afterwards; the pair is
  reported as one resume.

Qt shows us these messages through a native event filter installed on the
application (``QAbstractNativeEventFilter``, event type
``windows_generic_MSG``); the filter only looks and never consumes a message.
The window is a hidden ``QWindow`` made for the purpose.

The lock state at start is unknown (Windows offers no cheap question for it);
the app starts at login, unlocked, in practice.

Tested only against a fake wtsapi32 and hand-made ``MSG`` structures; the
constants are those of winuser.h and wtsapi32.h.

Cost: nothing while idle; a few attribute reads per window message Qt
dispatches (the filter sees every message of our windows).
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication
from PySide6.QtGui import QWindow

from psoas_desk.adapters.session.model import ChangeHandler, SessionChange

__all__ = [
    "MSG",
    "PBT_APMRESUMEAUTOMATIC",
    "PBT_APMRESUMESUSPEND",
    "PBT_APMSUSPEND",
    "WM_POWERBROADCAST",
    "WM_WTSSESSION_CHANGE",
    "WTS_SESSION_LOCK",
    "WTS_SESSION_UNLOCK",
    "WindowsSession",
]

log = logging.getLogger(__name__)

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WTS_SESSION_UNLOCK = 0x8
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
PBT_APMRESUMESUSPEND = 0x7
PBT_APMRESUMEAUTOMATIC = 0x12
NOTIFY_FOR_THIS_SESSION = 0
_MSG_EVENT_TYPES = (b"windows_generic_MSG", b"windows_dispatcher_MSG")


class POINT(ctypes.Structure):
    _fields_ = (("x", ctypes.c_long), ("y", ctypes.c_long))


class MSG(ctypes.Structure):
    """A window message as winuser.h lays it out (what Qt hands the filter a pointer to)."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),  # WPARAM = UINT_PTR
        ("lParam", ctypes.c_ssize_t),  # LPARAM = LONG_PTR
        ("time", ctypes.c_uint32),
        ("pt", POINT),
        ("lPrivate", ctypes.c_uint32),
    )


class MessageFilter(QAbstractNativeEventFilter):
    """Looks at the window messages Qt dispatches and reports the ones of interest."""

    def __init__(self, on_message: Callable[[int, int], None]) -> None:
        super().__init__()
        self._on_message = on_message

    def nativeEventFilter(self, eventType: QByteArray | bytes | bytearray | memoryview,
                          message: int) -> object:
        """Report lock and power messages; never consume anything."""
        kind = eventType.data() if isinstance(eventType, QByteArray) else bytes(eventType)
        if kind in _MSG_EVENT_TYPES and message:
            msg = MSG.from_address(int(message))
            if msg.message in (WM_WTSSESSION_CHANGE, WM_POWERBROADCAST):
                self._on_message(int(msg.message), int(msg.wParam))
        return False, 0


def _wtsapi32() -> Any:
    loader = getattr(ctypes, "WinDLL", None)
    if loader is None:
        raise OSError("wtsapi32.dll exists only on Windows")
    return loader("wtsapi32")


class WindowsSession:
    """``SessionSource`` for Windows.

    Args:
        on_change: where to report changes.
        app: the application to install the message filter on.
        wtsapi32: the wtsapi32 library (a fake in tests); loaded when None.
        window: the handle of a window to register; None makes a hidden one.

    Raises:
        OSError: not on Windows, or the registration was refused.
    """

    name = "windows-wts"

    def __init__(self, on_change: ChangeHandler, *, app: QCoreApplication,
                 wtsapi32: Any | None = None, window: int | None = None) -> None:
        self._wts = wtsapi32 if wtsapi32 is not None else _wtsapi32()
        self._wts.WTSRegisterSessionNotification.argtypes = (ctypes.c_void_p, ctypes.c_uint32)
        self._wts.WTSRegisterSessionNotification.restype = ctypes.c_int
        self._wts.WTSUnRegisterSessionNotification.argtypes = (ctypes.c_void_p,)
        self._wts.WTSUnRegisterSessionNotification.restype = ctypes.c_int
        self._window: QWindow | None = None
        if window is None:
            self._window = QWindow()
            self._window.setObjectName("psoas-desk-session-messages")
            window = int(self._window.winId())  # creates the native window, hidden
        self._hwnd = window
        if not self._wts.WTSRegisterSessionNotification(window, NOTIFY_FOR_THIS_SESSION):
            raise OSError(f"WTSRegisterSessionNotification refused window {window:#x}")
        self._on_change = on_change
        self._app = app
        self._locked = False
        self._resume_reported = False
        self._closed = False
        self.event_filter = MessageFilter(self._on_message)
        app.installNativeEventFilter(self.event_filter)

    def locked(self) -> bool | None:
        """The state the last lock message gave; unlocked at start."""
        return self._locked

    def refresh(self) -> None:
        """Nothing to do: Windows tells."""

    def close(self) -> None:
        """Stop listening and unregister; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._app.removeNativeEventFilter(self.event_filter)
        self._wts.WTSUnRegisterSessionNotification(self._hwnd)
        if self._window is not None:
            self._window.destroy()

    def _on_message(self, message: int, wparam: int) -> None:
        if self._closed:
            return
        if message == WM_WTSSESSION_CHANGE and wparam in (WTS_SESSION_LOCK, WTS_SESSION_UNLOCK):
            locked = wparam == WTS_SESSION_LOCK
            if locked != self._locked:
                self._locked = locked
                self._on_change(SessionChange.LOCKED if locked else SessionChange.UNLOCKED)
        elif message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
            self._resume_reported = False
            self._on_change(SessionChange.SLEEPING)
        elif (message == WM_POWERBROADCAST
              and wparam in (PBT_APMRESUMEAUTOMATIC, PBT_APMRESUMESUSPEND)
              and not self._resume_reported):  # the second of the pair says nothing new
            self._resume_reported = True
            self._on_change(SessionChange.RESUMED)
