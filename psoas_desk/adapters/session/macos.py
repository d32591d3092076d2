"""Lock state on macOS from ``CGSessionCopyCurrentDictionary`` (CoreGraphics).

The session dictionary has the key ``CGSSessionScreenIsLocked`` (a CFBoolean,
true) while the screen is locked and lacks it otherwise. macOS *pushes* lock
and sleep only as Cocoa notifications (``com.apple.screenIsLocked`` on the
distributed notification centre, ``NSWorkspaceWillSleepNotification``), which
need an Objective-C observer object; instead this source reads the dictionary
in ``refresh``, which the app calls at each engine step. A lock is therefore
noticed at the next step, not at once; sleep is left to the engine's clock
(the time the clock reports as slept, or a step that comes much later than
planned).

Tested only against fake CoreGraphics and CoreFoundation libraries.

Cost per refresh: one CoreGraphics call that asks the window server for a
small dictionary, one lookup and one release; not measured here. The
frameworks are loaded when the source is built, never at import time.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

from psoas_desk.adapters.idle.macos import CORE_GRAPHICS, load_framework
from psoas_desk.adapters.session.model import ChangeHandler, SessionChange

__all__ = ["CORE_FOUNDATION", "LOCKED_KEY", "MacSession"]

CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
LOCKED_KEY = b"CGSSessionScreenIsLocked"
K_CF_STRING_ENCODING_UTF8 = 0x08000100


class MacSession:
    """``SessionSource`` for macOS (lock state only, polled).

    Args:
        on_change: where to report changes.
        core_graphics: the CoreGraphics library (a fake in tests).
        core_foundation: the CoreFoundation library (a fake in tests).
        loader: loads a framework by path when a library is not given.

    Raises:
        OSError: not on macOS, or a function is missing.
    """

    name = "macos-cgsession"

    def __init__(self, on_change: ChangeHandler, *, core_graphics: Any | None = None,
                 core_foundation: Any | None = None,
                 loader: Callable[[str], Any] = load_framework) -> None:
        graphics = core_graphics if core_graphics is not None else loader(CORE_GRAPHICS)
        foundation = core_foundation if core_foundation is not None else loader(CORE_FOUNDATION)
        vp = ctypes.c_void_p
        try:
            self._copy_session = graphics.CGSessionCopyCurrentDictionary
            self._get_value = foundation.CFDictionaryGetValue
            self._boolean_value = foundation.CFBooleanGetValue
            self._release = foundation.CFRelease
            make_string = foundation.CFStringCreateWithCString
        except AttributeError as exc:
            raise OSError(f"a CoreGraphics or CoreFoundation function is missing: {exc}") from exc
        self._copy_session.argtypes, self._copy_session.restype = (), vp
        self._get_value.argtypes, self._get_value.restype = (vp, vp), vp
        self._boolean_value.argtypes, self._boolean_value.restype = (vp,), ctypes.c_ubyte
        self._release.argtypes, self._release.restype = (vp,), None
        make_string.argtypes, make_string.restype = (vp, ctypes.c_char_p, ctypes.c_uint32), vp
        self._key: int | None = make_string(None, LOCKED_KEY, K_CF_STRING_ENCODING_UTF8)
        if not self._key:
            raise OSError("CFStringCreateWithCString failed")
        self._on_change = on_change
        self._locked = self._read() or False

    def locked(self) -> bool | None:
        """The state the last refresh read."""
        return self._locked

    def refresh(self) -> None:
        """Read the session dictionary; report a change of the lock state."""
        state = self._read()
        if state is None or state == self._locked:
            return
        self._locked = state
        self._on_change(SessionChange.LOCKED if state else SessionChange.UNLOCKED)

    def close(self) -> None:
        """Release the key string; later refreshes read nothing. Safe to call twice."""
        key, self._key = self._key, None
        if key:
            self._release(key)

    def _read(self) -> bool | None:
        """Locked or not; None when there is no session dictionary (no window server)."""
        if not self._key:
            return None
        session = self._copy_session()
        if not session:
            return None
        try:
            value = self._get_value(session, self._key)
            return bool(value) and bool(self._boolean_value(value))
        finally:
            self._release(session)
