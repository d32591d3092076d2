"""The X server says when input comes back: an alarm on the SYNC extension's IDLETIME counter.

MIT-SCREEN-SAVER (``x11.py``) answers "how long idle?" when asked, but has no
event for "input is back" (its own events follow the screen saver's timeout,
which belongs to the person's settings). The SYNC extension's system counter
``IDLETIME`` (milliseconds since the last input) can carry an *alarm*: with
the test "negative transition" past a small value, the server sends one
``XSyncAlarmNotify`` event when the counter falls back to zero, that is at the
first input after an idle period. GNOME's X11 idle monitor works the same way.

The alarm is created once, with its events off; :meth:`IdleAlarm.arm` turns
them on (one request, no reply), and once it has fired :meth:`IdleAlarm.disarm`
turns them off again, so an armed alarm costs one event per return, and a
disarmed one nothing. Events arrive on the monitor's own X connection; the
caller watches its file descriptor and calls :meth:`IdleAlarm.take_events`.

libXext is loaded with the rest of Xlib, over ctypes; nothing at import time.
"""

from __future__ import annotations

import ctypes

from psoas_desk.adapters.xlib import XDisplay, XlibError

__all__ = ["IdleAlarm"]

# X11/extensions/sync.h
_ABSOLUTE = 0
_NEGATIVE_TRANSITION = 1
_CA_COUNTER, _CA_VALUE_TYPE, _CA_VALUE, _CA_TEST_TYPE, _CA_DELTA, _CA_EVENTS = (
    1 << 0, 1 << 1, 1 << 2, 1 << 3, 1 << 4, 1 << 5)
_ALARM_NOTIFY = 1
"""``XSyncAlarmNotify``, counted from the extension's event base."""
_EVENT_SIZE = 256
"""Room for one ``XEvent`` (a union of 24 longs: 192 bytes on 64-bit systems)."""
RESET_BELOW_MS = 1000
"""The alarm fires when the idle counter drops below this (any input resets it to 0)."""


class _Value(ctypes.Structure):
    _fields_ = (("hi", ctypes.c_int), ("lo", ctypes.c_uint))


class _Trigger(ctypes.Structure):
    _fields_ = (("counter", ctypes.c_ulong), ("value_type", ctypes.c_int),
                ("wait_value", _Value), ("test_type", ctypes.c_int))


class _AlarmAttributes(ctypes.Structure):
    _fields_ = (("trigger", _Trigger), ("delta", _Value), ("events", ctypes.c_int),
                ("state", ctypes.c_int))


class _SystemCounter(ctypes.Structure):
    _fields_ = (("name", ctypes.c_char_p), ("counter", ctypes.c_ulong),
                ("resolution", _Value))


def _declare(ext: ctypes.CDLL) -> None:
    vp, int_p = ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)
    ext.XSyncQueryExtension.argtypes = (vp, int_p, int_p)
    ext.XSyncInitialize.argtypes = (vp, int_p, int_p)
    ext.XSyncListSystemCounters.argtypes = (vp, int_p)
    ext.XSyncListSystemCounters.restype = ctypes.POINTER(_SystemCounter)
    ext.XSyncFreeSystemCounterList.argtypes = (ctypes.POINTER(_SystemCounter),)
    ext.XSyncCreateAlarm.argtypes = (vp, ctypes.c_ulong, ctypes.POINTER(_AlarmAttributes))
    ext.XSyncCreateAlarm.restype = ctypes.c_ulong
    ext.XSyncChangeAlarm.argtypes = (vp, ctypes.c_ulong, ctypes.c_ulong,
                                     ctypes.POINTER(_AlarmAttributes))


class IdleAlarm:
    """An IDLETIME alarm on ``display`` that fires at the first input once armed.

    Args:
        display: the monitor's own X connection (its events are ours alone).
        ext: libXext, loaded.

    Raises:
        XlibError: the server has no SYNC extension or no IDLETIME counter.
    """

    def __init__(self, display: XDisplay, ext: ctypes.CDLL) -> None:
        try:
            _declare(ext)
        except AttributeError as exc:
            raise XlibError(f"libXext has no SYNC functions: {exc}") from exc
        self._display = display
        self._ext = ext
        self._attrs = _AlarmAttributes()
        self.armed = False
        event_base = self._initialize()
        self._notify_type = event_base + _ALARM_NOTIFY
        counter = self._idletime_counter()
        a = self._attrs
        a.trigger.counter = counter
        a.trigger.value_type = _ABSOLUTE
        a.trigger.wait_value = _Value(0, RESET_BELOW_MS)
        a.trigger.test_type = _NEGATIVE_TRANSITION
        a.delta = _Value(0, 0)
        a.events = 0
        alarm = display.call(lambda dpy: int(ext.XSyncCreateAlarm(dpy, self._mask, a)))
        if not alarm:
            raise XlibError("the X server refused an IDLETIME alarm")
        self._alarm = alarm
        display.call(display.lib.XFlush)

    _mask = _CA_COUNTER | _CA_VALUE_TYPE | _CA_VALUE | _CA_TEST_TYPE | _CA_DELTA | _CA_EVENTS

    def _initialize(self) -> int:
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        major, minor = ctypes.c_int(), ctypes.c_int()

        def query(dpy: int) -> bool:
            return bool(self._ext.XSyncQueryExtension(dpy, ctypes.byref(event_base),
                                                      ctypes.byref(error_base))
                        and self._ext.XSyncInitialize(dpy, ctypes.byref(major),
                                                      ctypes.byref(minor)))

        if not self._display.call(query):
            raise XlibError(f"the X server {self._display.name!r} has no SYNC extension")
        return event_base.value

    def _idletime_counter(self) -> int:
        def find(dpy: int) -> int:
            count = ctypes.c_int()
            counters = self._ext.XSyncListSystemCounters(dpy, ctypes.byref(count))
            if not counters:
                return 0
            try:
                return next((int(counters[i].counter) for i in range(count.value)
                             if counters[i].name == b"IDLETIME"), 0)
            finally:
                self._ext.XSyncFreeSystemCounterList(counters)

        counter = self._display.call(find)
        if not counter:
            raise XlibError(f"the X server {self._display.name!r} has no IDLETIME counter")
        return counter

    def arm(self) -> None:
        """Send one event at the next input (one request, no round trip)."""
        if not self.armed:
            self.armed = self._events(True)

    def disarm(self) -> None:
        """No more events (after one fired, or when no longer wanted)."""
        if self.armed:
            self._events(False)
            self.armed = False

    def _events(self, on: bool) -> bool:
        self._attrs.events = int(on)
        lib, ext, alarm, attrs = self._display.lib, self._ext, self._alarm, self._attrs

        def change(dpy: int) -> bool:
            ext.XSyncChangeAlarm(dpy, alarm, _CA_EVENTS, attrs)
            lib.XFlush(dpy)
            return True

        return bool(self._display.call(change))

    def take_events(self) -> bool:
        """Read what the server sent; True if the alarm fired (input came back).

        Also reads events Xlib queued while it waited for another reply, which
        a watch on the socket would never see.
        """
        lib, notify = self._display.lib, self._notify_type

        def drain(dpy: int) -> bool:
            fired = False
            event = ctypes.create_string_buffer(_EVENT_SIZE)
            while lib.XPending(dpy):
                lib.XNextEvent(dpy, event)
                fired = fired or ctypes.c_int.from_buffer(event).value == notify
            return fired

        return bool(self._display.call(drain))
