"""Start psoas-desk at login: the port, its backends and the chooser.

``Autostart`` is the port. Backends, one per platform, each writing only where
it is told (a folder or a registry key), so tests never touch the real home
or registry:

- ``xdg.XdgAutostart``: ``$XDG_CONFIG_HOME/autostart/<app id>.desktop``
  (Linux, the BSDs);
- ``windows.WindowsRunKey``: a value under ``HKCU\\...\\CurrentVersion\\Run``;
- ``macos.MacLaunchAgent``: ``~/Library/LaunchAgents/<app id>.plist``;
- ``null.NullAutostart``: never enabled; turning it on raises.

``default_autostart_candidates`` lists what fits the platform and
``choose_autostart`` builds the first that works, logging the choice. The
command written is the one running now (``command.current_launch_command``).

Seam: inside a Flatpak sandbox the autostart folder is not the host's; the
way there is the ``org.freedesktop.portal.Background`` portal
(``RequestBackground`` with ``autostart``), which would be one more backend
offered ahead of the null one. It is not implemented.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from psoas_desk.adapters import lazy_exports
from psoas_desk.adapters.autostart.command import (
    current_launch_command,
    desktop_exec,
    launch_command,
    windows_command_line,
)
from psoas_desk.adapters.autostart.null import AutostartUnavailable, NullAutostart
from psoas_desk.adapters.autostart.xdg import XdgAutostart, xdg_autostart_dir
from psoas_desk.adapters.choose import working

if TYPE_CHECKING:
    from psoas_desk.adapters.autostart.macos import MacLaunchAgent
    from psoas_desk.adapters.autostart.windows import Registry, WindowsRunKey

__all__ = [
    "Autostart",
    "AutostartCandidate",
    "AutostartUnavailable",
    "MacLaunchAgent",
    "NullAutostart",
    "Registry",
    "WindowsRunKey",
    "XdgAutostart",
    "choose_autostart",
    "current_launch_command",
    "default_autostart_candidates",
    "desktop_exec",
    "launch_command",
    "windows_command_line",
    "xdg_autostart_dir",
]

log = logging.getLogger(__name__)
_platform_backend = lazy_exports(__name__, {"MacLaunchAgent": ".macos", "Registry": ".windows",
                                            "WindowsRunKey": ".windows"})


def __getattr__(name: str) -> Any:
    return _platform_backend(name)


class Autostart(Protocol):
    """Whether the desktop starts psoas-desk when the user logs in.

    Threading: call from one thread at a time (the GUI thread in the app).
    Each call touches one small file or a couple of registry values.
    """

    @property
    def name(self) -> str:
        """Short backend id for logs, e.g. "xdg-autostart" or "none"."""
        ...

    def enabled(self) -> bool:
        """True when psoas-desk will start at the next login; False when not or unknown."""
        ...

    def set_enabled(self, enabled: bool) -> None:
        """Arrange (or stop) starting at login; does nothing when already so.

        Raises:
            OSError: it could not be written (``AutostartUnavailable`` where
                it is not possible at all); the message is fit for the user.
        """
        ...


AutostartCandidate = tuple[str, Callable[[], Autostart]]
"""A label for the log and a factory that builds the backend or raises."""


def choose_autostart(candidates: Sequence[AutostartCandidate]) -> Autostart:
    """Build the first candidate whose factory succeeds and whose ``enabled()`` answers.

    Returns:
        The chosen backend, or a ``NullAutostart`` when none works.
    """
    chosen = working(candidates, what="autostart backend", log=log,
                     probe=lambda backend: f"starts at login: {backend.enabled()}",
                     nothing="no autostart backend fits (tried: {tried}); 'Start at login' "
                             "cannot be offered", nothing_level=logging.INFO)
    return chosen[0][1] if chosen else NullAutostart()


def default_autostart_candidates(*, platform: str, env: Mapping[str, str], home: Path,
                                 command: Sequence[str] | None = None,
                                 registry: Callable[[], Registry] | None = None,
                                 ) -> list[AutostartCandidate]:
    """The autostart writers that fit the platform, best first.

    Args:
        platform: ``sys.platform``.
        env: the session's environment (``os.environ`` in the app).
        home: the user's home folder (``Path.home()`` in the app).
        command: the command to start; default: the one running now.
        registry: loads ``winreg`` (Windows only; a fake in tests; default: the real one).
    """
    argv = list(command) if command is not None else current_launch_command()
    if platform == "win32":
        from psoas_desk.adapters.autostart.windows import WindowsRunKey, load_winreg

        load = registry or load_winreg
        return [("windows-run-key",
                 lambda: WindowsRunKey(load(), windows_command_line(argv)))]
    if platform == "darwin":
        from psoas_desk.adapters.autostart.macos import MacLaunchAgent

        return [("launch-agent",
                 lambda: MacLaunchAgent(home / "Library" / "LaunchAgents", argv))]
    if env.get("FLATPAK_ID"):
        # The sandbox's ~/.config is private; an entry written there never runs.
        return []
    return [("xdg-autostart",
             lambda: XdgAutostart(xdg_autostart_dir(env, home), desktop_exec(argv)))]
