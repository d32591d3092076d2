"""Full-screen detection on Windows and macOS, through fake system libraries.

Windows: a fake shell32 whose ``SHQueryUserNotificationState`` is a real C
callback, so ctypes marshals the out-parameter and the HRESULT as on Windows.
macOS: fake CoreGraphics/CoreFoundation functions over a described set of
displays and windows (front to back), exercising the real window-list walk,
the key lookups and the releases.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

import pytest

from psoas_desk.adapters.fullscreen import (
    MacFullscreenMonitor,
    NullFullscreenMonitor,
    WindowsFullscreenMonitor,
    choose_fullscreen_monitor,
    default_fullscreen_candidates,
)
from psoas_desk.adapters.fullscreen.macos import CGRect
from psoas_desk.adapters.fullscreen.windows import NotificationState
from tests.unit.adapters.test_dnd import E_FAIL, FakeShell32

OUR_PID = 4242
OTHER_PID = 777
LAPTOP = (0.0, 0.0, 1440.0, 900.0)
MONITOR = (1440.0, 0.0, 1920.0, 1080.0)
Rect = tuple[float, float, float, float]

# -- Windows ------------------------------------------------------------------------


@pytest.mark.parametrize(("state", "fullscreen"), [
    (NotificationState.BUSY, True),  # a full-screen window (video, slides)
    (NotificationState.RUNNING_D3D_FULL_SCREEN, True),  # an exclusive-mode game
    (NotificationState.APP, False),  # reported while the Start menu is open
    (NotificationState.PRESENTATION_MODE, False),  # the dnd source's business
    (NotificationState.ACCEPTS_NOTIFICATIONS, False),
    (NotificationState.NOT_PRESENT, False),
])
def test_windows_full_screen_states(state: int, fullscreen: bool) -> None:
    monitor = WindowsFullscreenMonitor(lambda: FakeShell32(state))
    assert monitor.fullscreen_active() is fullscreen


def test_a_failing_windows_call_is_not_full_screen_nor_a_closed_monitor() -> None:
    shell32 = FakeShell32(NotificationState.BUSY, result=E_FAIL)
    monitor = WindowsFullscreenMonitor(lambda: shell32)
    assert monitor.fullscreen_active() is False
    shell32.result = 0
    assert monitor.fullscreen_active() is True
    monitor.close()
    monitor.close()
    assert monitor.fullscreen_active() is False


def test_the_windows_backend_is_chosen_on_windows_only_when_shell32_loads() -> None:
    shell32 = FakeShell32(NotificationState.BUSY)
    chosen = choose_fullscreen_monitor(default_fullscreen_candidates(
        {}, platform="win32", shell32=lambda: shell32))
    assert isinstance(chosen, WindowsFullscreenMonitor) and chosen.fullscreen_active()
    # Here, off Windows, the real loader fails and nothing else is offered.
    assert isinstance(choose_fullscreen_monitor(default_fullscreen_candidates(
        {}, platform="win32")), NullFullscreenMonitor)


# -- macOS ----------------------------------------------------------------------------


def _window(bounds: Rect, *, layer: int = 0, pid: int = OTHER_PID) -> dict[str, object]:
    return {"layer": layer, "pid": pid, "bounds": bounds}


class FakeQuartz:
    """CoreGraphics and CoreFoundation over Python objects addressed by fake pointers."""

    def __init__(self, displays: list[Rect], windows: list[dict[str, object]]) -> None:
        self.displays = displays
        self.windows: list[dict[str, object]] | None = windows
        self.objects: dict[int, object] = {}
        self.released: list[int] = []
        self.options: list[int] = []
        # ctypes sets argtypes on each function, so they must be plain functions.
        for name in ("CGWindowListCopyWindowInfo", "CGGetActiveDisplayList", "CGDisplayBounds",
                     "CGRectMakeWithDictionaryRepresentation", "CFArrayGetCount",
                     "CFArrayGetValueAtIndex", "CFDictionaryGetValue", "CFNumberGetValue",
                     "CFStringCreateWithCString", "CFRelease"):
            setattr(self, name, _plain(getattr(self, f"_{name}")))

    def _new(self, value: object) -> int:
        pointer = 0x10000 + 16 * len(self.objects)
        self.objects[pointer] = value
        return pointer

    def live_strings(self) -> int:
        strings = [p for p, v in self.objects.items() if isinstance(v, str)]
        return len([p for p in strings if p not in self.released])

    # CoreGraphics
    def _CGWindowListCopyWindowInfo(self, options: int, relative_to: int) -> int | None:
        self.options.append(options)
        if self.windows is None:
            return None
        return self._new([self._new({
            "kCGWindowLayer": self._new(("number", w["layer"])),
            "kCGWindowOwnerPID": self._new(("number", w["pid"])),
            "kCGWindowBounds": self._new(dict(zip(("X", "Y", "Width", "Height"),
                                                  w["bounds"], strict=True)))})  # type: ignore[call-overload]
            for w in self.windows])

    def _CGGetActiveDisplayList(self, most: int, ids: Any, count: Any) -> int:
        for index in range(min(most, len(self.displays))):
            ids[index] = index + 1
        count.contents.value = len(self.displays)
        return 0

    def _CGDisplayBounds(self, display: int) -> CGRect:
        x, y, width, height = self.displays[display - 1]
        rect = CGRect()
        rect.origin.x, rect.origin.y, rect.size.width, rect.size.height = x, y, width, height
        return rect

    def _CGRectMakeWithDictionaryRepresentation(self, pointer: int, out: Any) -> bool:
        value = self.objects[pointer]
        assert isinstance(value, dict)
        rect = out.contents
        rect.origin.x, rect.origin.y = value["X"], value["Y"]
        rect.size.width, rect.size.height = value["Width"], value["Height"]
        return True

    # CoreFoundation
    def _CFArrayGetCount(self, pointer: int) -> int:
        value = self.objects[pointer]
        assert isinstance(value, list)
        return len(value)

    def _CFArrayGetValueAtIndex(self, pointer: int, index: int) -> int:
        value = self.objects[pointer]
        assert isinstance(value, list)
        return int(value[index])

    def _CFDictionaryGetValue(self, pointer: int, key: int) -> int | None:
        value = self.objects[pointer]
        assert isinstance(value, dict)
        found = value.get(self.objects[key])
        return int(found) if found is not None else None

    def _CFNumberGetValue(self, pointer: int, kind: int, out: Any) -> bool:
        value = self.objects[pointer]
        assert isinstance(value, tuple) and value[0] == "number"
        assert kind == 4  # kCFNumberSInt64Type
        out.contents.value = value[1]
        return True

    def _CFStringCreateWithCString(self, allocator: None, text: bytes, encoding: int) -> int:
        return self._new(text.decode())

    def _CFRelease(self, pointer: int) -> None:
        assert pointer in self.objects and pointer not in self.released
        self.released.append(pointer)


def _plain(method: Callable[..., Any]) -> Callable[..., Any]:
    def function(*args: Any) -> Any:
        return method(*args)
    return function


def mac(quartz: FakeQuartz) -> MacFullscreenMonitor:
    return MacFullscreenMonitor(loader=lambda name: quartz, own_pid=OUR_PID)


@pytest.mark.parametrize(("windows", "fullscreen"), [
    ([], False),
    ([_window(LAPTOP)], True),
    # The menu bar and an overlay sit above; the front normal window decides.
    ([_window((0, 0, 1440, 24), layer=25), _window(LAPTOP, layer=101), _window(LAPTOP)], True),
    # Our own break window does not count; what is behind it does.
    ([_window(LAPTOP, pid=OUR_PID), _window((100, 100, 800, 600))], False),
    ([_window(LAPTOP, pid=OUR_PID), _window(LAPTOP)], True),
    # A zoomed window leaves the menu bar visible.
    ([_window((0, 25, 1440, 875))], False),
    # Full screen behind a small front window: the front one decides.
    ([_window((10, 10, 300, 200)), _window(LAPTOP)], False),
    ([_window(MONITOR)], True),
])
def test_mac_full_screen_is_the_front_window_covering_a_display(
        windows: list[dict[str, object]], fullscreen: bool) -> None:
    quartz = FakeQuartz([LAPTOP, MONITOR], windows)
    monitor = mac(quartz)
    assert monitor.fullscreen_active() is fullscreen
    assert quartz.options == [1 | 16]  # on screen only, without desktop elements


def test_mac_releases_what_it_copies_and_creates() -> None:
    quartz = FakeQuartz([LAPTOP], [_window(LAPTOP)])
    monitor = mac(quartz)
    for _ in range(3):
        assert monitor.fullscreen_active()
    assert len(quartz.released) == 3  # one window list per reading
    assert quartz.live_strings() == 3  # the three dictionary keys, kept for later readings
    monitor.close()
    monitor.close()
    assert quartz.live_strings() == 0
    assert monitor.fullscreen_active() is False


def test_mac_without_a_window_list_is_not_full_screen() -> None:
    quartz = FakeQuartz([LAPTOP], [])
    quartz.windows = None  # the window server refused
    assert mac(quartz).fullscreen_active() is False


def test_the_mac_backend_is_chosen_on_macos_only_when_the_frameworks_load() -> None:
    quartz = FakeQuartz([LAPTOP], [_window(LAPTOP)])
    chosen = choose_fullscreen_monitor(default_fullscreen_candidates(
        {}, platform="darwin", frameworks=lambda name: quartz))
    assert isinstance(chosen, MacFullscreenMonitor) and chosen.fullscreen_active()
    assert isinstance(choose_fullscreen_monitor(default_fullscreen_candidates(
        {}, platform="darwin")), NullFullscreenMonitor)


def test_the_cg_rect_matches_the_c_layout() -> None:
    assert ctypes.sizeof(CGRect) == 32
