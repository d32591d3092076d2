"""Idle time on Windows and macOS: the real backends against fake OS libraries.

The fakes stand in for ``user32``/``kernel32`` and CoreGraphics: plain
objects whose functions receive exactly what ctypes would pass to the real
ones (a pointer to a ``LASTINPUTINFO``; the two integer arguments), so every
line of the backends runs here. The chooser offers each only on its platform.
"""

from __future__ import annotations

import ctypes
import logging
from typing import Any

import pytest

from psoas_desk.adapters.idle import (
    MacIdleMonitor,
    NullIdleMonitor,
    WindowsIdleMonitor,
    choose_idle_monitor,
    default_idle_candidates,
)
from psoas_desk.adapters.idle.macos import CORE_GRAPHICS
from psoas_desk.adapters.idle.windows import LASTINPUTINFO


class FakeUser32:
    """``GetLastInputInfo`` as Windows documents it: fails unless ``cbSize`` is right."""

    def __init__(self) -> None:
        self.last_input_tick = 0
        self.fail = False
        self.sizes_seen: list[int] = []

        def GetLastInputInfo(pointer: Any) -> int:
            info = pointer.contents
            assert isinstance(info, LASTINPUTINFO)
            self.sizes_seen.append(info.cbSize)
            if self.fail or info.cbSize != 8:
                return 0
            info.dwTime = self.last_input_tick
            return 1

        self.GetLastInputInfo: Any = GetLastInputInfo


class FakeKernel32:
    def __init__(self) -> None:
        self.tick = 0

        def GetTickCount() -> int:
            return self.tick

        self.GetTickCount: Any = GetTickCount


class FakeCoreGraphics:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.asked: list[tuple[int, int]] = []

        def CGEventSourceSecondsSinceLastEventType(state: int, kind: int) -> float:
            self.asked.append((state, kind))
            return self.seconds

        self.CGEventSourceSecondsSinceLastEventType: Any = (
            CGEventSourceSecondsSinceLastEventType)


# -- Windows ----------------------------------------------------------------


def test_windows_idle_is_the_tick_difference_in_seconds() -> None:
    user32, kernel32 = FakeUser32(), FakeKernel32()
    monitor = WindowsIdleMonitor(user32=user32, kernel32=kernel32)
    user32.last_input_tick, kernel32.tick = 1_000_000, 1_042_500
    assert monitor.idle_seconds() == pytest.approx(42.5)
    assert user32.sizes_seen == [ctypes.sizeof(LASTINPUTINFO)] == [8]
    # The functions got their C signatures, as on the real libraries.
    assert user32.GetLastInputInfo.restype is ctypes.c_int
    assert kernel32.GetTickCount.restype is ctypes.c_uint32


def test_windows_idle_survives_the_49_day_tick_wrap() -> None:
    user32, kernel32 = FakeUser32(), FakeKernel32()
    monitor = WindowsIdleMonitor(user32=user32, kernel32=kernel32)
    user32.last_input_tick = 2**32 - 3000  # three seconds before the wrap
    kernel32.tick = 5000  # five seconds after it
    assert monitor.idle_seconds() == pytest.approx(8.0)


def test_windows_failure_is_no_reading_and_close_stops_reading() -> None:
    user32, kernel32 = FakeUser32(), FakeKernel32()
    monitor = WindowsIdleMonitor(user32=user32, kernel32=kernel32)
    user32.fail = True
    assert monitor.idle_seconds() is None
    user32.fail = False
    assert monitor.idle_seconds() == 0.0
    monitor.close()
    monitor.close()
    assert monitor.idle_seconds() is None


def test_windows_libraries_lacking_the_functions_are_refused() -> None:
    with pytest.raises(OSError, match="GetLastInputInfo"):
        WindowsIdleMonitor(user32=object(), kernel32=FakeKernel32())


# -- macOS ------------------------------------------------------------------


def test_macos_asks_for_any_hardware_input() -> None:
    graphics = FakeCoreGraphics(12.25)
    monitor = MacIdleMonitor(core_graphics=graphics)
    assert monitor.idle_seconds() == pytest.approx(12.25)
    # kCGEventSourceStateHIDSystemState, kCGAnyInputEventType
    assert graphics.asked == [(1, 0xFFFFFFFF)]
    assert graphics.CGEventSourceSecondsSinceLastEventType.restype is ctypes.c_double


@pytest.mark.parametrize("nonsense", [-1.0, float("nan"), float("inf")])
def test_macos_nonsense_is_no_reading(nonsense: float) -> None:
    assert MacIdleMonitor(core_graphics=FakeCoreGraphics(nonsense)).idle_seconds() is None


def test_macos_loads_core_graphics_by_its_framework_path() -> None:
    asked: list[str] = []

    def loader(path: str) -> Any:
        asked.append(path)
        return FakeCoreGraphics(3.0)

    monitor = MacIdleMonitor(loader=loader)
    assert asked == [CORE_GRAPHICS]
    monitor.close()
    assert monitor.idle_seconds() is None


# -- the chooser --------------------------------------------------------------


def test_each_native_backend_is_offered_only_on_its_platform() -> None:
    env = {"DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "KDE"}
    assert [label for label, _ in default_idle_candidates(env, platform="win32")] == [
        "windows-lastinput"]
    assert [label for label, _ in default_idle_candidates(env, platform="darwin")] == [
        "macos-cgeventsource"]
    linux = [label for label, _ in default_idle_candidates(env, platform="linux")]
    assert "windows-lastinput" not in linux and "macos-cgeventsource" not in linux


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_a_native_backend_that_cannot_load_gives_the_null_backend(
        platform: str, caplog: pytest.LogCaptureFixture) -> None:
    # On this (Linux) machine neither user32 nor CoreGraphics exists: the
    # chooser must log why and fall back, not crash.
    caplog.set_level(logging.INFO, logger="psoas_desk.adapters.idle")
    chosen = choose_idle_monitor(default_idle_candidates({}, platform=platform))
    assert isinstance(chosen, NullIdleMonitor)
    assert "is unavailable" in caplog.text


def test_the_chooser_takes_a_working_windows_backend() -> None:
    user32, kernel32 = FakeUser32(), FakeKernel32()
    kernel32.tick = 1500
    chosen = choose_idle_monitor(
        [("windows-lastinput", lambda: WindowsIdleMonitor(user32=user32, kernel32=kernel32))])
    assert isinstance(chosen, WindowsIdleMonitor)
    assert chosen.idle_seconds() == pytest.approx(1.5)
