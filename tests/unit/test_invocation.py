"""Messages name the command that works where the person typed it, and pipes may close early."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from psoas_desk.invocation import COMMAND_ENV, command_name
from psoas_desk.storage.history import HistoryStore
from psoas_desk.storage.paths import resolve_paths
from tests.helpers.history_gen import simulate

ROOT = Path(__file__).resolve().parents[2]
VENV_SCRIPT = "/home/ana/psoas-desk/.venv/bin/psoas-desk"


def same(a: str, b: str) -> bool:
    return os.path.normpath(a) == os.path.normpath(b)


@pytest.mark.parametrize(("argv0", "executable", "env", "on_path", "expected"), [
    # scripts/run says how it was typed; that works in the person's folder.
    (".venv/bin/psoas-desk", "/x/.venv/bin/python", {COMMAND_ENV: "scripts/run"}, {},
     "scripts/run"),
    ("/a/.venv/bin/psoas-desk", "/a/.venv/bin/python", {COMMAND_ENV: "./my dir/scripts/run"},
     {}, "'./my dir/scripts/run'"),
    # pipx (or a venv's bin on PATH): the plain name.
    ("/home/ana/.local/bin/psoas-desk", "/usr/bin/python3", {},
     {"psoas-desk": "/home/ana/.local/bin/psoas-desk"}, "psoas-desk"),
    # A venv's script PATH does not find (or finds another one): its path as typed.
    (VENV_SCRIPT, "/usr/bin/python3", {}, {}, VENV_SCRIPT),
    (VENV_SCRIPT, "/usr/bin/python3", {}, {"psoas-desk": "/usr/bin/psoas-desk"}, VENV_SCRIPT),
    # python -m psoas_desk: the interpreter, by name when PATH finds that same one.
    ("/x/psoas_desk/__main__.py", "/usr/bin/python3", {}, {"python3": "/usr/bin/python3"},
     "python3 -m psoas_desk"),
    ("/x/psoas_desk/__main__.py", "/opt/py/bin/python3", {}, {"python3": "/usr/bin/python3"},
     "/opt/py/bin/python3 -m psoas_desk"),
])
def test_the_command_named_is_one_that_works(argv0: str, executable: str, env: dict[str, str],
                                             on_path: dict[str, str], expected: str) -> None:
    assert command_name(argv0, executable, env, which=on_path.get, same_file=same) == expected


def test_scripts_run_tells_the_app_how_it_was_started() -> None:
    text = (ROOT / "scripts" / "run").read_text()
    assert f'export {COMMAND_ENV}="$0"' in text
    assert text.index(COMMAND_ENV) < text.index("cd "), "set before it changes folder"


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "base")
    store = HistoryStore(paths.history_db)
    store.open()
    simulate(60, seed=3).feed(store)  # well over a pipe's 64 KiB buffer
    store.close()
    command = [sys.executable, "-m", "psoas_desk", "--base-dir", os.fspath(tmp_path / "base"),
               "export", "--csv", "-"]
    for read_first in (True, False):
        # Like `psoas-desk export --csv - | head -1`: the reader reads a line
        # (or nothing) and closes the pipe while the command still writes.
        with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE) as proc:
            assert proc.stdout is not None and proc.stderr is not None
            if read_first:  # a few bytes, unbuffered, as head takes them
                assert os.read(proc.stdout.fileno(), 100).startswith(b"record,")
            proc.stdout.close()
            err = proc.stderr.read().decode()
            proc.wait(timeout=30)
        assert err == ""
        # Closed before anything was read, the pipe surely broke; after a read
        # the kernel's pipe buffer may have taken all of it.
        assert proc.returncode in ((0, 141) if read_first else (141,))
