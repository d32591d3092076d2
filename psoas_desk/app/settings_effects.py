"""What changing a setting does beyond the engine: one table, :data:`REACTIONS`.

The engine takes every new setting at once (``Engine.apply_settings``); a few
settings also reach outside it: start at login, the theme, the calendar jobs
of the wake-up driver, the history's retention and the language. Each such
setting has one row below saying which part of the settings it watches and
what to do when that part changed. A row with ``keep_old`` asks the system
first (before the settings are saved) and keeps the old value if the system
says no.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtWidgets import QApplication

from psoas_desk.adapters.autostart import Autostart
from psoas_desk.app.texts import app_text
from psoas_desk.core.settings import Settings, Theme
from psoas_desk.storage.settings_store import SettingsSaveError, SettingsStore
from psoas_desk.ui import fmt

log = logging.getLogger(__name__)


class Effects:
    """The side effects the table can call on.

    Args:
        autostart: the start-at-login backend, or None where there is none.
        plan_calendar: re-plans the day rollover and working-hours jobs.
        prune_history: drops history older than the retention setting.
        switch_language: installs a language and shows everything in it.
    """

    def __init__(self, *, autostart: Autostart | None,
                 plan_calendar: Callable[[Settings], None], prune_history: Callable[[], None],
                 switch_language: Callable[[str], None]) -> None:
        self._autostart = autostart
        self.plan_calendar = plan_calendar
        self.prune_history = prune_history
        self.switch_language = switch_language

    def set_autostart(self, enabled: bool) -> str:
        """Turn start at login on or off; returns "" or why it failed (translated)."""
        if self._autostart is None:
            return ""
        try:
            self._autostart.set_enabled(enabled)
        except OSError as exc:
            log.error("autostart: %s", exc)
            return app_text("Could not change start at login: %1").replace("%1", str(exc))
        log.info("start at login %s", "on" if enabled else "off",
                 extra={"event": "autostart", "enabled": enabled})
        return ""

    def apply_theme(self, theme: Theme) -> None:
        from psoas_desk.ui.theme import apply_theme

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)


@dataclass(frozen=True)
class Reaction:
    """One row of the table: a part of the settings and what its change does."""

    watches: Callable[[Settings], object]
    """The part of the settings whose change calls for the effect."""
    effect: Callable[[Effects, Settings], str | None]
    """Does it, given the new settings; returns "" (or None) or why it could not."""
    keep_old: Callable[[Settings, Settings], Settings] | None = None
    """For a change the system must accept first: ``(new, old)`` -> ``new`` with
    the old value kept. Such rows run before the settings are saved."""


REACTIONS: tuple[Reaction, ...] = (
    Reaction(lambda s: s.startup.autostart,
             lambda fx, s: fx.set_autostart(s.startup.autostart),
             keep_old=lambda new, old: replace(new, startup=replace(
                 new.startup, autostart=old.startup.autostart))),
    Reaction(lambda s: s.popups.theme, lambda fx, s: fx.apply_theme(s.popups.theme)),
    Reaction(lambda s: s.schedule, lambda fx, s: fx.plan_calendar(s)),
    Reaction(lambda s: s.startup.history_days, lambda fx, _s: fx.prune_history()),
    Reaction(lambda s: s.popups.language, lambda fx, s: fx.switch_language(s.popups.language)),
)


class SettingsApplier:
    """Applies settings from the settings window: ask, save, engine, side effects.

    Args:
        current: the settings in effect (the engine's).
        store: the settings file.
        apply_to_engine: hands new settings to the engine (as an intent).
        effects: what the table's rows call.
        show_problem: says in the settings window what went wrong.
        reactions: the table (tests may pass their own).
    """

    def __init__(self, *, current: Callable[[], Settings], store: SettingsStore,
                 apply_to_engine: Callable[[Settings], object], effects: Effects,
                 show_problem: Callable[[str], None],
                 reactions: Sequence[Reaction] = REACTIONS) -> None:
        self._current = current
        self._store = store
        self._apply_to_engine = apply_to_engine
        self._effects = effects
        self._show_problem = show_problem
        self._reactions = tuple(reactions)

    def apply(self, settings: Settings, *, save: bool = True) -> None:
        """Use ``settings``: ask the system where needed, save, engine, side effects.

        Args:
            settings: the new settings.
            save: False when they come from the file itself (a hand edit):
                the file is not rewritten under the person's editor.
        """
        old = self._current()
        for reaction in self._reactions:
            if reaction.keep_old is not None and _changed(reaction, old, settings):
                problem = reaction.effect(self._effects, settings)
                if problem:
                    settings = reaction.keep_old(settings, old)
                    self._show_problem(problem)
        try:
            if save:
                self._store.save(settings)
        except SettingsSaveError as exc:
            log.error("%s", exc)
            self._show_problem(fmt.shown_text(exc.reason))
        self._apply_to_engine(settings)
        new = self._current()
        for reaction in self._reactions:
            if reaction.keep_old is None and _changed(reaction, old, new):
                problem = reaction.effect(self._effects, new)
                if problem:
                    self._show_problem(problem)


def _changed(reaction: Reaction, old: Settings, new: Settings) -> bool:
    return reaction.watches(old) != reaction.watches(new)
