"""Small facts the app keeps between runs (``state.json`` in the state dir).

Whether the first-run welcome was shown, when each checklist was last
reviewed, how many micro-breaks have started (every Nth one is a posture
check), and, for crash recovery, the engine's own state. Read leniently: a
broken file is set aside and the app starts fresh; written atomically.
"""

from __future__ import annotations

import json
import logging
import shutil
import stat
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from psoas_desk.storage.atomic import atomic_write_text

log = logging.getLogger(__name__)
MAX_STATE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class AppState:
    first_run_done: bool = False
    checklist_reviews: dict[str, str] = field(default_factory=dict)
    """Checklist id -> ISO date of the last review."""
    micro_breaks_started: int = 0
    tray_hint_shown: bool = False
    """Whether GNOME users were told once how to get a tray icon (app/windows.py)."""
    engine: dict[str, Any] = field(default_factory=dict)
    """The engine's saved state (see ``Engine.export_state``), or empty."""
    checklist_answers: dict[str, dict[str, str]] = field(default_factory=dict)
    """Today's answers in the checklist window: checklist id -> item id -> "ticked"
    or "cant"; only valid on ``checklist_answers_day``."""
    checklist_answers_day: str = ""
    """The ISO date the answers were given on ("" for none)."""

    def answers_on(self, day: date) -> dict[str, dict[str, str]]:
        """The checklist answers given on ``day`` (none from another day)."""
        return self.checklist_answers if self.checklist_answers_day == day.isoformat() else {}

    def answered(self, checklist_id: str, answers: dict[str, str], on: date) -> AppState:
        """The state with ``answers`` as today's for ``checklist_id``."""
        kept = dict(self.answers_on(on))
        kept[checklist_id] = dict(answers)
        return replace(self, checklist_answers=kept, checklist_answers_day=on.isoformat())

    def reviewed(self, checklist_id: str, on: date) -> AppState:
        reviews = dict(self.checklist_reviews)
        reviews[checklist_id] = on.isoformat()
        return replace(self, checklist_reviews=reviews)

    def last_review(self, checklist_id: str) -> date | None:
        text = self.checklist_reviews.get(checklist_id)
        try:
            return date.fromisoformat(text) if text else None
        except ValueError:
            return None


class AppStateStore:
    """Reads and writes one ``state.json``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem = ""

    def load(self) -> AppState:
        """The saved state, or a fresh one (a broken file is kept aside and reported)."""
        try:
            if not self.path.exists():
                return AppState()
            info = self.path.stat()
            if not stat.S_ISREG(info.st_mode):  # a named pipe would block the start
                raise ValueError("not a regular file")
            if info.st_size > MAX_STATE_BYTES:
                raise ValueError("file too large")
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
            return _from_json(raw)
        except (OSError, ValueError, TypeError) as exc:
            self.problem = f"{self.path.name} could not be read ({exc}); starting fresh"
            log.warning("app state: %s", self.problem)
            self._set_aside()
            return AppState()

    def save(self, state: AppState) -> None:
        """Write atomically. Raises OSError when the disk refuses."""
        data = {
            "first_run_done": state.first_run_done,
            "checklist_reviews": dict(state.checklist_reviews),
            "micro_breaks_started": state.micro_breaks_started,
            "tray_hint_shown": state.tray_hint_shown,
            "engine": dict(state.engine),
            "checklist_answers": {k: dict(v) for k, v in state.checklist_answers.items()},
            "checklist_answers_day": state.checklist_answers_day,
        }
        atomic_write_text(self.path, json.dumps(data, indent=1, sort_keys=True))

    def _set_aside(self) -> None:
        try:
            if self.path.is_file():
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                shutil.move(self.path, self.path.with_name(f"{self.path.name}.broken-{stamp}"))
        except OSError as exc:
            log.error("could not move %s aside: %s", self.path, exc)


def _from_json(raw: dict[str, Any]) -> AppState:
    reviews = raw.get("checklist_reviews", {})
    engine = raw.get("engine", {})
    count = raw.get("micro_breaks_started", 0)
    return AppState(
        first_run_done=raw.get("first_run_done") is True,
        checklist_reviews={str(k): str(v) for k, v in reviews.items()}
        if isinstance(reviews, dict) else {},
        micro_breaks_started=count if isinstance(count, int) and count >= 0 else 0,
        tray_hint_shown=raw.get("tray_hint_shown") is True,
        engine=engine if isinstance(engine, dict) else {},
        checklist_answers=_answers(raw.get("checklist_answers")),
        checklist_answers_day=str(raw.get("checklist_answers_day") or ""),
    )


def _answers(raw: object) -> dict[str, dict[str, str]]:
    """Checklist answers read leniently: anything but known answers is left out."""
    if not isinstance(raw, dict):
        return {}
    return {str(cid): {str(item): answer for item, answer in given.items()
                       if answer in ("ticked", "cant")}
            for cid, given in raw.items() if isinstance(given, dict)}
