"""Gathers what the adapters see into one engine :class:`Observation`.

Each source is optional and chosen once at start (with its null backend when
nothing works); the settings decide which do-not-disturb sources count.
"""

from __future__ import annotations

import logging

from psoas_desk.adapters.dnd import DndSources
from psoas_desk.adapters.fullscreen import FullscreenMonitor
from psoas_desk.adapters.idle import IdleMonitor, ResumeNotifying
from psoas_desk.adapters.presence import PresenceSigns, PresenceSwitches
from psoas_desk.adapters.session import SessionMonitor
from psoas_desk.core.model import Observation
from psoas_desk.core.settings import Settings

log = logging.getLogger(__name__)


class Observer:
    """Reads the idle time, lock state, presence signs and do-not-disturb sources."""

    def __init__(self, idle: IdleMonitor, fullscreen: FullscreenMonitor,
                 dnd: DndSources | None = None, *, session: SessionMonitor | None = None,
                 presence: PresenceSigns | None = None) -> None:
        self.idle = idle
        self._returns = idle if isinstance(idle, ResumeNotifying) else None
        self.fullscreen = fullscreen
        self.dnd = dnd
        self.session = session
        self.presence = presence
        self.locked = False
        """Whether the screen is locked (from the session monitor, or set by tests)."""
        self.presence_sign = False
        """A presence sign seen outside the presence sources (tests)."""

    @property
    def idle_backend(self) -> str:
        return self.idle.name

    def backends(self) -> dict[str, str]:
        """The backend behind each capability, for ``status`` and the log."""
        return {
            "idle": self.idle.name,
            "fullscreen": self.fullscreen.name,
            "desktop_dnd": ", ".join(self.dnd.names) if self.dnd else "none",
            "session": self.session.name if self.session else "none",
            "presence": ", ".join(self.presence.names) if self.presence else "none",
        }

    def observe(self, settings: Settings) -> Observation:
        """One reading of everything (cheap: a few X11 and D-Bus round trips at most)."""
        idle = self.idle.idle_seconds()
        away_s = settings.presence.away_threshold.total_seconds()
        if self._returns is not None and idle is not None and idle >= away_s:
            # Away (or reading): be told of the next input at once, not at
            # the next planned step (once per absence; see ResumeNotifying).
            self._returns.watch_for_return()
        if self.session is not None:
            try:
                self.session.refresh()
                self.locked = self.session.locked()
            except Exception:
                log.exception("session check failed")
        use_signs = settings.presence.use_presence_signs
        want_camera = settings.dnd.enabled and settings.dnd.camera
        sign, camera = self.presence_sign, False
        if self.presence is not None and (use_signs or want_camera):
            try:
                self.presence.switches = PresenceSwitches(use_signs, use_signs, use_signs)
                reading = self.presence.read(camera=want_camera)
                sign = sign or reading.present
                camera = reading.camera_in_use
            except Exception:
                log.exception("presence check failed")
        reasons = []
        if settings.dnd.enabled:
            if settings.dnd.fullscreen and self._fullscreen():
                reasons.append("fullscreen")
            if settings.dnd.desktop_dnd and self._desktop_dnd():
                reasons.append("do-not-disturb")
            if want_camera and camera:
                reasons.append("camera")
        return Observation(idle_s=idle, locked=self.locked,
                           presence_sign=sign and use_signs,
                           dnd=bool(reasons), dnd_reason=", ".join(reasons))

    def _fullscreen(self) -> bool:
        try:
            return self.fullscreen.fullscreen_active()
        except Exception:  # an adapter bug must not stop the engine
            log.exception("fullscreen check failed")
            return False

    def _desktop_dnd(self) -> bool:
        if self.dnd is None:
            return False
        try:
            return self.dnd.desktop_dnd_active()
        except Exception:
            log.exception("do-not-disturb check failed")
            return False

    def close(self) -> None:
        self.idle.close()
        self.fullscreen.close()
        for source in (self.dnd, self.session, self.presence):
            if source is not None:
                source.close()
