"""The X event filter asks the tray to look again on exactly the events that may mean a new host."""

from __future__ import annotations

import ctypes

import pytest
from PySide6.QtCore import QByteArray

from psoas_desk.ui.tray_host_events import CLIENT_MESSAGE, DESTROY_NOTIFY, TrayHostEvents


@pytest.mark.parametrize(("event_type", "kind", "looks"), [
    (b"xcb_generic_event_t", DESTROY_NOTIFY, True),
    (b"xcb_generic_event_t", CLIENT_MESSAGE, True),
    (b"xcb_generic_event_t", CLIENT_MESSAGE | 0x80, True),  # sent by another client
    (b"xcb_generic_event_t", 6, False),  # MotionNotify
    (b"xcb_generic_event_t", 28, False),  # PropertyNotify
    (b"windows_generic_MSG", DESTROY_NOTIFY, False),
])
def test_which_events_make_the_tray_look_again(event_type: bytes, kind: int,
                                               looks: bool) -> None:
    calls: list[None] = []
    events = TrayHostEvents(lambda: calls.append(None))
    event = (ctypes.c_uint8 * 32)(kind)
    handled = events.nativeEventFilter(QByteArray(event_type), ctypes.addressof(event))
    assert handled is False, "the event always goes on to Qt"
    assert calls == ([None] if looks else [])
