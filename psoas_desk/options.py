"""What the command line hands the app when it starts it.

Its own module so the command line (which starts the app) and the app
(which is started with it) both import it without importing each other.
Must not import: PySide6 (the command line stays quick).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from psoas_desk.storage.paths import AppPaths


@dataclass(frozen=True)
class StartOptions:
    """What ``psoas_desk.app.run`` is started with.

    Logging is already set up when ``run`` is called, and this process holds
    the instance lock for ``paths`` until ``run`` returns.

    Attributes:
        paths: every folder and file, resolved once (honours ``base_dir``).
        base_dir: ``--base-dir``, or None for the platform's folders.
        verbose: ``-v``: debug logging, also on stderr.
        json_log: JSON-lines logging (``--json-log`` or ``PSOAS_DESK_JSON_LOG=1``).
    """

    paths: AppPaths
    base_dir: Path | None = None
    verbose: bool = False
    json_log: bool = False
