"""Noticing at once when an XEmbed tray host goes away or comes (X11 only).

On X11 a tray host owns the ``_NET_SYSTEM_TRAY_S<n>`` selection with a
window of its own. Qt follows that window: it watches it for a
``DestroyNotify`` (the host quit or crashed) and the root window for the
``MANAGER`` client message a new host sends, and then answers
``QSystemTrayIcon.isSystemTrayAvailable()`` differently; but it tells the
application nothing (its own signal, ``systemTrayWindowChanged``, is on the
platform's native interface, which PySide6 does not expose).

:class:`TrayHostEvents` sees the same X events, before Qt handles them, and
asks the tray controller to look again shortly after: within a fraction of
a second instead of at the next poll. Nothing polls while the icon is up;
the filter runs only for X events the app receives anyway (a few per
second at most while windows are open, none while it waits), and does one
byte comparison for each. StatusNotifierItem hosts are followed on D-Bus
instead (see ``ui/tray.py``).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray

XCB_EVENT = b"xcb_generic_event_t"
DESTROY_NOTIFY = 17
"""The tray host's selection window was destroyed (the host quit)."""
CLIENT_MESSAGE = 33
"""A new tray host announces itself (MANAGER), among other client messages."""


class TrayHostEvents(QAbstractNativeEventFilter):
    """Calls ``changed`` when an X event may mean a tray host came or went.

    Install with ``QCoreApplication.installNativeEventFilter`` on the xcb
    platform; ``changed`` should only schedule a look (Qt has not handled
    the event yet when the filter sees it).
    """

    def __init__(self, changed: Callable[[], None]) -> None:
        super().__init__()
        self._changed = changed

    def nativeEventFilter(self, event_type: QByteArray | bytes | bytearray | memoryview,
                          message: int) -> object:
        name = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        # A shiboken VoidPtr of unknown size, which is falsy: compare its address.
        address = int(message)
        if name != XCB_EVENT or address == 0:
            return False
        kind = ctypes.c_uint8.from_address(address).value & 0x7F
        if kind in (DESTROY_NOTIFY, CLIENT_MESSAGE):
            self._changed()
        return False
