"""Loading routines, checklists and safety lines from disk into a ContentLibrary.

Shipped files come from ``psoas_desk.resources``; the user's own routines and
checklists from two folders the caller passes in (``AppPaths.user_routines_dir``
and ``user_checklists_dir``). Same format for both, see ``core/routine_parser.py``.

Nothing here raises for bad content: a file that cannot be read or does not
validate is left out and described in ``LoadedContent.problems`` (file, line
when known, key, reason), so one broken user file never stops the app.

Ids: a user routine or checklist may not reuse the id of a shipped one; such
a file is skipped with a problem (the shipped one wins, so a user file cannot
silently change built-in content or the meaning of ``routines.disabled``).
Between two user files with the same id, the first by file name wins.

Only ``*.toml`` files are read; hidden files and editor leftovers such as
``walk.toml~`` are ignored without a message.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from psoas_desk import resources
from psoas_desk.core.routine_parser import (
    parse_checklist,
    parse_routine,
    parse_safety,
    parse_sources,
)
from psoas_desk.core.routines import (
    Checklist,
    ContentError,
    ContentLibrary,
    ContentProblem,
    Origin,
    Routine,
    SafetyLine,
)

# A routine is a few kilobytes; anything far larger is not one, and reading
# it whole would only slow the start-up down.
MAX_USER_FILE_BYTES = 256 * 1024



class _Named(Protocol):
    """What routines and checklists share for id clashes."""

    @property
    def id(self) -> str: ...
    @property
    def origin(self) -> Origin: ...
    @property
    def file(self) -> str: ...


T = TypeVar("T", bound=_Named)


@dataclass(frozen=True)
class LoadedContent:
    """The library plus everything that had to be left out, and why."""

    library: ContentLibrary
    problems: tuple[ContentProblem, ...]


def shipped_art_ids() -> frozenset[str]:
    """The ids of the shipped illustrations (``resources/art/<id>.svg``)."""
    return frozenset(p.stem for p in resources.list_dir("art", suffix=".svg"))


def load_content(user_routines_dir: Path | None = None,
                 user_checklists_dir: Path | None = None) -> LoadedContent:
    """Read the shipped content and the user's own files.

    Args:
        user_routines_dir: folder of the user's routine files; may not exist.
        user_checklists_dir: folder of the user's checklist files; may not exist.
    """
    problems: list[ContentProblem] = []
    sources = _load_sources(problems)
    known = frozenset(sources) if sources else None
    safety = _load_safety(known, problems)

    def shipped_checklist(text: str, name: str) -> Checklist:
        return parse_checklist(text, name, origin=Origin.SHIPPED, known_sources=known)

    def user_checklist(text: str, name: str) -> Checklist:
        return parse_checklist(text, name, origin=Origin.USER)

    checklists = _collect(
        _parse_all(_shipped_files("checklists"), shipped_checklist, problems),
        _parse_all(_user_files(user_checklists_dir, problems), user_checklist, problems),
        "checklist", problems)

    art_ids = shipped_art_ids()
    checklist_ids = frozenset(c.id for c in checklists)

    def shipped_routine(text: str, name: str) -> Routine:
        return parse_routine(text, name, origin=Origin.SHIPPED, known_sources=known,
                             art_ids=art_ids, checklist_ids=checklist_ids)

    def user_routine(text: str, name: str) -> Routine:
        return parse_routine(text, name, origin=Origin.USER, art_ids=art_ids,
                             checklist_ids=checklist_ids)

    routines = _collect(
        _parse_all(_shipped_files("routines"), shipped_routine, problems),
        _parse_all(_user_files(user_routines_dir, problems), user_routine, problems),
        "routine", problems)
    library = ContentLibrary.build(routines, checklists, safety, sources)
    return LoadedContent(library, tuple(problems))


def _load_sources(problems: list[ContentProblem]) -> Mapping[str, str]:
    path = resources.path("sources.toml")
    try:
        return parse_sources(_read(path), str(path))
    except ContentError as error:
        problems.extend(error.problems)
    except _ReadError as error:
        problems.append(error.problem)
    return {}


def _load_safety(known: Collection[str] | None,
                 problems: list[ContentProblem]) -> tuple[SafetyLine, ...]:
    path = resources.path("safety.toml")
    try:
        return parse_safety(_read(path), str(path), known_sources=known)
    except ContentError as error:
        problems.extend(error.problems)
    except _ReadError as error:
        problems.append(error.problem)
    return ()


def _shipped_files(folder: str) -> list[Path]:
    return resources.list_dir(folder, suffix=".toml")


def _user_files(folder: Path | None, problems: list[ContentProblem]) -> list[Path]:
    if folder is None or not folder.exists():
        return []
    try:
        entries = sorted(folder.iterdir())
    except OSError as error:
        problems.append(ContentProblem(str(folder), None, None,
                                       f"cannot list this folder: {error.strerror or error}"))
        return []
    return [p for p in entries
            if p.suffix == ".toml" and not p.name.startswith(".") and p.is_file()]


class _ReadError(Exception):
    def __init__(self, problem: ContentProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _read(path: Path) -> str:
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_USER_FILE_BYTES + 1)
    except OSError as error:
        raise _ReadError(ContentProblem(str(path), None, None,
                                        f"cannot be read: {error.strerror or error}")) from None
    if len(data) > MAX_USER_FILE_BYTES:
        raise _ReadError(ContentProblem(
            str(path), None, None,
            f"is larger than {MAX_USER_FILE_BYTES // 1024} KiB, too large for a routine "
            "or checklist; it was not read"))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise _ReadError(ContentProblem(str(path), line, None,
                                        "is not UTF-8 text; save it as UTF-8")) from None


def _parse_all(files: list[Path], parse: Callable[[str, str], T],
               problems: list[ContentProblem]) -> list[T]:
    parsed: list[T] = []
    for path in files:
        try:
            parsed.append(parse(_read(path), str(path)))
        except _ReadError as error:
            problems.append(error.problem)
        except ContentError as error:
            problems.extend(error.problems)
    return parsed


def _collect(shipped: list[T], user: list[T], noun: str,
             problems: list[ContentProblem]) -> list[T]:
    """Shipped first, then user items whose id is still free."""
    taken: dict[str, T] = {}
    for item in [*shipped, *user]:
        earlier = taken.get(item.id)
        if earlier is None:
            taken[item.id] = item
        elif earlier.origin is Origin.SHIPPED:
            problems.append(ContentProblem(
                item.file, None, "id",
                f"'{item.id}' is the id of a built-in {noun}; give yours another id. "
                "This file was skipped."))
        else:
            problems.append(ContentProblem(
                item.file, None, "id",
                f"'{item.id}' is already used by {earlier.file}; this file was skipped."))
    return list(taken.values())
