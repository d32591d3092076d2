"""GNOME Shell ``--headless`` with Xwayland, for tests/e2e/test_wayland.py (see wayland_session)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from tests.helpers.desktop import wait_until
from tests.helpers.wayland_session import BUS_CONFIG, ROOT, WaylandSession

# -- GNOME Shell -------------------------------------------------------------------
SYSTEM_PYTHON = "/usr/bin/python3"  # python3-gi, for tests/helpers/gnome_driver.py


class GnomeSession(WaylandSession):
    """GNOME Shell 43+ ``--headless`` with Xwayland, driven through its D-Bus APIs."""

    desktop = "GNOME"

    def start(self) -> None:
        system = self.shared / "system-bus"
        config = self.shared / "system-bus.conf"
        config.write_text(BUS_CONFIG.format(kind="system", path=system), encoding="utf-8")
        self.spawn("system-bus", ["dbus-daemon", "--nofork", "--nopidfile",
                                  f"--config-file={config}"])
        wait_until(system.exists, what="the private system bus")
        self.env["DBUS_SYSTEM_BUS_ADDRESS"] = f"unix:path={system}"
        # GLib's keyfile settings (no dconf service on this bus): no "Screen
        # Lock disabled" banner at start, which would cover the one we look for.
        self.env["GSETTINGS_BACKEND"] = "keyfile"
        keyfile = Path(self.env["XDG_CONFIG_HOME"]) / "glib-2.0" / "settings" / "keyfile"
        keyfile.parent.mkdir(parents=True, exist_ok=True)
        keyfile.write_text("[org/gnome/desktop/lockdown]\ndisable-lock-screen=true\n",
                           encoding="utf-8")
        proc = self.spawn("gnome-shell", ["gnome-shell", "--headless", "--wayland",
                                          "--virtual-monitor", "1280x800",
                                          "--wayland-display", "wayland-psoas"])
        runtime = Path(self.env["XDG_RUNTIME_DIR"])
        wait_until(lambda: (runtime / "wayland-psoas").exists(), timeout=60,
                   what="GNOME Shell's Wayland socket")
        self.wayland_socket = str(runtime / "wayland-psoas")
        self.env["WAYLAND_DISPLAY"] = "wayland-psoas"
        display = wait_until(lambda: self._xwayland_display(self.children_of(proc.pid)),
                             timeout=60, what="GNOME Shell's Xwayland")
        assert isinstance(display, str)
        self.x_display = display
        self.env["DISPLAY"] = display
        # Mutter's Xwayland asks X clients for the cookie it writes here.
        auth = wait_until(lambda: sorted(runtime.glob(".mutter-Xwaylandauth.*")),
                          what="Xwayland's authority file")
        assert isinstance(auth, list)
        self.env["XAUTHORITY"] = str(auth[0])
        wait_until(lambda: self.bus_has_name("org.gnome.Mutter.RemoteDesktop"), timeout=60,
                   what="GNOME Shell on the session bus")
        self._driver = self.spawn_driver()
        self.ask("escape")  # GNOME starts in the Overview

    def close(self) -> None:
        driver = getattr(self, "_driver", None)
        super().close()
        if driver is not None:
            for pipe in (driver.stdin, driver.stdout):
                if pipe is not None:
                    pipe.close()

    def spawn_driver(self) -> subprocess.Popen[bytes]:
        log = self.log_path("gnome-driver").open("ab")
        proc = subprocess.Popen([SYSTEM_PYTHON, str(ROOT / "tests/helpers/gnome_driver.py")],
                                env=self.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=log, start_new_session=True)
        log.close()
        self._procs.append(("gnome-driver", proc))
        assert proc.stdout is not None
        first = proc.stdout.readline()
        if not first:
            raise RuntimeError(self.log_path("gnome-driver").read_text()[-2000:])
        return proc

    def ask(self, command: str) -> Any:
        assert self._driver.stdin is not None and self._driver.stdout is not None
        self._driver.stdin.write(command.encode() + b"\n")
        self._driver.stdin.flush()
        line = self._driver.stdout.readline()
        if not line:
            raise RuntimeError(self.log_path("gnome-driver").read_text()[-2000:])
        return json.loads(line)

    def windows(self) -> list[dict[str, Any]]:
        result = self.ask("windows")
        assert isinstance(result, list)
        return result

    def type_text(self, text: str) -> None:
        self.ask(f"type {text}")

    def press_enter(self) -> None:
        self.ask("enter")

    def move_pointer(self) -> None:
        self.ask("move")

    def screenshot(self, target: Path, window: str = "root") -> Path:
        self.ask(f"screenshot {target}")
        return target

    def start_terminal(self, output: Path) -> None:
        shell = self.base / "terminal-shell.sh"
        shell.write_text(f"#!/bin/sh\nstty -echo\nexec cat > {output}\n", encoding="utf-8")
        shell.chmod(0o755)
        self.spawn("terminal", ["weston-terminal", f"--shell={shell}"])
        wait_until(lambda: any(w.get("has-focus") and "weston" in str(w.get("app-id", ""))
                               + str(w.get("wm-class", "")) for w in self.windows()),
                   what="the terminal to have the focus")
