"""Work-arounds for the Qt binding, applied once at start-up.

WORKAROUND for PYSIDE-2029 (see also napari/napari#8584): once PySide6 is
imported it checks every module imported afterwards for the text "PySide6",
using ``inspect.getsource``. That reads each module's source through
``linecache``, which keeps every line of every module in memory for the life
of the process (about 9 MB traced for this app) and slows each import. The
replacement below answers the same question by reading the file once without
caching it. Nothing in psoas-desk uses PySide6's ``__feature__`` options, so
even a wrong answer would change nothing here.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _uses_pyside(module: ModuleType) -> bool:
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built-in, extension or bytecode-only: no source to read
    try:
        with open(path, "rb") as handle:
            return b"PySide6" in handle.read()
    except OSError:
        return False


def stop_source_caching_on_import() -> bool:
    """Install the cheaper check; returns whether PySide6's hook was found.

    Call it before importing any PySide6 module: it imports ``shiboken6``
    (which installs the hook) and replaces the check at once, so only the
    few modules ``shiboken6`` itself imports were read through ``linecache``.
    Those lines are dropped right away, while start-up can still reuse their
    memory (dropped later, the freed blocks would stay with the process).
    """
    import linecache

    import shiboken6  # noqa: F401 - installs shibokensupport.feature

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        return False
    setattr(feature, "_mod_uses_pyside", _uses_pyside)  # noqa: B010 - private, untyped
    linecache.clearcache()
    return True
