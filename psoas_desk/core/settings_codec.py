"""Settings to and from a TOML-shaped document, with validation and migrations.

:func:`decode` never fails: a bad value is replaced by its default and
reported as a :class:`SettingsProblem` naming the key and the reason, good
values are kept, unknown keys are left alone (the store keeps them in the
file). :func:`encode` produces the document to write, starting from the one
that was read so unknown keys and the user's own layout survive.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

import copy
import dataclasses
import enum
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from psoas_desk.core.durations import DurationError, format_duration, parse_duration
from psoas_desk.core.i18n import Text, problem_text
from psoas_desk.core.schedule_types import ScheduleError, WorkingHours
from psoas_desk.core.settings import (
    SCHEMA_VERSION,
    OptionSpec,
    Settings,
    get_option,
    option_specs,
    section_type,
)

VERSION_KEY = "schema_version"
_LANGUAGE = re.compile(r"^([a-z]{2,3}(_[A-Z]{2})?)?$")
_MAX_SHOWN = 60

Migration = Callable[[dict[str, Any]], dict[str, Any]]
"""Turns a document of schema N into schema N+1 (index N-1 in the sequence)."""

# One function per schema step: MIGRATIONS[0] turns a version-1 document into
# version 2, and so on. Schema 1 is the first release, so the list is empty.
MIGRATIONS: tuple[Migration, ...] = ()


class OptionError(ValueError):
    """A value is not acceptable for an option; ``reason`` is for a person.

    Core code gives a :class:`Text` (translated when shown); the settings
    window's editors give text already in the user's language.
    """

    def __init__(self, reason: Text | str) -> None:
        super().__init__(str(reason))
        self.reason = reason


@dataclass(frozen=True)
class SettingsProblem:
    """One thing wrong with the settings file, and what was done about it.

    ``message`` is the English sentence (logs, tests); the settings window
    shows ``reason`` translated.
    """

    key: str
    reason: Text | str

    @property
    def message(self) -> str:
        return str(self.reason)

    def __str__(self) -> str:
        return f"{self.key}: {self.message}" if self.key else self.message


@dataclass(frozen=True)
class Decoded:
    settings: Settings
    problems: tuple[SettingsProblem, ...]
    schema_version: int
    newer: bool
    """The file was written by a newer psoas-desk (schema above ours)."""


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def _describe(spec: OptionSpec, value: Any) -> object:
    """``value`` as a :class:`Text` argument: durations stay durations (shown per locale)."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"  # as the file writes it
    return str(value)


def validate_value(spec: OptionSpec, raw: object) -> Any:
    """Turn a file or UI value into the option's Python value, or raise OptionError."""
    t = spec.type
    info = spec.info
    value: Any
    if t is bool:
        if not isinstance(raw, bool):
            raise OptionError(problem_text("expected true or false, got %1", _shown(raw)))
        return raw
    if t is int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise OptionError(problem_text("expected a whole number, got %1", _shown(raw)))
        value = raw
    elif t is timedelta:
        if isinstance(raw, timedelta):
            value = raw
        else:
            if isinstance(raw, float) and math.isfinite(raw) and raw.is_integer():
                raw = int(raw)
            try:  # a negative or huge float (-60.0, 1e300) is refused like an int
                value = parse_duration(raw)
            except DurationError as exc:
                raise OptionError(exc.reason) from None
    elif isinstance(t, type) and issubclass(t, enum.Enum):
        if isinstance(raw, t):
            return raw
        allowed = [m.value for m in t]
        if raw not in allowed:
            raise OptionError(problem_text("expected one of %1, got %2",
                                           ", ".join(map(str, allowed)), _shown(raw)))
        return t(raw)
    elif t is str:
        if not isinstance(raw, str):
            raise OptionError(problem_text("expected text, got %1", _shown(raw)))
        if len(raw) > info.max_length:
            raise OptionError(problem_text("is longer than %1 characters", info.max_length))
        if spec.key == "popups.language" and not _LANGUAGE.match(raw):
            raise OptionError(problem_text(
                "%1 is not a language code like \"de\" or \"pt_PT\"", _shown(raw)))
        return raw
    elif t == tuple[str, ...]:
        if isinstance(raw, tuple | list) and all(isinstance(v, str) for v in raw):
            if len(raw) > 1000:
                raise OptionError(problem_text("has too many entries"))
            return tuple(dict.fromkeys(raw))
        raise OptionError(problem_text("expected a list of names, got %1", _shown(raw)))
    elif t is WorkingHours:
        if isinstance(raw, WorkingHours):
            return raw
        try:
            return WorkingHours.from_doc(raw, spec.default)
        except ScheduleError as exc:
            raise OptionError(problem_text("%1: %2", exc.day, exc.reason) if exc.day
                              else exc.reason) from None
    else:  # pragma: no cover - a declaration error, caught by the tests
        raise TypeError(f"no validator for {spec.key} of type {t!r}")
    if info.minimum is not None and value < info.minimum:
        raise OptionError(problem_text("must be at least %1, got %2",
                                       _describe(spec, info.minimum), _describe(spec, value)))
    if info.maximum is not None and value > info.maximum:
        raise OptionError(problem_text("must be at most %1, got %2",
                                       _describe(spec, info.maximum), _describe(spec, value)))
    return value


def to_doc_value(value: Any) -> Any:
    """The file form of a Python value; durations as people write them (``"25m"``)."""
    if isinstance(value, timedelta):
        return format_duration(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, WorkingHours):
        return value.to_doc()
    if isinstance(value, tuple):
        return list(value)
    return value


def migrate(doc: Mapping[str, Any], steps: Sequence[Migration] = MIGRATIONS,
            current: int = SCHEMA_VERSION) -> tuple[dict[str, Any], int, list[SettingsProblem]]:
    """Bring a document up to ``current`` schema.

    Returns:
        The migrated document, the version it was read as, and notes. A file
        without ``schema_version`` is read as the current schema.
    """
    out = copy.deepcopy(dict(doc))
    notes: list[SettingsProblem] = []
    raw = out.get(VERSION_KEY, current)
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 1:
        notes.append(SettingsProblem(VERSION_KEY, problem_text(
            "%1 is not a schema version; reading the file as version %2", _shown(raw), current)))
        raw = current
    version = raw
    while version < current and version - 1 < len(steps):
        out = steps[version - 1](out)
        version += 1
    out[VERSION_KEY] = version
    return out, raw, notes


def decode(doc: Mapping[str, Any]) -> Decoded:
    """Validate a parsed settings document; never raises.

    Bad values fall back to their defaults and are reported; cross-field
    rules (a break that may end before it starts) are checked last.
    """
    migrated, read_as, problems = migrate(doc)
    newer = read_as > SCHEMA_VERSION
    if newer:
        problems.append(SettingsProblem("", problem_text(
            "this file was written by a newer psoas-desk (settings version %1); "
            "options this version does not know are kept as they are", read_as)))
    sections: dict[str, dict[str, Any]] = {}
    for spec in option_specs():
        table = migrated.get(spec.section, {})
        if not isinstance(table, dict):
            if spec.name == _first_name(spec.section):
                problems.append(SettingsProblem(spec.section, problem_text(
                    "expected a table of options, got %1; using the defaults", _shown(table))))
            continue
        if spec.name not in table:
            continue
        try:
            value = validate_value(spec, table[spec.name])
            sections.setdefault(spec.section, {})[spec.name] = value
        except OptionError as exc:
            problems.append(SettingsProblem(spec.key, problem_text(
                "%1; using the default working hours", exc.reason)
                if spec.type is WorkingHours else problem_text(
                "%1; using the default %2", exc.reason, _describe(spec, spec.default))))
    settings = Settings(**{
        name: section_type(name)(**values) for name, values in sections.items()})
    settings, cross = _check_cross_rules(settings)
    return Decoded(settings, tuple(problems + cross), read_as, newer)


def _first_name(section: str) -> str:
    return next(s.name for s in option_specs() if s.section == section)


def _check_cross_rules(settings: Settings) -> tuple[Settings, list[SettingsProblem]]:
    problems: list[SettingsProblem] = []
    for section in ("micro", "stretch"):
        kind = getattr(settings, section)
        if kind.min_duration > kind.duration:
            problems.append(SettingsProblem(f"{section}.min_duration", problem_text(
                "%1; using the break length", _longer_than_break(kind.duration))))
            settings = dataclasses.replace(settings, **{
                section: dataclasses.replace(kind, min_duration=kind.duration)})
    return settings, problems


def _longer_than_break(duration: timedelta) -> Text:
    return problem_text("is longer than the break itself (%1)", duration)


def cross_rule_errors(settings: Settings) -> dict[str, Text | str]:
    """Problems between options, keyed by option, for the settings window.

    Each is what is wrong, without what loading a file would do about it.
    """
    _, problems = _check_cross_rules(settings)
    out: dict[str, Text | str] = {}
    for problem in problems:
        reason = problem.reason
        first = reason.args[0] if isinstance(reason, Text) and reason.args else None
        out[problem.key] = first if isinstance(first, Text) else reason
    return out


def with_option(settings: Settings, key: str, raw: object) -> Settings:
    """Return ``settings`` with one option changed; raises OptionError or KeyError."""
    spec = next((s for s in option_specs() if s.key == key), None)
    if spec is None:
        raise KeyError(f"unknown setting {key!r}")
    value = validate_value(spec, raw)
    section = getattr(settings, spec.section)
    return dataclasses.replace(settings, **{
        spec.section: dataclasses.replace(section, **{spec.name: value})})


def encode(settings: Settings, base: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The document to write for ``settings``.

    Starts from ``base`` (the document that was read) so unknown keys stay.
    Known options are written when they differ from the default or were
    already in the file; an invalid value that was reset is overwritten with
    the value in effect (the bad file was backed up when it was read).
    """
    doc: dict[str, Any] = copy.deepcopy(dict(base)) if base else {}
    version = doc.get(VERSION_KEY)
    if not (isinstance(version, int) and not isinstance(version, bool)
            and version > SCHEMA_VERSION):
        doc[VERSION_KEY] = SCHEMA_VERSION
    for spec in option_specs():
        value = get_option(settings, spec.key)
        table = doc.get(spec.section)
        present = isinstance(table, dict) and spec.name in table
        if not present and value == spec.default:
            continue
        if not isinstance(table, dict):
            table = {}
            doc[spec.section] = table
        table[spec.name] = to_doc_value(value)
    return doc
