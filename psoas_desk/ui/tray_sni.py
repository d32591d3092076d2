"""Following StatusNotifierItem watchers and hosts on the session bus.

Qt chooses XEmbed or StatusNotifierItem once, when a ``QSystemTrayIcon`` is
created (DESKTOP-TESTING gotcha 4), so the tray controller creates its icon
afresh when an ``org.kde.StatusNotifierWatcher`` comes or goes. The watcher's
bus name appearing is not yet proof that it answers: gtk-sni-tray's watcher
(the status-notifier-item library), for one, takes the name first and
exports its object a moment later. An icon created in between has its
``RegisterStatusNotifierItem`` call refused with ``UnknownObject``, Qt
does not try again, and the icon never shows although the app believes it
does. Seen in the end-to-end tests whenever the machine was busy.

:class:`SniWatcherFollower` therefore asks a watcher that has just appeared
for one of its properties and reports it only once it answers at its object
path, asking again with a growing pause (50 ms up to 1 s) while it says the
object is not there. Nothing polls otherwise: the follower only reacts to
the bus daemon's owner-change signal and the watcher's
``StatusNotifierHostRegistered`` signal.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCallWatcher,
    QDBusServiceWatcher,
)

SNI_WATCHER = "org.kde.StatusNotifierWatcher"
SNI_WATCHER_PATH = "/StatusNotifierWatcher"
PROBE_TIMEOUT_MS = 1000
"""How long one question to a new watcher may take; a watcher that does not
answer in time is taken as it is (Qt's own call would wait for it anyway)."""
FIRST_RETRY_MS = 50
MAX_RETRY_MS = 1000
PROBE_BUDGET_MS = 15_000
"""After this much asking, a watcher that still says its object is missing
is reported anyway: the icon is then no worse off than without the wait."""
NOT_YET_THERE = frozenset({
    "org.freedesktop.DBus.Error.UnknownObject",
    "org.freedesktop.DBus.Error.UnknownMethod",
    "org.freedesktop.DBus.Error.UnknownInterface",
})
"""Errors a service gives for an object path it has not exported (yet)."""
NAME_GONE = frozenset({
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
})


class SniWatcherFollower(QObject):
    """Tells when a StatusNotifierWatcher is ready, went away, or got a host.

    ``watcher_changed`` fires when the watcher's name lost its owner (at
    once) and when a new owner answers at its object path; ``host_registered``
    when the watcher announces a StatusNotifierHost.
    """

    watcher_changed = Signal()
    host_registered = Signal()

    def __init__(self, bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._generation = 0
        self._waited_ms = 0
        self._retry_ms = FIRST_RETRY_MS
        self._pending: QDBusPendingCallWatcher | None = None
        self._retry = QTimer(self)
        self._retry.setObjectName("sni-watcher-retry")
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._probe)
        self._names = QDBusServiceWatcher(
            SNI_WATCHER, bus, QDBusServiceWatcher.WatchModeFlag.WatchForOwnerChange, self)
        self._names.serviceOwnerChanged.connect(self._on_owner_changed)
        # The stubs ask for bytes, but PySide6 6.12 only accepts SLOT()'s str.
        bus.connect("", SNI_WATCHER_PATH, SNI_WATCHER,  # type: ignore[call-overload]
                    "StatusNotifierHostRegistered", self, SLOT("_on_host_registered()"))

    @property
    def waiting(self) -> bool:
        """True while a new watcher has not answered yet."""
        return self._pending is not None or self._retry.isActive()

    def _on_owner_changed(self, _name: str, _old: str, new: str) -> None:
        self._generation += 1  # replies about an earlier owner no longer count
        self._retry.stop()
        self._pending = None
        if not new:
            self.watcher_changed.emit()
            return
        self._waited_ms = 0
        self._retry_ms = FIRST_RETRY_MS
        self._probe()

    def _probe(self) -> None:
        message = QDBusMessage.createMethodCall(
            SNI_WATCHER, SNI_WATCHER_PATH, "org.freedesktop.DBus.Properties", "Get")
        message.setArguments([SNI_WATCHER, "ProtocolVersion"])
        pending = QDBusPendingCallWatcher(self._bus.asyncCall(message, PROBE_TIMEOUT_MS), self)
        self._pending = pending
        generation = self._generation
        pending.finished.connect(lambda done: self._on_answer(done, generation))

    def _on_answer(self, done: QDBusPendingCallWatcher, generation: int) -> None:
        done.deleteLater()
        if generation != self._generation or done is not self._pending:
            return
        self._pending = None
        reply = done.reply()
        error = reply.errorName() if reply.type() == QDBusMessage.MessageType.ErrorMessage else ""
        if error in NAME_GONE:
            return  # the owner-change signal follows and says so
        if error in NOT_YET_THERE and self._waited_ms < PROBE_BUDGET_MS:
            self._retry.start(self._retry_ms)
            self._waited_ms += self._retry_ms
            self._retry_ms = min(2 * self._retry_ms, MAX_RETRY_MS)
            return
        self.watcher_changed.emit()

    @Slot()
    def _on_host_registered(self) -> None:
        self.host_registered.emit()
