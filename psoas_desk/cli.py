"""The ``psoas-desk`` command line: start the app, or drive the running one.

``psoas-desk`` alone starts the app unless one is already running, in which
case it asks that one to show its status panel and exits. Every other
command is one request over the control socket (``adapters/control_protocol``).

Exit codes: 0 done; 1 not done (no running instance, or it refused, with a
message on stderr); 2 bad usage, caught before anything is sent.

PySide6 is imported only when the app really starts, so commands such as
``psoas-desk status`` stay quick. The other way round, what only a command
needs (the control client, the status and confirmation texts) is imported
where the command runs, not for the app, which keeps it for as long as it
runs (``tests/unit/test_import_weight.py``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import NoReturn

from psoas_desk import APP_NAME, __version__
from psoas_desk.adapters.control_protocol import (
    DEFAULT_TIMEOUT_S,
    PAUSE_MAX_S,
    PAUSE_MIN_S,
    PAUSE_WORDS,
    Command,
    ProtocolError,
    Reply,
    Request,
)
from psoas_desk.adapters.instance_lock import acquire_instance_lock
from psoas_desk.core.durations import DurationError, format_duration, parse_duration
from psoas_desk.core.model import BreakKind, PauseKind
from psoas_desk.logsetup import configured_logging
from psoas_desk.options import StartOptions
from psoas_desk.storage.paths import resolve_paths

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
JSON_LOG_ENV = "PSOAS_DESK_JSON_LOG"

log = logging.getLogger(__name__)


RunApp = Callable[[StartOptions], int]
"""Starts the app and returns its exit code (``psoas_desk.app.run``, or a test's fake)."""


class UsageError(Exception):
    """Bad command-line usage; the text is the one-line message for the user."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # Raising instead of exiting lets main() return 2 and keeps tests simple.
        raise UsageError(f"{self.prog}: {message} (see `{self.prog} --help`)")


def _base_dir(text: str) -> Path:
    try:
        return Path(text).expanduser()
    except RuntimeError as exc:  # "~user" for an unknown user
        raise argparse.ArgumentTypeError(str(exc)) from None


def _pause_value(text: str) -> tuple[PauseKind, int]:
    word = text.strip().lower()
    for kind in (PauseKind.UNTIL_TOMORROW, PauseKind.INDEFINITE):
        if word == PAUSE_WORDS[kind]:
            return kind, 0
    try:
        seconds = int(parse_duration(text, bare_numbers=False).total_seconds())
    except DurationError as exc:
        raise argparse.ArgumentTypeError(f"{exc} (or: tomorrow, forever)") from None
    if not PAUSE_MIN_S <= seconds <= PAUSE_MAX_S:
        raise argparse.ArgumentTypeError(
            f"a pause lasts from 1m to 24h, not {format_duration(seconds)}")
    return PauseKind.TIMED, seconds


_SIMPLE_COMMANDS = (
    ("resume", "resume reminders after a pause"),
    ("stand", "tell psoas-desk you are standing now"),
    ("sit", "tell psoas-desk you are sitting now"),
    ("checklist", "open the posture checklist"),
    ("settings", "open the settings window"),
    ("stats", "open the statistics window"),
    ("quit", "quit the running psoas-desk"),
)
_LOCAL_COMMANDS = (
    ("install-desktop", "add psoas-desk to the applications menu"),
    ("uninstall-desktop", "remove psoas-desk from the applications menu"),
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command (exposed for tests and docs)."""
    # Global options are accepted before and after the command; SUPPRESS keeps
    # a subcommand from resetting a value given before it.
    common = _Parser(add_help=False)
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="log debug messages, also to stderr")
    common.add_argument("--base-dir", metavar="DIR", type=_base_dir, default=argparse.SUPPRESS,
                        help="keep all files under DIR instead of the usual folders")
    common.add_argument("--json-log", action="store_true", default=argparse.SUPPRESS,
                        help="log JSON lines (also to stderr), for tests")
    common.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser = _Parser(
        prog=APP_NAME, parents=[common], allow_abbrev=False,
        description="Break and posture companion. Without a command, start it "
                    "(or show the running one's status panel).",
        epilog="Exit status: 0 done, 1 not running or refused, 2 bad usage.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".",
                              parents=[common], allow_abbrev=False)

    add("status", "show what the running psoas-desk is doing").add_argument(
        "--json", action="store_true", help="print the status as JSON (fields in the README)")
    take = add("break", "start a break now")
    take.add_argument(
        "kind", nargs="?", choices=[kind.value for kind in BreakKind], default=None,
        help="micro (default) or stretch")
    take.add_argument("--routine", metavar="ID",
                      help="start this routine as a stretch break (see `routines`)")
    add("routines", "list every routine: id, kind, length and title (the app need not run)"
        ).add_argument("--json", action="store_true", help="print them as JSON")
    add("reading", "say you are reading or watching: time without typing counts as "
                   "sitting until you type again").add_argument(
        "mode", nargs="?", choices=("on", "off"), default="on", help="on (default) or off")
    add("pause", "pause reminders").add_argument(
        "until", type=_pause_value, metavar="DURATION|tomorrow|forever",
        help="how long: e.g. 30m or 1h30m (1m to 24h), until tomorrow, or until resume")
    commands = {name: add(name, text) for name, text in _SIMPLE_COMMANDS + _LOCAL_COMMANDS}
    commands["settings"].add_argument(
        "--list", action="store_true",
        help="print every key of settings.toml with its default and allowed values "
             "(the app need not run)")
    commands["settings"].add_argument(
        "--markdown", action="store_true", help="with --list: as the Markdown of docs/settings.md")
    export = add("export", "export the break history (the app need not run)")
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--csv", metavar="FILE", dest="csv_file",
                        help="write CSV to FILE (- for standard output)")
    target.add_argument("--json", metavar="FILE", dest="json_file",
                        help="write JSON to FILE (- for standard output)")
    return parser


def request_for(args: argparse.Namespace) -> Request:
    """The control request a parsed command line stands for."""
    command = Command(args.command)
    if command is Command.BREAK:
        chosen: dict[str, str] = {}
        if args.kind is not None:
            chosen["kind"] = args.kind
        if args.routine is not None:
            chosen["routine"] = args.routine
        return Request(command, chosen)
    if command is Command.PAUSE:
        kind, seconds = args.until
        return Request.pause(kind, seconds)
    if command is Command.READING:
        return Request(command, {"mode": args.mode})
    return Request(command)


def main(argv: Sequence[str], *, run_app: RunApp | None = None) -> int:
    """Run the command line and return the exit code.

    Args:
        argv: the arguments after the program name.
        run_app: starts the app; ``psoas_desk.app.run`` unless a test passes a fake.
    """
    try:
        args = build_parser().parse_args(list(argv))
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version have printed and "exited"
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    base_dir: Path | None = getattr(args, "base_dir", None)
    options = StartOptions(
        paths=resolve_paths(base_dir), base_dir=base_dir,
        verbose=getattr(args, "verbose", False),
        json_log=getattr(args, "json_log", False) or os.environ.get(JSON_LOG_ENV) == "1")
    if args.command is None:
        return _start_logged(options, run_app or _run_app)
    if args.command in (name for name, _ in _LOCAL_COMMANDS):
        return _desktop_files(args.command == "install-desktop")
    if args.command == "settings" and (args.list or args.markdown):
        from psoas_desk.settings_reference import reference_markdown, reference_text

        sys.stdout.write(reference_markdown() if args.markdown else reference_text())
        return EXIT_OK
    if args.command == "routines":
        from psoas_desk.cli_routines import run_routines

        return run_routines(options.paths, json_output=args.json, out=sys.stdout,
                            err=sys.stderr)
    if args.command == "export":
        from psoas_desk.cli_export import run_export

        fmt, file = (("csv", args.csv_file) if args.csv_file is not None
                     else ("json", args.json_file))
        return run_export(options.paths, fmt, file, out=sys.stdout, err=sys.stderr)
    try:
        request = request_for(args)
    except ProtocolError as exc:  # e.g. a file name the app could not be sent
        print(f"{APP_NAME} {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from psoas_desk.adapters.control_client import ControlError, send_request

    with configured_logging(None, verbose=options.verbose, json_lines=options.json_log):
        log.debug("sending %s %s to %s", request.cmd, dict(request.args),
                   options.paths.socket_path)
        try:
            reply = send_request(options.paths, request)
        except ControlError as exc:
            print(_prefixed(str(exc)), file=sys.stderr)
            return EXIT_FAILED
        log.debug("reply: %s", reply)
    return _report(request, reply, json_output=getattr(args, "json", False))


def _prefixed(message: str) -> str:
    return message if message.startswith(APP_NAME) else f"{APP_NAME}: {message}"


def _report(request: Request, reply: Reply, *, json_output: bool) -> int:
    from psoas_desk.cli_text import confirmation, format_status

    if not reply.ok:
        print(_prefixed(reply.error), file=sys.stderr)
        return EXIT_FAILED
    if request.cmd is Command.STATUS:
        if json_output or not isinstance(reply.result, dict):
            print(json.dumps(reply.result, indent=2, ensure_ascii=False))
        else:
            print(format_status(reply.result, now=datetime.now().astimezone()))
        return EXIT_OK
    text = (reply.result if isinstance(reply.result, str) and reply.result
            else confirmation(request, reply.result))
    if text:
        print(text)
    return EXIT_OK


def _start_logged(options: StartOptions, run_app: RunApp) -> int:
    with contextlib.ExitStack() as stack:
        try:
            stack.enter_context(configured_logging(
                options.paths.log_dir, verbose=options.verbose, json_lines=options.json_log))
        except OSError as exc:
            print(f"{APP_NAME}: cannot write its log: {exc}", file=sys.stderr)
            return EXIT_FAILED
        return start(options, run_app)


def start(options: StartOptions, run_app: RunApp, *,
          timeout_s: float = DEFAULT_TIMEOUT_S) -> int:
    """Start the app, or, if one is running, ask it to show itself.

    Two launches at once cannot both start: the instance lock decides.

    Args:
        options: passed on to ``run_app``.
        run_app: starts the app and returns its exit code; called while this
            process holds the instance lock.
        timeout_s: how long a running instance has to answer.
    """
    try:
        lock = acquire_instance_lock(options.paths)
    except OSError as exc:  # e.g. a runtime folder owned by someone else
        print(f"{APP_NAME}: cannot use {options.paths.runtime_dir}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if lock is None:
        from psoas_desk.adapters.control_client import ControlError, forward_to_running

        try:
            reply = forward_to_running(options.paths, Request(Command.SHOW), timeout_s=timeout_s)
        except ControlError as exc:
            print(_prefixed(str(exc)), file=sys.stderr)
            return EXIT_FAILED
        if not reply.ok:
            print(_prefixed(reply.error), file=sys.stderr)
            return EXIT_FAILED
        log.info("psoas-desk is already running; asked it to show its status panel")
        return EXIT_OK
    with lock:
        return run_app(options)


def _desktop_files(install: bool) -> int:
    """``install-desktop`` / ``uninstall-desktop``: the menu entry, icon and metainfo."""
    from psoas_desk.desktop_entry import (
        default_data_home,
        install_desktop_files,
        uninstall_desktop_files,
    )

    data_home = default_data_home(os.environ, Path.home())
    try:
        if install:
            for path in install_desktop_files(data_home):
                print(f"Installed {path}")
            print(f"{APP_NAME} is now in your applications menu.")
        else:
            removed = uninstall_desktop_files(data_home)
            for path in removed:
                print(f"Removed {path}")
            print(f"{APP_NAME} is no longer in your applications menu." if removed else
                  f"Nothing to remove: {APP_NAME} was not in the applications menu.")
    except OSError as exc:
        verb = "install" if install else "remove"
        print(f"{APP_NAME}: cannot {verb} the desktop files: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _run_app(options: StartOptions) -> int:
    # Imported here: it pulls in PySide6, which the other commands never need.
    from psoas_desk import app

    result: int = app.run(options)
    return result
