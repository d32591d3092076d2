"""Idle time from the compositor's idle protocols, on a Wayland connection of our own.

KWin (Plasma 5.27+), sway 1.8+, Hyprland, labwc, COSMIC and niri serve
``ext_idle_notifier_v1``; sway 1.7 and older KWin serve KDE's
``org_kde_kwin_idle``. Neither answers "how long has the user been idle":
both tell a client when a seat has had no input for a timeout it chose
("idled") and when input comes back ("resumed"). So the monitor arms one
notification with a short timeout (``NOTIFY_AFTER_MS``) and counts: after
"idled" at time *t* the user has been idle since *t* minus the timeout;
before it, or after "resumed", the last input was less than a timeout ago and
the reading is 0.

Event driven, and cheap while the user is away: the connection's file
descriptor is watched by a ``QSocketNotifier`` on the GUI thread; the
compositor sends one event when the user stops and one when they come back,
nothing in between, and nothing is ever polled. While the user types, a
pause longer than the timeout costs two small events. Before answering, a
reading drains what is already waiting on the socket (one ``poll`` with no
wait), so an engine step just after an event sees it.

Honest limits, by protocol:

- ``ext_idle_notifier_v1`` version 2 offers *input-only* notifications that
  ignore idle inhibitors: used whenever the compositor offers version 2.
- Version 1 and ``org_kde_kwin_idle`` hold back "idled" while an idle
  inhibitor is active (a playing video asks the screen to stay on), so the
  user looks active then, without the presence signs' time limit. The name
  of the backend (``status``) says which one runs.
- The timeout is counted from when the notification is armed: at start-up
  the first reading is 0 even for someone who left an hour ago.

Readings are on the GUI thread only, like every idle backend.
"""

from __future__ import annotations

import logging
import select
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSocketNotifier

from psoas_desk.adapters.idle.resume import ResumeHandler, tell_resume

if TYPE_CHECKING:
    from pywayland.client.display import Display

__all__ = ["NOTIFY_AFTER_MS", "WaylandIdleMonitor", "WaylandIdleUnavailable"]

log = logging.getLogger(__name__)

NOTIFY_AFTER_MS = 2000
"""The idle notification's timeout: shorter than the engine's smallest typing
pause (3 s by default) so the break's "wait for a pause in typing" sees it, long
enough that a typist's short pauses do not wake the app twice a second."""

EXT_IDLE = "ext_idle_notifier_v1"
KDE_IDLE = "org_kde_kwin_idle"
INPUT_ONLY_VERSION = 2
"""The ``ext_idle_notifier_v1`` version that has ``get_input_idle_notification``."""


class WaylandIdleUnavailable(RuntimeError):
    """The session has no Wayland compositor, or it offers no idle protocol we speak."""


class WaylandIdleMonitor:
    """``IdleMonitor`` over ``ext_idle_notifier_v1`` or ``org_kde_kwin_idle``.

    Args:
        display_name: the Wayland socket (``$WAYLAND_DISPLAY``); None lets
            libwayland use its default.
        timeout_ms: the notification's timeout (see ``NOTIFY_AFTER_MS``).
        clock: monotonic seconds (injectable for tests).

    Raises:
        WaylandIdleUnavailable: no compositor answers, it has no seat, or it
            offers neither protocol; the message says which.
    """

    name: str
    """"wayland-ext-idle-input" (version 2, input only), "wayland-ext-idle" or
    "wayland-kde-idle": which protocol serves the readings."""

    def __init__(self, display_name: str | None = None, *,
                 timeout_ms: int = NOTIFY_AFTER_MS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        from pywayland.client.display import Display

        self._clock = clock
        self._timeout_s = timeout_ms / 1000.0
        self._idle_since: float | None = None
        self._on_resume: ResumeHandler | None = None
        self._objects: list[Any] = []
        display = Display(display_name)
        try:
            display.connect()
        except ValueError as exc:
            raise WaylandIdleUnavailable(
                f"cannot connect to the Wayland display {display_name or '(default)'}") from exc
        self._display: Display | None = display
        try:
            self.name = self._arm(display, timeout_ms)
        except BaseException:
            self._disconnect()
            raise
        self._watch = QSocketNotifier(display.get_fd(), QSocketNotifier.Type.Read)
        self._watch.setObjectName("wayland-idle")
        self._watch.activated.connect(self._read)

    def _arm(self, display: Display, timeout_ms: int) -> str:
        """Bind the seat and the best idle protocol, arm one notification; returns our name."""
        from pywayland.protocol.wayland import WlSeat

        offered: dict[str, tuple[int, int]] = {}

        def on_global(_registry: object, name: int, interface: str, version: int) -> None:
            offered.setdefault(interface, (name, version))

        registry = display.get_registry()
        registry.dispatcher["global"] = on_global
        if display.roundtrip() < 0:
            raise WaylandIdleUnavailable("the compositor closed the connection")
        if "wl_seat" not in offered:
            raise WaylandIdleUnavailable("the compositor has no seat (no keyboard or pointer)")
        seat = registry.bind(offered["wl_seat"][0], WlSeat, 1)
        self._objects = [registry, seat]
        if EXT_IDLE in offered:
            from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotifierV1

            global_name, version = offered[EXT_IDLE]
            version = min(version, ExtIdleNotifierV1.version)
            notifier = registry.bind(global_name, ExtIdleNotifierV1, version)
            if version >= INPUT_ONLY_VERSION:
                notification = notifier.get_input_idle_notification(timeout_ms, seat)
                backend = "wayland-ext-idle-input"
            else:
                notification = notifier.get_idle_notification(timeout_ms, seat)
                backend = "wayland-ext-idle"
            notification.dispatcher["idled"] = self._idled
            notification.dispatcher["resumed"] = self._resumed
            self._objects += [notifier, notification]
        elif KDE_IDLE in offered:
            from psoas_desk.adapters.idle.protocols.org_kde_kwin_idle import OrgKdeKwinIdle

            kde_idle = registry.bind(offered[KDE_IDLE][0], OrgKdeKwinIdle, 1)
            timeout = kde_idle.get_idle_timeout(seat, timeout_ms)
            timeout.dispatcher["idle"] = self._idled
            timeout.dispatcher["resumed"] = self._resumed
            self._objects += [kde_idle, timeout]
            backend = "wayland-kde-idle"
        else:
            raise WaylandIdleUnavailable(
                f"the compositor offers neither {EXT_IDLE} nor {KDE_IDLE}")
        # A round trip makes a protocol error (a refused request) show here, not later.
        if display.roundtrip() < 0:
            raise WaylandIdleUnavailable("the compositor refused the idle notification")
        log.debug("wayland idle: %s armed, %d ms", backend, timeout_ms)
        return backend

    # -- events ------------------------------------------------------------
    def _idled(self, _proxy: object) -> None:
        self._idle_since = self._clock() - self._timeout_s

    def _resumed(self, _proxy: object) -> None:
        since, self._idle_since = self._idle_since, None
        tell_resume(self._on_resume, since, self._clock())

    def _read(self) -> None:
        """The socket has data (or was closed): queue and dispatch what arrived."""
        display = self._display
        if display is None:
            return
        try:
            display.read()
            display.dispatch(block=False)
        except RuntimeError:
            log.warning("the Wayland compositor closed the idle connection; idle time is "
                        "unknown from now on", extra={"event": "idle_backend_lost"})
            self._disconnect()

    def _drain(self) -> None:
        """Dispatch events already waiting on the socket, without waiting for any."""
        display = self._display
        if display is None:
            return
        readable, _, _ = select.select([display.get_fd()], [], [], 0)
        if readable:
            self._read()

    # -- IdleMonitor ---------------------------------------------------------
    def set_resume_handler(self, handler: ResumeHandler | None) -> None:
        """Be told when input comes back after an idle period (see ``ResumeHandler``).

        Lets the app notice a return at once instead of at its next planned step.
        """
        self._on_resume = handler

    def watch_for_return(self) -> None:
        """Nothing to arm: the compositor tells every return ("resumed")."""

    def idle_seconds(self) -> float | None:
        """Seconds since the last input; None once the connection is closed or lost."""
        self._drain()
        if self._display is None:
            return None
        since = self._idle_since
        return 0.0 if since is None else max(0.0, self._clock() - since)

    def close(self) -> None:
        """Release the notification and the connection; safe to call twice."""
        display = self._display
        if display is None:
            return
        for obj in reversed(self._objects):
            release = getattr(obj, "release", None) or getattr(obj, "destroy", None)
            if release is not None and not obj.destroyed:
                try:
                    release()
                except Exception:  # the compositor may be gone already
                    log.debug("releasing %r failed", obj, exc_info=True)
        try:
            display.flush()
        except Exception:
            log.debug("flushing the idle connection failed", exc_info=True)
        self._disconnect()

    def _disconnect(self) -> None:
        watch = getattr(self, "_watch", None)
        if watch is not None:
            watch.setEnabled(False)
        self._objects = []
        display, self._display = self._display, None
        if display is not None:
            display.disconnect()
