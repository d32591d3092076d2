"""Starting the desktop app: the Qt application, the adapters, and a clean exit.

``run(options)`` is called by the command line (``psoas-desk`` with no
command) with logging set up and the single-instance lock held.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import signal
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from psoas_desk.adapters.xlib import QtDisplayGuard
    from psoas_desk.app.controller import DeskApp
    from psoas_desk.app.windowing import WindowingChoice
    from psoas_desk.options import StartOptions
    from psoas_desk.storage.settings_store import LoadReport, SettingsStore
    from psoas_desk.ui.tray import TrayController

log = logging.getLogger(__name__)


def _ensure_platform() -> None:
    """Never crash for lack of a screen: run without windows and say so."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        log.warning("no display found (DISPLAY and WAYLAND_DISPLAY are unset): running "
                    "without windows; the command line still works",
                    extra={"event": "no_display"})
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


STARTUP_DEFER_MS = 150
"""The rest of start-up waits this long after the tray icon is shown, so the
icon docks (a round trip with the tray host) before the heavy imports."""


def run(options: StartOptions) -> int:
    """Run the app until it is told to quit; returns the exit code.

    Start-up has two phases. First, only what the tray icon needs: Qt, the
    icon and its menu (a person sees the app within a few hundred ms). Then,
    from the event loop, everything else: settings, content, the engine,
    adapters, the control socket and the scheduler.
    """
    _ensure_platform()
    # First, before any PySide6 module: PySide6 would read the source of
    # every module imported from then on into linecache (qt_workarounds).
    from psoas_desk.qt_workarounds import stop_source_caching_on_import

    stop_source_caching_on_import()
    early_report, windowing = _choose_windowing(options)
    from PySide6.QtCore import QSocketNotifier, QTimer
    from PySide6.QtWidgets import QApplication

    from psoas_desk.qt_messages import route_qt_messages_to_log
    route_qt_messages_to_log()

    from psoas_desk import APP_ID, APP_NAME, __version__, resources
    from psoas_desk.ui.drawn_icon import svg_icon

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setDesktopFileName(APP_ID)
    qapp.setQuitOnLastWindowClosed(False)
    qapp.setWindowIcon(svg_icon(resources.path("icons", f"{APP_ID}.svg"), name=APP_ID))
    # The icon goes up first, with the app's own picture; the tray controller
    # adopts it once the language, theme and menu are ready.
    early_icon = _early_tray_icon(qapp)

    # The language must be in place before the first window or menu is built.
    from psoas_desk.i18n import install_translators
    from psoas_desk.storage.settings_store import SettingsStore
    from psoas_desk.ui.tray import TrayController

    settings_store = SettingsStore(options.paths.settings_file)
    report = early_report or settings_store.load()
    language = install_translators(qapp, report.settings.popups.language)
    windows = _keep_popups_unfocused(qapp, windowing)
    from psoas_desk.ui.theme import apply_theme

    apply_theme(qapp, report.settings.popups.theme)
    x_guard = _guard_x_display(qapp)
    tray = TrayController(early_icon=early_icon)
    tray.show()

    # SIGTERM/SIGINT/SIGHUP (logout, kill, Ctrl+C): wake the event loop through
    # a socket so the Python handler runs, then save and quit cleanly.
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    wake = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)

    wake.activated.connect(drain)
    holder: list[Any] = []

    def on_signal(signum: int, frame: object) -> None:
        log.info("signal %s: quitting", signum, extra={"event": "signal", "signal": signum})
        if holder:
            holder[0].quit()
        else:
            qapp.exit(0)

    for signum in _quit_signals():
        signal.signal(signum, on_signal)

    def second_phase() -> None:
        try:
            desk = _build(options, qapp, tray, settings_store, report, language.content,
                          windows)
        except Exception:
            log.exception("psoas-desk could not start")
            qapp.exit(1)
            return
        holder.append(desk)
        qapp.commitDataRequest.connect(lambda _manager: desk.shutdown())
        qapp.aboutToQuit.connect(desk.shutdown)
        desk.start()

    QTimer.singleShot(STARTUP_DEFER_MS, second_phase)
    code = qapp.exec()
    if holder:
        holder[0].shutdown()
    if x_guard is not None:
        x_guard.release()
    signal.set_wakeup_fd(-1)
    reader.close()
    writer.close()
    return int(code)


def _quit_signals() -> tuple[signal.Signals, ...]:
    """The signals that end the app cleanly; Windows has no SIGHUP (the session ending)."""
    if sys.platform == "win32":
        return (signal.SIGTERM, signal.SIGINT)
    return (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


def _choose_windowing(options: StartOptions) -> tuple[LoadReport | None, WindowingChoice]:
    """Choose the Qt platform before Qt starts (see ``app/windowing``).

    Only a Wayland session needs the settings this early (for
    ``popups.window_system``); the report is returned so they are read once.
    """
    from psoas_desk.app.windowing import choose_windowing, is_wayland_session
    from psoas_desk.core.settings import WindowSystem

    env = os.environ
    report = None
    setting = WindowSystem.AUTO
    if sys.platform.startswith("linux") and is_wayland_session(env) and not env.get(
            "QT_QPA_PLATFORM"):
        from psoas_desk.storage.settings_store import SettingsStore

        report = SettingsStore(options.paths.settings_file).load()
        setting = report.settings.popups.window_system
    choice = choose_windowing(env, setting)
    if choice.platform is not None and sys.platform.startswith("linux"):
        os.environ["QT_QPA_PLATFORM"] = choice.platform
    return report, choice


def _keep_popups_unfocused(qapp: QApplication, choice: WindowingChoice) -> dict[str, str]:
    """Set up the popups' focus handling for this desktop; log and return the status object."""
    from psoas_desk import APP_ID
    from psoas_desk.app.windowing import keep_popups_unfocused, popup_titles

    if not sys.platform.startswith("linux"):
        return {"qt_platform": qapp.platformName(), "focus": "window-manager"}
    # Rules match the popups by title, in every language (only sway and
    # Hyprland take rules; elsewhere no catalogue is read for them).
    titles = popup_titles() if choice.desktop in ("sway", "hyprland") else []
    focus = keep_popups_unfocused(choice, qapp.platformName(), os.environ, APP_ID, titles)
    windows = choice.status(qapp.platformName(), focus)
    log.info("windows: %s (%s: %s); popups keep the keyboard free by: %s",
             windows["qt_platform"], choice.chosen_by, choice.reason, focus,
             extra={"event": "windowing", **windows})
    return windows


def _early_tray_icon(qapp: QApplication) -> QSystemTrayIcon | None:
    """Show the app's icon in the tray at once, if there is a tray; None otherwise.

    Reading settings, loading translations and building the menu take a
    couple of hundred milliseconds; the icon does not wait for them. The
    pending X requests are flushed so the tray host can dock it meanwhile.
    """
    from PySide6.QtWidgets import QSystemTrayIcon

    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    icon = QSystemTrayIcon(qapp.windowIcon())
    icon.show()
    qapp.processEvents()
    return icon


def _guard_x_display(qapp: QApplication) -> QtDisplayGuard | None:
    """On X11, make the X server going away end the app through its event loop (saving)."""
    if qapp.platformName() != "xcb":
        return None
    from PySide6.QtGui import QNativeInterface

    native = qapp.nativeInterface()
    if not isinstance(native, QNativeInterface.QX11Application) or not native.display():
        return None
    from psoas_desk.adapters.xlib import QtDisplayGuard

    guard = QtDisplayGuard(int(native.display()))
    return guard if guard.installed else None


def _build(options: StartOptions, qapp: QApplication, tray: TrayController,
           settings_store: SettingsStore, report: LoadReport, locale: str,
           windows: dict[str, str]) -> DeskApp:
    """Everything but the tray icon: content, adapters, the app object."""
    import tzlocal
    from PySide6.QtCore import QTimer
    from PySide6.QtDBus import QDBusConnection

    from psoas_desk import APP_ID, APP_NAME, resources
    from psoas_desk.adapters.autostart import choose_autostart, default_autostart_candidates
    from psoas_desk.adapters.clock import SystemClock
    from psoas_desk.adapters.dnd import choose_dnd_sources, default_dnd_candidates
    from psoas_desk.adapters.fullscreen import (
        choose_fullscreen_monitor,
        default_fullscreen_candidates,
    )
    from psoas_desk.adapters.idle import (
        ResumeNotifying,
        choose_idle_monitor,
        default_idle_candidates,
    )
    from psoas_desk.adapters.motion import MotionPreference, default_motion_sources
    from psoas_desk.adapters.notify import (
        Notifier,
        ShowMessage,
        choose_notifier,
        default_notifier_candidates,
    )
    from psoas_desk.adapters.presence import (
        default_devices,
        default_inhibitor_candidates,
        open_presence_signs,
    )
    from psoas_desk.adapters.session import default_session_candidates, open_session_monitor
    from psoas_desk.adapters.sound import SoundPlayer
    from psoas_desk.app.controller import DeskApp, Services
    from psoas_desk.app.observe import Observer
    from psoas_desk.storage.app_state import AppStateStore
    from psoas_desk.storage.content import load_content

    paths = options.paths
    content = load_content(paths.user_routines_dir, paths.user_checklists_dir)
    notices = []
    for problem in content.problems:
        log.warning("content: %s", problem)
    if content.problems:
        from psoas_desk.ui.fmt import unreadable_files_text

        notices.append(unreadable_files_text(len(content.problems)))
    env = dict(os.environ)
    home = Path.home()
    bus = QDBusConnection.sessionBus()
    session_bus = bus if bus.isConnected() else None
    if session_bus is None:
        log.warning("no session bus: desktop notifications and tray watching are off",
                    extra={"event": "no_session_bus"})
    else:
        tray.watch_bus(session_bus)
    system = QDBusConnection.systemBus()
    system_bus = system if system.isConnected() else None
    dnd = choose_dnd_sources(default_dnd_candidates(env=env, home=home, bus=session_bus))
    session = open_session_monitor(default_session_candidates(
        env, session_bus=session_bus, system_bus=system_bus, app=qapp))
    camera, microphone = default_devices()
    presence = open_presence_signs(
        default_inhibitor_candidates(session_bus=session_bus, system_bus=system_bus),
        camera=camera, microphone=microphone)
    idle = choose_idle_monitor(default_idle_candidates(env, bus=session_bus))
    observer = Observer(idle, choose_fullscreen_monitor(default_fullscreen_candidates(env)), dnd,
                        session=session, presence=presence)
    autostart = choose_autostart(default_autostart_candidates(platform=sys.platform, env=env,
                                                              home=home))
    icon_uri = resources.path("icons", f"{APP_ID}.svg").as_uri()

    def make_notifier(show_message: ShowMessage | None) -> Notifier:
        return choose_notifier(default_notifier_candidates(
            bus=session_bus, show_message=show_message, app_name=APP_NAME, icon=icon_uri))

    services = Services(clock=SystemClock(), observer=observer, make_notifier=make_notifier,
                        library=content.library, rng=random.Random(), sound=SoundPlayer(),
                        autostart=autostart,
                        motion=MotionPreference(default_motion_sources(
                            platform=sys.platform, env=os.environ, home=Path.home())),
                        windows=windows)
    desk = DeskApp(paths, services, settings_store=settings_store, settings_report=report,
                   state_store=AppStateStore(paths.state_file), zone=tzlocal.get_localzone(),
                   content_notices=tuple(notices), tray=tray, locale=locale,
                   # exit(), not quit(): Qt 6's quit() first asks every window to
                   # close, and a break popup may refuse (it must not be closable).
                   quit_app=lambda: qapp.exit(0))
    dnd.set_change_handler(lambda _active: desk.step("desktop-dnd"))
    session.locked_changed.connect(lambda _locked: desk.step("lock"))
    session.about_to_sleep.connect(desk.suspending)
    session.resumed.connect(lambda: desk.step("resumed"))
    if isinstance(idle, ResumeNotifying):
        # An event-driven backend says at once when someone comes back; after
        # an absence long enough to count as away, step now rather than at
        # the next planned look (up to a minute later). Shorter pauses need no
        # step: the engine reads the idle time when it next wakes. Queued, not
        # called: a backend may tell while a step reads it.
        def back(idle_s: float) -> None:
            if idle_s >= desk.settings.presence.away_threshold.total_seconds():
                QTimer.singleShot(0, lambda: desk.step("input"))

        idle.set_resume_handler(back)
    return desk
