"""The floor for our stack: a bare PySide6 tray icon and nothing else.

Run by bench.py for comparison; not part of the product or the tests.

``--apscheduler`` adds what psoas-desk must carry anyway: apscheduler loaded
as the app loads it (its QtScheduler running a DebugExecutor, with a date and
a cron job), after the same PySide6 work-around the app applies first
(``psoas_desk.qt_workarounds``: without it PySide6 would keep the source of
every module apscheduler imports in memory). The difference between the two
floors is what the scheduling library costs by itself; what psoas-desk adds
over the second is its own.

``--floor`` (implies ``--apscheduler``) adds what any app doing psoas-desk's
job on Linux must load besides its own code, each used once as the app uses
it: an SQLite history in WAL mode (one write, one read), a QtDBus session-bus
connection with one call, libX11 and libXext through ctypes for the idle time
(XSync), a listening Unix socket for the command line, a TOML settings file
read with tomllib, its paths from platformdirs and one dataclass. What
psoas-desk adds over this floor is the cost of its own modules and objects.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

WITH_FLOOR = "--floor" in sys.argv[1:]
WITH_APSCHEDULER = WITH_FLOOR or "--apscheduler" in sys.argv[1:]

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


def load_platform_floor(folder: Path) -> list[Any]:
    """Load and use once the platform parts any psoas-desk must use; returns what to keep."""
    import ctypes
    import ctypes.util
    import dataclasses
    import socket
    import sqlite3
    import tomllib

    import platformdirs
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

    @dataclasses.dataclass(frozen=True)
    class Figure:
        name: str
        seconds: int = 0

    settings = tomllib.loads('[breaks]\nmicro_minutes = 25\n[popups]\nlanguage = "en"\n')
    keep: list[Any] = [Figure("sitting", 1), settings, platformdirs.user_state_dir("bare-tray")]
    history = sqlite3.connect(folder / "history.sqlite3")
    history.execute("PRAGMA journal_mode=WAL")
    history.execute("CREATE TABLE IF NOT EXISTS days (day TEXT PRIMARY KEY, sitting INTEGER)")
    with history:
        history.execute("INSERT OR REPLACE INTO days VALUES ('2026-12-07', 1500)")
    keep += [history, history.execute("SELECT * FROM days").fetchall()]
    bus = QDBusConnection.sessionBus()
    daemon = QDBusInterface("org.freedesktop.DBus", "/org/freedesktop/DBus",
                            "org.freedesktop.DBus", bus)
    keep += [bus, daemon, daemon.call("GetId")]
    x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    xext = ctypes.CDLL(ctypes.util.find_library("Xext") or "libXext.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    display = ctypes.c_void_p(x11.XOpenDisplay(None))
    event_base, error_base = ctypes.c_int(), ctypes.c_int()
    if display.value and xext.XSyncQueryExtension(display, ctypes.byref(event_base),
                                                  ctypes.byref(error_base)):
        xext.XSyncInitialize(display, ctypes.byref(event_base), ctypes.byref(error_base))
    control = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    control.bind(str(folder / "control"))
    control.listen()
    return [*keep, x11, xext, display, control]


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor("#2a7f8f"))
    icon = QSystemTrayIcon(QIcon(pixmap))
    icon.setToolTip("bare tray")
    icon.show()
    scheduler = start_scheduler() if WITH_APSCHEDULER else None  # noqa: F841 - kept alive
    if not WITH_FLOOR:
        return app.exec()
    import tempfile  # here: the bare tray itself imports nothing it does not need

    with tempfile.TemporaryDirectory() as folder:
        floor = load_platform_floor(Path(folder))  # noqa: F841 - kept alive
        return app.exec()


if __name__ == "__main__":
    sys.exit(main())
