"""The running app's composition root: builds its collaborators and wires them.

Nothing else knows every layer, and this module does nothing itself: the
:class:`~psoas_desk.app.stepping.Stepper` steps the engine; the engine's
events go through one table (:class:`~psoas_desk.app.reactions.EventReactions`)
to the pre-break warning, the break popups and the sound cues; the
:class:`~psoas_desk.app.windows.WindowKeeper` keeps the tray and the windows;
:data:`~psoas_desk.app.settings_effects.REACTIONS` says what a changed setting
does; :class:`~psoas_desk.app.intents.AppIntents` carries out what a person
asks, from the tray, the panel, a popup, a notification or the command line.
"""

from __future__ import annotations

import logging
import os
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from psoas_desk.adapters.autostart import Autostart
from psoas_desk.adapters.control import ControlChannel, open_control_server
from psoas_desk.adapters.motion import MotionPreference
from psoas_desk.adapters.notify import Notifier, ShowMessage
from psoas_desk.adapters.sound import SoundCue, SoundPlayer
from psoas_desk.app.absence_question import AbsenceQuestion
from psoas_desk.app.break_flow import BreakFlow
from psoas_desk.app.breaks import BreakPresenter
from psoas_desk.app.control import ControlHandler
from psoas_desk.app.history import HistoryKeeper
from psoas_desk.app.intents import AppIntents
from psoas_desk.app.notifications import Notifications
from psoas_desk.app.observe import Observer
from psoas_desk.app.reactions import EventReactions
from psoas_desk.app.settings_effects import Effects, SettingsApplier
from psoas_desk.app.settings_watch import SettingsFileWatcher
from psoas_desk.app.sounds import SoundCues
from psoas_desk.app.state import StateKeeper
from psoas_desk.app.status import StatusBoard, settings_notice, start_notices
from psoas_desk.app.stepping import Stepper
from psoas_desk.app.texts import app_text
from psoas_desk.app.warning import BreakWarning, SitReminder
from psoas_desk.app.windowing import screens_blend, stacking_order, tray_hint
from psoas_desk.app.windows import WindowKeeper
from psoas_desk.core import events as ev
from psoas_desk.core.clock import Clock
from psoas_desk.core.engine import Engine
from psoas_desk.core.routines import ContentLibrary
from psoas_desk.core.settings import Settings
from psoas_desk.storage.app_state import AppStateStore
from psoas_desk.storage.history import HistoryStore
from psoas_desk.storage.paths import AppPaths
from psoas_desk.storage.settings_store import LoadReport, SettingsStore
from psoas_desk.ui.view import AppView

if TYPE_CHECKING:
    from psoas_desk.ui.settings_window import SettingsWindow
    from psoas_desk.ui.status_panel import StatusPanel
    from psoas_desk.ui.tray import TrayController

log = logging.getLogger(__name__)


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
    windows: Mapping[str, str] = field(default_factory=dict)
    """The Qt platform of the windows and how popups keep out of the keyboard (app/windowing)."""


class DeskApp(QObject):
    """The app object: owns the engine and every collaborator, adapter and window."""

    def __init__(self, paths: AppPaths, services: Services, *, settings_store: SettingsStore,
                 settings_report: LoadReport, state_store: AppStateStore,
                 zone: tzinfo, locale: str = "", content_notices: tuple[str, ...] = (),
                 tray: TrayController | None = None,
                 quit_app: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._locale = locale
        self.paths = paths
        self.services = services
        self._quit_app = quit_app or (lambda: QApplication.exit(0))
        self._stopped = False
        self.server: ControlChannel | None = None
        self.state = StateKeeper(state_store)
        self.engine = Engine(settings_report.settings, services.clock)
        self._restored = self._restore()
        self.history = HistoryKeeper(HistoryStore(paths.history_db), now=services.clock.now,
                                     zone=zone, settings=lambda: self.settings,
                                     snapshot=self.engine.snapshot)
        self.reactions = EventReactions()
        self.stepper = Stepper(self.engine, services.observer, services.clock, zone,
                               after=self._after, save_engine=self.state.save_engine,
                               parent=self)
        self.wakeup = self.stepper.wakeup
        self.notifications = Notifications()
        self.windows = WindowKeeper(
            tray=tray, library=services.library, settings=lambda: self.settings,
            settings_report=settings_report, locale=lambda: self.locale, view=self.view,
            history=self.history, connect_intents=lambda source: self.intents.connect(source),
            on_reviewed=self._checklist_reviewed, on_applied=self.apply_settings,
            answers=lambda: self.state.state.answers_on(self.services.clock.now().date()),
            on_answered=self._checklist_answered,
            refresh=lambda: self.stepper.settle([]), tray_hint=self._tray_hint, parent=self)
        self.intents = AppIntents(self.stepper, self.windows, self.history, view=self.view,
                                  quit=self.quit,
                                  choose_routine=lambda rid: self.flow.choose(rid))
        self.board = StatusBoard(
            snapshot=self.engine.snapshot, observer=services.observer,
            notifications=self.notifications, autostart=services.autostart,
            motion=services.motion, state=self.state,
            tray_visible=lambda: self.windows.tray_visible, windowing=services.windows,
            notices=start_notices(content_notices, settings_report, self.history,
                                  services.observer))
        # Lambdas, not bound methods: PySide6 keeps a weak reference for every
        # signal connected to a plain object's method, and each popup connects
        # anew (a week of popups grew by hundreds; tests/ui/test_leaks.py).
        self.presenter = BreakPresenter(
            services.library, services.rng,
            on_postpone=lambda seconds: self.intents.postpone(seconds),
            on_skip=lambda: self.intents.skip(),
            on_done=lambda done, early: self.intents.finish_break(done, early),
            on_checklist=lambda: self.intents.open_checklist(),
            on_used=lambda: self.intents.popup_used(), locale=self.locale,
            platform_reduces_motion=services.motion.reduced if services.motion else None,
            screens_blend=screens_blend, stacking=stacking_order,
            micro_count=self.state.state.micro_breaks_started, parent=self)
        self.effects = Effects(autostart=services.autostart,
                               plan_calendar=self.stepper.plan_calendar,
                               prune_history=self.history.prune,
                               switch_language=self._switch_language)
        self._settings_store = settings_store
        self._settings_report = settings_report
        self.settings_watch: SettingsFileWatcher | None = None
        self.board.set_settings_notice(_notice_line(settings_report))
        self.windows.settings_window_built = self._settings_window_built
        self.settings_applier = SettingsApplier(
            current=lambda: self.settings, store=settings_store,
            apply_to_engine=lambda s: self.stepper.intent(lambda: self.engine.apply_settings(s)),
            effects=self.effects, show_problem=self.windows.show_settings_problem)
        self._react_to_events()

    def _restore(self) -> list[ev.Event]:
        """Pick up the previous run's bout, figures and pause (replayed at start)."""
        if not self.state.state.engine:
            return []
        try:
            return self.engine.restore_state(self.state.state.engine)
        except ValueError as exc:
            log.warning("saved engine state ignored: %s", exc)
            return []

    def _react_to_events(self) -> None:
        """The table of who does what when the engine reports an event, in order."""
        on = self.reactions.on
        warning = BreakWarning(self.notifications, self.engine.snapshot, self.intents.postpone,
                               lambda: self.settings)
        flow = self.flow = BreakFlow(self.presenter, self.engine, self.state, self.history)
        sounds = SoundCues(self.services.sound, lambda: self.settings)
        question = AbsenceQuestion(self.notifications, self.intents.undo_absence)
        on(ev.BreakWarned, warning.warned)
        on(ev.BreakWarned, lambda _event: self.presenter.prewarm())
        on(ev.BreakWaiting, warning.waiting)
        on(ev.AbsenceCounted, question.ask)
        on((ev.AbsenceSettled, ev.AbsenceUndone), question.withdraw)
        on(ev.BreakStarted, warning.withdraw)
        on(ev.BreakStarted, flow.started)
        on(ev.BreakStarted, sounds.break_started)
        on(ev.BreakEnded, warning.withdraw)
        on(ev.BreakEnded, flow.ended)
        on(ev.BreakEnded, sounds.break_ended)
        on((ev.Paused, ev.Resumed), self.stepper.follow_pause)
        on(ev.StandingReminder, SitReminder(self.notifications).remind)

    # ----------------------------------------------------------- lifecycle
    @property
    def settings(self) -> Settings:
        return self.engine.settings

    @property
    def locale(self) -> str:
        """The locale for content texts (routines, checklists)."""
        from PySide6.QtCore import QLocale

        return self._locale or self.settings.popups.language or QLocale().name()

    @property
    def tray(self) -> TrayController | None:
        return self.windows.tray

    @property
    def panel(self) -> StatusPanel | None:
        return self.windows.panel

    def start(self) -> None:
        """Show the tray (or the panel), listen for commands, start stepping."""
        tray = self.windows.tray
        self.windows.show_way_in()
        balloon = tray.show_message if tray is not None and self.windows.tray_visible else None
        self.notifications.attach(self.services.make_notifier(balloon))
        self._tell_settings_problems(self._settings_report)
        self.settings_watch = SettingsFileWatcher(self._settings_store,
                                                  self._settings_file_changed, parent=self)
        self.server = open_control_server(self.paths, ControlHandler(self.intents).handle,
                                          parent=self)
        try:
            self.server.listen()
        except OSError as exc:
            log.error("control socket unavailable: %s", exc)
            self.server = None
        if self.settings.startup.autostart:
            self.effects.set_autostart(True)  # rewrites a stale entry (e.g. the app moved)
        self.stepper.start()
        log.info("psoas-desk started", extra={
            "event": "app_started", "idle_backend": self.services.observer.idle_backend,
            "tray": self.windows.tray_visible, "backends": self.board.backends()})
        restored, self._restored = self._restored, []
        self.stepper.settle(restored)
        self.stepper.step("start")
        if not self.state.state.first_run_done:
            self.state.save(replace(self.state.state, first_run_done=True))
            self._welcome()

    def _welcome(self) -> None:
        """The first start: say where the app lives, offer start at login and the checklist."""
        autostart = self.services.autostart
        welcome = self.windows.open_welcome(
            can_autostart=autostart is not None and autostart.name != "none")
        if welcome is not None:
            welcome.chosen.connect(self._welcomed)
        log.info("welcome shown", extra={"event": "welcome_shown", "shown": welcome is not None})

    def _welcomed(self, autostart: bool, checklist: bool) -> None:
        log.info("welcome answered", extra={"event": "welcome_answered",
                                            "autostart": autostart, "checklist": checklist})
        if autostart and not self.settings.startup.autostart:
            self.apply_settings(replace(self.settings, startup=replace(
                self.settings.startup, autostart=True)))
        if checklist:
            self.windows.open_checklist()

    def shutdown(self) -> None:
        """Save, stop listening, close windows; safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        self.stepper.stop()
        if self.server is not None:
            self.server.close()
        self.presenter.close_all()
        self.notifications.close_all()
        self.windows.close()
        self.services.observer.close()
        self.history.close()
        log.info("psoas-desk stopped", extra={"event": "app_stopped"})

    def quit(self) -> None:
        self.shutdown()
        self._quit_app()

    # ---------------------------------------------------- wiring and helpers
    def step(self, reason: str = "") -> None:
        """Step now (an adapter saw something: a lock, a resume, input after absence)."""
        self.stepper.step(reason)

    def suspending(self) -> None:
        self.stepper.suspending()

    def view(self) -> AppView:
        return self.board.view()

    def show_panel(self) -> None:
        self.windows.show_panel()

    def open_settings(self) -> None:
        self.windows.open_settings()

    def apply_settings(self, settings: Settings) -> None:
        self.settings_applier.apply(settings)

    def _after(self, events: Sequence[ev.Event]) -> None:
        """After each step: record, react, and show the new state everywhere."""
        self.history.record(events)
        self.reactions.dispatch(events)
        self.presenter.update(self.engine.snapshot())
        self.windows.update(self.view())

    def _settings_file_changed(self, report: LoadReport) -> None:
        """A hand edit of settings.toml: use it now; a bad value gets the start's notices."""
        self._settings_report = report
        self.board.set_settings_notice(_notice_line(report))
        self._tell_settings_problems(report)
        if report.settings != self.settings:
            self.settings_applier.apply(report.settings, save=False)
        self.windows.settings_reloaded(report)
        self.stepper.settle([])

    def _settings_window_built(self, window: SettingsWindow) -> None:
        """The Sounds page plays a sample through the app, and says when none can play."""
        sound = self.services.sound

        def preview(volume: int) -> None:
            if sound is None or not sound.play(SoundCue.BREAK_START, volume):
                window.set_sound_note(_no_sound_text(sound))

        window.sound_preview_requested.connect(preview)
        if sound is not None and sound.check():
            window.set_sound_note(_no_sound_text(sound))

    def _tell_settings_problems(self, report: LoadReport) -> None:
        """A desktop notification naming each option that was reset, and why."""
        heading, body = settings_notice(report)
        if heading:
            self.notifications.show(heading, body)

    def _tray_hint(self) -> str:
        """Once ever, on GNOME: how to get a tray icon (shown with the status window)."""
        if self.state.state.tray_hint_shown:
            return ""
        hint = tray_hint(os.environ)
        if hint:
            self.state.save(replace(self.state.state, tray_hint_shown=True))
        return hint

    def _checklist_answered(self, checklist_id: str, answers: dict[str, str]) -> None:
        """Keep today's answers, so the checklist shows them again until tomorrow."""
        today = self.services.clock.now().date()
        self.state.save(self.state.state.answered(checklist_id, answers, today))

    def _checklist_reviewed(self, checklist_id: str, ticked: Sequence[str]) -> None:
        now = self.services.clock.now()
        self.state.save(self.state.state.reviewed(checklist_id, now.date()))
        self.history.record_review(checklist_id, ticked)
        log.info("checklist reviewed", extra={"event": "checklist_reviewed",
                                              "checklist": checklist_id, "ticked": list(ticked)})

    def _switch_language(self, language: str) -> None:
        """Show everything in another language from now on (popups from the next break)."""
        from psoas_desk.i18n import install_translators

        app = QApplication.instance()
        if app is None:
            return
        self._locale = install_translators(app, language).content
        self.presenter.set_locale(self._locale)
        self.windows.retranslate()


def _notice_line(report: LoadReport) -> str:
    """The settings file's problems as one notice for the panel and ``status``."""
    heading, body = settings_notice(report)
    return f"{heading}\n{body}" if body else heading


def _no_sound_text(sound: SoundPlayer | None) -> str:
    if sound is None or sound.unavailable == "no audio output device":
        return app_text("No audio output was found on this computer, so psoas-desk cannot "
                        "play sounds. Breaks still come with their windows and notifications.")
    return app_text("Sounds cannot play here (%1).").replace("%1", sound.unavailable)
