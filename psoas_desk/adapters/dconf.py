"""Where the user's dconf database is, without reading it.

GNOME keeps its settings in one GVDB file (``dnd.gvdb`` reads it); two
sources look there, do-not-disturb (``dnd.gnome``) and reduce motion
(``motion``). Both are built on every Linux desktop but read the file only
under GNOME, so the path lives here, apart from the readers: the idle app
imports the readers only where it reads (``tests/unit/test_import_weight.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def dconf_user_db(env: Mapping[str, str], home: Path) -> Path:
    """``$XDG_CONFIG_HOME/dconf/user``, or ``~/.config/dconf/user``."""
    configured = env.get("XDG_CONFIG_HOME", "")
    base = Path(configured) if configured and Path(configured).is_absolute() else home / ".config"
    return base / "dconf" / "user"
