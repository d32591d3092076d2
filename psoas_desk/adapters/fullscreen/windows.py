"""Full-screen detection on Windows through ``SHQueryUserNotificationState``.

The shell function (shell32, Windows Vista and later) sums up whether now is
a good moment to notify the user, as one ``QUERY_USER_NOTIFICATION_STATE``.
How its answers are used:

- ``QUNS_BUSY`` (a full-screen window, e.g. a browser video or a slide show,
  or presentation settings) and ``QUNS_RUNNING_D3D_FULL_SCREEN`` (a game in
  exclusive full-screen mode): full screen, here;
- ``QUNS_PRESENTATION_MODE`` (the user switched on presentation settings): the
  desktop's own do-not-disturb, in ``psoas_desk.adapters.dnd.windows``;
- ``QUNS_APP`` is not taken as full screen: despite its description (a
  Windows Store app), Windows 10 and 11 report it while the Start menu is open;
- ``QUNS_NOT_PRESENT`` (locked, screen saver) belongs to the lock adapter,
  and ``QUNS_QUIET_TIME`` (the first hour after a new account's first logon
  or an upgrade) is not the user's choice, so neither holds a break.

``NotificationStateReader`` is the ctypes binding, shared with the dnd
backend. The library is loaded lazily, by a loader passed in (tests give a
fake shell32 whose function is a real C callback). Cost per reading: one
in-process call, a few microseconds.
"""

from __future__ import annotations

import ctypes
import enum
import logging
from collections.abc import Callable
from typing import Any

__all__ = [
    "NotificationState",
    "NotificationStateReader",
    "Shell32Loader",
    "WindowsFullscreenMonitor",
    "load_shell32",
]

log = logging.getLogger(__name__)


class NotificationState(enum.IntEnum):
    """``QUERY_USER_NOTIFICATION_STATE`` (shellapi.h)."""

    NOT_PRESENT = 1
    BUSY = 2
    RUNNING_D3D_FULL_SCREEN = 3
    PRESENTATION_MODE = 4
    ACCEPTS_NOTIFICATIONS = 5
    QUIET_TIME = 6
    APP = 7


Shell32Loader = Callable[[], Any]
"""Returns shell32 (an object with ``SHQueryUserNotificationState``); raises OSError if none."""

_FULL_SCREEN = frozenset({NotificationState.BUSY, NotificationState.RUNNING_D3D_FULL_SCREEN})


def load_shell32() -> Any:
    """Load shell32 with the stdcall convention.

    Raises:
        OSError: not on Windows.
    """
    windll = getattr(ctypes, "WinDLL", None)  # only defined on Windows
    if windll is None:
        raise OSError("shell32 exists only on Windows")
    return windll("shell32")


class NotificationStateReader:
    """Calls ``SHQueryUserNotificationState``.

    Args:
        loader: returns shell32 (``load_shell32`` by default).

    Raises:
        OSError: the library or the function is missing (Windows XP and older).
    """

    def __init__(self, loader: Shell32Loader = load_shell32) -> None:
        library = loader()
        try:
            function = library.SHQueryUserNotificationState
        except AttributeError as exc:
            raise OSError("SHQueryUserNotificationState is missing (Windows too old)") from exc
        # HRESULT SHQueryUserNotificationState(QUERY_USER_NOTIFICATION_STATE *pquns)
        function.argtypes = (ctypes.POINTER(ctypes.c_int),)
        function.restype = ctypes.c_long
        self._function = function

    def state(self) -> NotificationState | None:
        """The current state; None when the call fails or answers an unknown value."""
        answer = ctypes.c_int(0)
        result = self._function(ctypes.byref(answer))
        if result < 0:  # a failed HRESULT has its top bit set
            log.debug("SHQueryUserNotificationState failed: HRESULT 0x%08x", result & 0xFFFFFFFF)
            return None
        try:
            return NotificationState(answer.value)
        except ValueError:
            log.debug("SHQueryUserNotificationState: unknown state %d", answer.value)
            return None


class WindowsFullscreenMonitor:
    """``FullscreenMonitor`` for Windows (see the module docstring for what counts).

    Args:
        loader: returns shell32; injectable for tests.

    Raises:
        OSError: shell32 or the function is missing.
    """

    name = "windows-quns"

    def __init__(self, loader: Shell32Loader = load_shell32) -> None:
        self._reader: NotificationStateReader | None = NotificationStateReader(loader)

    def fullscreen_active(self) -> bool:
        """True while a full-screen window or exclusive-mode game is in front."""
        if self._reader is None:
            return False
        return self._reader.state() in _FULL_SCREEN

    def close(self) -> None:
        """Forget the library; later readings return False. Safe to call twice."""
        self._reader = None
