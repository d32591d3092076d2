"""The command line's requests become the same intents the tray sends.

:class:`ControlHandler` is built against the :class:`DeskIntents` interface,
so it is tested here with a recording fake instead of a running app; the real
app object is covered end to end (tests/e2e).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from pytestqt.qtbot import QtBot

from psoas_desk.adapters.control_protocol import Command, Request
from psoas_desk.app.control import ControlHandler
from psoas_desk.app.intents import DeskIntents
from psoas_desk.core.model import BreakKind, PauseKind, Posture
from psoas_desk.ui.view import AppView
from tests.ui.test_tray_icons import paused, sitting


@dataclass
class FakeIntents:
    """Records each intent with its arguments; refuses what the test says."""

    refusal: str = ""
    is_paused: bool = False
    calls: list[tuple[str, tuple[object, ...]]] = field(default_factory=list)

    def _did(self, name: str, *args: object) -> str:
        self.calls.append((name, args))
        return self.refusal

    def status(self) -> AppView:
        self._did("status")
        return AppView(paused() if self.is_paused else sitting(5), "x11", True)

    def paused(self) -> bool:
        self._did("paused")
        return self.is_paused

    def show_panel(self) -> None:
        self._did("show_panel")

    def start_break(self, kind: BreakKind) -> str:
        return self._did("start_break", kind)

    def pause(self, kind: PauseKind, seconds: int = 0) -> str:
        return self._did("pause", kind, seconds)

    def resume(self) -> str:
        return self._did("resume")

    def set_posture(self, posture: Posture) -> str:
        return self._did("set_posture", posture)

    def set_reading(self, on: bool) -> str:
        return self._did("set_reading", on)

    def report_self_break(self) -> str:
        return self._did("report_self_break")

    def start_routine(self, routine_id: str) -> str:
        return self._did("start_routine", routine_id)

    def postpone(self, seconds: int = 0) -> str:
        return self._did("postpone", seconds)

    def skip(self) -> str:
        return self._did("skip")

    def finish_break(self, routine_done: bool = False, leave_early: bool = False) -> str:
        return self._did("finish_break", routine_done, leave_early)

    def open_checklist(self) -> None:
        self._did("open_checklist")

    def open_settings(self) -> None:
        self._did("open_settings")

    def open_stats(self) -> None:
        self._did("open_stats")

    def quit(self) -> None:
        self._did("quit")


def handler_for(intents: FakeIntents) -> ControlHandler:
    typed: DeskIntents = intents  # says which interface the fake stands in for
    return ControlHandler(typed)


@pytest.mark.parametrize(("request_", "call"), [
    (Request(Command.BREAK, {"kind": "stretch"}), ("start_break", (BreakKind.STRETCH,))),
    (Request(Command.BREAK), ("start_break", (BreakKind.MICRO,))),
    (Request(Command.BREAK, {"routine": "home-floor-hips"}),
     ("start_routine", ("home-floor-hips",))),
    (Request.pause(PauseKind.TIMED, 1800), ("pause", (PauseKind.TIMED, 1800))),
    (Request.pause(PauseKind.UNTIL_TOMORROW), ("pause", (PauseKind.UNTIL_TOMORROW, 0))),
    (Request.pause(PauseKind.INDEFINITE), ("pause", (PauseKind.INDEFINITE, 0))),
    (Request(Command.STAND), ("set_posture", (Posture.STANDING,))),
    (Request(Command.SIT), ("set_posture", (Posture.SITTING,))),
    (Request(Command.READING), ("set_reading", (True,))),
    (Request(Command.READING, {"mode": "off"}), ("set_reading", (False,))),
    (Request(Command.SHOW), ("show_panel", ())),
    (Request(Command.CHECKLIST), ("open_checklist", ())),
    (Request(Command.SETTINGS), ("open_settings", ())),
    (Request(Command.STATS), ("open_stats", ())),
])
def test_each_request_is_one_intent_with_the_core_vocabulary(
        request_: Request, call: tuple[str, tuple[object, ...]]) -> None:
    intents = FakeIntents()
    reply = handler_for(intents).handle(request_)
    assert reply.ok
    assert intents.calls == [call]
    assert [type(arg) for arg in intents.calls[0][1]] == [type(arg) for arg in call[1]]


def test_a_refused_intent_is_a_failure_with_the_reason() -> None:
    intents = FakeIntents(refusal="no break while paused")
    reply = handler_for(intents).handle(Request(Command.BREAK))
    assert not reply.ok and reply.error == "no break while paused"


@pytest.mark.parametrize("was_paused", [True, False])
def test_resume_says_whether_there_was_a_pause_to_end(was_paused: bool) -> None:
    intents = FakeIntents(is_paused=was_paused)
    reply = handler_for(intents).handle(Request(Command.RESUME))
    assert reply.ok and reply.result == {"resumed": was_paused}
    assert [name for name, _ in intents.calls] == ["paused", "resume"]


def test_status_is_the_view_as_json() -> None:
    reply = handler_for(FakeIntents(is_paused=True)).handle(Request(Command.STATUS))
    assert reply.ok and isinstance(reply.result, dict)
    assert reply.result["state"] == "paused"
    assert reply.result["idle_backend"] == "x11"


def test_quit_replies_first_and_quits_from_the_event_loop(qtbot: QtBot) -> None:
    intents = FakeIntents()
    reply = handler_for(intents).handle(Request(Command.QUIT))
    assert reply.ok and intents.calls == []
    qtbot.waitUntil(lambda: intents.calls == [("quit", ())])
