"""What the tray, the status panel and ``status`` show besides the engine's
snapshot: which backend serves each capability, notices for the user, the
last checklist review, and whether there is a tray.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, time

from psoas_desk.adapters.autostart import Autostart
from psoas_desk.adapters.motion import MotionPreference
from psoas_desk.app.history import HistoryKeeper
from psoas_desk.app.notifications import Notifications
from psoas_desk.app.observe import Observer
from psoas_desk.app.state import StateKeeper
from psoas_desk.app.texts import app_text
from psoas_desk.core.snapshot import Snapshot
from psoas_desk.storage.settings_store import LoadReport
from psoas_desk.ui import fmt
from psoas_desk.ui.view import AppView

CHECKLIST_REVIEWED = "sitting-setup"
"""The checklist whose last review the status shows."""


class StatusBoard:
    """Builds the :class:`AppView` for the tray, the panel and ``status``."""

    def __init__(self, *, snapshot: Callable[[], Snapshot], observer: Observer,
                 notifications: Notifications, autostart: Autostart | None,
                 motion: MotionPreference | None, state: StateKeeper,
                 tray_visible: Callable[[], bool], notices: tuple[str, ...],
                 windowing: Mapping[str, str] | None = None) -> None:
        self._snapshot = snapshot
        self._observer = observer
        self._notifications = notifications
        self._autostart = autostart
        self._motion = motion
        self._state = state
        self._tray_visible = tray_visible
        self._notices = notices
        self._settings_notice = ""
        self._windowing = dict(windowing or {})

    def set_settings_notice(self, text: str) -> None:
        """What was wrong with the settings file when it was last read ("" when nothing)."""
        self._settings_notice = text

    def view(self) -> AppView:
        review = self._state.state.last_review(CHECKLIST_REVIEWED)
        problem = self._state.problem
        notices = tuple(n for n in (self._settings_notice, *self._notices, problem) if n)
        return AppView(snapshot=self._snapshot(), idle_backend=self._observer.idle_backend,
                       tray_available=self._tray_visible(), notices=notices,
                       last_checklist_review=fmt.date_text(_midday(review)) if review else "",
                       backends=self.backends(), windows=self._windowing)

    def backends(self) -> dict[str, str]:
        """The backend behind each capability ("none" where nothing works)."""
        motion = self._motion
        return {**self._observer.backends(),
                "notifications": self._notifications.name,
                "autostart": self._autostart.name if self._autostart is not None else "none",
                "reduce_motion": ", ".join(motion.names)
                if motion is not None and motion.sources else "none"}


def settings_notice(report: LoadReport) -> tuple[str, str]:
    """Heading and body of what was wrong with the settings file ("" and "" when nothing).

    Each problem names the option by its label in the person's language and
    says why ("Micro-break every: must be at most 4 h, got 5 h; using the
    default 30 min"), not the file's key.
    """
    if not report.problems and report.backup is None:
        return "", ""
    from psoas_desk.ui.form_labels import problems_text

    return problems_text(report.problems, report.backup)


def start_notices(content_notices: tuple[str, ...], report: LoadReport,
                  history: HistoryKeeper, observer: Observer) -> tuple[str, ...]:
    """The notices known at start: unreadable content, history, idle (settings: see above)."""
    notices = list(content_notices)
    if history.notice():
        notices.append(history.notice())
    if observer.idle_backend == "none":
        notices.append(app_text("No idle-time source was found: psoas-desk counts wall-clock "
                                "time and notices absence only by screen locks."))
    return tuple(notices)


def _midday(day: date) -> datetime:
    return datetime.combine(day, time(12)).astimezone()
