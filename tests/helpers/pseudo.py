"""A pseudo-locale for layout tests: every string 40% longer and wrapped in markers.

``PseudoTranslator`` answers every ``tr()`` with ``"[!! " + text + padding +
" !!]"``: a text that is not translated at all shows no markers, a text cut
off at either end loses one, and the padding (40% of the text's length, at
least a few characters) stands for languages longer than English. Placeholders
(``%1``, ``%n``) and the mnemonic ``&`` stay as they are, so the code that
fills them in still works.

``pseudo_library`` does the same to content texts (routines, checklists,
safety lines) under the locale ``PSEUDO_LOCALE``.
"""

from __future__ import annotations

import dataclasses
import math
from types import MappingProxyType
from typing import TypeVar

from PySide6.QtCore import QObject, QTranslator

from psoas_desk.core.routines import ContentLibrary, LocalizedText

OPEN, CLOSE = "[!! ", " !!]"
PSEUDO_LOCALE = "qps"
# Accented letters with descenders and ascenders: taller than plain ASCII,
# which is what long German or French words with accents need room for.
_PAD = "ÀçéĝÿÑ"
T = TypeVar("T")


def pseudo(text: str, growth: float = 0.4) -> str:
    """``text`` lengthened by ``growth`` (at least 3 characters) and marked at both ends.

    Every line of a multi-line text is treated on its own, so a line break
    the code relies on is kept.
    """
    if not text:
        return text
    lines = []
    for line in text.split("\n"):
        visible = len(line.replace("&", ""))
        pad = max(3, math.ceil(visible * growth))
        # Short words, like a real language: one long "word" could never wrap.
        padding = " ".join(_PAD[: min(len(_PAD), pad - i)] for i in range(0, pad, len(_PAD) + 1))
        lines.append(f"{OPEN}{line} {padding}{CLOSE}" if line else line)
    return "\n".join(lines)


def is_pseudo(text: str) -> bool:
    """Whether ``text`` went through :func:`pseudo` (both markers present)."""
    return OPEN.strip() in text and CLOSE.strip() in text


class PseudoTranslator(QTranslator):
    """Translates every string of every context into the pseudo-locale."""

    def __init__(self, parent: QObject | None = None, growth: float = 0.4) -> None:
        super().__init__(parent)
        self._growth = growth

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        # Qt's own layout-direction marker must come back unchanged (or empty).
        if source in ("QT_LAYOUT_DIRECTION", "QT_DEFAULT_LAYOUT_DIRECTION"):
            return ""
        return pseudo(source, self._growth)

    def isEmpty(self) -> bool:
        return False


def _pseudo_text(text: LocalizedText) -> LocalizedText:
    return LocalizedText(text.en, MappingProxyType({**text.translations,
                                                    PSEUDO_LOCALE: pseudo(text.en)}))


def _with_pseudo(value: T) -> T:
    """A copy of a content dataclass with every LocalizedText (nested too) pseudo-translated."""
    if isinstance(value, LocalizedText):
        return _pseudo_text(value)  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(_with_pseudo(v) for v in value)  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _with_pseudo(getattr(value, f.name))
                   for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


def pseudo_library(library: ContentLibrary) -> ContentLibrary:
    """``library`` with a ``PSEUDO_LOCALE`` translation of every content text."""
    return ContentLibrary.build(
        routines=[_with_pseudo(r) for r in library.routines.values()],
        checklists=[_with_pseudo(c) for c in library.checklists.values()],
        safety=[_with_pseudo(s) for s in library.safety], sources=library.sources)
