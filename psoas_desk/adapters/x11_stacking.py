"""The window manager's stacking order, bottom to top (EWMH).

A break's backdrops must stay under its break window, and which window a
window manager keeps above which depends on rules of its own (window types,
"transient for the group", focus stealing prevention). The app cannot know
every window manager's rules, so after showing a dimmed or full-screen break
it asks the one running: ``_NET_CLIENT_LIST_STACKING`` on the root window
lists the managed windows from bottom to top (window managers that follow the
freedesktop spec keep it).

Asked on a private connection (``xlib.XDisplay``, so an X error cannot end
the app), only while a break with backdrops is on screen.
"""

from __future__ import annotations

import logging

from psoas_desk.adapters.xlib import LibraryLoader, XlibError, load_library, open_display

__all__ = ["stacking_order"]

log = logging.getLogger(__name__)

XA_WINDOW = 33
"""The predefined atom of the type WINDOW (X11 protocol)."""


def stacking_order(display_name: str | None = None, *,
                   loader: LibraryLoader = load_library) -> list[int] | None:
    """The managed windows of the display, bottom to top.

    Args:
        display_name: an X display such as ":0"; None reads ``$DISPLAY``.
        loader: loads libX11 (injectable for tests).

    Returns:
        The window ids; None when the X server cannot be asked or the window
        manager does not keep the list.
    """
    display = open_display(display_name, loader=loader, purpose="read the window stacking")
    if display is None:
        return None
    try:
        atom = display.intern_atom("_NET_CLIENT_LIST_STACKING")
        windows = display.window_property(display.root, atom, XA_WINDOW)
    except XlibError as exc:
        log.info("cannot read the window stacking: %s", exc)
        return None
    finally:
        display.close()
    return list(windows) if windows else None
