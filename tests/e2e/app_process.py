"""The real psoas-desk app as a subprocess inside a :class:`VirtualDesktop`.

Everything lives under one ``--base-dir``; the app logs JSON lines there, and
tests wait for its log records (``break_started``...) or ask it with the real
command line, the way a person's scripts would.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from tests.helpers.desktop import VirtualDesktop, stop_process_group, wait_until

APP_START_TIMEOUT_S = 30.0


def logged_at(record: dict[str, Any]) -> datetime:
    """When the app wrote a JSON log record."""
    return datetime.fromisoformat(record["time"])


class AppProcess:
    """Start, drive and stop one psoas-desk instance."""

    def __init__(self, desk: VirtualDesktop, base_dir: Path, *, settings: str = "") -> None:
        self.desk = desk
        self.base_dir = base_dir
        if settings:
            config = base_dir / "config"
            config.mkdir(parents=True, exist_ok=True)
            (config / "settings.toml").write_text(settings, encoding="utf-8")
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def log_file(self) -> Path:
        return self.base_dir / "state" / "log" / "psoas-desk.log"

    def argv(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "psoas_desk", "--base-dir", str(self.base_dir), *args]

    def start(self, *, wait: bool = True) -> AppProcess:
        self.proc = self.desk.spawn("psoas-desk", self.argv("--json-log"))
        if wait:
            self.wait_for("app_started")
            wait_until(lambda: self.cli("status").returncode == 0, timeout=APP_START_TIMEOUT_S,
                       what="the app to answer `status`")
        return self

    def cli(self, *args: str, timeout: float = 20.0) -> subprocess.CompletedProcess[str]:
        env = dict(self.desk.env)
        return subprocess.run(self.argv(*args), env=env, capture_output=True, text=True,
                              timeout=timeout, check=False)

    def status(self) -> dict[str, Any]:
        out = self.cli("status", "--json")
        assert out.returncode == 0, out.stderr
        result: dict[str, Any] = json.loads(out.stdout)
        return result

    def records(self) -> list[dict[str, Any]]:
        """Every JSON log record written so far."""
        if not self.log_file.exists():
            return []
        out = []
        for line in self.log_file.read_text(encoding="utf-8").splitlines():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                continue
        return out

    def events(self, name: str) -> list[dict[str, Any]]:
        return [r for r in self.records() if r.get("event") == name]

    def wait_for(self, event: str, *, count: int = 1, timeout: float = APP_START_TIMEOUT_S,
                 **fields: object) -> dict[str, Any]:
        """Wait until the app has logged ``count`` records of ``event`` matching ``fields``."""
        def found() -> list[dict[str, Any]]:
            self.assert_alive()
            hits = [r for r in self.events(event)
                    if all(r.get(k) == v for k, v in fields.items())]
            return hits if len(hits) >= count else []

        hits = wait_until(found, timeout=timeout, what=f"the app to log {event} {fields}")
        assert isinstance(hits, list)
        return hits[count - 1]

    def assert_alive(self) -> None:
        if self.proc is not None and self.proc.poll() is not None:
            log = self.desk.log_path("psoas-desk")
            raise AssertionError(f"psoas-desk exited with {self.proc.returncode}:\n"
                                 f"{log.read_text()[-3000:] if log.exists() else ''}")

    def stop(self) -> int | None:
        """Quit through the command line; kill if it does not go within 10 s."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.cli("quit")
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                stop_process_group(self.proc)
        return self.proc.returncode
