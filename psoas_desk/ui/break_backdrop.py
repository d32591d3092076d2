"""What covers the screens around a break window in the "dim" and "full screen" modes.

One ``Backdrop`` per screen: a frameless window over the whole screen, kept on
top, that never takes the keyboard (``WindowDoesNotAcceptFocus``, shown
without activating) and swallows the clicks that land on it, so only the
break window can be used. "Dim" paints it translucent black, which needs a
compositing desktop; without one the app hands each backdrop a still picture
of its screen (``behind``), painted darkened under the same black. "Full"
paints it in the window colour.

The break window stays above its screen's backdrop: it is shown after it,
and a click on a backdrop raises the break windows again (``clicked``). The
app also makes it the backdrop's Qt transient, which keeps it above on
platforms that honour that for plain windows (Qt on X11 writes
WM_TRANSIENT_FOR only for dialogs, tools and the like).
Real full-screen state is not used on purpose: a full-screen window is put in
a layer above "always on top" windows by some window managers, which would
hide the break window under its own backdrop.

Native Wayland windows cannot be placed over a given screen nor kept from
the keyboard by Qt (each compositor decides), so the app shows no backdrops
there (``backdrops_supported``); under XWayland, as on GNOME and KDE Wayland
sessions, they work as on X11.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QScreen,
)
from PySide6.QtWidgets import QWidget

from psoas_desk.core.settings import BreakDisplay

DIM_ALPHA = 150
"""How dark "dim" is: 0 (clear) to 255 (black)."""
FLAGS = (Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
         | Qt.WindowType.WindowDoesNotAcceptFocus)
"""With the window type the app chooses (``app/windowing.backdrop_window_type``)."""


def backdrops_supported() -> bool:
    """Whether this Qt platform can cover a screen without taking the keyboard."""
    return QGuiApplication.platformName() not in ("wayland", "wayland-egl")


class Backdrop(QWidget):
    """Covers one screen behind a break window.

    Args:
        screen: the screen to cover.
        display: dim or full.
        behind: for "dim" where windows are not blended: the screen as it was,
            painted under the dim (else the dim is translucent).
        window_type: a tool window (kept out of the taskbar by itself), or a
            plain one where the window manager needs that.

    Signals:
        clicked: a click landed on the backdrop (it is swallowed).
    """

    clicked = Signal()

    def __init__(self, screen: QScreen, display: BreakDisplay,
                 parent: QWidget | None = None, *, behind: QPixmap | None = None,
                 window_type: Qt.WindowType = Qt.WindowType.Tool) -> None:
        super().__init__(parent, window_type | FLAGS)
        self._display = display
        self._behind = behind
        self.setObjectName("breakBackdrop")
        self.setWindowTitle(self.tr("Break"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if display is BreakDisplay.DIM and behind is None:
            self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setAccessibleName(self.tr("Break backdrop"))
        self.cover(screen)

    @property
    def display(self) -> BreakDisplay:
        """Dim or full."""
        return self._display

    def cover(self, screen: QScreen) -> None:
        """Cover the whole of ``screen`` (again after it changed size)."""
        if self.screen() is not screen:
            self.setScreen(screen)
        self.setGeometry(screen.geometry())

    def colour(self) -> QColor:
        """What the backdrop paints: translucent black, or the window colour."""
        if self._display is BreakDisplay.DIM:
            return QColor(0, 0, 0, DIM_ALPHA)
        return self.palette().window().color()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._behind is not None:
            # The screen as it was, under the dim: what a compositor would blend.
            painter.drawPixmap(self.rect(), self._behind)
        else:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.fillRect(self.rect(), self.colour())
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Clicks on the dimmed screens reach nothing beneath; the break
        # window comes to the front again.
        event.accept()
        self.clicked.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
