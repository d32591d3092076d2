"""Break lifecycle: warning, waiting for a typing pause, postpone, skip, strict, DND."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from psoas_desk.core import events as ev
from psoas_desk.core.engine import IntentRefused
from psoas_desk.core.model import BreakKind, BreakOutcome, BreakPhase, EngineState
from tests.helpers.sim import Sim, settings_with

MIN = 60.0


def test_micro_break_is_warned_30s_before_and_shown_at_a_typing_pause() -> None:
    sim = Sim()
    sim.run(minutes=29, seconds=40)
    warned = sim.of(ev.BreakWarned)
    assert len(warned) == 1 and warned[0].kind is BreakKind.MICRO
    assert warned[0].at == sim.clock.now() - timedelta(seconds=10)
    assert warned[0].due_in_s == pytest.approx(30)
    sim.run(seconds=20)  # still typing when it becomes due: it waits
    assert sim.of(ev.BreakDue) and not sim.started()
    sim.run(seconds=5, doing="reading")  # a 3 s pause in typing is enough
    started = sim.started()
    assert len(started) == 1 and started[0].kind is BreakKind.MICRO
    assert started[0].at == sim.of(ev.BreakDue)[0].at + timedelta(seconds=3)


def test_a_due_break_shows_anyway_after_the_max_delay() -> None:
    sim = Sim()
    sim.run(minutes=35)  # typing without a pause
    started = sim.started()
    assert len(started) == 1
    assert started[0].at - started[0].due_at == timedelta(minutes=2)


def test_a_taken_micro_break_completes_and_restarts_the_clock() -> None:
    sim = Sim()
    sim.run(minutes=34)
    ended = sim.ended(BreakKind.MICRO)
    assert [e.outcome for e in ended] == [BreakOutcome.COMPLETED]
    snap = sim.engine.snapshot()
    assert snap.today.breaks_completed == 1
    assert snap.next_break is not None
    assert snap.next_break.in_s == pytest.approx(30 * MIN - snap.sitting_s, abs=1)


def test_done_is_refused_before_the_minimum_time_then_allowed() -> None:
    sim = Sim()
    sim.events += sim.engine.start_break(BreakKind.MICRO)
    sim.clock.advance(5)
    with pytest.raises(IntentRefused, match="can end in 15 s"):
        sim.engine.finish_break()
    sim.clock.advance(15)
    sim.events += sim.engine.finish_break()
    assert [e.outcome for e in sim.ended()] == [BreakOutcome.COMPLETED]


def test_a_routine_done_ends_its_break_at_once_as_completed() -> None:
    sim = Sim()
    sim.run(minutes=10)
    sim.events += sim.engine.start_break(BreakKind.STRETCH)
    sim.clock.advance(30)  # well inside its 2 min minimum
    with pytest.raises(IntentRefused):
        sim.engine.finish_break()
    sim.events += sim.engine.finish_break(routine_done=True)
    assert sim.ended()[-1].outcome is BreakOutcome.COMPLETED
    assert sim.engine.snapshot().today.stretch_routines == 1


def test_a_requested_break_ended_early_is_not_counted() -> None:
    sim = Sim()
    sim.events += sim.engine.start_break(BreakKind.STRETCH)
    sim.clock.advance(20)
    sim.events += sim.engine.finish_break(leave_early=True)
    assert [e.outcome for e in sim.ended()] == [BreakOutcome.CANCELLED]
    snap = sim.engine.snapshot()
    assert snap.active_break is None and snap.today.breaks_completed == 0


def test_stretch_break_wins_when_both_are_due_close_together() -> None:
    sim = Sim()
    sim.on_break = "finish"
    sim.run(hours=3)
    kinds = [e.kind for e in sim.started()]
    # 30, 60: micro; 90: the stretch break replaces the micro-break; and so on.
    assert kinds[:3] == [BreakKind.MICRO, BreakKind.MICRO, BreakKind.STRETCH]
    assert BreakKind.MICRO in kinds[3:5]
    assert all(e.kind is not BreakKind.MICRO or e.at != s.at
               for e in sim.started() for s in sim.started(BreakKind.STRETCH))


def test_postpone_snoozes_and_is_limited_per_break() -> None:
    sim = Sim()
    sim.on_break = "postpone"
    while len(sim.started()) < 4:
        sim.run(seconds=30)
    postponed = [e for e in sim.ended(BreakKind.MICRO) if e.outcome is BreakOutcome.POSTPONED]
    assert len(postponed) == 3  # the limit; the 4th offer cannot be postponed
    assert [e.postpones_used for e in postponed] == [1, 2, 3]
    gaps = [b.at - a.at for a, b in itertools.pairwise(postponed)]
    assert all(g >= timedelta(minutes=5) for g in gaps)
    snap = sim.engine.snapshot()
    assert snap.active_break is not None and not snap.active_break.can_postpone
    with pytest.raises(IntentRefused, match="postponed 3 times"):
        sim.engine.postpone()
    assert snap.today.breaks_postponed == 3


def test_postpones_are_counted_afresh_for_the_next_break() -> None:
    sim = Sim()
    sim.run(minutes=32)
    sim.events += sim.engine.postpone()
    sim.on_break = "take"
    sim.run(minutes=40)
    starts = sim.started(BreakKind.MICRO)
    assert starts[-1].postpones_used == 0


def test_skips_have_a_daily_budget_that_resets_the_next_day() -> None:
    sim = Sim()
    sim.on_break = "skip"
    sim.run(hours=2, minutes=10)
    skipped = [e for e in sim.ended() if e.outcome is BreakOutcome.SKIPPED]
    assert len(skipped) == 3
    assert sim.engine.snapshot().skips_left == 0
    sim.events += sim.engine.start_break(BreakKind.MICRO)
    with pytest.raises(IntentRefused, match="no skips left"):
        sim.engine.skip()
    sim.on_break = "take"
    sim.run(hours=20, doing="away")
    assert sim.engine.snapshot().skips_left == 3


def test_strict_mode_refuses_postpone_and_skip() -> None:
    sim = Sim(settings_with(breaks__strict=True))
    sim.run(minutes=32, seconds=30)
    snap = sim.engine.snapshot()
    assert snap.active_break is not None
    assert not snap.active_break.can_postpone and not snap.active_break.can_skip
    with pytest.raises(IntentRefused, match="strict"):
        sim.engine.postpone()
    with pytest.raises(IntentRefused, match="strict"):
        sim.engine.skip()


def test_do_not_disturb_holds_a_break_and_offers_it_right_after() -> None:
    sim = Sim()
    sim.run(minutes=25)
    sim.dnd = True
    sim.tick()
    sim.run(minutes=40)
    assert not sim.started()
    assert sim.engine.snapshot().next_break.phase is BreakPhase.DEFERRED  # type: ignore[union-attr]
    assert len(sim.of(ev.BreakDeferred)) == 1
    assert not sim.of(ev.BreakWarned)  # no notification over a presentation
    sim.dnd = False
    sim.tick()
    released = sim.clock.now()
    sim.run(minutes=1, doing="reading")
    started = sim.started()
    assert len(started) == 1
    assert started[0].at - released == timedelta(seconds=15)  # not a whole interval later


def test_pause_stops_reminders_and_a_timed_pause_resumes_itself() -> None:
    from psoas_desk.core.model import PauseKind

    sim = Sim()
    sim.run(minutes=10)
    sim.events += sim.engine.pause(PauseKind.TIMED, timedelta(hours=1))
    assert sim.engine.snapshot().state is EngineState.PAUSED
    sim.run(minutes=59)
    assert not sim.started() and not sim.of(ev.BreakWarned)
    sim.run(minutes=2)
    assert [e.by_timer for e in sim.of(ev.Resumed)] == [True]
    # Sitting is still counted while paused: the figures stay honest.
    assert sim.engine.snapshot().today.sitting_s == pytest.approx(71 * MIN, abs=1)
    # The micro-break clock continues where it stopped (10 min done).
    snap = sim.engine.snapshot()
    assert snap.next_break is not None and snap.next_break.in_s == pytest.approx(19 * MIN, abs=2)


def test_an_overdue_break_after_a_pause_comes_with_a_warning_not_at_once() -> None:
    from psoas_desk.core.model import PauseKind

    sim = Sim()
    sim.run(minutes=29, seconds=50)
    sim.events += sim.engine.pause(PauseKind.INDEFINITE)
    sim.run(minutes=30)
    sim.clear()
    sim.events += sim.engine.resume()
    sim.run(minutes=1)
    assert [type(e).__name__ for e in sim.events[:3]] == ["Resumed", "BreakWarned", "BreakDue"]


def test_i_just_took_a_break_resets_the_bout_and_both_clocks() -> None:
    sim = Sim()
    sim.run(minutes=25)
    sim.events += sim.engine.report_self_break()
    snap = sim.engine.snapshot()
    assert snap.sitting_s == 0
    assert snap.today.natural_breaks == 1
    assert snap.next_break is not None and snap.next_break.in_s == pytest.approx(30 * MIN)
    assert sim.of(ev.BoutEnded)[0].reason.value == "self_break"


def test_take_a_break_now_and_start_a_stretch_routine() -> None:
    sim = Sim()
    sim.run(minutes=5)
    sim.events += sim.engine.start_break(BreakKind.STRETCH)
    snap = sim.engine.snapshot()
    assert snap.state is EngineState.IN_BREAK
    assert snap.active_break is not None and snap.active_break.requested
    sim.engine.set_break_length(150)
    sim.run(minutes=3)
    ended = sim.ended(BreakKind.STRETCH)
    assert [e.outcome for e in ended] == [BreakOutcome.COMPLETED]
    assert ended[0].at - ended[0].started_at == timedelta(seconds=150)
    assert sim.engine.snapshot().today.stretch_routines == 1


def test_se523_a_break_never_lights_up_a_locked_screen() -> None:
    sim = Sim()
    sim.run(minutes=29, seconds=45)
    sim.run(minutes=1, doing="locked")
    assert not sim.started()


def test_breaks_turned_off_are_never_offered() -> None:
    sim = Sim(settings_with(micro__enabled=False, stretch__enabled=False))
    sim.run(hours=5)
    assert not sim.started() and not sim.of(ev.BreakWarned)
    assert sim.engine.snapshot().next_break is None


def test_a_skipped_or_postponed_break_does_not_end_the_sitting_bout() -> None:
    sim = Sim()
    sim.on_break = "skip"
    sim.run(minutes=40)
    snap = sim.engine.snapshot()
    assert not sim.of(ev.BoutEnded)
    assert snap.sitting_s == pytest.approx(40 * MIN, abs=1)
    sim.on_break = "postpone"
    sim.run(minutes=35)
    assert not sim.of(ev.BoutEnded)
    assert sim.engine.snapshot().sitting_s == pytest.approx(75 * MIN, abs=1)


def test_a_taken_break_ends_the_bout_when_the_break_began() -> None:
    sim = Sim()
    sim.run(minutes=34)
    bouts = sim.of(ev.BoutEnded)
    assert len(bouts) == 1
    assert bouts[0].at == sim.started()[0].at
    assert bouts[0].sitting_s == pytest.approx(32 * MIN, abs=1)
