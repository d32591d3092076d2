"""Break sounds: silent and harmless where no audio device exists."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import wave

from psoas_desk import resources
from psoas_desk.adapters.sound import SOUNDS, SoundPlayer


def test_the_shipped_sounds_are_short_soft_wav_files() -> None:
    for name in SOUNDS:
        with wave.open(str(resources.path("sounds", f"{name}.wav"))) as w:
            seconds = w.getnframes() / w.getframerate()
            assert 0.5 < seconds < 2.5
            assert w.getnchannels() == 1


def test_volume_zero_or_unknown_sound_plays_nothing_and_loads_nothing() -> None:
    player = SoundPlayer()
    assert player.play("break-start", 0) is False
    assert player.play("fanfare", 80) is False
    assert player.unavailable == ""


def test_without_an_audio_device_the_app_stays_silent_and_says_why() -> None:
    # In a child process: Qt Multimedia prints its own complaints about the
    # missing sound server, which are expected here and must not fail tests.
    code = textwrap.dedent("""
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from psoas_desk.adapters.sound import SoundPlayer
        p = SoundPlayer()
        print(p.play("break-start", 50), p.play("break-end", 50))
        print("REASON", p.unavailable)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, env={
                             "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                             "HOME": "/nonexistent", "XDG_RUNTIME_DIR": "/nonexistent",
                             # No sound server reachable, even on a desktop machine.
                             "PULSE_SERVER": "unix:/nonexistent/pulse"})
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "False False"
    assert lines[1].startswith("REASON ") and len(lines[1]) > len("REASON ")
