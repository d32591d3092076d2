"""What a person can ask of the running app, whichever way they ask: the tray
menu, the status panel, a break popup, a notification or the command line.

:class:`DeskIntents` is the interface the control handler (and its tests) is
built against; :class:`AppIntents` carries each intent out through the
stepper and the window keeper, and connects the tray's and panel's signals.
Intents that change the engine's state return "" or the reason they were
refused, for the command line to print.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Protocol

from psoas_desk.app.history import HistoryKeeper
from psoas_desk.app.stepping import Stepper
from psoas_desk.app.windows import WindowKeeper
from psoas_desk.core.model import BreakKind, PauseKind, Posture
from psoas_desk.ui.view import AppView

if TYPE_CHECKING:
    from psoas_desk.ui.intents import IntentSignals


class DeskIntents(Protocol):
    """Every intent the app accepts from outside the engine."""

    def status(self) -> AppView:
        """Step (so the figures are fresh) and return what the app shows."""

    def paused(self) -> bool:
        """Step, then say whether reminders are paused."""

    def show_panel(self) -> None: ...
    def start_break(self, kind: BreakKind) -> str: ...

    def start_routine(self, routine_id: str) -> str:
        """Start the routine with this id now, as a stretch break."""

    def pause(self, kind: PauseKind, seconds: int = 0) -> str:
        """Pause reminders; ``seconds`` count for :attr:`PauseKind.TIMED` only."""

    def resume(self) -> str: ...
    def set_posture(self, posture: Posture) -> str: ...
    def set_reading(self, on: bool) -> str: ...
    def report_self_break(self) -> str: ...
    def postpone(self, seconds: int = 0) -> str:
        """Postpone the break by ``seconds`` (0: the configured length)."""

    def skip(self) -> str: ...

    def finish_break(self, routine_done: bool = False, leave_early: bool = False) -> str:
        """Done (see ``Engine.finish_break``)."""

    def open_checklist(self) -> None: ...
    def open_settings(self) -> None: ...
    def open_stats(self) -> None: ...

    def quit(self) -> None: ...


class AppIntents:
    """:class:`DeskIntents` for the running app.

    Args:
        stepper: runs engine intents after a fresh step.
        windows: opens windows.
        history: exports.
        view: builds what the app shows (for ``status``).
        quit: stops the app.
        choose_routine: makes the next requested stretch break play this
            routine ("" for none); returns "" or why not (an unknown id).
    """

    def __init__(self, stepper: Stepper, windows: WindowKeeper, history: HistoryKeeper, *,
                 view: Callable[[], AppView], quit: Callable[[], None],
                 choose_routine: Callable[[str], str] | None = None) -> None:
        self._stepper = stepper
        self._engine = stepper.engine
        self._windows = windows
        self._history = history
        self._view = view
        self._quit = quit
        self._choose_routine = choose_routine or (lambda _rid: "routines are not available")

    def connect(self, source: IntentSignals) -> None:
        """Carry out the intents the tray or the status panel sends."""
        source.break_requested.connect(self.start_break)
        source.routine_requested.connect(self.start_routine)
        source.posture_requested.connect(self.set_posture)
        source.self_break_reported.connect(self.report_self_break)
        source.pause_requested.connect(self.pause)
        source.resume_requested.connect(self.resume)
        source.reading_requested.connect(self.set_reading)
        source.checklist_requested.connect(self.open_checklist)
        source.settings_requested.connect(self.open_settings)
        source.stats_requested.connect(self.open_stats)
        source.quit_requested.connect(self.quit)

    def status(self) -> AppView:
        self._stepper.step("status")
        return self._view()

    def paused(self) -> bool:
        self._stepper.step("paused?")
        return self._engine.snapshot().pause is not None

    def show_panel(self) -> None:
        self._windows.show_panel()

    def start_break(self, kind: BreakKind) -> str:
        return self._stepper.intent(lambda: self._engine.start_break(kind))

    def start_routine(self, routine_id: str) -> str:
        problem = self._choose_routine(routine_id)
        if problem:
            return problem
        refusal = self.start_break(BreakKind.STRETCH)
        if refusal:
            self._choose_routine("")  # not started: the next break picks its own
        return refusal

    def pause(self, kind: PauseKind, seconds: int = 0) -> str:
        duration = timedelta(seconds=seconds) if kind is PauseKind.TIMED else None
        return self._stepper.intent(lambda: self._engine.pause(kind, duration))

    def resume(self) -> str:
        return self._stepper.intent(self._engine.resume)

    def set_posture(self, posture: Posture) -> str:
        return self._stepper.intent(lambda: self._engine.set_posture(posture))

    def set_reading(self, on: bool) -> str:
        """"Reading or watching" on or off."""
        return self._stepper.intent(lambda: self._engine.set_reading(on))

    def undo_absence(self) -> str:
        """"I was at my desk": the time away just counted as a break was sitting."""
        return self._stepper.intent(self._engine.undo_absence)

    def report_self_break(self) -> str:
        return self._stepper.intent(self._engine.report_self_break)

    def postpone(self, seconds: int = 0) -> str:
        length = timedelta(seconds=seconds) if seconds > 0 else None
        return self._stepper.intent(lambda: self._engine.postpone(length))

    def skip(self) -> str:
        return self._stepper.intent(self._engine.skip)

    def finish_break(self, routine_done: bool = False, leave_early: bool = False) -> str:
        return self._stepper.intent(lambda: self._engine.finish_break(
            routine_done=routine_done, leave_early=leave_early))

    def popup_used(self) -> str:
        """The person used a break popup itself: not work going on through the break."""
        return self._stepper.intent(self._engine.popup_input)

    def open_checklist(self) -> None:
        self._windows.open_checklist()

    def open_settings(self) -> None:
        self._windows.open_settings()

    def open_stats(self) -> None:
        self._windows.open_stats()

    def quit(self) -> None:
        self._quit()
