"""Keep break windows out of the taskbar where they should not be listed (X11, XWayland).

A break's backdrops (the dim and full-screen modes) are plain windows on X11
and must never be listed: they are mapped with ``_NET_WM_STATE_SKIP_TASKBAR``
and ``_NET_WM_STATE_SKIP_PAGER`` (pagers and most window switchers honour
these). And on GNOME a popup is kept out of the taskbar for a moment:

When Mutter maps a window without giving it the focus (what a break popup
asks for) and the window overlaps the focused one, it marks it as demanding
attention, and GNOME Shell then shows a "'Micro-break' is ready" banner, each
break. GNOME Shell skips that banner for windows that are left out of the
taskbar (``_NET_WM_STATE_SKIP_TASKBAR``) at that moment. So the popup carries
that state when it is mapped, and drops it again a moment later, which puts
it back in Alt+Tab and the overview for people who reach it by keyboard.

The state is written on Qt's own Xlib connection (its ``Display*``), so it
reaches the X server before Qt's map request; Qt keeps states it finds on a
window that is not mapped yet and adds its own (``_NET_WM_STATE_ABOVE``).

Cost: libX11 is already loaded by Qt's xcb platform; two requests per popup.
"""

from __future__ import annotations

import ctypes
import logging

from psoas_desk.adapters.xlib import XA_ATOM, load_library

__all__ = ["TaskbarState"]

log = logging.getLogger(__name__)

_PROP_MODE_APPEND = 2
_CLIENT_MESSAGE = 33
_NET_WM_STATE_REMOVE = 0
_SOURCE_APPLICATION = 1
# SubstructureNotifyMask | SubstructureRedirectMask: how EWMH asks the window manager.
_TO_WINDOW_MANAGER = (1 << 19) | (1 << 20)


class _ClientMessage(ctypes.Structure):
    """XClientMessageEvent, padded to the size of an XEvent (24 longs)."""

    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
        ("pad", ctypes.c_long * 12),
    )


class TaskbarState:
    """Adds and removes ``_NET_WM_STATE_SKIP_TASKBAR`` on windows of Qt's X connection.

    Args:
        display: Qt's ``Display*`` (``QNativeInterface.QX11Application.display()``).

    Raises:
        OSError: libX11 cannot be loaded.
    """

    def __init__(self, display: int) -> None:
        lib = load_library("X11")
        vp, ul = ctypes.c_void_p, ctypes.c_ulong
        lib.XInternAtom.argtypes = (vp, ctypes.c_char_p, ctypes.c_int)
        lib.XInternAtom.restype = ul
        lib.XChangeProperty.argtypes = (vp, ul, ul, ul, ctypes.c_int, ctypes.c_int,
                                        ctypes.c_void_p, ctypes.c_int)
        lib.XDefaultRootWindow.argtypes = (vp,)
        lib.XDefaultRootWindow.restype = ul
        lib.XSendEvent.argtypes = (vp, ul, ctypes.c_int, ctypes.c_long, ctypes.c_void_p)
        lib.XFlush.argtypes = (vp,)
        self._lib = lib
        self._dpy = ctypes.c_void_p(display)
        self._state = lib.XInternAtom(self._dpy, b"_NET_WM_STATE", 0)
        self._skip = lib.XInternAtom(self._dpy, b"_NET_WM_STATE_SKIP_TASKBAR", 0)
        self._skip_pager = lib.XInternAtom(self._dpy, b"_NET_WM_STATE_SKIP_PAGER", 0)

    def skip_before_map(self, window: int, *, pager: bool = False) -> None:
        """Mark a window that is not mapped yet as left out of the taskbar
        (and, with ``pager``, out of pagers and window switchers too)."""
        atoms = [self._skip, self._skip_pager] if pager else [self._skip]
        value = (ctypes.c_ulong * len(atoms))(*atoms)
        self._lib.XChangeProperty(self._dpy, window, self._state, XA_ATOM, 32,
                                  _PROP_MODE_APPEND, value, len(atoms))
        self._lib.XFlush(self._dpy)

    def show_in_taskbar(self, window: int) -> None:
        """Ask the window manager to list a mapped window again (EWMH client message)."""
        event = _ClientMessage(type=_CLIENT_MESSAGE, send_event=1, display=self._dpy.value,
                               window=window, message_type=self._state, format=32)
        event.data[:] = [_NET_WM_STATE_REMOVE, self._skip, 0, _SOURCE_APPLICATION, 0]
        root = self._lib.XDefaultRootWindow(self._dpy)
        self._lib.XSendEvent(self._dpy, root, 0, _TO_WINDOW_MANAGER, ctypes.byref(event))
        self._lib.XFlush(self._dpy)
