"""Which Qt platform the app picks per desktop, and how a person overrides it."""

from __future__ import annotations

import pytest

from psoas_desk.app.windowing import (
    XWAYLAND_FIRST,
    WindowingChoice,
    choose_windowing,
    desktop_of,
    keep_popups_unfocused,
    tray_hint,
)
from psoas_desk.core.settings import WindowSystem

AUTO = WindowSystem.AUTO
GNOME = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0",
         "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}
KDE = {**GNOME, "XDG_CURRENT_DESKTOP": "KDE"}
SWAY = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-1",
        "SWAYSOCK": "/run/user/1000/sway-ipc.sock", "XDG_CURRENT_DESKTOP": "sway"}


@pytest.mark.parametrize(("env", "desktop"), [
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11", "XDG_CURRENT_DESKTOP": "GNOME"}, "x11"),
    (GNOME, "gnome"), (KDE, "kde"), (SWAY, "sway"),
    ({"WAYLAND_DISPLAY": "wayland-1", "HYPRLAND_INSTANCE_SIGNATURE": "x"}, "hyprland"),
    ({"WAYLAND_DISPLAY": "wayland-0", "XDG_CURRENT_DESKTOP": "labwc:wlroots"}, "wayland"),
])
def test_the_desktop_is_read_from_the_session(env: dict[str, str], desktop: str) -> None:
    assert desktop_of(env) == desktop


def test_gnome_and_kde_on_wayland_use_xwayland_with_a_fallback() -> None:
    for env in (GNOME, KDE):
        choice = choose_windowing(env, AUTO)
        # Qt falls back to native Wayland if Xwayland cannot be reached.
        assert choice.platform == XWAYLAND_FIRST == "xcb;wayland"
        assert choice.chosen_by == "automatic"
        assert "without taking the keyboard" in choice.reason


def test_without_xwayland_gnome_stays_native_and_says_what_it_costs() -> None:
    env = {k: v for k, v in GNOME.items() if k != "DISPLAY"}
    choice = choose_windowing(env, AUTO)
    assert choice.platform == "wayland"
    assert "may take the keyboard" in choice.reason


def test_sway_stays_native_wayland() -> None:
    choice = choose_windowing(SWAY, AUTO)
    assert (choice.platform, choice.desktop) == ("wayland", "sway")


def test_an_x11_session_leaves_qt_alone() -> None:
    choice = choose_windowing({"DISPLAY": ":0"}, WindowSystem.WAYLAND)
    assert choice.platform is None and choice.desktop == "x11"


def test_qt_qpa_platform_wins_over_the_setting_and_the_automatic_choice() -> None:
    choice = choose_windowing({**GNOME, "QT_QPA_PLATFORM": "wayland"}, WindowSystem.X11)
    assert choice.platform is None  # Qt reads the variable itself
    assert choice.chosen_by == "QT_QPA_PLATFORM"
    assert "QT_QPA_PLATFORM=wayland" in choice.reason


def test_the_setting_overrides_the_automatic_choice() -> None:
    native = choose_windowing(GNOME, WindowSystem.WAYLAND)
    assert (native.platform, native.chosen_by) == ("wayland", "setting")
    x11 = choose_windowing(SWAY | {"DISPLAY": ":1"}, WindowSystem.X11)
    assert (x11.platform, x11.chosen_by) == (XWAYLAND_FIRST, "setting")
    no_x = choose_windowing(SWAY, WindowSystem.X11)
    assert no_x.platform == "wayland" and "no XWayland" in no_x.reason


def test_the_status_names_platform_choice_reason_and_focus() -> None:
    choice = choose_windowing(KDE, AUTO)
    assert choice.status("xcb", "xwayland") == {
        "qt_platform": "xcb", "chosen_by": "automatic", "reason": choice.reason,
        "desktop": "kde", "focus": "xwayland"}


def test_only_gnome_gets_the_tray_hint_in_plain_words() -> None:
    hint = tray_hint({"XDG_CURRENT_DESKTOP": "ubuntu:GNOME", "XDG_SESSION_TYPE": "x11"})
    assert "AppIndicator" in hint and "Everything works without it" in hint
    assert tray_hint(GNOME)
    for env in (KDE, SWAY, {}):
        assert tray_hint(env) == ""


@pytest.mark.parametrize(("desktop", "platform", "focus"), [
    ("x11", "xcb", "window-manager"), ("gnome", "xcb", "xwayland"), ("kde", "xcb", "xwayland"),
    ("gnome", "wayland", "none"), ("kde", "wayland", "none"), ("wayland", "wayland", "none"),
    ("x11", "offscreen", "none")])
def test_how_focus_is_kept_without_compositor_rules(desktop: str, platform: str,
                                                    focus: str) -> None:
    choice = WindowingChoice(None, "automatic", "", desktop)
    assert keep_popups_unfocused(choice, platform, {}, "app", ["Micro-break"]) == focus
