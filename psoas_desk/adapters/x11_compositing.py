"""Whether an X11 desktop blends windows (a compositing manager is running).

The "dim" break display paints translucent black over every screen. Only a
compositing manager (the window managers of GNOME, KDE and Xfce, or picom,
xcompmgr...) blends such a window with what is beneath it; without one the
X server shows its pixels as they are and the screens go black. The
freedesktop window-manager spec names the sign: a compositing manager owns
the selection ``_NET_WM_CM_S<screen>`` for the screen it composites.

Asked once per dimmed break on a private connection (``xlib.XDisplay``, so an
X error cannot end the app); a compositor can be started or stopped at any
time, so the answer is not kept.
"""

from __future__ import annotations

import ctypes
import logging

from psoas_desk.adapters.xlib import LibraryLoader, load_library, open_display

__all__ = ["compositing_active"]

log = logging.getLogger(__name__)


def compositing_active(display_name: str | None = None, *,
                       loader: LibraryLoader = load_library) -> bool | None:
    """Whether a compositing manager runs on the display's default screen.

    Args:
        display_name: an X display such as ":0"; None reads ``$DISPLAY``.
        loader: loads libX11 (injectable for tests).

    Returns:
        True or False; None when the X server cannot be asked.
    """
    display = open_display(display_name, loader=loader,
                           purpose="tell whether windows are blended")
    if display is None:
        return None
    try:
        lib = display.lib
        lib.XDefaultScreen.argtypes = (ctypes.c_void_p,)
        lib.XGetSelectionOwner.argtypes = (ctypes.c_void_p, ctypes.c_ulong)
        lib.XGetSelectionOwner.restype = ctypes.c_ulong

        def owned(dpy: int) -> bool:
            name = f"_NET_WM_CM_S{lib.XDefaultScreen(dpy)}".encode()
            return bool(lib.XGetSelectionOwner(dpy, lib.XInternAtom(dpy, name, 0)))

        return display.call(owned)
    finally:
        display.close()
