"""The real clock handed to the engine.

``monotonic`` must keep counting while the machine sleeps, so suspend shows up
as time passing (Python's ``time.monotonic`` does not on Linux or macOS):

- Linux: CLOCK_BOOTTIME; slept time = CLOCK_BOOTTIME - CLOCK_MONOTONIC.
- macOS: CLOCK_MONOTONIC (counts sleep there); slept = it - CLOCK_UPTIME_RAW.
- Windows: ``time.monotonic`` (GetTickCount64 counts sleep); slept time =
  QueryInterruptTime - QueryUnbiasedInterruptTime (Windows 10+), else unknown.

Reading two clocks is not atomic; the engine ignores differences under a second.
"""

from __future__ import annotations

import ctypes
import sys
import time
from collections.abc import Callable
from datetime import datetime


class SystemClock:
    """Monotonic time that includes suspend, local wall time, and time slept."""

    def __init__(self) -> None:
        self._mono: Callable[[], float] = time.monotonic
        self._slept: Callable[[], float | None] = lambda: None
        if sys.platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME"):
            boot, mono = time.CLOCK_BOOTTIME, time.CLOCK_MONOTONIC
            self._mono = lambda: time.clock_gettime(boot)
            self._slept = lambda: time.clock_gettime(boot) - time.clock_gettime(mono)
        elif sys.platform == "darwin" and hasattr(time, "CLOCK_UPTIME_RAW"):
            mono, awake = time.CLOCK_MONOTONIC, time.CLOCK_UPTIME_RAW
            self._mono = lambda: time.clock_gettime(mono)
            self._slept = lambda: time.clock_gettime(mono) - time.clock_gettime(awake)
        elif sys.platform == "win32":
            self._slept = _windows_slept()

    def monotonic(self) -> float:
        return self._mono()

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def suspended_total(self) -> float | None:
        return self._slept()


def _windows_slept() -> Callable[[], float | None]:
    """Interrupt time with and without sleep, in 100 ns units (Windows 10+)."""
    if sys.platform != "win32":
        return lambda: None
    try:
        api = ctypes.WinDLL("api-ms-win-core-realtime-l1-1-1.dll")
        biased = api.QueryInterruptTime
        unbiased = api.QueryUnbiasedInterruptTime
    except (OSError, AttributeError):
        return lambda: None

    def slept() -> float | None:
        a, b = ctypes.c_ulonglong(), ctypes.c_ulonglong()
        biased(ctypes.byref(a))
        unbiased(ctypes.byref(b))
        return (a.value - b.value) / 1e7

    return slept
