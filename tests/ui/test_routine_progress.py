"""RoutineProgress: the player's step clock, driven by explicit times (no Qt)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psoas_desk.ui.routine_progress import RoutineProgress

T0 = 1000.0


def started(durations: list[float]) -> RoutineProgress:
    progress = RoutineProgress(durations)
    progress.start(T0)
    return progress


def test_nothing_moves_before_start() -> None:
    progress = RoutineProgress([10, 20])
    progress.sync(T0 + 100)
    assert (progress.index, progress.elapsed_in_step(T0 + 100)) == (0, 0.0)
    assert not progress.started


def test_steps_follow_the_clock_with_overshoot_carried() -> None:
    progress = started([10, 20, 30])
    progress.sync(T0 + 9.5)
    assert progress.index == 0
    assert progress.remaining_in_step(T0 + 9.5) == pytest.approx(0.5)
    progress.sync(T0 + 35)  # past step 2 by 5 s
    assert progress.index == 2
    assert progress.elapsed_in_step(T0 + 35) == pytest.approx(5)
    assert progress.steps_completed == 2
    progress.sync(T0 + 60)
    assert progress.finished
    assert progress.steps_completed == 3
    assert progress.active_s(T0 + 60) == pytest.approx(60)


def test_start_twice_does_not_restart() -> None:
    progress = started([10, 20])
    progress.start(T0 + 5)
    assert progress.elapsed_in_step(T0 + 5) == pytest.approx(5)


def test_paused_time_does_not_count() -> None:
    progress = started([10, 20])
    progress.pause(T0 + 4)
    assert progress.paused
    progress.sync(T0 + 500)
    assert (progress.index, progress.elapsed_in_step(T0 + 500)) == (0, pytest.approx(4))
    progress.resume(T0 + 500)
    progress.sync(T0 + 507)
    assert progress.index == 1
    assert progress.elapsed_in_step(T0 + 507) == pytest.approx(1)
    assert progress.active_s(T0 + 507) == pytest.approx(11)


def test_pause_before_start_keeps_it_still() -> None:
    progress = RoutineProgress([10])
    progress.pause(T0)
    progress.start(T0)
    assert progress.elapsed_in_step(T0 + 30) == 0.0
    progress.resume(T0 + 30)
    assert progress.elapsed_in_step(T0 + 33) == pytest.approx(3)


def test_next_and_previous_jump_to_step_starts() -> None:
    progress = started([10, 20, 30])
    progress.next(T0 + 3)
    assert (progress.index, progress.elapsed_in_step(T0 + 3)) == (1, 0.0)
    progress.previous(T0 + 8)
    assert (progress.index, progress.elapsed_in_step(T0 + 8)) == (0, 0.0)
    progress.previous(T0 + 9)  # at the first step: back to its start
    assert (progress.index, progress.elapsed_in_step(T0 + 10)) == (0, pytest.approx(1))
    # Steps passed over with Next are not counted as done; the time spent is.
    assert progress.steps_completed == 0
    assert progress.active_s(T0 + 10) == pytest.approx(3 + 5 + 1 + 1)
    for _ in range(3):
        progress.next(T0 + 10)
    assert progress.finished
    progress.next(T0 + 11)
    progress.previous(T0 + 11)
    assert progress.finished, "the end is the end"


def test_next_while_paused_stays_paused() -> None:
    progress = started([10, 20])
    progress.pause(T0 + 2)
    progress.next(T0 + 3)
    assert progress.index == 1
    assert progress.elapsed_in_step(T0 + 50) == 0.0


def test_an_empty_routine_is_finished_at_once() -> None:
    progress = started([])
    assert progress.finished
    assert progress.remaining_in_step(T0) == 0.0


@given(st.lists(st.integers(1, 120), min_size=1, max_size=12),
       st.lists(st.floats(0, 90, allow_nan=False), max_size=30))
def test_time_is_never_lost_or_invented(durations: list[int], gaps: list[float]) -> None:
    progress = started([float(d) for d in durations])
    now = T0
    for gap in gaps:
        now += gap
        progress.sync(now)
        expected = min(now - T0, float(sum(durations)))
        assert progress.active_s(now) == pytest.approx(expected)
        assert progress.index == sum(1 for edge in _edges(durations) if edge <= now - T0)


def _edges(durations: list[int]) -> list[int]:
    total, edges = 0, []
    for duration in durations:
        total += duration
        edges.append(total)
    return edges


def test_next_pressed_through_follows_nothing() -> None:
    progress = started([10, 20, 30])
    for second in (1, 2, 3):
        progress.next(T0 + second)
    assert progress.finished
    assert progress.steps_followed == 0
    assert not progress.all_followed
    assert progress.first_unfollowed() == 0
    assert progress.active_s(T0 + 3) == pytest.approx(3)


def test_next_near_the_end_of_a_step_counts_it_as_followed() -> None:
    progress = started([10, 20, 30])
    progress.next(T0 + 6)  # 6 of 10 s
    progress.next(T0 + 6 + 5)  # 5 of 20 s: not followed
    progress.sync(T0 + 11 + 30)  # the last one runs out
    assert progress.finished
    assert [progress.followed(i) for i in range(3)] == [True, False, True]
    assert progress.first_unfollowed() == 1


def test_going_back_from_the_end_to_finish_a_step() -> None:
    progress = started([10, 20])
    progress.next(T0 + 1)
    progress.next(T0 + 2)
    assert progress.finished
    progress.go_to(T0 + 3, 0)
    assert (progress.index, progress.finished) == (0, False)
    progress.sync(T0 + 3 + 10 + 20)
    assert progress.finished and progress.all_followed
