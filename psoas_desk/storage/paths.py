"""Where psoas-desk keeps its files, resolved once and passed around.

The only module that asks platformdirs. Nothing is resolved or created at
import time; ``resolve_paths(base_dir=...)`` lets tests and ``--base-dir`` put
everything under one folder.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from psoas_desk import APP_NAME


@dataclass(frozen=True)
class AppPaths:
    """Every folder and file the app uses."""

    config_dir: Path
    data_dir: Path
    state_dir: Path
    runtime_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def user_routines_dir(self) -> Path:
        return self.config_dir / "routines"

    @property
    def user_checklists_dir(self) -> Path:
        return self.config_dir / "checklists"

    @property
    def history_db(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def state_file(self) -> Path:
        """Engine state that must survive a restart (bout start, pause end)."""
        return self.state_dir / "state.json"

    @property
    def log_dir(self) -> Path:
        return self.state_dir / "log"

    @property
    def socket_path(self) -> Path:
        return self.runtime_dir / "control.sock"

    @property
    def pipe_name_file(self) -> Path:
        """Windows: the random name of the control pipe (the control socket elsewhere)."""
        return self.runtime_dir / "control.pipe"

    @property
    def lock_file(self) -> Path:
        return self.runtime_dir / "instance.lock"


def resolve_paths(base_dir: Path | None = None) -> AppPaths:
    """Resolve the app's folders (nothing is created).

    Args:
        base_dir: put everything under this folder instead of the platform's
            per-user locations (tests, ``--base-dir``).
    """
    if base_dir is not None:
        base = base_dir.expanduser().absolute()
        return AppPaths(config_dir=base / "config", data_dir=base / "data",
                        state_dir=base / "state", runtime_dir=base / "runtime")
    return AppPaths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        state_dir=Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)),
        runtime_dir=_runtime_dir(),
    )


def _runtime_dir() -> Path:
    """A per-user runtime folder for the control socket.

    ``$XDG_RUNTIME_DIR`` (via platformdirs) when it exists. A Unix session
    without it (``su``, ssh, a container) gets the user's ``/run/user/<uid>``
    when that folder is there, else a folder in the temp dir named after the
    user id, which ``ensure_private_dir`` refuses to use if somebody else owns
    it. platformdirs is not asked then: it would print a warning on every
    command and pick a folder in /tmp of its own.
    """
    uid = os.getuid() if hasattr(os, "getuid") else 0
    fallback = Path(tempfile.gettempdir()) / f"{APP_NAME}-{uid}"
    if sys.platform not in ("win32", "darwin") and not os.environ.get("XDG_RUNTIME_DIR"):
        logind = Path(f"/run/user/{uid}")
        return logind / APP_NAME if logind.is_dir() else fallback
    candidate = Path(platformdirs.user_runtime_dir(APP_NAME, appauthor=False))
    if candidate.parent.is_dir():
        return candidate
    return fallback


class UnsafeDirectoryError(OSError):
    """A folder we must keep private is owned by someone else or open to others."""


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed; make it 0700 and check the owner.

    Raises:
        UnsafeDirectoryError: if the folder belongs to another user.
        OSError: if it cannot be created.
    """
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = path.stat()
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise UnsafeDirectoryError(f"{path} belongs to another user; refusing to use it")
    if stat.S_IMODE(info.st_mode) & 0o077:
        path.chmod(0o700)
    return path
