"""Turn the TOML text of a routine, checklist, safety or sources file into values.

The caller reads the file; this module only sees its text and a display name,
so it stays testable without a disk. Every problem found in a file is
collected (not just the first) and reported with the file, the line when it
can be found, the key and a reason a person can act on; see ``ContentError``.

Shipped files are held to a stricter standard than user files: every step
must cite a source tag and name its art, and every routine needs a "why"
line with a source. User files may leave those out.

The routine format (``format = 1``)::

    id = "water-run"                 # lowercase letters, digits, hyphens
    kind = "micro"                   # micro | stretch | home | breathing
    where = "desk"                   # desk | floor (default desk)
    total_s = 40                     # must equal the sum of the steps
    title.en = "Water run"           # any text may add title.de = "...", title.de_AT = "..."
    why.en = "..."                   # optional for user files; why_source = "tag"
    safety = true                    # default: true for stretch and home
    checklist = "sitting-setup"      # optional link to a checklist id
    sources = ["break-1"]            # optional tags for the whole routine

    [[steps]]
    text.en = "Fetch a glass of water."
    seconds = 40
    side = "none"                    # none | left | right | both (= left, then right)
    art = "walk"                     # resources/art/<art>.svg, drawn for the left side
    breath = { inhale_s = 5, exhale_s = 5 }   # optional pacer; hold_s, hold_after_s
    sources = ["break-1"]

A checklist has ``id``, ``title`` and ``[[items]]`` with ``id``, ``text``,
``why``, ``source`` and optionally ``why_source``.

Must not import: PySide6, apscheduler, platformdirs, os.environ; no file I/O.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Mapping
from types import MappingProxyType

from psoas_desk.core.routine_reader import TableReader, decode_error_problem
from psoas_desk.core.routines import (
    BreathPattern,
    Checklist,
    ChecklistItem,
    ContentError,
    Origin,
    Place,
    Routine,
    RoutineKind,
    SafetyLine,
    Side,
    Step,
)

FORMAT_VERSION = 1
MAX_STEP_S = 30 * 60

_ROUTINE_KEYS = frozenset({"format", "id", "title", "kind", "where", "total_s", "why",
                           "why_source", "sources", "safety", "checklist", "steps"})
_STEP_KEYS = frozenset({"text", "seconds", "side", "art", "breath", "sources"})
_BREATH_KEYS = frozenset({"inhale_s", "hold_s", "exhale_s", "hold_after_s"})
_CHECKLIST_KEYS = frozenset({"format", "id", "title", "items"})
_ITEM_KEYS = frozenset({"id", "text", "why", "source", "why_source"})
_SAFETY_KEYS = frozenset({"format", "lines"})
_LINE_KEYS = frozenset({"id", "text", "source", "short", "where"})
_SOURCES_KEYS = frozenset({"format", "tags"})
_TAG_PATTERN = re.compile(r"^[a-z]+(?:-[0-9]+)?$")


def _load(text: str, file: str) -> TableReader:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ContentError((decode_error_problem(error, file),)) from None
    reader = TableReader(file, text)
    fmt = data.get("format", FORMAT_VERSION)
    if fmt != FORMAT_VERSION:
        reader.report(("format",), f"this app reads format {FORMAT_VERSION}, the file says {fmt!r}")
    return reader.bind(data)


def parse_routine(text: str, file: str, *, origin: Origin = Origin.USER,
                  known_sources: Collection[str] | None = None,
                  art_ids: Collection[str] | None = None,
                  checklist_ids: Collection[str] | None = None) -> Routine:
    """Validate one routine file.

    Args:
        text: the file's contents.
        file: how to name the file in messages.
        origin: shipped files must also cite sources, name art and give a "why".
        known_sources: if given, every source tag must be one of these.
        art_ids: if given, every step's art must be one of these.
        checklist_ids: if given, a linked checklist must be one of these.

    Raises:
        ContentError: listing every problem found.
    """
    top = _load(text, file)
    strict = origin is Origin.SHIPPED
    top.check_keys(_ROUTINE_KEYS)
    routine_id = top.identifier("id")
    title = top.text("title")
    kind = top.choice("kind", RoutineKind)
    where = top.choice("where", Place, default=Place.DESK)
    total_s = top.integer("total_s", minimum=1)
    why = top.text("why", required=strict)
    why_source = top.tag("why_source", known_sources, required=strict or why is not None)
    if why is None and why_source is not None:
        top.report(("why_source",), "there is no 'why' line for this source to belong to")
    sources = top.tags("sources", known_sources)
    default_safety = kind in (RoutineKind.STRETCH, RoutineKind.HOME)
    safety = top.boolean("safety", default=default_safety)
    checklist = top.identifier("checklist", required=False)
    if checklist is not None and checklist_ids is not None and checklist not in checklist_ids:
        top.report(("checklist",), f"there is no checklist called '{checklist}'")

    steps: list[Step] = []
    before = len(top.problems)
    for step in top.tables("steps"):
        steps.extend(_parse_step(step, known_sources, art_ids, strict))
    # A sum over steps that failed to parse would only add a confusing second message.
    steps_ok = len(top.problems) == before
    if steps_ok and total_s is not None and steps and sum(s.seconds for s in steps) != total_s:
        added = sum(s.seconds for s in steps)
        top.report(("total_s",), f"the steps add up to {added} s (a 'both' step counts twice), "
                                 f"but total_s is {total_s}")
    top.raise_if_problems()
    # raise_if_problems() has ruled out every None; the asserts tell mypy so.
    assert routine_id is not None and title is not None and kind is not None
    assert where is not None and total_s is not None
    return Routine(id=routine_id, title=title, kind=kind, where=where, total_s=total_s,
                   steps=tuple(steps), why=why, why_source=why_source, sources=sources,
                   safety=bool(safety), checklist=checklist, origin=origin, file=file)


def _parse_step(step: TableReader, known_sources: Collection[str] | None,
                art_ids: Collection[str] | None, strict: bool) -> list[Step]:
    step.check_keys(_STEP_KEYS)
    text = step.text("text")
    seconds = step.integer("seconds", minimum=1, maximum=MAX_STEP_S)
    side = step.choice("side", Side, default=Side.NONE)
    art = step.identifier("art", required=strict)
    if art is not None and art_ids is not None and art not in art_ids:
        step.report(("art",), f"there is no illustration called '{art}'")
    sources = step.tags("sources", known_sources, required=strict)
    breath = None
    breath_table = step.table("breath")
    if breath_table is not None:
        breath_table.check_keys(_BREATH_KEYS)
        inhale = breath_table.integer("inhale_s", minimum=1, maximum=20)
        hold = breath_table.integer("hold_s", minimum=0, maximum=20, default=0)
        exhale = breath_table.integer("exhale_s", minimum=1, maximum=20)
        hold_after = breath_table.integer("hold_after_s", minimum=0, maximum=20, default=0)
        if inhale and exhale and hold is not None and hold_after is not None:
            breath = BreathPattern(inhale, hold, exhale, hold_after)
            if seconds and seconds % breath.cycle_s:
                step.report(("seconds",), f"{seconds} s would stop in the middle of a "
                                          f"{breath.cycle_s} s breath; use a multiple of "
                                          f"{breath.cycle_s}")
    if text is None or seconds is None or side is None:
        return []
    if side is Side.BOTH:
        return [Step(text, seconds, s, art, breath, sources) for s in (Side.LEFT, Side.RIGHT)]
    return [Step(text, seconds, side, art, breath, sources)]


def parse_checklist(text: str, file: str, *, origin: Origin = Origin.USER,
                    known_sources: Collection[str] | None = None) -> Checklist:
    """Validate one checklist file (``items``: id, text, why, source, why_source).

    Raises:
        ContentError: listing every problem found.
    """
    top = _load(text, file)
    strict = origin is Origin.SHIPPED
    top.check_keys(_CHECKLIST_KEYS)
    checklist_id = top.identifier("id")
    title = top.text("title")
    items: list[ChecklistItem] = []
    seen: set[str] = set()
    for table in top.tables("items"):
        table.check_keys(_ITEM_KEYS)
        item_id = table.identifier("id")
        item_text = table.text("text")
        why = table.text("why", required=strict)
        source = table.tag("source", known_sources, required=strict)
        why_source = table.tag("why_source", known_sources, required=False)
        if why is None and why_source is not None:
            table.report(("why_source",), "there is no 'why' line for this source to belong to")
        if item_id in seen:
            table.report(("id",), f"'{item_id}' is used by an earlier item too")
        if item_id and item_text:
            seen.add(item_id)
            items.append(ChecklistItem(item_id, item_text, why, source, why_source))
    top.raise_if_problems()
    assert checklist_id is not None and title is not None  # else raised above
    return Checklist(checklist_id, title, tuple(items), origin=origin, file=file)


def parse_safety(text: str, file: str, *,
                 known_sources: Collection[str] | None = None) -> tuple[SafetyLine, ...]:
    """Validate the safety file (``[[lines]]`` with id, text, source).

    Raises:
        ContentError: listing every problem found.
    """
    top = _load(text, file)
    top.check_keys(_SAFETY_KEYS)
    lines: list[SafetyLine] = []
    for table in top.tables("lines"):
        table.check_keys(_LINE_KEYS)
        line_id = table.identifier("id")
        line_text = table.text("text")
        source = table.tag("source", known_sources)
        short = table.text("short", required=False)
        where = table.choice("where", Place) if "where" in table.key_names() else None
        if line_id and line_text and source:
            lines.append(SafetyLine(line_id, line_text, source, short, where))
    top.raise_if_problems()
    return tuple(lines)


def parse_sources(text: str, file: str) -> Mapping[str, str]:
    """Validate the sources file: ``[tags]`` mapping each tag to a one-line description.

    Raises:
        ContentError: listing every problem found.
    """
    top = _load(text, file)
    top.check_keys(_SOURCES_KEYS)
    tags = top.table("tags")
    found: dict[str, str] = {}
    if tags is None:
        top.report(("tags",), "missing; add a [tags] table")
    else:
        for tag in tags.key_names():
            if not _TAG_PATTERN.match(tag):
                tags.report((tag,), "a tag is a lowercase word, optionally with '-<number>'")
            description = tags.string(tag)
            if description:
                found[tag] = description
    top.raise_if_problems()
    return MappingProxyType(found)
