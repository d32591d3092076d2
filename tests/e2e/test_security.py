"""Security promises, checked on one run of the real app under Xvfb.

The app runs with a umask of 0 (so only modes it sets itself can keep files
private), with settings and a routine file full of shell syntax and HTML, and
under an audit hook (``tests/helpers/netguard/sitecustomize.py``) that records
any network use or program start by the app and by every command-line call.
It goes through a break with that routine, pauses, resumes, changes posture
and opens its windows; the tests below then check what it left behind.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from psoas_desk.core.settings import Settings
from psoas_desk.core.settings_codec import with_option
from psoas_desk.logsetup import configured_logging
from psoas_desk.storage.content import load_content
from psoas_desk.storage.settings_store import SettingsStore
from tests.e2e.app_process import AppProcess
from tests.helpers.desktop import VirtualDesktop, wait_until

ROOT = Path(__file__).resolve().parents[2]
GUARD = ROOT / "tests" / "helpers" / "netguard"
NOBODY = 65534
STATUS_LINE = b'{"v": 1, "cmd": "status"}\n'


def payloads(sentinel: Path) -> list[str]:
    """Ways a careless program would run a command hidden in text."""
    return [f"$(touch {sentinel})", f"`touch {sentinel}`", f"; touch {sentinel}",
            f"| touch {sentinel}", f"&& touch {sentinel}"]


def evil_routine(sentinel: Path) -> str:
    run = payloads(sentinel)
    return f"""format = 1
id = "user-evil"
kind = "micro"
total_s = 20
title.en = '<a href="https://example.invalid/">Click</a> {run[0]}'
why.en = '<img src="file:///etc/passwd"> {run[1]}'
why_source = "general"

[[steps]]
text.en = '<b>Stand</b> <a href="https://example.invalid/">up</a> {run[2]} {run[3]}'
seconds = 20
"""


def evil_art(sentinel: Path) -> str:
    """A routine whose drawing is a command: refused when read."""
    return f"""format = 1
id = "user-evil-art"
kind = "micro"
total_s = 20
title.en = "Art"

[[steps]]
text.en = "Look"
seconds = 20
art = "{payloads(sentinel)[4]}"
"""


def evil_settings(sentinel: Path) -> str:
    shipped_micro = sorted(r.id for r in load_content().library.routines.values()
                           if r.kind.value == "micro")
    disabled = [*shipped_micro, *payloads(sentinel)]  # only the user's routine is left
    return f"""
[popups]
language = {json.dumps(payloads(sentinel)[0])}
key_guard = 0
[routines]
disabled = {json.dumps(disabled)}
[stretch]
enabled = false
[sounds]
enabled = false
"""


def guard_records(log: Path) -> list[dict[str, object]]:
    lines = log.read_text().splitlines() if log.exists() else []
    return [json.loads(line) for line in lines]


@dataclass
class GuardedRun:
    app: AppProcess
    base: Path
    guard_log: Path
    sentinel: Path
    written_by_test: set[Path]
    inet_sockets: list[str]
    children: list[str]


def inet_sockets(pid: int) -> list[str]:
    """The IPv4/IPv6 sockets a process holds, as the kernel lists them."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:["):-1])
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6", "udplite", "udplite6"):
        path = Path(f"/proc/{pid}/net/{table}")
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            if len(fields) > 9 and fields[9] in inodes:
                found.append(f"{table}: {line.strip()}")
    return found


def child_processes(pid: int) -> list[str]:
    return [child for task in Path(f"/proc/{pid}/task").iterdir()
            for child in (task / "children").read_text().split()]


@pytest.fixture(scope="module")
def run() -> Iterator[GuardedRun]:
    # Not under pytest's 0700 temporary folder: another user must be able to
    # reach the app's runtime folder, so that only the app's own modes stop it.
    top = Path(tempfile.mkdtemp(prefix="psoas-security-"))
    top.chmod(0o755)
    try:
        with VirtualDesktop(top / "desk") as desk:
            desk.start_window_manager()
            desk.start_tray("xembed")
            desk.start_notification_server()
            guard_log = top / "guard.log"
            desk.env["PYTHONPATH"] = os.pathsep.join(
                [str(GUARD), *filter(None, [desk.env.get("PYTHONPATH")])])
            desk.env["PSOAS_GUARD_LOG"] = str(guard_log)
            base = top / "base"
            base.mkdir(mode=0o755)
            sentinel = top / "command-ran"
            app = AppProcess(desk, base, settings=evil_settings(sentinel))
            routines = base / "config" / "routines"
            routines.mkdir()
            (routines / "evil.toml").write_text(evil_routine(sentinel), encoding="utf-8")
            (routines / "evil-art.toml").write_text(evil_art(sentinel), encoding="utf-8")
            written = {base / "config", routines, routines / "evil.toml",
                       routines / "evil-art.toml", base / "config" / "settings.toml"}
            old_umask = os.umask(0)
            try:
                app.start(wait=False)
            finally:
                os.umask(old_umask)
            app.wait_for("app_started")
            wait_until(lambda: app.cli("status").returncode == 0, what="the app to answer")
            for command in (["break", "micro"], ["pause", "30m"], ["resume"], ["stand"],
                            ["sit"], ["checklist"], ["settings"], ["status", "--json"]):
                out = app.cli(*command)
                assert out.returncode == 0, (command, out.stderr)
                if command == ["break", "micro"]:
                    app.wait_for("popup_shown", routine="user-evil")
            assert app.proc is not None
            sockets = inet_sockets(app.proc.pid)
            children = child_processes(app.proc.pid)
            yield GuardedRun(app, base, guard_log, sentinel, written, sockets, children)
            assert app.stop() == 0
    finally:
        shutil.rmtree(top, ignore_errors=True)


# -- the control socket -----------------------------------------------------------

def connect_as(uid: int, path: Path) -> str:
    """Connect to ``path`` from a child process running as ``uid``; what happened."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to the other user, try, report, leave at once
        result = "crashed"
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(10)
                try:
                    sock.connect(os.fspath(path))
                except PermissionError:
                    result = "refused: no permission"
                else:
                    try:
                        sock.sendall(STATUS_LINE)
                        result = "answered" if sock.recv(65536) else "dropped"
                    except (BrokenPipeError, ConnectionResetError):
                        result = "dropped"  # cut off before or after sending
        except BaseException as exc:
            result = f"crashed: {exc!r}"
        finally:
            os.write(write_end, result.encode())
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        result = pipe.read().decode()
    os.waitpid(pid, 0)
    return result


def test_the_control_socket_is_private_to_its_user(run: GuardedRun) -> None:
    runtime = run.base / "runtime"
    sock = runtime / "control.sock"
    assert stat.S_ISSOCK(sock.stat().st_mode)
    assert stat.S_IMODE(sock.stat().st_mode) == 0o600
    assert stat.S_IMODE(runtime.stat().st_mode) == 0o700
    assert runtime.stat().st_uid == os.getuid()
    if os.geteuid() != 0:
        pytest.skip("trying as another user needs root (to switch to uid 65534)")

    assert connect_as(NOBODY, sock) == "refused: no permission"

    # Were the folder and socket opened up by mistake, the app itself still
    # checks who is calling (SO_PEERCRED) and hangs up without an answer.
    runtime.chmod(0o755)
    sock.chmod(0o666)
    try:
        assert connect_as(NOBODY, sock) == "dropped"
    finally:
        runtime.chmod(0o700)
        sock.chmod(0o600)
    assert any(f"user id {NOBODY}" in r["message"] for r in run.app.records())
    assert run.app.cli("status").returncode == 0


# -- files ----------------------------------------------------------------------

def test_everything_the_app_creates_is_for_its_user_only(run: GuardedRun) -> None:
    created = [p for p in run.base.rglob("*") if p not in run.written_by_test]
    names = {p.relative_to(run.base).as_posix() for p in created}
    assert {"state/state.json", "state/log/psoas-desk.log", "runtime/control.sock",
            "data/history.sqlite3"} <= names
    assert any(n.startswith("config/settings.toml.broken-") for n in names)  # a backup
    loose = [f"{p.relative_to(run.base)} {stat.filemode(p.lstat().st_mode)}"
             for p in created if p.lstat().st_mode & 0o077]
    assert loose == []


def test_settings_and_logs_are_private_even_with_an_open_umask(tmp_path: Path) -> None:
    # The running app above saved no settings (only the settings window does).
    old_umask = os.umask(0)
    try:
        store = SettingsStore(tmp_path / "config" / "settings.toml")
        store.load()
        assert store.save(with_option(Settings(), "sounds.volume", 20))
        with configured_logging(tmp_path / "log"):
            pass
    finally:
        os.umask(old_umask)
    for path in (store.path, store.path.parent, tmp_path / "log",
                 tmp_path / "log" / "psoas-desk.log"):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


# -- network and programs ----------------------------------------------------------------

def test_the_guard_sees_what_it_is_meant_to_see(tmp_path: Path) -> None:
    import subprocess
    import sys

    log = tmp_path / "guard.log"
    code = ("import socket, subprocess\n"
            "s = socket.socket()\n"
            "try: s.connect(('127.0.0.1', 9))\n"
            "except OSError: pass\n"
            "subprocess.run(['true'])\n")
    env = dict(os.environ, PYTHONPATH=str(GUARD), PSOAS_GUARD_LOG=str(log))
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    events = [r["event"] for r in guard_records(log)]
    assert events == ["guard.started", "socket.__new__", "socket.connect", "subprocess.Popen"]
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        assert len(inet_sockets(os.getpid())) == 1


def test_the_app_opens_no_network_connection(run: GuardedRun) -> None:
    records = guard_records(run.guard_log)
    assert run.app.proc is not None
    watched = {r["pid"] for r in records if r["event"] == "guard.started"}
    assert run.app.proc.pid in watched and len(watched) > 8, "the app and each CLI call"
    network = [r for r in records if "socket" in str(r["event"])]
    assert network == []
    assert run.inet_sockets == []
    assert run.app.events("popup_shown"), "the run went through a break"


def test_nothing_in_settings_or_routine_files_is_run_as_a_command(run: GuardedRun) -> None:
    records = guard_records(run.guard_log)
    assert [r for r in records if r["event"] not in ("guard.started",)
            and "socket" not in str(r["event"])] == []
    assert run.children == []
    assert not run.sentinel.exists()
    # The routine full of shell syntax and HTML was read and used as it is.
    assert run.app.events("popup_shown")[0]["routine"] == "user-evil"
