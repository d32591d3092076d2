"""Small pieces the settings and checklist windows share.

Help and error lines whose colour follows the palette (light and dark), the
note banner across the top of a window, the translation of strings core
declares in the "Settings" context, and a helper that gives labels keyboard
mnemonics.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from psoas_desk.core.i18n import fill
from psoas_desk.core.settings import option_spec
from psoas_desk.core.settings_codec import SettingsProblem
from psoas_desk.ui.fmt import shown_text


def settings_text(text: str) -> str:
    """Translate a string declared in core with ``QT_TRANSLATE_NOOP("Settings", ...)``."""
    return QCoreApplication.translate("Settings", text)


def with_mnemonic(text: str, used: set[str]) -> str:
    """Return ``text`` with an ``&`` before the first letter not yet in ``used``.

    Word starts are preferred. The chosen letter is added to ``used``; when
    every letter is taken the text comes back without a mnemonic. Existing
    ampersands are escaped so they show as themselves.
    """
    escaped = text.replace("&", "&&")
    candidates = [i for i, ch in enumerate(escaped) if ch.isalnum()]
    starts = [i for i in candidates if i == 0 or not escaped[i - 1].isalnum()]
    for index in starts + candidates:
        letter = escaped[index].lower()
        if letter not in used and escaped[index - 1:index] != "&":
            used.add(letter)
            return escaped[:index] + "&" + escaped[index:]
    return escaped


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class ToneLabel(QLabel):
    """A plain-text, word-wrapped label: help lines ("note"), refusals ("error") or "plain".

    The colour is derived from the parent's palette and follows it when the
    palette changes (light/dark switch), keeping readable contrast in both.
    """

    def __init__(self, text: str = "", *, tone: str = "note",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone = tone
        self._updating = False
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setText(text)
        font = self.font()
        if tone == "note":
            font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        self._apply_tone()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange):
            self._apply_tone()

    def _apply_tone(self) -> None:
        # Setting our own palette sends another PaletteChange; ignore that one.
        if self._updating or self._tone == "plain":
            return
        self._updating = True
        try:
            parent = self.parentWidget()
            source = parent.palette() if parent is not None else self.palette()
            text = source.color(QPalette.ColorRole.WindowText)
            if self._tone == "error":
                color = QColor("#ffa8a0") if is_dark(source) else QColor("#a3191c")
            else:
                # Three quarters of the way from the background to the text
                # colour: visibly quieter than a label, still well above 4.5:1.
                back = source.color(QPalette.ColorRole.Window)
                color = QColor.fromRgbF(*(b + (t - b) * 0.75 for t, b in (
                    (text.redF(), back.redF()), (text.greenF(), back.greenF()),
                    (text.blueF(), back.blueF()))))
            palette = self.palette()
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, QPalette.ColorRole.WindowText, color)
            self.setPalette(palette)
        finally:
            self._updating = False


def problems_text(problems: Sequence[SettingsProblem], backup: Path | None,
                  limit: int = 8) -> tuple[str, str]:
    """Heading and body of the note about a broken settings file.

    Each problem is shown as "label: reason" (the key itself when it is not
    an option); after ``limit`` lines the rest are counted, not listed.
    """
    tr = QCoreApplication.translate
    lines: list[str] = []
    for problem in problems[:limit]:
        try:
            name = settings_text(option_spec(problem.key).info.label)
        except KeyError:
            name = problem.key
        reason = shown_text(problem.reason)
        line = fill(tr("Settings", "%1: %2"), [name, reason]) if name else reason
        lines.append(tr("Settings", "• %1").replace("%1", line))
    if len(problems) > limit:
        lines.append(tr("Settings", "…and %1 more.").replace("%1", str(len(problems) - limit)))
    if backup is not None:
        lines.append(tr("Settings", "A copy of the file as it was is kept at %1").replace(
            "%1", str(backup)))
    heading = tr("Settings", "Your settings file had problems, so some settings were reset "
                 "to their defaults.") if problems else tr(
        "Settings", "Your settings file could not be used as it was.")
    return heading, "\n".join(lines)


class Banner(QFrame):
    """A framed note across the top of a window: icon, heading, body, Dismiss.

    Calm by design (the style's frame and icon); ``tone="error"`` colours the
    heading for failures that need attention.
    """

    def __init__(self, icon: QStyle.StandardPixmap, parent: QWidget | None = None, *,
                 tone: str = "note") -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        em = self.fontMetrics().height()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(em * 2 // 3, em // 2, em // 2, em // 2)
        layout.setSpacing(em * 2 // 3)
        picture = QLabel(self)
        picture.setPixmap(self.style().standardIcon(icon).pixmap(round(em * 1.5)))
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(em // 4)
        self.heading = ToneLabel("", tone=tone if tone == "error" else "plain", parent=self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.body = QLabel(self)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        # Selectable so the backup path or an error can be copied.
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        texts.addWidget(self.heading)
        texts.addWidget(self.body)
        layout.addLayout(texts, 1)
        self.dismiss = QPushButton(QCoreApplication.translate("Settings", "Dismiss"), self)
        self.dismiss.clicked.connect(self.hide)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)

    def set_text(self, heading: str, body: str) -> None:
        """Show ``heading`` in bold and ``body`` under it (hidden when empty)."""
        self.heading.setText(heading)
        self.body.setText(body)
        self.body.setVisible(bool(body))
        self.setAccessibleName(heading)
        self.setAccessibleDescription(body)
        self.dismiss.setAccessibleDescription(heading)
