"""Start at login on Windows: a value under the ``Run`` key of HKEY_CURRENT_USER.

The key is ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.

Explorer runs every string value of that key at logon. Since Windows 8 the
Startup page of Task Manager (and Settings > Apps > Startup) can switch an
entry off without touching it: it writes a binary value of the same name
under ``...\\Explorer\\StartupApproved\\Run`` whose first byte is even (2 or 6)
for "on" and odd (3, 7) for "off". That convention is observed, not
documented; ``enabled()`` honours it, and ``set_enabled(True)`` removes an
"off" marker, because the user has just asked psoas-desk for the opposite.

The registry is injected: ``winreg`` in the app (loaded lazily by
:func:`load_winreg`, so this module imports anywhere), a fake with the same
shape in tests. Nothing here needs elevation: HKCU belongs to the user.

Cost: a couple of registry reads or writes per call.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any, Protocol, cast

from psoas_desk import APP_NAME

__all__ = ["RUN_KEY", "STARTUP_APPROVED_KEY", "Registry", "WindowsRunKey", "load_winreg"]

log = logging.getLogger(__name__)

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
STARTUP_APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"


class Registry(Protocol):
    """The part of ``winreg`` used here (positional arguments only, as winreg takes them)."""

    HKEY_CURRENT_USER: int
    KEY_READ: int
    KEY_SET_VALUE: int
    REG_SZ: int

    def OpenKey(self, key: Any, sub_key: str, reserved: int = 0,
                access: int = ..., /) -> Any:
        """Open an existing key; raises ``FileNotFoundError`` when it is missing."""
        ...

    def CreateKeyEx(self, key: Any, sub_key: str, reserved: int = 0,
                    access: int = ..., /) -> Any:
        """Open a key, creating it (and its parents) when missing."""
        ...

    def QueryValueEx(self, key: Any, name: str, /) -> tuple[Any, int]:
        """``(data, type)`` of a value; raises ``FileNotFoundError`` when it is missing."""
        ...

    def SetValueEx(self, key: Any, name: str, reserved: int, type: int,
                   value: Any, /) -> None:
        """Create or replace a value."""
        ...

    def DeleteValue(self, key: Any, name: str, /) -> None:
        """Remove a value; raises ``FileNotFoundError`` when it is missing."""
        ...

    def CloseKey(self, key: Any, /) -> None:
        """Close a handle from ``OpenKey``/``CreateKeyEx``."""
        ...


def load_winreg() -> Registry:
    """The real ``winreg`` module.

    Raises:
        ImportError: not on Windows.
    """
    return cast(Registry, importlib.import_module("winreg"))


class WindowsRunKey:
    """``Autostart`` through a ``Run`` value under HKEY_CURRENT_USER.

    Args:
        registry: ``winreg`` or a fake of the same shape.
        command_line: the value to store (see ``command.windows_command_line``).
        key_path: the ``Run`` key below HKCU (tests may point elsewhere).
        approved_path: the ``StartupApproved\\Run`` key below HKCU.
        value_name: the value's name, also what Task Manager shows.
    """

    name = "windows-run-key"

    def __init__(self, registry: Registry, command_line: str, *, key_path: str = RUN_KEY,
                 approved_path: str = STARTUP_APPROVED_KEY, value_name: str = APP_NAME) -> None:
        if not command_line.strip():
            raise ValueError("the Run value needs a command")
        self._reg = registry
        self._command_line = command_line
        self._key_path = key_path
        self._approved_path = approved_path
        self._value_name = value_name

    def enabled(self) -> bool:
        """Whether Windows will start psoas-desk at the next logon.

        Unreadable values count as disabled.
        """
        data = self._read(self._key_path)
        if not isinstance(data, str) or not data.strip():
            return False
        return not self._switched_off()

    def set_enabled(self, enabled: bool) -> None:
        """Write or delete the ``Run`` value (writing only when it differs).

        Raises:
            OSError: the registry refused (policy, permissions).
        """
        reg = self._reg
        if not enabled:
            self._delete(self._key_path)
            return
        if self._read(self._key_path) != self._command_line:
            key = reg.CreateKeyEx(reg.HKEY_CURRENT_USER, self._key_path, 0, reg.KEY_SET_VALUE)
            try:
                reg.SetValueEx(key, self._value_name, 0, reg.REG_SZ, self._command_line)
            finally:
                reg.CloseKey(key)
        if self._switched_off():
            log.info("removing Task Manager's 'disabled' mark on the %s startup entry",
                      self._value_name)
            self._delete(self._approved_path)

    def _switched_off(self) -> bool:
        marker = self._read(self._approved_path)
        return isinstance(marker, bytes | bytearray) and len(marker) > 0 and marker[0] % 2 == 1

    def _read(self, path: str) -> object:
        reg = self._reg
        try:
            key = reg.OpenKey(reg.HKEY_CURRENT_USER, path, 0, reg.KEY_READ)
        except OSError:
            return None
        try:
            data, _kind = reg.QueryValueEx(key, self._value_name)
        except OSError:
            return None
        finally:
            reg.CloseKey(key)
        return cast(object, data)

    def _delete(self, path: str) -> None:
        reg = self._reg
        try:
            key = reg.OpenKey(reg.HKEY_CURRENT_USER, path, 0, reg.KEY_SET_VALUE)
        except FileNotFoundError:
            return
        try:
            reg.DeleteValue(key, self._value_name)
        except FileNotFoundError:
            pass
        finally:
            reg.CloseKey(key)
