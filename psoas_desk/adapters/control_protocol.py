"""The control socket as seen from outside the Qt event loop.

Holds the wire format shared by the server (``adapters/control.py``) and the
command line, the blocking client every ``psoas-desk <command>`` uses, and the
single-instance lock that decides which process owns the socket.

Wire format: one JSON object per line, UTF-8, at most ``MAX_MESSAGE_BYTES``
including the newline, one request and one reply per connection::

    -> {"v": 1, "cmd": "pause", "args": {"until": "duration", "duration_s": 1800}}
    <- {"ok": true, "result": ...}   or   {"ok": false, "error": "<for a person>"}

Every request is validated here (command name, argument names, types and
allowed values), so the app's handler only ever sees well-formed requests.

This module must not import PySide6: ``psoas-desk status`` has to be quick.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType, TracebackType

from psoas_desk.core.model import BreakKind, PauseKind
from psoas_desk.storage.paths import AppPaths, ensure_private_dir

PROTOCOL_VERSION = 1
MAX_MESSAGE_BYTES = 64 * 1024
DEFAULT_TIMEOUT_S = 3.0
PAUSE_MIN_S = 60
PAUSE_MAX_S = 24 * 3600
# Linux's sockaddr_un holds 108 bytes including the terminating NUL.
MAX_SOCKET_PATH_BYTES = 107
NOT_RUNNING_MESSAGE = "psoas-desk is not running (start it with `{command}`)"
"""Filled in with the command that works where the person typed this one
(``psoas-desk``, ``scripts/run``...; see ``psoas_desk.invocation``)."""

ArgValue = str | int


class Command(StrEnum):
    """Every request the running app understands."""

    STATUS = "status"
    SHOW = "show"  # what a second launch sends: bring up the status panel
    BREAK = "break"
    PAUSE = "pause"
    RESUME = "resume"
    STAND = "stand"
    SIT = "sit"
    CHECKLIST = "checklist"
    SETTINGS = "settings"
    STATS = "stats"
    EXPORT = "export"
    QUIT = "quit"


PAUSE_WORDS: Mapping[PauseKind, str] = MappingProxyType({
    PauseKind.TIMED: "duration",  # with ``duration_s``
    PauseKind.UNTIL_TOMORROW: "tomorrow",  # the app decides when "tomorrow" starts
    PauseKind.INDEFINITE: "forever",  # until ``resume``
})
"""How ``pause``'s ``until`` argument spells each :class:`PauseKind` on the wire.

The words a person types after ``psoas-desk pause``; the enum's own values
are the ones saved state and the history database hold.
"""
_PAUSE_KINDS = MappingProxyType({word: kind for kind, word in PAUSE_WORDS.items()})


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


class ProtocolError(ValueError):
    """A message does not follow the wire format; the text is for a person."""


@dataclass(frozen=True)
class _Param:
    """How one argument is checked: a choice, a bounded int, or an absolute path."""

    choices: tuple[str, ...] = ()
    int_range: tuple[int, int] | None = None
    absolute_path: bool = False
    default: str | None = None
    required: bool = True

    def check(self, cmd: Command, name: str, value: object) -> ArgValue:
        where = f"{cmd} {name}"
        if self.int_range is not None:
            low, high = self.int_range
            if isinstance(value, bool) or not isinstance(value, int):
                raise ProtocolError(f"{where} must be a whole number")
            if not low <= value <= high:
                raise ProtocolError(f"{where} must be between {low} and {high}")
            return value
        if not isinstance(value, str):
            raise ProtocolError(f"{where} must be a string")
        if self.choices and value not in self.choices:
            raise ProtocolError(f"{where} must be one of {', '.join(self.choices)}")
        if self.absolute_path and (len(value) > 4096 or "\0" in value
                                   or not Path(value).is_absolute()):
            raise ProtocolError(f"{where} must be an absolute file path")
        return str(value)  # a plain str, also when given an enum member


_PARAMS: Mapping[Command, Mapping[str, _Param]] = MappingProxyType({
    Command.BREAK: {"kind": _Param(choices=tuple(BreakKind), default=BreakKind.MICRO)},
    Command.PAUSE: {
        "until": _Param(choices=tuple(PAUSE_WORDS.values())),
        "duration_s": _Param(int_range=(PAUSE_MIN_S, PAUSE_MAX_S), required=False),
    },
    Command.EXPORT: {"format": _Param(choices=tuple(ExportFormat)),
                     "path": _Param(absolute_path=True)},
})


def _short(value: object) -> str:
    """``repr`` cut short, so hostile input is never echoed at length."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _command(name: object) -> Command:
    if isinstance(name, str) and name in Command.__members__.values():
        return Command(name)
    raise ProtocolError(f"unknown command {_short(name)}")


def _validated_args(cmd: Command, raw: Mapping[str, object]) -> dict[str, ArgValue]:
    spec = _PARAMS.get(cmd, {})
    for name in raw:
        if name not in spec:
            raise ProtocolError(f"{cmd} takes no argument {_short(name)}")
    args: dict[str, ArgValue] = {}
    for name, param in spec.items():
        if name in raw:
            args[name] = param.check(cmd, name, raw[name])
        elif param.default is not None:
            args[name] = param.default
        elif param.required:
            raise ProtocolError(f"{cmd} needs the argument {name!r}")
    timed = args.get("until") == PAUSE_WORDS[PauseKind.TIMED]
    if cmd is Command.PAUSE and timed != ("duration_s" in args):
        raise ProtocolError("pause needs duration_s exactly when until is \"duration\"")
    return args


@dataclass(frozen=True)
class Request:
    """A validated request; building one with bad arguments raises ProtocolError.

    ``args`` is complete after validation (defaults filled in): ``break`` has
    ``kind``; ``pause`` has ``until`` and, for ``until == "duration"``,
    ``duration_s``; ``export`` has ``format`` and an absolute ``path``; the
    other commands have none.
    """

    cmd: Command
    args: Mapping[str, ArgValue] = field(default_factory=dict)

    def __post_init__(self) -> None:
        cmd = _command(self.cmd)
        object.__setattr__(self, "cmd", cmd)
        object.__setattr__(self, "args", MappingProxyType(_validated_args(cmd, self.args)))

    @classmethod
    def pause(cls, kind: PauseKind, seconds: int = 0) -> Request:
        """A ``pause`` request: ``seconds`` count for :attr:`PauseKind.TIMED` only."""
        args: dict[str, ArgValue] = {"until": PAUSE_WORDS[kind]}
        if kind is PauseKind.TIMED:
            args["duration_s"] = seconds
        return cls(Command.PAUSE, args)

    def break_kind(self) -> BreakKind:
        """The kind of a ``break`` request."""
        return BreakKind(str(self.args["kind"]))

    def pause_kind(self) -> tuple[PauseKind, int]:
        """The kind of a ``pause`` request and its seconds (0 unless timed)."""
        kind = _PAUSE_KINDS[str(self.args["until"])]
        return kind, int(self.args.get("duration_s", 0))

    def encode(self) -> bytes:
        """The request as one line on the wire."""
        return _encode_line({"v": PROTOCOL_VERSION, "cmd": str(self.cmd), "args": dict(self.args)})


@dataclass(frozen=True)
class Reply:
    """The answer to a request: a JSON-compatible ``result`` or an ``error`` for a person."""

    ok: bool
    result: object = None
    error: str = ""

    @classmethod
    def success(cls, result: object = None) -> Reply:
        return cls(ok=True, result=result)

    @classmethod
    def failure(cls, error: str) -> Reply:
        return cls(ok=False, error=error)

    def encode(self) -> bytes:
        """The reply as one line on the wire.

        Raises:
            ProtocolError: if ``result`` is not JSON data or the line is too long.
        """
        message = {"ok": True, "result": self.result} if self.ok else {"ok": False,
                                                                      "error": self.error}
        return _encode_line(message)


def _encode_line(message: Mapping[str, object]) -> bytes:
    try:
        # ASCII-only output cannot fail on lone surrogates echoed from bad input.
        text = json.dumps(message, ensure_ascii=True, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise ProtocolError(f"cannot encode the message as JSON: {exc}") from None
    line = text.encode("ascii") + b"\n"
    if len(line) > MAX_MESSAGE_BYTES:
        raise ProtocolError(f"message too long ({len(line)} bytes, at most {MAX_MESSAGE_BYTES})")
    return line


def _decode_object(line: bytes) -> dict[str, object]:
    if len(line) > MAX_MESSAGE_BYTES:
        raise ProtocolError(f"message too long (at most {MAX_MESSAGE_BYTES} bytes)")
    try:
        value = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise ProtocolError("message is not valid UTF-8") from None
    # RecursionError: deeply nested arrays; ValueError: bad JSON or huge numbers.
    except (ValueError, RecursionError):
        raise ProtocolError("message is not valid JSON") from None
    if not isinstance(value, dict):
        raise ProtocolError("message must be a JSON object")
    return value


def decode_request(line: bytes) -> Request:
    """Parse and validate one request line (with or without its newline).

    Raises:
        ProtocolError: for anything but a well-formed, known request.
    """
    message = _decode_object(line)
    extra = set(message) - {"v", "cmd", "args"}
    if extra:
        raise ProtocolError(f"unexpected field {_short(sorted(extra)[0])}")
    version = message.get("v")
    if type(version) is not int or version != PROTOCOL_VERSION:  # not True, not 1.0
        raise ProtocolError(f"unsupported protocol version {_short(version)}; "
                            f"this psoas-desk speaks version {PROTOCOL_VERSION}")
    cmd, args = message.get("cmd"), message.get("args", {})
    if not isinstance(cmd, str):
        raise ProtocolError("'cmd' must be a string")
    if not isinstance(args, dict):
        raise ProtocolError("'args' must be a JSON object")
    return Request(_command(cmd), args)


def decode_reply(line: bytes) -> Reply:
    """Parse one reply line.

    Raises:
        ProtocolError: if it is not a reply.
    """
    message = _decode_object(line)
    ok, error = message.get("ok"), message.get("error")
    if ok is True:
        return Reply.success(message.get("result"))
    if ok is False and isinstance(error, str):
        return Reply.failure(error)
    raise ProtocolError("the reply is not a psoas-desk reply")


class ControlError(Exception):
    """Talking to the running app failed; the text is for a person."""


class NotRunningError(ControlError):
    """Nothing is listening on the control socket (no socket, or a stale one)."""

    def __init__(self, message: str = "") -> None:
        if not message:
            from psoas_desk.invocation import current_command_name

            message = NOT_RUNNING_MESSAGE.format(command=current_command_name())
        super().__init__(message)


class UnixSocketTransport:
    """Sends one line over an AF_UNIX stream socket and reads one line back.

    The seam for other platforms: Windows has no AF_UNIX in Python's socket
    module, so a Windows build would add a transport with the same
    ``exchange`` method over the named pipe ``QLocalServer`` listens on there
    (``QLocalSocket``, importing Qt only on that path). Not built yet.
    """

    def __init__(self, socket_path: Path) -> None:
        self._path = socket_path

    def exchange(self, payload: bytes, timeout_s: float) -> bytes:
        """Send ``payload`` and return the reply line (without its newline).

        Raises:
            NotRunningError: no socket file, or nobody listening on it.
            ControlError: timeout, a reply that is too long, or a closed connection.
        """
        if len(os.fsencode(self._path)) > MAX_SOCKET_PATH_BYTES:
            raise ControlError(f"the control socket path {self._path} is too long for this system")
        deadline = time.monotonic() + timeout_s
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout_s)
            try:
                sock.connect(os.fspath(self._path))
            except (FileNotFoundError, ConnectionRefusedError, NotADirectoryError):
                raise NotRunningError() from None
            except PermissionError:
                raise ControlError(f"no permission to open {self._path}") from None
            except TimeoutError:
                raise ControlError(f"psoas-desk did not answer within {timeout_s:g} s") from None
            try:
                sock.sendall(payload)
                return _read_line(sock, deadline)
            except TimeoutError:
                raise ControlError(f"psoas-desk did not answer within {timeout_s:g} s") from None
            except (BrokenPipeError, ConnectionResetError):
                raise ControlError("psoas-desk closed the connection without answering") from None


def _read_line(sock: socket.socket, deadline: float) -> bytes:
    buffer = bytearray()
    while b"\n" not in buffer:
        if len(buffer) > MAX_MESSAGE_BYTES:
            raise ControlError("psoas-desk sent a reply that is too long")
        sock.settimeout(max(deadline - time.monotonic(), 0.001))
        chunk = sock.recv(16 * 1024)
        if not chunk:
            raise ControlError("psoas-desk closed the connection without answering")
        buffer += chunk
    return bytes(buffer[: buffer.index(b"\n")])


def send_request(paths: AppPaths, request: Request, *,
                 timeout_s: float = DEFAULT_TIMEOUT_S) -> Reply:
    """Send one request to the running instance and wait for its reply.

    Raises:
        NotRunningError: no instance is listening.
        ControlError: it did not answer properly within ``timeout_s``.
    """
    line = UnixSocketTransport(paths.socket_path).exchange(request.encode(), timeout_s)
    try:
        return decode_reply(line)
    except ProtocolError as exc:
        raise ControlError(f"psoas-desk sent an answer this command does not understand: {exc}"
                           ) from None


def forward_to_running(paths: AppPaths, request: Request, *,
                       timeout_s: float = DEFAULT_TIMEOUT_S) -> Reply:
    """Like :func:`send_request`, for when another process holds the instance lock.

    That process may still be starting and not yet listening, so connection
    failures are retried until ``timeout_s`` has passed.

    Raises:
        ControlError: it did not answer within ``timeout_s``.
    """
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return send_request(paths, request, timeout_s=max(deadline - time.monotonic(), 0.05))
        except NotRunningError:
            if time.monotonic() >= deadline:
                pid = lock_holder_pid(paths)
                who = f"psoas-desk (process {pid})" if pid else "another psoas-desk"
                raise ControlError(f"{who} is running but did not answer within {timeout_s:g} s"
                                   ) from None
            # Polling another process while it starts up; 50 ms keeps it cheap.
            time.sleep(0.05)


class InstanceLock:
    """Proof that this process is the running instance; release it on exit.

    An advisory ``flock`` on ``AppPaths.lock_file``: the kernel drops it when
    the process dies, so a killed instance never leaves a stale lock. The lock
    file stays (removing it while others may open it would race); it holds
    the owner's process id for messages.
    """

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    def release(self) -> None:
        """Give up the lock (closing the file releases the flock)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def acquire_instance_lock(paths: AppPaths) -> InstanceLock | None:
    """Try to become the running instance, without waiting.

    Creates the runtime folder (0700). On success, a control socket file
    left by an instance that was killed is removed, since nobody can be
    serving it.

    Returns:
        The lock, or None if another process holds it.

    Raises:
        OSError: if the runtime folder is unsafe or cannot be created.
    """
    # fcntl is POSIX-only; a Windows build would lock with msvcrt here.
    import fcntl

    ensure_private_dir(paths.runtime_dir)
    fd = os.open(paths.lock_file, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
            return None
        raise
    os.ftruncate(fd, 0)
    os.write(fd, f"{os.getpid()}\n".encode())
    with contextlib.suppress(FileNotFoundError):
        paths.socket_path.unlink()
    return InstanceLock(fd)


def lock_holder_pid(paths: AppPaths) -> int | None:
    """The process id written by the lock holder, if it can be read."""
    try:
        text = paths.lock_file.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None
