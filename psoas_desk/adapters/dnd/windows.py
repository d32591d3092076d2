"""Windows' own do-not-disturb as far as a documented call tells it: presentation settings.

``SHQueryUserNotificationState`` answers ``QUNS_PRESENTATION_MODE`` while the
user has switched on presentation settings (Windows Mobility Center,
``presentationsettings.exe``). Full-screen states from the same call are the
fullscreen adapter's (see ``psoas_desk.adapters.fullscreen.windows``, which
also holds the binding).

Not readable: Focus assist (Windows 10) and Do not disturb (Windows 11) have
no documented API; their state lives in undocumented notification-facility
data. Some reports say the call above reflects them on recent builds; that
is not relied on here.

Cost per reading: one in-process call, a few microseconds.
"""

from __future__ import annotations

from collections.abc import Callable

from psoas_desk.adapters.fullscreen.windows import (
    NotificationState,
    NotificationStateReader,
    Shell32Loader,
    load_shell32,
)

__all__ = ["WindowsPresentationMode"]


class WindowsPresentationMode:
    """A ``DesktopDnd`` that is on while Windows presentation settings are on.

    Args:
        loader: returns shell32; injectable for tests.

    Raises:
        OSError: shell32 or the function is missing.
    """

    name = "windows-presentation-settings"

    def __init__(self, loader: Shell32Loader = load_shell32) -> None:
        self._reader: NotificationStateReader | None = NotificationStateReader(loader)

    def active(self) -> bool:
        """True while presentation settings hold notifications back."""
        if self._reader is None:
            return False
        return self._reader.state() is NotificationState.PRESENTATION_MODE

    def set_change_handler(self, handler: Callable[[], None] | None) -> None:
        """Nothing to listen to: Windows announces no change; readings poll."""

    def close(self) -> None:
        """Forget the library; later readings return False."""
        self._reader = None
