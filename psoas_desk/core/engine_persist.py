"""Saving the engine's state so a restart (or a crash) loses nothing that matters.

What is kept: today's figures, the sitting bout in progress (when it began and
how much of it was sitting), the progress towards each break, the posture, and
any running pause. Times are saved as wall-clock ISO strings, because monotonic
time means nothing after a restart. The time the app was not running is unknown,
so the engine treats it as time away (see ``Engine.restore_state``).

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from psoas_desk.core.breaks import KINDS
from psoas_desk.core.daybook import Tally
from psoas_desk.core.model import BreakKind, PauseKind, Posture

if TYPE_CHECKING:
    from psoas_desk.core.workday import Workday

FORMAT_VERSION = 1
_TALLY_FIELDS = tuple(f.name for f in dataclasses.fields(Tally) if f.name != "day")


@dataclass(frozen=True)
class SavedState:
    """A validated saved state (every field checked on the way in)."""

    saved_at: datetime
    day: date
    tally: Tally
    bout_start: datetime | None
    bout_sitting_s: float
    progress: dict[BreakKind, float]
    posture: Posture
    standing_since: datetime | None
    pause_kind: PauseKind | None
    pause_until: datetime | None
    pause_until_day: date | None


def export_state(w: Workday) -> dict[str, object]:
    """The engine's lasting state as JSON-ready data."""
    acc = w.acc
    tally = {name: getattr(w.ledger.tally, name) for name in _TALLY_FIELDS}
    pause = w.gate.pause
    return {
        "version": FORMAT_VERSION,
        "saved_at": w.m.now.isoformat(),
        "day": w.ledger.day.isoformat(),
        "tally": tally,
        "bout": None if acc.bout is None else {
            "start": acc.bout.start_wall.isoformat(), "sitting_s": acc.bout.sitting_s},
        "progress": {k.value: v for k, v in w.sched.progress.items()},
        "posture": acc.posture.value,
        "standing_since": None if acc.standing is None else acc.standing.since_wall.isoformat(),
        "pause": None if pause is None else {
            "kind": pause.kind.value,
            "until": pause.until_wall.isoformat() if pause.until_wall else None,
            "until_day": pause.until_day.isoformat() if pause.until_day else None,
        },
    }


def parse_state(data: Mapping[str, object]) -> SavedState:
    """Validate saved data; raises ValueError (with the reason) for anything odd."""
    if data.get("version") != FORMAT_VERSION:
        raise ValueError(f"unknown state version {data.get('version')!r}")
    tally_raw = _mapping(data.get("tally"), "tally")
    day = date.fromisoformat(_text(data.get("day"), "day"))
    values: dict[str, float | int] = {}
    for name in _TALLY_FIELDS:
        value = tally_raw.get(name, 0)
        kind = type(getattr(Tally(day), name))
        values[name] = _number(value, f"tally.{name}", integer=kind is int)
    bout = data.get("bout")
    bout_start, bout_s = None, 0.0
    if bout is not None:
        bout_map = _mapping(bout, "bout")
        bout_start = _aware(bout_map.get("start"), "bout.start")
        bout_s = float(_number(bout_map.get("sitting_s"), "bout.sitting_s"))
    progress_raw = _mapping(data.get("progress"), "progress")
    progress = {k: float(_number(progress_raw.get(k.value, 0.0), f"progress.{k.value}"))
                for k in KINDS}
    standing = data.get("standing_since")
    pause = data.get("pause")
    pause_kind, pause_until, pause_day = None, None, None
    if pause is not None:
        pause_map = _mapping(pause, "pause")
        pause_kind = PauseKind(_text(pause_map.get("kind"), "pause.kind"))
        if pause_map.get("until") is not None:
            pause_until = _aware(pause_map.get("until"), "pause.until")
        if pause_map.get("until_day") is not None:
            pause_day = date.fromisoformat(_text(pause_map.get("until_day"), "pause.until_day"))
        if pause_kind is PauseKind.TIMED and pause_until is None:
            raise ValueError("a timed pause needs its end time")
    return SavedState(
        saved_at=_aware(data.get("saved_at"), "saved_at"), day=day,
        tally=Tally(day, **values),  # type: ignore[arg-type]
        bout_start=bout_start, bout_sitting_s=bout_s, progress=progress,
        posture=Posture(_text(data.get("posture"), "posture")),
        standing_since=None if standing is None else _aware(standing, "standing_since"),
        pause_kind=pause_kind, pause_until=pause_until, pause_until_day=pause_day)


def _mapping(value: object, where: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise ValueError(f"{where} is not a table")
    return value


def _text(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{where} is not text")
    return value


def _number(value: object, where: str, *, integer: bool = False) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{where} is not a number")
    if not math.isfinite(value) or value < 0 or value > 10 ** 9:
        raise ValueError(f"{where} is out of range")
    return int(value) if integer else float(value)


def _aware(value: object, where: str) -> datetime:
    when = datetime.fromisoformat(_text(value, where))
    if when.tzinfo is None:
        raise ValueError(f"{where} has no time zone")
    try:  # "0001-01-01T00:00:00+14:00" parses but has no UTC time
        when.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"{where} is out of range") from None
    return when
