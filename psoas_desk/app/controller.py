"""The running app: wires the engine to the adapters, the tray, the popups and the CLI.

Nothing else knows every layer. The engine is stepped when the wake-up
driver fires (at the time the engine asked for), when the user acts (tray,
popups, windows, CLI), and once a minute while a tray icon or the status
panel shows figures that should stay fresh.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from psoas_desk.adapters.autostart import Autostart
from psoas_desk.adapters.control import ControlServer
from psoas_desk.adapters.motion import MotionPreference
from psoas_desk.adapters.notify import Notification, NotificationHandle, Notifier, ShowMessage
from psoas_desk.adapters.sound import SoundPlayer
from psoas_desk.adapters.wakeup import WakeupDriver
from psoas_desk.app.breaks import BreakPresenter
from psoas_desk.app.history import HistoryKeeper
from psoas_desk.app.observe import Observer
from psoas_desk.core import events as ev
from psoas_desk.core.clock import Clock
from psoas_desk.core.engine import Engine, IntentRefused
from psoas_desk.core.model import BreakKind, BreakOutcome, PauseKind, Posture
from psoas_desk.core.routines import ContentLibrary
from psoas_desk.core.settings import Settings
from psoas_desk.storage.app_state import AppState, AppStateStore
from psoas_desk.storage.history import HistoryStore
from psoas_desk.storage.paths import AppPaths
from psoas_desk.storage.settings_store import LoadReport, SettingsSaveError, SettingsStore
from psoas_desk.ui import fmt
from psoas_desk.ui.view import AppView

if TYPE_CHECKING:
    from psoas_desk.ui.intents import IntentSignals
    from psoas_desk.ui.status_panel import StatusPanel
    from psoas_desk.ui.tray import TrayController

log = logging.getLogger(__name__)
UI_REFRESH_MS = 60_000
ENGINE_SAVE_S = 60.0


@dataclass
class Services:
    """The adapters the app runs on, chosen at start (tests pass fakes)."""

    clock: Clock
    observer: Observer
    make_notifier: Callable[[ShowMessage | None], Notifier]
    """Chooses the notification backend once the tray is known (its balloon is a fallback)."""
    library: ContentLibrary
    rng: random.Random
    sound: SoundPlayer | None = None
    autostart: Autostart | None = None
    motion: MotionPreference | None = None
    """The desktop's reduce-motion preference (the popups honour it too)."""


class DeskApp(QObject):
    """The app object: owns the engine and every adapter and window."""

    def __init__(self, paths: AppPaths, services: Services, *, settings_store: SettingsStore,
                 settings_report: LoadReport, state_store: AppStateStore,
                 zone: tzinfo, locale: str = "", content_notices: tuple[str, ...] = (),
                 tray: TrayController | None = None,
                 quit_app: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._locale = locale
        self.paths = paths
        self.services = services
        self.settings_store = settings_store
        self.settings_report = settings_report
        self.state_store = state_store
        self.state: AppState = state_store.load()
        self.engine = Engine(settings_report.settings, services.clock)
        self._restored: list[ev.Event] = []
        if self.state.engine:
            try:
                self._restored = self.engine.restore_state(self.state.engine)
            except ValueError as exc:
                log.warning("saved engine state ignored: %s", exc)
        self._engine_saved_at = -1e18
        self.history = HistoryKeeper(HistoryStore(paths.history_db), now=services.clock.now,
                                     zone=zone, settings=lambda: self.settings,
                                     snapshot=self.engine.snapshot)
        self.tray = tray
        self.tray_visible = False
        self.panel: StatusPanel | None = None
        self._windows: dict[str, Any] = {}
        self._quit_app = quit_app or (lambda: QApplication.exit(0))
        self._notices = self._make_notices(content_notices)
        self._save_problem = ""
        self._warning_handle: NotificationHandle | None = None
        self.notifier: Notifier | None = None
        self.server: ControlServer | None = None
        self.presenter = BreakPresenter(
            services.library, services.rng, on_postpone=lambda: self.intent(self.engine.postpone),
            on_skip=lambda: self.intent(self.engine.skip),
            on_done=lambda: self.intent(self.engine.finish_break),
            locale=self.locale,
            platform_reduces_motion=services.motion.reduced if services.motion else None,
            micro_count=self.state.micro_breaks_started, parent=self)
        self.wakeup = WakeupDriver(self._on_wake, zone)
        self._refresh = QTimer(self)
        self._refresh.setObjectName("ui-refresh")
        self._refresh.setInterval(UI_REFRESH_MS)
        self._refresh.timeout.connect(lambda: self.step("refresh"))
        self._stopped = False

    # ----------------------------------------------------------- lifecycle
    @property
    def settings(self) -> Settings:
        return self.engine.settings

    @property
    def locale(self) -> str:
        """The locale for content texts (routines, checklists)."""
        from PySide6.QtCore import QLocale

        return self._locale or self.settings.popups.language or QLocale().name()

    def start(self) -> None:
        """Show the tray (or the panel), start the scheduler and take the first step."""
        from psoas_desk.app.control import ControlHandler

        if self.tray is not None:
            self._connect_intents(self.tray)
            self.tray.status_panel_requested.connect(self.show_panel)
            self.tray.availability_changed.connect(self._tray_availability)
            self.tray_visible = self.tray.show()
        if not self.tray_visible:
            self.show_panel(no_tray=True)
        qapp = QApplication.instance()
        if isinstance(qapp, QApplication):
            qapp.screenAdded.connect(self._screen_added)
        balloon = self.tray.show_message if self.tray is not None and self.tray_visible else None
        self.notifier = self.services.make_notifier(balloon)
        self.notifier.set_action_handler(self.on_notification_action)
        self.server = ControlServer(self.paths.socket_path, ControlHandler(self).handle,
                                    parent=self)
        try:
            self.server.listen()
        except OSError as exc:
            log.error("control socket unavailable: %s", exc)
            self.server = None
        self._plan_calendar_jobs()
        if self.settings.startup.autostart:
            self._set_autostart(True)  # rewrites a stale entry (e.g. the app moved)
        self.wakeup.start()
        self._refresh.start()
        log.info("psoas-desk started", extra={
            "event": "app_started", "idle_backend": self.services.observer.idle_backend,
            "tray": self.tray_visible, "backends": self.view().backends})
        self._after(self._restored)
        self._restored = []
        self.step("start")
        if not self.state.first_run_done:
            self._save_state(replace(self.state, first_run_done=True))
            self.open_checklist()

    def shutdown(self) -> None:
        """Save, stop listening, close windows; safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        self._refresh.stop()
        self.wakeup.shutdown()
        if self.server is not None:
            self.server.close()
        self.presenter.close_all()
        if self.tray is not None:
            self.tray.hide()
        for window in list(self._windows.values()):
            window.close()
        self.services.observer.close()
        self._save_state(replace(self.state, engine=self.engine.export_state()))
        self.history.close()
        log.info("psoas-desk stopped", extra={"event": "app_stopped"})

    def quit(self) -> None:
        self.shutdown()
        self._quit_app()

    # ------------------------------------------------------------- stepping
    def step(self, reason: str = "") -> None:
        """Observe, step the engine, react to its events, refresh the UI, re-plan."""
        if self._stopped:
            return
        obs = self.services.observer.observe(self.settings)
        self._after(self.engine.tick(obs))

    def suspending(self) -> None:
        """The machine is about to sleep: mark it and save now (logind waits for us)."""
        if self._stopped:
            return
        self._after(self.engine.suspending())
        self._save_engine(force=True)

    def intent(self, action: Callable[[], list[ev.Event]]) -> str:
        """Run a user intent; returns "" or the reason it was refused."""
        if self._stopped:
            return "psoas-desk is shutting down"
        self.step("intent")
        try:
            events = action()
        except IntentRefused as exc:
            log.info("refused: %s", exc)
            self._after([])
            return str(exc)
        self._after(events)
        return ""

    def _on_wake(self, job_id: str) -> None:
        self.step(job_id)

    def _after(self, events: list[ev.Event]) -> None:
        self.history.record(events)
        for event in events:
            record = ev.event_record(event)
            log.info("%s", record["event"], extra=record)
            self._react(event)
        snap = self.engine.snapshot()
        self.presenter.update(snap)
        view = self.view()
        if self.tray is not None and self.tray_visible:
            self.tray.update(view)
        if self.panel is not None:
            self.panel.update(view)
        self._plan_step()
        self._save_engine(force=bool(events))

    def _save_engine(self, *, force: bool) -> None:
        """Keep the saved bout, figures and pause fresh (at most once a minute unless forced)."""
        now = self.services.clock.monotonic()
        if force or now - self._engine_saved_at >= ENGINE_SAVE_S:
            self._engine_saved_at = now
            self._save_state(replace(self.state, engine=self.engine.export_state()))

    def _plan_step(self) -> None:
        clock = self.services.clock
        delay = max(0.0, self.engine.next_wakeup() - clock.monotonic())
        self.wakeup.plan_step(clock.now() + timedelta(seconds=delay))

    def _plan_calendar_jobs(self) -> None:
        s = self.settings.schedule
        self.wakeup.set_day_rollover(s.day_starts_at)
        self.wakeup.set_working_hours(s.working_hours.boundaries() if s.working_hours_only else [])

    def view(self) -> AppView:
        review = self.state.last_review("sitting-setup")
        notices = (*self._notices, self._save_problem) if self._save_problem else self._notices
        return AppView(snapshot=self.engine.snapshot(),
                       idle_backend=self.services.observer.idle_backend,
                       tray_available=self.tray_visible, notices=notices,
                       last_checklist_review=fmt.date_text(_midday(review)) if review else "",
                       backends=self._backends())

    def _backends(self) -> dict[str, str]:
        """The backend behind each capability ("none" where nothing works)."""
        autostart = self.services.autostart
        # A notifier that follows the service coming and going names the one in use.
        notifier = getattr(self.notifier, "active", self.notifier)
        return {**self.services.observer.backends(),
                "notifications": notifier.name if notifier is not None else "none",
                "autostart": autostart.name if autostart is not None else "none",
                "reduce_motion": ", ".join(self.services.motion.names)
                if self.services.motion is not None and self.services.motion.sources else "none"}

    # -------------------------------------------------------------- events
    def _react(self, event: ev.Event) -> None:
        if isinstance(event, ev.BreakWarned):
            self._warn(event)
            self.presenter.prewarm()
        elif isinstance(event, ev.BreakStarted):
            self._close_warning()
            self._open_break(event)
        elif isinstance(event, ev.BreakEnded):
            self._close_warning()
            if event.started_at is not None:
                self.presenter.close()
                if event.outcome is BreakOutcome.COMPLETED:
                    self._play("break-end")
        elif isinstance(event, ev.Paused | ev.Resumed):
            pause = self.engine.snapshot().pause
            self.wakeup.set_pause_end(pause.until if pause and pause.until else None)
        elif isinstance(event, ev.StandingReminder):
            self._notify(self.tr("Time to sit for a while?"),
                         self.tr("You have been standing for %1. Switching now and then "
                                 "is what helps.").replace("%1", fmt.duration_text(
                                     event.standing_s)))

    def _open_break(self, event: ev.BreakStarted) -> None:
        # A postponed break that comes back keeps its routine.
        routine = self.presenter.pick_routine(event.kind, self.settings,
                                              returning=event.postpones_used > 0)
        count = self.presenter.rotation.micro_count
        if count != self.state.micro_breaks_started:
            self._save_state(replace(self.state, micro_breaks_started=count))
        if routine is not None:
            self.history.set_routine(event.at, routine.id)
        if event.kind is BreakKind.STRETCH and routine is not None:
            # The player keeps its own time and may be paused; it reports when the
            # routine is done. The engine's limit only catches a forgotten popup.
            self.engine.set_break_length(routine.total_s * 1.5 + 60)
        self.presenter.open(event.kind, routine, self.settings, self.engine.snapshot())
        self._play("break-start")

    def _play(self, name: str) -> None:
        sounds = self.settings.sounds
        if sounds.enabled and self.services.sound is not None:
            self.services.sound.play(name, sounds.volume)

    def _warn(self, event: ev.BreakWarned) -> None:
        kind = self.tr("Micro-break") if event.kind is BreakKind.MICRO else self.tr(
            "Stretch break")
        title = self.tr("%1 in %2").replace("%1", kind).replace(
            "%2", fmt.duration_text(event.due_in_s))
        body = (self.tr("Finish your sentence; it starts when you pause typing.")
                if event.kind is BreakKind.MICRO else
                self.tr("A few minutes to stretch your hips; it starts when you pause typing."))
        self._notify(title, body, snooze=True)

    def _notify(self, title: str, body: str, *, snooze: bool = False) -> None:
        notifier = self.notifier
        if notifier is None:
            return
        actions: tuple[tuple[str, str], ...] = ()
        snap = self.engine.snapshot()
        if snooze and snap.next_break is not None and snap.next_break.postpones_left > 0:
            actions = (("snooze", self.tr("Postpone")),)
        try:
            self._warning_handle = notifier.show(Notification(
                title=title, body=body, actions=actions, timeout_ms=30_000))
        except Exception:
            log.exception("notification failed")

    def _close_warning(self) -> None:
        handle, self._warning_handle = self._warning_handle, None
        if handle is not None and self.notifier is not None:
            try:
                self.notifier.close(handle)
            except Exception:
                log.exception("closing a notification failed")

    def on_notification_action(self, handle: NotificationHandle, action: str) -> None:
        if action == "snooze":
            self.intent(self.engine.postpone)

    # -------------------------------------------------------------- windows
    def _connect_intents(self, source: IntentSignals) -> None:
        source.break_requested.connect(self._request_break)
        source.posture_requested.connect(self._request_posture)
        source.self_break_reported.connect(lambda: self.intent(self.engine.report_self_break))
        source.pause_requested.connect(self._request_pause)
        source.resume_requested.connect(lambda: self.intent(self.engine.resume))
        source.checklist_requested.connect(self.open_checklist)
        source.settings_requested.connect(self.open_settings)
        source.stats_requested.connect(self.open_stats)
        source.quit_requested.connect(self.quit)

    def _request_break(self, kind: BreakKind) -> None:
        self.intent(lambda: self.engine.start_break(kind))

    def _request_posture(self, posture: Posture) -> None:
        self.intent(lambda: self.engine.set_posture(posture))

    def _request_pause(self, kind: PauseKind, seconds: int) -> None:
        self.intent(lambda: self.pause(kind, seconds))

    def pause(self, kind: PauseKind, seconds: int = 0) -> list[ev.Event]:
        """Pause reminders; ``seconds`` count for :attr:`PauseKind.TIMED` only."""
        duration = timedelta(seconds=seconds) if kind is PauseKind.TIMED else None
        return self.engine.pause(kind, duration)

    def show_panel(self, no_tray: bool = False) -> None:
        from psoas_desk.ui.status_panel import StatusPanel

        if self.panel is None:
            self.panel = StatusPanel()
            self._connect_intents(self.panel)
        if no_tray:
            self.panel.set_no_tray_reason(self.tr(
                "No system tray was found, so psoas-desk shows this window instead."))
        self.panel.update(self.view())
        if self._no_screen("status panel"):
            return
        self.panel.show()
        self.panel.raise_()

    def _no_screen(self, window: str) -> bool:
        """Whether there is no screen to show a window on.

        Qt aborts the process when a window is shown with no screen at all
        (every monitor unplugged or off, possible on Wayland); the window
        waits instead, and the status panel comes when a screen does.
        """
        if QApplication.screens():
            return False
        log.warning("no screen to show the %s on", window,
                    extra={"event": "no_screen", "window": window})
        return True

    def _screen_added(self, _screen: object) -> None:
        if not self.tray_visible and not self._stopped:
            self.show_panel(no_tray=True)

    def _tray_availability(self, available: bool) -> None:
        if self.tray is None:
            return
        if available and not self.tray_visible:
            self.tray_visible = self.tray.show()
            if self.tray_visible and self.panel is not None:
                self.panel.set_no_tray_reason("")
        elif not available and self.tray_visible:
            # The tray host went away: the panel is the way in until it returns.
            self.tray_visible = False
            self.show_panel(no_tray=True)
        self._after([])

    def open_checklist(self) -> None:
        from psoas_desk.ui.checklist_window import ChecklistWindow

        window = self._windows.get("checklist")
        if window is None:
            checklists = sorted(self.services.library.checklists.values(), key=lambda c: c.id)
            window = ChecklistWindow(checklists, locale=self.locale,
                                     last_review=self.view().last_checklist_review)
            window.reviewed.connect(self._checklist_reviewed)
            self._windows["checklist"] = window
        if self._no_screen("checklist"):
            return
        window.show()
        window.raise_()

    def _checklist_reviewed(self, checklist_id: str, ticked: list[str]) -> None:
        now = self.services.clock.now()
        self._save_state(self.state.reviewed(checklist_id, now.date()))
        self.history.record_review(checklist_id, ticked)
        log.info("checklist reviewed", extra={"event": "checklist_reviewed",
                                              "checklist": checklist_id, "ticked": ticked})
        window = self._windows.get("checklist")
        if window is not None:
            window.set_last_review(self.view().last_checklist_review)

    def open_settings(self) -> None:
        from psoas_desk.ui.settings_window import SettingsWindow

        window = self._windows.get("settings")
        if window is None:
            report = self.settings_report
            window = SettingsWindow(
                self.settings, routines=sorted(self.services.library.routines.values(),
                                               key=lambda r: r.id),
                locale=self.locale, problems=report.problems, backup=report.backup)
            window.applied.connect(self.apply_settings)
            self._windows["settings"] = window
        else:
            window.set_settings(self.settings)
        if self._no_screen("settings window"):
            return
        window.show()
        window.raise_()

    def apply_settings(self, settings: Settings) -> None:
        if settings.startup.autostart != self.settings.startup.autostart:
            problem = self._set_autostart(settings.startup.autostart)
            if problem:
                settings = replace(settings, startup=replace(
                    settings.startup, autostart=self.settings.startup.autostart))
                window = self._windows.get("settings")
                if window is not None:
                    window.show_save_error(problem)
        try:
            self.settings_store.save(settings)
        except SettingsSaveError as exc:
            log.error("%s", exc)
            window = self._windows.get("settings")
            if window is not None:
                window.show_save_error(fmt.shown_text(exc.reason))
        keep_changed = settings.startup.history_days != self.settings.startup.history_days
        language_changed = settings.popups.language != self.settings.popups.language
        if settings.popups.theme != self.settings.popups.theme:
            from psoas_desk.ui.theme import apply_theme

            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, settings.popups.theme)
        self.intent(lambda: self.engine.apply_settings(settings))
        self._plan_calendar_jobs()
        if keep_changed:
            self.history.prune()
        if language_changed:
            self._switch_language(settings.popups.language)

    def _switch_language(self, language: str) -> None:
        """Show everything in another language from now on.

        The tray menu and tooltip change in place; open windows (status
        panel, settings on the same page, checklist, statistics) are rebuilt
        in the new language; popups use it from the next break.
        """
        from psoas_desk.i18n import install_translators

        app = QApplication.instance()
        if app is None:
            return
        self._locale = install_translators(app, language).content
        self.presenter.set_locale(self._locale)
        if self.tray is not None:
            self.tray.retranslate()
        if self.panel is not None:
            panel, self.panel = self.panel, None
            was_open = panel.isVisible()
            panel.close()
            panel.deleteLater()
            if was_open:
                self.show_panel(no_tray=not self.tray_visible)
        if self.history.drop_window():
            self.history.open_window()
        for name in ("checklist", "settings"):
            window = self._windows.pop(name, None)
            if window is None:
                continue
            was_open, page = window.isVisible(), getattr(window, "page_list", None)
            row = page.currentRow() if page is not None else 0
            window.hide()
            window.deleteLater()
            if was_open and name == "settings":
                self.open_settings()
                self._windows["settings"].page_list.setCurrentRow(row)
            elif was_open:
                self.open_checklist()

    def _set_autostart(self, enabled: bool) -> str:
        """Turn start-at-login on or off; returns "" or why it failed."""
        autostart = self.services.autostart
        if autostart is None:
            return ""
        try:
            autostart.set_enabled(enabled)
        except OSError as exc:
            log.error("autostart: %s", exc)
            return self.tr("Could not change start at login: %1").replace("%1", str(exc))
        log.info("start at login %s", "on" if enabled else "off",
                 extra={"event": "autostart", "enabled": enabled})
        return ""

    def open_stats(self) -> None:
        self.history.open_window()

    def export_history(self, fmt: str, path: str) -> tuple[int, str]:
        """Write the history as CSV or JSON; returns (records, "") or (-1, why not)."""
        return self.history.export(fmt, path)

    # --------------------------------------------------------------- helpers
    def _make_notices(self, content_notices: tuple[str, ...]) -> tuple[str, ...]:
        notices = list(content_notices)
        report = self.settings_report
        if report.problems:
            keys = ", ".join(p.key or "file" for p in report.problems)
            text = self.tr("Some settings could not be used and were reset: %1.").replace(
                "%1", keys)
            if report.backup is not None:
                text += " " + self.tr("A copy of the old file is at %1.").replace(
                    "%1", str(report.backup))
            notices.append(text)
        if self.history.notice():
            notices.append(self.history.notice())
        if self.services.observer.idle_backend == "none":
            notices.append(self.tr("No idle-time source was found: psoas-desk counts wall-clock "
                                   "time and notices absence only by screen locks."))
        return tuple(notices)

    def _save_state(self, state: AppState) -> None:
        self.state = state
        try:
            self.state_store.save(state)
        except OSError as exc:
            log.error("could not save %s: %s", self.state_store.path, exc)
            # Shown in the status panel and `status` until a save works again
            # (the statistics window's wording, already translated).
            self._save_problem = QApplication.translate(
                "StatsWindow", "Could not save %1: %2").replace(
                    "%1", str(self.state_store.path)).replace("%2", exc.strerror or str(exc))
        else:
            self._save_problem = ""


def _midday(day: Any) -> Any:
    from datetime import datetime, time

    return datetime.combine(day, time(12)).astimezone()
