#!/usr/bin/env python3
"""Synthesise the two soft break sounds shipped in resources/sounds/.

Run once when the sounds change; the WAV files are committed. They are plain
sine tones with a slow attack and a long decay (no samples from elsewhere):
break-start rises a fourth (A4 -> D5), break-end falls back (D5 -> A4).
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050


def tone(freqs: list[float], seconds: float, gap: float) -> list[float]:
    out = [0.0] * int(RATE * (seconds + gap * (len(freqs) - 1)))
    for n, freq in enumerate(freqs):
        start = int(RATE * gap * n)
        for i in range(int(RATE * seconds)):
            t = i / RATE
            attack = min(1.0, t / 0.04)
            decay = math.exp(-t * 3.2)
            # A soft bell: the fundamental with a quiet octave partial.
            value = (math.sin(2 * math.pi * freq * t)
                     + 0.25 * math.sin(2 * math.pi * 2 * freq * t) * math.exp(-t * 6))
            out[start + i] += 0.32 * attack * decay * value
    return out


def write(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767))
                               for s in samples))


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else (
        Path(__file__).resolve().parent.parent / "resources" / "sounds")
    folder.mkdir(parents=True, exist_ok=True)
    write(folder / "break-start.wav", tone([440.0, 587.33], 1.1, 0.22))
    write(folder / "break-end.wav", tone([587.33, 440.0], 1.1, 0.22))
    return 0


if __name__ == "__main__":
    sys.exit(main())
