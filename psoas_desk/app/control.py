"""Answers the command line (``psoas-desk status``, ``break``, ``pause``...) for the running app.

Requests arrive validated (see ``adapters/control_protocol.py``); each is
turned into the same intent the tray would send, so the CLI and the tray can
never disagree.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from psoas_desk.adapters.control_protocol import Command, Reply, Request
from psoas_desk.core.model import Posture

if TYPE_CHECKING:
    from psoas_desk.app.controller import DeskApp

log = logging.getLogger(__name__)


class ControlHandler:
    """Maps control requests onto the app's intents."""

    def __init__(self, app: DeskApp) -> None:
        self._app = app

    def handle(self, request: Request) -> Reply:
        app = self._app
        engine = app.engine
        cmd = request.cmd
        args = request.args
        log.debug("control request %s %s", cmd, dict(args))
        if cmd is Command.STATUS:
            app.step("status")
            return Reply.success(app.view().to_json())
        if cmd is Command.SHOW:
            app.show_panel()
            return Reply.success()
        if cmd is Command.BREAK:
            kind = request.break_kind()
            return self._done(app.intent(lambda: engine.start_break(kind)))
        if cmd is Command.PAUSE:
            pause, seconds = request.pause_kind()
            return self._done(app.intent(lambda: app.pause(pause, seconds)))
        if cmd is Command.RESUME:
            app.step("resume")
            was_paused = engine.snapshot().pause is not None
            refusal = app.intent(engine.resume)
            # "Reminders resumed" would be untrue without a pause to end.
            return self._done(refusal) if refusal else Reply.success({"resumed": was_paused})
        if cmd is Command.STAND:
            return self._done(app.intent(lambda: engine.set_posture(Posture.STANDING)))
        if cmd is Command.SIT:
            return self._done(app.intent(lambda: engine.set_posture(Posture.SITTING)))
        if cmd is Command.CHECKLIST:
            app.open_checklist()
            return Reply.success()
        if cmd is Command.SETTINGS:
            app.open_settings()
            return Reply.success()
        if cmd is Command.QUIT:
            # Reply first; quit once the event loop has sent it.
            QTimer.singleShot(0, app.quit)
            return Reply.success()
        if cmd is Command.STATS:
            app.open_stats()
            return Reply.success()
        if cmd is Command.EXPORT:
            path = str(args["path"])
            count, problem = app.export_history(str(args["format"]), path)
            if problem:
                return Reply.failure(problem)
            return Reply.success({"path": path, "records": count})
        return Reply.failure(f"{cmd} is not supported")

    @staticmethod
    def _done(refusal: str) -> Reply:
        return Reply.failure(refusal) if refusal else Reply.success()
