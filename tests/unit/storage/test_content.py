"""The shipped content loads cleanly and says what the issue asks; user files cannot break it."""

from __future__ import annotations

import random
import re
import textwrap
from pathlib import Path

import pytest

from psoas_desk import resources
from psoas_desk.core.rotation import RoutinePicker
from psoas_desk.core.routines import ContentLibrary, Origin, Place, Routine, RoutineKind, Side
from psoas_desk.storage.content import MAX_USER_FILE_BYTES, LoadedContent, load_content

ROUTINE_FILES = resources.list_dir("routines", suffix=".toml")
CHECKLIST_FILES = resources.list_dir("checklists", suffix=".toml")
DESK_ART = {"stand-up", "breathe-360", "standing-hip-flexor", "march", "walk", "posture-check"}


@pytest.fixture(scope="module")
def shipped() -> LoadedContent:
    return load_content()


@pytest.fixture(scope="module")
def library(shipped: LoadedContent) -> ContentLibrary:
    return shipped.library


@pytest.mark.parametrize("path", [*ROUTINE_FILES, *CHECKLIST_FILES,
                                  resources.path("safety.toml"), resources.path("sources.toml")],
                         ids=lambda p: p.name)
def test_every_shipped_file_validates(shipped: LoadedContent, path: Path) -> None:
    problems = [str(p) for p in shipped.problems if p.file == str(path)]
    assert not problems, "\n".join(problems)


def test_nothing_else_went_wrong(shipped: LoadedContent) -> None:
    assert not shipped.problems, "\n".join(str(p) for p in shipped.problems)


def test_file_names_match_ids(library: ContentLibrary) -> None:
    assert sorted(p.stem for p in ROUTINE_FILES) == sorted(library.routines)
    assert sorted(p.stem for p in CHECKLIST_FILES) == sorted(library.checklists)
    assert all(r.origin is Origin.SHIPPED for r in library.routines.values())


def test_step_times_add_up_to_the_total(library: ContentLibrary) -> None:
    for routine in library.routines.values():
        assert sum(s.seconds for s in routine.steps) == routine.total_s, routine.id


def test_both_sides_get_the_same_time(library: ContentLibrary) -> None:
    for routine in library.routines.values():
        per_side = {side: sum(s.seconds for s in routine.steps if s.side is side)
                    for side in (Side.LEFT, Side.RIGHT)}
        assert per_side[Side.LEFT] == per_side[Side.RIGHT], routine.id
        for step in routine.steps:
            if step.side is not Side.NONE:
                assert step.side.value in step.text.en, (
                    f"{routine.id}: a one-sided step should name its side: {step.text.en}")


def test_micro_breaks(library: ContentLibrary) -> None:
    micro = library.routines_of(RoutineKind.MICRO)
    assert len(micro) >= 4
    assert all(30 <= r.total_s <= 90 and r.where is Place.DESK for r in micro)
    arts = {art for r in micro for art in r.art_ids}
    assert {"stand-up", "breathe-360", "walk", "posture-check"} <= arts
    paced = [s.breath for r in micro for s in r.steps if s.breath is not None]
    assert any((b.inhale_s, b.exhale_s) == (5, 5) for b in paced)
    linked = [r for r in micro if r.checklist is not None]
    assert linked and all(r.checklist in library.checklists for r in linked)


def test_desk_stretches(library: ContentLibrary) -> None:
    stretches = library.routines_of(RoutineKind.STRETCH)
    assert len(stretches) >= 3
    for routine in stretches:
        assert 120 <= routine.total_s <= 300, routine.id
        assert routine.where is Place.DESK
        assert routine.art_ids <= DESK_ART, f"{routine.id} needs nothing but a desk"
        hip = [s for s in routine.steps if s.art == "standing-hip-flexor"]
        assert {s.side for s in hip} == {Side.LEFT, Side.RIGHT}, routine.id


def test_holds_are_gentle_and_long_enough(library: ContentLibrary) -> None:
    for routine in library.routines.values():
        for step in routine.steps:
            if re.search(r"stretch at the front|into the stretch|\bhold it\b", step.text.en, re.I):
                assert 20 <= step.seconds <= 45, f"{routine.id}: {step.text.en}"


def test_home_routines(library: ContentLibrary) -> None:
    home = library.routines_of(RoutineKind.HOME)
    assert home
    for routine in home:
        assert 8 * 60 <= routine.total_s <= 12 * 60, routine.id
        assert routine.where is Place.FLOOR
    arts = {art for r in home for art in r.art_ids}
    assert {"kneeling-hip-flexor", "bridge", "straight-leg-raise", "low-lunge",
            "leg-lowers", "release"} <= arts


def test_one_minute_of_paced_breathing(library: ContentLibrary) -> None:
    breathing = library.routines_of(RoutineKind.BREATHING)
    one_minute = [r for r in breathing if r.total_s == 60]
    assert one_minute
    assert all(s.breath is not None for s in one_minute[0].steps)


def test_safety_lines_go_with_every_stretch_and_home_routine(library: ContentLibrary) -> None:
    for kind in (RoutineKind.STRETCH, RoutineKind.HOME):
        for routine in library.routines_of(kind):
            assert routine.safety, routine.id
    assert {"safety-1", "safety-2", "safety-3", "safety-4"} <= {
        line.source for line in library.safety}
    assert all(line.short is not None for line in library.safety), "each has a compact form"


def test_floor_routines_get_a_word_first_about_pregnancy_surgery_and_hip_replacements(
        library: ContentLibrary) -> None:
    floor_only = [line for line in library.safety if line.where is Place.FLOOR]
    assert len(floor_only) == 1
    text = floor_only[0].text.en
    for word in ("pregnant", "surgery", "hip replacement"):
        assert word in text
    for routine in library.routines.values():
        if routine.safety:
            assert floor_only[0].applies_to(routine) == (routine.where is Place.FLOOR)
    assert any(r.where is Place.FLOOR and r.safety for r in library.routines.values())


def test_stretching_is_worded_as_a_gentle_pull_not_a_burn(library: ContentLibrary) -> None:
    for _context, text in library.texts():
        assert "burn" not in text.en.lower()
    ease = next(line for line in library.safety if line.source == "safety-1")
    assert "gentle pull" in ease.text.en and "stop" in ease.text.en


def test_the_checklists_cover_footrest_seat_depth_and_soft_knees(
        library: ContentLibrary) -> None:
    sitting = {item.id: item for item in library.checklists["sitting-setup"].items}
    standing = {item.id: item for item in library.checklists["standing-setup"].items}
    assert "footrest" in sitting["footrest"].text.en and sitting["footrest"].source == "chair-1"
    assert "seat" in sitting["seat-depth"].text.en
    assert "not locked" in standing["soft-knees"].text.en


def test_checklists(library: ContentLibrary) -> None:
    sitting = library.checklists["sitting-setup"]
    assert len(sitting.items) >= 8
    assert {f"chair-{n}" for n in range(1, 6)} <= {i.source for i in sitting.items}
    assert len(library.checklists["standing-setup"].items) >= 4
    for checklist in library.checklists.values():
        ids = [item.id for item in checklist.items]
        assert len(ids) == len(set(ids))
        assert all(item.why is not None for item in checklist.items)


def test_every_fact_carries_a_known_source_tag(library: ContentLibrary) -> None:
    known = set(library.sources)
    assert "general" in known
    for routine in library.routines.values():
        assert routine.why_source in known, routine.id
        assert set(routine.sources) <= known
        for step in routine.steps:
            assert step.sources and set(step.sources) <= known, (routine.id, step.text.en)
    for checklist in library.checklists.values():
        for item in checklist.items:
            assert item.sources and set(item.sources) <= known, (checklist.id, item.id)
    assert {line.source for line in library.safety} <= known


def test_every_source_tag_is_used(library: ContentLibrary) -> None:
    used = {line.source for line in library.safety}
    for routine in library.routines.values():
        used |= {routine.why_source or "", *routine.sources}
        used |= {tag for step in routine.steps for tag in step.sources}
    for checklist in library.checklists.values():
        used |= {tag for item in checklist.items for tag in item.sources}
    unused = set(library.sources) - used - {"anatomy-1", "pain-1", "stress-1", "weak-1",
                                            "sitting-4"}
    assert not unused, f"described but never cited: {sorted(unused)}"


def test_texts_are_plain_english_and_extractable(library: ContentLibrary) -> None:
    contexts = [context for context, _ in library.texts()]
    assert len(contexts) == len(set(contexts)), "each string needs its own context"
    for context, text in library.texts():
        assert text.en and text.en == text.en.strip(), context
        assert not any(mark in text.en for mark in ("<", ">", "**", "__", "\n")), context
        assert len(text.en) <= 280, f"{context} is long for a break window"


def test_the_picker_finds_something_for_every_kind(library: ContentLibrary) -> None:
    picker = RoutinePicker(library, random.Random(3))
    for kind in RoutineKind:
        chosen = picker.pick(kind)
        assert chosen is not None and chosen.kind is kind


# --- the user's own files -----------------------------------------------------

USER_ROUTINE = textwrap.dedent("""\
    id = "{id}"
    kind = "micro"
    total_s = 40
    title = "Water run"

    [[steps]]
    text = "Fetch a glass of water."
    seconds = 40
    art = "walk"
    """)


def write(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_a_user_routine_joins_the_library(tmp_path: Path) -> None:
    write(tmp_path, "water.toml", USER_ROUTINE.format(id="water-run"))
    loaded = load_content(tmp_path)
    assert not loaded.problems
    routine: Routine = loaded.library.routines["water-run"]
    assert routine.origin is Origin.USER
    assert routine.kind is RoutineKind.MICRO
    assert "micro-walk" in loaded.library.routines


def test_a_missing_user_folder_is_not_a_problem(tmp_path: Path) -> None:
    loaded = load_content(tmp_path / "nowhere", tmp_path / "nor-here")
    assert not loaded.problems
    assert loaded.library.routines


def test_broken_user_files_are_skipped_with_file_line_and_reason(tmp_path: Path) -> None:
    write(tmp_path, "good.toml", USER_ROUTINE.format(id="water-run"))
    bad_toml = write(tmp_path, "bad-syntax.toml", 'id = "x"\ntitle = \n')
    bad_value = write(tmp_path, "bad-value.toml",
                      USER_ROUTINE.format(id="slow").replace("seconds = 40", "seconds = 4.5"))
    bad_art = write(tmp_path, "bad-art.toml",
                    USER_ROUTINE.format(id="odd").replace('"walk"', '"cartwheel"'))
    not_utf8 = write(tmp_path, "latin1.toml", 'id = "x"\ntitle = "Caf\xe9"\n'.encode("latin-1"))
    huge = write(tmp_path, "huge.toml", "# " + "x" * MAX_USER_FILE_BYTES + "\n")
    loaded = load_content(tmp_path)

    by_file = {p.file: p for p in loaded.problems}
    assert set(by_file) == {str(p) for p in (bad_toml, bad_value, bad_art, not_utf8, huge)}
    assert by_file[str(bad_toml)].line == 2 and "TOML" in by_file[str(bad_toml)].message
    assert by_file[str(bad_value)].key == "steps[0].seconds"
    assert by_file[str(bad_value)].line == 8
    assert "whole number" in by_file[str(bad_value)].message
    assert by_file[str(bad_art)].key == "steps[0].art"
    assert "cartwheel" in by_file[str(bad_art)].message
    assert by_file[str(not_utf8)].line == 2 and "UTF-8" in by_file[str(not_utf8)].message
    assert "too large" in by_file[str(huge)].message
    assert set(loaded.library.routines) - {r.id for r in load_content().library.routines.values()
                                           } == {"water-run"}


def test_a_user_file_cannot_replace_a_shipped_routine(tmp_path: Path) -> None:
    clash = write(tmp_path, "walk.toml", USER_ROUTINE.format(id="micro-walk"))
    loaded = load_content(tmp_path)
    (problem,) = loaded.problems
    assert problem.file == str(clash) and problem.key == "id"
    assert "built-in" in problem.message
    assert loaded.library.routines["micro-walk"].origin is Origin.SHIPPED


def test_two_user_files_with_one_id_keep_the_first(tmp_path: Path) -> None:
    first = write(tmp_path, "a.toml", USER_ROUTINE.format(id="water-run"))
    second = write(tmp_path, "b.toml", USER_ROUTINE.format(id="water-run"))
    loaded = load_content(tmp_path)
    (problem,) = loaded.problems
    assert problem.file == str(second) and str(first) in problem.message
    assert loaded.library.routines["water-run"].file == str(first)


def test_hidden_and_backup_files_are_ignored(tmp_path: Path) -> None:
    write(tmp_path, ".draft.toml", "not toml at all")
    write(tmp_path, "walk.toml~", "not toml at all")
    write(tmp_path, "notes.txt", "ideas")
    assert not load_content(tmp_path).problems


def test_user_checklists_load_and_routines_can_link_to_them(tmp_path: Path) -> None:
    write(tmp_path / "checklists", "kitchen.toml", textwrap.dedent("""\
        id = "kitchen-counter"
        title = "Standing at the kitchen counter"
        [[items]]
        id = "feet"
        text = "Weight on both feet."
        """))
    write(tmp_path / "routines", "check.toml", USER_ROUTINE.format(id="counter-check").replace(
        'title = "Water run"', 'title = "Counter check"\nchecklist = "kitchen-counter"'))
    loaded = load_content(tmp_path / "routines", tmp_path / "checklists")
    assert not loaded.problems, loaded.problems
    assert loaded.library.checklists["kitchen-counter"].origin is Origin.USER
    assert loaded.library.routines["counter-check"].checklist == "kitchen-counter"
