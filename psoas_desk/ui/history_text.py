"""How the history's state is worded for the user (statistics window, status panel).

Kept apart from the statistics window so the status panel can use it without
importing that window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatsWindow", text)


def storage_notice(mode: str, detail: str = "") -> str:
    """What is special about the history file; "" for "read_write" or an unknown mode.

    Args:
        mode: "read_only_newer", "fresh_after_corrupt", "unavailable" or
            "write_failed" (the values of ``storage.history_open.HistoryMode``,
            plus the last one for a write that failed).
        detail: the moved-aside path, or the error, to show with it.
    """
    if mode == "read_only_newer":
        return _tr("This history was written by a newer version of psoas-desk. It is shown as "
                   "it is, and nothing new is recorded until psoas-desk is updated.")
    if mode == "fresh_after_corrupt":
        return _tr("The history file could not be read, so a new one was started. The old "
                   "file was kept at %1.").replace("%1", detail)
    if mode == "unavailable":
        return _tr("The history cannot be saved right now (%1); psoas-desk keeps "
                   "trying.").replace("%1", detail)
    if mode == "write_failed":
        return _tr("Recent events could not be saved (%1); psoas-desk will try "
                   "again.").replace("%1", detail)
    return ""
