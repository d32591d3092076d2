"""The control channel without Qt: wire format, client and single-instance lock.

The Qt server has its own tests in tests/ui/test_control_server.py; here the
client talks to small stdlib servers that answer as scripted.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import socketserver
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psoas_desk.adapters.control_client import (
    ControlError,
    NotRunningError,
    forward_to_running,
    send_request,
)
from psoas_desk.adapters.control_protocol import (
    MAX_MESSAGE_BYTES,
    NOT_RUNNING_MESSAGE,
    Command,
    ProtocolError,
    Reply,
    Request,
    decode_reply,
    decode_request,
)
from psoas_desk.adapters.instance_lock import acquire_instance_lock, lock_holder_pid
from psoas_desk.core.model import BreakKind, PauseKind
from psoas_desk.invocation import current_command_name
from psoas_desk.storage.paths import AppPaths, resolve_paths

_REPO = Path(__file__).resolve().parents[3]
_HOLDER = """
import sys
from pathlib import Path
from psoas_desk.adapters.instance_lock import acquire_instance_lock
from psoas_desk.storage.paths import resolve_paths
lock = acquire_instance_lock(resolve_paths(Path(sys.argv[1])))
print("held" if lock else "busy", flush=True)
sys.stdin.read()
"""


def _start_holder(base_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", _HOLDER, os.fspath(base_dir)], cwd=_REPO,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def _stop(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.close()
    proc.wait(timeout=10)
    proc.stdout.close()


@contextmanager
def lock_held_elsewhere(base_dir: Path) -> Iterator[bool]:
    """Another process tries to take the instance lock; yields whether it won.

    It keeps the lock until the block ends.
    """
    proc = _start_holder(base_dir)
    try:
        assert proc.stdout is not None
        yield proc.stdout.readline().strip() == "held"
    finally:
        _stop(proc)


@contextmanager
def scripted_server(path: Path, answer: bytes | None) -> Iterator[list[bytes]]:
    """A stdlib AF_UNIX server that records each request line and sends ``answer``.

    ``answer=None`` keeps the connection open without answering until the
    block ends. Yields the list of received lines.
    """
    received: list[bytes] = []
    release = threading.Event()

    class Handler(socketserver.StreamRequestHandler):
        def handle(self) -> None:
            received.append(self.rfile.readline(MAX_MESSAGE_BYTES + 1))
            if answer is None:
                release.wait(10)
            else:
                self.wfile.write(answer)

    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with socketserver.ThreadingUnixStreamServer(os.fspath(path), Handler) as server:
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        thread.start()
        try:
            yield received
        finally:
            release.set()
            server.shutdown()
            thread.join()


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path)


# --- wire format -----------------------------------------------------------

def test_requests_are_completed_with_defaults_and_frozen() -> None:
    request = Request(Command.BREAK)
    assert request.args == {"kind": "micro"}
    with pytest.raises(TypeError):
        request.args["kind"] = "stretch"  # type: ignore[index]
    assert Request("status").cmd is Command.STATUS  # type: ignore[arg-type]


@pytest.mark.parametrize(("kind", "seconds", "wire"), [
    (PauseKind.TIMED, 1800, {"until": "duration", "duration_s": 1800}),
    (PauseKind.UNTIL_TOMORROW, 0, {"until": "tomorrow"}),
    (PauseKind.INDEFINITE, 0, {"until": "forever"}),
])
def test_a_pause_is_the_core_pause_kind_spelled_for_people(
        kind: PauseKind, seconds: int, wire: dict[str, object]) -> None:
    request = decode_request(Request.pause(kind, seconds).encode())
    assert request.args == wire
    assert request.pause_kind() == (kind, seconds)
    assert type(request.pause_kind()[0]) is PauseKind


def test_a_break_request_names_the_core_break_kind() -> None:
    assert Request(Command.BREAK, {"kind": "stretch"}).break_kind() is BreakKind.STRETCH
    assert Request(Command.BREAK).break_kind() is BreakKind.MICRO


@pytest.mark.parametrize(("cmd", "args"), [
    (Command.STATUS, {"verbose": True}),
    (Command.BREAK, {"kind": "nap"}),
    (Command.BREAK, {"kind": 1}),
    (Command.PAUSE, {}),
    (Command.PAUSE, {"until": "duration"}),
    (Command.PAUSE, {"until": "tomorrow", "duration_s": 600}),
    (Command.PAUSE, {"until": "duration", "duration_s": 59}),
    (Command.PAUSE, {"until": "duration", "duration_s": 86401}),
    (Command.PAUSE, {"until": "duration", "duration_s": True}),
    (Command.PAUSE, {"until": "duration", "duration_s": 600.0}),
    (Command.PAUSE, {"until": "later"}),
    ("reboot", {}),
])
def test_invalid_requests_cannot_be_built(cmd: Command, args: dict[str, object]) -> None:
    with pytest.raises(ProtocolError):
        Request(cmd, args)  # type: ignore[arg-type]


_VALID_REQUESTS = st.one_of(
    st.sampled_from([Request(c) for c in Command if c is not Command.PAUSE]),
    st.builds(lambda k: Request(Command.BREAK, {"kind": k}), st.sampled_from(["micro", "stretch"])),
    st.builds(lambda s: Request(Command.PAUSE, {"until": "duration", "duration_s": s}),
              st.integers(60, 86400)),
    st.builds(lambda u: Request(Command.PAUSE, {"until": u}),
              st.sampled_from(["tomorrow", "forever"])),
)


@given(_VALID_REQUESTS)
def test_every_valid_request_survives_the_wire(request: Request) -> None:
    line = request.encode()
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert decode_request(line) == request
    assert decode_request(line.rstrip(b"\n")) == request


@given(st.binary(max_size=2000))
def test_arbitrary_bytes_decode_to_a_request_or_a_protocol_error(data: bytes) -> None:
    try:
        decode_request(data)
    except ProtocolError as exc:
        assert str(exc)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20)


@given(st.dictionaries(st.sampled_from(["v", "cmd", "args", "x"]), _JSON, max_size=4)
       | st.fixed_dictionaries({"v": st.just(1), "cmd": st.sampled_from(list(Command)),
                                "args": st.dictionaries(st.text(max_size=12), _JSON)}))
def test_arbitrary_json_objects_decode_to_a_request_or_a_protocol_error(
        message: dict[str, object]) -> None:
    try:
        request = decode_request(json.dumps(message).encode())
    except ProtocolError:
        return
    assert request == Request(request.cmd, request.args)


@pytest.mark.parametrize(("line", "why"), [
    (b"\xc3\x28", "UTF-8"),
    (b"{'v': 1}", "JSON"),
    (b"[" * 100000, "too long"),
    (b"[" * 50000, "JSON"),
    (b"[]", "object"),
    (b'{"v": 1, "cmd": "status", "args": {"n": ' + b"1" * 5000 + b"}}", "JSON"),
    (b'{"v": 1, "cmd": "status", "id": 3}', "unexpected field"),
    (b'{"v": 1.0, "cmd": "status"}', "version"),
    (b'{"v": 1, "cmd": ["status"]}', "cmd"),
    (b'{"v": 1, "cmd": "status", "args": "x"}', "args"),
    (b'{"v": 1, "cmd": "' + b"A" * 1000 + b'"}', "unknown command"),
])
def test_malformed_lines_are_explained(line: bytes, why: str) -> None:
    with pytest.raises(ProtocolError, match=why) as info:
        decode_request(line)
    assert len(str(info.value)) < 200  # hostile input is not echoed back at length


def test_replies_round_trip_and_refuse_what_cannot_be_sent() -> None:
    for reply in (Reply.success({"state": "active", "today": {"n": [1, 2]}}),
                  Reply.success(None), Reply.failure("no break to postpone")):
        assert decode_reply(reply.encode()) == reply
    for bad in (Reply.success(object()), Reply.success(float("nan")),
                Reply.success("x" * MAX_MESSAGE_BYTES)):
        with pytest.raises(ProtocolError):
            bad.encode()
    for line in (b'{"ok": "yes"}', b'{"ok": false}', b"[]", b'{"ok": false, "error": 3}'):
        with pytest.raises(ProtocolError):
            decode_reply(line)


# --- client ----------------------------------------------------------------

def test_client_sends_one_line_and_returns_the_reply(paths: AppPaths) -> None:
    request = Request(Command.PAUSE, {"until": "forever"})
    with scripted_server(paths.socket_path, b'{"ok": true, "result": "Paused."}\n') as got:
        assert send_request(paths, request) == Reply.success("Paused.")
    assert got == [request.encode()]


def test_no_socket_means_not_running(paths: AppPaths) -> None:
    with pytest.raises(NotRunningError) as info:
        send_request(paths, Request(Command.STATUS))
    assert str(info.value) == NOT_RUNNING_MESSAGE.format(command=current_command_name())


def test_stale_socket_file_means_not_running(paths: AppPaths) -> None:
    paths.runtime_dir.mkdir(mode=0o700)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
        dead.bind(os.fspath(paths.socket_path))  # bound, never listening: like a killed app
    with pytest.raises(NotRunningError):
        send_request(paths, Request(Command.STATUS))
    paths.socket_path.unlink()
    paths.socket_path.write_text("not a socket")
    with pytest.raises(NotRunningError):
        send_request(paths, Request(Command.STATUS))


@pytest.mark.parametrize(("answer", "why"), [
    (b"hello\n", "does not understand"),
    (b"", "closed the connection"),
    (b"x" * (MAX_MESSAGE_BYTES + 10), "too long"),
    (None, "did not answer within 0.2 s"),
])
def test_bad_answers_are_reported_clearly(paths: AppPaths, answer: bytes | None,
                                          why: str) -> None:
    with scripted_server(paths.socket_path, answer), pytest.raises(ControlError, match=why):
        send_request(paths, Request(Command.STATUS), timeout_s=0.2)


def test_socket_path_too_long_is_reported(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / ("x" * 120))
    with pytest.raises(ControlError, match="too long"):
        send_request(paths, Request(Command.STATUS))


# --- single instance -------------------------------------------------------

def test_lock_is_exclusive_private_and_names_its_owner(paths: AppPaths) -> None:
    lock = acquire_instance_lock(paths)
    assert lock is not None
    assert acquire_instance_lock(paths) is None  # a second open file cannot take it either
    assert stat.S_IMODE(paths.runtime_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.lock_file.stat().st_mode) == 0o600
    assert lock_holder_pid(paths) == os.getpid()
    lock.release()
    with acquire_instance_lock(paths) as again:
        assert again is not None


def test_only_one_of_several_simultaneous_launches_wins(tmp_path: Path) -> None:
    procs = [_start_holder(tmp_path) for _ in range(4)]
    try:
        answers = [p.stdout.readline().strip() for p in procs if p.stdout is not None]
    finally:
        for proc in procs:
            _stop(proc)
    assert sorted(answers) == ["busy", "busy", "busy", "held"]


def test_stale_socket_is_removed_only_by_the_lock_winner(paths: AppPaths) -> None:
    with lock_held_elsewhere(paths.runtime_dir.parent) as won:
        assert won
        paths.socket_path.write_bytes(b"")  # the running instance's socket
        assert acquire_instance_lock(paths) is None
        assert paths.socket_path.exists()
    # The holder has exited; whatever socket it left is stale now.
    with acquire_instance_lock(paths) as lock:
        assert lock is not None
        assert not paths.socket_path.exists()


def test_a_killed_instance_leaves_no_lock_behind(paths: AppPaths) -> None:
    proc = _start_holder(paths.runtime_dir.parent)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    _stop(proc)
    with acquire_instance_lock(paths) as lock:
        assert lock is not None


def test_forwarding_to_a_silent_lock_holder_fails_with_its_pid(paths: AppPaths) -> None:
    with lock_held_elsewhere(paths.runtime_dir.parent) as won:
        assert won
        pid = lock_holder_pid(paths)
        with pytest.raises(ControlError, match=f"process {pid}.*did not answer"):
            forward_to_running(paths, Request(Command.SHOW), timeout_s=0.2)


def test_forwarding_waits_for_an_instance_that_is_starting(paths: AppPaths) -> None:
    with scripted_server(paths.socket_path, b'{"ok": true, "result": null}\n') as got:
        assert forward_to_running(paths, Request(Command.SHOW)) == Reply.success(None)
    assert got == [Request(Command.SHOW).encode()]
