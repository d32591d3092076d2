"""The control socket server in a real Qt event loop, with real sockets.

Clients are blocking sockets run in worker threads, so the event loop keeps
running while the test waits for them with ``qtbot.waitUntil``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import stat
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from psoas_desk import cli
from psoas_desk.adapters.control import ControlServer, ControlServerError
from psoas_desk.adapters.control_client import forward_to_running, send_request
from psoas_desk.adapters.control_protocol import MAX_MESSAGE_BYTES, Command, Reply, Request
from psoas_desk.storage.paths import AppPaths, resolve_paths
from tests.unit.adapters.test_control import lock_held_elsewhere

STATUS = {"state": "active", "posture": "sitting", "sitting_s": 1380,
          "next_break": {"kind": "micro", "in_s": 420}, "paused_until": None,
          "idle_backend": "x11", "tray_available": True,
          "today": {"sitting_s": 7200, "longest_bout_s": 3000, "breaks_completed": 4,
                    "breaks_postponed": 1, "breaks_skipped": 0, "natural_breaks": 2}}
VALID = b'{"v": 1, "cmd": "status"}\n'


@pytest.fixture(autouse=True)
def _event_loop(qapp: object) -> None:
    """Every server here watches its sockets with Qt notifiers, which need the app.

    Asking for ``qapp`` also marks each test ``gui`` (tests/conftest.py), so
    the fast loop (``-m "not gui and not e2e"``) leaves them out.
    """


class RecordingHandler:
    """Answers status with a fixed status and records every request it is given."""

    def __init__(self) -> None:
        self.requests: list[Request] = []

    def __call__(self, request: Request) -> Reply:
        self.requests.append(request)
        return Reply.success(STATUS if request.cmd is Command.STATUS else None)


def exchange_raw(path: Path, data: bytes, timeout_s: float = 10.0) -> bytes:
    """Connect, send ``data`` (even if the server hangs up early), read until EOF."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout_s)
        sock.connect(os.fspath(path))
        # The server may refuse a huge message before reading it all.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(data)
        received = bytearray()
        while True:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            received += chunk
        return bytes(received)


def reply_of(data: bytes) -> dict[str, object]:
    lines = data.split(b"\n")
    assert len(lines) == 2 and lines[1] == b"", f"expected exactly one reply line, got {data!r}"
    value = json.loads(lines[0])
    assert isinstance(value, dict)
    return value


@pytest.fixture
def pool() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(max_workers=64) as executor:
        yield executor


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path)


@pytest.fixture
def handler() -> RecordingHandler:
    return RecordingHandler()


@pytest.fixture
def server(paths: AppPaths, handler: RecordingHandler) -> Iterator[ControlServer]:
    srv = ControlServer(paths.socket_path, handler, client_timeout_ms=5000)
    srv.listen()
    yield srv
    srv.close()


def run(qtbot: QtBot, future: Future[bytes]) -> bytes:
    qtbot.waitUntil(future.done, timeout=10000)
    return future.result()


def ask(qtbot: QtBot, pool: ThreadPoolExecutor, path: Path, data: bytes) -> dict[str, object]:
    return reply_of(run(qtbot, pool.submit(exchange_raw, path, data)))


def test_valid_request_gets_the_handlers_reply(
        qtbot: QtBot, pool: ThreadPoolExecutor, server: ControlServer,
        handler: RecordingHandler) -> None:
    reply = ask(qtbot, pool, server.socket_path,
                b'{"v": 1, "cmd": "pause", "args": {"until": "duration", "duration_s": 1800}}\n')
    assert reply == {"ok": True, "result": None}
    assert handler.requests == [Request(Command.PAUSE, {"until": "duration", "duration_s": 1800})]
    qtbot.waitUntil(lambda: server.client_count == 0)


def test_socket_is_private(server: ControlServer) -> None:
    path = server.socket_path
    assert stat.S_ISSOCK(path.stat().st_mode)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize("line", [
    b"\xff\xfe\x00garbage",
    b"not json at all",
    b"[1, 2, 3]",
    b'"a string"',
    b"",
    b"{" * 1000,
    b"[" * 60000,
    b'{"v": 1, "cmd": "status", "args": {"n": ' + b"9" * 5000 + b"}}",
    b'{"v": 1, "cmd": "rm -rf"}',
    b'{"v": 1, "cmd": 7}',
    b'{"cmd": "status"}',
    b'{"v": 2, "cmd": "status"}',
    b'{"v": true, "cmd": "status"}',
    b'{"v": 1, "cmd": "status", "extra": 1}',
    b'{"v": 1, "cmd": "status", "args": []}',
    b'{"v": 1, "cmd": "break", "args": {"kind": "nap"}}',
    b'{"v": 1, "cmd": "pause", "args": {"until": "duration", "duration_s": 5}}',
    b'{"v": 1, "cmd": "pause", "args": {"until": "duration", "duration_s": NaN}}',
    b'{"v": 1, "cmd": "pause", "args": {"until": "tomorrow", "duration_s": 600}}',
    b'{"v": 1, "cmd": "export", "args": {"format": "csv", "path": "relative.csv"}}',
    '{"v": 1, "cmd": "\udce9"}'.encode("utf-8", "surrogatepass"),
])
def test_malformed_requests_get_an_error_and_others_are_still_served(
        qtbot: QtBot, pool: ThreadPoolExecutor, server: ControlServer,
        handler: RecordingHandler, line: bytes) -> None:
    reply = ask(qtbot, pool, server.socket_path, line + b"\n")
    assert reply["ok"] is False
    assert isinstance(reply["error"], str) and reply["error"]
    assert handler.requests == []
    assert ask(qtbot, pool, server.socket_path, VALID) == {"ok": True, "result": STATUS}


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=512))
def test_fuzzed_bytes_never_reach_the_handler_or_harm_the_server(
        qtbot: QtBot, pool: ThreadPoolExecutor, server: ControlServer,
        handler: RecordingHandler, data: bytes) -> None:
    handler.requests.clear()
    reply = ask(qtbot, pool, server.socket_path, data.replace(b"\n", b"") + b"\n")
    assert reply["ok"] is False or handler.requests
    assert ask(qtbot, pool, server.socket_path, VALID)["ok"] is True


def test_message_of_exactly_the_limit_is_accepted_and_one_byte_more_is_not(
        qtbot: QtBot, pool: ThreadPoolExecutor, server: ControlServer) -> None:
    body = VALID.rstrip(b"\n")
    padded = body + b" " * (MAX_MESSAGE_BYTES - len(body) - 1) + b"\n"
    assert len(padded) == MAX_MESSAGE_BYTES
    assert ask(qtbot, pool, server.socket_path, padded)["ok"] is True
    reply = ask(qtbot, pool, server.socket_path, b" " + padded)
    assert reply["ok"] is False and "too long" in str(reply["error"])


def test_a_one_mebibyte_line_is_refused_and_the_server_carries_on(
        qtbot: QtBot, pool: ThreadPoolExecutor, server: ControlServer,
        handler: RecordingHandler) -> None:
    reply = ask(qtbot, pool, server.socket_path, b"x" * (1 << 20) + b"\n")
    assert reply["ok"] is False and "too long" in str(reply["error"])
    assert ask(qtbot, pool, server.socket_path, VALID)["ok"] is True
    assert [r.cmd for r in handler.requests] == [Command.STATUS]


def test_request_arriving_in_pieces_is_put_together(
        qtbot: QtBot, qapp: object, server: ControlServer, handler: RecordingHandler) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.connect(os.fspath(server.socket_path))
        sock.sendall(VALID[:9])
        qtbot.waitUntil(lambda: server.client_count == 1)
        for _ in range(20):
            qapp.processEvents()  # type: ignore[attr-defined]
        assert handler.requests == []
        sock.sendall(VALID[9:])
        qtbot.waitUntil(lambda: len(handler.requests) == 1)
        sock.settimeout(5)
        assert json.loads(sock.recv(65536))["ok"] is True


def test_silent_client_is_dropped_after_the_timeout_without_blocking_others(
        qtbot: QtBot, pool: ThreadPoolExecutor, paths: AppPaths,
        handler: RecordingHandler) -> None:
    srv = ControlServer(paths.socket_path, handler, client_timeout_ms=300)
    srv.listen()
    try:
        silent = pool.submit(exchange_raw, paths.socket_path, b"")
        half = pool.submit(exchange_raw, paths.socket_path, b'{"v": 1, "cmd": "sta')
        qtbot.waitUntil(lambda: srv.client_count == 2)
        assert ask(qtbot, pool, paths.socket_path, VALID)["ok"] is True
        qtbot.waitUntil(lambda: srv.client_count == 0, timeout=5000)
        for future in (silent, half):
            reply = reply_of(run(qtbot, future))
            assert reply["ok"] is False and "no complete request" in str(reply["error"])
        assert [r.cmd for r in handler.requests] == [Command.STATUS]
    finally:
        srv.close()


def test_fifty_clients_at_once_are_all_answered(
        qtbot: QtBot, pool: ThreadPoolExecutor, server: ControlServer,
        handler: RecordingHandler) -> None:
    futures = [pool.submit(exchange_raw, server.socket_path, VALID) for _ in range(50)]
    qtbot.waitUntil(lambda: all(f.done() for f in futures), timeout=20000)
    assert all(reply_of(f.result()) == {"ok": True, "result": STATUS} for f in futures)
    assert len(handler.requests) == 50
    qtbot.waitUntil(lambda: server.client_count == 0)


def test_request_from_a_client_that_hangs_up_at_once_is_still_carried_out(
        qtbot: QtBot, server: ControlServer, handler: RecordingHandler) -> None:
    # What `echo '{"v": 1, "cmd": "quit"}' | socat - UNIX-CONNECT:...` does.
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.connect(os.fspath(server.socket_path))
        sock.sendall(b'{"v": 1, "cmd": "quit"}\n')
    qtbot.waitUntil(lambda: [r.cmd for r in handler.requests] == [Command.QUIT])
    qtbot.waitUntil(lambda: server.client_count == 0)


def test_clients_that_connect_and_leave_are_forgotten(
        qtbot: QtBot, server: ControlServer, handler: RecordingHandler) -> None:
    socks = [socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) for _ in range(30)]
    for sock in socks:
        sock.connect(os.fspath(server.socket_path))
    qtbot.waitUntil(lambda: server.client_count == 30)
    for sock in socks:
        sock.close()
    qtbot.waitUntil(lambda: server.client_count == 0)  # long before the 5 s timeout
    assert handler.requests == []


def test_only_the_first_request_on_a_connection_is_answered(
        qtbot: QtBot, pool: ThreadPoolExecutor, server: ControlServer,
        handler: RecordingHandler) -> None:
    reply = ask(qtbot, pool, server.socket_path, VALID + b'{"v": 1, "cmd": "quit"}\n')
    assert reply["ok"] is True
    assert [r.cmd for r in handler.requests] == [Command.STATUS]


def test_handler_exception_becomes_an_error_reply_and_a_log_line(
        qtbot: QtBot, pool: ThreadPoolExecutor, paths: AppPaths,
        caplog: pytest.LogCaptureFixture) -> None:
    def broken(request: Request) -> Reply:
        raise RuntimeError("engine exploded")

    srv = ControlServer(paths.socket_path, broken)
    srv.listen()
    try:
        with caplog.at_level(logging.ERROR):
            reply = ask(qtbot, pool, paths.socket_path, VALID)
        assert reply["ok"] is False and "engine exploded" in str(reply["error"])
        assert any("status failed" in r.getMessage() and r.exc_info for r in caplog.records)
        assert ask(qtbot, pool, paths.socket_path, VALID)["ok"] is False
    finally:
        srv.close()


@pytest.mark.parametrize("bad_reply", [object(), Reply.success({"n": float("nan")}),
                                       Reply.success("x" * MAX_MESSAGE_BYTES)])
def test_handler_returning_something_unsendable_gives_an_error_reply(
        qtbot: QtBot, pool: ThreadPoolExecutor, paths: AppPaths, bad_reply: object,
        caplog: pytest.LogCaptureFixture) -> None:
    srv = ControlServer(paths.socket_path, lambda request: bad_reply)  # type: ignore[arg-type,return-value]
    srv.listen()
    try:
        with caplog.at_level(logging.CRITICAL):
            reply = ask(qtbot, pool, paths.socket_path, VALID)
        assert reply["ok"] is False and reply["error"]
    finally:
        srv.close()


def test_connection_from_another_user_is_refused(
        qtbot: QtBot, pool: ThreadPoolExecutor, paths: AppPaths, handler: RecordingHandler,
        caplog: pytest.LogCaptureFixture) -> None:
    if not hasattr(socket, "SO_PEERCRED"):
        pytest.skip("peer credentials are checked on Linux only (SO_PEERCRED)")
    srv = ControlServer(paths.socket_path, handler, allowed_uid=os.getuid() + 1)
    srv.listen()
    try:
        assert run(qtbot, pool.submit(exchange_raw, paths.socket_path, VALID)) == b""
        assert handler.requests == []
        assert any("user id" in r.getMessage() for r in caplog.records)
    finally:
        srv.close()


def test_connections_beyond_the_limit_are_refused(
        qtbot: QtBot, pool: ThreadPoolExecutor, paths: AppPaths,
        handler: RecordingHandler) -> None:
    srv = ControlServer(paths.socket_path, handler, max_clients=2)
    srv.listen()
    try:
        waiting = [pool.submit(exchange_raw, paths.socket_path, b"") for _ in range(2)]
        qtbot.waitUntil(lambda: srv.client_count == 2)
        assert run(qtbot, pool.submit(exchange_raw, paths.socket_path, VALID)) == b""
        assert handler.requests == []
        srv.close()
        assert all(run(qtbot, f) == b"" for f in waiting)
    finally:
        srv.close()


def test_close_removes_the_socket_and_listen_refuses_a_taken_path(
        paths: AppPaths, handler: RecordingHandler) -> None:
    srv = ControlServer(paths.socket_path, handler)
    srv.listen()
    with pytest.raises(ControlServerError, match="already exists"):
        ControlServer(paths.socket_path, handler).listen()
    srv.close()
    assert not paths.socket_path.exists()


def test_listen_refuses_a_path_too_long_for_a_socket(
        tmp_path: Path, handler: RecordingHandler) -> None:
    with pytest.raises(ControlServerError, match="too long"):
        ControlServer(tmp_path / ("x" * 120) / "control.sock", handler).listen()


def test_client_library_and_cli_talk_to_the_server(
        qtbot: QtBot, pool: ThreadPoolExecutor, server: ControlServer, paths: AppPaths,
        handler: RecordingHandler, capsys: pytest.CaptureFixture[str]) -> None:
    future = pool.submit(send_request, paths, Request(Command.BREAK, {"kind": "stretch"}))
    qtbot.waitUntil(future.done)
    assert future.result() == Reply.success(None)
    code = pool.submit(cli.main, ["--base-dir", str(paths.runtime_dir.parent), "status", "--json"])
    qtbot.waitUntil(code.done)
    assert code.result() == 0
    assert json.loads(capsys.readouterr().out) == STATUS
    assert [r.cmd for r in handler.requests] == [Command.BREAK, Command.STATUS]


def test_second_launch_asks_the_running_instance_to_show_itself(
        qtbot: QtBot, pool: ThreadPoolExecutor, paths: AppPaths,
        handler: RecordingHandler) -> None:
    # The lock is held by another process, as it would be by the running app;
    # the running app's server is this test's.
    with lock_held_elsewhere(paths.runtime_dir.parent) as won:
        assert won
        srv = ControlServer(paths.socket_path, handler)
        srv.listen()
        try:
            started: list[cli.StartOptions] = []

            def fake_run(options: cli.StartOptions) -> int:
                started.append(options)
                return 0

            code = pool.submit(cli.start, cli.StartOptions(paths=paths), fake_run)
            qtbot.waitUntil(code.done)
            assert code.result() == 0
            assert started == []
            assert [r.cmd for r in handler.requests] == [Command.SHOW]
            forwarded = pool.submit(forward_to_running, paths, Request(Command.STATUS))
            qtbot.waitUntil(forwarded.done)
            assert forwarded.result() == Reply.success(STATUS)
        finally:
            srv.close()
