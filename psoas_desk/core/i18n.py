"""Marking text for translation without importing Qt.

Core modules declare user-facing text (setting labels, help, event wording)
with :func:`QT_TRANSLATE_NOOP`; ``pyside6-lupdate`` extracts those calls, and
the UI translates the text at display time with
``QCoreApplication.translate(context, text)``.

Must not import: PySide6.
"""

from __future__ import annotations


# The odd name is the one pyside6-lupdate looks for.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; the call marks it for extraction in ``context``."""
    del context
    return text
