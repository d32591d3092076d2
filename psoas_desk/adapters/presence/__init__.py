"""Presence signs: someone is at the desk although nobody types.

A person in a call, watching a talk or dictating gives no keyboard or mouse
input but is sitting. The signs read here are: idle inhibitors held by
applications (``inhibitors``: GNOME's session manager, KDE's PowerDevil,
logind), a camera in use and a microphone in use (``devices``; the camera is
also a do-not-disturb source for the app).

Policy (the cap lives in the engine, ``presence.presence_sign_limit``, two
hours by default): a sign keeps you present for at most that limit after
your last input. A video left playing in an empty room, or a call app that
forgets to release its inhibitor, therefore cannot keep the sitting clock
running for ever: once the limit has passed since the last key press or
mouse move, you count as away from that moment on (the stretch up to the
limit stays counted as sitting: you may well have been watching), and a
natural break is credited as for any absence. Any input starts the limit
again. Signs never make anyone *absent*.

Each source can be switched off (``PresenceSwitches``); the app reads the
signs only at engine steps (rarely), with ``PresenceSigns.read``, once per
step. Windows (power requests) and macOS (power assertions,
``IOPMCopyAssertionsByProcess``) would be further inhibitor sources; none is
offered there yet, so those platforms have no presence signs.

Cost per read: one bounded D-Bus call per inhibitor source, the camera scan
(microseconds without a camera, a few milliseconds with one) and the
microphone check (microseconds); see each module. Measured: a read with two
inhibitor sources (GNOME, logind) and no camera or sound card, 1.1 ms median
(p95 up to 10 ms on a loaded 2-core VM, against Python fakes).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtDBus import QDBusConnection

from psoas_desk.adapters.choose import Rejected, working
from psoas_desk.adapters.presence.devices import CameraReader, MicrophoneReader
from psoas_desk.adapters.presence.inhibitors import (
    GnomeIdleInhibitors,
    KdeScreenInhibitors,
    LogindIdleInhibitors,
)

__all__ = [
    "CameraReader",
    "DeviceUse",
    "GnomeIdleInhibitors",
    "InhibitorCandidate",
    "InhibitorSource",
    "KdeScreenInhibitors",
    "LogindIdleInhibitors",
    "MicrophoneReader",
    "PresenceReading",
    "PresenceSigns",
    "PresenceSwitches",
    "default_devices",
    "default_inhibitor_candidates",
    "open_presence_signs",
]

log = logging.getLogger(__name__)


class InhibitorSource(Protocol):
    """A place where applications' idle inhibitors can be seen.

    Threading: GUI thread only; a check must not block longer than a short
    D-Bus timeout.
    """

    @property
    def name(self) -> str:
        """Short id for logs, e.g. "gnome-session"."""
        ...

    def inhibited(self) -> bool | None:
        """Whether an application holds an idle inhibitor now; None when unknown."""
        ...

    def close(self) -> None:
        """Stop asking; later checks answer None. Safe to call twice."""
        ...


class DeviceUse(Protocol):
    """A device that is in use or not (camera, microphone)."""

    @property
    def name(self) -> str:
        ...

    def in_use(self) -> bool:
        ...


InhibitorCandidate = tuple[str, Callable[[], InhibitorSource]]
"""A label for the log and a factory that builds the source or raises."""


@dataclass(frozen=True)
class PresenceSwitches:
    """Which signs count; the app derives them from the settings."""

    inhibitors: bool = True
    camera: bool = True
    microphone: bool = True


@dataclass(frozen=True)
class PresenceReading:
    """What one read found.

    Attributes:
        signs: the sources that showed a sign, e.g. ("gnome-session", "camera").
        camera_in_use: whether a camera is in use (checked when asked for,
            even if the camera does not count as a presence sign).
    """

    signs: tuple[str, ...] = ()
    camera_in_use: bool = False

    @property
    def present(self) -> bool:
        """Whether any sign says someone is there."""
        return bool(self.signs)


class PresenceSigns:
    """Reads the switched-on presence signs.

    Args:
        inhibitors: inhibitor sources that answered when they were chosen.
        camera: the camera reader, or None where there is none (not Linux).
        microphone: the microphone reader, or None.
        switches: which signs count.
    """

    def __init__(self, inhibitors: Sequence[InhibitorSource] = (), *,
                 camera: DeviceUse | None = None, microphone: DeviceUse | None = None,
                 switches: PresenceSwitches = PresenceSwitches()) -> None:
        self._inhibitors = list(inhibitors)
        self._camera = camera
        self._microphone = microphone
        self.switches = switches
        self._last_signs: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every source available here, for logs and the status."""
        names = [source.name for source in self._inhibitors]
        names += [d.name for d in (self._camera, self._microphone) if d is not None]
        return tuple(names)

    def read(self, *, camera: bool = False) -> PresenceReading:
        """Check every switched-on source once.

        Args:
            camera: check the camera even when it does not count as a presence
                sign (the app asks when the camera is a do-not-disturb source).
        """
        switches = self.switches
        signs: list[str] = []
        if switches.inhibitors:
            signs += [source.name for source in self._inhibitors if self._inhibited(source)]
        if switches.microphone and self._in_use(self._microphone):
            signs.append("microphone")
        camera_in_use = False
        if switches.camera or camera:
            camera_in_use = self._in_use(self._camera)
            if camera_in_use and switches.camera:
                signs.append("camera")
        reading = PresenceReading(tuple(signs), camera_in_use)
        if reading.signs != self._last_signs:
            self._last_signs = reading.signs
            log.info("presence signs: %s", ", ".join(self._describe(reading.signs)) or "none",
                      extra={"event": "presence_signs", "signs": list(reading.signs)})
        return reading

    def present_sign(self) -> bool:
        """Whether any switched-on sign says someone is there."""
        return self.read().present

    def camera_in_use(self) -> bool:
        """Whether a camera is in use (whatever the switches say)."""
        return self._in_use(self._camera)

    def close(self) -> None:
        """Close the inhibitor sources; safe to call twice."""
        for source in self._inhibitors:
            source.close()

    # -- helpers ---------------------------------------------------------------
    @staticmethod
    def _inhibited(source: InhibitorSource) -> bool:
        try:
            return source.inhibited() is True
        except Exception:  # a source's bug must not stop the engine step
            log.exception("checking the inhibitor source %s failed", source.name)
            return False

    @staticmethod
    def _in_use(device: DeviceUse | None) -> bool:
        if device is None:
            return False
        try:
            return device.in_use()
        except Exception:
            log.exception("checking the %s failed", device.name)
            return False

    def _describe(self, signs: tuple[str, ...]) -> list[str]:
        described = []
        for sign in signs:
            holders = next((getattr(s, "holders", ()) for s in self._inhibitors
                            if s.name == sign), ())
            described.append(f"{sign} ({'; '.join(holders)})" if holders else sign)
        return described


def _first_answer(source: InhibitorSource) -> str:
    first: object = source.inhibited()
    if not isinstance(first, bool):
        raise Rejected(f"its first answer was {first!r}")
    return f"inhibited at start: {first}"


def open_presence_signs(candidates: Sequence[InhibitorCandidate], *,
                        camera: DeviceUse | None = None,
                        microphone: DeviceUse | None = None,
                        switches: PresenceSwitches = PresenceSwitches()) -> PresenceSigns:
    """Keep every inhibitor candidate that builds and whose first answer is a bool.

    A candidate that raises, or answers None at first, is skipped (and closed)
    with the reason logged.
    """
    kept = working(candidates, what="inhibitor source", log=log, probe=_first_answer,
                   close=lambda source: source.close(), keep_all=True)
    signs = PresenceSigns([source for _label, source in kept], camera=camera,
                          microphone=microphone, switches=switches)
    log.info("presence sources: %s", ", ".join(signs.names) or "none")
    return signs


def default_inhibitor_candidates(*, session_bus: QDBusConnection | None = None,
                                 system_bus: QDBusConnection | None = None,
                                 platform: str = sys.platform) -> list[InhibitorCandidate]:
    """The inhibitor sources worth trying here (Linux and the BSDs only)."""
    if platform in ("win32", "darwin"):
        return []
    candidates: list[InhibitorCandidate] = []
    if session_bus is not None:
        session = session_bus
        candidates.append(("gnome-session", lambda: GnomeIdleInhibitors(session)))
        candidates.append(("kde-powerdevil", lambda: KdeScreenInhibitors(session)))
    if system_bus is not None:
        system = system_bus
        candidates.append(("logind", lambda: LogindIdleInhibitors(system)))
    return candidates


def default_devices(platform: str = sys.platform, *,
                    proc_root: Path = Path("/proc")) -> tuple[DeviceUse | None, DeviceUse | None]:
    """The camera and microphone readers for this platform (Linux only), or Nones."""
    if not platform.startswith("linux"):
        return None, None
    return (CameraReader(proc_root, own_pid=os.getpid()),
            MicrophoneReader(proc_root / "asound"))
