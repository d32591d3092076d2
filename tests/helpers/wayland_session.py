"""Real Wayland compositors, headless, for the end-to-end tests (sway, KWin, GNOME Shell).

Each session gets its own folders, a private session bus and the compositor
(see ``../shared`` notes summarised in the README's "Desktops" section):

- sway refuses to run as root: it runs as ``nobody`` (``setpriv``) with its
  own runtime folder; the app, the terminal and the input tools run as the
  test's user and connect through the socket's full path (libwayland takes an
  absolute ``WAYLAND_DISPLAY``). The session bus admits every user, so
  swaybar (sway's tray host, as nobody) and the app share it.
- KWin's binary carries a file capability a container refuses: it runs from
  a copy whose name still ends in ``kwin_wayland``.
- GNOME Shell needs a private system bus too, or it stops in its login
  manager code.

Every process is started in its own process group and stopped by PID.
Compositors that start Xwayland pick their own display number the way every
X server does (lock files in /tmp, which Xvfb's ``-displayfd`` honours too, so
they cannot collide); it is read from the lock file the compositor owns.
KWin and GNOME Shell live in ``wayland_kwin`` and ``wayland_gnome``.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import tempfile
from pathlib import Path
from typing import Any

from tests.helpers.desktop import VirtualDesktop, wait_until

ROOT = Path(__file__).resolve().parents[2]
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>{kind}</type>
  <listen>unix:path={path}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def have(*programs: str) -> bool:
    return all(shutil.which(p) for p in programs)


class WaylandSession(VirtualDesktop):
    """A compositor with a private session bus; ``env`` is what apps in it get."""

    desktop = "wayland"

    def __init__(self, base: Path) -> None:
        super().__init__(base)
        # Folders another user (sway as nobody) must reach live outside the
        # test's 0700 temporary folder.
        self.shared = Path(tempfile.mkdtemp(prefix="psoas-wl-"))
        self.shared.chmod(0o755)
        self.wayland_socket = ""
        self.x_display = ""

    def __enter__(self) -> WaylandSession:
        try:
            self._make_env()
            self.env.pop("QT_QPA_PLATFORM", None)
            self.env.update(XDG_SESSION_TYPE="wayland", XDG_CURRENT_DESKTOP=self.desktop,
                            PYTHONPATH=str(ROOT))
            self._start_shared_bus()
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def close(self) -> None:
        super().close()
        shutil.rmtree(self.shared, ignore_errors=True)

    def start(self) -> None:
        raise NotImplementedError

    def _start_shared_bus(self) -> None:
        path = self.shared / "bus"
        config = self.shared / "session-bus.conf"
        config.write_text(BUS_CONFIG.format(kind="session", path=path), encoding="utf-8")
        config.chmod(0o644)
        self.spawn("dbus", ["dbus-daemon", "--nofork", "--nopidfile", f"--config-file={config}"])
        wait_until(path.exists, what="the session bus socket")
        path.chmod(0o777)
        self.bus_address = f"unix:path={path}"
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address

    def _xwayland_display(self, owner_pids: set[int]) -> str:
        """The X display whose lock file names one of ``owner_pids``, or ""."""
        for lock in Path("/tmp").glob(".X*-lock"):
            try:
                pid = int(lock.read_text().strip())
            except (OSError, ValueError):
                continue
            if pid in owner_pids:
                return ":" + lock.name[2:-5]
        return ""

    def children_of(self, pid: int) -> set[int]:
        """``pid`` and all its descendants."""
        found = {pid}
        grew = True
        while grew:
            grew = False
            for status in Path("/proc").glob("[0-9]*/stat"):
                try:
                    fields = status.read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                child, parent = int(status.parent.name), int(fields[1])
                if parent in found and child not in found:
                    found.add(child)
                    grew = True
        return found

    # -- what every session offers ---------------------------------------------
    def type_text(self, text: str) -> None:
        raise NotImplementedError

    def move_pointer(self) -> None:
        raise NotImplementedError

    def screenshot(self, target: Path, window: str = "root") -> Path:
        raise NotImplementedError

    def start_terminal(self, output: Path) -> None:
        """A terminal in front, whose shell writes each line typed into ``output``."""
        raise NotImplementedError


# -- sway ------------------------------------------------------------------------
SWAY_CONFIG = """output HEADLESS-1 resolution 1280x800 position 0 0
output HEADLESS-2 resolution 1280x800 position 1280 0
xwayland disable
default_border normal
bar {{
    position top
    status_command while true; do sleep 3600; done
    tray_output *
}}
"""


class SwaySession(WaylandSession):
    """sway 1.7+ on the headless wlroots backend, run as ``nobody``; swaybar is the tray."""

    desktop = "sway"

    def __init__(self, base: Path, *, outputs: int = 1) -> None:
        super().__init__(base)
        self.outputs = outputs

    def start(self) -> None:
        user = pwd.getpwnam("nobody")
        run = self.shared / "sway-run"
        run.mkdir(mode=0o700)
        os.chown(run, user.pw_uid, user.pw_gid)
        config = self.shared / "sway.conf"
        config.write_text(SWAY_CONFIG.format(), encoding="utf-8")
        config.chmod(0o644)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(run),
               "XDG_RUNTIME_DIR": str(run), "WLR_BACKENDS": "headless",
               "WLR_LIBINPUT_NO_DEVICES": "1", "WLR_RENDERER": "pixman",
               "DBUS_SESSION_BUS_ADDRESS": self.bus_address, "LANG": "C.UTF-8"}
        argv = ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}",
                "--clear-groups", "sway", "-c", str(config)]
        self.spawn("sway", argv, env=env)
        sockets = wait_until(lambda: [p for p in run.glob("wayland-*")
                                      if not p.name.endswith(".lock")]
                             and list(run.glob("sway-ipc.*.sock")), what="sway's sockets")
        assert isinstance(sockets, list)
        wayland = next(p for p in run.glob("wayland-*") if not p.name.endswith(".lock"))
        self.wayland_socket = str(wayland)
        self.env.update(WAYLAND_DISPLAY=str(wayland), SWAYSOCK=str(sockets[0]))
        wait_until(lambda: self.bus_has_name("org.kde.StatusNotifierWatcher"),
                   what="swaybar's StatusNotifierWatcher")
        for _ in range(self.outputs - 1):
            self.swaymsg("create_output")
        wait_until(lambda: len(self.swaymsg("-t", "get_outputs")) == self.outputs,
                   what="sway's outputs")
        # Headless sway has no keyboard; a virtual one (wtype waiting an hour
        # before a harmless Shift) gives the seat one for the whole session, so
        # windows hold keyboard focus before the test types.
        self.spawn("keyboard", ["wtype", "-s", "3600000", "-k", "Shift_L"])

    def swaymsg(self, *args: str) -> Any:
        out = self.run(["swaymsg", "-r", *args])
        return json.loads(out.stdout)

    def tree_nodes(self) -> list[dict[str, Any]]:
        """Every window (tiled and floating) in sway's tree."""
        found: list[dict[str, Any]] = []

        def walk(node: dict[str, Any], floating: bool, output: str) -> None:
            if node.get("type") == "output":
                output = node.get("name", "")
            if node.get("type") in ("con", "floating_con") and node.get("pid"):
                found.append({**node, "is_floating": floating, "output": output})
            for child in node.get("nodes", []):
                walk(child, floating, output)
            for child in node.get("floating_nodes", []):
                walk(child, True, output)

        walk(self.swaymsg("-t", "get_tree"), False, "")
        return found

    def type_text(self, text: str) -> None:
        self.run(["wtype", text])

    def press_enter(self) -> None:
        self.run(["wtype", "-k", "Return"])

    def move_pointer(self) -> None:
        self.swaymsg("seat", "-", "cursor", "move", "7", "5")

    def screenshot(self, target: Path, window: str = "root") -> Path:
        self.run(["grim", str(target)])
        return target

    def start_terminal(self, output: Path) -> None:
        self.spawn("foot", ["foot", "--app-id", "psoas-test-terminal", "sh", "-c",
                            f"stty -echo; cat > {output}"])
        wait_until(lambda: any(n.get("app_id") == "psoas-test-terminal" and n.get("focused")
                               for n in self.tree_nodes()), what="the terminal to be focused")
