"""Puts breaks on screen: picks the routine, opens one popup per chosen screen,
keeps it in step with the engine, and closes it when the break ends.

A routine's finish page outlives its break: when every step was followed the
break ends at once (completed) and the page stays, closing by itself a few
seconds later or on Done, Escape or the close button.

In the "dim" and "full screen" modes (``popups.display``) a backdrop covers
every screen while the break runs (``ui/break_backdrop.py``), each break
window kept above its screen's backdrop; where backdrops cannot work (native
Wayland) the break is a window alone. Where windows are not blended (an X11
desktop without a compositing manager) "dim" shows each screen as it was when
the break began, darkened: a translucent window would show plain black there.

The popups are imported lazily: nothing of them is loaded until the first break.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QCursor, QGuiApplication, QScreen

from psoas_desk.app.windowing import (
    backdrop_window_type,
    show_popup,
    spread_popups,
)
from psoas_desk.core.breaks import KIND_RULES
from psoas_desk.core.model import BreakKind
from psoas_desk.core.postpone import postpone_choices_s
from psoas_desk.core.rotation import BreakRotation
from psoas_desk.core.routines import ContentLibrary, Routine, RoutineKind
from psoas_desk.core.settings import BreakDisplay, Settings
from psoas_desk.core.snapshot import Snapshot

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QWidget  # annotations only (no QWidget type while idle)

    from psoas_desk.ui.break_backdrop import Backdrop
    from psoas_desk.ui.break_popup import BreakPopup

log = logging.getLogger(__name__)

STACKING_CHECKS_MS = (500, 1500)
"""When the stacking of a break with backdrops is checked: a break window found
under a backdrop is raised at the first check, the backdrops go at the last."""

Intent = Callable[[], object]
PostponeIntent = Callable[[int], object]
"""Postpone by this many seconds (0: the configured length)."""
DoneIntent = Callable[[bool, bool], object]
"""Done: (the routine was done, leave a requested break early)."""


class BreakPresenter(QObject):
    """Shows and updates the break popups for the app.

    Args:
        library: the routines and checklists to choose from.
        rng: chance for the routine rotation (seeded in tests).
        on_postpone, on_skip, on_done: called when the user presses those buttons.
        on_checklist: a posture check's "Open the checklist".
        on_used: called when the person uses a popup itself (so the engine does
            not take that input for working through the break).
        locale: the content language ("en", "de", ...).
    """

    def __init__(self, library: ContentLibrary, rng: random.Random, *,
                 on_postpone: PostponeIntent, on_skip: Intent, on_done: DoneIntent,
                 on_checklist: Intent | None = None, on_used: Intent | None = None,
                 locale: str = "en",
                 platform_reduces_motion: Callable[[], bool] | None = None,
                 screens_blend: Callable[[], bool] | None = None,
                 stacking: Callable[[], list[int] | None] | None = None,
                 micro_count: int = 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._platform_reduces_motion = platform_reduces_motion or (lambda: False)
        self._screens_blend = screens_blend or (lambda: True)
        self._stacking = stacking or (lambda: None)
        self._backdrops_failed = False
        """This window manager kept backdrops above a break window: window only."""
        self._stacking_check: object | None = None
        self._library = library
        self.rotation = BreakRotation(library, rng, micro_count=micro_count)
        """Which routine each break offers (the app saves its ``micro_count``)."""
        self._on_postpone = on_postpone
        self._on_skip = on_skip
        self._on_done = on_done
        self._on_checklist = on_checklist or (lambda: None)
        self._on_used = on_used or (lambda: None)
        self._locale = locale
        self._popups: list[BreakPopup] = []
        self._summaries: list[BreakPopup] = []
        self._backdrops: list[Backdrop] = []
        """Stretch popups whose routine is done: their summary stays until Done."""
        self.routine: Routine | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.connect(self._on_screen_removed)
            app.screenAdded.connect(self._watch_screen)
            for screen in app.screens():
                self._watch_screen(screen)

    @property
    def library(self) -> ContentLibrary:
        """The routines and checklists in use."""
        return self._library

    @property
    def showing(self) -> bool:
        return bool(self._popups)

    def prewarm(self) -> None:
        """Load the popup code ahead of a break (called at the pre-warning).

        The first popup would otherwise pay for importing its modules, which
        would put it on screen late; after this, showing one is quick.
        """
        from psoas_desk.ui import break_popup

        del break_popup

    def set_locale(self, locale: str) -> None:
        self._locale = locale

    def pick_routine(self, kind: BreakKind, settings: Settings, *,
                     returning: bool = False) -> Routine | None:
        """The routine for a new break (see ``BreakRotation.choose``)."""
        return self.rotation.choose(kind, settings, returning=returning)

    def open(self, kind: BreakKind, routine: Routine | None, settings: Settings,
             snapshot: Snapshot) -> None:
        """Open the popup(s) for a break that just started."""
        from psoas_desk.ui.break_popup import BreakContent, make_break_popup

        self.close()
        self.routine = routine
        checklist = None
        if routine is not None and routine.checklist:
            checklist = self._library.checklists.get(routine.checklist)
        content = BreakContent(
            kind=kind, routine=routine, checklist=checklist,
            safety=tuple(self._library.safety) if KIND_RULES[kind].routine else (),
            locale=self._locale, show_why=settings.popups.show_why,
            # The app's setting, or the desktop's own "reduce animations".
            reduce_motion=settings.popups.reduce_motion or self._platform_reduces_motion(),
            postpone_choices_s=postpone_choices_s(settings, kind))
        # One size per kind of window: room for every routine it may show.
        player = KIND_RULES[kind].routine and routine is not None and bool(routine.steps)
        display = self._display(settings)
        content = replace(content, sizing=self._sizing(player),
                          takes_keyboard=display is not BreakDisplay.WINDOW)
        if display is not BreakDisplay.WINDOW:
            self._show_backdrops(display)
        shown: list[tuple[QWidget, str]] = []
        for screen in self._screens(settings):
            popup = make_break_popup(content,
                                     key_guard_s=settings.popups.key_guard.total_seconds())
            popup.postpone_requested.connect(self._on_postpone)
            popup.skip_requested.connect(self._on_skip)
            popup.used.connect(self._on_used)
            popup.done_requested.connect(lambda p=popup: self._done_pressed(p))
            popup.routine_finished.connect(lambda p=popup: self._routine_finished(p))
            checklist_requested = getattr(popup, "checklist_requested", None)
            if checklist_requested is not None:
                checklist_requested.connect(self._on_checklist)
            self._popups.append(popup)
            self.update(snapshot)
            popup.place_on(screen)
            self._keep_above_backdrop(popup, screen)
            show_popup(popup)
            shown.append((popup, screen.name()))
        spread_popups(shown)
        self._watch_stacking()
        log.info("break popup shown", extra={
            "event": "popup_shown", "kind": kind.value, "screens": len(self._popups),
            "routine": routine.id if routine else None, "display": display.value,
            "backdrops": len(self._backdrops)})

    def _display(self, settings: Settings) -> BreakDisplay:
        """The display mode that can work here (a window alone where backdrops cannot)."""
        from psoas_desk.ui.break_backdrop import backdrops_supported

        wanted = settings.popups.display
        if wanted is not BreakDisplay.WINDOW and not backdrops_supported():
            log.info("break backdrops are not available on this platform; a window alone")
            return BreakDisplay.WINDOW
        if wanted is not BreakDisplay.WINDOW and self._backdrops_failed:
            return BreakDisplay.WINDOW
        return wanted

    def _show_backdrops(self, display: BreakDisplay) -> None:
        """Cover every screen (dimmed or filled) behind the break windows."""
        from psoas_desk.ui.break_backdrop import Backdrop

        window_type = backdrop_window_type()
        screens = QGuiApplication.screens()
        stills: list[QPixmap | None] = [None] * len(screens)
        if display is BreakDisplay.DIM and not self._screens_blend():
            # Taken before any break window is shown, so they show the person's work.
            stills = [screen.grabWindow(0) for screen in screens]
            log.info("windows are not blended here: dimming a still picture of each screen")
        for screen, still in zip(screens, stills, strict=True):
            backdrop = Backdrop(screen, display, behind=still, window_type=window_type)
            # A lambda, not a bound method: see DeskApp (PySide6 keeps a weak
            # reference per connection to a plain object's method).
            backdrop.clicked.connect(lambda: self._raise_popups())
            # Like the popups: no "… is ready" banner on GNOME, and never listed.
            show_popup(backdrop, listed=False)
            self._backdrops.append(backdrop)

    def _keep_above_backdrop(self, popup: BreakPopup, screen: QScreen) -> None:
        """Make ``popup`` the transient of its screen's backdrop: window managers keep
        a transient above its parent, also when the backdrop is clicked."""
        backdrop = next((b for b in self._backdrops if b.screen() is screen), None)
        if backdrop is None:
            return
        backdrop.winId()
        popup.winId()
        handle, parent = popup.windowHandle(), backdrop.windowHandle()
        if handle is not None and parent is not None:
            handle.setTransientParent(parent)

    def _watch_stacking(self) -> None:
        """Check, a moment after they are shown, that the window manager keeps the
        break windows above their backdrops (see ``_check_stacking``)."""
        if not self._backdrops:
            return
        check = self._stacking_check = object()
        for n, delay in enumerate(STACKING_CHECKS_MS):
            last = n == len(STACKING_CHECKS_MS) - 1
            QTimer.singleShot(delay, self, lambda c=check, last=last: self._check_stacking(c, last))

    def _check_stacking(self, check: object, last: bool) -> None:
        """Raise a break window found under a backdrop over it; if it is still
        there at the last check, take the backdrops away for this session.

        Each window manager decides by rules of its own which window it keeps
        above which (``windowing.backdrop_window_type`` knows those tested); on
        another one a break window under a dim would be unreadable and out of
        the mouse's reach, and under a full-screen backdrop not seen at all.
        """
        if check is not self._stacking_check or not self._backdrops:
            return
        covered = self._covered_popups()
        if not covered:
            return
        if not last:
            for popup in covered:
                popup.raise_()
            return
        log.warning("the window manager keeps the break's backdrops above the break window; "
                    "breaks show as a window alone until psoas-desk restarts",
                    extra={"event": "backdrops_withdrawn"})
        self._backdrops_failed = True
        self._close_backdrops()

    def _covered_popups(self) -> list[BreakPopup]:
        """The break windows that a backdrop over the same screen is stacked above."""
        order = self._stacking()
        if not order:
            return []
        position = {window: n for n, window in enumerate(order)}
        covered = []
        for popup in self._popups:
            mine = position.get(int(popup.winId()))
            if mine is None:
                continue
            frame = popup.frameGeometry()
            if any(position.get(int(backdrop.winId()), -1) > mine
                   and backdrop.geometry().intersects(frame) for backdrop in self._backdrops):
                covered.append(popup)
        return covered

    def _raise_popups(self) -> None:
        for popup in self._popups:
            popup.raise_()

    def _close_backdrops(self) -> None:
        self._stacking_check = None
        backdrops, self._backdrops = self._backdrops, []
        for backdrop in backdrops:
            backdrop.hide()
            backdrop.deleteLater()

    def _sizing(self, player: bool) -> tuple[Routine, ...]:
        """The routines a popup keeps room for: all of them for the routine
        player (any routine can be chosen), else those a micro-break draws."""
        kinds = set(RoutineKind) if player else {RoutineKind.MICRO, RoutineKind.BREATHING}
        return tuple(r for r in sorted(self._library.routines.values(), key=lambda r: r.id)
                     if r.kind in kinds)

    def update(self, snapshot: Snapshot) -> None:
        """Feed the popups the engine's latest view of the break."""
        active = snapshot.active_break
        if active is None:
            return
        for popup in self._popups:
            popup.update_state(active, skips_left=snapshot.skips_left, strict=snapshot.strict)

    def close(self) -> None:
        """The break ended: close its popups, except a routine summary still being read."""
        popups, self._popups = self._popups, []
        for popup in popups:
            if popup not in self._summaries:
                self._dispose(popup)
            else:
                self._release_from_backdrop(popup)
        self._close_backdrops()
        self.routine = None

    def close_all(self) -> None:
        self.close()
        for popup in list(self._summaries):
            self._dispose(popup)

    def _routine_finished(self, popup: BreakPopup) -> None:
        # Every step followed: the break is complete now, its finish page stays.
        if not popup.routine_done or popup not in self._popups:
            return
        if popup not in self._summaries:
            self._summaries.append(popup)
        self._on_done(True, False)

    def _done_pressed(self, popup: BreakPopup) -> None:
        # Ends the break if it still runs; a finish page left after its break
        # only closes.
        if popup in self._popups:
            self._on_done(popup.routine_done, popup.leave_early)
        if popup in self._summaries:
            self._dispose(popup)

    @staticmethod
    def _release_from_backdrop(popup: BreakPopup) -> None:
        """A finish page outlives its break's backdrops: it stands alone now."""
        handle = popup.windowHandle()
        if handle is not None:
            handle.setTransientParent(None)  # type: ignore[arg-type]  # Qt takes nullptr

    def _dispose(self, popup: BreakPopup) -> None:
        if popup in self._summaries:
            self._summaries.remove(popup)
        if popup in self._popups:
            self._popups.remove(popup)
        popup.hide()
        popup.deleteLater()

    def _screens(self, settings: Settings) -> list[QScreen]:
        screens = QGuiApplication.screens()
        if not screens:
            return []
        if settings.popups.all_screens:
            return list(screens)
        under_pointer = QGuiApplication.screenAt(QCursor.pos())
        return [under_pointer or QGuiApplication.primaryScreen() or screens[0]]

    def _watch_screen(self, screen: QScreen) -> None:
        screen.availableGeometryChanged.connect(self._on_screen_resized)

    def _on_screen_resized(self, _area: object) -> None:
        """A monitor changed its size (a new resolution): fit its popups to it again."""
        screen = self.sender()
        if not isinstance(screen, QScreen):
            return
        for popup in [*self._popups, *self._summaries]:
            if popup.screen() is screen:
                popup.place_on(screen)
        for backdrop in self._backdrops:
            if backdrop.screen() is screen:
                backdrop.cover(screen)

    def _on_screen_removed(self, screen: QScreen) -> None:
        """A monitor went away: move its popup to a remaining screen, or close it."""
        for backdrop in [b for b in self._backdrops if b.screen() is screen]:
            self._backdrops.remove(backdrop)
            backdrop.hide()
            backdrop.deleteLater()
        remaining = [s for s in QGuiApplication.screens() if s is not screen]
        for popup in list(self._popups):
            if popup.screen() is not screen and popup.screen() is not None:
                continue
            if not remaining:
                continue
            if len(self._popups) > 1:
                self._popups.remove(popup)
                popup.hide()
                popup.deleteLater()
            else:
                popup.place_on(remaining[0])
