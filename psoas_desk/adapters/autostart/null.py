"""The autostart backend of last resort: starting at login is not possible here.

Used where no writer fits (an unknown platform, or a Flatpak sandbox, whose
``~/.config/autostart`` is not the host's). Cost: none.
"""

from __future__ import annotations

__all__ = ["AutostartUnavailable", "NullAutostart"]


class AutostartUnavailable(OSError):
    """Starting at login cannot be arranged in this session; the text says why."""


class NullAutostart:
    """An ``Autostart`` that is never enabled and refuses to be.

    Args:
        reason: why, for the log and for the user ("not supported on this system").
    """

    name = "none"

    def __init__(self, reason: str = "starting at login is not supported on this system") -> None:
        self.reason = reason

    def enabled(self) -> bool:
        """Always False."""
        return False

    def set_enabled(self, enabled: bool) -> None:
        """Turning off is a no-op; turning on raises.

        Raises:
            AutostartUnavailable: when ``enabled`` is True.
        """
        if enabled:
            raise AutostartUnavailable(self.reason)
