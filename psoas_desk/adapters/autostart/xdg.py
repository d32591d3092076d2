"""Start at login on Linux and the BSDs: an XDG autostart desktop entry.

Per the XDG Autostart Specification, a session manager (GNOME, KDE Plasma,
Xfce, LXQt, and ``dex``/``systemd-xdg-autostart-generator`` elsewhere) starts
every ``.desktop`` file in ``$XDG_CONFIG_HOME/autostart`` at login. Ours is
named after the app id, so it replaces nothing else.

Disabled means "no file", except that a file another tool has switched off
(``Hidden=true``, or GNOME's ``X-GNOME-Autostart-enabled=false``) also reads
as disabled. Entries that an administrator put into ``$XDG_CONFIG_DIRS`` are
not looked at (psoas-desk installs none).

Cost: one small file read per ``enabled()``; ``set_enabled`` writes only when
the content changes (atomically, via ``psoas_desk.storage.atomic``).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from psoas_desk import APP_ID, APP_NAME
from psoas_desk.storage.atomic import atomic_write_text

__all__ = ["XdgAutostart", "read_desktop_group", "xdg_autostart_dir"]

_GROUP = "Desktop Entry"


def xdg_autostart_dir(env: Mapping[str, str], home: Path) -> Path:
    """``$XDG_CONFIG_HOME/autostart``, else ``~/.config/autostart`` (relative ones ignored)."""
    configured = env.get("XDG_CONFIG_HOME", "")
    base = Path(configured) if configured and Path(configured).is_absolute() else home / ".config"
    return base / "autostart"


def read_desktop_group(text: str, group: str = _GROUP) -> dict[str, str]:
    """The raw ``key=value`` pairs of one group of a desktop entry file (values left escaped).

    Enough for reading flags such as ``Hidden``; comments, blank lines and
    other groups are skipped. A key given twice keeps its first value, as
    readers of the specification do.
    """
    found: dict[str, str] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        if current != group or "=" not in line:
            continue
        key, _, value = line.partition("=")
        found.setdefault(key.strip(), value.strip())
    return found


class XdgAutostart:
    """``Autostart`` through ``<directory>/org.psoasdesk.PsoasDesk.desktop``.

    Args:
        directory: the autostart folder (``xdg_autostart_dir(env, home)`` in
            the app, a temporary folder in tests); created when needed.
        exec_line: the ``Exec`` value, already escaped (see
            ``command.desktop_exec``).
    """

    name = "xdg-autostart"

    def __init__(self, directory: Path, exec_line: str) -> None:
        if not exec_line.strip():
            raise ValueError("the autostart entry needs a command")
        self.path = directory / f"{APP_ID}.desktop"
        self._exec_line = exec_line

    def entry_text(self) -> str:
        """What the file holds while autostart is on."""
        return "\n".join([
            f"[{_GROUP}]",
            "Type=Application",
            f"Name={APP_NAME}",
            "Comment=Break and posture reminders",
            f"Exec={self._exec_line}",
            f"Icon={APP_ID}",
            "Terminal=false",
            # Read by GNOME and others; "false" here is how their tools switch
            # an entry off without deleting it.
            "X-GNOME-Autostart-enabled=true",
            "",
        ])

    def enabled(self) -> bool:
        """Whether the session will start psoas-desk at the next login.

        An unreadable file counts as disabled.
        """
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return False
        keys = read_desktop_group(text)
        if "Exec" not in keys:
            return False
        return (keys.get("Hidden", "false") != "true"
                and keys.get("X-GNOME-Autostart-enabled", "true") != "false")

    def set_enabled(self, enabled: bool) -> None:
        """Write the entry (only if its content differs) or remove it.

        Raises:
            OSError: the folder or file cannot be written or removed.
        """
        if not enabled:
            self.path.unlink(missing_ok=True)
            return
        wanted = self.entry_text()
        try:
            if self.path.read_text(encoding="utf-8") == wanted:
                return
        except (OSError, UnicodeDecodeError):
            pass  # missing or unreadable: write it afresh
        atomic_write_text(self.path, wanted, mode=0o644)
