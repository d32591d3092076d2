"""KWin ``--virtual`` with Xwayland, for tests/e2e/test_wayland.py (see wayland_session)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

from tests.helpers.desktop import wait_until
from tests.helpers.wayland_session import WaylandSession

# -- KWin ------------------------------------------------------------------------
KWIN_STATE_SCRIPT = """
const tag = "%(tag)s";
const active = workspace.activeClient;
print(tag + " ACTIVE " + (active ? active.resourceClass + "|" + active.caption : "-"));
const order = workspace.clientList();
for (let i = 0; i < order.length; i++) {
    const w = order[i];
    print(tag + " WINDOW " + JSON.stringify({class: String(w.resourceClass),
        caption: String(w.caption), keepAbove: w.keepAbove, x: w.x, y: w.y,
        width: w.width, height: w.height, active: w === active, stack: w.stackingOrder,
        normal: w.normalWindow}));
}
print(tag + " END");
"""


class KWinSession(WaylandSession):
    """KWin 5.27+ ``--virtual`` with Xwayland, from a copy of its binary."""

    desktop = "KDE"

    def __init__(self, base: Path, *, outputs: int = 1) -> None:
        super().__init__(base)
        self.outputs = outputs

    def start(self) -> None:
        binary = self.shared / "kwin_wayland"  # the name must end in kwin_wayland
        # A plain copy: without the file capability (an extended attribute).
        shutil.copyfile(shutil.which("kwin_wayland") or "/usr/bin/kwin_wayland", binary)
        binary.chmod(0o755)
        env = dict(self.env, KWIN_WAYLAND_NO_PERMISSION_CHECKS="1",
                   KWIN_SCREENSHOT_NO_PERMISSION_CHECKS="1")
        proc = self.spawn("kwin", [str(binary), "--virtual", "--socket", "wayland-psoas",
                                   "--no-lockscreen", "--xwayland", "--output-count",
                                   str(self.outputs), "--width", "1280",
                                   "--height", "800"], env=env)
        runtime = Path(self.env["XDG_RUNTIME_DIR"])
        wait_until(lambda: (runtime / "wayland-psoas").exists(), what="KWin's socket")
        self.wayland_socket = str(runtime / "wayland-psoas")
        self.env["WAYLAND_DISPLAY"] = "wayland-psoas"
        display = wait_until(lambda: self._xwayland_display(self.children_of(proc.pid)),
                             what="KWin's Xwayland")
        assert isinstance(display, str)
        self.x_display = display
        self.env["DISPLAY"] = display
        wait_until(lambda: self.bus_has_name("org.kde.KWin"), what="KWin on the session bus")
        self._scripts = 0

    def windows(self) -> list[dict[str, Any]]:
        """KWin's windows as a KWin script sees them (``stack``: higher is in front)."""
        self._scripts += 1
        tag = f"PSOAS{self._scripts}"
        script = self.base / f"state-{self._scripts}.js"
        script.write_text(KWIN_STATE_SCRIPT % {"tag": tag}, encoding="utf-8")
        scripting = ["qdbus", "org.kde.KWin", "/Scripting"]
        self.run([*scripting, "org.kde.kwin.Scripting.loadScript", str(script), tag])
        self.run([*scripting, "org.kde.kwin.Scripting.start"])  # runs what is loaded
        log = self.log_path("kwin")
        wait_until(lambda: f"{tag} END" in log.read_text(errors="replace"),
                   what="KWin's script to print the windows")
        self.run([*scripting, "org.kde.kwin.Scripting.unloadScript", tag])
        found = []
        for line in log.read_text(errors="replace").splitlines():
            if f"{tag} WINDOW " in line:
                found.append(json.loads(line.split(f"{tag} WINDOW ", 1)[1]))
        return found

    def _input(self, *args: str) -> None:
        self.run([sys.executable, "-m", "tests.helpers.kwin_input", *args])

    def type_text(self, text: str) -> None:
        self._input("--type", text)

    def press_enter(self) -> None:
        self._input("--enter")

    def move_pointer(self) -> None:
        self._input("--move")

    def screenshot(self, target: Path, window: str = "root") -> Path:
        self.run([sys.executable, "-m", "tests.helpers.kwin_screenshot", str(target),
                  str(1280 * self.outputs), "800"])
        return target

    def start_terminal(self, output: Path) -> None:
        shell = self.base / "terminal-shell.sh"
        shell.write_text(f"#!/bin/sh\nstty -echo\nexec cat > {output}\n", encoding="utf-8")
        shell.chmod(0o755)
        self.spawn("terminal", ["weston-terminal", f"--shell={shell}"])
        wait_until(lambda: any(w["active"] and "weston" in w["class"].lower()
                               for w in self.windows()), what="the terminal to be active")
