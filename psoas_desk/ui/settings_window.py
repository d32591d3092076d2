"""The settings window, built from the settings declaration.

One page per ``Group`` (listed on the left, in the enum's order), one editor
per option (see :mod:`psoas_desk.ui.settings_page`). Every edit is checked at
once with ``settings_codec.with_option`` and ``cross_rule_errors``; a refused
value shows its reason under the control, its page is marked in the list, and
OK and Apply stay disabled until it is corrected. An option greyed out (its
switch is off) cannot block saving: a refused value there is not shown and
not saved; the value in effect stays.

The window never saves: Apply and OK emit ``applied`` with the new settings,
the app saves them and calls :meth:`SettingsWindow.show_save_error` if that
failed, or :meth:`SettingsWindow.set_settings` when the settings changed
elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from psoas_desk.core.routines import Routine
from psoas_desk.core.settings import Group, Settings, get_option, option_specs
from psoas_desk.core.settings_codec import (
    OptionError,
    SettingsProblem,
    cross_rule_errors,
    validate_value,
    with_option,
)
from psoas_desk.ui.choice_editors import VolumeEditor
from psoas_desk.ui.fmt import shown_text
from psoas_desk.ui.form_labels import Banner, ToneLabel, problems_text
from psoas_desk.ui.screen_fit import fit_to_screen
from psoas_desk.ui.settings_page import OptionRow, SettingsPage

# Letters the buttons use (&OK, &Cancel, &Apply, Restore page &defaults).
_BUTTON_MNEMONICS = frozenset("ocad")


def option_controllers() -> Mapping[str, str]:
    """Which check box each option depends on: greyed out while it is off.

    A section's ``enabled`` switch controls the rest of its section; a few
    more pairs are obvious from their wording.
    """
    keys = {spec.key: spec for spec in option_specs()}
    controllers = {
        spec.key: f"{spec.section}.enabled" for spec in option_specs()
        if spec.name != "enabled" and keys.get(f"{spec.section}.enabled") is not None
        and keys[f"{spec.section}.enabled"].type is bool}
    for key, master in (("presence.presence_sign_limit", "presence.use_presence_signs"),
                        ("posture.standing_limit", "posture.standing_reminder"),
                        ("schedule.working_hours", "schedule.working_hours_only")):
        if key in keys and master in keys:
            controllers[key] = master
    return controllers


class SettingsWindow(QDialog):
    """Edit every setting; emits ``applied(Settings)`` on Apply and OK.

    Restore defaults resets the options on the page shown (after asking);
    nothing is applied until Apply or OK.
    """

    applied = Signal(object)
    """The new, valid ``Settings``, emitted on Apply and on OK (when changed)."""
    sound_preview_requested = Signal(int)
    """Play a break sound at this volume (0-100); see :meth:`set_sound_note`."""

    def __init__(self, settings: Settings, *, routines: Sequence[Routine] = (),
                 locale: str = "en", problems: Sequence[SettingsProblem] = (),
                 backup: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("psoas-desk settings"))
        self.setObjectName("settings-window")
        self._base = settings
        self._pending = settings
        self._rollback: Settings | None = None
        self._save_failed = False
        self._errors: dict[str, str] = {}
        # (page marks, OK enabled, Apply enabled) as shown, to touch only what changed.
        self._shown_state: tuple[tuple[bool, ...], bool, bool] | None = None
        self._controllers = option_controllers()
        # One confirmation box, kept: a box deleted on close while its own
        # signal is being handled is a crash waiting to happen.
        self._restore_box: QMessageBox | None = None
        self._restore_page: SettingsPage | None = None
        layout = QVBoxLayout(self)

        self.problems_banner = Banner(QStyle.StandardPixmap.SP_MessageBoxInformation, self)
        self.problems_banner.setObjectName("problems-banner")
        if problems or backup is not None:
            self.problems_banner.set_text(*problems_text(problems, backup))
        else:
            self.problems_banner.hide()
        layout.addWidget(self.problems_banner)
        self.save_banner = Banner(QStyle.StandardPixmap.SP_MessageBoxCritical, self,
                                  tone="error")
        self.save_banner.setObjectName("save-error-banner")
        self.save_banner.hide()
        layout.addWidget(self.save_banner)

        middle = QHBoxLayout()
        layout.addLayout(middle, 1)
        self.page_list = QListWidget(self)
        self.page_list.setObjectName("page-list")
        self.page_list.setAccessibleName(self.tr("Settings pages"))
        self.page_list.setAccessibleDescription(self.tr(
            "Choose the page to show. Ctrl+Page Down and Ctrl+Page Up move between pages."))
        self.pages = QStackedWidget(self)
        middle.addWidget(self.page_list)
        middle.addWidget(self.pages, 1)
        self.rows: dict[str, OptionRow] = {}
        em = self.fontMetrics().height()
        self.page_list.setIconSize(QSize(em, em))
        self._no_icon = QPixmap(self.page_list.iconSize())
        self._no_icon.fill(Qt.GlobalColor.transparent)
        for group in Group:
            specs = [spec for spec in option_specs() if spec.info.group is group]
            page = SettingsPage(group, specs, reserved=set(_BUTTON_MNEMONICS),
                                routines=routines, locale=locale, parent=self.pages)
            self.pages.addWidget(page)
            item = QListWidgetItem(page.title, self.page_list)
            item.setSizeHint(QSize(0, round(em * 2)))
            for row in page.rows:
                self.rows[row.spec.key] = row
                row.editor.changed.connect(self._revalidate)
                if isinstance(row.editor, VolumeEditor):
                    row.editor.preview_requested.connect(self.sound_preview_requested)
        self.page_list.setFixedWidth(max(self.page_list.sizeHintForColumn(0)
                                         + 3 * em, 9 * em))
        self.page_list.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.page_list.setCurrentRow(0)

        self.status = ToneLabel("", tone="error", parent=self)
        self.status.setObjectName("status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.status.hide()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(QDialogButtonBox.StandardButton.Apply)
        self.restore_button = buttons.addButton(QDialogButtonBox.StandardButton.RestoreDefaults)
        for button, description in (
                (self.ok_button, self.tr("Saves your changes and closes the window.")),
                (self.cancel_button, self.tr("Closes the window without saving your changes.")),
                (self.apply_button, self.tr("Saves your changes and keeps the window open."))):
            button.setAccessibleDescription(description)
        self.restore_button.setText(self.tr("Restore page &defaults"))
        self.restore_button.setAccessibleDescription(
            self.tr("Sets the options on the page shown back to their defaults."))
        self.ok_button.clicked.connect(self._ok)
        self.cancel_button.clicked.connect(self.reject)
        self.apply_button.clicked.connect(self._apply)
        self.restore_button.clicked.connect(self._ask_restore)
        layout.addWidget(buttons)
        self.ok_button.setDefault(True)
        self.ok_button.setAutoDefault(False)
        QShortcut(QKeySequence("Ctrl+PgDown"), self).activated.connect(self._next_page)
        QShortcut(QKeySequence("Ctrl+PgUp"), self).activated.connect(self._previous_page)

        self._load(settings)
        self.page_list.setFocus()
        fit_to_screen(self, QSize(max(em * 52, self._width_for_pages()), em * 40))

    def set_settings(self, settings: Settings) -> None:
        """Show ``settings`` as the current state, keeping the user's unapplied edits."""
        for key, row in self.rows.items():
            try:
                shown = validate_value(row.spec, row.editor.raw_value())
            except OptionError:
                continue  # a refused edit stays until the user fixes it
            if shown == get_option(self._base, key):
                row.editor.set_value(get_option(settings, key))
        self._base = settings
        self._rollback = None
        self._revalidate()

    def set_problems(self, problems: Sequence[SettingsProblem], backup: Path | None) -> None:
        """Show (or hide) the note about the settings file, after it was read again."""
        if problems or backup is not None:
            self.problems_banner.set_text(*problems_text(problems, backup))
            self.problems_banner.show()
        else:
            self.problems_banner.hide()

    def set_sound_note(self, text: str) -> None:
        """Say on the Sounds page why no sound can play here ("" when they can)."""
        editor = self.rows["sounds.volume"].editor
        if isinstance(editor, VolumeEditor):
            editor.set_note(text)

    def show_save_error(self, message: str) -> None:
        """Say prominently that saving failed; the window stays (or comes back) open.

        The settings are treated as not applied, so Apply can try again.
        """
        self._save_failed = True
        self.save_banner.set_text(self.tr("Your settings could not be saved."), message)
        self.save_banner.show()
        if self._rollback is not None:
            self._base = self._rollback
        self._revalidate()
        self.show()
        self.raise_()
        self.activateWindow()

    def current_page(self) -> SettingsPage:
        """The page shown."""
        page = self.pages.currentWidget()
        assert isinstance(page, SettingsPage)
        return page

    def page_index(self) -> int:
        """Which page is shown, counted from 0 (to show the same one in a rebuilt window)."""
        return self.page_list.currentRow()

    def show_page(self, index: int) -> None:
        """Show the page at ``index`` (as :meth:`page_index` gave it)."""
        if 0 <= index < self.page_list.count():
            self.page_list.setCurrentRow(index)

    def reject(self) -> None:
        """Close without applying; the next opening shows the applied settings."""
        self._load(self._base)
        super().reject()

    def _load(self, settings: Settings) -> None:
        for key, row in self.rows.items():
            row.editor.set_value(get_option(settings, key))
        self._revalidate()

    def _revalidate(self) -> None:
        pending = self._base
        errors: dict[str, str] = {}
        enabled = {key: self._is_on(key) for key in self.rows}
        for key, row in self.rows.items():
            try:
                pending = with_option(pending, key, row.editor.raw_value())
            except OptionError as exc:
                # A greyed-out option keeps the value in effect: what was
                # typed there can be neither fixed nor used, so it blocks nothing.
                if enabled[key]:
                    errors[key] = shown_text(exc.reason)
        for key, reason in cross_rule_errors(pending).items():
            if enabled[key]:
                errors.setdefault(key, shown_text(reason))
        self._pending, self._errors = pending, errors
        for key, row in self.rows.items():
            row.show_error(errors.get(key, ""))
            row.set_enabled(enabled[key])
        marks = tuple(any(r.spec.key in errors for r in page.rows) for page in self._pages())
        state = (marks, not errors, not errors and pending != self._base)
        if state == self._shown_state:
            return
        previous = self._shown_state[0] if self._shown_state else (None,) * len(marks)
        self._shown_state = state
        for index, (page, wrong) in enumerate(zip(self._pages(), marks, strict=True)):
            if wrong != previous[index]:
                self._mark_page(index, page, wrong)
        self.status.setText(self.tr("Correct the marked values to save your settings.")
                            if errors else "")
        self.status.setVisible(bool(errors))
        self.ok_button.setEnabled(state[1])
        self.apply_button.setEnabled(state[2])

    def _width_for_pages(self) -> int:
        """A width at which no page needs a horizontal scroll bar.

        Check box labels do not wrap, and translations run longer than
        English (German and French by a fifth or more), so the widest page
        decides; at most 90% of the screen.
        """
        bodies = [page.widget() for page in self._pages()]
        widest = max((body.minimumSizeHint().width() for body in bodies if body is not None),
                     default=0)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        layout = self.layout()
        chrome = scroll_bar
        if layout is not None:
            margins = layout.contentsMargins()
            chrome += margins.left() + margins.right() + layout.spacing()
        wanted = self.page_list.width() + widest + chrome
        screen = self.screen()
        if screen is not None:
            wanted = min(wanted, round(screen.availableGeometry().width() * 0.9))
        return wanted

    def _pages(self) -> list[SettingsPage]:
        pages = [self.pages.widget(i) for i in range(self.pages.count())]
        return [page for page in pages if isinstance(page, SettingsPage)]

    def _is_on(self, key: str) -> bool:
        master = self._controllers.get(key)
        if master is None:
            return True
        return self._is_on(master) and self.rows[master].editor.raw_value() is True

    def _mark_page(self, index: int, page: SettingsPage, wrong: bool) -> None:
        item = self.page_list.item(index)
        # A blank icon keeps every name in line whether or not it is marked.
        item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                     if wrong else QIcon(self._no_icon))
        text = self.tr("%1 (has values to correct)").replace("%1", page.title) \
            if wrong else page.title
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        item.setToolTip(text if wrong else "")

    def _next_page(self) -> None:
        self.page_list.setCurrentRow((self.page_list.currentRow() + 1) % self.page_list.count())

    def _previous_page(self) -> None:
        self.page_list.setCurrentRow((self.page_list.currentRow() - 1) % self.page_list.count())

    def _apply(self) -> bool:
        """Emit the pending settings if they are valid and changed; False if not applied."""
        if self._errors:
            return False
        if self._pending == self._base:
            return True
        self.save_banner.hide()
        self._save_failed = False
        self._rollback = self._base
        self._base = self._pending
        self.applied.emit(self._pending)
        self._revalidate()
        return not self._save_failed

    def _ok(self) -> None:
        if self._apply():
            self.accept()

    def _ask_restore(self) -> None:
        page = self.current_page()
        box = self._restore_box
        if box is None:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore defaults"), "",
                              QMessageBox.StandardButton.RestoreDefaults
                              | QMessageBox.StandardButton.Cancel, self)
            box.setObjectName("restore-confirm")
            box.setInformativeText(self.tr("Nothing is saved until you press OK or Apply."))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.finished.connect(self._restore_answered)
            self._restore_box = box
        self._restore_page = page
        box.setText(self.tr("Set every option on the “%1” page back to its default?")
                    .replace("%1", page.title))
        # open(), not exec(): no nested event loop, and tests can answer the box.
        box.open()

    def _restore_answered(self) -> None:
        box, page = self._restore_box, self._restore_page
        self._restore_page = None
        if box is None or page is None:
            return
        if box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.RestoreDefaults:
            return
        for row in page.rows:
            row.editor.set_value(row.spec.default)
        self._revalidate()
