"""Is the window in front fullscreen? The port and its chooser.

Used to hold a break back while the user watches a video or presents.
``FullscreenMonitor`` is the port; backends live in sibling modules (``x11``,
``windows``, ``macos``, ``null``). ``choose_fullscreen_monitor`` keeps the
first candidate that builds and answers, falling back to
``NullFullscreenMonitor`` (never fullscreen).

Cost: choosing constructs at most one backend per candidate and takes one
reading from each; nothing happens at import time.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from psoas_desk.adapters import lazy_exports
from psoas_desk.adapters.choose import Rejected, working
from psoas_desk.adapters.fullscreen.null import NullFullscreenMonitor
from psoas_desk.adapters.fullscreen.x11 import X11FullscreenMonitor

if TYPE_CHECKING:
    from psoas_desk.adapters.fullscreen.macos import FrameworkLoader, MacFullscreenMonitor
    from psoas_desk.adapters.fullscreen.windows import Shell32Loader, WindowsFullscreenMonitor

__all__ = [
    "FullscreenCandidate",
    "FullscreenMonitor",
    "MacFullscreenMonitor",
    "NullFullscreenMonitor",
    "WindowsFullscreenMonitor",
    "X11FullscreenMonitor",
    "choose_fullscreen_monitor",
    "default_fullscreen_candidates",
]

log = logging.getLogger(__name__)
_platform_backend = lazy_exports(__name__, {"MacFullscreenMonitor": ".macos",
                                            "WindowsFullscreenMonitor": ".windows"})


def __getattr__(name: str) -> Any:
    return _platform_backend(name)


class FullscreenMonitor(Protocol):
    """Tells whether the active window covers the screen in fullscreen state.

    Threading: every method is called on the GUI thread only; backends need not
    be thread-safe. A call must not block for more than a few round trips to a
    local server.
    """

    @property
    def name(self) -> str:
        """Short backend id for logs and the status, e.g. "x11-ewmh" or "none"."""
        ...

    def fullscreen_active(self) -> bool:
        """True when the window in front is fullscreen; False when not or unknown."""
        ...

    def close(self) -> None:
        """Release connections; later readings return False. Safe to call twice."""
        ...


FullscreenCandidate = tuple[str, Callable[[], FullscreenMonitor]]
"""A label for the log and a factory that builds the backend or raises."""


def _first_reading(monitor: FullscreenMonitor) -> str:
    reading: object = monitor.fullscreen_active()
    if not isinstance(reading, bool):
        raise Rejected(f"its reading {reading!r} is not a bool")
    return f"fullscreen at start: {reading}"


def choose_fullscreen_monitor(candidates: Sequence[FullscreenCandidate]) -> FullscreenMonitor:
    """Build the first candidate whose first reading is a bool.

    Each factory is called in order; one that raises, or whose first reading
    raises or is not a bool, is rejected (and closed) with the reason logged.

    Returns:
        The chosen backend, or a ``NullFullscreenMonitor`` when none works.
    """
    chosen = working(candidates, what="fullscreen backend", log=log, probe=_first_reading,
                     close=lambda monitor: monitor.close(),
                     nothing="no fullscreen backend works (tried: {tried}); breaks will not "
                             "wait for fullscreen windows")
    return chosen[0][1] if chosen else NullFullscreenMonitor()


def default_fullscreen_candidates(env: Mapping[str, str], *, platform: str | None = None,
                                  shell32: Shell32Loader | None = None,
                                  frameworks: FrameworkLoader | None = None,
                                  ) -> list[FullscreenCandidate]:
    """The fullscreen backends worth trying in the session described by ``env``, best first.

    Args:
        env: the session's environment (``os.environ`` in the app).
        platform: ``sys.platform`` (read at call time when None).
        shell32: loads shell32 on Windows (a fake in tests; default: the real one).
        frameworks: loads CoreGraphics/CoreFoundation on macOS (a fake in tests;
            default: the real ones).
    """
    platform = sys.platform if platform is None else platform
    candidates: list[FullscreenCandidate] = []
    if platform == "win32":
        from psoas_desk.adapters.fullscreen.windows import WindowsFullscreenMonitor, load_shell32

        loader = shell32 or load_shell32
        candidates.append(("windows-quns", lambda: WindowsFullscreenMonitor(loader)))
    elif platform == "darwin":
        from psoas_desk.adapters.fullscreen.macos import MacFullscreenMonitor, load_framework

        frames = frameworks or load_framework
        candidates.append(("macos-cgwindow", lambda: MacFullscreenMonitor(loader=frames)))
    # Compositor-specific sources (Wayland has no common protocol for this)
    # belong here, ahead of X11.
    display = env.get("DISPLAY")
    # Offered under Xwayland too: it sees only X windows, so it can miss a
    # fullscreen Wayland window but never invents one; that is no worse than none.
    if display:
        candidates.append(("x11-ewmh", lambda: X11FullscreenMonitor(display)))
    return candidates
