"""Property tests: random days of steps, idle, locks, suspends, intents and settings.

The invariants come from the bugs other break apps had (shared research 4.3):
Stretchly's negative timers (#648, #739) and double breaks (#1597), Safe
Eyes' "next break" that never arrives (#407) or shows a time in the past
(#878), Stretchly's schedule that stops after a skip (#1817), long breaks
silently lost after postpones (#1022).
"""

from __future__ import annotations

import contextlib
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from psoas_desk.core import breaks as rules
from psoas_desk.core import events as ev
from psoas_desk.core.engine import IntentRefused
from psoas_desk.core.model import BoutEnd, BreakKind, BreakOutcome, PauseKind, Posture
from psoas_desk.core.scheduler import MIN_OFFER_GAP_S
from psoas_desk.core.settings import Settings
from tests.helpers.sim import Sim, settings_with

DOING = st.sampled_from(["typing", "reading", "call", "away", "locked"])
SETTINGS = st.builds(
    lambda micro, stretch, away, strict, warn: settings_with(
        micro__interval=micro, stretch__interval=stretch, presence__away_threshold=away,
        breaks__strict=strict, breaks__warning=warn),
    st.sampled_from(["5m", "20m", "30m"]), st.sampled_from(["15m", "45m", "90m"]),
    st.sampled_from(["30s", "5m", "12m"]), st.booleans(), st.sampled_from([0, 30, 120]))

OPS = st.one_of(
    st.tuples(st.just("run"), st.floats(1, 5400), DOING),
    st.tuples(st.just("raw_tick"), st.floats(0, 900), DOING),
    st.tuples(st.just("suspend"), st.floats(1, 50000), st.booleans()),
    st.tuples(st.just("intent"), st.sampled_from([
        "postpone", "skip", "finish", "micro", "stretch", "stand", "sit", "self",
        "pause_timed", "pause_tomorrow", "pause_forever", "resume", "reading",
        "at_my_desk"])),
    st.tuples(st.just("settings"), SETTINGS),
    st.tuples(st.just("dnd"), st.booleans()),
    st.tuples(st.just("wall_jump"), st.integers(-4, 4)),
    st.tuples(st.just("keep_postponing"), st.integers(1, 6)),
    st.tuples(st.just("on_break"), st.sampled_from(["take", "ignore", "finish"])),
)


def apply(sim: Sim, op: tuple[object, ...]) -> None:
    name = op[0]
    engine = sim.engine
    if name == "run":
        sim.run(float(op[1]), doing=op[2])  # type: ignore[arg-type]
    elif name == "raw_tick":
        # An adapter signal at an arbitrary moment, not at the planned wake-up.
        sim.clock.advance(float(op[1]))  # type: ignore[arg-type]
        sim.locked = op[2] == "locked"
        sim.sign = op[2] == "call"
        if op[2] == "typing":
            sim.input()
        sim.tick()
    elif name == "suspend":
        sim.suspend(float(op[1]), signal=bool(op[2]))  # type: ignore[arg-type]
    elif name == "on_break":
        sim.on_break = op[1]  # type: ignore[assignment]
    elif name == "settings":
        sim.record(engine.apply_settings(op[1]))  # type: ignore[arg-type]
    elif name == "dnd":
        sim.dnd = bool(op[1])
        sim.tick()
    elif name == "keep_postponing":
        # The person presses Postpone on every offer, again and again.
        for _ in range(int(op[1])):  # type: ignore[call-overload]
            with contextlib.suppress(IntentRefused):
                sim.record(engine.postpone())
            before = len(sim.started())
            for _ in range(40):
                sim.run(180)
                if len(sim.started()) > before:
                    break
    elif name == "wall_jump":
        sim.clock.jump_wall(timedelta(hours=int(op[1])))  # type: ignore[call-overload]
        sim.tick()
    else:
        actions = {
            "postpone": engine.postpone, "skip": engine.skip, "finish": engine.finish_break,
            "micro": lambda: engine.start_break(BreakKind.MICRO),
            "stretch": lambda: engine.start_break(BreakKind.STRETCH),
            "stand": lambda: engine.set_posture(Posture.STANDING),
            "sit": lambda: engine.set_posture(Posture.SITTING),
            "self": engine.report_self_break,
            "pause_timed": lambda: engine.pause(PauseKind.TIMED, timedelta(minutes=30)),
            "pause_tomorrow": lambda: engine.pause(PauseKind.UNTIL_TOMORROW),
            "pause_forever": lambda: engine.pause(PauseKind.INDEFINITE),
            "resume": engine.resume,
            "reading": lambda: engine.set_reading(True),
            "at_my_desk": engine.undo_absence,
        }
        with contextlib.suppress(IntentRefused):
            sim.record(actions[str(op[1])]())


def check_invariants(sim: Sim, settings_now: Settings) -> None:
    engine = sim.engine
    snap = engine.snapshot()
    # At most one next break, and never both a pending and an on-screen one.
    assert snap.next_break is None or snap.active_break is None
    # The engine always wants to be woken in the future, never in the past.
    assert engine.next_wakeup() > sim.clock.monotonic()
    if snap.next_break is not None:
        assert snap.next_break.in_s >= 0
    # Counters never negative.
    today = snap.today
    for value in (today.sitting_s, today.standing_s, today.away_s, today.longest_bout_s,
                  snap.sitting_s, snap.standing_s, snap.away_s):
        assert value >= 0
    for count in (today.breaks_completed, today.breaks_postponed, today.breaks_skipped,
                  today.natural_breaks, snap.skips_left):
        assert count >= 0
    # Postpones never exceed the limit.
    for item in (snap.next_break, snap.active_break):
        if item is not None:
            assert item.postpones_used <= rules.postpone_limit(engine.settings, item.kind)
    assert snap.skips_left <= settings_now.breaks.skip_budget


def check_break_sequence(sim: Sim) -> None:
    """A break fires once and ends once: starts and ends alternate, never twice."""
    open_kind: BreakKind | None = None
    for event in sim.events:
        if isinstance(event, ev.BreakStarted):
            assert open_kind is None, "a second break started while one was on screen"
            open_kind = event.kind
        elif isinstance(event, ev.BreakEnded) and event.started_at is not None:
            assert open_kind is event.kind, "a break ended that was not on screen"
            open_kind = None
    if open_kind is not None:
        assert sim.engine.snapshot().active_break is not None


def offer_gap_s(used: list[Settings]) -> float:
    """The least sitting the rule allows between two automatic offers under ``used``."""
    shortest = min((rules.interval_s(s, k) for s in used for k in rules.KINDS
                    if rules.enabled(s, k)), default=MIN_OFFER_GAP_S)
    return min(MIN_OFFER_GAP_S, shortest)


def check_offer_gaps(sim: Sim, used: list[Settings]) -> None:
    """No two automatic offers closer than the rule allows (a postponed one comes when asked)."""
    gap = offer_gap_s(used)
    ended_at: float | None = None
    for event, sitting in sim.sitting_at:
        if isinstance(event, ev.BreakEnded) and event.started_at is not None:
            ended_at = sitting
        elif isinstance(event, ev.BreakStarted):
            if not event.requested and event.postpones_used == 0 and ended_at is not None:
                assert sitting - ended_at >= gap - 1.0, "two offers too close together"
            if event.requested:
                ended_at = None


def check_sitting_adds_up(sim: Sim) -> None:
    """The days' sitting is the bouts' sitting (a bout under a second is not recorded).

    "I was at my desk" takes back the end of the bout the absence ended: that
    bout goes on, and its sitting is reported again when it ends.
    """
    bouts: list[ev.BoutEnded] = []
    for event in sim.events:
        if isinstance(event, ev.BoutEnded):
            bouts.append(event)
        elif isinstance(event, ev.AbsenceUndone) and event.bout_started_at is not None:
            taken_back = [b for b in bouts if b.started_at == event.bout_started_at]
            if taken_back:
                bouts.remove(taken_back[-1])
    open_bout = sim.engine.snapshot().sitting_s
    bouts_s = sum(b.sitting_s for b in bouts) + open_bout
    assert sim.sitting_s() == pytest.approx(bouts_s, abs=1.0 * (len(bouts) + 2))


def check_worked_through_keeps_the_bout(sim: Sim) -> None:
    """A break the person worked through never ends a bout."""
    worked = {e.started_at for e in sim.ended() if e.outcome is BreakOutcome.WORKED_THROUGH}
    assert not [b for b in sim.of(ev.BoutEnded)
                if b.reason is BoutEnd.BREAK and b.at in worked]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SETTINGS, st.lists(OPS, min_size=1, max_size=25))
@example(  # found by hypothesis: the undone absence's bout counted twice by the check
    settings_with(micro__interval="5m", stretch__interval="15m",
                  presence__away_threshold="30s", breaks__strict=False, breaks__warning=0),
    [("run", 4.0, "typing"), ("run", 120.0, "reading"), ("intent", "at_my_desk")])
def test_invariants_hold_over_random_days(start_settings: Settings,
                                          ops: list[tuple[object, ...]]) -> None:
    sim = Sim(start_settings)
    used = [start_settings]
    for op in ops:
        apply(sim, op)
        if op[0] == "settings":
            used.append(op[1])  # type: ignore[arg-type]
        check_invariants(sim, sim.engine.settings)
    check_break_sequence(sim)
    check_offer_gaps(sim, used)
    check_sitting_adds_up(sim)
    check_worked_through_keeps_the_bout(sim)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["take", "ignore", "finish", "skip"]),
                          st.floats(10 * 60, 3 * 3600), DOING), min_size=2, max_size=12))
def test_random_workdays_keep_offers_apart_and_the_sitting_adds_up(
        plan: list[tuple[str, float, str]]) -> None:
    """Whole days of taking, working through, finishing and skipping breaks."""
    sim = Sim()
    for on_break, seconds, doing in plan:
        sim.on_break = on_break  # type: ignore[assignment]
        sim.run(seconds, doing=doing)  # type: ignore[arg-type]
    check_break_sequence(sim)
    check_offer_gaps(sim, [sim.engine.settings])
    check_sitting_adds_up(sim)
    check_worked_through_keeps_the_bout(sim)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.floats(60, 3 * 3600), st.floats(1, 3 * 3600)),
                min_size=1, max_size=6))
def test_st1597_a_missed_break_fires_once_or_is_credited_never_twice(
        plan: list[tuple[float, float]]) -> None:
    """Work, then a sleep longer than any grace: each due break is shown or credited once."""
    sim = Sim()
    for work, sleep in plan:
        sim.run(work)
        sim.suspend(sleep, signal=False)
    sim.run(60)
    check_break_sequence(sim)
    dues = sim.of(ev.BreakDue)
    settled = [e for e in sim.ended() if e.outcome.value in ("completed", "natural", "skipped")]
    started = sim.started()
    # Every break that became due was settled at most once.
    assert len(started) <= len(dues) + 0
    assert len(settled) <= len(dues) + len(sim.of(ev.NaturalBreakTaken))


@settings(max_examples=40, deadline=None)
@given(st.lists(DOING, min_size=4, max_size=30))
def test_se407_st1817_a_working_day_always_keeps_offering_breaks(doing: list[str]) -> None:
    """After any mix of activity, an hour of typing brings a break (SE#407, ST#1817)."""
    sim = Sim()
    sim.on_break = "skip"
    for d in doing:
        sim.run(minutes=20, doing=d)  # type: ignore[arg-type]
    before = len(sim.started())
    sim.run(hours=1)
    assert len(sim.started()) > before
