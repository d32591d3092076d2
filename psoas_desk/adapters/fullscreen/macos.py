"""Full-screen detection on macOS from the window server's window list.

macOS has no "is the front window full screen" call for other apps' windows.
What is possible without special permissions: ``CGWindowListCopyWindowInfo``
lists the on-screen windows front to back with their layer, owner process
and bounds (window *titles* would need the screen-recording permission, but
are not used). A window counts as full screen when the frontmost window of
the normal layer (layer 0) that is not ours covers a whole display exactly:
a native full-screen window (its own Space, menu bar hidden), a slide show or
a video player. A merely zoomed window leaves the menu bar visible, so it
does not count.

Honest limits: a full-screen window on a second display that is not the
frontmost window is missed (like the X11 backend, which looks at the active
window); a borderless window that happens to be display-sized counts.

The CoreGraphics and CoreFoundation frameworks are loaded lazily through an
injectable loader (tests pass a fake). Cost per reading: one window-list
copy, a few hundred microseconds to a few milliseconds with many windows.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable
from typing import Any

__all__ = ["CGRect", "FrameworkLoader", "MacFullscreenMonitor", "load_framework"]

FrameworkLoader = Callable[[str], Any]
"""Loads a framework by name ("CoreGraphics", "CoreFoundation"); raises OSError if missing."""

_ON_SCREEN_ONLY = 1 << 0  # kCGWindowListOptionOnScreenOnly
_EXCLUDE_DESKTOP = 1 << 4  # kCGWindowListExcludeDesktopElements
_NULL_WINDOW = 0  # kCGNullWindowID
_SINT64 = 4  # kCFNumberSInt64Type
_UTF8 = 0x08000100  # kCFStringEncodingUTF8
_MAX_DISPLAYS = 32
_TOLERANCE = 1.0  # points; bounds are whole points in practice


class CGPoint(ctypes.Structure):
    _fields_ = (("x", ctypes.c_double), ("y", ctypes.c_double))


class CGSize(ctypes.Structure):
    _fields_ = (("width", ctypes.c_double), ("height", ctypes.c_double))


class CGRect(ctypes.Structure):
    """CoreGraphics' rectangle: origin and size, in points."""

    _fields_ = (("origin", CGPoint), ("size", CGSize))


def load_framework(name: str) -> Any:
    """Load a system framework by name.

    Raises:
        OSError: not on macOS.
    """
    return ctypes.CDLL(f"/System/Library/Frameworks/{name}.framework/{name}")


def _declare(cg: Any, cf: Any) -> None:
    vp = ctypes.c_void_p
    cg.CGWindowListCopyWindowInfo.argtypes = (ctypes.c_uint32, ctypes.c_uint32)
    cg.CGWindowListCopyWindowInfo.restype = vp
    cg.CGGetActiveDisplayList.argtypes = (ctypes.c_uint32, ctypes.POINTER(ctypes.c_uint32),
                                          ctypes.POINTER(ctypes.c_uint32))
    cg.CGGetActiveDisplayList.restype = ctypes.c_int32
    cg.CGDisplayBounds.argtypes = (ctypes.c_uint32,)
    cg.CGDisplayBounds.restype = CGRect
    cg.CGRectMakeWithDictionaryRepresentation.argtypes = (vp, ctypes.POINTER(CGRect))
    cg.CGRectMakeWithDictionaryRepresentation.restype = ctypes.c_bool
    cf.CFArrayGetCount.argtypes = (vp,)
    cf.CFArrayGetCount.restype = ctypes.c_long
    cf.CFArrayGetValueAtIndex.argtypes = (vp, ctypes.c_long)
    cf.CFArrayGetValueAtIndex.restype = vp
    cf.CFDictionaryGetValue.argtypes = (vp, vp)
    cf.CFDictionaryGetValue.restype = vp
    cf.CFNumberGetValue.argtypes = (vp, ctypes.c_int, ctypes.POINTER(ctypes.c_int64))
    cf.CFNumberGetValue.restype = ctypes.c_bool
    cf.CFStringCreateWithCString.argtypes = (vp, ctypes.c_char_p, ctypes.c_uint32)
    cf.CFStringCreateWithCString.restype = vp
    cf.CFRelease.argtypes = (vp,)
    cf.CFRelease.restype = None


class MacFullscreenMonitor:
    """``FullscreenMonitor`` for macOS (see the module docstring for the rule).

    Args:
        loader: loads the frameworks; injectable for tests.
        own_pid: our process id, whose windows (break popups) never count.

    Raises:
        OSError: the frameworks are missing (not macOS).
        AttributeError: a framework lacks a function we use.
    """

    name = "macos-cgwindow"

    def __init__(self, *, loader: FrameworkLoader = load_framework,
                 own_pid: int | None = None) -> None:
        self._cg = loader("CoreGraphics")
        self._cf = loader("CoreFoundation")
        _declare(self._cg, self._cf)
        self._own_pid = os.getpid() if own_pid is None else own_pid
        # The window dictionary's keys are CFStrings with these very texts.
        self._keys: dict[str, int] = {}
        for text in ("kCGWindowLayer", "kCGWindowOwnerPID", "kCGWindowBounds"):
            key = self._cf.CFStringCreateWithCString(None, text.encode(), _UTF8)
            if not key:
                self.close()
                raise OSError(f"cannot create the CFString {text}")
            self._keys[text] = key

    def fullscreen_active(self) -> bool:
        """True while the frontmost normal window of another app covers a whole display."""
        if not self._keys:
            return False
        displays = self._display_bounds()
        windows = self._cg.CGWindowListCopyWindowInfo(_ON_SCREEN_ONLY | _EXCLUDE_DESKTOP,
                                                      _NULL_WINDOW)
        if not windows or not displays:
            if windows:
                self._cf.CFRelease(windows)
            return False
        try:
            for index in range(self._cf.CFArrayGetCount(windows)):
                info = self._cf.CFArrayGetValueAtIndex(windows, index)
                if self._number(info, "kCGWindowLayer") != 0:
                    continue  # menu bar, Dock, overlays, panels
                if self._number(info, "kCGWindowOwnerPID") == self._own_pid:
                    continue  # our own break window
                bounds = self._bounds(info)
                return bounds is not None and any(_same(bounds, d) for d in displays)
            return False
        finally:
            self._cf.CFRelease(windows)

    def close(self) -> None:
        """Release the key strings; later readings return False. Safe to call twice."""
        keys, self._keys = self._keys, {}
        for key in keys.values():
            self._cf.CFRelease(key)

    def _display_bounds(self) -> list[tuple[float, float, float, float]]:
        ids = (ctypes.c_uint32 * _MAX_DISPLAYS)()
        count = ctypes.c_uint32(0)
        if self._cg.CGGetActiveDisplayList(_MAX_DISPLAYS, ids, ctypes.pointer(count)) != 0:
            return []
        return [_tuple(self._cg.CGDisplayBounds(ids[i]))
                for i in range(min(count.value, _MAX_DISPLAYS))]

    def _number(self, info: int, key: str) -> int | None:
        value = self._cf.CFDictionaryGetValue(info, self._keys[key])
        if not value:
            return None
        out = ctypes.c_int64(0)
        if not self._cf.CFNumberGetValue(value, _SINT64, ctypes.pointer(out)):
            return None
        return out.value

    def _bounds(self, info: int) -> tuple[float, float, float, float] | None:
        value = self._cf.CFDictionaryGetValue(info, self._keys["kCGWindowBounds"])
        rect = CGRect()
        if not value or not self._cg.CGRectMakeWithDictionaryRepresentation(
                value, ctypes.pointer(rect)):
            return None
        return _tuple(rect)


def _tuple(rect: CGRect) -> tuple[float, float, float, float]:
    return (rect.origin.x, rect.origin.y, rect.size.width, rect.size.height)


def _same(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return all(abs(x - y) <= _TOLERANCE for x, y in zip(a, b, strict=True))
