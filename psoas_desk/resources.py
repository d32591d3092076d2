"""The one place that knows where the shipped resources live.

In a wheel the top-level ``resources/`` folder is installed as the data-only
package ``psoas_desk._resources``; in a source checkout (or an editable
install) it is the ``resources/`` folder next to the package. Nothing is
looked up at import time.
"""

from __future__ import annotations

from pathlib import Path


def root() -> Path:
    """Return the directory holding the shipped resources.

    Raises:
        FileNotFoundError: if neither the installed nor the checkout copy exists.
    """
    # Files on disk, not importlib.resources: the data package has no
    # __init__.py, and for such namespace packages files() returns a
    # MultiplexedPath, not a folder; the app never runs from a zip.
    here = Path(__file__).resolve().parent
    for candidate in (here / "_resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("psoas-desk resources not found (broken installation?)")


def path(*parts: str) -> Path:
    """Return the path of a shipped resource, e.g. ``path("art", "march.svg")``."""
    return root().joinpath(*parts)


def read_text(*parts: str) -> str:
    """Return the text of a shipped resource (UTF-8)."""
    return path(*parts).read_text(encoding="utf-8")


def list_dir(*parts: str, suffix: str = "") -> list[Path]:
    """Return the files in a resource folder, sorted, optionally by suffix."""
    folder = path(*parts)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name.endswith(suffix))
