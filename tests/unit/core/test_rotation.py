"""Break rotation: the posture check on its own turn, no routine twice in a row."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace

import pytest

from psoas_desk.core.model import BreakKind
from psoas_desk.core.rotation import BreakRotation, is_posture_check
from psoas_desk.core.routines import (
    ContentLibrary,
    LocalizedText,
    Place,
    Routine,
    RoutineKind,
    Step,
)
from psoas_desk.core.settings import MicroBreakSettings, RoutineSettings, Settings
from psoas_desk.storage.content import load_content


def routine(routine_id: str, kind: RoutineKind, checklist: str | None = None) -> Routine:
    step = Step(LocalizedText("Stand up."), 30)
    return Routine(routine_id, LocalizedText(routine_id), kind, Place.DESK, 30, (step,),
                   checklist=checklist)


SMALL = ContentLibrary.build([
    routine("m1", RoutineKind.MICRO), routine("m2", RoutineKind.MICRO),
    routine("posture", RoutineKind.MICRO, checklist="sitting-setup"),
    routine("s1", RoutineKind.STRETCH), routine("s2", RoutineKind.STRETCH),
    routine("b1", RoutineKind.BREATHING),
])


def settings(every: int = 4, disabled: tuple[str, ...] = ()) -> Settings:
    return replace(Settings(), micro=MicroBreakSettings(checklist_every=every),
                   routines=RoutineSettings(disabled=disabled))


def simulate(rotation: BreakRotation, config: Settings, rng: random.Random,
             breaks: int) -> list[tuple[BreakKind, str, bool]]:
    """A long run of breaks: three micro-breaks to one stretch break, some postponed."""
    offered: list[tuple[BreakKind, str, bool]] = []
    for number in range(breaks):
        kind = BreakKind.STRETCH if number % 4 == 3 else BreakKind.MICRO
        chosen = rotation.choose(kind, config)
        assert chosen is not None
        offered.append((kind, chosen.id, False))
        while rng.random() < 0.2:  # postponed: it comes back with the same routine
            again = rotation.choose(kind, config, returning=True)
            assert again is not None
            assert again.id == chosen.id
            offered.append((kind, again.id, True))
    return offered


@pytest.mark.parametrize("library", [SMALL, load_content().library], ids=["small", "shipped"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_over_1000_breaks_the_posture_check_is_exactly_every_fourth_micro_break(
        library: ContentLibrary, seed: int) -> None:
    rng = random.Random(seed)
    rotation = BreakRotation(library, random.Random(seed))
    config = settings(every=4)
    offered = simulate(rotation, config, rng, 1000)
    posture = {r.id for r in library.routines.values() if is_posture_check(r)}
    micro = [rid for kind, rid, again in offered if kind is BreakKind.MICRO and not again]
    assert len(micro) == 750
    for number, rid in enumerate(micro, start=1):
        assert (rid in posture) == (number % 4 == 0), f"micro-break {number} offered {rid}"
    # Never from the random pool: stretch breaks never get it either.
    assert not any(rid in posture for kind, rid, _ in offered if kind is BreakKind.STRETCH)
    # No routine twice in a row (a postponed break coming back is the same break).
    fresh = [rid for _, rid, again in offered if not again]
    for before, after in itertools.pairwise(fresh):
        assert before != after
    assert rotation.micro_count == 750


def test_every_enabled_routine_comes_up_and_turned_off_ones_never() -> None:
    library = load_content().library
    rotation = BreakRotation(library, random.Random(5))
    off = ("micro-walk",)
    offered = {rid for _, rid, _ in simulate(rotation, settings(disabled=off),
                                             random.Random(5), 400)}
    assert "micro-walk" not in offered
    desk = {r.id for r in library.routines.values()
            if r.kind in (RoutineKind.MICRO, RoutineKind.STRETCH)} - set(off)
    assert desk <= offered


def test_no_posture_check_when_turned_off_or_disabled() -> None:
    for config in (settings(every=0), settings(every=2, disabled=("posture",))):
        rotation = BreakRotation(SMALL, random.Random(0))
        picks = [rotation.choose(BreakKind.MICRO, config) for _ in range(40)]
        assert all(p is not None and p.id != "posture" for p in picks)


def test_the_count_carries_on_from_a_saved_value() -> None:
    rotation = BreakRotation(SMALL, random.Random(0), micro_count=7)
    chosen = rotation.choose(BreakKind.MICRO, settings(every=4))
    assert chosen is not None and chosen.id == "posture"  # the 8th micro-break


def test_a_routine_chosen_on_demand_is_not_offered_by_the_next_break() -> None:
    for seed in range(50):
        rotation = BreakRotation(SMALL, random.Random(seed))
        rotation.chosen(SMALL.routines["s1"])
        chosen = rotation.choose(BreakKind.STRETCH, settings())
        assert chosen is not None and chosen.id == "s2"


def test_with_one_routine_left_it_may_repeat() -> None:
    rotation = BreakRotation(SMALL, random.Random(0))
    config = settings(every=0, disabled=("m2", "b1"))
    picks = {rotation.choose(BreakKind.MICRO, config).id for _ in range(5)}  # type: ignore[union-attr]
    assert picks == {"m1"}
