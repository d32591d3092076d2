"""Sizing windows to the screen they open on, at any scale.

At 200% a 1600x1000 screen is 800x500 logical pixels, and a small laptop
(1366x768) loses a panel's height too: a window sized in font heights can
be taller than the screen, with its OK, Done or Close off the bottom. Every
big window is therefore sized with :func:`fit_to_screen`: as wanted, but
never beyond the screen's available area minus room for the window
manager's frame. Its content scrolls (the settings pages, the checklist,
the statistics) while the buttons stay in view.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.9
"""Share of the screen a break window may cover at most."""


def available_area(window: QWidget) -> QRect | None:
    """The available geometry of the screen ``window`` is on (or the primary one)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def room_for(window: QWidget) -> QSize | None:
    """The largest client size that keeps the window and its frame on the screen.

    The frame is not known before the window is shown; a title bar is about
    two lines of text, borders a few pixels.
    """
    area = available_area(window)
    if area is None:
        return None
    em = window.fontMetrics().height()
    return QSize(area.width() - em, area.height() - 3 * em)


def fit_to_screen(window: QWidget, wanted: QSize) -> QSize:
    """Resize ``window`` to ``wanted``, bounded by the screen; returns the size set.

    Also moves it back onto the screen if it sits partly off it.
    """
    room = room_for(window)
    size = wanted if room is None else wanted.boundedTo(room)
    window.resize(size)
    keep_on_screen(window)
    return size


def keep_on_screen(window: QWidget) -> None:
    """Move ``window`` so that all of it is inside its screen's available area."""
    area = available_area(window)
    if area is None:
        return
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), max(area.left(), area.right() + 1 - frame.width()))
    y = min(max(frame.y(), area.top()), max(area.top(), area.bottom() + 1 - frame.height()))
    if QPoint(x, y) != frame.topLeft():
        window.move(x, y)


def place_near(window: QWidget, anchor: QRect) -> None:
    """Put ``window`` next to ``anchor`` (the tray icon, or the pointer as a 1x1 rect).

    Below the anchor when it is in the upper half of its screen (a top
    panel), above it otherwise (a bottom panel); right edges aligned, so a
    window opened from an icon in the top-right corner hangs under it. Always
    inside the available area of the anchor's screen.
    """
    screen = QGuiApplication.screenAt(anchor.center()) or window.screen() \
        or QGuiApplication.primaryScreen()
    if screen is None:
        return
    if window.screen() is not screen and window.windowHandle() is not None:
        window.windowHandle().setScreen(screen)
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    # Before the first show the frame is the bare client area: leave room for
    # a title bar and borders, so neither ends up off the screen.
    known = frame.height() > window.height()
    top = 0 if known else window.fontMetrics().height() * 2
    side = 0 if known else 4
    width, height = frame.width() + 2 * side, frame.height() + top + side
    gap = 4
    x = anchor.right() + 1 - width
    y = (anchor.bottom() + 1 + gap if anchor.center().y() < area.center().y()
         else anchor.top() - gap - height)
    x = min(max(x, area.left()), max(area.left(), area.right() + 1 - width))
    y = min(max(y, area.top()), max(area.top(), area.bottom() + 1 - height))
    window.move(x + side, y + top)


def fix_and_centre(window: QWidget, screen: QScreen, width_chars: int) -> None:
    """Give ``window`` a fixed size for ``screen`` and centre it on its available area.

    For the break windows. The width follows the font (``width_chars``
    average characters), at most 90% of the screen; the height is what the
    content needs at that width, at most 90% of the screen. A fixed size
    makes window managers offer no maximise and no resizing (openbox, KWin
    and Mutter read it from the size hints).
    """
    if window.screen() is not screen:
        window.setScreen(screen)
    # Fonts and style come with polishing; measure with the real ones.
    window.ensurePolished()
    area = screen.availableGeometry()
    layout = window.layout()
    if layout is not None:
        layout.activate()
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    width = round(window.fontMetrics().averageCharWidth() * width_chars)
    width = max(min(width, round(area.width() * SCREEN_SHARE)), minimum.width())
    # Wrapped text is as tall as the width makes it: ask for that width's
    # height (the size hint is for a narrower, taller shape).
    wanted = (window.heightForWidth(width) if window.hasHeightForWidth()
              else window.sizeHint().height())
    height = max(wanted, minimum.height())
    height = min(height, round(area.height() * SCREEN_SHARE))
    window.setFixedSize(width, height)
    # Centred; on a screen too small for the content, the title bar and
    # the top left stay on screen.
    window.move(max(area.x(), area.x() + (area.width() - window.width()) // 2),
                max(area.y(), area.y() + (area.height() - window.height()) // 2))
