"""How a break shows: a window alone, the screens dimmed around it, or filled.

The backdrops never take the keyboard, swallow clicks and keep the break
window above them; the break window takes the keyboard only in the dim and
full-screen modes and only once the key guard is over. (On two real X
screens under a window manager: tests/e2e/test_breaks.py.)
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from psoas_desk.app.breaks import BreakPresenter
from psoas_desk.core.engine import Engine
from psoas_desk.core.model import BreakKind
from psoas_desk.core.routines import ContentLibrary
from psoas_desk.core.settings import BreakDisplay, PopupSettings, Settings
from psoas_desk.ui.break_backdrop import DIM_ALPHA, Backdrop
from tests.helpers.fakes import FakeClock
from tests.ui.popup_helpers import flush_deletes, library

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: raise


def settings(display: BreakDisplay, key_guard_s: float = 0.0) -> Settings:
    return replace(Settings(), popups=PopupSettings(
        display=display, key_guard=timedelta(seconds=key_guard_s)))


@pytest.fixture
def presenter(qapp: QApplication) -> Iterator[BreakPresenter]:
    made = BreakPresenter(library(), random.Random(1), on_postpone=lambda _s: None,
                          on_skip=lambda: None, on_done=lambda _d, _e: None)
    yield made
    made.close_all()
    flush_deletes()


def open_break(presenter: BreakPresenter, config: Settings,
               lib: ContentLibrary | None = None) -> None:
    engine = Engine(config, FakeClock())
    engine.start_break(BreakKind.MICRO)
    routine = (lib or library()).routines["micro-stand-reset"]
    presenter.open(BreakKind.MICRO, routine, config, engine.snapshot())


def backdrops() -> list[Backdrop]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, Backdrop) and w.isVisible()]


@pytest.mark.parametrize("display", [BreakDisplay.DIM, BreakDisplay.FULL])
def test_every_screen_is_covered_without_taking_the_keyboard(
        presenter: BreakPresenter, qtbot: QtBot, display: BreakDisplay) -> None:
    open_break(presenter, settings(display))
    covers = backdrops()
    assert len(covers) == len(QGuiApplication.screens())
    for backdrop in covers:
        assert backdrop.geometry() == backdrop.screen().geometry()
        flags = backdrop.windowFlags()
        assert flags & Qt.WindowType.WindowDoesNotAcceptFocus
        assert flags & Qt.WindowType.WindowStaysOnTopHint
        assert flags & Qt.WindowType.FramelessWindowHint
        assert backdrop.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        assert backdrop.focusPolicy() is Qt.FocusPolicy.NoFocus
        assert not backdrop.isActiveWindow()
    colour = covers[0].colour()
    if display is BreakDisplay.DIM:
        assert (colour.red(), colour.green(), colour.blue(), colour.alpha()) == (
            0, 0, 0, DIM_ALPHA)
    else:
        assert colour.alpha() == 255
        assert colour == covers[0].palette().window().color()


def test_the_break_window_stays_above_its_screens_backdrop(
        presenter: BreakPresenter, qtbot: QtBot) -> None:
    open_break(presenter, settings(BreakDisplay.DIM))
    (popup,) = presenter._popups
    (backdrop,) = [b for b in backdrops() if b.screen() is popup.screen()]
    assert popup.windowHandle().transientParent() is backdrop.windowHandle()
    # A click on the dimmed screen is swallowed and brings the break window forward.
    raised: list[bool] = []
    backdrop.clicked.connect(lambda: raised.append(True))
    qtbot.mouseClick(backdrop, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert raised == [True]


def keyboard_taken(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """When break windows take the keyboard (the offscreen platform activates every
    window it shows, so activation itself is watched on a real X server in e2e)."""
    import time

    from psoas_desk.ui.popup_base import BreakPopup

    taken: list[float] = []
    original = BreakPopup._take_keyboard

    def record(self: BreakPopup) -> None:
        taken.append(time.monotonic())
        original(self)

    monkeypatch.setattr(BreakPopup, "_take_keyboard", record)
    return taken


def test_the_break_window_takes_the_keyboard_only_after_the_key_guard(
        presenter: BreakPresenter, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    taken = keyboard_taken(monkeypatch)
    shown = time.monotonic()
    open_break(presenter, settings(BreakDisplay.FULL, key_guard_s=0.3))
    (popup,) = presenter._popups
    assert popup.content.takes_keyboard
    assert taken == [], "not while the key guard lasts"
    qtbot.waitUntil(lambda: bool(taken), timeout=3000)
    assert taken[0] - shown >= 0.29
    qtbot.waitUntil(popup.isActiveWindow, timeout=3000)


def test_a_window_alone_never_takes_the_keyboard_and_covers_nothing(
        presenter: BreakPresenter, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    taken = keyboard_taken(monkeypatch)
    open_break(presenter, settings(BreakDisplay.WINDOW))
    (popup,) = presenter._popups
    assert backdrops() == []
    assert not popup.content.takes_keyboard
    qtbot.wait(200)  # the key guard (0 s) has long passed
    assert taken == []


def test_the_backdrops_go_when_the_break_ends(presenter: BreakPresenter) -> None:
    open_break(presenter, settings(BreakDisplay.DIM))
    assert backdrops()
    presenter.close()
    flush_deletes()
    assert backdrops() == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, Backdrop)]


def test_the_setting_reads_and_writes_as_a_word() -> None:
    from psoas_desk.core.settings import option_spec
    from psoas_desk.core.settings_codec import to_doc_value, validate_value

    spec = option_spec("popups.display")
    assert spec.default is BreakDisplay.WINDOW
    assert validate_value(spec, "dim") is BreakDisplay.DIM
    assert to_doc_value(BreakDisplay.FULL) == "full"


def test_backdrops_are_shown_the_way_break_windows_are(
        presenter: BreakPresenter, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through app/windowing.show_popup, which on GNOME maps a window out of the
    taskbar so GNOME Shell shows no "… is ready" banner for it; a backdrop stays
    out of the taskbar, a break window is listed again (e2e: test_breaks.py)."""
    import psoas_desk.app.breaks as breaks_module

    shown: list[tuple[str, bool]] = []
    real = breaks_module.show_popup

    def record(window: QWidget, *, listed: bool = True) -> None:
        shown.append((type(window).__name__, listed))
        real(window, listed=listed)

    monkeypatch.setattr(breaks_module, "show_popup", record)
    open_break(presenter, settings(BreakDisplay.DIM))
    screens = len(QGuiApplication.screens())
    assert sorted(shown) == sorted([("Backdrop", False)] * screens + [("MicroPopup", True)])
    assert len(backdrops()) == screens


def test_without_blending_dim_darkens_a_picture_of_the_screen(qapp: QApplication) -> None:
    """An X11 desktop without a compositing manager shows a translucent window's
    pixels as they are (black): the backdrop paints the screen as it was instead,
    under the same dim, so the person still sees their work, darkened."""
    from PySide6.QtGui import QColor, QPixmap

    screen = QGuiApplication.primaryScreen()
    still = QPixmap(screen.geometry().size())
    still.fill(QColor("white"))
    backdrop = Backdrop(screen, BreakDisplay.DIM, behind=still)
    try:
        assert not backdrop.testAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        shown = backdrop.grab().toImage().pixelColor(10, 10)
        dimmed = round(255 * (255 - DIM_ALPHA) / 255)
        assert abs(shown.red() - dimmed) <= 2 and shown.red() == shown.blue()
        assert shown.alpha() == 255
    finally:
        backdrop.close()
        flush_deletes()


@pytest.mark.parametrize("blend", [True, False])
def test_the_presenter_pictures_the_screens_only_where_windows_are_not_blended(
        qapp: QApplication, blend: bool) -> None:
    asked: list[bool] = []

    def screens_blend() -> bool:
        asked.append(blend)
        return blend

    presenter = BreakPresenter(library(), random.Random(1), on_postpone=lambda _s: None,
                               on_skip=lambda: None, on_done=lambda _d, _e: None,
                               screens_blend=screens_blend)
    try:
        open_break(presenter, settings(BreakDisplay.FULL))
        assert asked == [], "full screen paints the window colour: nothing to ask"
        presenter.close()
        open_break(presenter, settings(BreakDisplay.DIM))
        assert asked == [blend], "asked at each dimmed break (a compositor can come and go)"
        for backdrop in backdrops():
            translucent = backdrop.testAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
            assert translucent is blend
    finally:
        presenter.close_all()
        flush_deletes()


class FakeStacking:
    """The window manager's stacking order as the presenter reads it, bottom to top:
    ``wm`` ("keeps" the backdrops above the break window whatever happens, "fair"
    puts the window raised last on top, "unknown" keeps no list)."""

    def __init__(self, wm: str) -> None:
        self.wm = wm
        self.raised: list[int] = []
        self.asked = 0

    def order(self) -> list[int] | None:
        self.asked += 1
        if self.wm == "unknown":
            return None
        popups = [int(w.winId()) for w in QApplication.topLevelWidgets()
                  if w.isVisible() and w.windowTitle() == "Micro-break"]
        covers = [int(b.winId()) for b in backdrops()]
        if self.wm == "keeps" or not self.raised:
            return [*popups, *covers]
        return [*covers, *popups]

    def watch(self, popup: QWidget) -> None:
        original = popup.raise_

        def raised() -> None:
            self.raised.append(int(popup.winId()))
            original()

        popup.raise_ = raised  # type: ignore[method-assign]


@contextmanager
def stacked_break(wm: str, display: BreakDisplay) -> Iterator[tuple[BreakPresenter,
                                                                  FakeStacking]]:
    """A presenter reading ``FakeStacking(wm)``, showing a micro-break as ``display``."""
    stacking = FakeStacking(wm)
    presenter = BreakPresenter(library(), random.Random(1), on_postpone=lambda _s: None,
                               on_skip=lambda: None, on_done=lambda _d, _e: None,
                               stacking=stacking.order)
    try:
        open_break(presenter, settings(display))
        assert len(backdrops()) == len(QGuiApplication.screens())
        yield presenter, stacking
    finally:
        presenter.close_all()
        flush_deletes()


def micro_popups() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.windowTitle() == "Micro-break"]


def test_backdrops_kept_above_the_break_window_are_taken_away_for_the_session(
        qapp: QApplication, qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    with stacked_break("keeps", BreakDisplay.DIM) as (presenter, _stacking):
        qtbot.waitUntil(lambda: not backdrops(), timeout=5000)
        assert micro_popups(), "the break window stays, alone"
        assert [r for r in caplog.records if getattr(r, "event", "") == "backdrops_withdrawn"]
        presenter.close()
        open_break(presenter, settings(BreakDisplay.FULL))  # the next break: a window alone
        assert micro_popups() and not backdrops()


def test_a_break_window_under_its_backdrop_is_raised_and_the_backdrops_stay(
        qapp: QApplication, qtbot: QtBot) -> None:
    with stacked_break("fair", BreakDisplay.DIM) as (_presenter, stacking):
        for popup in micro_popups():
            stacking.watch(popup)
        qtbot.waitUntil(lambda: stacking.asked >= 2, timeout=5000)
        assert stacking.raised, "the break window was raised over its backdrop"
        assert len(backdrops()) == len(QGuiApplication.screens())


def test_where_the_stacking_cannot_be_read_the_backdrops_stay(
        qapp: QApplication, qtbot: QtBot) -> None:
    with stacked_break("unknown", BreakDisplay.FULL) as (_presenter, stacking):
        qtbot.waitUntil(lambda: stacking.asked >= 2, timeout=5000)
        assert len(backdrops()) == len(QGuiApplication.screens())
