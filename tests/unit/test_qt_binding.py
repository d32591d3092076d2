"""The installed Qt binding must not corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 loses a reference to ``None`` on every Qt call
that returns nothing; a tray app making such calls all day then aborts with
"Fatal Python error: none_dealloc". pyproject.toml keeps that build out; this
test fails loudly if a bad build ever comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_qt_calls_that_return_nothing_keep_none_alive() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
        obj.blockSignals(False)
    # Other code may hold a few more or fewer references meanwhile; a broken
    # binding loses thousands.
    assert sys.getrefcount(None) - before > -100
