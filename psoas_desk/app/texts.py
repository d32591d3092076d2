"""The app layer's own sentences, in the user's language.

They keep the translation context "DeskApp" they had when one class held all
of the app's work, so the catalogues (resources/i18n) carry over unchanged
whichever collaborator shows a sentence now. ``scripts/update_translations.py``
sees through :func:`app_text` to the context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def app_text(text: str) -> str:
    """``text`` (English) translated in the app layer's context."""
    return QCoreApplication.translate("DeskApp", text)
