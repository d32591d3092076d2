"""One logger naming convention: ``log = logging.getLogger(__name__)`` in every module.

A module's logger carries the module's dotted name (so ``--verbose`` output and
the JSON log say where a line came from) and is always called ``log``.
"""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "psoas_desk"
GET_LOGGER = re.compile(r"^\s*(\w+)\s*=\s*logging\.getLogger\((.*)\)", re.M)
# Loggers that are not a module's own, and why.
OTHERS = {("logsetup.py", "root", ""), ("logsetup.py", "scheduler", '"apscheduler"')}


def test_every_module_logs_through_log_named_after_itself() -> None:
    odd = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for name, argument in GET_LOGGER.findall(path.read_text(encoding="utf-8")):
            if (path.name, name, argument) in OTHERS:
                continue
            if (name, argument) != ("log", "__name__"):
                odd.append(f"{path.relative_to(PACKAGE)}: {name} = logging.getLogger({argument})")
    assert odd == []
