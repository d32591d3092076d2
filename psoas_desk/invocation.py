"""How the person started psoas-desk, so messages name a command that works for them.

``psoas-desk`` is only on the ``PATH`` after ``pipx install`` (or a venv's
``bin`` added by hand); someone who followed the README runs ``scripts/run``,
and ``python -m psoas_desk`` works from any environment that has the package.
A hint such as "start it with `psoas-desk`" must name what works in the
person's terminal, so :func:`command_name` decides from how this process
was started:

- ``scripts/run`` exports :data:`COMMAND_ENV` with its own path as typed
  (before it changes folder), so that is used as it is;
- a ``psoas-desk`` script that ``PATH`` finds (the same file): ``psoas-desk``;
- a ``psoas-desk`` script that ``PATH`` does not find: its path as typed
  (it works from the folder the person typed it in);
- anything else (``python -m psoas_desk``): the interpreter with ``-m psoas_desk``.

The autostart entry and the menu entry use absolute paths instead (see
``adapters.autostart.command``): a login session has no "folder the person
typed it in". Pure functions apart from reading ``sys``/``os`` in
:func:`current_command_name`; no Qt.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from psoas_desk import APP_NAME

COMMAND_ENV = "PSOAS_DESK_COMMAND"
"""Set by ``scripts/run`` to the path it was started by (e.g. ``scripts/run``)."""
_MAX_COMMAND = 300


def command_name(argv0: str, executable: str, env: Mapping[str, str], *,
                 which: Callable[[str], str | None] = shutil.which,
                 same_file: Callable[[str, str], bool] | None = None) -> str:
    """The command a person types to run this psoas-desk (see the module docstring).

    Args:
        argv0: ``sys.argv[0]`` as the process got it.
        executable: ``sys.executable``.
        env: the environment (``COMMAND_ENV``, ``PATH`` through ``which``).
        which: finds a program on ``PATH`` (injectable for tests).
        same_file: whether two paths are the same file (default: ``os.path.samefile``).
    """
    given = env.get(COMMAND_ENV, "").strip()
    if given and len(given) <= _MAX_COMMAND and "\n" not in given:
        return shlex.quote(given)
    same = same_file or _same_file
    if argv0 and Path(argv0).name == APP_NAME:
        found = which(APP_NAME)
        if found is not None and same(found, argv0):
            return APP_NAME
        return shlex.quote(argv0)
    python = Path(executable).name if executable else "python3"
    found = which(python) if executable else None
    if not (found is not None and same(found, executable)):
        python = executable or "python3"
    return f"{shlex.quote(python)} -m psoas_desk"


def current_command_name() -> str:
    """:func:`command_name` for this process (reads ``sys`` and the environment now)."""
    return command_name(sys.argv[0] if sys.argv else "", sys.executable, os.environ)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
