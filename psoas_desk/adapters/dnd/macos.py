"""macOS Focus (do-not-disturb), where it can be read: a Focus switched on by hand.

What is possible and what is not:

- macOS 12 and later keep the Focus modes switched on in Control Centre (or
  by Shortcuts, or shared from another device) as "assertions" in
  ``~/Library/DoNotDisturb/DB/Assertions.json``: a JSON object whose
  ``data[0].storeAssertionRecords`` lists one record per active manual Focus.
  An empty or missing list means no manual Focus. That file is read here.
- A Focus that is on because of its *schedule* or an automation is not
  asserted there; it is derived from ``ModeConfigurations.json`` triggers by
  the system at run time. It is not detected.
- The format is undocumented and may change; a file that cannot be parsed
  reads as "off" (logged once).
- Newer releases protect ``~/Library/DoNotDisturb`` with privacy controls;
  without Full Disk Access the file cannot be opened, and then this source is
  unavailable (its factory raises). The supported API, ``INFocusStatusCenter``
  (Intents framework), needs an entitlement and the user's consent, and only
  says whether *some* Focus is on; it is not used.
- macOS 11 and older (the pre-Focus "Do Not Disturb") are not covered.

Cost per reading: one ``stat(2)``; the file is parsed again only when it changed.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from pathlib import Path

from psoas_desk.adapters.dnd.model import DndUnavailable

__all__ = ["MacFocusAssertions", "focus_db_dir"]

log = logging.getLogger(__name__)

_ASSERTIONS = "Assertions.json"


def focus_db_dir(home: Path) -> Path:
    """``~/Library/DoNotDisturb/DB``, where macOS keeps Focus state."""
    return home / "Library" / "DoNotDisturb" / "DB"


def _active_assertions(document: object) -> bool:
    """Whether an Assertions.json document lists any active Focus assertion."""
    if not isinstance(document, dict):
        raise ValueError("not a JSON object")
    data = document.get("data")
    if not isinstance(data, list):
        raise ValueError("no data list")
    for entry in data:
        if not isinstance(entry, dict):
            continue
        records = entry.get("storeAssertionRecords")
        if isinstance(records, list) and records:
            return True
    return False


class MacFocusAssertions:
    """A ``DesktopDnd`` that is on while a Focus mode is switched on by hand.

    Args:
        db_dir: ``focus_db_dir(Path.home())`` in the app; a folder in tests.

    Raises:
        DndUnavailable: there is no Focus database (macOS 11 or older), or it
            cannot be opened (no Full Disk Access).
    """

    name = "macos-focus"

    def __init__(self, db_dir: Path) -> None:
        if not db_dir.is_dir():
            raise DndUnavailable(f"no Focus database at {db_dir} (macOS 12 or later needed)")
        self._path = db_dir / _ASSERTIONS
        self._stamp: tuple[int, int, int] | None = None
        self._value = False
        self._complained = False
        try:
            os.listdir(db_dir)
            if self._path.exists():
                self._path.read_bytes()
        except PermissionError as exc:
            raise DndUnavailable(f"cannot read {db_dir} (Full Disk Access needed): {exc}") from exc
        self._value = self._read()

    def active(self) -> bool:
        """True while a manually started Focus is on (see the module docstring for gaps)."""
        self._value = self._read()
        return self._value

    def set_change_handler(self, handler: Callable[[], None] | None) -> None:
        """Not offered: readings poll the file."""

    def close(self) -> None:
        """Nothing to release."""

    def _read(self) -> bool:
        try:
            info = os.stat(self._path)
        except FileNotFoundError:
            self._stamp = None
            return False
        except OSError as exc:
            self._complain(f"cannot stat {self._path}: {exc}")
            return self._value
        stamp = (info.st_ino, info.st_size, info.st_mtime_ns)
        if stamp == self._stamp:
            return self._value
        try:
            value = _active_assertions(json.loads(self._path.read_bytes()))
        except (OSError, ValueError) as exc:  # JSONDecodeError is a ValueError
            self._complain(f"cannot understand {self._path}: {exc}")
            value = False
        self._stamp = stamp
        return value

    def _complain(self, problem: str) -> None:
        if not self._complained:
            self._complained = True
            log.warning("macOS Focus: %s", problem)
