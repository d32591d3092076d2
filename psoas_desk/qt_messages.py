"""Qt's own messages go to psoas-desk's log, not to the terminal.

Qt prints to stderr what its plugins have to say: the multimedia backend
announces its FFmpeg version when the first break sound loads, PulseAudio
reports that it could not connect where there is no sound server, the xcb
plugin warns about odd window-manager replies. To a person who just started
the app from a terminal these lines look like errors. Routed through
:mod:`logging` (logger ``qt.<category>``) they land in the log file, with
the level Qt gave them, and on stderr only with ``-v``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

_LEVELS = {"QtDebugMsg": logging.DEBUG, "QtInfoMsg": logging.INFO,
           "QtWarningMsg": logging.WARNING, "QtCriticalMsg": logging.ERROR,
           "QtFatalMsg": logging.CRITICAL}

Handler = Callable[[Any, Any, str], None]


def log_qt_message(kind: Any, context: Any, message: str) -> None:
    """Write one Qt message to the log (the signature of a Qt message handler)."""
    category = getattr(context, "category", None) or "default"
    name = category if category.startswith("qt.") else f"qt.{category}"
    level = _LEVELS.get(getattr(kind, "name", ""), logging.WARNING)
    logging.getLogger(name).log(level, "%s", message)


def route_qt_messages_to_log() -> Handler:
    """Install :func:`log_qt_message` as Qt's message handler; returns it.

    Call before the QApplication is created, so the platform plugin's own
    start-up messages are caught too.
    """
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(log_qt_message)
    return log_qt_message
