"""The command that starts psoas-desk again later, and how to write it down.

Autostart entries and the applications-menu entry must start the same
psoas-desk that is running now, not whatever ``psoas-desk`` a login shell
might find on its ``PATH`` (a virtualenv's ``bin`` or ``~/.local/bin`` is often
not on the ``PATH`` of a graphical login). So :func:`launch_command` uses
absolute paths:

- when this process was started through the installed ``psoas-desk`` script
  (``argv[0]`` names it and the file exists), that script's absolute path;
- otherwise the running interpreter with ``-m psoas_desk`` (a source checkout
  with an editable install, ``python -m psoas_desk``, a test). On Windows the
  console-less ``pythonw.exe`` next to ``python.exe`` is preferred so that no
  console window opens at login. A checkout that is not installed at all is
  not importable from another working folder; that case is not handled.

The writers need the command in three notations: a desktop entry ``Exec``
value (:func:`desktop_exec`), a Windows command line (:func:`windows_command_line`)
and a plain argument list (a LaunchAgent's ``ProgramArguments``).

Pure functions; the only I/O is checking whether a file exists.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path, PureWindowsPath

from psoas_desk import APP_NAME

__all__ = ["current_launch_command", "desktop_exec", "launch_command", "windows_command_line"]

# Characters the Desktop Entry Specification reserves in Exec arguments; an
# argument holding any of them must be double-quoted.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# Inside double quotes these four must be backslash-escaped.
_ESCAPE_IN_QUOTES = frozenset('"`$\\')


def _script_name(name: str) -> str:
    """``psoas-desk`` for every spelling of the installed script's file name."""
    lowered = name.lower()
    for suffix in (".exe", "-script.pyw", "-script.py"):
        if lowered.endswith(suffix):
            return lowered[: -len(suffix)]
    return lowered


def launch_command(argv0: str, executable: str, *, platform: str,
                   is_file: Callable[[str], bool] = os.path.isfile,
                   cwd: str | None = None) -> list[str]:
    """The argument list that starts this psoas-desk (see the module docstring).

    Args:
        argv0: ``sys.argv[0]`` of the running process.
        executable: ``sys.executable``.
        platform: ``sys.platform``; decides the path flavour and ``pythonw.exe``.
        is_file: checks that a path names an existing file (injectable for tests).
        cwd: folder a relative ``argv0`` is resolved against (default: the current one).
    """
    windows = platform == "win32"
    base = cwd if cwd is not None else os.getcwd()
    if argv0 and _script_name(_basename(argv0, windows=windows)) == APP_NAME:
        script = _absolute(argv0, base, windows=windows)
        for candidate in (script, script + ".exe") if windows else (script,):
            if is_file(candidate):
                return [candidate]
    python = executable or ("python" if windows else "python3")
    if windows:
        path = PureWindowsPath(python)
        if path.name.lower() == "python.exe":
            gui = str(path.with_name("pythonw.exe"))
            if is_file(gui):
                python = gui
    return [python, "-m", "psoas_desk"]


def current_launch_command() -> list[str]:
    """:func:`launch_command` for the running process (reads ``sys.argv`` now, not at import)."""
    return launch_command(sys.argv[0] if sys.argv else "", sys.executable, platform=sys.platform)


def _basename(path: str, *, windows: bool) -> str:
    return PureWindowsPath(path).name if windows else Path(path).name


def _absolute(path: str, base: str, *, windows: bool) -> str:
    if windows:
        pure = PureWindowsPath(path)
        return str(pure if pure.is_absolute() else PureWindowsPath(base) / pure)
    return os.path.normpath(os.path.join(base, path))


def desktop_exec(argv: Sequence[str]) -> str:
    """``argv`` as the value of a desktop entry's ``Exec`` key, escaped as written in the file.

    Each argument is double-quoted when it holds a reserved character, with
    ``"``, `````, ``$`` and ``\\`` backslash-escaped inside the quotes; ``%`` is
    doubled (field codes); then the string-value escaping of the file format
    doubles every backslash once more. The result reads back as ``argv`` with
    GLib, KDE and any other implementation of the specification.

    Raises:
        ValueError: ``argv`` is empty or an argument holds a control character,
            which an ``Exec`` line cannot carry.
    """
    if not argv:
        raise ValueError("an Exec line needs a program")
    parts = []
    for arg in argv:
        if any(ord(ch) < 0x20 or ch == "\x7f" for ch in arg):
            raise ValueError(f"{arg!r}: control characters cannot go into an Exec line")
        if arg and not _RESERVED.intersection(arg):
            quoted = arg
        else:
            quoted = '"' + "".join("\\" + ch if ch in _ESCAPE_IN_QUOTES else ch
                                   for ch in arg) + '"'
        parts.append(quoted.replace("%", "%%"))
    return " ".join(parts).replace("\\", "\\\\")


def windows_command_line(argv: Sequence[str]) -> str:
    """``argv`` quoted for a Windows command line (the Run key's value).

    Uses the Microsoft C runtime rules, as ``subprocess`` does on Windows.
    """
    if not argv:
        raise ValueError("a command line needs a program")
    return subprocess.list2cmdline(list(argv))
