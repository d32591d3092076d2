"""Fuzzed routine and checklist files in the user's folders: nothing crashes, nothing is lost.

Hypothesis writes user routine and checklist files with wrong types, huge
and negative numbers and durations, unknown keys, binary garbage, empty and
truncated text, and puts folders, pipes and oversized files where files
belong. Reading the content the way the app does at start must never
raise; each user file is either in the library or named in a problem; the
shipped content is always complete; no file is changed; and every routine
that made it in can be played: steps with whole, positive, bounded seconds
adding up to the total.
"""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from psoas_desk.core.rotation import RoutinePicker
from psoas_desk.core.routine_parser import MAX_STEP_S
from psoas_desk.core.routines import ContentLibrary, Origin, RoutineKind
from psoas_desk.storage.content import MAX_USER_FILE_BYTES, LoadedContent, load_content

# Each load reads the shipped content too (about 30 ms), so fewer examples.
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
SHIPPED = load_content()
SHIPPED_ROUTINES = frozenset(SHIPPED.library.routines)
SHIPPED_CHECKLISTS = frozenset(SHIPPED.library.checklists)

VALID_ROUTINE: dict[str, Any] = {
    "format": 1, "id": "user-stretch", "kind": "stretch", "where": "desk", "total_s": 70,
    "title": {"en": "My stretch", "de": "Meine Dehnung"}, "why": "Because.",
    "why_source": "general", "safety": True,
    "steps": [{"text": "Reach up.", "seconds": 30, "art": "stand-up"},
              {"text": "Lunge.", "seconds": 20, "side": "both",
               "breath": {"inhale_s": 4, "exhale_s": 6}}],
}
VALID_CHECKLIST: dict[str, Any] = {
    "format": 1, "id": "user-list", "title": "My desk",
    "items": [{"id": "screen", "text": "Screen at eye level.", "why": "Neck.",
               "source": "general"}],
}

odd = st.one_of(
    st.none(), st.booleans(), st.integers(), st.sampled_from([-1, 0, 2**63, -(2**63), 10**30]),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=40),
    st.sampled_from(["", "both", "left", "none", "micro", "stretch", "home", "breathing",
                     "floor", "stand-up", "../../etc/passwd", "$(reboot)", "<b>x</b>",
                     "user-stretch", "micro-walk", "sitting-setup", "-5m", "1e9"]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=6), st.integers(),
                                                         max_size=2),
    st.datetimes(), st.dates())


def paths_in(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            out += paths_in(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            out += paths_in(value, (*prefix, index))
    return out


def replaced(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copy: Any = list(data) if isinstance(data, list) else dict(data)
    copy[path[0]] = replaced(data[path[0]], path[1:], value)
    return copy


@st.composite
def mutated(draw: st.DrawFn, valid: dict[str, Any]) -> dict[str, Any]:
    """A valid file with one to four values replaced, keys added or removed."""
    doc: Any = valid
    for _ in range(draw(st.integers(1, 4))):
        choice = draw(st.integers(0, 5))
        paths = paths_in(doc)
        if choice == 0 and isinstance(doc, dict) and doc:
            doc = {k: v for k, v in doc.items() if k != draw(st.sampled_from(sorted(doc)))}
        elif choice == 1:
            doc = dict(doc, **{draw(st.text(min_size=1, max_size=8)): draw(odd)})
        elif paths:
            doc = replaced(doc, draw(st.sampled_from(paths)), draw(odd))
    assert isinstance(doc, dict)
    return doc


def as_toml(doc: dict[str, Any]) -> bytes | None:
    try:
        return tomli_w.dumps(doc).encode("utf-8")
    except (TypeError, ValueError):
        return None  # TOML cannot say it (None in a list, ...)


def folders(tmp_path: Path) -> tuple[Path, Path]:
    routines, checklists = tmp_path / "routines", tmp_path / "checklists"
    for folder in (routines, checklists):
        folder.mkdir(exist_ok=True)
        for old in folder.iterdir():
            if old.is_dir() and not old.is_symlink():
                old.rmdir()
            else:
                old.unlink()
    return routines, checklists


def snapshot(*dirs: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for d in dirs for p in d.iterdir() if p.is_file()}


def assert_sound(loaded: LoadedContent, user_files: list[Path]) -> None:
    """Shipped content complete; each user file used or named; everything playable."""
    library: ContentLibrary = loaded.library
    assert set(library.routines) >= SHIPPED_ROUTINES
    assert set(library.checklists) >= SHIPPED_CHECKLISTS
    used = {r.file for r in library.routines.values() if r.origin is Origin.USER}
    used |= {c.file for c in library.checklists.values() if c.origin is Origin.USER}
    named = {p.file for p in loaded.problems}
    for path in user_files:
        assert str(path) in used | named, f"{path.name} neither used nor reported"
    for problem in loaded.problems:
        assert problem.message and isinstance(problem.message, str)
    for routine in library.routines.values():
        assert routine.steps and routine.title.get("en")
        assert all(isinstance(s.seconds, int) and 0 < s.seconds <= MAX_STEP_S
                   for s in routine.steps)
        assert sum(s.seconds for s in routine.steps) == routine.total_s
        for step in routine.steps:
            assert isinstance(step.text.get("en"), str)
            if step.breath is not None:
                assert step.breath.cycle_s > 0
    for checklist in library.checklists.values():
        assert checklist.items and all(isinstance(i.text.get("en"), str)
                                       for i in checklist.items)
    picker = RoutinePicker(library, random.Random(1))
    for kind in RoutineKind:
        assert picker.pick(kind) is not None


def load_and_check(tmp_path: Path, routine: bytes | None, checklist: bytes | None) -> None:
    routines, checklists = folders(tmp_path)
    files = []
    if routine is not None:
        (routines / "mine.toml").write_bytes(routine)
        files.append(routines / "mine.toml")
    if checklist is not None:
        (checklists / "mine.toml").write_bytes(checklist)
        files.append(checklists / "mine.toml")
    before = snapshot(routines, checklists)
    loaded = load_content(routines, checklists)
    assert snapshot(routines, checklists) == before, "reading changed a file"
    assert_sound(loaded, files)


def test_the_valid_files_are_used(tmp_path: Path) -> None:
    routines, checklists = folders(tmp_path)
    (routines / "mine.toml").write_text(tomli_w.dumps(VALID_ROUTINE))
    (checklists / "mine.toml").write_text(tomli_w.dumps(VALID_CHECKLIST))
    loaded = load_content(routines, checklists)
    assert loaded.problems == ()
    assert "user-stretch" in loaded.library.routines
    assert "user-list" in loaded.library.checklists


@FUZZ
@given(routine=mutated(VALID_ROUTINE), checklist=mutated(VALID_CHECKLIST))
@example(routine=replaced(VALID_ROUTINE, ("steps", 0, "seconds"), -30),
         checklist=VALID_CHECKLIST)
@example(routine=replaced(VALID_ROUTINE, ("steps", 0, "seconds"), 2**63),
         checklist=VALID_CHECKLIST)
@example(routine=replaced(VALID_ROUTINE, ("total_s",), 1e300), checklist=VALID_CHECKLIST)
@example(routine=replaced(VALID_ROUTINE, ("steps", 1, "breath", "inhale_s"), -4),
         checklist=VALID_CHECKLIST)
@example(routine=replaced(VALID_ROUTINE, ("steps",), []),
         checklist=replaced(VALID_CHECKLIST, ("items",), []))
@example(routine=replaced(VALID_ROUTINE, ("id",), "micro-walk"),
         checklist=replaced(VALID_CHECKLIST, ("id",), "sitting-setup"))
@example(routine=dict(VALID_ROUTINE, plugin={"run": "rm -rf ~"}),
         checklist=dict(VALID_CHECKLIST, extra=1))
def test_mutated_files_are_used_or_reported(tmp_path: Path, routine: dict[str, Any],
                                            checklist: dict[str, Any]) -> None:
    load_and_check(tmp_path, as_toml(routine), as_toml(checklist))


@FUZZ
@given(routine=st.binary(max_size=1500), checklist=st.binary(max_size=300))
@example(routine=b"", checklist=b"")
@example(routine=b"\xff\xfe\x00\x00", checklist=b"\x00" * 100)
@example(routine='title = "Caf\xe9"\n'.encode("latin-1"), checklist=b"[[items]]\n")
def test_any_bytes_are_used_or_reported(tmp_path: Path, routine: bytes,
                                        checklist: bytes) -> None:
    load_and_check(tmp_path, routine, checklist)


def test_files_cut_off_at_every_byte_are_used_or_reported(tmp_path: Path) -> None:
    routine = tomli_w.dumps(VALID_ROUTINE).encode()
    checklist = tomli_w.dumps(VALID_CHECKLIST).encode()
    for end in range(0, max(len(routine), len(checklist)) + 1, 5):
        load_and_check(tmp_path, routine[:end], checklist[:end])


def test_folders_pipes_links_and_huge_files_where_files_belong(tmp_path: Path) -> None:
    routines, checklists = folders(tmp_path)
    (routines / "folder.toml").mkdir()
    os.mkfifo(routines / "pipe.toml")  # reading it would block the start
    (routines / "dangling.toml").symlink_to(tmp_path / "nowhere.toml")
    (routines / "loop.toml").symlink_to(routines / "loop.toml")
    (routines / "huge.toml").write_bytes(b"# " + b"x" * (MAX_USER_FILE_BYTES + 10))
    (routines / "good.toml").write_text(tomli_w.dumps(VALID_ROUTINE))
    loaded = load_content(routines, checklists)
    assert "user-stretch" in loaded.library.routines
    assert [p.file for p in loaded.problems] == [str(routines / "huge.toml")]
    assert_sound(loaded, [routines / "good.toml", routines / "huge.toml"])


def test_a_file_where_the_user_folder_belongs(tmp_path: Path) -> None:
    (tmp_path / "routines").write_text("not a folder")
    (tmp_path / "checklists").write_bytes(b"\x00")
    loaded = load_content(tmp_path / "routines", tmp_path / "checklists")
    assert_sound(loaded, [])
