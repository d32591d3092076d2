"""Idle time on macOS from ``CGEventSourceSecondsSinceLastEventType`` (CoreGraphics).

Asked for the HID system state (``kCGEventSourceStateHIDSystemState``: what the
keyboard, mouse and trackpad themselves did) and any input event type
(``kCGAnyInputEventType``), CoreGraphics answers with the seconds since the
last hardware input, as a double. Events that applications post into the
session (automation, "mouse jigglers") are not in the HID state, so they do
not make the user look active.

Cost per reading: one CoreGraphics call that asks the window server; not
measured here, where only a fake library exercises this code. The framework
is loaded when the monitor is built, never at import time.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable
from typing import Any

__all__ = ["CORE_GRAPHICS", "MacIdleMonitor", "load_framework"]

CORE_GRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"
"""Where CoreGraphics lives (in the dyld shared cache on macOS 11+; dlopen finds it there)."""

K_CG_EVENT_SOURCE_STATE_HID_SYSTEM_STATE = 1
K_CG_ANY_INPUT_EVENT_TYPE = 0xFFFFFFFF  # (CGEventType)(~0) in CGEventTypes.h


def load_framework(path: str) -> Any:
    """Load a framework by its path.

    Raises:
        OSError: the framework does not exist here (not macOS).
    """
    return ctypes.CDLL(path)


class MacIdleMonitor:
    """``IdleMonitor`` for macOS.

    Args:
        core_graphics: the CoreGraphics library (a fake in tests); loaded
            with ``loader`` when None.
        loader: loads a framework by path.

    Raises:
        OSError: not on macOS, or the function is missing.
    """

    name = "macos-cgeventsource"

    def __init__(self, *, core_graphics: Any | None = None,
                 loader: Callable[[str], Any] = load_framework) -> None:
        library = core_graphics if core_graphics is not None else loader(CORE_GRAPHICS)
        try:
            seconds_since = library.CGEventSourceSecondsSinceLastEventType
        except AttributeError as exc:
            raise OSError(f"CGEventSourceSecondsSinceLastEventType is missing: {exc}") from exc
        # (CGEventSourceStateID, CGEventType) -> CFTimeInterval
        seconds_since.argtypes = (ctypes.c_int32, ctypes.c_uint32)
        seconds_since.restype = ctypes.c_double
        self._seconds_since: Any = seconds_since
        self._closed = False

    def idle_seconds(self) -> float | None:
        """Seconds since the last hardware input; None when the answer makes no sense."""
        if self._closed:
            return None
        seconds = float(self._seconds_since(K_CG_EVENT_SOURCE_STATE_HID_SYSTEM_STATE,
                                            K_CG_ANY_INPUT_EVENT_TYPE))
        if not math.isfinite(seconds) or seconds < 0:
            return None
        return seconds

    def close(self) -> None:
        """Later readings return None; nothing else to release. Safe to call twice."""
        self._closed = True
