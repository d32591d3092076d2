"""Routines, checklists and safety lines as typed, frozen values.

This is the model the content files (``resources/routines/*.toml`` and friends)
are validated into; ``core/routine_parser.py`` builds it from TOML text and
``core/rotation.py`` picks a routine for a break. Every user-facing string is a
``LocalizedText`` so it can be extracted for translation and shown in the
user's language, falling back to English.

Sides: the art for a movement always shows the LEFT side (the left leg is the
one being stretched or worked); a step on the right side shows the same
picture mirrored. A file may say ``side = "both"``; the parser expands such a
step into a left step followed by a right step with the same text, so a
``Routine`` only ever holds ``Side.NONE``, ``Side.LEFT`` or ``Side.RIGHT`` and
its ``total_s`` counts both halves.

Must not import: PySide6, apscheduler, platformdirs, os.environ; no file I/O.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

DEFAULT_LOCALE = "en"

# "de", "de_AT", "pt_BR", "sr_Latn"; what the content files may use as keys.
LOCALE_PATTERN = re.compile(r"^[a-z]{2,3}(?:_(?:[A-Z]{2}|[A-Z][a-z]{3}))?$")


class RoutineKind(enum.Enum):
    """What sort of break a routine is made for."""

    MICRO = "micro"
    STRETCH = "stretch"
    HOME = "home"
    BREATHING = "breathing"


class Place(enum.Enum):
    """Where a routine is done."""

    DESK = "desk"
    FLOOR = "floor"


class Side(enum.Enum):
    """Which side of the body a step works.

    ``BOTH`` is accepted in files only: the parser turns it into a left step
    and a right step, so it never appears in a ``Routine``.
    """

    NONE = "none"
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class Origin(enum.Enum):
    """Whether a routine or checklist ships with the app or was added by the user."""

    SHIPPED = "shipped"
    USER = "user"


def normalize_locale(locale: str) -> str:
    """Turn ``"de-AT"``, ``"de_AT.UTF-8"`` or ``"de_AT@euro"`` into ``"de_AT"``."""
    base = locale.split(".", 1)[0].split("@", 1)[0].replace("-", "_").strip()
    language, _, region = base.partition("_")
    if not region:
        return language.lower()
    if len(region) == 4:  # a script such as Latn
        return f"{language.lower()}_{region.title()}"
    return f"{language.lower()}_{region.upper()}"


@dataclass(frozen=True)
class LocalizedText:
    """A user-facing string with optional translations.

    Attributes:
        en: the English text, always present.
        translations: locale ("de", "de_AT") -> text, without English.
    """

    en: str
    translations: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, en: str, **translations: str) -> LocalizedText:
        """Build a text from English plus keyword translations (``de="..."``)."""
        return cls(en, MappingProxyType(dict(translations)))

    def get(self, locale: str) -> str:
        """Return the text for ``locale``, falling back ``de_AT`` -> ``de`` -> English."""
        wanted = normalize_locale(locale)
        while wanted:
            if wanted == DEFAULT_LOCALE:
                return self.en
            text = self.translations.get(wanted)
            if text is not None:
                return text
            wanted = wanted.rpartition("_")[0]
        return self.en


@dataclass(frozen=True)
class BreathPattern:
    """A breathing rhythm for the pacer, in whole seconds per phase."""

    inhale_s: int
    hold_s: int
    exhale_s: int
    hold_after_s: int = 0

    @property
    def cycle_s(self) -> int:
        """Seconds one full breath takes."""
        return self.inhale_s + self.hold_s + self.exhale_s + self.hold_after_s


@dataclass(frozen=True)
class Step:
    """One timed instruction of a routine.

    Attributes:
        text: what to do, second person, plain text.
        seconds: how long the step lasts.
        side: the side worked (never ``Side.BOTH`` once parsed).
        art: the illustration id (``resources/art/<art>.svg``), or None.
        breath: the pacer rhythm if the step is paced breathing.
        sources: source tags of the facts the step rests on.
    """

    text: LocalizedText
    seconds: int
    side: Side = Side.NONE
    art: str | None = None
    breath: BreathPattern | None = None
    sources: tuple[str, ...] = ()

    @property
    def mirrored(self) -> bool:
        """Whether the art must be shown mirrored (it is drawn for the left side)."""
        return self.side is Side.RIGHT


@dataclass(frozen=True)
class Routine:
    """A guided sequence of steps offered during a break.

    Attributes:
        id: stable identifier, used in settings (``routines.disabled``) and history.
        title: short name shown in the popup and settings.
        kind: the sort of break it serves.
        where: at the desk or on the floor.
        total_s: the sum of the steps' seconds.
        steps: the steps in order, sides already expanded.
        why: one line on why this helps, or None.
        why_source: the source tag of ``why``.
        sources: source tags for the routine as a whole.
        safety: whether the safety lines are shown with it.
        checklist: id of a checklist the routine links to (the posture check).
        origin: shipped with the app or added by the user.
        file: where it was read from, for messages.
    """

    id: str
    title: LocalizedText
    kind: RoutineKind
    where: Place
    total_s: int
    steps: tuple[Step, ...]
    why: LocalizedText | None = None
    why_source: str | None = None
    sources: tuple[str, ...] = ()
    safety: bool = False
    checklist: str | None = None
    origin: Origin = Origin.SHIPPED
    file: str = ""

    @property
    def art_ids(self) -> frozenset[str]:
        """Every illustration the routine needs."""
        return frozenset(step.art for step in self.steps if step.art is not None)

    def texts(self) -> Iterator[tuple[str, LocalizedText]]:
        """Yield ``(context, text)`` for every translatable string, in file order."""
        yield f"routine:{self.id}:title", self.title
        if self.why is not None:
            yield f"routine:{self.id}:why", self.why
        for number, step in enumerate(self.steps):
            yield f"routine:{self.id}:step:{number}", step.text


@dataclass(frozen=True)
class ChecklistItem:
    """One point of a set-up checklist.

    Attributes:
        id: stable identifier within the checklist (remembers ticks).
        text: the thing to check, as a short instruction.
        why: one line on why it matters (always present in shipped lists).
        source: the source tag of the fact behind the item (always present in
            shipped lists).
        why_source: the source tag of the "why" line when it rests on a
            different fact than the item itself.
    """

    id: str
    text: LocalizedText
    why: LocalizedText | None = None
    source: str | None = None
    why_source: str | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        """Every source tag the item and its "why" line rest on."""
        return tuple(tag for tag in (self.source, self.why_source) if tag is not None)


@dataclass(frozen=True)
class Checklist:
    """A posture or set-up checklist (sitting, standing)."""

    id: str
    title: LocalizedText
    items: tuple[ChecklistItem, ...]
    origin: Origin = Origin.SHIPPED
    file: str = ""

    def texts(self) -> Iterator[tuple[str, LocalizedText]]:
        """Yield ``(context, text)`` for every translatable string, in file order."""
        yield f"checklist:{self.id}:title", self.title
        for item in self.items:
            yield f"checklist:{self.id}:{item.id}:text", item.text
            if item.why is not None:
                yield f"checklist:{self.id}:{item.id}:why", item.why


@dataclass(frozen=True)
class SafetyLine:
    """One line of the safety note shown before stretch and home routines.

    Attributes:
        id: stable identifier.
        text: the whole line, shown under "Details".
        source: the source tag of the fact behind it.
        short: a few words for the compact note shown first, or None to
            show ``text`` there too.
        where: None for every routine with safety lines; ``Place.FLOOR``
            for a line that only goes with floor routines.
    """

    id: str
    text: LocalizedText
    source: str
    short: LocalizedText | None = None
    where: Place | None = None

    def applies_to(self, routine: Routine) -> bool:
        """Whether the line goes with ``routine`` (which shows safety lines at all)."""
        return self.where is None or self.where is routine.where


@dataclass(frozen=True)
class ContentProblem:
    """Something wrong with a content file, worded for the person who wrote it.

    Attributes:
        file: the file, as shown to the user.
        line: 1-based line number, when it is known.
        key: the offending key, e.g. ``steps[2].seconds``, when there is one.
        message: what is wrong, and where possible what would be right.
    """

    file: str
    line: int | None
    key: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


class ContentError(ValueError):
    """A content file could not be used; ``problems`` lists every reason found."""

    def __init__(self, problems: tuple[ContentProblem, ...]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


@dataclass(frozen=True)
class ContentLibrary:
    """Everything the app can offer: routines, checklists, safety lines, source tags.

    Build it with ``ContentLibrary.build``; lookups are by id.
    """

    routines: Mapping[str, Routine]
    checklists: Mapping[str, Checklist]
    safety: tuple[SafetyLine, ...] = ()
    sources: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def build(
        cls,
        routines: Iterable[Routine] = (),
        checklists: Iterable[Checklist] = (),
        safety: Iterable[SafetyLine] = (),
        sources: Mapping[str, str] | None = None,
    ) -> ContentLibrary:
        """Index routines and checklists by id (the first of a duplicate id wins)."""
        by_id: dict[str, Routine] = {}
        for routine in routines:
            by_id.setdefault(routine.id, routine)
        lists: dict[str, Checklist] = {}
        for checklist in checklists:
            lists.setdefault(checklist.id, checklist)
        return cls(MappingProxyType(by_id), MappingProxyType(lists), tuple(safety),
                   MappingProxyType(dict(sources or {})))

    def routines_of(self, kind: RoutineKind) -> tuple[Routine, ...]:
        """The routines of one kind, sorted by id (stable for seeded picking)."""
        return tuple(sorted((r for r in self.routines.values() if r.kind is kind),
                            key=lambda r: r.id))

    def texts(self) -> Iterator[tuple[str, LocalizedText]]:
        """Yield ``(context, text)`` for every translatable string in the library."""
        for routine in sorted(self.routines.values(), key=lambda r: r.id):
            yield from routine.texts()
        for checklist in sorted(self.checklists.values(), key=lambda c: c.id):
            yield from checklist.texts()
        for line in self.safety:
            yield f"safety:{line.id}", line.text
            if line.short is not None:
                yield f"safety:{line.id}:short", line.short
