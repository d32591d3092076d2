"""Lock and sleep events from systemd-logind (or elogind) on the system bus.

- ``PrepareForSleep(true)`` on the manager is sent just before a suspend or
  hibernate, ``PrepareForSleep(false)`` after waking up. Without more, logind
  suspends at once and the signal may only be handled after waking; so this
  source holds a "delay" sleep inhibitor (``Inhibit("sleep", ..., "delay")``):
  logind then waits until it is released (at most ``InhibitDelayMaxSec``, 5 s
  by default). It is released right after the sleep is reported, and taken
  again on waking. Where policy refuses it, the signal still works, only
  without that guarantee.
- The session's ``LockedHint`` property is the lock state that screen lockers
  (GNOME Shell, KDE, light-locker...) keep up to date; a change arrives with
  its value in ``PropertiesChanged`` (read with ``qtdbus_shim``, in order, so a
  quick lock and unlock are both seen), or, where that reader is missing or
  the property was only invalidated, is read again asynchronously.
- The session's ``Lock``/``Unlock`` signals are *requests* (``loginctl
  lock-session``, logind's idle action) to the screen locker. ``Lock`` counts
  as locked at once, for promptness, but a screen locker that never sets
  ``LockedHint`` (i3lock or swaylock started by xss-lock, for example) would
  then leave us locked for ever after the user unlocks with a password, since
  no ``Unlock`` follows. So a ``Lock`` must be confirmed by ``LockedHint``
  within ``LOCK_CONFIRM_MS``; if it is not, the lock is dropped, and later
  ``Lock`` signals only make us read the hint again. Idle time still notices
  the absence then (the engine dates it back to the last input).

Which session: see ``logind_lookup``.

There may be no system bus and no logind at all: the constructor then raises
and the app goes on without this source.

Cost: three to five blocking calls at start, each bounded by
``START_TIMEOUT_MS``; afterwards nothing but the signals, one asynchronous
``Inhibit`` per wake-up, and an asynchronous property read when a lock
change arrives without its value. One file descriptor is held (the inhibitor).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from PySide6.QtCore import QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusUnixFileDescriptor

from psoas_desk import APP_NAME
from psoas_desk.adapters.dbus_call import (
    PROPERTIES_INTERFACE,
    AsyncCalls,
    DBusCallFailed,
    DBusTarget,
    SignalHub,
    get_property,
    unwrap_variant,
)
from psoas_desk.adapters.qtdbus_shim import DBusReadUnavailable, StructReader
from psoas_desk.adapters.session.logind_lookup import (
    LOGIND,
    MANAGER,
    SESSION_INTERFACE,
    START_TIMEOUT_MS,
    USER_SELF,
    find_session_path,
)
from psoas_desk.adapters.session.model import ChangeHandler, SessionChange

__all__ = [
    "LOCK_CONFIRM_MS",
    "LOGIND",
    "MANAGER",
    "SESSION_INTERFACE",
    "START_TIMEOUT_MS",
    "USER_SELF",
    "LogindSession",
    "find_session_path",
]

log = logging.getLogger(__name__)

LOCK_CONFIRM_MS = 10_000
"""How long a ``Lock`` request waits for the screen locker to set ``LockedHint``."""


class LogindSession:
    """``SessionSource`` listening to logind on the system bus.

    Args:
        bus: the system bus (a private bus in tests).
        on_change: where to report changes.
        env: the environment (for ``XDG_SESSION_ID``).
        pid: this process's id (for ``GetSessionByPID``).
        timeout_ms: limit of each start-up call.
        lock_confirm_ms: how long a ``Lock`` request waits for ``LockedHint``.

    Raises:
        DBusCallFailed: the bus is not connected or logind does not answer.
        LookupError: logind answers but knows no session for this process.
    """

    name = "logind"

    def __init__(self, bus: QDBusConnection, on_change: ChangeHandler, *,
                 env: Mapping[str, str], pid: int | None = None,
                 timeout_ms: int = START_TIMEOUT_MS,
                 lock_confirm_ms: int = LOCK_CONFIRM_MS) -> None:
        if not bus.isConnected():
            raise DBusCallFailed("connecting to the system bus", "Disconnected",
                                 bus.lastError().message())
        self.session_path = find_session_path(bus, env, os.getpid() if pid is None else pid,
                                              timeout_ms=timeout_ms)
        self._session = DBusTarget(LOGIND, self.session_path, SESSION_INTERFACE)
        self._bus = bus
        self._on_change = on_change
        self._closed = False
        self._pending = False
        """A Lock request not yet confirmed by LockedHint."""
        self._hint_unmaintained = False
        try:
            self._hint = bool(get_property(bus, self._session, "LockedHint",
                                           timeout_ms=timeout_ms))
        except DBusCallFailed as exc:
            # logind older than v230 has no LockedHint: Lock requests cannot be confirmed.
            log.info("logind session has no LockedHint (%s); lock state comes from "
                      "other sources", exc)
            self._hint = False
            self._hint_unmaintained = True
        self._reported = self._hint
        try:
            self._reader: StructReader | None = StructReader()
        except DBusReadUnavailable as exc:
            log.info("LockedHint changes will be read again, not taken from the signal: %s",
                      exc)
            self._reader = None
        self._calls = AsyncCalls(bus)
        self._confirm = QTimer()
        self._confirm.setObjectName("logind-lock-confirm")
        self._confirm.setSingleShot(True)
        self._confirm.setInterval(lock_confirm_ms)
        self._confirm.timeout.connect(self._read_hint_then_confirm)
        self._hub = SignalHub(bus)
        path = self.session_path
        self._hub.subscribe(LOGIND, MANAGER.path, MANAGER.interface, "PrepareForSleep",
                            self._on_prepare_for_sleep)
        self._hub.subscribe(LOGIND, path, SESSION_INTERFACE, "Lock", self._on_lock)
        self._hub.subscribe(LOGIND, path, SESSION_INTERFACE, "Unlock", self._on_unlock)
        self._hub.subscribe(LOGIND, path, PROPERTIES_INTERFACE, "PropertiesChanged",
                            self._on_properties_changed)
        self._sleep_lock: int | None = None
        self._take_sleep_lock()
        log.info("logind session %s (locked: %s)", path, self._hint)

    # -- SessionSource -----------------------------------------------------------
    def locked(self) -> bool | None:
        """Locked when the screen locker says so, or a Lock request is being confirmed."""
        return self._pending or self._hint

    def refresh(self) -> None:
        """Nothing to do: logind tells."""

    @property
    def holds_sleep_delay(self) -> bool:
        """Whether logind waits for us before the machine sleeps (a delay inhibitor is held)."""
        return self._sleep_lock is not None

    @property
    def awaiting_confirmation(self) -> bool:
        """Whether a Lock request is counted as a lock until LockedHint confirms it."""
        return self._pending

    def close(self) -> None:
        """Stop listening; safe to call twice."""
        self._closed = True
        self._hub.close()
        self._calls.cancel()
        self._confirm.stop()
        self._release_sleep_lock()

    # -- signals -----------------------------------------------------------------
    def _on_prepare_for_sleep(self, message: QDBusMessage) -> None:
        args = message.arguments()
        if len(args) != 1 or not isinstance(args[0], bool) or self._closed:
            return
        if args[0]:
            try:
                self._on_change(SessionChange.SLEEPING)
            finally:
                self._release_sleep_lock()  # handled: logind may go ahead
        else:
            self._take_sleep_lock()
            self._on_change(SessionChange.RESUMED)

    # -- the sleep delay -------------------------------------------------------------
    def _take_sleep_lock(self) -> None:
        if self._sleep_lock is not None:
            return
        message = MANAGER.method("Inhibit", ["sleep", APP_NAME,
                                             "Notes the moment the computer goes to sleep",
                                             "delay"])

        def got(answer: list[object] | None) -> None:
            descriptor = answer[0] if answer and len(answer) == 1 else None
            if not isinstance(descriptor, QDBusUnixFileDescriptor) or not descriptor.isValid():
                log.info("logind gave no sleep delay; a suspend may be noticed only after "
                          "waking")
                return
            # Take the descriptor out of every shared copy, so closing it is ours alone.
            fd = descriptor.takeFileDescriptor()
            if self._closed or self._sleep_lock is not None:
                os.close(fd)
            else:
                self._sleep_lock = fd

        self._calls.start(message, got, timeout_ms=START_TIMEOUT_MS)

    def _release_sleep_lock(self) -> None:
        fd, self._sleep_lock = self._sleep_lock, None
        if fd is not None:
            os.close(fd)

    def _on_lock(self, _message: QDBusMessage) -> None:
        if self._hint_unmaintained:
            self._read_hint()  # perhaps a locker that keeps it has started since
            return
        self._pending = True
        self._confirm.start()
        self._report()

    def _on_unlock(self, _message: QDBusMessage) -> None:
        self._pending = False
        self._confirm.stop()
        self._report()
        self._read_hint()

    def _on_properties_changed(self, message: QDBusMessage) -> None:
        args = message.arguments()
        if len(args) != 3 or args[0] != SESSION_INTERFACE:
            return
        if self._reader is None:
            self._read_hint()
            return
        try:
            changed = self._reader.string_map(args[1])
        except ValueError as exc:
            log.debug("unreadable PropertiesChanged from logind: %s", exc)
            self._read_hint()
            return
        hint = changed.get("LockedHint")
        if isinstance(hint, bool):
            self._set_hint(hint)
        elif isinstance(args[2], list) and "LockedHint" in args[2]:
            self._read_hint()  # invalidated without a value: ask for it

    # -- LockedHint ------------------------------------------------------------------
    def _read_hint(self, then_confirm: bool = False) -> None:
        properties = DBusTarget(LOGIND, self.session_path, PROPERTIES_INTERFACE)

        def got(answer: list[object] | None) -> None:
            if answer is not None and len(answer) == 1:
                value = unwrap_variant(answer[0])
                if isinstance(value, bool):
                    self._set_hint(value)
            if then_confirm:
                self._conclude_lock()

        self._calls.start(properties.method("Get", [SESSION_INTERFACE, "LockedHint"]), got,
                          timeout_ms=START_TIMEOUT_MS)

    def _set_hint(self, value: bool) -> None:
        self._hint = value
        if value:
            self._pending = False
            self._confirm.stop()
            self._hint_unmaintained = False
        self._report()

    def _read_hint_then_confirm(self) -> None:
        self._read_hint(then_confirm=True)

    def _conclude_lock(self) -> None:
        if not self._pending:
            return  # confirmed (or unlocked) meanwhile
        self._pending = False
        if not self._hint_unmaintained:
            log.info("the screen locker did not confirm logind's Lock request with "
                      "LockedHint within %d ms; later Lock requests are not taken as "
                      "locks", self._confirm.interval())
        self._hint_unmaintained = True
        self._report()

    def _report(self) -> None:
        state = self._pending or self._hint
        if state == self._reported or self._closed:
            return
        self._reported = state
        self._on_change(SessionChange.LOCKED if state else SessionChange.UNLOCKED)
