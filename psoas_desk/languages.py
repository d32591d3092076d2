"""Which languages psoas-desk ships screens in (no Qt, so the command line can ask too).

A language is shipped when ``resources/i18n`` holds its compiled catalogue
(``psoas_desk_<code>.qm``); English needs none. The settings window offers
exactly these (plus "the system's"), and ``psoas-desk settings --list``
names them.
"""

from __future__ import annotations

from pathlib import Path

from psoas_desk import resources

CATALOGUE_PREFIX = "psoas_desk_"
ENGLISH = "en"


def shipped_languages(folder: Path | None = None) -> tuple[str, ...]:
    """English plus every language with a compiled catalogue, e.g. ``("en", "de", ...)``."""
    where = folder if folder is not None else resources.path("i18n")
    found = sorted(p.stem.removeprefix(CATALOGUE_PREFIX)
                   for p in (where.glob(f"{CATALOGUE_PREFIX}*.qm") if where.is_dir() else ()))
    return (ENGLISH, *found)
