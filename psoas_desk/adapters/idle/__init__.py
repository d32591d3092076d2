"""How long the user has not touched keyboard or mouse: the port and its chooser.

``IdleMonitor`` is the port; backends live in sibling modules: ``gnome``
(Mutter's IdleMonitor over D-Bus), ``wayland`` (the compositor's
``ext_idle_notifier_v1`` or ``org_kde_kwin_idle``, event driven),
``freedesktop`` (the screensaver service's ``GetSessionIdleTime``, KDE on
X11), ``x11`` (MIT-SCREEN-SAVER), ``windows`` (``GetLastInputInfo``),
``macos`` (CoreGraphics) and ``null``.
``default_idle_candidates`` lists the backends worth trying in this session,
best first, and ``choose_idle_monitor`` keeps the first one whose first
reading makes sense, falling back to ``NullIdleMonitor`` (wall-clock mode) so
a missing backend is visible in the log and the status, never a crash.

Order, and why: the compositor's own counter first (Mutter), because on
Wayland nothing else sees input into Wayland windows; then, in a Wayland
session, the Wayland idle protocols (KWin, sway, Hyprland and the other
wlroots compositors); then KDE's screen locker, outside Wayland only (under
Wayland it answers ``NotSupported``); then X11, outside Wayland only (under
Wayland, Xwayland sees only input into X windows). Windows and macOS are
offered only on their platform, and the D-Bus and X11 backends never there.
The Wayland backend's module (and pywayland) is imported only in a Wayland
session, so an X11 session carries none of it.

Cost: choosing constructs at most one backend per candidate and takes one
reading from each (a D-Bus backend's constructor makes one more call, so its
log line can say why it is unavailable); nothing happens at import time.
"""

from __future__ import annotations

import logging
import math
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtDBus import QDBusConnection

from psoas_desk.adapters import lazy_exports
from psoas_desk.adapters.choose import Rejected, working
from psoas_desk.adapters.idle.freedesktop import ScreenSaverIdleMonitor
from psoas_desk.adapters.idle.gnome import MutterIdleMonitor
from psoas_desk.adapters.idle.null import NullIdleMonitor
from psoas_desk.adapters.idle.x11 import X11IdleMonitor

if TYPE_CHECKING:
    from psoas_desk.adapters.idle.macos import MacIdleMonitor
    from psoas_desk.adapters.idle.windows import WindowsIdleMonitor

__all__ = [
    "MAX_PLAUSIBLE_IDLE_S",
    "IdleCandidate",
    "IdleMonitor",
    "MacIdleMonitor",
    "MutterIdleMonitor",
    "NullIdleMonitor",
    "ResumeNotifying",
    "ScreenSaverIdleMonitor",
    "WindowsIdleMonitor",
    "X11IdleMonitor",
    "choose_idle_monitor",
    "default_idle_candidates",
]

log = logging.getLogger(__name__)
_platform_backend = lazy_exports(__name__, {"MacIdleMonitor": ".macos",
                                            "WindowsIdleMonitor": ".windows"})


def __getattr__(name: str) -> Any:
    return _platform_backend(name)


MAX_PLAUSIBLE_IDLE_S = 30 * 24 * 3600.0
"""A first reading above this is taken as garbage (a wrapped or uninitialised counter).

The app starts at login or by hand, right after some input; a month of idle
time at that moment means the backend is lying, not that the user is away.
"""


@runtime_checkable
class ResumeNotifying(Protocol):
    """An idle backend that can say at once when input comes back (event driven).

    The Wayland protocols tell every return by themselves; Mutter (a
    user-active watch) and X11 (an IDLETIME alarm of the SYNC extension) tell
    the first input after :meth:`watch_for_return`, once. The app arms the
    watch when a reading shows the person away, and steps the engine when
    told, instead of at its next planned look (up to a minute later).
    Backends that can do neither (KDE's screensaver service, Windows, macOS)
    are polled.
    """

    def set_resume_handler(self, handler: Callable[[float], None] | None) -> None:
        """Call ``handler(idle_s)`` on the GUI thread when input ends an idle period."""
        ...

    def watch_for_return(self) -> None:
        """Tell the handler about the next input (call right after a reading).

        Cheap to call again while a watch is set: it does nothing then.
        """
        ...


class IdleMonitor(Protocol):
    """Tells how long ago the user last used keyboard or pointer.

    Threading: every method is called on the GUI thread only (where the engine
    ticks); backends need not be thread-safe. A call must not block for more
    than a round trip to a local server.
    """

    @property
    def name(self) -> str:
        """Short backend id for logs and the status, e.g. "x11-screensaver" or "none"."""
        ...

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or pointer input.

        Returns:
            A finite, non-negative number, or None when the backend cannot tell
            right now (for example the display went away).
        """
        ...

    def close(self) -> None:
        """Release connections; later readings return None. Safe to call twice."""
        ...


IdleCandidate = tuple[str, Callable[[], IdleMonitor]]
"""A label for the log and a factory that builds the backend or raises."""


def _reading_problem(reading: object) -> str | None:
    """Why a first reading is not believable, or None when it is."""
    if reading is None:
        return "it cannot tell the idle time"
    if isinstance(reading, bool) or not isinstance(reading, int | float):
        return f"its reading {reading!r} is not a number"
    if not math.isfinite(reading):
        return f"its reading {reading!r} is not finite"
    if reading < 0:
        return f"its reading {reading!r} is negative"
    if reading > MAX_PLAUSIBLE_IDLE_S:
        return f"its reading {reading!r} s is implausibly large"
    return None


def _believable(monitor: IdleMonitor) -> str:
    reading = monitor.idle_seconds()
    problem = _reading_problem(reading)
    if problem is not None:
        raise Rejected(problem)
    return f"{reading} s idle at start"


def choose_idle_monitor(candidates: Sequence[IdleCandidate]) -> IdleMonitor:
    """Build the first candidate whose first reading is believable.

    Each factory is called in order; one that raises, or whose first reading is
    None, not a finite number, negative or above ``MAX_PLAUSIBLE_IDLE_S``, is
    rejected (and closed) with the reason logged. Later factories are not called
    once one is chosen.

    Returns:
        The chosen backend, or a ``NullIdleMonitor`` when none works.
    """
    chosen = working(candidates, what="idle backend", log=log, probe=_believable,
                     close=lambda monitor: monitor.close(),
                     nothing="no idle backend works (tried: {tried}); breaks will follow "
                             "wall-clock time, not keyboard and mouse activity")
    return chosen[0][1] if chosen else NullIdleMonitor()


def _is_wayland_session(env: Mapping[str, str]) -> bool:
    return env.get("XDG_SESSION_TYPE") == "wayland" or bool(env.get("WAYLAND_DISPLAY"))


def _is_kde_session(env: Mapping[str, str]) -> bool:
    desktops = env.get("XDG_CURRENT_DESKTOP", "").upper().split(":")
    return "KDE" in desktops or env.get("KDE_FULL_SESSION") == "true"


def default_idle_candidates(env: Mapping[str, str], *, bus: QDBusConnection | None = None,
                            platform: str = sys.platform) -> list[IdleCandidate]:
    """The idle backends worth trying in the session described by ``env``, best first.

    Args:
        env: the session's environment (``os.environ`` in the app).
        bus: the connected session bus, or None when there is none; the
            D-Bus backends are offered only with one.
        platform: ``sys.platform`` (injectable so tests can ask for another).
    """
    if platform == "win32":
        from psoas_desk.adapters.idle.windows import WindowsIdleMonitor

        return [("windows-lastinput", WindowsIdleMonitor)]
    if platform == "darwin":
        from psoas_desk.adapters.idle.macos import MacIdleMonitor

        return [("macos-cgeventsource", MacIdleMonitor)]
    candidates: list[IdleCandidate] = []
    wayland = _is_wayland_session(env)
    if bus is not None:
        session_bus = bus
        # Offered on every desktop: where Mutter is not running, the bus
        # daemon answers ServiceUnknown at once and the log says so.
        candidates.append(("gnome-mutter", lambda: MutterIdleMonitor(session_bus)))
    if wayland:
        wayland_display = env.get("WAYLAND_DISPLAY") or None
        candidates.append(("wayland-idle", lambda: _wayland_monitor(wayland_display)))
    # Only KDE's implementation counts milliseconds since the last input (see
    # the freedesktop module for what the others count), and only on X11:
    # under Wayland it answers NotSupported.
    if bus is not None and _is_kde_session(env) and not wayland:
        kde_bus = bus
        candidates.append(("freedesktop-screensaver", lambda: ScreenSaverIdleMonitor(kde_bus)))
    display = env.get("DISPLAY")
    # Under Wayland, Xwayland's counter only sees input into X windows, so a
    # user typing into Wayland windows would look idle and never get a break;
    # wall-clock mode is the honest fallback there.
    if display and not wayland:
        candidates.append(("x11-screensaver", lambda: X11IdleMonitor(display)))
    return candidates


def _wayland_monitor(display: str | None) -> IdleMonitor:
    # Imported here: pywayland and the generated protocol bindings load only
    # in a Wayland session.
    from psoas_desk.adapters.idle.wayland import WaylandIdleMonitor

    return WaylandIdleMonitor(display)
