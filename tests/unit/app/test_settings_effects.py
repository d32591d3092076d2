"""What applying settings does outside the engine, row by row of the table.

The settings file is real (a temporary folder); the system's side (start at
login, the language, the scheduler, the history) is recorded by fakes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from psoas_desk.app.settings_effects import REACTIONS, Effects, SettingsApplier
from psoas_desk.core.settings import Settings
from psoas_desk.storage.settings_store import SettingsStore


class FakeAutostart:
    name = "fake"

    def __init__(self, *, fails: bool = False) -> None:
        self.fails = fails
        self.on = False

    def enabled(self) -> bool:
        return self.on

    def set_enabled(self, enabled: bool) -> None:
        if self.fails:
            raise PermissionError("the autostart folder is read-only")
        self.on = enabled


class Desk:
    """The engine's settings, the side effects and what the window was told."""

    def __init__(self, store_path: Path, *, autostart_fails: bool = False) -> None:
        self.settings = Settings()
        self.autostart = FakeAutostart(fails=autostart_fails)
        self.done: list[tuple[str, object]] = []
        self.problems: list[str] = []
        self.store = SettingsStore(store_path)
        effects = Effects(autostart=self.autostart,
                          plan_calendar=lambda s: self.done.append(("calendar", s.schedule)),
                          prune_history=lambda: self.done.append(("prune", None)),
                          switch_language=lambda lang: self.done.append(("language", lang)))
        self.applier = SettingsApplier(current=lambda: self.settings, store=self.store,
                                       apply_to_engine=self._to_engine, effects=effects,
                                       show_problem=self.problems.append)

    def _to_engine(self, settings: Settings) -> None:
        self.done.append(("engine", None))
        self.settings = settings


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    return Desk(tmp_path / "settings.toml")


def test_unchanged_settings_call_no_side_effect(desk: Desk) -> None:
    desk.applier.apply(Settings())
    assert desk.done == [("engine", None)]
    assert not desk.problems and not desk.autostart.on


def test_each_changed_part_calls_its_row_after_the_engine_has_it(desk: Desk) -> None:
    new = Settings()
    new = replace(new, popups=replace(new.popups, language="de"),
                  startup=replace(new.startup, history_days=30),
                  schedule=replace(new.schedule, day_starts_at=5))
    desk.applier.apply(new)
    assert desk.done == [("engine", None), ("calendar", new.schedule), ("prune", None),
                         ("language", "de")]
    assert SettingsStore(desk.store.path).load().settings == new


def test_start_at_login_is_asked_first_and_kept_off_when_the_system_says_no(
        tmp_path: Path) -> None:
    desk = Desk(tmp_path / "settings.toml", autostart_fails=True)
    wanted = replace(Settings(), startup=replace(Settings().startup, autostart=True))
    desk.applier.apply(wanted)
    assert desk.problems == [
        "Could not change start at login: the autostart folder is read-only"]
    assert desk.settings.startup.autostart is False  # the engine and the file agree
    assert SettingsStore(desk.store.path).load().settings.startup.autostart is False


def test_start_at_login_turns_on(desk: Desk) -> None:
    desk.applier.apply(replace(Settings(), startup=replace(Settings().startup, autostart=True)))
    assert desk.autostart.on and desk.settings.startup.autostart and not desk.problems


def test_a_settings_file_that_cannot_be_written_is_reported_and_still_applied(
        tmp_path: Path) -> None:
    (tmp_path / "not-a-folder").write_text("")
    desk = Desk(tmp_path / "not-a-folder" / "settings.toml")
    new = replace(Settings(), popups=replace(Settings().popups, language="fr"))
    desk.applier.apply(new)
    assert len(desk.problems) == 1
    assert desk.settings == new and ("language", "fr") in desk.done


def test_every_row_watches_a_different_part() -> None:
    changed = replace(Settings(), popups=replace(Settings().popups, language="de"))
    watching = [row for row in REACTIONS if row.watches(Settings()) != row.watches(changed)]
    assert len(watching) == 1
