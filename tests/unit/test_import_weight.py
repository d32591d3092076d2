"""The running app keeps out modules it does not need while it waits.

Each module costs memory for as long as the app runs (issue: performance).
The app is started for real (offscreen, a throw-away base folder, the same
order of imports as ``psoas-desk``) and, once both start-up phases are done,
lists what is imported and what source lines are cached.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, linecache, sys
read = []
update = linecache.updatecache
def spy(filename, *args, **kwargs):
    read.append(filename)
    return update(filename, *args, **kwargs)
linecache.updatecache = spy
from psoas_desk import app, cli
build = app._build
def build_then_report(*args, **kwargs):
    desk = build(*args, **kwargs)  # the second start-up phase, as psoas-desk runs it
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    def done():
        print("MODULES " + json.dumps(sorted(sys.modules)), flush=True)
        print("LINECACHE " + json.dumps(sorted(set(read))), flush=True)
        QApplication.instance().exit(0)
    QTimer.singleShot(2500, done)
    return desk
app._build = build_then_report
sys.exit(cli.main(["--base-dir", sys.argv[1]]))
"""

# What an idle app must not carry, and why it would be there. (apscheduler
# itself imports asyncio, importlib.metadata, multiprocessing and with them
# ssl, email and pickle: it loads as it is, see test_apscheduler_loads_as_it_is.)
KEPT_OUT = {
    "_hashlib": "hashlib maps OpenSSL (history keys use zlib checksums)",
    "plistlib": "only the macOS autostart backend writes property lists",
    "PySide6.QtNetwork": "the control socket is a plain AF_UNIX socket",
    "PySide6.QtCharts": "only the statistics window draws charts",
    "PySide6.QtSvg": "the tray and window icons are drawn from PNGs rendered from their SVGs",
    "PySide6.QtMultimedia": "sounds load their player on first use",
    "psoas_desk.ui.settings_window": "built when first opened",
    "psoas_desk.ui.stats_window": "built when first opened",
    "psoas_desk.ui.tray_menu": "built at an XEmbed icon's first right click (tests/e2e)",
    "psoas_desk.ui.checklist_window": "built when first opened",
    "psoas_desk.ui.break_popup": "built when a break is near",
    "psoas_desk.ui.routine_player": "built when a break is near",
    "psoas_desk.storage.export": "used by an export only",
    "psoas_desk.cli_text": "the status and confirmation texts of a command",
    "psoas_desk.adapters.control_client": "a command talking to the running app",
    "psoas_desk.adapters.dnd.gnome": "GNOME's do-not-disturb reader, under GNOME only",
    "psoas_desk.adapters.dnd.gvdb": "dconf's file format, read only where the file exists",
    "configparser": "read only where a KDE settings file exists",
    "logging.handlers": "the log file rotates with a small handler of its own",
}


def test_an_idle_app_imports_only_what_it_uses(tmp_path: Path) -> None:
    state = tmp_path / "base" / "state"
    state.mkdir(parents=True)  # a returning user: no welcome checklist
    (state / "state.json").write_text(json.dumps({"first_run_done": True}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "base")], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=60, check=False)
    lines = [line for line in out.stdout.splitlines() if line.startswith("MODULES ")]
    assert lines, f"the app did not come up:\n{out.stderr[-3000:]}"
    modules = set(json.loads(lines[0].removeprefix("MODULES ")))
    # PySide6 reads the source of each module imported after it into linecache
    # unless qt_workarounds stops it first: about 1 MB for the life of the app.
    # Only what shiboken6 imports while it installs that check is read.
    line = next(line for line in out.stdout.splitlines() if line.startswith("LINECACHE "))
    read = json.loads(line.removeprefix("LINECACHE "))
    assert [f for f in read if "/shiboken6/" not in f and not f.endswith("/enum.py")] == []
    assert "psoas_desk.app.controller" in modules  # the second phase ran
    loaded = {name: why for name, why in KEPT_OUT.items() if name in modules}
    assert not loaded, loaded
    if sys.platform.startswith("linux"):  # other systems' backends load only there
        foreign = sorted(name for name in modules if name.startswith("psoas_desk.adapters.")
                         and name.rsplit(".", 1)[-1] in ("windows", "macos"))
        assert not foreign, foreign


WAKEUP_PROBE = """
import sys
from psoas_desk.adapters import wakeup
import apscheduler, asyncio, importlib.metadata, multiprocessing
from apscheduler.schedulers.base import BaseScheduler
# The real modules, as apscheduler imported them: nothing stood in for them.
for module in (asyncio, importlib.metadata, multiprocessing):
    assert module.__spec__ is not None and module.__file__, module
assert apscheduler.__version__ == importlib.metadata.version("APScheduler")
# Its plugin registries are filled from the entry points, so names work.
assert {"date", "interval", "cron"} <= set(BaseScheduler._trigger_plugins)
assert {"debug", "threadpool", "asyncio"} <= set(BaseScheduler._executor_plugins)
job = wakeup.QtScheduler().add_job(print, "interval", minutes=5)  # a newcomer's first job
assert type(job.trigger).__name__ == "IntervalTrigger", job.trigger
print("OK")
"""


def test_apscheduler_loads_as_it_is() -> None:
    """No stand-in modules while it imports (tests/ui/test_wakeup.py adds a job by name)."""
    path = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    env = dict(os.environ, PYTHONPATH=path)
    out = subprocess.run([sys.executable, "-c", WAKEUP_PROBE], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60, check=False)
    assert out.stdout.strip() == "OK", out.stderr[-3000:]


ICON_PROBE = """
import PySide6.QtCore as QtCore
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import QApplication
app = QApplication([])
from psoas_desk import APP_ID, resources
from psoas_desk.ui.drawn_icon import DrawnIconEngine, render_icon, transparent_image
from psoas_desk.ui.tray_icons import ICON_SIZES, TrayIconState, render_tray_icon, render_tray_image
icons = [render_tray_icon(state, 0.5) for state in TrayIconState]  # what the tray is handed
def draw(size, dpr):
    return render_tray_image(TrayIconState.COUNTING, 0.5, size, dpr)
engine = DrawnIconEngine(draw, name="probe", sizes=ICON_SIZES, keep=4)
canvas = transparent_image(64)
painter = QPainter(canvas)
# What Qt calls when the tray paints (from C++, so QIcon's own Python
# overloads, which do build the namespace, are not part of it).
engine.paint(painter, QRect(0, 0, 32, 22), QIcon.Mode.Normal, QIcon.State.Off)
engine.scaledPixmap(QSize(22, 22), QIcon.Mode.Normal, QIcon.State.Off, 2.0)
painter.end()
render_icon(resources.path("icons", f"{APP_ID}.svg"), 64, 2.0)  # the window icon
print("QT-NAMESPACE", "Qt" in QtCore.__dict__)
import sys
print("QTSVG", "PySide6.QtSvg" in sys.modules)
"""


def test_drawing_the_icons_leaves_pysides_qt_namespace_unbuilt() -> None:
    """The tray draws its icon all day; PySide's ``Qt`` namespace costs ~1 MB once touched,
    QtSvg about 1 MB once loaded (the icons are drawn from PNGs, the ring in Python)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-c", ICON_PROBE], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60, check=False)
    assert "QT-NAMESPACE False" in out.stdout, out.stdout + out.stderr[-3000:]
    assert "QTSVG False" in out.stdout, out.stdout + out.stderr[-3000:]
