"""The desktop's do-not-disturb: combining sources, choosing them, Windows and macOS.

Windows is driven through a fake shell32 whose ``SHQueryUserNotificationState``
is a real C callback (ctypes marshals the out-parameter as on Windows); macOS
through a temporary Focus database folder. The D-Bus sources (GNOME's dconf
key, Plasma, dunst) are in test_dnd_dbus.py.
"""

from __future__ import annotations

import ctypes
import json
import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from psoas_desk.adapters.dnd import (
    DesktopDnd,
    DndCandidate,
    DndUnavailable,
    MacFocusAssertions,
    NullDesktopDnd,
    WindowsPresentationMode,
    choose_dnd_sources,
    default_dnd_candidates,
)
from psoas_desk.adapters.dnd.sources import DndSources
from psoas_desk.adapters.fullscreen.windows import NotificationState

E_FAIL = -2147467259  # 0x80004005 as a signed HRESULT


class FakeSource:
    """A do-not-disturb source the test switches; it remembers its handler and closing."""

    def __init__(self, name: str, on: object = False) -> None:
        self.name = name
        self.on = on
        self.handler: Callable[[], None] | None = None
        self.closed = False

    def active(self) -> bool:
        if isinstance(self.on, Exception):
            raise self.on
        return self.on  # type: ignore[return-value]

    def set_change_handler(self, handler: Callable[[], None] | None) -> None:
        self.handler = handler

    def close(self) -> None:
        self.closed = True

    def flip(self, on: bool) -> None:
        self.on = on
        assert self.handler is not None
        self.handler()


class FakeShell32:
    """shell32 with ``SHQueryUserNotificationState`` as a C callback writing ``state``."""

    _PROTOTYPE = ctypes.CFUNCTYPE(ctypes.c_long, ctypes.POINTER(ctypes.c_int))

    def __init__(self, state: int = NotificationState.ACCEPTS_NOTIFICATIONS,
                 result: int = 0) -> None:
        self.state = state
        self.result = result
        self.SHQueryUserNotificationState = self._PROTOTYPE(self._query)

    def _query(self, out: ctypes._Pointer[ctypes.c_int]) -> int:
        out[0] = self.state
        return self.result


# -- combining ----------------------------------------------------------------------


def test_the_desktop_is_quiet_while_any_source_says_so() -> None:
    gnome, dunst = FakeSource("gnome"), FakeSource("dunst")
    sources = DndSources([gnome, dunst])
    assert sources.names == ("gnome", "dunst")
    assert not sources.desktop_dnd_active()
    dunst.on = True
    assert sources.desktop_dnd_active() and sources.active_names() == ["dunst"]
    gnome.on = True
    assert sources.active_names() == ["gnome", "dunst"]
    gnome.on = dunst.on = False
    assert not sources.desktop_dnd_active()


def test_the_app_hears_only_real_flips_of_the_combined_state() -> None:
    gnome, dunst = FakeSource("gnome"), FakeSource("dunst")
    sources = DndSources([gnome, dunst])
    heard: list[bool] = []
    sources.set_change_handler(heard.append)

    gnome.flip(True)
    dunst.flip(True)  # still on: nothing new for the app
    gnome.flip(False)
    dunst.flip(False)
    assert heard == [True, False]


def test_a_failing_source_counts_as_off_and_is_logged_once(
        caplog: pytest.LogCaptureFixture) -> None:
    broken, fine = FakeSource("broken", RuntimeError("gone")), FakeSource("fine", True)
    sources = DndSources([broken, fine])
    with caplog.at_level(logging.ERROR):
        assert sources.active_names() == ["fine"]
        fine.on = False
        assert not sources.desktop_dnd_active()
    assert caplog.text.count("do-not-disturb source broken failed") == 1


def test_closing_closes_every_source_and_reads_off_afterwards() -> None:
    a, b = FakeSource("a", True), FakeSource("b")
    sources = DndSources([a, b])
    sources.close()
    assert a.closed and b.closed and a.handler is None
    assert not sources.desktop_dnd_active()
    assert sources.names == ("none",)


# -- choosing ------------------------------------------------------------------------


def _candidate(source: FakeSource | Exception) -> DndCandidate:
    def build() -> DesktopDnd:
        if isinstance(source, Exception):
            raise source
        return source
    return (source.name if isinstance(source, FakeSource) else "raising", build)


def test_each_group_keeps_its_first_working_source(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="psoas_desk.adapters.dnd")
    odd, raising, good, later = (FakeSource("odd", 1), FakeSource("raising", OSError("x")),
                                 FakeSource("good"), FakeSource("later"))
    other = FakeSource("other", True)
    sources = choose_dnd_sources([
        [_candidate(DndUnavailable("no such server")), _candidate(odd), _candidate(raising),
         _candidate(good), _candidate(later)],
        [_candidate(other)],
        [],
    ])
    assert sources.names == ("good", "other")
    assert odd.closed and raising.closed and not good.closed and not later.closed
    assert sources.desktop_dnd_active()
    assert "do-not-disturb source raising is unavailable: no such server" in caplog.text
    assert "do-not-disturb source: other (on at start: True)" in caplog.text


def test_nothing_working_means_never_quiet_and_says_so(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="psoas_desk.adapters.dnd")
    sources = choose_dnd_sources([[_candidate(DndUnavailable("none here"))]])
    assert sources.names == ("none",) and not sources.desktop_dnd_active()
    assert "no desktop do-not-disturb source works (tried: raising)" in caplog.text
    assert NullDesktopDnd().active() is False


def test_linux_offers_gnome_only_under_gnome_and_the_servers_only_with_a_bus(
        tmp_path: Path) -> None:
    def labels(env: dict[str, str], bus: object) -> list[list[str]]:
        groups = default_dnd_candidates(env=env, home=tmp_path, bus=bus,  # type: ignore[arg-type]
                                        platform="linux")
        return [[label for label, _ in group] for group in groups]

    assert labels({"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, None) == [["gnome-show-banners"]]
    assert labels({"XDG_CURRENT_DESKTOP": "KDE"}, None) == []
    assert labels({}, object()) == [["kde-inhibited"], ["dunst-paused"]]


def test_windows_and_macos_offer_their_own_source(tmp_path: Path) -> None:
    shell32 = FakeShell32(NotificationState.PRESENTATION_MODE)
    windows = choose_dnd_sources(default_dnd_candidates(
        env={}, home=tmp_path, bus=None, platform="win32", shell32=lambda: shell32))
    assert windows.names == ("windows-presentation-settings",)
    assert windows.desktop_dnd_active()

    (tmp_path / "Library" / "DoNotDisturb" / "DB").mkdir(parents=True)
    mac = choose_dnd_sources(default_dnd_candidates(env={}, home=tmp_path, bus=None,
                                                    platform="darwin"))
    assert mac.names == ("macos-focus",) and not mac.desktop_dnd_active()


# -- Windows ---------------------------------------------------------------------------


@pytest.mark.parametrize(("state", "quiet"), [
    (NotificationState.PRESENTATION_MODE, True),
    (NotificationState.ACCEPTS_NOTIFICATIONS, False),
    (NotificationState.BUSY, False),  # full screen: the fullscreen adapter's business
    (NotificationState.QUIET_TIME, False),
    (NotificationState.NOT_PRESENT, False),
    (99, False),  # a state from a future Windows
])
def test_windows_presentation_settings_are_the_desktop_dnd(state: int, quiet: bool) -> None:
    source = WindowsPresentationMode(lambda: FakeShell32(state))
    assert source.active() is quiet


def test_a_failing_windows_call_reads_as_off_and_a_closed_source_too() -> None:
    shell32 = FakeShell32(NotificationState.PRESENTATION_MODE, result=E_FAIL)
    source = WindowsPresentationMode(lambda: shell32)
    assert source.active() is False
    shell32.result = 0
    assert source.active() is True
    source.close()
    assert source.active() is False


def test_without_shell32_the_windows_source_is_not_offered(tmp_path: Path) -> None:
    class TooOld:
        pass

    sources = choose_dnd_sources(default_dnd_candidates(
        env={}, home=tmp_path, bus=None, platform="win32", shell32=TooOld))
    assert sources.names == ("none",)
    real = choose_dnd_sources(default_dnd_candidates(env={}, home=tmp_path, bus=None,
                                                     platform="win32"))
    assert real.names == ("none",)  # this is not Windows: ctypes has no WinDLL


# -- macOS ---------------------------------------------------------------------------------


def _assertions(folder: Path, records: list[dict[str, object]]) -> None:
    document = {"data": [{"storeAssertionRecords": records}], "header": {"version": 3}}
    (folder / "Assertions.json").write_text(json.dumps(document))


def test_a_focus_switched_on_by_hand_is_the_desktop_dnd(tmp_path: Path) -> None:
    source = MacFocusAssertions(tmp_path)
    assert not source.active()  # no file yet: no Focus ever set
    _assertions(tmp_path, [{"assertionDetails": {
        "assertionDetailsModeIdentifier": "com.apple.donotdisturb.mode.default"}}])
    assert source.active()
    _assertions(tmp_path, [])
    assert not source.active()


def test_an_unreadable_focus_file_reads_as_off_with_one_warning(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    source = MacFocusAssertions(tmp_path)
    for garbage in ("{not json", '{"data": 3}', "[]"):
        (tmp_path / "Assertions.json").write_text(garbage)
        assert not source.active()
    assert caplog.text.count("macOS Focus") == 1


def test_without_a_focus_database_the_macos_source_is_unavailable(tmp_path: Path) -> None:
    with pytest.raises(DndUnavailable, match="macOS 12"):
        MacFocusAssertions(tmp_path / "missing")
