"""The system tray icon: its look, its tooltip, and following tray hosts.

:class:`TrayController` shows an icon that changes with the engine's state
(see :mod:`psoas_desk.ui.tray_icons`), a tooltip with the live status and
today's figures, and a context menu of intents (:mod:`psoas_desk.ui.tray_menu`).
It never touches the engine: the app feeds it :class:`AppView` values and connects its signals.

Tray hosts come and go (DESKTOP-TESTING gotchas 3 and 4): with none,
:meth:`TrayController.show` returns False and a named timer polls every 30 s
until one appears; Qt picks XEmbed or StatusNotifierItem when the icon is
created, so when an ``org.kde.StatusNotifierWatcher`` appears or goes away on
the session bus the icon is created afresh, once a new watcher answers
(``ui/tray_sni``). On X11 an XEmbed host quitting or starting is seen in the
X events as it happens (``ui/tray_host_events``), so ``availability_changed``
follows within a fraction of a second. While the icon is up nothing ticks:
both watchers only react to events.

The context menu is built when it is first needed. A StatusNotifierItem
host (and Wayland, Windows, macOS) shows the menu itself, exported by Qt
(over DBusMenu on Linux), so there it is handed to the icon at once. An
XEmbed icon on X11 only needs it on a right click: there it is built at the
first one and opened where the pointer is (Qt opens it by itself after
that), and an app that is never right-clicked never builds it: the menu and
its widget types cost about 1 MB (measured, ``tests/bench``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QCoreApplication,
    QObject,
    QRect,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCursor, QGuiApplication, QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from psoas_desk.ui.intents import IntentSignals
from psoas_desk.ui.routine_menu import RoutineEntry
from psoas_desk.ui.tray_icons import (
    TrayIconCache,
    TrayIconState,
    sitting_progress,
    tray_icon_state,
)
from psoas_desk.ui.tray_text import tooltip_text
from psoas_desk.ui.view import AppView

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from psoas_desk.ui.tray_menu import TrayMenu
    from psoas_desk.ui.tray_sni import SniWatcherFollower

LOOK_AGAIN_MS = 150
"""After an X event that may mean a tray host came or went, look this much later."""
POLL_INTERVAL_MS = 30_000
"""How often to look for a tray host while there is none."""

class TrayController(IntentSignals, QObject):
    """The tray icon, its tooltip and its context menu.

    Signals carry intents only (:class:`IntentSignals`, plus the two below);
    the app decides what they do.
    """

    status_panel_requested = Signal()
    availability_changed = Signal(bool)
    """A tray host appeared (True) or went away (False) after :meth:`show`."""

    def __init__(self, *, bus: QDBusConnection | None = None,
                 early_icon: QSystemTrayIcon | None = None,
                 parent: QObject | None = None) -> None:
        """Nothing is shown until :meth:`show`; the menu is built when needed.

        Args:
            bus: the session bus to watch for a StatusNotifierItem watcher
                appearing later; without it only the poll notices new hosts.
            early_icon: an icon already in the tray (shown at start-up before
                this controller could be built); :meth:`show` takes it over
                instead of adding a second one.
            parent: the usual QObject parent.
        """
        super().__init__(parent)
        self._icons = TrayIconCache()
        self._icon: QSystemTrayIcon | None = None
        self._early_icon = early_icon
        self._wanted = False
        self._available = False
        self._view: AppView | None = None
        self._shown_icon: QIcon | None = None
        self._menu: TrayMenu | None = None
        self._routines: Sequence[RoutineEntry] = ()
        self._bus: QDBusConnection | None = None
        self._poll = QTimer(self)
        self._poll.setObjectName("tray-availability-poll")
        self._poll.setInterval(POLL_INTERVAL_MS)
        self._poll.timeout.connect(self._check_availability)
        # An X event that may mean a tray host came or went: look again once
        # Qt has handled it (see ui/tray_host_events.py).
        self._look_again = QTimer(self)
        self._look_again.setObjectName("tray-host-changed")
        self._look_again.setSingleShot(True)
        self._look_again.setInterval(LOOK_AGAIN_MS)
        self._look_again.timeout.connect(self._check_availability)
        self._host_events: QAbstractNativeEventFilter | None = None
        self._watcher: SniWatcherFollower | None = None
        if bus is not None:
            self.watch_bus(bus)

    def watch_bus(self, bus: QDBusConnection) -> None:
        """Follow StatusNotifierItem watchers and hosts on ``bus`` (the session bus).

        Separate from the constructor so the app can show its icon first and
        connect to D-Bus afterwards (QtDBus is imported only here).
        """
        if self._watcher is not None or not bus.isConnected():
            return
        self._bus = bus
        from psoas_desk.ui.tray_sni import SniWatcherFollower

        self._watcher = SniWatcherFollower(bus, self)
        self._watcher.watcher_changed.connect(self._on_watcher_changed)
        # A watcher can be up before its host (a panel starting at login):
        # Qt reports no tray until a host registers, so listen for that too.
        self._watcher.host_registered.connect(self._on_host_registered)

    # -- menu ----------------------------------------------------------------
    def set_routines(self, entries: Sequence[RoutineEntry]) -> None:
        """Offer these routines in the Routines submenu (again after a language change)."""
        self._routines = tuple(entries)
        if self._menu is not None:
            self._menu.set_routines(self._routines)

    def routines_menu(self) -> QMenu:
        """The Routines submenu (for tests and screenshots)."""
        return self._built_menu().routines_menu

    def retranslate(self) -> None:
        """Set every text again in the current language (after it changed)."""
        if self._menu is not None:  # one built later is built in the new language
            self._menu.retranslate()
        if self._view is not None:
            self.update(self._view)

    def menu(self) -> QMenu:
        """The context menu (for tests and screenshots; the app need not touch it)."""
        return self._built_menu().menu

    def menu_is_built(self) -> bool:
        """Whether the context menu exists yet (see the module docstring)."""
        return self._menu is not None

    def action(self, name: str) -> QAction:
        """A menu action by object name ("status", "micro", "pause_30m", "quit", ...)."""
        return self._built_menu().action(name)

    def _built_menu(self) -> TrayMenu:
        """The context menu, built now if it was not yet, showing the latest view."""
        if self._menu is None:
            from psoas_desk.ui.tray_menu import TrayMenu

            self._menu = TrayMenu(self)
            if self._routines:
                self._menu.set_routines(self._routines)
            if self._view is not None:
                self._menu.update(self._view)
        return self._menu

    def _menu_shown_by_host(self) -> bool:
        """Whether the icon Qt creates now has its menu shown by the tray host.

        Qt on X11 uses a StatusNotifierItem when a watcher is on the session
        bus, else XEmbed; other platforms always show the menu themselves.
        When in doubt (the bus cannot say) the answer is yes: a menu built
        early costs memory, a missing one would cost the menu.
        """
        app = QCoreApplication.instance()
        if not isinstance(app, QGuiApplication) or app.platformName() != "xcb":
            return True
        from PySide6.QtDBus import QDBusConnection

        from psoas_desk.ui.tray_sni import SNI_WATCHER

        bus = self._bus if self._bus is not None else QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False  # Qt has no StatusNotifierItem without a session bus
        reply = bus.interface().isServiceRegistered(SNI_WATCHER)
        return not reply.isValid() or bool(reply.value())

    # -- showing -------------------------------------------------------------
    def show(self) -> bool:
        """Show the icon if a tray host is there.

        Returns:
            True if the icon is now visible. False if there is no tray: then
            the availability poll runs and :attr:`availability_changed` fires
            (True) when a host appears and the icon is shown.
        """
        self._wanted = True
        self._follow_xembed_hosts()
        self._available = QSystemTrayIcon.isSystemTrayAvailable()
        if not self._available:
            if self._early_icon is not None:  # the host went away meanwhile
                self._early_icon.hide()
                self._early_icon.deleteLater()
                self._early_icon = None
            self._poll.start()
            return False
        self._poll.stop()
        return self._ensure_icon().isVisible()

    def hide(self) -> None:
        """Remove the icon and stop watching for tray hosts."""
        self._wanted = False
        self._poll.stop()
        self._look_again.stop()
        if self._host_events is not None:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeNativeEventFilter(self._host_events)
            self._host_events = None
        self._drop_icon()

    def icon_geometry(self) -> QRect:
        """Where the icon is on screen; an empty rect when the tray cannot say.

        XEmbed trays give the docked window's place; StatusNotifierItem hosts
        usually do not (Qt then reports nothing), so the caller falls back to
        the pointer, which has just clicked the icon.
        """
        if self._icon is None or not self._icon.isVisible():
            return QRect()
        return self._icon.geometry()

    def is_visible(self) -> bool:
        """Whether the icon is shown now."""
        return self._icon is not None and self._icon.isVisible()

    def show_message(self, title: str, body: str, msecs: int) -> None:
        """Show a balloon message from the icon, if it is up and the host supports them.

        A fallback for notifications: with XEmbed hosts Qt draws its own
        balloon (DESKTOP-TESTING gotcha 5).
        """
        if self.is_visible() and self._icon is not None and self._icon.supportsMessages():
            self._icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, msecs)

    def _follow_xembed_hosts(self) -> None:
        """On X11, react to a tray host quitting or starting within a fraction of a second."""
        app = QCoreApplication.instance()
        if self._host_events is not None or not isinstance(app, QGuiApplication) \
                or app.platformName() != "xcb":
            return
        from psoas_desk.ui.tray_host_events import TrayHostEvents

        self._host_events = TrayHostEvents(self._look_again.start)
        app.installNativeEventFilter(self._host_events)

    def _ensure_icon(self) -> QSystemTrayIcon:
        if self._icon is None:
            icon, self._early_icon = self._early_icon or QSystemTrayIcon(), None
            icon.setParent(self)
            if self._menu is not None or self._menu_shown_by_host():
                icon.setContextMenu(self._built_menu().menu)
            icon.activated.connect(self._on_activated)
            self._icon = icon
            self._shown_icon = None
            self._apply_icon()
            icon.setToolTip(self._tooltip())
            icon.show()
        return self._icon

    def _drop_icon(self) -> None:
        if self._icon is not None:
            self._icon.hide()
            self._icon.setContextMenu(None)  # type: ignore[arg-type]  # Qt takes nullptr
            self._icon.deleteLater()
            self._icon = None

    def _check_availability(self) -> None:
        available = QSystemTrayIcon.isSystemTrayAvailable()
        if available:
            self._poll.stop()
            if self._wanted:
                self._ensure_icon()
        elif self._wanted and not self._poll.isActive():
            self._poll.start()
        if available != self._available:
            self._available = available
            if self._wanted:
                self.availability_changed.emit(available)

    def _on_watcher_changed(self) -> None:
        # Qt fixed the protocol (XEmbed or SNI) when the icon was created;
        # only a new icon follows a watcher that came (and answers) or went.
        if self._wanted:
            self._drop_icon()
        self._check_availability()

    def _on_host_registered(self) -> None:
        # While a new watcher is not answering yet, its readiness brings the icon.
        if self._wanted and self._icon is None and not (
                self._watcher is not None and self._watcher.waiting):
            self._check_availability()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A left click opens the status panel; the context menu opens by
        # itself once the icon has it (the first right click hands it over).
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.status_panel_requested.emit()
        elif reason is QSystemTrayIcon.ActivationReason.Context and self._icon is not None \
                and self._icon.contextMenu() is None:
            menu = self._built_menu().menu
            self._icon.setContextMenu(menu)
            menu.popup(QCursor.pos())

    # -- state ---------------------------------------------------------------
    def update(self, view: AppView) -> None:
        """Show ``view``: icon, tooltip, status line and which items apply.

        Cheap: the icon comes from a cache and only what changed is set (with
        PySide6 6.12 on Python 3.11 each Qt call returning nothing also drops
        a reference to None, so an unchanged refresh makes no such calls).
        """
        self._view = view
        if self._menu is not None:
            self._menu.update(view)
        if self._icon is not None:
            self._apply_icon()
            tip = self._tooltip()
            if self._icon.toolTip() != tip:
                self._icon.setToolTip(tip)

    def _tooltip(self) -> str:
        return tooltip_text(self._view) if self._view is not None else "psoas-desk"

    def _apply_icon(self) -> None:
        assert self._icon is not None
        if self._view is None:
            icon = self._icons.icon(TrayIconState.COUNTING, None)
        else:
            snap = self._view.snapshot
            icon = self._icons.icon(tray_icon_state(snap), sitting_progress(snap))
        # The cache hands out the same QIcon for the same look: skip no-op
        # updates, which an SNI host would answer by fetching the pixmaps again.
        if icon is not self._shown_icon:
            self._shown_icon = icon
            self._icon.setIcon(icon)
