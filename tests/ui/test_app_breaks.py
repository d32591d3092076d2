"""Breaks through the real app object in simulated time: the posture check's turn
over a working day, a routine chosen on demand, postpone lengths.

:class:`DeskApp` runs in this process with its real engine, presenter,
popups, storage and history; only the clock and the idle time are fakes.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from psoas_desk.app.controller import DeskApp
from psoas_desk.core.model import BreakKind, BreakOutcome
from psoas_desk.storage.app_state import AppStateStore
from psoas_desk.ui.micro_popup import MicroPopup
from psoas_desk.ui.routine_player import StretchPopup
from tests.helpers.fakes import BERLIN, FakeClock
from tests.ui.desk_helpers import FakeIdle, fake_desk_app, flush_deletes

SETTINGS = """
[micro]
interval = "10m"
duration = 20
min_duration = 0
checklist_every = 4
[stretch]
enabled = false
[breaks]
warning = 0
max_delay = 0
[sounds]
enabled = false
"""
MONDAY = datetime(2031, 3, 3, 8, 0, tzinfo=BERLIN)
# Offscreen: no raise() for the status panel (there is no tray), no size hints.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@dataclass
class Desk:
    app: DeskApp
    clock: FakeClock
    idle: FakeIdle
    shown: list[tuple[BreakKind, str]]

    def live(self, hours: float) -> None:
        """Type for ``hours``, stepping when the engine asks; each break is taken."""
        end = self.clock.monotonic() + hours * 3600
        while self.clock.monotonic() < end:
            now = self.clock.monotonic()
            target = min(max(self.app.engine.next_wakeup(), now + 1.0), end)
            self.clock.advance(target - now)
            showing = self.app.presenter.showing
            if not showing:
                self.idle.last_input = self.clock.monotonic()
            self.app.step("test")
            if self.app.presenter.showing and not showing:
                routine = self.app.presenter.routine
                active = self.app.engine.snapshot().active_break
                assert active is not None
                self.shown.append((active.kind, routine.id if routine else ""))
            flush_deletes()


@pytest.fixture
def desk(qapp: QApplication, tmp_path: Path) -> Iterator[Desk]:
    clock = FakeClock(MONDAY)
    idle = FakeIdle(clock)
    app, _paths = fake_desk_app(tmp_path / "base", clock, idle, settings_toml=SETTINGS)
    app.start()
    flush_deletes()
    yield Desk(app, clock, idle, [])
    app.shutdown()
    app.deleteLater()
    flush_deletes()


def test_over_a_working_day_every_fourth_micro_break_is_the_posture_check(desk: Desk) -> None:
    desk.live(8)
    micro = [rid for kind, rid in desk.shown if kind is BreakKind.MICRO]
    assert len(micro) >= 40, desk.shown
    posture = [n for n, rid in enumerate(micro, start=1) if rid == "micro-posture-check"]
    assert posture == list(range(4, len(micro) + 1, 4))
    assert all(a != b for a, b in itertools.pairwise(micro))
    # The count survives a restart: it is in the saved state.
    assert desk.app.state.state.micro_breaks_started == len(micro)


def test_a_chosen_routine_runs_as_a_stretch_break_and_is_recorded(desk: Desk) -> None:
    desk.live(0.1)
    assert desk.app.intents.start_routine("home-floor-hips") == ""
    (popup,) = desk.app.presenter._popups
    assert isinstance(popup, StretchPopup)
    assert popup.content.routine is not None and popup.content.routine.id == "home-floor-hips"
    active = desk.app.engine.snapshot().active_break
    assert active is not None and active.kind is BreakKind.STRETCH and active.requested
    # Stretch breaks are turned off in the settings; a chosen routine still runs.
    assert desk.app.intents.finish_break(routine_done=True) == ""
    rows = desk.app.history.store.rows(MONDAY, MONDAY + timedelta(days=1)).breaks
    chosen = [row for row in rows if row.routine_id == "home-floor-hips"]
    assert len(chosen) == 1
    assert chosen[0].kind is BreakKind.STRETCH and chosen[0].outcome is BreakOutcome.COMPLETED


def test_an_unknown_routine_is_refused_and_changes_nothing(desk: Desk) -> None:
    refusal = desk.app.intents.start_routine("no-such-routine")
    assert "no routine 'no-such-routine'" in refusal
    assert desk.app.engine.snapshot().active_break is None
    # The next break on its own still picks from the rotation.
    desk.live(0.25)
    assert desk.shown and desk.shown[0][1] != ""


def test_a_routine_asked_for_during_a_break_waits_for_nothing(desk: Desk) -> None:
    assert desk.app.intents.start_break(BreakKind.MICRO) == ""
    assert "already on screen" in desk.app.intents.start_routine("breathing-one-minute")
    (popup,) = desk.app.presenter._popups
    assert isinstance(popup, MicroPopup)
    assert desk.app.intents.finish_break() == ""
    # The refused choice was dropped: the next stretch break asked for is a drawn one.
    assert desk.app.intents.start_break(BreakKind.STRETCH) == ""
    assert desk.app.presenter.routine is not None
    assert desk.app.presenter.routine.id != "breathing-one-minute" or len(
        desk.app.presenter.library.routines) == 1


def test_postpone_from_the_popup_by_a_chosen_length(desk: Desk) -> None:
    assert desk.app.intents.start_break(BreakKind.MICRO) == ""
    (popup,) = desk.app.presenter._popups
    lengths = [a.objectName() for a in popup.postpone_menu.actions()]
    assert lengths == ["postpone_300", "postpone_60", "postpone_600"]  # not over 10 min
    popup.postpone_menu.actions()[2].trigger()
    snap = desk.app.engine.snapshot()
    assert snap.active_break is None and snap.next_break is not None
    assert snap.next_break.in_s == pytest.approx(600, abs=2)


def test_checklist_answers_are_kept_through_the_day_and_a_review_needs_them_all(
        desk: Desk) -> None:

    desk.app.windows.open_checklist()
    window = desk.app.windows.checklist
    assert window is not None
    window.boxes["feet-flat"].setChecked(True)
    window.cant_boxes["wrists"].setChecked(True)
    saved = AppStateStore(desk.app.paths.state_file).load()
    assert saved.checklist_answers == {"sitting-setup": {"feet-flat": "ticked",
                                                         "wrists": "cant"}}
    assert not window.done_button.isEnabled()
    # A new window later the same day (after a language switch, say) shows them.
    window.close()
    desk.app.windows.checklist = None
    desk.app.windows.open_checklist()
    again = desk.app.windows.checklist
    assert again is not None and again.answers() == {"feet-flat": "ticked", "wrists": "cant"}
    for item_id in again.boxes:
        if item_id != "feet-flat":
            again.cant_boxes[item_id].setChecked(True)
    again.done_button.click()
    reviews = desk.app.history.store.rows(MONDAY, MONDAY + timedelta(days=1))
    assert desk.app.state.state.last_review("sitting-setup") == MONDAY.date()
    assert reviews.error == ""
    # The next day starts with clean boxes.
    desk.clock.advance(24 * 3600)
    desk.app.windows.checklist = None
    desk.app.windows.open_checklist()
    fresh = desk.app.windows.checklist
    assert fresh is not None and fresh.answers() == {}
