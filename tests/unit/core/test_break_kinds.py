"""Break kinds are data: settings, merge rule and resets looked up by kind."""

from __future__ import annotations

import pytest

from psoas_desk.core import breaks as rules
from psoas_desk.core.breaks import KIND_RULES, KindTable, choose_next
from psoas_desk.core.model import BreakKind
from tests.helpers.sim import settings_with

MIN = 60.0
MICRO, STRETCH = BreakKind.MICRO, BreakKind.STRETCH


def test_every_kind_has_its_settings_section_and_the_stretch_break_includes_the_micro() -> None:
    s = settings_with(micro__interval="25m", stretch__duration="5m")
    assert rules.interval_s(s, MICRO) == 25 * MIN
    assert rules.duration_s(s, STRETCH) == 5 * MIN
    assert KIND_RULES[STRETCH].resets() == (STRETCH, MICRO)
    assert KIND_RULES[MICRO].resets() == (MICRO,)
    # Time away counts as a stretch break only when it lasts as long as one.
    assert rules.credit_after_s(s, MICRO) == 2 * MIN
    assert rules.credit_after_s(s, STRETCH) == 5 * MIN


@pytest.mark.parametrize(("micro_done", "stretch_done", "expected"), [
    (10 * MIN, 10 * MIN, (MICRO, 20 * MIN)),  # the micro-break comes first
    (25 * MIN, 85 * MIN, (STRETCH, 5 * MIN)),  # stretch 5 min after it: merged
    (29 * MIN, 70 * MIN, (MICRO, 1 * MIN)),  # stretch 19 min later: both come
    (100 * MIN, 100 * MIN, (STRETCH, -70 * MIN)),  # both overdue after a hold: stretch
    (95 * MIN, 92 * MIN, (STRETCH, -65 * MIN)),
])
def test_choose_next(micro_done: float, stretch_done: float,
                     expected: tuple[BreakKind, float]) -> None:
    table = KindTable.of(settings_with())
    assert choose_next(table, {MICRO: micro_done, STRETCH: stretch_done}) == expected


def test_a_kind_turned_off_is_never_chosen() -> None:
    table = KindTable.of(settings_with(stretch__enabled=False))
    assert choose_next(table, {MICRO: 100 * MIN, STRETCH: 100 * MIN}) == (MICRO, -70 * MIN)
    none = KindTable.of(settings_with(micro__enabled=False, stretch__enabled=False))
    assert choose_next(none, {MICRO: 0.0, STRETCH: 0.0}) is None
