"""Sound cues: a soft sound when a break starts and when one is completed,
as the settings allow (Workrave's SoundTheme plays its cues the same way:
the app says which moment it is, the theme decides what is heard).
"""

from __future__ import annotations

from collections.abc import Callable

from psoas_desk.adapters.sound import SoundCue, SoundPlayer
from psoas_desk.core import events as ev
from psoas_desk.core.model import BreakOutcome
from psoas_desk.core.settings import Settings


class SoundCues:
    """Plays the cue for a break's start and its completion.

    Args:
        player: the sound adapter, or None where there is none (tests).
        settings: the settings in effect (sounds on, volume).
    """

    def __init__(self, player: SoundPlayer | None, settings: Callable[[], Settings]) -> None:
        self._player = player
        self._settings = settings

    def break_started(self, _event: ev.BreakStarted) -> None:
        self.play(SoundCue.BREAK_START)

    def break_ended(self, event: ev.BreakEnded) -> None:
        if event.started_at is not None and event.outcome is BreakOutcome.COMPLETED:
            self.play(SoundCue.BREAK_END)

    def play(self, cue: SoundCue) -> None:
        sounds = self._settings().sounds
        if sounds.enabled and self._player is not None:
            self._player.play(cue, sounds.volume)
