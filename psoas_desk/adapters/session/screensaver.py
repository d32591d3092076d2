"""Lock events from the desktop's screensaver service on the session bus.

``ActiveChanged(bool)`` is sent by GNOME Shell as ``org.gnome.ScreenSaver``
(when the lock screen or the blanking shield goes up and down) and by KDE's
screen locker as ``org.freedesktop.ScreenSaver`` (when the screen locks and
unlocks; KDE serves the object at two paths, so the signal is heard from any
path of that service). Either way the screen cannot be used while it is
active, so "active" counts as locked. The state at start comes from
``GetActive``; GNOME's freedesktop proxy (gsd-screensaver-proxy) answers it
with ``NotSupported`` and never sends the signal, which is harmless.

Only signals from the program that owns the service name are heard.
A screensaver service that starts after us is heard too (QtDBus follows the
name), but one must own a name when this source is built, or there is
nothing to listen to and the constructor refuses.

Cost: one ``NameHasOwner`` and one ``GetActive`` per service at start, each
bounded by ``START_TIMEOUT_MS``; afterwards only the signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtDBus import QDBusConnection, QDBusMessage

from psoas_desk.adapters.dbus_call import DBusCallFailed, DBusTarget, SignalHub, call, has_owner
from psoas_desk.adapters.session.model import ChangeHandler, SessionChange

__all__ = ["FREEDESKTOP_SCREENSAVER", "GNOME_SCREENSAVER", "START_TIMEOUT_MS",
           "ScreenSaverSession"]

log = logging.getLogger(__name__)

GNOME_SCREENSAVER = DBusTarget("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver",
                               "org.gnome.ScreenSaver")
FREEDESKTOP_SCREENSAVER = DBusTarget("org.freedesktop.ScreenSaver",
                                     "/org/freedesktop/ScreenSaver",
                                     "org.freedesktop.ScreenSaver")
START_TIMEOUT_MS = 500


class ScreenSaverSession:
    """``SessionSource`` listening to the GNOME and freedesktop screensaver services.

    Args:
        bus: the session bus (a private bus in tests).
        on_change: where to report changes.
        timeout_ms: limit of each start-up call.

    Raises:
        LookupError: neither service has an owner on ``bus``.
    """

    name = "screensaver"

    def __init__(self, bus: QDBusConnection, on_change: ChangeHandler, *,
                 timeout_ms: int = START_TIMEOUT_MS) -> None:
        targets = (GNOME_SCREENSAVER, FREEDESKTOP_SCREENSAVER)
        present = [t for t in targets if has_owner(bus, t.service, timeout_ms=timeout_ms)]
        if not present:
            raise LookupError("no screensaver service on the session bus ("
                              + ", ".join(t.service for t in targets) + ")")
        self._on_change = on_change
        self._active = {t.service: False for t in targets}
        for target in present:
            try:
                answer = call(bus, target, "GetActive", timeout_ms=timeout_ms)
            except DBusCallFailed as exc:
                log.info("%s cannot tell its state: %s", target.service, exc)
                continue
            self._active[target.service] = answer == [True]
        self._reported = self._any_active()
        self._closed = False
        self._hub = SignalHub(bus)
        for target in targets:
            # GNOME's object has one path; KDE's is served at two.
            path = target.path if target is GNOME_SCREENSAVER else ""
            self._hub.subscribe(target.service, path, target.interface, "ActiveChanged",
                                self._receiver(target.service))
        log.info("screensaver services: %s (active: %s)",
                  ", ".join(t.service for t in present), self._reported)

    def locked(self) -> bool | None:
        """Whether a screensaver service said it is active."""
        return self._any_active()

    def refresh(self) -> None:
        """Nothing to do: the services tell."""

    def close(self) -> None:
        """Stop listening; safe to call twice."""
        self._closed = True
        self._hub.close()

    def _receiver(self, service: str) -> Callable[[QDBusMessage], None]:
        return lambda message: self._on_active_changed(service, message)

    def _any_active(self) -> bool:
        return any(self._active.values())

    def _on_active_changed(self, service: str, message: QDBusMessage) -> None:
        args = message.arguments()
        if len(args) != 1 or not isinstance(args[0], bool) or self._closed:
            return
        self._active[service] = args[0]
        state = self._any_active()
        if state != self._reported:
            self._reported = state
            self._on_change(SessionChange.LOCKED if state else SessionChange.UNLOCKED)
