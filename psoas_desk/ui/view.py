"""What the tray, the status panel and ``status`` show: the engine's snapshot
plus a few facts only the app knows (which idle backend runs, whether there is
a tray, notices for the user)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from psoas_desk.core.snapshot import Snapshot


@dataclass(frozen=True)
class AppView:
    """An immutable view handed to the tray and the status panel."""

    snapshot: Snapshot
    idle_backend: str
    """Name of the idle-time backend in use; "none" means wall-clock mode."""
    tray_available: bool
    notices: tuple[str, ...] = ()
    """Short, already translated lines for the user (e.g. settings were reset)."""
    last_checklist_review: str = ""
    """Already formatted date of the last posture checklist review, or ""."""
    backends: Mapping[str, str] = field(default_factory=dict)
    """Which backend serves each capability ("session": "logind", ...), for status."""
    windows: Mapping[str, str] = field(default_factory=dict)
    """The Qt platform of the windows, why, and how popups keep the keyboard free."""

    def to_json(self) -> dict[str, object]:
        """The ``status --json`` object (stable fields documented in the README)."""
        out = self.snapshot.to_json()
        out["idle_backend"] = self.idle_backend
        out["tray_available"] = self.tray_available
        out["notices"] = list(self.notices)
        out["backends"] = dict(self.backends)
        out["windows"] = dict(self.windows)
        return out
