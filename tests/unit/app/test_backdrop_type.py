"""Which window type a break's backdrops get, per desktop (app/windowing)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from psoas_desk.app import windowing


@pytest.mark.parametrize(("env", "expected"), [
    ({"XDG_CURRENT_DESKTOP": "KDE"}, Qt.WindowType.Window),  # X11 session (no WAYLAND_DISPLAY)
    ({"XDG_CURRENT_DESKTOP": "KDE", "WAYLAND_DISPLAY": "wayland-0"}, Qt.WindowType.Window),
    ({"KDE_FULL_SESSION": "true"}, Qt.WindowType.Window),
    ({"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, Qt.WindowType.SplashScreen),
    ({"XDG_CURRENT_DESKTOP": "GNOME", "WAYLAND_DISPLAY": "wayland-0"},
     Qt.WindowType.SplashScreen),
    ({"XDG_CURRENT_DESKTOP": "XFCE"}, Qt.WindowType.Window),
    ({"XDG_CURRENT_DESKTOP": "MATE"}, Qt.WindowType.SplashScreen),
    ({"XDG_CURRENT_DESKTOP": "X-Cinnamon"}, Qt.WindowType.Tool),
    ({"XDG_CURRENT_DESKTOP": "LXQt"}, Qt.WindowType.Tool),
    ({}, Qt.WindowType.Tool),
])
def test_each_window_manager_gets_a_backdrop_it_keeps_under_the_break_window(
        monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: Qt.WindowType) -> None:
    """KWin hides an inactive app's tool windows, on its X11 session too; xfwm4 and
    Mutter keep them above the break window (Mutter maximises a plain one)."""
    for name in ("XDG_CURRENT_DESKTOP", "KDE_FULL_SESSION", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    assert windowing.backdrop_window_type() == expected


def test_native_wayland_windows_are_tool_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "wayland"))
    assert windowing.backdrop_window_type() == Qt.WindowType.Tool
