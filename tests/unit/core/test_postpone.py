"""Postpone lengths: several to choose from, within the limits, each honoured by the engine."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from psoas_desk.core import events as ev
from psoas_desk.core.engine import IntentRefused
from psoas_desk.core.model import BreakKind, BreakOutcome
from psoas_desk.core.postpone import postpone_choices_s
from psoas_desk.core.settings import MicroBreakSettings, Settings
from tests.helpers.sim import Sim


def test_the_default_lengths_for_both_kinds() -> None:
    settings = Settings()
    assert postpone_choices_s(settings, BreakKind.MICRO) == (300, 60, 600, 1800)
    assert postpone_choices_s(settings, BreakKind.STRETCH) == (600, 60, 300, 1800)


def test_no_length_longer_than_the_time_between_breaks() -> None:
    settings = replace(Settings(), micro=MicroBreakSettings(
        interval=timedelta(minutes=8), postpone=timedelta(minutes=2)))
    assert postpone_choices_s(settings, BreakKind.MICRO) == (120, 60, 300)


def test_a_configured_length_is_always_offered_first() -> None:
    settings = replace(Settings(), micro=MicroBreakSettings(
        interval=timedelta(minutes=20), postpone=timedelta(minutes=45)))
    assert postpone_choices_s(settings, BreakKind.MICRO) == (2700, 60, 300, 600, 1800)


@pytest.mark.parametrize("minutes", [1, 10, 30])
def test_the_engine_puts_the_break_off_by_the_chosen_length(minutes: int) -> None:
    sim = Sim()
    sim.events += sim.engine.start_break(BreakKind.MICRO)
    sim.events += sim.engine.postpone(timedelta(minutes=minutes))
    ended = sim.ended()[-1]
    assert ended.outcome is BreakOutcome.POSTPONED
    assert ended.snoozed_until is not None
    assert ended.snoozed_until - ended.at == timedelta(minutes=minutes)
    sim.run(minutes=minutes - 0.5)  # typing on: no break before the snooze ends
    assert len(sim.started()) == 1
    sim.run(minutes=3)  # then it is due again (and shows at the latest after 2 min)
    assert len(sim.of(ev.BreakStarted)) == 2


def test_a_length_outside_the_limits_is_refused_and_changes_nothing() -> None:
    sim = Sim()
    sim.events += sim.engine.start_break(BreakKind.MICRO)
    for seconds in (10, 3 * 3600):
        with pytest.raises(IntentRefused, match="postponed by 1 to 120 min"):
            sim.engine.postpone(timedelta(seconds=seconds))
    assert sim.engine.snapshot().active_break is not None
