"""What a person would see go wrong with longer text: cut off, squeezed, overlapping.

``shown_texts`` lists the texts a window shows (labels, buttons, items,
titles); ``fit_problems`` lists every text that does not fit its widget, every
widget squeezed below the size its text needs, every widget that sticks out
of its window and every pair of neighbours that overlap. Each problem is one
readable line naming the widget and the numbers.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from psoas_desk.ui.countdown_ring import CountdownRing

# Scroll bars and such are Qt's own business.
_QT_INTERNAL = ("qt_scrollarea", "qt_spinbox_lineedit", "qt_tabwidget")


def shows(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` is shown in ``window`` (not hidden, not on a hidden page)."""
    return widget is window or widget.isVisibleTo(window)


def _qt_internal(widget: QWidget) -> bool:
    """Scroll bars, spin box editors and the like: Qt lays those out itself."""
    current: QWidget | None = widget
    while current is not None:
        if current.objectName().startswith(_QT_INTERNAL):
            return True
        current = current.parentWidget()
    return False


def describe(widget: QWidget) -> str:
    name = widget.objectName() or type(widget).__name__
    text = _text_of(widget)
    return f"{name} {text[:40]!r}" if text else name


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def _plain(text: str, mnemonic: bool) -> str:
    """Text as drawn: a mnemonic '&' is not drawn, '&&' draws one '&'."""
    if not mnemonic:
        return text
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def shown_texts(window: QWidget) -> list[str]:
    """Every text the window shows, as written in the code (mnemonics kept)."""
    texts = [window.windowTitle()] if window.isWindow() and window.windowTitle() else []
    if isinstance(window, QMenu):
        texts += _menu_texts(window)
    for widget in window.findChildren(QWidget):
        if not shows(widget, window) or _qt_internal(widget):
            continue
        if (isinstance(widget, QLabel) and widget.pixmap().isNull()) \
                or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit) and not widget.text():
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTreeWidget):
            it = QTreeWidgetItemIterator(widget)
            while it.value() is not None:
                item = it.value()
                texts += [item.text(c) for c in range(widget.columnCount())]
                it += 1
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, CountdownRing):
            texts.append(widget.caption)
    return [t for t in texts if t.strip()]


def _label_problems(label: QLabel) -> list[str]:
    if not label.text() or not label.pixmap().isNull():
        return []
    metrics = QFontMetrics(label.font())
    room = label.contentsRect().width() - 2 * label.margin() - 2 * label.indent() \
        if label.indent() > 0 else label.contentsRect().width() - 2 * label.margin()
    text = _plain(label.text(), label.buddy() is not None)
    lines = text.split("\n")
    pieces = [w for line in lines for w in line.split()] if label.wordWrap() else lines
    out = [f"{describe(label)}: {piece[:30]!r} needs {metrics.horizontalAdvance(piece)} px, "
           f"has {room}" for piece in pieces if metrics.horizontalAdvance(piece) > room]
    needed = (label.heightForWidth(label.width()) if label.wordWrap()
              else label.minimumSizeHint().height())
    if needed > label.height() + 1:
        out.append(f"{describe(label)}: needs {needed} px of height, has {label.height()}")
    return out


def _button_problems(button: QAbstractButton) -> list[str]:
    if not button.text():
        return []
    hint = button.sizeHint()
    # What the style needs for the text (and the check box's indicator).
    if isinstance(button, QPushButton | QCheckBox) and (
            button.width() < hint.width() or button.height() < hint.height() - 1):
        return [f"{describe(button)}: needs {hint.width()}x{hint.height()}, "
                    f"has {button.width()}x{button.height()}"]
    return []


def _item_view_problems(view: QAbstractScrollArea) -> list[str]:
    out = []
    if isinstance(view, QTreeWidget):
        for column in range(view.columnCount()):
            need = view.sizeHintForColumn(column)
            if need > view.columnWidth(column):
                out.append(f"{describe(view)}: column {column} needs {need} px, "
                           f"has {view.columnWidth(column)}")
    elif isinstance(view, QListWidget):
        need = view.sizeHintForColumn(0)
        if need > view.viewport().width():
            out.append(f"{describe(view)}: items need {need} px, has {view.viewport().width()}")
    return out


def _ring_problems(ring: CountdownRing) -> list[str]:
    if not ring.caption:
        return []
    need = QFontMetrics(ring.font()).horizontalAdvance(ring.caption)
    # The caption is drawn inside the ring, inside its stroke (else elided).
    room = ring.caption_room()
    return [f"{describe(ring)}: caption {ring.caption!r} needs {need} px, has {room:.0f}"] \
        if need > room else []


def _scroll_problems(area: QScrollArea) -> list[str]:
    bar = area.horizontalScrollBar()
    if area.widget() is not None and bar.maximum() > 0:
        return [f"{describe(area)}: needs a horizontal scroll of {bar.maximum()} px"]
    return []


def _clip_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of the window the widget may use: its scroll area's content, or the window."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            content = parent.widget()
            if content is not None:
                return QRect(content.mapTo(window, content.rect().topLeft()), content.size())
        parent = parent.parentWidget()
    return window.rect()


def _placement_problems(widget: QWidget, window: QWidget) -> list[str]:
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    room = _clip_rect(widget, window)
    if rect.width() > 0 and rect.height() > 0 and not room.contains(rect):
        return [f"{describe(widget)}: at {rect.getRect()} sticks out of {room.getRect()}"]
    return []


def _overlap_problems(parent: QWidget, window: QWidget) -> list[str]:
    kids = [w for w in parent.children() if isinstance(w, QWidget) and not w.isWindow()
            and shows(w, window) and w.width() > 0 and w.height() > 0
            and not _qt_internal(w)]
    out = []
    for a, b in itertools.combinations(kids, 2):
        common = a.geometry().intersected(b.geometry())
        if common.width() > 1 and common.height() > 1:
            out.append(f"{describe(a)} and {describe(b)} overlap at {common.getRect()}")
    return out


def fit_problems(window: QWidget) -> list[str]:
    """Every text in ``window`` that does not fit, and every squeezed or overlapping widget."""
    out: list[str] = []
    if not isinstance(window, QMenu):
        need = window.minimumSizeHint()
        if need.isValid() and (window.width() < need.width() or window.height() < need.height()):
            out.append(f"window {describe(window)} is {window.width()}x{window.height()}, "
                       f"needs {need.width()}x{need.height()}")
    elif window.width() < window.sizeHint().width():
        out.append(f"menu {describe(window)} is narrower than its items")
    for widget in (window, *window.findChildren(QWidget)):
        if not shows(widget, window) or _qt_internal(widget):
            continue
        if isinstance(widget, QLabel):
            out += _label_problems(widget)
        elif isinstance(widget, QAbstractButton):
            out += _button_problems(widget)
        elif isinstance(widget, QComboBox) and widget.width() < widget.sizeHint().width():
            out.append(f"{describe(widget)}: needs {widget.sizeHint().width()} px, "
                       f"has {widget.width()}")
        elif isinstance(widget, CountdownRing):
            out += _ring_problems(widget)
        if isinstance(widget, QTreeWidget | QListWidget):
            out += _item_view_problems(widget)
        if isinstance(widget, QScrollArea):
            out += _scroll_problems(widget)
        if widget is not window:
            out += _placement_problems(widget, window)
        out += _overlap_problems(widget, window)
    return out
