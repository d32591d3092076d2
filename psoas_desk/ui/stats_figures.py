"""The statistics window's figures: two columns of captions and values for one period.

Sitting and bouts on the left, breaks and the streak on the right; each
column is its own grid, so a long caption in one never stretches a row of
the other. Values are plain, selectable text; each value's accessible name
is its caption.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from psoas_desk.core.stats import Period, PeriodFigures
from psoas_desk.ui.fmt import duration_text


class FiguresPanel(QWidget):
    """Captions and values for a :class:`PeriodFigures` (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        em = self.fontMetrics().height()
        row_layout = QHBoxLayout(self)
        row_layout.setContentsMargins(0, 0, 0, 0)
        columns = (
            (("sitting", self.tr("Sitting")), ("average", self.tr("A day on average")),
             ("longest", self.tr("Longest bout")), ("over_30", self.tr("Bouts over 30 min")),
             ("over_60", self.tr("Bouts over 60 min")), ("standing", self.tr("Standing")),
             ("ratio", self.tr("Sitting / standing"))),
            (("completed", self.tr("Breaks taken")), ("postponed", self.tr("Breaks postponed")),
             ("skipped", self.tr("Breaks skipped")),
             ("worked_through", self.tr("Breaks worked through")),
             ("natural", self.tr("Natural breaks")),
             ("routines", self.tr("Stretch routines done")), ("streak", "")),
        )
        for col, rows in enumerate(columns):
            grid = QGridLayout()
            row_layout.addLayout(grid)
            grid.setHorizontalSpacing(em)
            grid.setVerticalSpacing(em // 4)
            for row, (name, text) in enumerate(rows):
                caption = QLabel(text, self)
                value = QLabel(self)
                value.setObjectName(name)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                caption.setBuddy(value)
                grid.addWidget(caption, row, 0)
                grid.addWidget(value, row, 1)
                self._captions[name] = caption
                self._values[name] = value
            grid.setRowStretch(len(rows), 1)
            if col == 0:
                row_layout.addSpacing(em * 2)
        row_layout.addStretch(1)

    def value(self, name: str) -> QLabel:
        return self._values[name]

    def caption(self, name: str) -> QLabel:
        return self._captions[name]

    def show_figures(self, f: PeriodFigures, *, streak_days: int, goal_bout_s: float) -> None:
        """Show ``f``; the streak (with the goal in its caption) is the same for every period."""
        share = f.standing_share
        ratio = "\u2013" if share is None else self.tr("%1% sitting, %2% standing").replace(
            "%1", str(round(100 * (1 - share)))).replace("%2", str(round(100 * share)))
        texts = {
            "sitting": duration_text(f.sitting_s), "average": duration_text(f.average_sitting_s),
            "longest": duration_text(f.longest_bout_s), "over_30": str(f.bouts_over_30),
            "over_60": str(f.bouts_over_60), "standing": duration_text(f.standing_s),
            "ratio": ratio, "completed": str(f.breaks_completed),
            "postponed": str(f.breaks_postponed), "skipped": str(f.breaks_skipped),
            "worked_through": str(f.breaks_worked_through),
            "natural": str(f.natural_breaks), "routines": str(f.stretch_routines),
            "streak": str(streak_days),
        }
        for name, text in texts.items():
            self._values[name].setText(text)
        self._captions["streak"].setText(self.tr("Days in a row with no bout over %1").replace(
            "%1", duration_text(goal_bout_s)))
        # An average of one day is the day itself.
        many = f.period is not Period.TODAY
        for widget in (self._captions["average"], self._values["average"]):
            widget.setVisible(many)
        for name, caption in self._captions.items():
            self._values[name].setAccessibleName(caption.text())
