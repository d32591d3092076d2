"""Routine and checklist parsing, validation messages, localisation and rotation."""

from __future__ import annotations

import random
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psoas_desk.core.rotation import RoutinePicker, fallback_kinds
from psoas_desk.core.routine_parser import (
    parse_checklist,
    parse_routine,
    parse_safety,
    parse_sources,
)
from psoas_desk.core.routines import (
    ContentError,
    ContentLibrary,
    ContentProblem,
    LocalizedText,
    Origin,
    Place,
    Routine,
    RoutineKind,
    Side,
    Step,
)

GOOD = textwrap.dedent("""\
    id = "my-stretch"
    kind = "stretch"
    where = "desk"
    total_s = 70
    title.en = "My stretch"
    title.de = "Meine Dehnung"
    why = "Because sitting is long."
    why_source = "sitting-1"

    [[steps]]
    text = "Stand up."
    seconds = 10
    art = "stand-up"
    sources = ["stand-1"]

    [[steps]]
    text.en = "Step back and hold."
    text.de_AT = "Zurücksteigen und halten."
    seconds = 30
    side = "both"
    art = "standing-hip-flexor"
    sources = ["stretch-2"]
    """)


def problems_of(text: str, **kwargs: object) -> tuple[ContentProblem, ...]:
    with pytest.raises(ContentError) as info:
        parse_routine(text, "mine.toml", **kwargs)  # type: ignore[arg-type]
    return info.value.problems


def test_a_valid_file_becomes_a_typed_routine() -> None:
    routine = parse_routine(GOOD, "mine.toml")
    assert routine.id == "my-stretch"
    assert routine.kind is RoutineKind.STRETCH
    assert routine.where is Place.DESK
    assert routine.title.get("de") == "Meine Dehnung"
    assert routine.origin is Origin.USER
    assert routine.safety, "stretch routines show the safety lines unless a file says otherwise"
    assert routine.why is not None and routine.why.en == "Because sitting is long."


def test_both_sides_become_a_left_then_a_right_step_and_count_twice() -> None:
    routine = parse_routine(GOOD, "mine.toml")
    assert [(s.side, s.seconds) for s in routine.steps] == [
        (Side.NONE, 10), (Side.LEFT, 30), (Side.RIGHT, 30)]
    assert sum(s.seconds for s in routine.steps) == routine.total_s == 70
    assert [s.mirrored for s in routine.steps] == [False, False, True]


def test_totals_that_do_not_add_up_are_reported_with_the_line() -> None:
    (problem,) = problems_of(GOOD.replace("total_s = 70", "total_s = 40"))
    assert problem.file == "mine.toml"
    assert problem.key == "total_s"
    assert problem.line == 4
    assert "70" in problem.message and "40" in problem.message


def test_every_problem_in_a_file_is_reported_at_once() -> None:
    text = GOOD.replace('kind = "stretch"', 'kind = "strech"').replace(
        "seconds = 30", "seconds = -3").replace('art = "stand-up"', 'art = "Stand Up!"')
    found = {(p.key, p.line) for p in problems_of(text)}
    assert ("kind", 2) in found
    assert ("steps[1].seconds", 19) in found
    assert ("steps[0].art", 13) in found
    assert "total_s" not in {key for key, _ in found}, "no follow-on noise from a bad step"


def test_a_typo_in_a_key_is_named() -> None:
    (problem,) = problems_of(GOOD.replace("seconds = 10", "secnds = 10\nseconds = 10"))
    assert problem.key == "steps[0].secnds"
    assert "unknown key" in problem.message
    assert problem.line == 12


def test_toml_syntax_errors_carry_the_line() -> None:
    (problem,) = problems_of(GOOD.replace('where = "desk"', "where = desk"))
    assert problem.line == 3
    assert "TOML" in problem.message


def test_mixing_a_plain_title_with_a_translation_explains_the_dotted_form() -> None:
    (problem,) = problems_of('id = "x"\ntitle = "Hi"\ntitle.de = "Hallo"\n')
    assert problem.line == 3
    assert 'title.en = "..."' in problem.message


def test_translations_need_english_and_real_locales() -> None:
    text = GOOD.replace('title.en = "My stretch"\n', "").replace("title.de", "title.german")
    found = {p.key: p.message for p in problems_of(text)}
    assert "no English" in found["title"]
    assert "locale" in found["title.german"]


def test_a_breathing_step_must_end_on_a_whole_breath() -> None:
    text = GOOD.replace('sources = ["stand-1"]',
                        'sources = ["stand-1"]\nbreath = { inhale_s = 4, exhale_s = 4 }')
    (problem,) = problems_of(text)
    assert problem.key == "steps[0].seconds"
    assert "multiple of 8" in problem.message


def test_breath_patterns_are_parsed() -> None:
    text = GOOD.replace('sources = ["stand-1"]',
                        'sources = ["stand-1"]\nbreath = { inhale_s = 5, exhale_s = 5 }')
    breath = parse_routine(text, "mine.toml").steps[0].breath
    assert breath is not None
    assert (breath.inhale_s, breath.hold_s, breath.exhale_s, breath.cycle_s) == (5, 0, 5, 10)


def test_unknown_source_tags_are_refused_when_tags_are_known() -> None:
    known = {"stand-1", "stretch-2", "sitting-1"}
    parse_routine(GOOD, "mine.toml", known_sources=known)
    (problem,) = problems_of(GOOD.replace('"stretch-2"', '"stretch-99"'), known_sources=known)
    assert problem.key == "steps[1].sources"
    assert "stretch-99" in problem.message


def test_missing_art_and_checklists_are_refused_when_ids_are_known() -> None:
    text = GOOD.replace('why_source = "sitting-1"', 'why_source = "sitting-1"\nchecklist = "nope"')
    found = {p.key: p for p in problems_of(text, art_ids={"stand-up"}, checklist_ids={"desk"})}
    assert "standing-hip-flexor" in found["steps[1].art"].message
    assert found["steps[1].art"].line == 22
    assert "nope" in found["checklist"].message


def test_shipped_files_must_cite_sources_and_say_why() -> None:
    text = GOOD.replace('sources = ["stand-1"]\n', "").replace(
        'why = "Because sitting is long."\nwhy_source = "sitting-1"\n', "")
    parse_routine(text, "mine.toml", origin=Origin.USER)
    found = {p.key for p in problems_of(text, origin=Origin.SHIPPED)}
    assert found == {"why", "why_source", "steps[0].sources"}


def test_problems_print_as_file_line_key_reason() -> None:
    problem = ContentProblem("walk.toml", 7, "steps[0].seconds", "must be 1 to 1800, got 0")
    assert str(problem) == "walk.toml:7: steps[0].seconds: must be 1 to 1800, got 0"
    assert str(ContentProblem("walk.toml", None, None, "not UTF-8")) == "walk.toml: not UTF-8"


@pytest.mark.parametrize(("locale", "expected"), [
    ("de_AT", "Servus"), ("de_AT.UTF-8", "Servus"), ("de-at", "Servus"),
    ("de_CH", "Hallo"), ("de", "Hallo"), ("fr_FR", "Hello"), ("en_GB", "Hello"), ("", "Hello"),
])
def test_localized_text_falls_back_region_language_english(locale: str, expected: str) -> None:
    text = LocalizedText.of("Hello", de="Hallo", de_AT="Servus")
    assert text.get(locale) == expected


def test_every_user_facing_string_is_extractable() -> None:
    routine = parse_routine(GOOD, "mine.toml")
    texts = dict(routine.texts())
    assert texts["routine:my-stretch:title"].en == "My stretch"
    assert texts["routine:my-stretch:why"].en == "Because sitting is long."
    assert [texts[f"routine:my-stretch:step:{n}"].en for n in range(3)] == [
        "Stand up.", "Step back and hold.", "Step back and hold."]


CHECKLIST = textwrap.dedent("""\
    id = "desk"
    title = "Desk"

    [[items]]
    id = "feet"
    text = "Feet flat."
    why = "Steady base."
    source = "chair-1"
    why_source = "general"
    """)


def test_checklists_parse_and_reject_duplicate_item_ids() -> None:
    checklist = parse_checklist(CHECKLIST, "desk.toml", origin=Origin.SHIPPED)
    assert [item.id for item in checklist.items] == ["feet"]
    assert checklist.items[0].sources == ("chair-1", "general")
    doubled = CHECKLIST + CHECKLIST[CHECKLIST.index("[[items]]"):]
    with pytest.raises(ContentError) as info:
        parse_checklist(doubled, "desk.toml")
    (problem,) = info.value.problems
    assert (problem.key, problem.line) == ("items[1].id", 11)


def test_shipped_checklist_items_need_a_why_and_a_source() -> None:
    bare = 'id = "desk"\ntitle = "Desk"\n[[items]]\nid = "feet"\ntext = "Feet flat."\n'
    assert parse_checklist(bare, "desk.toml").items[0].why is None
    with pytest.raises(ContentError) as info:
        parse_checklist(bare, "desk.toml", origin=Origin.SHIPPED)
    assert {p.key for p in info.value.problems} == {"items[0].why", "items[0].source"}


def test_sources_and_safety_files() -> None:
    tags = parse_sources('[tags]\ngeneral = "Common practice."\nsafety-1 = "Ease in."\n', "s")
    assert dict(tags) == {"general": "Common practice.", "safety-1": "Ease in."}
    lines = parse_safety('[[lines]]\nid = "ease-in"\ntext.en = "Go easy."\nsource = "safety-1"\n',
                         "safety.toml", known_sources=tags)
    assert [(line.id, line.text.en, line.source) for line in lines] == [
        ("ease-in", "Go easy.", "safety-1")]
    with pytest.raises(ContentError, match="unknown source tag 'safety-9'"):
        parse_safety('[[lines]]\nid = "x"\ntext = "y"\nsource = "safety-9"\n', "s",
                     known_sources=tags)


# --- rotation ---------------------------------------------------------------

def routine(routine_id: str, kind: RoutineKind) -> Routine:
    step = Step(LocalizedText("Stand up."), 30)
    return Routine(routine_id, LocalizedText(routine_id), kind, Place.DESK, 30, (step,))


LIBRARY = ContentLibrary.build([
    routine("m1", RoutineKind.MICRO), routine("m2", RoutineKind.MICRO),
    routine("m3", RoutineKind.MICRO), routine("s1", RoutineKind.STRETCH),
    routine("s2", RoutineKind.STRETCH), routine("h1", RoutineKind.HOME),
    routine("b1", RoutineKind.BREATHING),
])
IDS = sorted(LIBRARY.routines)


@given(seed=st.integers(), kind=st.sampled_from(RoutineKind),
       disabled=st.frozensets(st.sampled_from(IDS)), rounds=st.integers(2, 30))
def test_rotation_never_repeats_back_to_back_and_skips_disabled(
        seed: int, kind: RoutineKind, disabled: frozenset[str], rounds: int) -> None:
    picker = RoutinePicker(LIBRARY, random.Random(seed))
    pool = picker.candidates(kind, disabled=disabled)
    last: str | None = None
    for _ in range(rounds):
        chosen = picker.pick(kind, disabled=disabled, last_id=last)
        if not pool:
            assert chosen is None
            return
        assert chosen is not None
        assert chosen.id not in disabled
        if len(pool) > 1:
            assert chosen.id != last
        last = chosen.id


def test_rotation_offers_every_enabled_routine_over_time() -> None:
    picker = RoutinePicker(LIBRARY, random.Random(1))
    seen: set[str] = set()
    last = None
    for _ in range(50):
        chosen = picker.pick(RoutineKind.MICRO, disabled={"m2"}, last_id=last)
        assert chosen is not None
        seen.add(chosen.id)
        last = chosen.id
    assert seen == {"m1", "m3"}


def test_a_seeded_picker_is_reproducible() -> None:
    def run(seed: int) -> list[str]:
        picker = RoutinePicker(LIBRARY, random.Random(seed))
        picks = [picker.pick(RoutineKind.MICRO) for _ in range(20)]
        return [p.id for p in picks if p is not None]
    assert run(7) == run(7)


def test_the_only_routine_left_may_repeat() -> None:
    picker = RoutinePicker(LIBRARY, random.Random(0))
    chosen = picker.pick(RoutineKind.STRETCH, disabled={"s2"}, last_id="s1")
    assert chosen is not None and chosen.id == "s1"


def test_an_empty_kind_falls_back_to_a_lighter_one() -> None:
    picker = RoutinePicker(LIBRARY, random.Random(0))
    chosen = picker.pick(RoutineKind.BREATHING, disabled={"b1"})
    assert chosen is not None and chosen.kind is RoutineKind.MICRO
    home = picker.pick(RoutineKind.HOME, disabled={"h1"})
    assert home is not None and home.kind is RoutineKind.STRETCH
    assert picker.pick(RoutineKind.MICRO, disabled=set(IDS)) is None


def test_every_kind_has_a_fallback_that_is_not_itself() -> None:
    for kind in RoutineKind:
        assert fallback_kinds(kind)
        assert kind not in fallback_kinds(kind)
