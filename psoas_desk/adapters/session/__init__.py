"""Screen lock and machine sleep events: the port, the sources and their combination.

``SessionSource`` is the port (in ``model``); sources live in sibling modules:
``logind`` (PrepareForSleep, the session's Lock/Unlock and LockedHint, on the
system bus), ``screensaver`` (GNOME's and the freedesktop ``ActiveChanged``,
on the session bus), ``windows`` (session and power window messages),
``macos`` (the session dictionary, polled) and ``null``. Unlike the idle
chooser, which keeps one backend, ``open_session_monitor`` keeps *every*
source that can be built (logind knows about sleep, the screensaver about
locks on desktops whose locker does not tell logind) and combines them in a
``SessionMonitor`` whose Qt signals the app connects to:

- ``locked_changed(bool)``: set ``Observation.locked`` and step the engine;
- ``about_to_sleep()``: call ``Engine.suspending()``;
- ``resumed()``: step the engine.

Without any source the monitor says "none" and never signals; the engine then
still notices a suspend from the clock and an absence from the idle time.

Cost: building asks each service a few short questions (bounded timeouts);
nothing happens at import time beyond importing PySide6.QtDBus.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection

from psoas_desk.adapters import lazy_exports
from psoas_desk.adapters.choose import working
from psoas_desk.adapters.session.logind import LogindSession
from psoas_desk.adapters.session.model import (
    ChangeHandler,
    SessionCandidate,
    SessionChange,
    SessionSource,
)
from psoas_desk.adapters.session.monitor import SessionMonitor
from psoas_desk.adapters.session.null import NullSession
from psoas_desk.adapters.session.screensaver import ScreenSaverSession

if TYPE_CHECKING:
    from psoas_desk.adapters.session.macos import MacSession
    from psoas_desk.adapters.session.windows import WindowsSession

__all__ = [
    "ChangeHandler",
    "LogindSession",
    "MacSession",
    "NullSession",
    "ScreenSaverSession",
    "SessionCandidate",
    "SessionChange",
    "SessionMonitor",
    "SessionSource",
    "WindowsSession",
    "default_session_candidates",
    "open_session_monitor",
]

log = logging.getLogger(__name__)
_platform_backend = lazy_exports(__name__, {"MacSession": ".macos",
                                            "WindowsSession": ".windows"})


def __getattr__(name: str) -> Any:
    return _platform_backend(name)


def open_session_monitor(candidates: Sequence[SessionCandidate]) -> SessionMonitor:
    """Build every candidate that can be built and combine them.

    A factory that raises is skipped, with the reason logged. Without any
    source the monitor holds a ``NullSession`` (its name is then "none").
    """
    monitor = SessionMonitor()

    def joining(factory: Callable[[ChangeHandler], SessionSource],
                ) -> Callable[[], SessionSource]:
        return lambda: monitor.build(factory)

    kept = working([(label, joining(factory)) for label, factory in candidates],
                   what="session source", log=log, keep_all=True,
                   nothing="no lock or sleep events (tried: {tried}); a suspend is noticed "
                           "from the clock and an absence from the idle time")
    if not kept:
        monitor.build(lambda _handler: NullSession())
    else:
        log.info("session events: %s (locked at start: %s)", monitor.name, monitor.locked())
    return monitor


def default_session_candidates(env: Mapping[str, str], *,
                               session_bus: QDBusConnection | None = None,
                               system_bus: QDBusConnection | None = None,
                               app: QCoreApplication | None = None,
                               platform: str = sys.platform) -> list[SessionCandidate]:
    """The session sources worth trying here.

    Args:
        env: the session's environment (``os.environ`` in the app).
        session_bus: the connected session bus, or None.
        system_bus: the connected system bus, or None (there may be none).
        app: the application (Windows installs a message filter on it).
        platform: ``sys.platform`` (injectable so tests can ask for another).
    """
    if platform == "win32":
        if app is None:
            return []
        from psoas_desk.adapters.session.windows import WindowsSession

        application = app
        return [("windows-wts", lambda on: WindowsSession(on, app=application))]
    if platform == "darwin":
        from psoas_desk.adapters.session.macos import MacSession

        return [("macos-cgsession", MacSession)]
    candidates: list[SessionCandidate] = []
    if system_bus is not None:
        system = system_bus
        candidates.append(("logind", lambda on: LogindSession(system, on, env=env,
                                                              pid=os.getpid())))
    if session_bus is not None:
        session = session_bus
        candidates.append(("screensaver", lambda on: ScreenSaverSession(session, on)))
    return candidates
