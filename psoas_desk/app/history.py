"""History for the running app: records engine events, opens the statistics
window, exports and deletes, and keeps the retention setting.

The statistics window and the export code are imported only when used.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from psoas_desk.core import events as ev
from psoas_desk.core.settings import Settings
from psoas_desk.core.snapshot import Snapshot
from psoas_desk.storage.history import HistoryStore
from psoas_desk.storage.history_open import HistoryMode, HistoryOpenReport

log = logging.getLogger(__name__)
STATS_DAYS = 31
"""How much history the statistics window reads (its longest period is 30 days)."""


class HistoryKeeper:
    """The app's side of the history database and the statistics window.

    Args:
        store: the history database (opened here).
        now: the current local time (the app's clock).
        zone: the local time zone, for day boundaries.
        settings: the settings in effect (day start, retention).
        snapshot: the engine's latest snapshot (today's live figures).
    """

    def __init__(self, store: HistoryStore, *, now: Callable[[], datetime], zone: tzinfo,
                 settings: Callable[[], Settings], snapshot: Callable[[], Snapshot]) -> None:
        self.store = store
        self._now = now
        self._zone = zone
        self._settings = settings
        self._snapshot = snapshot
        self.window: Any = None
        store.open()
        self.prune()

    @property
    def report(self) -> HistoryOpenReport:
        return self.store.report

    def notice(self) -> str:
        """A line for the user when the history is not in its normal state, else ""."""
        from psoas_desk.ui.history_text import storage_notice

        report = self.store.report
        if report.mode is HistoryMode.READ_WRITE:
            return ""
        return storage_notice(report.mode.value, str(report.moved_aside or report.detail))

    def record(self, events: Sequence[ev.Event]) -> None:
        """Keep the events; prune at a day's end; refresh an open window."""
        if not events:
            return
        self.store.record(events)
        if any(isinstance(e, ev.DayEnded) for e in events):
            self.prune()
        if self.window is not None and self.window.isVisible():
            self.refresh()

    def set_routine(self, break_started_at: datetime, routine_id: str) -> None:
        self.store.set_routine(break_started_at, routine_id)

    def record_review(self, checklist_id: str, ticked: Sequence[str]) -> None:
        self.store.record_checklist_review(checklist_id, self._now(), list(ticked))

    def prune(self) -> None:
        keep = self._settings().startup.history_days
        if keep > 0:
            self.store.prune(keep, self._now())

    def close(self) -> None:
        self.store.close()

    # -- the statistics window -------------------------------------------
    def open_window(self) -> None:
        from psoas_desk.ui.stats_window import StatsWindow

        if self.window is None:
            window = StatsWindow()
            window.export_csv_requested.connect(lambda path: self._export_to("csv", path))
            window.export_json_requested.connect(lambda path: self._export_to("json", path))
            window.delete_all_requested.connect(self._delete_all)
            self.window = window
        self.refresh()
        self.window.show()
        self.window.raise_()

    def drop_window(self) -> bool:
        """Close and forget the statistics window (e.g. the language changed).

        Returns:
            Whether it was open, so the caller can open a new one.
        """
        window, self.window = self.window, None
        if window is None:
            return False
        was_open = bool(window.isVisible())
        window.hide()
        window.deleteLater()
        return was_open

    def stats_view(self) -> Any:
        from psoas_desk.core.stats import build_stats

        now, snap = self._now(), self._snapshot()
        return build_stats(self.store.rows(since=now - timedelta(days=STATS_DAYS)),
                           today=snap.today, now=now, zone=self._zone,
                           day_starts_at=self._settings().schedule.day_starts_at,
                           open_bout_s=snap.sitting_s)

    def refresh(self) -> None:
        window = self.window
        if window is None:
            return
        window.set_view(self.stats_view())
        report, error = self.store.report, self.store.last_error
        if report.mode is HistoryMode.READ_WRITE and error:
            window.set_storage_state("write_failed", error)
        else:
            window.set_storage_state(report.mode.value, str(report.moved_aside or error or ""))

    # -- export and delete ------------------------------------------------
    def export(self, fmt: str, path: str) -> tuple[int, str]:
        """Write the history as CSV or JSON; returns (records, "") or (-1, why not)."""
        from psoas_desk.storage.export import ExportError, export_csv, export_json

        self.store.flush()
        try:
            if fmt == "csv":
                count = export_csv(self.store, Path(path))
            else:
                count = export_json(self.store, Path(path), now=self._now())
        except ExportError as exc:
            log.error("export failed: %s", exc)
            return -1, exc.reason
        log.info("history exported", extra={"event": "history_exported", "format": fmt,
                                            "path": path, "records": count})
        return count, ""

    def _export_to(self, fmt: str, path: str) -> None:
        count, problem = self.export(fmt, path)
        if problem:
            self.window.export_failed(path, problem)
        else:
            self.window.export_done(path, count)

    def _delete_all(self) -> None:
        if self.store.delete_all():
            log.info("history deleted", extra={"event": "history_deleted"})
            self.window.history_deleted()
        else:
            self.window.delete_failed(self.store.last_error or "")
        self.refresh()
