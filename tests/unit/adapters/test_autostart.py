"""Start at login: the command written, the XDG entry, the Run key, the LaunchAgent, the chooser.

Every writer gets a temporary folder or a fake registry. The XDG entry's
``Exec`` quoting is checked against real implementations: ``gio launch`` (GLib)
must start exactly the argument list we wrote, and ``desktop-file-validate``
must accept the file.
"""

from __future__ import annotations

import json
import logging
import os
import plistlib
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from psoas_desk import APP_ID
from psoas_desk.adapters.autostart import (
    AutostartUnavailable,
    MacLaunchAgent,
    NullAutostart,
    WindowsRunKey,
    XdgAutostart,
    choose_autostart,
    default_autostart_candidates,
    desktop_exec,
    launch_command,
    windows_command_line,
)
from psoas_desk.adapters.autostart.windows import RUN_KEY, STARTUP_APPROVED_KEY, Registry
from tests.helpers.desktop import wait_until

HKCU = 0x80000001

# -- the command ------------------------------------------------------------------


def test_the_installed_script_is_started_by_its_absolute_path() -> None:
    exists = {"/home/ana/.local/bin/psoas-desk"}.__contains__
    assert launch_command("/home/ana/.local/bin/psoas-desk", "/usr/bin/python3",
                          platform="linux", is_file=exists) == ["/home/ana/.local/bin/psoas-desk"]
    assert launch_command("../bin/psoas-desk", "/usr/bin/python3", platform="linux",
                          is_file=exists, cwd="/home/ana/.local/lib") == [
        "/home/ana/.local/bin/psoas-desk"]


def test_otherwise_the_running_interpreter_runs_the_module() -> None:
    nothing = set[str]().__contains__
    for argv0 in ("/src/psoas_desk/__main__.py", "/gone/psoas-desk", "-c", ""):
        assert launch_command(argv0, "/venv/bin/python", platform="linux", is_file=nothing) == [
            "/venv/bin/python", "-m", "psoas_desk"]


def test_on_windows_the_script_exe_or_pythonw_is_used_so_no_console_opens() -> None:
    files = {r"C:\Py\Scripts\psoas-desk.exe", r"C:\Py\pythonw.exe"}.__contains__
    assert launch_command(r"C:\Py\Scripts\psoas-desk", r"C:\Py\python.exe", platform="win32",
                          is_file=files) == [r"C:\Py\Scripts\psoas-desk.exe"]
    assert launch_command(r"C:\src\psoas_desk\__main__.py", r"C:\Py\python.exe",
                          platform="win32", is_file=files) == [
        r"C:\Py\pythonw.exe", "-m", "psoas_desk"]
    assert launch_command("x.py", r"D:\Other\python.exe", platform="win32", is_file=files) == [
        r"D:\Other\python.exe", "-m", "psoas_desk"]


def test_exec_quoting_follows_the_desktop_entry_rules() -> None:
    assert desktop_exec(["/usr/bin/psoas-desk"]) == "/usr/bin/psoas-desk"
    assert desktop_exec(["/opt/my apps/python", "-m", "psoas_desk"]) == (
        '"/opt/my apps/python" -m psoas_desk')
    assert desktop_exec(["/x/100%"]) == "/x/100%%"
    # One backslash: escaped inside quotes (two), then by the string rules (four).
    assert desktop_exec(["a\\b"]) == '"a\\\\\\\\b"'
    with pytest.raises(ValueError):
        desktop_exec(["/bin/x", "two\nlines"])
    with pytest.raises(ValueError):
        desktop_exec([])


def test_windows_command_lines_quote_paths_with_spaces() -> None:
    assert windows_command_line([r"C:\Program Files\Py\pythonw.exe", "-m", "psoas_desk"]) == (
        r'"C:\Program Files\Py\pythonw.exe" -m psoas_desk')


_RECORD_ARGV = "import json, sys; open(sys.argv[1], 'w').write(json.dumps(sys.argv[2:]))"


def test_glib_starts_exactly_the_command_the_autostart_entry_names(tmp_path: Path) -> None:
    """The entry is launched the way a GNOME session would, by GLib."""
    out = tmp_path / "argv.json"
    tricky = ["two words", 'say "hi"', "$HOME", "`id`", "back\\slash", "100%", "~", "#x", ""]
    entry = XdgAutostart(tmp_path / "folder with space", desktop_exec(
        [sys.executable, "-c", _RECORD_ARGV, str(out), *tricky]))
    entry.set_enabled(True)
    env = {key: value for key, value in os.environ.items() if key != "DISPLAY"}
    subprocess.run(["gio", "launch", str(entry.path)], check=True, env=env, timeout=30,
                   capture_output=True)
    # The launched program is another process: wait for it to write its file.
    wait_until(lambda: out.exists() and out.read_text(), timeout=20, what="the launched program")
    assert json.loads(out.read_text()) == tricky


# -- XDG autostart ------------------------------------------------------------------


def test_xdg_entry_is_written_validated_and_removed(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path / "autostart", "/usr/bin/psoas-desk")
    assert autostart.path == tmp_path / "autostart" / f"{APP_ID}.desktop"
    assert not autostart.enabled()

    autostart.set_enabled(True)

    assert autostart.enabled()
    text = autostart.path.read_text()
    assert "Exec=/usr/bin/psoas-desk\n" in text and "X-GNOME-Autostart-enabled=true" in text
    check = subprocess.run(["desktop-file-validate", str(autostart.path)],
                           capture_output=True, text=True, timeout=30)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout + check.stderr

    autostart.set_enabled(False)
    assert not autostart.path.exists() and not autostart.enabled()
    autostart.set_enabled(False)  # already off: nothing to do, no error


def test_enabling_twice_does_not_rewrite_but_a_new_command_does(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path, "/old/psoas-desk")
    autostart.set_enabled(True)
    inode = autostart.path.stat().st_ino
    autostart.set_enabled(True)
    assert autostart.path.stat().st_ino == inode  # an atomic write would make a new file

    XdgAutostart(tmp_path, "/new/psoas-desk").set_enabled(True)
    assert "Exec=/new/psoas-desk" in autostart.path.read_text()


@pytest.mark.parametrize("switch", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_an_entry_switched_off_by_the_desktop_reads_as_off_until_enabled_again(
        tmp_path: Path, switch: str) -> None:
    autostart = XdgAutostart(tmp_path, "/usr/bin/psoas-desk")
    autostart.path.write_text(f"[Desktop Entry]\nType=Application\nName=x\n"
                              f"Exec=/usr/bin/psoas-desk\n{switch}\n")
    assert not autostart.enabled()
    autostart.set_enabled(True)
    assert autostart.enabled() and switch not in autostart.path.read_text()


def test_an_unwritable_autostart_folder_raises_os_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(OSError):
        XdgAutostart(blocker / "autostart", "/usr/bin/psoas-desk").set_enabled(True)


# -- Windows Run key ---------------------------------------------------------------------


@dataclass
class FakeRegistry:
    """``winreg``'s shape over a dict: keys are (root, path), values (data, type)."""

    HKEY_CURRENT_USER: int = HKCU
    KEY_READ: int = 0x20019
    KEY_SET_VALUE: int = 0x0002
    REG_SZ: int = 1
    keys: dict[tuple[int, str], dict[str, tuple[object, int]]] = field(default_factory=dict)
    open_handles: set[int] = field(default_factory=set)
    writes: int = 0
    handles: dict[int, tuple[int, str]] = field(default_factory=dict)

    def _handle(self, root: int, path: str) -> int:
        handle = 100 + len(self.handles)
        self.handles[handle] = (root, path)
        self.open_handles.add(handle)
        return handle

    def OpenKey(self, key: int, sub_key: str, reserved: int = 0, access: int = 0, /) -> int:
        if (key, sub_key) not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return self._handle(key, sub_key)

    def CreateKeyEx(self, key: int, sub_key: str, reserved: int = 0, access: int = 0, /) -> int:
        self.keys.setdefault((key, sub_key), {})
        return self._handle(key, sub_key)

    def QueryValueEx(self, key: int, name: str, /) -> tuple[object, int]:
        values = self.keys[self.handles[key]]
        if name not in values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return values[name]

    def SetValueEx(self, key: int, name: str, reserved: int, type: int, value: object, /) -> None:
        self.writes += 1
        self.keys[self.handles[key]][name] = (value, type)

    def DeleteValue(self, key: int, name: str, /) -> None:
        values = self.keys[self.handles[key]]
        if name not in values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del values[name]

    def CloseKey(self, key: int, /) -> None:
        self.open_handles.remove(key)

    def value(self, path: str, name: str = "psoas-desk") -> object:
        return self.keys.get((HKCU, path), {}).get(name, (None, 0))[0]


def test_run_key_value_is_written_read_and_deleted() -> None:
    registry = FakeRegistry()
    command = r'"C:\Program Files\psoas\psoas-desk.exe"'
    run_key = WindowsRunKey(registry, command)
    assert not run_key.enabled()

    run_key.set_enabled(True)
    assert registry.keys[(HKCU, RUN_KEY)]["psoas-desk"] == (command, registry.REG_SZ)
    assert run_key.enabled()
    run_key.set_enabled(True)
    assert registry.writes == 1  # unchanged: not written again

    run_key.set_enabled(False)
    assert registry.value(RUN_KEY) is None and not run_key.enabled()
    run_key.set_enabled(False)
    assert not registry.open_handles


def test_an_entry_switched_off_in_task_manager_is_off_until_the_user_asks_again() -> None:
    registry = FakeRegistry()
    run_key = WindowsRunKey(registry, "psoas-desk.exe")
    run_key.set_enabled(True)
    approved = registry.keys.setdefault((HKCU, STARTUP_APPROVED_KEY), {})
    approved["psoas-desk"] = (bytes([3]) + bytes(11), 3)
    assert not run_key.enabled()

    run_key.set_enabled(True)
    assert run_key.enabled() and registry.value(STARTUP_APPROVED_KEY) is None

    approved["psoas-desk"] = (bytes([6]) + bytes(11), 3)  # Windows' own "on" mark
    assert run_key.enabled()
    assert not registry.open_handles


def test_the_real_winreg_shape_is_what_the_writer_asks_for() -> None:
    registry: Registry = FakeRegistry()  # the fake type-checks as the protocol
    assert registry.HKEY_CURRENT_USER == HKCU


# -- macOS LaunchAgent ---------------------------------------------------------------------


def test_launch_agent_plist_starts_the_command_at_login(tmp_path: Path) -> None:
    agents = tmp_path / "Library" / "LaunchAgents"
    command = ["/Applications/psoas desk/bin/python", "-m", "psoas_desk"]
    agent = MacLaunchAgent(agents, command)
    assert agent.path == agents / f"{APP_ID}.plist" and not agent.enabled()

    agent.set_enabled(True)

    job = plistlib.loads(agent.path.read_bytes())
    assert job["Label"] == APP_ID
    assert job["ProgramArguments"] == command
    assert job["RunAtLoad"] is True
    assert agent.enabled()
    assert agent.path.stat().st_mode & 0o022 == 0  # launchd ignores group/world-writable agents

    agent.set_enabled(False)
    assert not agent.path.exists() and not agent.enabled()


@pytest.mark.parametrize("content", [b"not a plist", plistlib.dumps({"Label": APP_ID}),
                                     plistlib.dumps({"Label": APP_ID, "RunAtLoad": True,
                                                     "ProgramArguments": ["x"],
                                                     "Disabled": True})])
def test_a_broken_or_disabled_agent_reads_as_off(tmp_path: Path, content: bytes) -> None:
    agent = MacLaunchAgent(tmp_path, ["/usr/local/bin/psoas-desk"])
    agent.path.write_bytes(content)
    assert not agent.enabled()
    agent.set_enabled(True)
    assert agent.enabled()


# -- chooser -----------------------------------------------------------------------------


def test_linux_writes_into_the_xdg_config_home(tmp_path: Path) -> None:
    chosen = choose_autostart(default_autostart_candidates(
        platform="linux", env={"XDG_CONFIG_HOME": str(tmp_path / "cfg")}, home=tmp_path / "home",
        command=["/usr/bin/psoas-desk"]))
    assert isinstance(chosen, XdgAutostart)
    assert chosen.path == tmp_path / "cfg" / "autostart" / f"{APP_ID}.desktop"

    relative = choose_autostart(default_autostart_candidates(
        platform="freebsd14", env={"XDG_CONFIG_HOME": "cfg"}, home=tmp_path / "home",
        command=["/usr/bin/psoas-desk"]))
    assert isinstance(relative, XdgAutostart)
    assert relative.path.parent == tmp_path / "home" / ".config" / "autostart"


def test_macos_and_windows_get_their_writers(tmp_path: Path) -> None:
    mac = choose_autostart(default_autostart_candidates(
        platform="darwin", env={}, home=tmp_path, command=["/usr/local/bin/psoas-desk"]))
    assert isinstance(mac, MacLaunchAgent)
    assert mac.path.parent == tmp_path / "Library" / "LaunchAgents"

    registry = FakeRegistry()
    win = choose_autostart(default_autostart_candidates(
        platform="win32", env={}, home=tmp_path, command=[r"C:\Py\pythonw.exe", "-m", "x"],
        registry=lambda: registry))
    assert isinstance(win, WindowsRunKey)
    win.set_enabled(True)
    assert registry.value(RUN_KEY) == r"C:\Py\pythonw.exe -m x"


def test_without_a_fitting_writer_start_at_login_is_refused_with_a_reason(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="psoas_desk.adapters.autostart")

    def no_winreg() -> Registry:
        raise ImportError("No module named 'winreg'")

    for candidates in (
            default_autostart_candidates(platform="win32", env={}, home=tmp_path,
                                         command=["x"], registry=no_winreg),
            default_autostart_candidates(platform="linux", env={"FLATPAK_ID": APP_ID},
                                         home=tmp_path, command=["x"])):
        chosen = choose_autostart(candidates)
        assert isinstance(chosen, NullAutostart) and not chosen.enabled()
        chosen.set_enabled(False)
        with pytest.raises(AutostartUnavailable, match="not supported"):
            chosen.set_enabled(True)
    assert "windows-run-key is unavailable: No module named 'winreg'" in caplog.text
    assert not list(tmp_path.rglob("*.desktop"))
