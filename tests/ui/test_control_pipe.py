"""The Windows control channel (``QLocalServer`` + ``QLocalSocket``), run for real here.

On Windows ``QLocalServer`` listens on a named pipe; on Linux the same Qt
classes use a Unix socket, so the server and the client the app uses on
Windows run here unchanged, with the platform injected where it is chosen
(``open_control_server``, ``send_request``). Raw abuse goes straight at the
socket Qt made (``full_server_name``), as a hostile local client would.

The client runs in its own process, as the command line does: PySide6 keeps
the GIL during ``QLocalSocket.waitFor...``, so a client thread in this process
would stall the event loop the server needs.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from psoas_desk.adapters.control import ControlServer, open_control_server
from psoas_desk.adapters.control_client import PIPE_NAME, ControlError, NotRunningError
from psoas_desk.adapters.control_pipe import PipeControlServer
from psoas_desk.adapters.control_protocol import MAX_MESSAGE_BYTES, Command, Reply, Request
from psoas_desk.storage.paths import AppPaths, resolve_paths
from tests.ui.test_control_server import STATUS, VALID, RecordingHandler, exchange_raw, reply_of


@pytest.fixture(autouse=True)
def _event_loop(qapp: object) -> None:
    """The server lives in the Qt event loop (this also marks every test ``gui``)."""


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path)


@pytest.fixture
def handler() -> RecordingHandler:
    return RecordingHandler()


@pytest.fixture
def pool() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(max_workers=16) as executor:
        yield executor


@pytest.fixture
def server(paths: AppPaths, handler: RecordingHandler) -> Iterator[PipeControlServer]:
    srv = PipeControlServer(paths.pipe_name_file, handler, client_timeout_ms=5000)
    srv.listen()
    yield srv
    srv.close()


ROOT = Path(__file__).resolve().parents[2]
CLIENT = """
import json, sys
from pathlib import Path
from psoas_desk.adapters import control_client as client
from psoas_desk.adapters.control_protocol import Request
from psoas_desk.storage.paths import resolve_paths
paths, request = resolve_paths(Path(sys.argv[1])), Request(sys.argv[2], json.loads(sys.argv[3]))
call = client.forward_to_running if sys.argv[5] == "forward" else client.send_request
try:
    reply = call(paths, request, timeout_s=float(sys.argv[4]), platform="win32")
except client.ControlError as exc:
    print(json.dumps({"raised": type(exc).__name__, "message": str(exc)}))
else:
    print(json.dumps({"ok": reply.ok, "result": reply.result, "error": reply.error}))
"""


def ask_pipe(qtbot: QtBot, pool: ThreadPoolExecutor, paths: AppPaths, request: Request,
             timeout_s: float = 5.0, how: str = "send") -> Reply:
    """What ``psoas-desk <command>`` does on Windows, in a process of its own.

    Raises:
        ControlError: as the client raised it (NotRunningError included).
    """
    argv = [sys.executable, "-c", CLIENT, str(paths.runtime_dir.parent), str(request.cmd),
            json.dumps(dict(request.args)), str(timeout_s), how]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT),
                                                       os.environ.get("PYTHONPATH", "")]))
    future = pool.submit(subprocess.run, argv, cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=60, check=False)
    qtbot.waitUntil(future.done, timeout=60000)
    out = future.result()
    answer = json.loads(out.stdout or "null")
    assert isinstance(answer, dict), out.stderr[-3000:]
    if "raised" in answer:
        raise (NotRunningError if answer["raised"] == "NotRunningError" else ControlError)(
            answer["message"])
    return Reply(ok=answer["ok"], result=answer["result"], error=answer["error"])


def raw(qtbot: QtBot, pool: ThreadPoolExecutor, srv: PipeControlServer,
        data: bytes) -> dict[str, object]:
    future = pool.submit(exchange_raw, Path(srv.full_server_name), data)
    qtbot.waitUntil(future.done, timeout=10000)
    return reply_of(future.result())


@pytest.mark.parametrize(("platform", "kind"), [("win32", PipeControlServer),
                                                ("linux", ControlServer),
                                                ("darwin", ControlServer)])
def test_each_platform_gets_its_own_server(paths: AppPaths, handler: RecordingHandler,
                                           platform: str, kind: type) -> None:
    assert isinstance(open_control_server(paths, handler, platform=platform), kind)


def test_the_windows_client_and_server_talk(
        qtbot: QtBot, pool: ThreadPoolExecutor, server: PipeControlServer, paths: AppPaths,
        handler: RecordingHandler) -> None:
    assert ask_pipe(qtbot, pool, paths, Request(Command.STATUS)) == Reply.success(STATUS)
    assert ask_pipe(qtbot, pool, paths, Request(Command.BREAK, {"kind": "stretch"})).ok
    assert [r.cmd for r in handler.requests] == [Command.STATUS, Command.BREAK]
    qtbot.waitUntil(lambda: server.client_count == 0)


def test_the_pipe_name_is_random_private_to_the_user_and_withdrawn_on_close(
        paths: AppPaths, handler: RecordingHandler) -> None:
    names = []
    for _ in range(2):
        srv = PipeControlServer(paths.pipe_name_file, handler)
        srv.listen()
        written = paths.pipe_name_file.read_text(encoding="ascii").strip()
        assert written == srv.name and PIPE_NAME.fullmatch(written)
        assert stat.S_IMODE(paths.pipe_name_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(paths.runtime_dir.stat().st_mode) == 0o700
        # UserAccessOption: on Windows a DACL for this user's SID only; here 0700-ish.
        assert stat.S_IMODE(os.stat(srv.full_server_name).st_mode) & 0o077 == 0
        names.append(written)
        srv.close()
        assert not paths.pipe_name_file.exists()
    assert names[0] != names[1]


def test_no_pipe_name_or_a_stale_one_means_not_running(
        qtbot: QtBot, pool: ThreadPoolExecutor, paths: AppPaths) -> None:
    with pytest.raises(NotRunningError):
        ask_pipe(qtbot, pool, paths, Request(Command.STATUS))
    paths.runtime_dir.mkdir(parents=True, mode=0o700)
    paths.pipe_name_file.write_text("psoas-desk-" + "ab" * 16 + "\n")  # a killed app's
    with pytest.raises(NotRunningError):
        ask_pipe(qtbot, pool, paths, Request(Command.STATUS))
    paths.pipe_name_file.write_text("\\\\.\\pipe\\somebody-elses\n")  # not a name we write
    with pytest.raises(NotRunningError):
        ask_pipe(qtbot, pool, paths, Request(Command.STATUS))


def test_forwarding_waits_for_a_windows_instance_that_is_starting(
        qtbot: QtBot, pool: ThreadPoolExecutor, paths: AppPaths,
        handler: RecordingHandler) -> None:
    srv = PipeControlServer(paths.pipe_name_file, handler)
    # The second launch polls while the first one starts.
    QTimer.singleShot(1500, srv.listen)
    try:
        reply = ask_pipe(qtbot, pool, paths, Request(Command.SHOW), timeout_s=20, how="forward")
        assert reply.ok and [r.cmd for r in handler.requests] == [Command.SHOW]
    finally:
        srv.close()


@pytest.mark.parametrize(("data", "why"), [
    (b"x" * (MAX_MESSAGE_BYTES + 10) + b"\n", "too long"),
    (b'{"v": 1, "cmd": "nap"}\n', "unknown command"),
    (b"\xff\xfe\n", "not valid UTF-8"),
])
def test_bad_requests_get_a_reason_and_the_server_carries_on(
        qtbot: QtBot, pool: ThreadPoolExecutor, server: PipeControlServer, paths: AppPaths,
        handler: RecordingHandler, data: bytes, why: str) -> None:
    reply = raw(qtbot, pool, server, data)
    assert reply["ok"] is False and why in str(reply["error"])
    assert handler.requests == []
    assert ask_pipe(qtbot, pool, paths, Request(Command.STATUS)).ok


def test_a_silent_client_is_dropped_after_the_timeout(
        qtbot: QtBot, pool: ThreadPoolExecutor, paths: AppPaths,
        handler: RecordingHandler) -> None:
    srv = PipeControlServer(paths.pipe_name_file, handler, client_timeout_ms=300)
    srv.listen()
    try:
        reply = raw(qtbot, pool, srv, b'{"v": 1, "cmd": "sta')
        assert reply["ok"] is False and "no complete request" in str(reply["error"])
        qtbot.waitUntil(lambda: srv.client_count == 0)
    finally:
        srv.close()


def test_handler_exception_becomes_an_error_reply(
        qtbot: QtBot, pool: ThreadPoolExecutor, paths: AppPaths,
        caplog: pytest.LogCaptureFixture) -> None:
    def broken(request: Request) -> Reply:
        raise RuntimeError("engine exploded")

    srv = PipeControlServer(paths.pipe_name_file, broken)
    srv.listen()
    try:
        with caplog.at_level(logging.ERROR):
            reply = ask_pipe(qtbot, pool, paths, Request(Command.STATUS))
        assert not reply.ok and "engine exploded" in reply.error
    finally:
        srv.close()


def test_a_request_from_a_client_that_hangs_up_at_once_is_carried_out(
        qtbot: QtBot, server: PipeControlServer, handler: RecordingHandler) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.connect(server.full_server_name)
        sock.sendall(b'{"v": 1, "cmd": "quit"}\n')
    qtbot.waitUntil(lambda: [r.cmd for r in handler.requests] == [Command.QUIT])
    qtbot.waitUntil(lambda: server.client_count == 0)


def test_connections_beyond_the_limit_are_refused(
        qtbot: QtBot, pool: ThreadPoolExecutor, paths: AppPaths,
        handler: RecordingHandler) -> None:
    srv = PipeControlServer(paths.pipe_name_file, handler, max_clients=2)
    srv.listen()
    socks = [socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) for _ in range(2)]
    try:
        for sock in socks:
            sock.connect(srv.full_server_name)
        qtbot.waitUntil(lambda: srv.client_count == 2)
        with pytest.raises(ControlError):
            ask_pipe(qtbot, pool, paths, Request(Command.STATUS), timeout_s=2)
        assert handler.requests == []
    finally:
        for sock in socks:
            sock.close()
        srv.close()


def test_valid_request_through_the_raw_pipe_matches_the_unix_server(
        qtbot: QtBot, pool: ThreadPoolExecutor, server: PipeControlServer) -> None:
    assert raw(qtbot, pool, server, VALID) == {"ok": True, "result": STATUS}
