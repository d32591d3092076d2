"""The real app object (``DeskApp``, the composition root) built on fakes.

Widget tests that drive the whole app in this process (offscreen Qt, the fake
clock, idle time and notifications they choose) build it here, the way
``__main__`` builds it on the real adapters.
"""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

from psoas_desk.adapters.fullscreen.null import NullFullscreenMonitor
from psoas_desk.adapters.idle import IdleMonitor
from psoas_desk.adapters.notify import Notifier
from psoas_desk.adapters.notify.null import NullNotifier
from psoas_desk.app.controller import DeskApp, Services
from psoas_desk.app.observe import Observer
from psoas_desk.storage.app_state import AppStateStore
from psoas_desk.storage.content import load_content
from psoas_desk.storage.paths import AppPaths, resolve_paths
from psoas_desk.storage.settings_store import SettingsStore
from psoas_desk.ui.tray import TrayController
from tests.helpers.fakes import BERLIN, FakeClock


class FakeIdle:
    """Idle time from the fake clock: input when the test says so (``last_input``)."""

    name = "fake"

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.last_input = clock.monotonic()

    def idle_seconds(self) -> float:
        return self.clock.monotonic() - self.last_input

    def close(self) -> None:
        pass


def flush_deletes() -> None:
    """Run the deferred deletes (closed windows) and the events they post."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def fake_desk_app(base: Path, clock: FakeClock, idle: IdleMonitor, *,
                  settings_toml: str | None = None, notifier: Notifier | None = None,
                  seed: int = 7, first_run_done: bool = True,
                  tray: TrayController | None = None) -> tuple[DeskApp, AppPaths]:
    """A ``DeskApp`` whose files live under ``base``, not started yet.

    Args:
        settings_toml: the settings file's text (None: no file, the defaults).
        notifier: what shows notifications (None: nothing does).
        seed: the routine rotation's chance.
        first_run_done: a returning user (no welcome window).
        tray: the tray controller (None: the app's own).
    """
    paths = resolve_paths(base)
    if settings_toml is not None:
        paths.config_dir.mkdir(parents=True, exist_ok=True)
        paths.settings_file.write_text(settings_toml)
    if first_run_done:
        paths.state_dir.mkdir(parents=True, exist_ok=True)
        paths.state_file.write_text('{"first_run_done": true}')
    store = SettingsStore(paths.settings_file)
    report = store.load()
    assert report.ok, report.problems
    shown = notifier or NullNotifier()
    services = Services(clock=clock, observer=Observer(idle, NullFullscreenMonitor()),
                        make_notifier=lambda _balloon: shown,
                        library=load_content().library, rng=random.Random(seed))
    app = DeskApp(paths, services, settings_store=store, settings_report=report,
                  state_store=AppStateStore(paths.state_file), zone=BERLIN, tray=tray,
                  quit_app=lambda: None)
    return app, paths
