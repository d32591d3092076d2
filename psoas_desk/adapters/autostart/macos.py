"""Start at login on macOS: a per-user LaunchAgent property list.

launchd loads every ``~/Library/LaunchAgents/*.plist`` when the user logs in;
``RunAtLoad`` starts the program then. The file is written with the stdlib
``plistlib``; nothing is loaded into the running launchd (no ``launchctl``
call), so the change takes effect at the next login, which is what "start at
login" means.

Honest limits: since macOS 13 the user can switch a login item off in System
Settings > General > Login Items ("Allow in the Background"); that choice is
kept in a database this module cannot read, so ``enabled()`` may say True for
an agent the system will not start. macOS also shows a one-time "background
item added" notice when the file appears.

Cost: one small file read per ``enabled()``; ``set_enabled`` writes only when
the content changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from psoas_desk import APP_ID
from psoas_desk.storage.atomic import atomic_write_bytes

__all__ = ["MacLaunchAgent"]


class MacLaunchAgent:
    """``Autostart`` through ``<directory>/org.psoasdesk.PsoasDesk.plist``.

    Args:
        directory: ``~/Library/LaunchAgents`` in the app, a temporary folder in tests.
        program_arguments: the command, one argument per item (no shell quoting).
        label: the job's label, unique per user; the app id.
    """

    name = "launch-agent"

    def __init__(self, directory: Path, program_arguments: Sequence[str], *,
                 label: str = APP_ID) -> None:
        if not program_arguments:
            raise ValueError("the LaunchAgent needs a command")
        self.path = directory / f"{label}.plist"
        self._label = label
        self._arguments = list(program_arguments)

    def job(self) -> dict[str, object]:
        """The property list written while autostart is on."""
        return {
            "Label": self._label,
            "ProgramArguments": self._arguments,
            "RunAtLoad": True,
            # An app the user works with: launchd must not throttle it as a
            # background daemon, and it only makes sense in a graphical login.
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }

    def enabled(self) -> bool:
        """Whether launchd will start psoas-desk at the next login (see the module limits).

        A missing, unreadable or malformed file, or one marked ``Disabled``,
        counts as disabled.
        """
        import plistlib  # here: the XML parser behind it is not loaded on other systems

        try:
            job = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        if not isinstance(job, dict) or job.get("Disabled") is True:
            return False
        arguments = job.get("ProgramArguments")
        return bool(arguments) and job.get("RunAtLoad") is True

    def set_enabled(self, enabled: bool) -> None:
        """Write the agent (only if it differs) or remove it.

        Raises:
            OSError: the folder or file cannot be written or removed.
        """
        if not enabled:
            self.path.unlink(missing_ok=True)
            return
        import plistlib

        wanted = plistlib.dumps(self.job(), fmt=plistlib.FMT_XML)
        try:
            if self.path.read_bytes() == wanted:
                return
        except OSError:
            pass
        # launchd refuses agents that others can write; 0644 is what it expects.
        atomic_write_bytes(self.path, wanted, mode=0o644)
