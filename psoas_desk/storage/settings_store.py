"""``settings.toml``: read leniently, back up what is broken, write atomically.

- A missing file means defaults, and nothing is written until something changes.
- A file that cannot be parsed, or holds bad values, is copied next to itself
  (``settings.toml.broken-YYYYMMDD-HHMMSS``) before anything could overwrite
  it; the app runs on the good values plus defaults and shows the report.
- Saving writes only what changed since the last load or save, on top of the
  file as it is now, so options edited by hand meanwhile and unknown keys
  survive (Safe Eyes #166). Unchanged settings are never rewritten, and the
  file keeps its comments, layout and the way values were written ("25m"):
  it is edited with tomlkit, which keeps a document's formatting. Of the
  working hours only the weekdays that changed are written (a weekday the
  file leaves out has the default hours).
"""

from __future__ import annotations

import logging
import shutil
import stat
import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from psoas_desk.core.i18n import Text, problem_text
from psoas_desk.core.schedule_types import WEEKDAYS, WorkingHours
from psoas_desk.core.settings import (
    SCHEMA_VERSION,
    OptionSpec,
    Settings,
    get_option,
    option_specs,
)
from psoas_desk.core.settings_codec import VERSION_KEY, SettingsProblem, decode, to_doc_value
from psoas_desk.storage.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class LoadReport:
    """What loading found: the settings in effect and everything that was wrong."""

    settings: Settings
    problems: tuple[SettingsProblem, ...] = ()
    backup: Path | None = None
    """Where the broken file was copied, if it was."""

    @property
    def ok(self) -> bool:
        return not self.problems


class SettingsSaveError(OSError):
    """The settings could not be written; ``reason`` is for a person."""

    def __init__(self, reason: Text) -> None:
        super().__init__(str(reason))
        self.reason = reason


class SettingsStore:
    """Loads and saves one settings file (the path is given, never guessed)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._settings = Settings()
        self._bad_keys: set[str] = set()
        self._unreadable = False
        self._newer = False
        self._backed_up = False

    @property
    def settings(self) -> Settings:
        """The settings last loaded or saved."""
        return self._settings

    def load(self) -> LoadReport:
        """Read the file; never raises. See the module docstring for the policy."""
        self._bad_keys = set()
        self._unreadable = False
        self._newer = False
        self._backed_up = False
        doc, problem = self._read_doc()
        if doc is None:
            self._settings = Settings()
            if problem is None:
                return LoadReport(self._settings)
            log.warning("settings: %s", problem)
            self._unreadable = True
            return LoadReport(self._settings, (problem,), self._backup())
        decoded = decode(doc)
        self._settings = decoded.settings
        self._newer = decoded.newer
        self._bad_keys = {p.key for p in decoded.problems if "." in p.key}
        self._bad_keys |= {s.key for p in decoded.problems for s in option_specs()
                           if p.key == s.section}
        backup = self._backup() if decoded.problems else None
        for p in decoded.problems:
            log.warning("settings: %s", p)
        return LoadReport(self._settings, decoded.problems, backup)

    def save(self, settings: Settings) -> bool:
        """Write the options that changed (and any that were bad); atomic.

        Returns:
            Whether the file was written (False when nothing changed).

        Raises:
            SettingsSaveError: when the file cannot be written; the previous
                file is untouched and the in-memory settings stay as they were.
        """
        changed = {s.key for s in option_specs()
                   if get_option(settings, s.key) != get_option(self._settings, s.key)}
        keys = changed | self._bad_keys
        if not keys and not self._unreadable:
            return False
        import tomlkit  # only saving needs it

        doc, problem = self._read_doc()
        if doc is None:
            document = tomlkit.document()
            if problem is not None:
                # Broken since it was loaded (a hand edit?): keep a copy first.
                self._backed_up = False
                self._backup()
        else:
            document = _editable(doc, self.path)
        if self._newer:
            self._backup()
        for spec in option_specs():
            if spec.key in keys:
                self._put(document, spec, settings)
        version = document.get(VERSION_KEY)
        if not (isinstance(version, int) and version > SCHEMA_VERSION):
            document[VERSION_KEY] = SCHEMA_VERSION
        data = tomlkit.dumps(document).encode("utf-8")
        if self.path.is_file() and _read_bytes(self.path) == data:
            self._settings, self._bad_keys, self._unreadable = settings, set(), False
            return False
        try:
            atomic_write_bytes(self.path, data)
        except OSError as exc:
            raise SettingsSaveError(problem_text(
                "could not save settings to %1: %2", self.path, exc.strerror or str(exc))) from exc
        self._settings, self._bad_keys, self._unreadable = settings, set(), False
        log.info("settings saved to %s (%s)", self.path, ", ".join(sorted(keys)) or "layout")
        return True

    # -- helpers -----------------------------------------------------------
    def _put(self, document: Any, spec: OptionSpec, settings: Settings) -> None:
        """Write one option into the tomlkit ``document``, keeping everything else."""
        import tomlkit

        value = get_option(settings, spec.key)
        table = document.get(spec.section)
        if not isinstance(table, dict):
            table = tomlkit.table()
            document[spec.section] = table
        if isinstance(value, WorkingHours) and spec.key not in self._bad_keys:
            old = get_option(self._settings, spec.key)
            days = table.get(spec.name)
            if not isinstance(days, dict):
                days = tomlkit.table()
                table[spec.name] = days
            for index, name in enumerate(WEEKDAYS):
                if value.days[index] != old.days[index]:
                    days[name] = value.to_day_doc(index)
            return
        table[spec.name] = to_doc_value(value)

    def _read_doc(self) -> tuple[dict[str, Any] | None, SettingsProblem | None]:
        """The parsed file, or None plus the reason (None, None when missing)."""
        try:
            if self.path.is_dir():
                return None, SettingsProblem("", problem_text(
                    "%1 is a folder, not a settings file; using the defaults", self.path))
            if not self.path.exists():
                return None, None
            info = self.path.stat()
            if not stat.S_ISREG(info.st_mode):
                # A named pipe would block the start for good, a device never end.
                return None, SettingsProblem("", problem_text(
                    "%1 is not a regular file; using the defaults", self.path))
            if info.st_size > MAX_FILE_BYTES:
                return None, SettingsProblem("", problem_text(
                    "%1 is larger than 1 MiB, so it is not a settings file; "
                    "using the defaults", self.path))
            data = self.path.read_bytes()
        except OSError as exc:
            return None, SettingsProblem("", problem_text(
                "could not read %1: %2; using the defaults", self.path, exc.strerror or str(exc)))
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            return None, SettingsProblem("", problem_text(
                "%1 is not UTF-8 text (byte %2); using the defaults", self.path.name, exc.start))
        try:
            return tomllib.loads(text), None
        except tomllib.TOMLDecodeError as exc:
            return None, SettingsProblem("", problem_text(
                "%1 is not valid TOML (%2); using the defaults", self.path.name, str(exc)))

    def _backup(self) -> Path | None:
        """Copy the current file aside once per load; reuse an identical copy."""
        if self._backed_up or not self.path.is_file():
            return None
        self._backed_up = True
        try:
            data = self.path.read_bytes()
            for old in sorted(self.path.parent.glob(self.path.name + ".broken-*"), reverse=True):
                if old.is_file() and old.read_bytes() == data:
                    return old
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            target = self.path.with_name(f"{self.path.name}.broken-{stamp}")
            n = 1
            while target.exists():
                n += 1
                target = self.path.with_name(f"{self.path.name}.broken-{stamp}-{n}")
            shutil.copy2(self.path, target)
            target.chmod(0o600)
        except OSError as exc:
            log.error("could not back up %s: %s", self.path, exc)
            return None
        log.warning("settings: kept a copy of the problem file at %s", target)
        return target


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None



def _editable(doc: dict[str, Any], path: Path) -> Any:
    """The file as a tomlkit document (formatting kept), or ``doc`` rebuilt as one.

    tomllib and tomlkit may disagree on an odd file, or it may change between
    the two reads; then the values are kept and only the formatting is lost.
    """
    import tomlkit

    try:
        return tomlkit.parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomlkit.exceptions.TOMLKitError):
        document = tomlkit.document()
        document.update(doc)
        return document
