"""Which Qt platform the app's windows use, and how break popups keep out of the keyboard.

A break popup must appear above the person's work and leave the keyboard
where it is. X11 window managers honour a window that asks not to be
activated; native Wayland compositors decide focus themselves and give it to
every new window. What works, per desktop (measured on Debian 12's GNOME
Shell 43, KWin 5.27 and sway 1.7; see the README's "Desktops" table):

- GNOME and KDE Plasma on Wayland: the app runs under XWayland (Qt's
  ``xcb`` platform) when the session has it. Mutter and KWin keep an X11
  window that asks to stay above on top and do not activate it. Cost:
  XWayland windows are scaled as a bitmap on fractional or mixed-scale
  screens (text may look soft there), and the app needs ``DISPLAY``.
- sway and Hyprland: native Wayland, plus window rules sent over the
  compositor's IPC at start-up (``adapters/compositor_ipc``): not focused,
  floating, on top, centred; they match the popups' titles in every
  language we ship, so a language change needs no new rules.
- Other Wayland compositors: native Wayland; the compositor decides (the
  popup's key guard still swallows the first keys).

A person can override the choice: ``QT_QPA_PLATFORM`` (Qt's own variable)
wins, then the ``popups.window_system`` setting, then the automatic choice.
The choice and its reason go to the log and to ``status``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from psoas_desk.core.settings import WindowSystem

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    from psoas_desk.adapters.x11_popup_state import TaskbarState

log = logging.getLogger(__name__)

__all__ = [
    "XWAYLAND_FIRST",
    "WindowingChoice",
    "backdrop_window_type",
    "choose_windowing",
    "desktop_of",
    "keep_popups_unfocused",
    "popup_titles",
    "screens_blend",
    "show_popup",
    "stacking_order",
    "tray_hint",
]

XWAYLAND_FIRST = "xcb;wayland"
"""Qt tries XWayland and falls back to native Wayland when the X server cannot be
reached (``DISPLAY`` set but Xwayland gone or refusing), instead of aborting."""


@dataclass(frozen=True)
class WindowingChoice:
    """The Qt platform chosen before Qt starts, and why."""

    platform: str | None
    """The value for ``QT_QPA_PLATFORM``, or None to leave Qt's default."""
    chosen_by: str
    """"QT_QPA_PLATFORM", "setting" or "automatic"."""
    reason: str
    """Plain words for the log and ``status``."""
    desktop: str
    """"gnome", "kde", "sway", "hyprland", "wayland" (another compositor) or "x11"."""

    def status(self, qt_platform: str, focus: str) -> dict[str, str]:
        """The ``windows`` object of ``status --json``."""
        return {"qt_platform": qt_platform, "chosen_by": self.chosen_by,
                "reason": self.reason, "desktop": self.desktop, "focus": focus}


def is_wayland_session(env: Mapping[str, str]) -> bool:
    return env.get("XDG_SESSION_TYPE") == "wayland" or bool(env.get("WAYLAND_DISPLAY"))


def desktop_of(env: Mapping[str, str]) -> str:
    """Which kind of desktop the environment describes (see ``WindowingChoice.desktop``)."""
    if not is_wayland_session(env):
        return "x11"
    names = env.get("XDG_CURRENT_DESKTOP", "").lower().split(":")
    if env.get("SWAYSOCK") or "sway" in names:
        return "sway"
    if env.get("HYPRLAND_INSTANCE_SIGNATURE") or "hyprland" in names:
        return "hyprland"
    if "gnome" in names:  # GNOME, ubuntu:GNOME, GNOME-Classic:GNOME
        return "gnome"
    if "kde" in names or env.get("KDE_FULL_SESSION") == "true":
        return "kde"
    return "wayland"


def choose_windowing(env: Mapping[str, str], setting: WindowSystem) -> WindowingChoice:
    """Pick the Qt platform for this session (called before Qt starts).

    Args:
        env: the process environment.
        setting: ``popups.window_system`` from the settings file.
    """
    desktop = desktop_of(env)
    forced = env.get("QT_QPA_PLATFORM", "")
    if forced:
        return WindowingChoice(None, "QT_QPA_PLATFORM", f"QT_QPA_PLATFORM={forced} is set",
                               desktop)
    if desktop == "x11":
        return WindowingChoice(None, "automatic", "an X11 session", desktop)
    has_xwayland = bool(env.get("DISPLAY"))
    if setting is WindowSystem.X11:
        if has_xwayland:
            return WindowingChoice(XWAYLAND_FIRST, "setting",
                                   "the settings ask for X11 (XWayland)", desktop)
        return WindowingChoice("wayland", "setting", "the settings ask for X11, but this "
                               "session has no XWayland (DISPLAY is unset)", desktop)
    if setting is WindowSystem.WAYLAND:
        return WindowingChoice("wayland", "setting", "the settings ask for native Wayland",
                               desktop)
    if desktop in ("gnome", "kde"):
        if has_xwayland:
            return WindowingChoice(XWAYLAND_FIRST, "automatic", "on GNOME and KDE Wayland, "
                                   "XWayland windows stay on top without taking the keyboard",
                                   desktop)
        return WindowingChoice("wayland", "automatic", "no XWayland in this session "
                               "(DISPLAY is unset): breaks may take the keyboard focus",
                               desktop)
    if desktop in ("sway", "hyprland"):
        return WindowingChoice("wayland", "automatic", f"native Wayland with {desktop}'s "
                               "window rules for the break windows", desktop)
    return WindowingChoice("wayland", "automatic", "native Wayland: this compositor decides "
                           "which window gets the keyboard", desktop)


def popup_titles() -> list[str]:
    """The break popups' window titles in every language we ship, English included.

    Window rules sent to sway or Hyprland at start-up match on these, so they
    still match after the person changes the language while the app runs
    (a compositor keeps rules until it exits; sending them again would only
    add more).
    """
    from psoas_desk.i18n import in_every_language
    from psoas_desk.ui.kind_texts import TITLES

    return [title for source in TITLES.values()
            for title in in_every_language("BreakKind", source)]


def keep_popups_unfocused(choice: WindowingChoice, qt_platform: str, env: Mapping[str, str],
                          app_id: str, titles: list[str]) -> str:
    """Set up what keeps break popups from taking the keyboard; returns how, for ``status``.

    Returns one of: "window-manager" (X11: the popup asks not to be
    activated), "xwayland" (GNOME/KDE keep XWayland popups above, unfocused),
    "sway-rules", "hyprland-rules", or "none" (the compositor decides; the
    key guard is the only protection).
    """
    if qt_platform == "offscreen":
        return "none"
    if choice.desktop == "sway" and env.get("SWAYSOCK"):
        from psoas_desk.adapters.compositor_ipc import CompositorIpcError, send_sway, sway_rules

        try:
            send_sway(env["SWAYSOCK"], sway_rules(app_id, titles))
        except CompositorIpcError as exc:
            log.warning("could not set sway's rules for break windows: %s", exc)
            return "none"
        return "sway-rules"
    if choice.desktop == "hyprland":
        from psoas_desk.adapters.compositor_ipc import (
            CompositorIpcError,
            hyprland_rules,
            hyprland_socket,
            send_hyprland,
        )

        path = hyprland_socket(env)
        try:
            if path is None:
                raise CompositorIpcError("Hyprland's socket was not found")
            send_hyprland(path, hyprland_rules(app_id, titles))
        except CompositorIpcError as exc:
            log.warning("could not set Hyprland's rules for break windows: %s", exc)
            return "none"
        return "hyprland-rules"
    if qt_platform == "xcb":
        return "xwayland" if choice.desktop in ("gnome", "kde") else (
            "window-manager" if choice.desktop == "x11" else "none")
    return "none"


def tray_hint(env: Mapping[str, str]) -> str:
    """On GNOME (X11 or Wayland), how to get a tray icon; "" elsewhere.

    Stock GNOME has no tray host: Qt shows no icon and the status window is
    the way in. The AppIndicator extension adds a StatusNotifierItem host.
    """
    from psoas_desk.app.texts import app_text

    if "gnome" not in env.get("XDG_CURRENT_DESKTOP", "").lower().split(":"):
        return ""
    return app_text("GNOME shows tray icons only with the \u201cAppIndicator and "
                    "KStatusNotifierItem Support\u201d extension. Everything works "
                    "without it: this window is your way in.")


QUIET_MAP_MS = 1500
"""How long a popup stays out of GNOME's taskbar after it appears (see ``show_popup``)."""

_taskbar: list[TaskbarState | None] = []
"""The ``TaskbarState`` for this process, or None where it is not needed (computed once)."""


def show_popup(popup: QWidget, *, listed: bool = True) -> None:
    """Show a break window (a popup, or a backdrop behind one) as this desktop needs it.

    On X11 (XWayland included) a backdrop (``listed=False``) is mapped out of
    the taskbar, pagers and window switchers (on KDE it is a plain window:
    see ``backdrop_window_type``). On GNOME a popup is mapped out of
    the taskbar too (GNOME Shell then shows no "… is ready" banner for it) and
    put back a moment later (``adapters/x11_popup_state``) so a person can
    reach it with Alt+Tab. Elsewhere it is simply shown.
    """
    state = _taskbar_state()
    if state is None or (listed and not _on_gnome()):
        popup.show()
        return
    window = int(popup.winId())
    try:
        state.skip_before_map(window, pager=not listed)
    except Exception:  # never let this keep a break off the screen
        log.exception("could not keep a break window out of the taskbar")
        popup.show()
        return
    popup.show()
    if not listed:
        return

    def list_again() -> None:
        try:
            state.show_in_taskbar(window)
        except Exception:
            log.exception("could not put the popup back in GNOME's taskbar")

    QTimer.singleShot(QUIET_MAP_MS, popup, list_again)


def _on_desktop(name: str) -> bool:
    """Whether the session is GNOME's or KDE's (``name``), X11 or Wayland alike
    (``desktop_of`` tells Wayland sessions apart only)."""
    names = os.environ.get("XDG_CURRENT_DESKTOP", "").lower().split(":")
    return name in names or (name == "kde" and os.environ.get("KDE_FULL_SESSION") == "true")


def _on_gnome() -> bool:
    # GNOME Shell announces unfocused windows on its X11 session too.
    return _on_desktop("gnome")


def _taskbar_state() -> TaskbarState | None:
    if not _taskbar:
        _taskbar.append(_make_taskbar_state())
    return _taskbar[0]


def _make_taskbar_state() -> TaskbarState | None:
    from PySide6.QtGui import QGuiApplication, QNativeInterface

    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication) or app.platformName() != "xcb":
        return None
    native = app.nativeInterface()
    if not isinstance(native, QNativeInterface.QX11Application) or not native.display():
        return None
    from psoas_desk.adapters.x11_popup_state import TaskbarState

    try:
        return TaskbarState(int(native.display()))
    except OSError as exc:
        log.warning("break backdrops may show in the taskbar, and GNOME may announce "
                    "each break: %s", exc)
        return None


def backdrop_window_type() -> Qt.WindowType:
    """The window type of a break's backdrops on this desktop.

    The break window is shown after its backdrops and must stay above them,
    which window managers decide by the window types:

    - elsewhere (openbox and other X11 window managers): a tool window. It
      stays out of the taskbar by itself and tiling window managers float it;
    - KDE Plasma on X11 or XWayland: a plain window, mapped out of the taskbar
      and pagers (``show_popup(listed=False)``). KWin hides the tool windows of
      an app that is not active ("hide utility windows for inactive
      applications", on by default), and a break's app never takes the
      keyboard, so tool-window backdrops were never seen there;
    - Xfce: a plain window too. xfwm4 keeps a tool window without a parent
      above every other window of its app (Qt makes such windows transient
      for the app's group), the break window included, which was dimmed and
      out of the mouse's reach, or hidden under a full-screen backdrop
      (tests/e2e/test_breaks.py);
    - GNOME (X11 and XWayland) and MATE: a splash-screen window. Mutter and
      MATE's marco (both descendants of Metacity) keep a tool window without
      a parent above the app's ordinary windows too, and there it took the
      break window under the dim (or hid it under a full-screen backdrop); a
      plain window that fills the monitor Mutter maximised instead (a
      maximised window is not kept above there) and left under the window
      being typed in. A splash screen is neither (tests/e2e/test_wayland.py,
      tests/e2e/test_breaks.py). Cinnamon's muffin was measured too and left
      the break window under one of two backdrops either way; it keeps tool
      windows.
    """
    # Here, not at the top: touching PySide's ``Qt`` namespace builds all its
    # enums (about 1 MB), which the app has no use for until a break shows.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "xcb":
        return Qt.WindowType.Tool
    if _on_desktop("kde") or _on_desktop("xfce"):
        return Qt.WindowType.Window
    if _on_gnome() or _on_desktop("mate"):
        return Qt.WindowType.SplashScreen
    return Qt.WindowType.Tool


def screens_blend() -> bool:
    """Whether a translucent window is blended with what is beneath it.

    Wayland compositors (XWayland windows included), Windows and macOS always
    blend; an X11 desktop only while a compositing manager runs. Asked at
    each dimmed break (a compositor can come and go); when the X server
    cannot say, the answer is yes, as it is on most X11 desktops today.
    """
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "xcb" or os.environ.get("WAYLAND_DISPLAY"):
        return True
    from psoas_desk.adapters.x11_compositing import compositing_active

    return compositing_active() is not False


def stacking_order() -> list[int] | None:
    """The window manager's stacking order, bottom to top, on X11 (XWayland
    included); None elsewhere or where it is not kept."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "xcb":
        return None
    from psoas_desk.adapters.x11_stacking import stacking_order as read

    return read()


SPREAD_TRIES = 30
SPREAD_EVERY_MS = 100


def spread_popups(placements: list[tuple[QWidget, str]]) -> None:
    """On sway, move each popup to its screen's output once sway has mapped them all.

    A native Wayland window cannot choose its output, so with "every screen"
    sway would put all popups on the focused output; its IPC can move them.
    ``placements`` pairs each popup, in the order they were shown, with the
    name of its screen (``QScreen.name()``, the output's name). Elsewhere
    (XWayland, X11) Qt places them itself and this does nothing.
    """
    from PySide6.QtGui import QGuiApplication

    socket_path = os.environ.get("SWAYSOCK", "")
    if (len(placements) < 2 or not socket_path or desktop_of(os.environ) != "sway"
            or QGuiApplication.platformName() != "wayland"):
        return
    from psoas_desk.adapters.compositor_ipc import (
        CompositorIpcError,
        send_sway,
        spread_on_outputs,
        sway_windows,
    )

    titles = {popup.windowTitle() for popup, _ in placements}
    tries = [0]

    def attempt() -> None:
        tries[0] += 1
        try:
            mine = [con for con, title in sway_windows(socket_path, os.getpid())
                    if title in titles][-len(placements):]
            if len(mine) == len(placements):
                send_sway(socket_path, spread_on_outputs(
                    [(con, output) for con, (_, output) in zip(mine, placements, strict=True)]))
                return
        except CompositorIpcError as exc:
            log.warning("could not move the break windows to their screens: %s", exc)
            return
        if tries[0] < SPREAD_TRIES:
            QTimer.singleShot(SPREAD_EVERY_MS, placements[0][0], attempt)
        else:
            log.warning("sway did not show every break window; they stay where sway put them")

    QTimer.singleShot(SPREAD_EVERY_MS, placements[0][0], attempt)
