"""The desktop's reduce-motion preference: GNOME (real dconf), KDE, Windows (fake)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from psoas_desk.adapters.dnd.gnome import dconf_user_db
from psoas_desk.adapters.motion import (
    GnomeAnimations,
    KdeAnimations,
    MotionPreference,
    WindowsAnimations,
    default_motion_sources,
)
from tests.helpers.desktop import VirtualDesktop

INTERFACE = "org.gnome.desktop.interface"


def test_gnome_animations_off_means_reduced_motion_read_from_the_real_dconf(
        desktop: VirtualDesktop) -> None:
    source = GnomeAnimations(dconf_user_db(desktop.env, Path(desktop.env["HOME"])))
    assert source.reduced() is False  # nothing written yet: GNOME animates
    desktop.run(["gsettings", "set", INTERFACE, "enable-animations", "false"])
    assert source.reduced() is True
    desktop.run(["gsettings", "set", INTERFACE, "enable-animations", "true"])
    assert source.reduced() is False
    desktop.run(["gsettings", "set", INTERFACE, "enable-animations", "false"])
    desktop.run(["gsettings", "reset", INTERFACE, "enable-animations"])
    assert source.reduced() is False


def test_a_damaged_dconf_database_reads_as_no_preference(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db = tmp_path / "user"
    db.write_bytes(b"not a gvdb file at all")
    with caplog.at_level(logging.WARNING):
        assert GnomeAnimations(db).reduced() is False
        assert GnomeAnimations(tmp_path / "missing").reduced() is False
    assert "cannot read" in caplog.text


@pytest.mark.parametrize(("text", "reduced"), [
    ("[KDE]\nAnimationDurationFactor=0\n", True),
    ("[KDE]\nAnimationDurationFactor=0.0\nSingleClick=false\n", True),
    ("[KDE]\nAnimationDurationFactor=0.5\n", False),
    ("[KDE]\nSingleClick=false\n", False),
    ("[General]\nAnimationDurationFactor=0\n", False),  # another group
    ("[KDE]\nAnimationDurationFactor=fast\n", False),
    ("\x00\x01 not ini", False),
])
def test_kde_animation_speed_instant_means_reduced_motion(
        tmp_path: Path, text: str, reduced: bool) -> None:
    kdeglobals = tmp_path / "kdeglobals"
    kdeglobals.write_text(text, encoding="utf-8")
    assert KdeAnimations(kdeglobals).reduced() is reduced


def test_kde_changes_are_noticed_when_the_file_changes(tmp_path: Path) -> None:
    kdeglobals = tmp_path / "kdeglobals"
    source = KdeAnimations(kdeglobals)
    assert source.reduced() is False  # no file
    kdeglobals.write_text("[KDE]\nAnimationDurationFactor=0\n")
    assert source.reduced() is True
    kdeglobals.write_text("[KDE]\nAnimationDurationFactor=1\n")
    assert source.reduced() is False


@pytest.mark.parametrize(("answer", "reduced"), [(False, True), (True, False), (None, False)])
def test_windows_show_animations_off_means_reduced_motion(
        answer: bool | None, reduced: bool) -> None:
    assert WindowsAnimations(lambda: answer).reduced() is reduced


def test_the_preference_is_reduced_if_any_source_says_so_and_survives_a_broken_one(
        caplog: pytest.LogCaptureFixture) -> None:
    class Broken:
        name = "broken"

        def reduced(self) -> bool:
            raise RuntimeError("boom")

    class Fixed:
        def __init__(self, value: bool) -> None:
            self.name, self.value = f"fixed-{value}", value

        def reduced(self) -> bool:
            return self.value

    assert MotionPreference([Fixed(False), Fixed(True)]).reduced() is True
    assert MotionPreference([Fixed(False)]).reduced() is False
    assert MotionPreference([]).reduced() is False
    with caplog.at_level(logging.ERROR):
        assert MotionPreference([Broken(), Fixed(False)]).reduced() is False
    assert "broken" in caplog.text


def test_sources_by_platform(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    linux = default_motion_sources(platform="linux", env=env, home=tmp_path)
    assert [s.name for s in linux] == ["gnome-enable-animations", "kde-animation-speed"]
    assert default_motion_sources(platform="darwin", env=env, home=tmp_path) == []
    # Off Windows the real query cannot be loaded, so nothing is offered.
    assert default_motion_sources(platform="win32", env=env, home=tmp_path) == []
