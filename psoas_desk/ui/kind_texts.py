"""What the windows, the tray and the notifications call each break kind: one table.

Every sentence that names a break kind ("Take a micro-break now",
"stretch break in 7 min", "12 min away: counted as your micro-break") is a
field of :class:`KindTexts`, and :func:`kind_texts` holds one row per
:class:`~psoas_desk.core.model.BreakKind`. The tray menu, the status panel,
the tooltip and status lines (``ui/tray_text.py``), the break popups, the
statistics timeline and the app's notifications (``app/warning.py``,
``app/absence_question.py``) look a kind's words up here instead of naming
the kinds themselves, so a new kind is one more row (and its translations).

The rows are built on each call, translated into the language in force then
(context "BreakKind"), so a change of language needs nothing more.
What a kind *does* is the core's business (``core/breaks.py`` ``KIND_RULES``);
the command line, which loads no Qt, has its own English names
(``cli_text.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication

from psoas_desk.core.i18n import QT_TRANSLATE_NOOP
from psoas_desk.core.model import BreakKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("BreakKind", text)


TITLES: Mapping[BreakKind, str] = MappingProxyType({
    BreakKind.MICRO: QT_TRANSLATE_NOOP("BreakKind", "Micro-break"),
    BreakKind.STRETCH: QT_TRANSLATE_NOOP("BreakKind", "Stretch break"),
})
"""Each kind's break-window title in English (``KindTexts.title`` translates it):
compositor window rules match the titles in every language we ship."""


@dataclass(frozen=True)
class KindTexts:
    """One break kind's words, in the person's language.

    Templates take ``%1`` (a duration).

    A kind's objects are named after its value (``BreakKind.MICRO.value``,
    "micro"): the tray action and the status panel's button that start one,
    its countdown figure ``micro_timer``, its popup ``microBreakPopup``.

    Attributes:
        title: "Micro-break": the popup's title, the warning, the statistics.
        plural: "Micro-breaks": the status panel's countdown caption.
        start_item: the tray menu item that starts one now.
        start_button: the status panel's button that starts one now.
        start_help: that button's accessible description.
        popup_heading: the popup's heading when no routine goes with the break.
        warning_body: the warning notification's body.
        warning_waiting: the warning's title once the break waits for a pause in typing.
        absence_counted: "%1 away: counted as your micro-break".
        next_at_pause: the next break waits for a pause in typing.
        next_due: the next break is due now.
        next_deferred: the next break waits for a quiet moment (full screen, do not disturb).
        next_snoozed: the next break was postponed; %1 until it comes again.
        next_after_sitting: %1 more sitting until it comes (the clock stands still now).
        next_in: it comes in %1.
        in_break: this kind of break is on screen, %1 left.
    """

    title: str
    plural: str
    start_item: str
    start_button: str
    start_help: str
    popup_heading: str
    warning_body: str
    warning_waiting: str
    absence_counted: str
    next_at_pause: str
    next_due: str
    next_deferred: str
    next_snoozed: str
    next_after_sitting: str
    next_in: str
    in_break: str


def _micro() -> KindTexts:
    return KindTexts(
        title=_tr(TITLES[BreakKind.MICRO]),
        plural=_tr("Micro-breaks"),
        start_item=_tr("Take a &micro-break now"),
        start_button=_tr("&Micro-break now"),
        start_help=_tr("Starts a short break to stand up and reset your posture."),
        popup_heading=_tr("Time for a short break"),
        warning_body=_tr("Finish your sentence; it starts when you pause typing."),
        warning_waiting=_tr("Micro-break at your next pause"),
        absence_counted=_tr("%1 away: counted as your micro-break"),
        next_at_pause=_tr("micro-break at your next pause in typing"),
        next_due=_tr("micro-break due now"),
        next_deferred=_tr("micro-break waits for a quiet moment"),
        next_snoozed=_tr("micro-break postponed, again in %1"),
        next_after_sitting=_tr("micro-break after %1 more sitting"),
        next_in=_tr("micro-break in %1"),
        in_break=_tr("In a micro-break · %1 left"),
    )


def _stretch() -> KindTexts:
    return KindTexts(
        title=_tr(TITLES[BreakKind.STRETCH]),
        plural=_tr("Stretch breaks"),
        start_item=_tr("Start a s&tretch routine"),
        start_button=_tr("S&tretch now"),
        start_help=_tr("Starts a guided stretch routine for your hips."),
        popup_heading=_tr("Time for a stretch"),
        warning_body=_tr(
            "A few minutes to stretch your hips; it starts when you pause typing."),
        warning_waiting=_tr("Stretch break at your next pause"),
        absence_counted=_tr("%1 away: counted as your stretch break"),
        next_at_pause=_tr("stretch break at your next pause in typing"),
        next_due=_tr("stretch break due now"),
        next_deferred=_tr("stretch break waits for a quiet moment"),
        next_snoozed=_tr("stretch break postponed, again in %1"),
        next_after_sitting=_tr("stretch break after %1 more sitting"),
        next_in=_tr("stretch break in %1"),
        in_break=_tr("In a stretch break · %1 left"),
    )


_ROWS: Mapping[BreakKind, Callable[[], KindTexts]] = MappingProxyType({
    BreakKind.MICRO: _micro,
    BreakKind.STRETCH: _stretch,
})
"""One row per kind; each is translated when it is asked for."""


def kind_texts(kind: BreakKind) -> KindTexts:
    """The words for ``kind`` in the language in force."""
    return _ROWS[kind]()
