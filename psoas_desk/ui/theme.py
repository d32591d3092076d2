"""The colours setting (``popups.theme``): follow the system, or always light or dark.

Qt asks the platform for the colour scheme first (``QStyleHints.setColorScheme``,
which GNOME, KDE, Windows and macOS honour); where the platform cannot switch
(a bare X11 session, the offscreen platform), the app's palette is set to a
light or dark one instead. Every widget of ours takes its colours from the
palette, so a high-contrast system palette comes through unchanged when the
setting follows the system.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from psoas_desk.core.settings import Theme

_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#2f2f2f",
    QPalette.ColorRole.Text: "#e8e8e8", QPalette.ColorRole.Button: "#3a3a3a",
    QPalette.ColorRole.ButtonText: "#e8e8e8", QPalette.ColorRole.Highlight: "#2e7d8c",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Link: "#7cc4d4",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a", QPalette.ColorRole.ToolTipText: "#e8e8e8",
    QPalette.ColorRole.PlaceholderText: "#a8a8a8", QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#505050", QPalette.ColorRole.Midlight: "#454545",
    QPalette.ColorRole.Mid: "#444444", QPalette.ColorRole.Dark: "#202020",
    QPalette.ColorRole.Shadow: "#000000",
}
# Greyed-out text and buttons stay readable (about 4.5:1) on the dark window.
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#8f8f8f", QPalette.ColorRole.Text: "#8f8f8f",
    QPalette.ColorRole.ButtonText: "#8f8f8f", QPalette.ColorRole.PlaceholderText: "#7a7a7a",
}


def dark_palette() -> QPalette:
    """A calm dark palette with readable disabled text."""
    palette = QPalette()
    for role, color in _DARK.items():
        palette.setColor(role, QColor(color))
    for role, color in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return palette


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Show the app in ``theme``; call at start-up and whenever the setting changes."""
    hints = app.styleHints()
    if theme is Theme.SYSTEM:
        hints.unsetColorScheme()
        # A default palette resolves nothing: Qt goes back to the platform's own
        # (including a high-contrast one).
        app.setPalette(QPalette())
        return
    # Here, not at the top: the Qt namespace costs about 1.3 MB of enums,
    # which an app left on the system theme never needs.
    from PySide6.QtCore import Qt

    wanted = Qt.ColorScheme.Dark if theme is Theme.DARK else Qt.ColorScheme.Light
    hints.setColorScheme(wanted)
    if hints.colorScheme() == wanted:
        app.setPalette(QPalette())
        return
    # The platform could not switch: paint the palette ourselves.
    app.setPalette(dark_palette() if theme is Theme.DARK else app.style().standardPalette())
