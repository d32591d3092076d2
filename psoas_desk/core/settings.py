"""The settings model: every option declared once, read as attributes.

Each option is a field of a frozen dataclass whose metadata carries its label,
help text, group, unit and bounds (:class:`OptionInfo`). The settings window,
the file codec (:mod:`psoas_desk.core.settings_codec`) and the docs are all
built from this one declaration. Durations are ``timedelta`` values; in the
file they are whole seconds or strings like ``"25m"``.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import typing
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, TypeVar

from psoas_desk.core.i18n import QT_TRANSLATE_NOOP as _N
from psoas_desk.core.schedule_types import TimeRange, WorkingHours

SCHEMA_VERSION = 1

T = TypeVar("T")


class Group(enum.Enum):
    """Pages of the settings window, in display order."""

    BREAKS = _N("Settings", "Breaks")
    PRESENCE = _N("Settings", "Presence")
    SCHEDULE = _N("Settings", "Schedule")
    POPUPS = _N("Settings", "Popups")
    SOUNDS = _N("Settings", "Sounds")
    STARTUP = _N("Settings", "Startup")


class Theme(enum.Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class WindowSystem(enum.Enum):
    """Which window system the app's windows use in a Wayland session (app/windowing.py)."""

    AUTO = "auto"
    WAYLAND = "wayland"
    X11 = "x11"


class BreakDisplay(enum.Enum):
    """How a break shows: its window alone, the screens dimmed around it, or filled."""

    WINDOW = "window"
    DIM = "dim"
    FULL = "full"


@dataclass(frozen=True)
class OptionInfo:
    """What a person (and the validator) needs to know about one option."""

    label: str
    help: str
    group: Group
    minimum: Any = None
    maximum: Any = None
    unit: str = ""
    max_length: int = 200


def option(default: T, label: str, help: str, group: Group, *, minimum: Any = None,
           maximum: Any = None, unit: str = "") -> T:
    """Declare a settings field with its metadata (a typed ``dataclasses.field``)."""
    info = OptionInfo(label=label, help=help, group=group, minimum=minimum,
                      maximum=maximum, unit=unit)
    return field(default=default, metadata={"option": info})


def _min(n: int) -> timedelta:
    return timedelta(minutes=n)


def _s(n: int) -> timedelta:
    return timedelta(seconds=n)


_B = Group.BREAKS


@dataclass(frozen=True)
class MicroBreakSettings:
    enabled: bool = option(True, _N("Settings", "Micro-breaks"), _N(
        "Settings", "Short pauses to stand up, breathe and reset your posture."), _B)
    interval: timedelta = option(_min(30), _N("Settings", "Micro-break every"), _N(
        "Settings", "Minutes of sitting between micro-breaks."), _B, unit="min",
        minimum=_min(1), maximum=timedelta(hours=4))
    duration: timedelta = option(_s(60), _N("Settings", "Micro-break length"), _N(
        "Settings", "How long a micro-break lasts."), _B, unit="s",
        minimum=_s(10), maximum=_min(30))
    min_duration: timedelta = option(_s(20), _N("Settings", "Micro-break can end after"), _N(
        "Settings", "Done becomes available after this much of the break."), _B, unit="s",
        minimum=_s(0), maximum=_min(30))
    postpone: timedelta = option(_min(5), _N("Settings", "Postpone micro-break by"), _N(
        "Settings", "How long Postpone puts a micro-break off."), _B, unit="min",
        minimum=_min(1), maximum=_min(120))
    postpone_limit: int = option(3, _N("Settings", "Postpones per micro-break"), _N(
        "Settings", "How often one micro-break can be put off (0: never)."), _B,
        minimum=0, maximum=20)
    checklist_every: int = option(4, _N("Settings", "Posture check every"), _N(
        "Settings", "Every Nth micro-break shows the posture checklist (0: never)."), _B,
        unit="breaks", minimum=0, maximum=50)


@dataclass(frozen=True)
class StretchBreakSettings:
    enabled: bool = option(True, _N("Settings", "Stretch breaks"), _N(
        "Settings", "Longer guided breaks that stretch the hip flexors."), _B)
    interval: timedelta = option(_min(90), _N("Settings", "Stretch break every"), _N(
        "Settings", "Minutes of sitting between stretch breaks."), _B, unit="min",
        minimum=_min(1), maximum=timedelta(hours=4))
    duration: timedelta = option(_min(4), _N("Settings", "Stretch break length"), _N(
        "Settings", "About how long a guided stretch routine takes."), _B, unit="min",
        minimum=_s(10), maximum=_min(30))
    min_duration: timedelta = option(_min(2), _N("Settings", "Stretch break can end after"), _N(
        "Settings", "Done becomes available after this much of the break."), _B, unit="min",
        minimum=_s(0), maximum=_min(30))
    postpone: timedelta = option(_min(10), _N("Settings", "Postpone stretch break by"), _N(
        "Settings", "How long Postpone puts a stretch break off."), _B, unit="min",
        minimum=_min(1), maximum=_min(120))
    postpone_limit: int = option(2, _N("Settings", "Postpones per stretch break"), _N(
        "Settings", "How often one stretch break can be put off (0: never)."), _B,
        minimum=0, maximum=20)


@dataclass(frozen=True)
class BreakRules:
    warning: timedelta = option(_s(30), _N("Settings", "Warn before a break"), _N(
        "Settings", "A notification this long before a break (0: no warning)."), _B,
        unit="s", minimum=_s(0), maximum=_min(5))
    typing_pause: timedelta = option(_s(3), _N("Settings", "Wait for a typing pause of"), _N(
        "Settings", "A due break waits until you stop typing for this long."), _B,
        unit="s", minimum=_s(1), maximum=_s(60))
    max_delay: timedelta = option(_min(2), _N("Settings", "Show anyway after"), _N(
        "Settings", "If you keep typing, the break shows after this long."), _B,
        unit="s", minimum=_s(0), maximum=_min(30))
    skip_budget: int = option(3, _N("Settings", "Skips per day"), _N(
        "Settings", "How many breaks you can skip each day."), _B, minimum=0, maximum=50)
    strict: bool = option(False, _N("Settings", "Strict mode"), _N(
        "Settings", "No Postpone or Skip buttons: every break is taken."), _B)


_P = Group.PRESENCE


@dataclass(frozen=True)
class PresenceSettings:
    away_threshold: timedelta = option(_min(5), _N("Settings", "Away after no input for"), _N(
        "Settings", "Until then, no input means you are reading or thinking at your desk."),
        _P, unit="min", minimum=_s(10), maximum=_min(30))
    natural_break: timedelta = option(_min(2), _N("Settings", "A break on your own counts from"),
        _N("Settings", "Being away this long ends the sitting bout and counts as a micro-break."),
        _P, unit="min", minimum=_s(10), maximum=_min(30))
    use_presence_signs: bool = option(True, _N("Settings", "Calls and videos mean I am here"), _N(
        "Settings", "A call, a playing video or a camera in use keeps you present without input."),
        _P)
    presence_sign_limit: timedelta = option(timedelta(hours=2), _N(
        "Settings", "Trust calls and videos for up to"), _N(
        "Settings", "After this long without input you count as away even if a video plays, "
        "or you read with \"Reading or watching\" on."),
        _P, unit="min", minimum=_min(10), maximum=timedelta(hours=8))
    ask_about_absence: bool = option(True, _N("Settings", "Ask when time away counted as a break"),
        _N("Settings", "After time without input (no lock, no sleep) that counted as a break, "
           "a notification lets you say you were at your desk."), _P)


@dataclass(frozen=True)
class PostureSettings:
    standing_reminder: bool = option(False, _N("Settings", "Remind me to sit down"), _N(
        "Settings", "Suggest switching back after standing for a while."), _P)
    standing_limit: timedelta = option(_min(30), _N("Settings", "Suggest sitting after"), _N(
        "Settings", "Standing time before the reminder."), _P, unit="min",
        minimum=_min(5), maximum=timedelta(hours=4))


@dataclass(frozen=True)
class DndSettings:
    enabled: bool = option(True, _N("Settings", "Hold breaks during presentations"), _N(
        "Settings", "Breaks wait while you present, share your screen or are in a meeting."), _P)
    fullscreen: bool = option(True, _N("Settings", "Full-screen windows"), _N(
        "Settings", "A full-screen window in front holds breaks."), _P)
    camera: bool = option(True, _N("Settings", "Camera in use"), _N(
        "Settings", "A camera in use (a video call) holds breaks."), _P)
    desktop_dnd: bool = option(True, _N("Settings", "Desktop do-not-disturb"), _N(
        "Settings", "The desktop's own do-not-disturb mode holds breaks."), _P)
    release_delay: timedelta = option(_s(15), _N("Settings", "Offer held breaks after"), _N(
        "Settings", "Once the presentation ends, a held break comes this much later."), _P,
        unit="s", minimum=_s(0), maximum=_min(5))


_S = Group.SCHEDULE
_OFFICE = WorkingHours.weekdays(TimeRange(9 * 60, 18 * 60))


@dataclass(frozen=True)
class ScheduleSettings:
    day_starts_at: int = option(4, _N("Settings", "A new day starts at"), _N(
        "Settings", "Hour of the day when the daily figures and skips reset."), _S,
        unit="h", minimum=0, maximum=23)
    working_hours_only: bool = option(False, _N("Settings", "Only during working hours"), _N(
        "Settings", "Outside these hours psoas-desk keeps quiet."), _S)
    working_hours: WorkingHours = option(_OFFICE, _N("Settings", "Working hours"), _N(
        "Settings", "Times per weekday, e.g. 09:00-12:30 and 13:30-17:30."), _S)


_U = Group.POPUPS


@dataclass(frozen=True)
class PopupSettings:
    display: BreakDisplay = option(BreakDisplay.WINDOW, _N("Settings", "Show breaks as"), _N(
        "Settings", "A window; a window with the screens dimmed around it; or filling the "
        "screens. On sway and other native Wayland desktops a break is always a window."), _U)
    all_screens: bool = option(False, _N("Settings", "Show breaks on every screen"), _N(
        "Settings", "Otherwise the break shows on the screen with the mouse pointer."), _U)
    key_guard: timedelta = option(_s(2), _N("Settings", "Ignore keys for"), _N(
        "Settings", "Key presses right after a break appears are ignored."), _U,
        unit="s", minimum=_s(0), maximum=_s(10))
    show_why: bool = option(True, _N("Settings", "Explain why"), _N(
        "Settings", "Show a short line on why each break helps."), _U)
    theme: Theme = option(Theme.SYSTEM, _N("Settings", "Colours"), _N(
        "Settings", "Follow the system, or always light or dark."), _U)
    reduce_motion: bool = option(False, _N("Settings", "Reduce motion"), _N(
        "Settings", "Replace the breathing animation with calm text. Turning animations off "
        "for the whole desktop does the same."), _U)
    language: str = option("", _N("Settings", "Language"), _N(
        "Settings", "The language of the windows; the system's unless you choose one."), _U)
    window_system: WindowSystem = option(WindowSystem.AUTO, _N(
        "Settings", "Break windows on Wayland"), _N(
        "Settings", "Automatic uses X11 (XWayland) on GNOME and KDE, where it keeps breaks on "
        "top without taking your keyboard. Applies after a restart."), _U)


@dataclass(frozen=True)
class SoundSettings:
    enabled: bool = option(True, _N("Settings", "Sounds"), _N(
        "Settings", "A soft sound when a break starts and ends."), Group.SOUNDS)
    volume: int = option(50, _N("Settings", "Volume"), _N(
        "Settings", "Loudness of the break sounds."), Group.SOUNDS, unit="%",
        minimum=0, maximum=100)


_T = Group.STARTUP


@dataclass(frozen=True)
class StartupSettings:
    autostart: bool = option(False, _N("Settings", "Start at login"), _N(
        "Settings", "Start psoas-desk when you log in."), _T)
    history_days: int = option(0, _N("Settings", "Keep history for"), _N(
        "Settings", "Older history is deleted after this many days; Forever keeps all of it."), _T,
        unit="days", minimum=0, maximum=3650)


@dataclass(frozen=True)
class RoutineSettings:
    # The file lists the routines left out; the window shows the ones in use
    # (checked = used), so the label names what a check means.
    disabled: tuple[str, ...] = option((), _N("Settings", "Routines to use"), _N(
        "Settings", "Checked routines can be picked for a break; clear a check to leave "
        "one out."), _B)


@dataclass(frozen=True)
class Settings:
    """All settings; read as attributes, e.g. ``settings.micro.interval``."""

    micro: MicroBreakSettings = field(default_factory=MicroBreakSettings)
    stretch: StretchBreakSettings = field(default_factory=StretchBreakSettings)
    breaks: BreakRules = field(default_factory=BreakRules)
    presence: PresenceSettings = field(default_factory=PresenceSettings)
    posture: PostureSettings = field(default_factory=PostureSettings)
    dnd: DndSettings = field(default_factory=DndSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    popups: PopupSettings = field(default_factory=PopupSettings)
    sounds: SoundSettings = field(default_factory=SoundSettings)
    startup: StartupSettings = field(default_factory=StartupSettings)
    routines: RoutineSettings = field(default_factory=RoutineSettings)


@dataclass(frozen=True)
class OptionSpec:
    """One declared option: its dotted key, Python type, default and info."""

    section: str
    name: str
    type: Any
    default: Any
    info: OptionInfo

    @property
    def key(self) -> str:
        return f"{self.section}.{self.name}"


@functools.cache
def option_specs() -> tuple[OptionSpec, ...]:
    """Every option, in declaration order (computed once; the declaration is constant)."""
    specs: list[OptionSpec] = []
    hints = _section_types()
    for section_field in dataclasses.fields(Settings):
        section_type = hints[section_field.name]
        for f in dataclasses.fields(section_type):
            specs.append(OptionSpec(section=section_field.name, name=f.name,
                                    type=_field_type(section_type, f.name), default=f.default,
                                    info=f.metadata["option"]))
    return tuple(specs)


def option_spec(key: str) -> OptionSpec:
    """The spec of one option by dotted key; raises KeyError for an unknown key."""
    for spec in option_specs():
        if spec.key == key:
            return spec
    raise KeyError(key)


def get_option(settings: Settings, key: str) -> Any:
    section, name = key.split(".", 1)
    return getattr(getattr(settings, section), name)


def section_type(section: str) -> type[Any]:
    """The dataclass of a settings section, e.g. ``MicroBreakSettings`` for "micro"."""
    return _section_types()[section]


@functools.cache
def _section_types() -> dict[str, type[Any]]:
    return dict(typing.get_type_hints(Settings))


def _field_type(section_type: type[Any], name: str) -> Any:
    return typing.get_type_hints(section_type)[name]
