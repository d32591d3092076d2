"""The settings file: lenient reading, backups, atomic and minimal writes.

Tests named after a tracker issue reproduce a bug another break app had
(shared research, section 4.5).
"""

from __future__ import annotations

import dataclasses
import os
import stat
import tomllib
from datetime import timedelta
from pathlib import Path

import pytest

from psoas_desk.core.durations import parse_duration
from psoas_desk.core.settings import Settings
from psoas_desk.core.settings_codec import with_option
from psoas_desk.storage.settings_store import SettingsSaveError, SettingsStore


def store_with(tmp_path: Path, text: str | bytes | None) -> SettingsStore:
    path = tmp_path / "config" / "settings.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    elif isinstance(text, bytes):
        path.write_bytes(text)
    return SettingsStore(path)


def backups(store: SettingsStore) -> list[Path]:
    return sorted(store.path.parent.glob("settings.toml.broken-*"))


def test_missing_file_means_defaults_and_nothing_is_written(tmp_path: Path) -> None:
    store = store_with(tmp_path, None)
    report = store.load()
    assert report.settings == Settings()
    assert report.ok and report.backup is None
    assert store.save(report.settings) is False
    assert not store.path.exists()


def test_durations_accept_seconds_and_unit_strings(tmp_path: Path) -> None:
    store = store_with(tmp_path, '[micro]\ninterval = "25m"\nduration = 45\n'
                                 '[stretch]\ninterval = "1h30m"\n')
    report = store.load()
    assert report.ok
    assert report.settings.micro.interval == timedelta(minutes=25)
    assert report.settings.micro.duration == timedelta(seconds=45)
    assert report.settings.stretch.interval == timedelta(minutes=90)


def test_bt215_durations_are_stored_as_spans_as_people_write_them(tmp_path: Path) -> None:
    # BreakTimer #215: durations kept as clock times grew by the time-zone offset.
    # Ours are spans, written the way a person writes them ("25m", not 1500).
    store = store_with(tmp_path, None)
    store.load()
    store.save(with_option(Settings(), "micro.interval", 1500))
    doc = tomllib.loads(store.path.read_text())
    assert doc["micro"]["interval"] == "25m"
    assert parse_duration(doc["micro"]["interval"]).total_seconds() == 1500
    assert doc["schema_version"] == 1


def test_out_of_range_value_keeps_good_keys_backs_up_and_names_the_key(tmp_path: Path) -> None:
    original = '[micro]\ninterval = "5h"\nduration = 90\n'
    store = store_with(tmp_path, original)
    report = store.load()
    assert report.settings.micro.interval == timedelta(minutes=30)  # default
    assert report.settings.micro.duration == timedelta(seconds=90)  # good key kept
    assert [p.key for p in report.problems] == ["micro.interval"]
    assert "at most 4h" in report.problems[0].message
    assert "default 30m" in report.problems[0].message
    assert report.backup is not None and report.backup.read_text() == original
    assert stat.S_IMODE(report.backup.stat().st_mode) == 0o600


@pytest.mark.parametrize(("text", "key"), [
    ("[micro]\nenabled = 1\n", "micro.enabled"),
    ("[micro]\npostpone_limit = true\n", "micro.postpone_limit"),
    ("[micro]\npostpone_limit = -1\n", "micro.postpone_limit"),
    ("[micro]\nduration = -30\n", "micro.duration"),
    ("[micro]\nduration = \"soon\"\n", "micro.duration"),
    ("[popups]\ntheme = \"purple\"\n", "popups.theme"),
    ("[popups]\nlanguage = \"../../etc\"\n", "popups.language"),
    ("[presence]\naway_threshold = 5\n", "presence.away_threshold"),
    ("[routines]\ndisabled = [1, 2]\n", "routines.disabled"),
    ("micro = 3\n", "micro"),
])
def test_wrong_types_and_values_fall_back_per_key(tmp_path: Path, text: str, key: str) -> None:
    report = store_with(tmp_path, text).load()
    assert [p.key for p in report.problems] == [key]
    assert report.settings == Settings()


def test_bt65_working_hours_ending_before_they_start_are_rejected(tmp_path: Path) -> None:
    # BreakTimer #65 accepted an end time earlier than the start time.
    store = store_with(tmp_path, '[schedule.working_hours]\nmon = ["17:00-09:00"]\n')
    report = store.load()
    assert [p.key for p in report.problems] == ["schedule.working_hours"]
    assert "ends before it starts" in report.problems[0].message
    assert report.settings.schedule.working_hours == Settings().schedule.working_hours


def test_several_working_ranges_a_day(tmp_path: Path) -> None:
    report = store_with(tmp_path, '[schedule]\nworking_hours_only = true\n'
                                  '[schedule.working_hours]\n'
                                  'mon = ["08:00-12:00", "13:00-17:00"]\nsat = "10:00-12:00"\n'
                                  'fri = []\n').load()
    assert report.ok
    hours = report.settings.schedule.working_hours
    assert [str(r) for r in hours.ranges_on(0)] == ["08:00-12:00", "13:00-17:00"]
    assert [str(r) for r in hours.ranges_on(5)] == ["10:00-12:00"]
    assert hours.ranges_on(4) == ()  # an empty list: no hours that day
    # A weekday the file leaves out keeps its default hours.
    assert [str(r) for r in hours.ranges_on(1)] == ["09:00-18:00"]
    assert hours.ranges_on(6) == ()


def test_st912_invalid_hand_edited_file_starts_on_defaults_with_a_backup(tmp_path: Path) -> None:
    # Stretchly #912/#921: invalid hand-edited config = "will now quit" on every start.
    broken = '[micro]\ninterval = "25m"\nduration = \n'
    store = store_with(tmp_path, broken)
    report = store.load()
    assert report.settings == Settings()
    assert len(report.problems) == 1
    assert "not valid TOML" in report.problems[0].message
    assert "line 3" in report.problems[0].message
    assert report.backup is not None and report.backup.read_text() == broken
    # Saving later replaces the broken file with a valid one; the backup stays.
    assert store.save(with_option(Settings(), "micro.interval", "20m")) is True
    assert tomllib.loads(store.path.read_text())["micro"]["interval"] == "20m"
    assert report.backup.read_text() == broken


@pytest.mark.parametrize("content", [b"", b"\x00\xff\xfe garbage", b"[micro"])
def test_empty_binary_and_truncated_files(tmp_path: Path, content: bytes) -> None:
    store = store_with(tmp_path, content)
    report = store.load()
    assert report.settings == Settings()
    if content:
        assert report.problems and report.backup is not None
        assert report.backup.read_bytes() == content
    else:
        assert report.ok  # an empty TOML file is a valid, empty settings file


def test_a_folder_in_place_of_the_file(tmp_path: Path) -> None:
    store = store_with(tmp_path, None)
    store.path.mkdir()
    report = store.load()
    assert report.settings == Settings()
    assert "is a folder" in report.problems[0].message
    with pytest.raises(SettingsSaveError):
        store.save(with_option(Settings(), "micro.interval", "20m"))


def test_the_same_broken_file_is_backed_up_only_once(tmp_path: Path) -> None:
    store = store_with(tmp_path, "[micro]\ninterval = 1\n")
    first = store.load().backup
    second = store.load().backup
    assert first == second
    assert len(backups(store)) == 1


def test_unknown_keys_are_kept(tmp_path: Path) -> None:
    store = store_with(tmp_path, 'future_flag = "x"\n[micro]\nshiny = 3\n[plugins.water]\n'
                                 'every = 60\n')
    report = store.load()
    assert report.ok
    store.save(with_option(report.settings, "micro.interval", "20m"))
    doc = tomllib.loads(store.path.read_text())
    assert doc["future_flag"] == "x"
    assert doc["micro"] == {"shiny": 3, "interval": "20m"}
    assert doc["plugins"] == {"water": {"every": 60}}


def test_se840_saving_does_not_rewrite_unchanged_settings(tmp_path: Path) -> None:
    # Safe Eyes #840: the file was rewritten very often and lost at shutdown.
    store = store_with(tmp_path, '[micro]\ninterval = "25m"\n')
    report = store.load()
    before = store.path.stat().st_mtime_ns, store.path.read_bytes()
    assert store.save(report.settings) is False
    assert store.save(dataclasses.replace(report.settings)) is False
    assert (store.path.stat().st_mtime_ns, store.path.read_bytes()) == before


def test_se166_a_save_keeps_options_edited_by_hand_meanwhile(tmp_path: Path) -> None:
    # Safe Eyes #166: a save from the settings window overwrote hand edits.
    store = store_with(tmp_path, '[micro]\ninterval = "25m"\n')
    report = store.load()
    store.path.write_text('[micro]\ninterval = "25m"\n[stretch]\ninterval = "1h"\n')
    store.save(with_option(report.settings, "breaks.strict", True))
    doc = tomllib.loads(store.path.read_text())
    assert doc["stretch"]["interval"] == "1h"
    assert doc["breaks"]["strict"] is True
    assert doc["micro"]["interval"] == "25m"  # untouched keys keep the user's spelling


def test_se840_a_write_interrupted_before_the_rename_leaves_the_old_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = '[micro]\ninterval = "25m"\n'
    store = store_with(tmp_path, original)
    report = store.load()

    def power_cut(src: object, dst: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(SettingsSaveError, match="could not save settings"):
        store.save(with_option(report.settings, "micro.interval", "20m"))
    monkeypatch.undo()
    assert store.path.read_text() == original
    assert [p.name for p in store.path.parent.iterdir()] == ["settings.toml"]  # no temp left
    assert store.settings.micro.interval == timedelta(minutes=25)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_config_dir_reports_and_keeps_the_old_file(tmp_path: Path) -> None:
    store = store_with(tmp_path, '[micro]\ninterval = "25m"\n')
    report = store.load()
    store.path.parent.chmod(0o500)
    try:
        with pytest.raises(SettingsSaveError):
            store.save(with_option(report.settings, "micro.interval", "20m"))
    finally:
        store.path.parent.chmod(0o700)
    assert store.path.read_text() == '[micro]\ninterval = "25m"\n'


def test_files_are_private(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "fresh" / "settings.toml")
    store.load()
    store.save(with_option(Settings(), "sounds.volume", 20))
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


def test_bad_values_are_repaired_on_the_next_save(tmp_path: Path) -> None:
    store = store_with(tmp_path, '[micro]\ninterval = "5h"\nduration = 90\n')
    report = store.load()
    store.save(with_option(report.settings, "sounds.volume", 20))
    doc = tomllib.loads(store.path.read_text())
    assert doc["micro"] == {"interval": "30m", "duration": 90}
    assert store.load().ok


def test_file_from_a_newer_version_is_read_and_backed_up_before_saving(tmp_path: Path) -> None:
    text = 'schema_version = 7\nnew_thing = true\n[micro]\ninterval = "20m"\n'
    store = store_with(tmp_path, text)
    report = store.load()
    assert report.settings.micro.interval == timedelta(minutes=20)
    assert "newer psoas-desk" in str(report.problems[0])
    store.save(with_option(report.settings, "micro.interval", "15m"))
    assert any(b.read_text() == text for b in backups(store))
    doc = tomllib.loads(store.path.read_text())
    assert doc["schema_version"] == 7 and doc["new_thing"] is True


def test_micro_break_that_may_end_before_it_starts_is_corrected(tmp_path: Path) -> None:
    report = store_with(tmp_path, '[micro]\nduration = 30\nmin_duration = 60\n').load()
    assert report.settings.micro.min_duration == timedelta(seconds=30)
    assert [p.key for p in report.problems] == ["micro.min_duration"]


def test_read_only_or_full_disk_reports_and_keeps_the_old_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Works as root too (CI), where directory permissions are not enforced.
    import errno
    import tempfile

    store = store_with(tmp_path, '[micro]\ninterval = "25m"\n')
    report = store.load()

    def no_space(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(tempfile, "mkstemp", no_space)
    with pytest.raises(SettingsSaveError, match="No space left"):
        store.save(with_option(report.settings, "micro.interval", "20m"))
    monkeypatch.undo()
    assert store.path.read_text() == '[micro]\ninterval = "25m"\n'


def test_a_shared_file_leaves_its_folder_alone_a_private_one_closes_it(tmp_path: Path) -> None:
    from psoas_desk.storage.atomic import atomic_write_text

    shared = tmp_path / "applications"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    atomic_write_text(shared / "app.desktop", "[Desktop Entry]\n", mode=0o644)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert stat.S_IMODE((shared / "app.desktop").stat().st_mode) == 0o644
    private = tmp_path / "config"
    atomic_write_text(private / "settings.toml", "", mode=0o600)
    assert stat.S_IMODE(private.stat().st_mode) == 0o700


def test_saving_keeps_comments_layout_and_values_as_written(tmp_path: Path) -> None:
    text = ('# My break settings\n'
            '[micro]\n'
            'interval = "25m"   # what my physio said\n'
            'duration = 45\n'
            '\n'
            '[sounds]\n'
            'volume = 30\n')
    store = store_with(tmp_path, text)
    report = store.load()
    assert report.ok
    assert store.save(with_option(report.settings, "sounds.volume", 60)) is True
    written = store.path.read_text()
    for line in ("# My break settings", 'interval = "25m"   # what my physio said',
                 "duration = 45", "volume = 60", "schema_version = 1"):
        assert line + "\n" in written
    assert "volume = 30" not in written
    assert written.index("[micro]") < written.index("[sounds]")


def test_only_the_weekday_that_changed_is_written(tmp_path: Path) -> None:
    from psoas_desk.core.schedule_types import TimeRange, WorkingHours

    store = store_with(tmp_path, None)
    settings = store.load().settings
    days = list(settings.schedule.working_hours.days)
    days[2] = (TimeRange(9 * 60, 12 * 60 + 30), TimeRange(13 * 60 + 30, 17 * 60 + 30))
    changed = dataclasses.replace(settings, schedule=dataclasses.replace(settings.schedule,
                                                 working_hours=WorkingHours(tuple(days))))
    assert store.save(changed) is True
    doc = tomllib.loads(store.path.read_text())
    assert doc["schedule"] == {"working_hours": {"wed": ["09:00-12:30", "13:30-17:30"]}}
    assert store.load().settings == changed
    # Changing another day later adds that day and leaves Wednesday as it is.
    days[5] = (TimeRange(10 * 60, 12 * 60),)
    later = dataclasses.replace(changed, schedule=dataclasses.replace(changed.schedule,
                                              working_hours=WorkingHours(tuple(days))))
    assert store.save(later) is True
    assert tomllib.loads(store.path.read_text())["schedule"]["working_hours"] == {
        "wed": ["09:00-12:30", "13:30-17:30"], "sat": ["10:00-12:00"]}
