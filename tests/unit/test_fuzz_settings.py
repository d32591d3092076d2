"""Fuzzed settings and state files: nothing crashes, nothing saved is lost.

Hypothesis writes settings files of every kind of wrong (wrong types, huge and
negative numbers, negative durations, unknown keys and tables, binary garbage,
truncation) and broken ``state.json`` files; the stores read them the way the
app does at start. Whatever the file held, loading never raises, the settings
in effect are within every option's bounds, the engine runs on them, the
original file is untouched by reading and kept as a backup when it had
problems, and a save afterwards leaves a file that reads back cleanly.
"""

from __future__ import annotations

import functools
import json
import math
import os
import tomllib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
import tomli_w
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from psoas_desk.core.engine import Engine
from psoas_desk.core.model import Observation
from psoas_desk.core.settings import Settings, get_option, option_specs
from psoas_desk.core.settings_codec import with_option
from psoas_desk.storage.app_state import AppState, AppStateStore
from psoas_desk.storage.settings_store import SettingsStore
from tests.helpers.fakes import FakeClock
from tests.helpers.sim import Sim, settings_with

T = TypeVar("T")
FUZZ = settings(max_examples=120, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
SECTIONS = sorted({s.section for s in option_specs()})
NAMES = sorted({s.name for s in option_specs()})

# -- what a settings file may hold -----------------------------------------------

huge_ints = st.sampled_from([2**63, -(2**63), 10**30, -1, 0, 1, 10**9, 366 * 24 * 3600 + 1])
numbers = st.one_of(st.integers(), huge_ints,
                    st.floats(allow_nan=True, allow_infinity=True),
                    st.sampled_from([-60.0, 1e300, -1e300, 0.5, 59.0]))
durations = st.one_of(
    st.from_regex(r"-?[0-9]{1,25} ?(h|m|s|min|hours|sec)?", fullmatch=True),
    st.sampled_from(["-5m", "1h-30m", "1e9s", "∞", "", " ", "25m", "1h30m"]))
texts = st.one_of(st.text(max_size=300), durations,
                  st.sampled_from(["$(reboot)", "<a href='x'>y</a>", "\x00", "de", "pt_PT"]))
scalars = st.one_of(st.booleans(), numbers, texts, st.datetimes(), st.dates(), st.times())
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8)
known_keys = st.sampled_from(NAMES)
option_tables = st.dictionaries(st.one_of(known_keys, st.text(max_size=10)), values,
                                max_size=6)
documents = st.dictionaries(
    st.one_of(st.sampled_from([*SECTIONS, "schema_version"]), st.text(max_size=10)),
    st.one_of(option_tables, values), max_size=8)


def toml_bytes(doc: dict[str, Any]) -> bytes | None:
    """The document as TOML, or None when TOML cannot say it (e.g. None inside)."""
    try:
        return tomli_w.dumps(doc).encode("utf-8")
    except (TypeError, ValueError):
        return None


def write(folder: Path, data: bytes) -> SettingsStore:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "settings.toml"
    for old in folder.iterdir():
        old.unlink()
    path.write_bytes(data)
    return SettingsStore(path)


def assert_usable(s: Settings) -> None:
    """Every option within its declared bounds, and the engine runs a day on it."""
    for spec in option_specs():
        value = get_option(s, spec.key)
        assert type(value) is type(spec.default) or isinstance(value, type(spec.default)), spec
        if spec.info.minimum is not None:
            assert value >= spec.info.minimum, spec.key
        if spec.info.maximum is not None:
            assert value <= spec.info.maximum, spec.key
    for section in (s.micro, s.stretch):
        assert section.min_duration <= section.duration
    assert engine_runs_on(s)


@functools.cache
def engine_runs_on(s: Settings) -> bool:
    """A few simulated hours on these settings (once per distinct settings)."""
    sim = Sim(s)
    sim.run(hours=3)
    sim.run(minutes=20, doing="away")
    return sim.engine.next_wakeup() > sim.clock.monotonic() - 1


def check_load(store: SettingsStore, data: bytes) -> None:
    report = store.load()
    assert store.path.read_bytes() == data, "reading changed the file"
    assert_usable(report.settings)
    if report.problems:
        assert report.backup is not None and report.backup.read_bytes() == data
        assert report.backup.stat().st_mode & 0o077 == 0
    # Saving (as after any change in the settings window) leaves a clean file
    # that keeps what the user wrote and the app could not place.
    changed = with_option(report.settings, "sounds.volume",
                          7 if report.settings.sounds.volume != 7 else 8)
    store.save(changed)
    again = SettingsStore(store.path).load()
    assert [p for p in again.problems if p.key != ""] == [], again.problems
    assert again.settings == changed


# -- settings.toml ------------------------------------------------------------------

@FUZZ
@given(doc=documents)
@example(doc={"micro": {"interval": -60.0}})
@example(doc={"micro": {"interval": 1e300, "duration": -(2**63)}})
@example(doc={"micro": {"interval": "-5m"}, "stretch": {"duration": 10**30}})
@example(doc={"schedule": {"working_hours": {"mon": [[-1, 10**12]]}}})
@example(doc={"micro": "not a table", "breaks": [1, 2, 3], "schema_version": -3})
@example(doc={"schema_version": 2**63, "future": {"x": 1}})
def test_any_toml_document_loads_to_usable_settings(tmp_path: Path, doc: dict[str, Any]) -> None:
    data = toml_bytes(doc)
    if data is None:
        return
    check_load(write(tmp_path / "config", data), data)


@FUZZ
@given(data=st.binary(max_size=2000))
@example(data=b"")
@example(data=b"\xff\xfe\x00\x00garbage")
@example(data=b"[micro\ninterval = ")
@example(data="[micro]\ninterval = \"25m\"\n".encode("utf-16"))
def test_any_bytes_load_to_usable_settings(tmp_path: Path, data: bytes) -> None:
    check_load(write(tmp_path / "config", data), data)


FULL = tomli_w.dumps({
    "schema_version": 1,
    "micro": {"interval": "25m", "duration": 45, "postpone_limit": 2},
    "stretch": {"enabled": True, "interval": 5400, "duration": "4m"},
    "breaks": {"warning": 20, "strict": False},
    "schedule": {"day_starts_at": 5},
    "popups": {"language": "de", "all_screens": True},
    "routines": {"disabled": ["micro-walk"]},
}).encode()


def test_the_file_cut_off_at_every_byte_loads(tmp_path: Path) -> None:
    # A crash while an editor saved it, or a disk that filled up.
    for end in range(len(FULL) + 1):
        data = FULL[:end]
        store = write(tmp_path / "config", data)
        report = store.load()
        assert store.path.read_bytes() == data
        assert_usable(report.settings)
        if report.problems:
            assert report.backup is not None and report.backup.read_bytes() == data


def test_a_folder_or_a_dangling_link_in_its_place(tmp_path: Path) -> None:
    config = tmp_path / "config"
    (config / "settings.toml").mkdir(parents=True)
    report = SettingsStore(config / "settings.toml").load()
    assert report.settings == Settings() and report.problems
    assert (config / "settings.toml").is_dir()  # left alone
    other = tmp_path / "other"
    other.mkdir()
    (other / "settings.toml").symlink_to(other / "nowhere.toml")
    report = SettingsStore(other / "settings.toml").load()
    assert report.settings == Settings()


def load_within(load: Callable[[], T], pipe: Path, seconds: float = 10.0) -> T:
    """Call ``load``; if it blocks on the named pipe, free it and fail."""
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(load)
        try:
            return future.result(timeout=seconds)
        except TimeoutError:
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))  # ends the blocked read
            raise AssertionError(f"reading {pipe} blocked") from None


def test_a_named_pipe_in_its_place_is_not_read(tmp_path: Path) -> None:
    # Opening a pipe to read waits for a writer: the app would never start.
    config = tmp_path / "config"
    config.mkdir()
    os.mkfifo(config / "settings.toml")
    store = SettingsStore(config / "settings.toml")
    report = load_within(store.load, store.path)
    assert report.settings == Settings() and report.problems


# -- state.json ------------------------------------------------------------------------

def saved_engine_state() -> dict[str, Any]:
    """What the app saves after an hour of use, with a pause running."""
    from psoas_desk.core.model import PauseKind

    sim = Sim(settings_with(stretch__enabled=False))
    sim.run(hours=1)
    sim.engine.pause(PauseKind.TIMED, timedelta(minutes=30))
    state: dict[str, Any] = json.loads(json.dumps(sim.engine.export_state()))
    return state


SAVED = saved_engine_state()
odd = st.one_of(st.none(), st.booleans(), st.integers(), huge_ints,
                st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=30),
                st.sampled_from(["0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59-12:00",
                                 "9999-12-31T23:59:59+14:00", "2026-03-02T08:00:00",
                                 "2026-13-45", "timed", "until_tomorrow", "indefinite",
                                 "standing", "sitting", "1e308", "-1"]),
                st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=5),
                                                                     st.integers(), max_size=2))


def paths_in(data: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            out += paths_in(value, (*prefix, key))
    return out


def replaced(data: Any, path: tuple[str, ...], value: Any) -> Any:
    if not path:
        return value
    copy = dict(data)
    copy[path[0]] = replaced(data[path[0]], path[1:], value)
    return copy


@st.composite
def broken_states(draw: st.DrawFn) -> dict[str, Any]:
    state = SAVED
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(paths_in(state)))
        state = replaced(state, path, draw(odd))
    return state


def far_future_now() -> datetime:
    return datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@FUZZ
@given(engine_state=broken_states())
@example(engine_state=replaced(SAVED, ("pause", "until"), "9999-12-31T23:59:59-12:00"))
@example(engine_state=replaced(SAVED, ("saved_at",), "0001-01-01T00:00:00+00:00"))
@example(engine_state=replaced(SAVED, ("bout", "start"), "0001-01-01T00:00:00+14:00"))
@example(engine_state=replaced(SAVED, ("day",), "9999-12-31"))
def test_a_broken_saved_state_is_refused_cleanly_or_restored_whole(
        tmp_path: Path, engine_state: dict[str, Any]) -> None:
    path = tmp_path / "state" / "state.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"first_run_done": True, "engine": engine_state}))
    store = AppStateStore(path)
    state = store.load()
    clock = FakeClock(far_future_now())
    engine = Engine(Settings(), clock)
    try:
        engine.restore_state(state.engine)  # the app catches ValueError only
    except ValueError:
        return
    # Restored: the app plans its next step and saves again without trouble.
    for _ in range(3):
        engine.tick(Observation(idle_s=0.0))
        wake = engine.next_wakeup()
        assert math.isfinite(wake)
        clock.now() + timedelta(seconds=max(0.0, wake - clock.monotonic()))  # DeskApp._plan_step
        snap = engine.snapshot()
        json.dumps(snap.to_json())
        if snap.pause is not None and snap.pause.until is not None:
            snap.pause.until.astimezone(UTC)  # what the wake-up driver is given
        store.save(AppState(engine=engine.export_state()))
        clock.advance(minutes=7)
    assert AppStateStore(path).load().engine


@FUZZ
@given(data=st.binary(max_size=600))
@example(data=b"")
@example(data=b"[]")
@example(data=b'{"engine": [], "micro_breaks_started": -4, "checklist_reviews": 3}')
@example(data=b"{" * 100000)
def test_any_bytes_in_state_json_start_fresh_and_are_set_aside(
        tmp_path: Path, data: bytes) -> None:
    folder = tmp_path / "state"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    (folder / "state.json").write_bytes(data)
    store = AppStateStore(folder / "state.json")
    state = store.load()
    if store.problem:
        assert state == AppState()
        (aside,) = [p for p in folder.iterdir() if ".broken-" in p.name]
        assert aside.read_bytes() == data
    Engine(Settings(), FakeClock()).restore_state(state.engine) if state.engine else None


def test_a_folder_or_a_named_pipe_in_place_of_state_json(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "state.json").mkdir()
    (tmp_path / "b").mkdir()
    os.mkfifo(tmp_path / "b" / "state.json")
    for folder in ("a", "b"):
        store = AppStateStore(tmp_path / folder / "state.json")
        assert load_within(store.load, store.path) == AppState() and store.problem
        try:
            store.save(AppState(first_run_done=True))  # replaces the pipe; a folder stays
        except OSError:
            assert folder == "a"
        else:
            assert AppStateStore(store.path).load().first_run_done


def test_the_state_file_cut_off_at_every_byte_is_never_half_used(tmp_path: Path) -> None:
    whole = json.dumps({"first_run_done": True, "engine": SAVED}, indent=1).encode()
    for end in range(0, len(whole), 7):
        folder = tmp_path / f"cut{end}"
        folder.mkdir()
        (folder / "state.json").write_bytes(whole[:end])
        store = AppStateStore(folder / "state.json")
        state = store.load()
        assert state == AppState() or end == len(whole)


@pytest.mark.parametrize("text", ["[micro]\ninterval = -60.0\n",
                                  "[stretch]\nduration = 1e300\n"])
def test_a_negative_or_huge_float_duration_falls_back_to_the_default(
        tmp_path: Path, text: str) -> None:
    data = text.encode()
    store = write(tmp_path / "config", data)
    report = store.load()
    key = tomllib.loads(text)
    section = next(iter(key))
    name = next(iter(key[section]))
    assert [p.key for p in report.problems] == [f"{section}.{name}"]
    assert getattr(getattr(report.settings, section), name) == getattr(
        getattr(Settings(), section), name)
