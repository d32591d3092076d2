"""The control channel's wire format, shared by the servers and the command line.

The servers (``adapters/control.py`` on a Unix socket, ``adapters/control_pipe.py``
on a Windows named pipe) answer each line with :func:`answer_line`; the
blocking client every ``psoas-desk <command>`` uses is ``adapters/control_client.py``.

Wire format: one JSON object per line, UTF-8, at most ``MAX_MESSAGE_BYTES``
including the newline, one request and one reply per connection::

    -> {"v": 1, "cmd": "pause", "args": {"until": "duration", "duration_s": 1800}}
    <- {"ok": true, "result": ...}   or   {"ok": false, "error": "<for a person>"}

Every request is validated here (command name, argument names, types and
allowed values), so the app's handler only ever sees well-formed requests.

This module must not import PySide6: ``psoas-desk status`` has to be quick.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from psoas_desk.core.model import BreakKind, PauseKind

log = logging.getLogger(__name__)

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
    READING = "reading"
    CHECKLIST = "checklist"
    SETTINGS = "settings"
    STATS = "stats"
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
_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
"""What a routine id looks like (as ``core/routine_reader.py`` checks it)."""
_PAUSE_KINDS = MappingProxyType({word: kind for kind, word in PAUSE_WORDS.items()})



class ProtocolError(ValueError):
    """A message does not follow the wire format; the text is for a person."""


@dataclass(frozen=True)
class _Param:
    """How one argument is checked: a choice, a bounded int, or a content id."""

    choices: tuple[str, ...] = ()
    int_range: tuple[int, int] | None = None
    identifier: bool = False
    """A content id: lowercase letters and digits joined by single hyphens."""
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
        if self.identifier and (len(value) > 64 or not _ID_PATTERN.match(value)):
            raise ProtocolError(f"{where} must be a routine id such as home-floor-hips")
        return str(value)  # a plain str, also when given an enum member


_PARAMS: Mapping[Command, Mapping[str, _Param]] = MappingProxyType({
    Command.BREAK: {"kind": _Param(choices=tuple(BreakKind), required=False),
                    "routine": _Param(identifier=True, required=False)},
    Command.PAUSE: {
        "until": _Param(choices=tuple(PAUSE_WORDS.values())),
        "duration_s": _Param(int_range=(PAUSE_MIN_S, PAUSE_MAX_S), required=False),
    },
    Command.READING: {"mode": _Param(choices=("on", "off"), default="on")},
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
    if cmd is Command.BREAK:
        # A chosen routine runs as a stretch break; without one, micro is the default.
        chosen = "routine" in args
        if chosen and args.setdefault("kind", BreakKind.STRETCH.value) != BreakKind.STRETCH:
            raise ProtocolError("a chosen routine runs as a stretch break")
        args.setdefault("kind", BreakKind.MICRO.value)
    timed = args.get("until") == PAUSE_WORDS[PauseKind.TIMED]
    if cmd is Command.PAUSE and timed != ("duration_s" in args):
        raise ProtocolError("pause needs duration_s exactly when until is \"duration\"")
    return args


@dataclass(frozen=True)
class Request:
    """A validated request; building one with bad arguments raises ProtocolError.

    ``args`` is complete after validation (defaults filled in): ``break`` has
    ``kind`` (stretch when a ``routine`` id is given, else micro by default)
    and may have ``routine``; ``pause`` has ``until`` and, for ``until == "duration"``,
    ``duration_s``; ``reading`` has ``mode`` ("on" or "off"); the other
    commands have none (``export`` reads the history itself, see ``cli_export``).
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

    def reading_on(self) -> bool:
        """Whether a ``reading`` request turns "Reading or watching" on."""
        return self.args.get("mode", "on") == "on"

    def break_kind(self) -> BreakKind:
        """The kind of a ``break`` request."""
        return BreakKind(str(self.args["kind"]))

    def routine_id(self) -> str | None:
        """The routine a ``break`` request chose, or None."""
        value = self.args.get("routine")
        return str(value) if value is not None else None

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


DEFAULT_CLIENT_TIMEOUT_MS = 5000
"""How long a server waits for a client's request, and then for it to take the reply."""
DEFAULT_MAX_CLIENTS = 128
"""Connections a server serves at once; more are refused."""


class ControlServerError(OSError):
    """A control server could not be set up; the text is for a person."""


Handler = Callable[[Request], Reply]
"""What a server calls with each valid request; it runs in the event loop thread."""


def answer_line(line: bytes, handler: Handler) -> Reply:
    """The reply to one request line, whatever the line or the handler does.

    A malformed request gets the reason; a handler that raises or returns
    something else than a :class:`Reply` gets a failure reply, and the
    traceback goes to the log. Never raises.
    """
    try:
        request = decode_request(line)
    except ProtocolError as exc:
        log.info("control request rejected: %s", exc)
        return Reply.failure(str(exc))
    log.debug("control request: %s %s", request.cmd, dict(request.args))
    try:
        reply = handler(request)
        if not isinstance(reply, Reply):
            raise TypeError(f"handler returned {type(reply).__name__}, not a Reply")
    except Exception as exc:
        log.exception("control request %s failed", request.cmd)
        reply = Reply.failure(f"psoas-desk could not do {request.cmd!s}: {exc}")
    return reply


def encoded_reply(reply: Reply) -> bytes:
    """``reply`` on the wire, or a failure saying why it could not be sent. Never raises."""
    try:
        return reply.encode()
    except ProtocolError as exc:
        log.error("control reply could not be sent: %s", exc)
        return Reply.failure(f"psoas-desk could not send its answer: {exc}").encode()
