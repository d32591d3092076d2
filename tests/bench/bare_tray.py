"""The floor for our stack: a bare PySide6 tray icon and nothing else.

Run by bench.py for comparison; not part of the product or the tests.

``--apscheduler`` adds what psoas-desk must carry anyway: apscheduler loaded
as the app loads it (its QtScheduler running a DebugExecutor, with a date and
a cron job), after the same PySide6 work-around the app applies first
(``psoas_desk.qt_workarounds``: without it PySide6 would keep the source of
every module apscheduler imports in memory). The difference between the two
floors is what the scheduling library costs by itself; what psoas-desk adds
over the second is its own.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

WITH_APSCHEDULER = "--apscheduler" in sys.argv[1:]

if WITH_APSCHEDULER:  # before PySide6, as psoas-desk does
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from psoas_desk.qt_workarounds import stop_source_caching_on_import

    stop_source_caching_on_import()

from PySide6.QtGui import QColor, QIcon, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QSystemTrayIcon  # noqa: E402


def start_scheduler() -> Any:
    from apscheduler.executors.debug import DebugExecutor
    from apscheduler.schedulers.qt import QtScheduler
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.date import DateTrigger

    scheduler = QtScheduler(executors={"default": DebugExecutor()},
                            job_defaults={"coalesce": True, "misfire_grace_time": None})
    scheduler.start()
    scheduler.add_job(print, DateTrigger(run_date=datetime.now() + timedelta(days=1)),
                      id="step")
    scheduler.add_job(print, CronTrigger(hour=4, minute=0), id="rollover")
    return scheduler


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor("#2a7f8f"))
    icon = QSystemTrayIcon(QIcon(pixmap))
    icon.setToolTip("bare tray")
    icon.show()
    scheduler = start_scheduler() if WITH_APSCHEDULER else None  # noqa: F841 - kept alive
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
