"""Typed, problem-collecting access to parsed TOML tables for the content parser.

``TableReader`` wraps one table of a parsed file: each accessor checks a key's
type and range, records a ``ContentProblem`` (with the key path and, when it
can be found in the text, the line) instead of raising, and returns None so
parsing carries on and a file's author sees every mistake at once.

Must not import: PySide6, apscheduler, platformdirs, os.environ; no file I/O.
"""

from __future__ import annotations

import enum
import re
import tomllib
from collections.abc import Collection, Mapping
from typing import TypeVar

from psoas_desk.core.routines import (
    LOCALE_PATTERN,
    ContentError,
    ContentProblem,
    LocalizedText,
)

E = TypeVar("E", bound=enum.Enum)
KeyPath = tuple[str | int, ...]

_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DECODE_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)")
_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-]+)\s*\]\]?")


def decode_error_problem(error: tomllib.TOMLDecodeError, file: str) -> ContentProblem:
    """Describe a TOML syntax error, with its line (tomllib puts it in the message)."""
    message = str(error)
    match = _DECODE_POSITION.search(message)
    line = int(match.group(1)) if match else None
    message = _DECODE_POSITION.sub("", message)
    if "overwrite" in message:
        message += ("; a key may appear only once (to translate a text, write "
                    "title.en = \"...\" and title.de = \"...\" instead of title = \"...\")")
    return ContentProblem(file, line, None, f"not valid TOML: {message}")


def format_key(path: KeyPath) -> str:
    """``("steps", 2, "seconds")`` -> ``"steps[2].seconds"``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def find_line(text: str, path: KeyPath) -> int | None:
    """Best-effort 1-based line of a key in the file text, or None.

    Understands ``key = ...``, dotted ``key.de = ...``, ``[table]`` and
    ``[[array]]`` headers; for a key inside an inline table it gives the line
    of the enclosing key or header.
    """
    lines = text.splitlines()
    return _find(lines, 0, len(lines), "", list(path))


def _find(lines: list[str], start: int, end: int, prefix: str,
          parts: list[str | int]) -> int | None:
    names: list[str] = []
    while parts and isinstance(parts[0], str):
        names.append(str(parts.pop(0)))
    if not names:
        return None
    if parts:  # an index into an array of tables
        index = parts.pop(0)
        name = prefix + ".".join(names)
        headers = [n for n in range(start, end) if _header_name(lines[n], "[[") == name]
        if not isinstance(index, int) or index >= len(headers):
            return None
        hit = headers[index]
        deeper = _find(lines, hit + 1, _section_end(lines, hit + 1, name), name + ".", parts)
        return deeper or hit + 1
    body_end = next((n for n in range(start, end) if _HEADER.match(lines[n])), end)
    for count in range(len(names), 0, -1):
        dotted = r"\s*\.\s*".join(re.escape(n) for n in names[:count])
        assignment = re.compile(rf"^\s*{dotted}\s*[.=]")
        for number in range(start, body_end):
            if assignment.match(lines[number]):
                return number + 1
        name = prefix + ".".join(names[:count])
        for number in range(start, end):
            if _header_name(lines[number], "[") == name:
                rest: list[str | int] = list(names[count:])
                deeper = _find(lines, number + 1, _section_end(lines, number + 1, name),
                               name + ".", rest)
                return deeper or number + 1
    return None


def _header_name(line: str, brackets: str) -> str | None:
    header = _HEADER.match(line)
    return header.group(2) if header and header.group(1) == brackets else None


def _section_end(lines: list[str], start: int, name: str) -> int:
    for number in range(start, len(lines)):
        header = _HEADER.match(lines[number])
        if header and not header.group(2).startswith(name + "."):
            return number
    return len(lines)


class TableReader:
    """Reads one table of a content file, collecting problems instead of raising."""

    def __init__(self, file: str, text: str, data: Mapping[str, object] | None = None,
                 path: KeyPath = (), problems: list[ContentProblem] | None = None) -> None:
        self.file = file
        self._text = text
        self._data: Mapping[str, object] = data or {}
        self._path = path
        self.problems: list[ContentProblem] = [] if problems is None else problems

    def bind(self, data: Mapping[str, object]) -> TableReader:
        """A reader for ``data`` (the parsed top-level table), sharing problems."""
        return TableReader(self.file, self._text, data, (), self.problems)

    def report(self, key: KeyPath, message: str) -> None:
        """Record a problem at ``key`` (relative to this table)."""
        path = self._path + key
        self.problems.append(ContentProblem(
            self.file, find_line(self._text, path), format_key(path) or None, message))

    def raise_if_problems(self) -> None:
        """Raise ``ContentError`` if anything was reported."""
        if self.problems:
            raise ContentError(tuple(self.problems))

    def key_names(self) -> list[str]:
        """The keys of this table, in file order."""
        return list(self._data)

    def check_keys(self, allowed: Collection[str]) -> None:
        """Report keys this table may not have (usually typos)."""
        for key in self._data:
            if key not in allowed:
                self.report((key,), f"unknown key; expected one of {', '.join(sorted(allowed))}")

    def _get(self, key: str, required: bool) -> object:
        value = self._data.get(key)
        if value is None and required:
            self.report((key,), "missing")
        return value

    def string(self, key: str, required: bool = True) -> str | None:
        """A non-empty string, whitespace runs collapsed."""
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.report((key,), f"expected some text, got {_describe(value)}")
            return None
        return " ".join(value.split())

    def identifier(self, key: str, required: bool = True) -> str | None:
        """An id: lowercase letters, digits and single hyphens, e.g. ``hip-stretch-2``."""
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str) or not _ID_PATTERN.match(value) or len(value) > 64:
            self.report((key,), f"expected an id such as \"hip-stretch\" (lowercase letters, "
                                f"digits and hyphens), got {_describe(value)}")
            return None
        return value

    def text(self, key: str, required: bool = True) -> LocalizedText | None:
        """A user-facing text: a string, or a table ``{ en = "...", de = "..." }``."""
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, str) and value.strip():
            return LocalizedText(" ".join(value.split()))
        if not isinstance(value, dict):
            self.report((key,), f"expected some text, got {_describe(value)}")
            return None
        ok = True
        for locale, translated in value.items():
            if not LOCALE_PATTERN.match(locale):
                self.report((key, locale), "not a locale; use e.g. 'de' or 'de_AT'")
                ok = False
            elif not isinstance(translated, str) or not translated.strip():
                self.report((key, locale), f"expected some text, got {_describe(translated)}")
                ok = False
        if "en" not in value:
            self.report((key,), "has translations but no English text (add "
                                f"{format_key((*self._path, key))}.en = \"...\")")
            ok = False
        if not ok:
            return None
        english = " ".join(str(value["en"]).split())
        return LocalizedText.of(english, **{loc: " ".join(str(txt).split())
                                            for loc, txt in value.items() if loc != "en"})

    def choice(self, key: str, kind: type[E], default: E | None = None) -> E | None:
        """One of an enum's values, written as its lowercase string."""
        value = self._get(key, default is None)
        if value is None:
            return default
        for member in kind:
            if member.value == value:
                return member
        allowed = ", ".join(f"\"{m.value}\"" for m in kind)
        self.report((key,), f"expected one of {allowed}, got {_describe(value)}")
        return None

    def integer(self, key: str, *, minimum: int, maximum: int | None = None,
                default: int | None = None) -> int | None:
        """A whole number in range (``default`` makes the key optional)."""
        value = self._get(key, default is None)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.report((key,), f"expected a whole number, got {_describe(value)}")
            return None
        if value < minimum or (maximum is not None and value > maximum):
            bound = f"{minimum} to {maximum}" if maximum is not None else f"at least {minimum}"
            self.report((key,), f"must be {bound}, got {value}")
            return None
        return value

    def boolean(self, key: str, *, default: bool) -> bool | None:
        """``true`` or ``false``; optional."""
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.report((key,), f"expected true or false, got {_describe(value)}")
            return None
        return value

    def tag(self, key: str, known: Collection[str] | None, *, required: bool = True) -> str | None:
        """One source tag (checked against ``known`` when given)."""
        value = self.string(key, required)
        if value is not None and known is not None and value not in known:
            self.report((key,), f"unknown source tag '{value}'")
            return None
        return value

    def tags(self, key: str, known: Collection[str] | None, *,
             required: bool = False) -> tuple[str, ...]:
        """A list of source tags, e.g. ``["stand-1", "general"]``."""
        value = self._get(key, required)
        if value is None:
            return ()
        if (not isinstance(value, list) or not all(isinstance(v, str) for v in value)
                or (required and not value)):
            self.report((key,), f"expected a list of source tags such as [\"stand-1\"], "
                                f"got {_describe(value)}")
            return ()
        unknown = [v for v in value if known is not None and v not in known]
        if unknown:
            self.report((key,), f"unknown source tag(s): {', '.join(unknown)}")
        return tuple(v for v in value if v not in unknown)

    def table(self, key: str) -> TableReader | None:
        """An optional sub-table."""
        value = self._data.get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.report((key,), f"expected a table, got {_describe(value)}")
            return None
        return TableReader(self.file, self._text, value, (*self._path, key), self.problems)

    def tables(self, key: str) -> list[TableReader]:
        """A required, non-empty array of tables (``[[steps]]``)."""
        value = self._get(key, True)
        if value is None:
            return []
        if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
            self.report((key,), f"expected one or more [[{key}]] tables")
            return []
        return [TableReader(self.file, self._text, item, (*self._path, key, number),
                            self.problems) for number, item in enumerate(value)]


def _describe(value: object) -> str:
    if isinstance(value, str):
        return f"\"{value}\"" if value.strip() else "an empty string"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__
