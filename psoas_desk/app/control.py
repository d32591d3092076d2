"""Answers the command line (``psoas-desk status``, ``break``, ``pause``...) for the running app.

Requests arrive validated (see ``adapters/control_protocol.py``); each is
turned into the same intent the tray would send (:class:`DeskIntents`), so
the CLI and the tray can never disagree.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer

from psoas_desk.adapters.control_protocol import Command, Reply, Request
from psoas_desk.app.intents import DeskIntents
from psoas_desk.core.model import Posture

log = logging.getLogger(__name__)


class ControlHandler:
    """Maps control requests onto the app's intents."""

    def __init__(self, intents: DeskIntents) -> None:
        self._intents = intents

    def handle(self, request: Request) -> Reply:
        intents = self._intents
        cmd = request.cmd
        log.debug("control request %s %s", cmd, dict(request.args))
        match cmd:
            case Command.STATUS:
                return Reply.success(intents.status().to_json())
            case Command.SHOW:
                intents.show_panel()
            case Command.BREAK:
                routine = request.routine_id()
                if routine is not None:
                    return self._done(intents.start_routine(routine))
                return self._done(intents.start_break(request.break_kind()))
            case Command.PAUSE:
                return self._done(intents.pause(*request.pause_kind()))
            case Command.RESUME:
                was_paused = intents.paused()
                refusal = intents.resume()
                # "Reminders resumed" would be untrue without a pause to end.
                return self._done(refusal) if refusal else Reply.success(
                    {"resumed": was_paused})
            case Command.STAND:
                return self._done(intents.set_posture(Posture.STANDING))
            case Command.SIT:
                return self._done(intents.set_posture(Posture.SITTING))
            case Command.READING:
                return self._done(intents.set_reading(request.reading_on()))
            case Command.CHECKLIST:
                intents.open_checklist()
            case Command.SETTINGS:
                intents.open_settings()
            case Command.STATS:
                intents.open_stats()
            case Command.QUIT:
                # Reply first; quit once the event loop has sent it.
                QTimer.singleShot(0, intents.quit)
            case _:
                return Reply.failure(f"{cmd} is not supported")
        return Reply.success()

    @staticmethod
    def _done(refusal: str) -> Reply:
        return Reply.failure(refusal) if refusal else Reply.success()
