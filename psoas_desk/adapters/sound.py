"""The soft sounds at the start and end of a break.

QtMultimedia is imported only when the first sound is due (it is large), and
only if sounds are on. With no audio output device, or any failure, the app
stays silent and logs it once: a missing sound is never an error for the user.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import Any

from psoas_desk import resources

log = logging.getLogger(__name__)



class SoundCue(StrEnum):
    """The shipped sounds; each value names its file in resources/sounds."""

    BREAK_START = "break-start"
    BREAK_END = "break-end"


SOUNDS = tuple(SoundCue)


class SoundPlayer:
    """Plays the shipped break sounds at a given volume (0-100)."""

    def __init__(self) -> None:
        self._effects: dict[str, Any] = {}
        self._unavailable = ""

    @property
    def unavailable(self) -> str:
        """Why sounds cannot play here ("" while they can or were never tried)."""
        return self._unavailable

    def check(self) -> str:
        """Find out now whether sounds can play; "" if so, else why not.

        Loads Qt Multimedia (as the first sound would), so only the settings
        window's Sounds page asks, not the idle app.
        """
        if not self._unavailable and not self._effects:
            self._load(SoundCue.BREAK_START.value)
        return self._unavailable

    def play(self, name: str, volume: int) -> bool:
        """Play ``name`` (a :class:`SoundCue`); returns whether it was started."""
        if self._unavailable or volume <= 0 or name not in SOUNDS:
            return False
        effect = self._effects.get(name) or self._load(name)
        if effect is None:
            return False
        effect.setVolume(max(0, min(100, volume)) / 100)
        effect.play()
        return True

    def _load(self, name: str) -> Any:
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:
            return self._give_up(f"Qt Multimedia is not available ({exc})")
        if not QMediaDevices.audioOutputs():
            return self._give_up("no audio output device")
        effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(resources.path("sounds", f"{name}.wav"))))
        self._effects[name] = effect
        return effect

    def _give_up(self, reason: str) -> None:
        self._unavailable = reason
        log.info("break sounds off: %s", reason)
        return None
