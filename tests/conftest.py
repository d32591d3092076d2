"""Shared pytest set-up.

- Widget tests run on Qt's offscreen platform; end-to-end tests start their
  own Xvfb (tests/helpers/desktop.py) and never use the real display.
- Tests that use ``qtbot``/``qapp`` are marked ``gui``, tests under
  ``tests/e2e`` are marked ``e2e``; ``pytest -m "not gui and not e2e"`` is the
  fast loop.
- Nothing may touch the real home directory: HOME and the XDG dirs point into
  a per-session temporary folder.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_SANDBOX = Path(tempfile.mkdtemp(prefix="psoas-desk-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["HOME"] = str(_SANDBOX / "home")
for _var, _sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                   ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache"),
                   ("XDG_RUNTIME_DIR", "runtime")):
    os.environ[_var] = str(_SANDBOX / _sub)
    (_SANDBOX / _sub).mkdir(parents=True, exist_ok=True, mode=0o700)
# Tests talk only to the private buses they start themselves.
os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
os.environ.pop("DISPLAY", None)
os.environ.pop("WAYLAND_DISPLAY", None)
os.environ["NO_AT_BRIDGE"] = "1"

_ROOT = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.fspath)).resolve()
        if _ROOT / "e2e" in path.parents:
            item.add_marker(pytest.mark.e2e)
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[object]:
    """A private Xvfb display and session bus (see tests/helpers/desktop.py)."""
    from tests.helpers.desktop import VirtualDesktop

    with VirtualDesktop(tmp_path / "desktop") as desk:
        yield desk
