"""Where the app keeps its files when the session is not a full desktop one."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from psoas_desk import APP_NAME
from psoas_desk.storage.paths import resolve_paths

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG_RUNTIME_DIR is a Unix thing")
def test_without_xdg_runtime_dir_the_users_own_folder_is_used_without_a_warning(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        paths = resolve_paths()
    logind = Path(f"/run/user/{os.getuid()}")
    expected = logind / APP_NAME if logind.is_dir() else tmp_path / f"{APP_NAME}-{os.getuid()}"
    assert paths.runtime_dir == expected


def test_a_command_in_a_session_without_xdg_runtime_dir_prints_only_its_answer(
        tmp_path: Path) -> None:
    """ssh, su or a container: no library warning before "not running"."""
    env = {k: v for k, v in os.environ.items() if k != "XDG_RUNTIME_DIR"}
    env["TMPDIR"] = str(tmp_path)
    done = subprocess.run([sys.executable, "-m", "psoas_desk", "status"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip().splitlines() == [done.stderr.strip()], done.stderr
    assert "not running" in done.stderr and "Warning" not in done.stderr
