"""Translations: complete catalogues, careful content, the right language, windows that fit.

- The catalogues in ``resources/i18n`` hold exactly the strings the code
  translates, every one translated, and the shipped ``.qm`` files are compiled
  from them (``scripts/update_translations.py`` does both).
- Every content text (routines, checklists, safety lines) has German, Spanish,
  French and European Portuguese, with the same numbers and the same sides.
- ``psoas_desk.i18n`` picks the language (setting, else system) and installs
  ours and Qt's catalogues.
- Every window, opened in each language, in a pseudo-locale that makes every
  text 40% longer, and right to left, shows no English and cuts nothing off.
  Those runs happen in child processes with a 1366x768 offscreen screen
  (``tests/ui/layout_probe.py``), since the screen is fixed when Qt starts.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from psoas_desk.core.routines import ContentLibrary
from psoas_desk.i18n import Language, available_languages, choose_language, install_translators
from psoas_desk.storage.content import load_content
from tests.helpers.pseudo import is_pseudo

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "es", "fr", "pt_PT")
PROBE_MODES = ("en", *LANGUAGES, "pseudo", "rtl")
SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
_PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


@pytest.fixture(scope="module")
def tools() -> ModuleType:
    """scripts/update_translations.py, imported as a module."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fresh(tools: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A catalogue extracted from the code as it is now."""
    work = tmp_path_factory.mktemp("lupdate")
    ts = work / "fresh.ts"
    tools.run_lupdate(work, [ts])
    return ts


# -- catalogues ------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_holds_exactly_the_strings_in_the_code(
        tools: ModuleType, fresh: Path, language: str) -> None:
    wanted = set(tools.messages(fresh))
    have = set(tools.messages(tools.catalogue(language)))
    assert wanted, "lupdate found nothing: is the extraction broken?"
    missing = sorted(f"{m.context}: {m.source!r}" for m in wanted - have)
    stale = sorted(f"{m.context}: {m.source!r}" for m in have - wanted)
    assert not missing and not stale, (
        "run scripts/update_translations.py and translate the new strings\n"
        f"not in the catalogue: {missing}\nno longer in the code: {stale}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated(tools: ModuleType, language: str) -> None:
    left = [f"{m.context}: {m.source!r}" for m in tools.unfinished(tools.catalogue(language))]
    assert not left, "untranslated:\n" + "\n".join(left)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_qm_is_compiled_from_the_ts(tools: ModuleType, language: str,
                                                tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    tools.run_lrelease(tools.catalogue(language), built)
    shipped = tools.catalogue(language, ".qm")
    assert shipped.exists() and shipped.read_bytes() == built.read_bytes(), (
        f"{shipped.name} is stale: run scripts/update_translations.py")


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_one_mnemonic(tools: ModuleType,
                                                         language: str) -> None:
    wrong = []
    for key, message in tools.messages(tools.catalogue(language)).items():
        translation = message.find("translation")
        assert translation is not None
        forms = ([f.text or "" for f in translation.iter("numerusform")] if key.numerus
                 else [translation.text or ""])
        for form in forms:
            if not form:
                continue  # untranslated: test_every_entry_is_translated says so
            if sorted(_PLACEHOLDER.findall(form)) != sorted(_PLACEHOLDER.findall(key.source)):
                wrong.append(f"placeholders: {key.source!r} -> {form!r}")
            if _mnemonics(form) != _mnemonics(key.source):
                wrong.append(f"mnemonic: {key.source!r} -> {form!r}")
            if key.source.startswith(" ") and not form.startswith(" "):
                wrong.append(f"leading space (a unit suffix): {key.source!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


# -- content ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def library() -> ContentLibrary:
    return load_content().library


# How each language names the left and the right side (not "right angle",
# "rechter Winkel", or French and Portuguese "droit"/"direito" for "straight").
_PARTS_FR = r"(?:côté|pied|genou|talon|jambe|cuisse|hanche)s?"
_PARTS_PT = r"(?:lado|pé|joelho|calcanhar|perna|coxa|anca)s?"
_SIDES = {
    "en": (r"\bleft\b", r"\bright\b(?! angle| one)"),
    "de": (r"\blink", r"\brecht(?:s|e|en|er|es)\b(?!\s+winkel)"),
    "es": (r"izquierd", r"derech"),
    "fr": (r"gauche", rf"\b{_PARTS_FR} droite?s?\b"),
    "pt_PT": (r"esquerd", rf"\b{_PARTS_PT} direit"),
}


def _side_words(text: str, language: str) -> set[str]:
    left, right = _SIDES[language]
    lowered = text.lower()
    return ({"left"} if re.search(left, lowered) else set()) | (
        {"right"} if re.search(right, lowered) else set())


def test_every_content_text_is_in_every_language_with_its_numbers_and_sides(
        library: ContentLibrary) -> None:
    wrong = []
    texts = list(library.texts())
    assert len(texts) > 100
    for where, text in texts:
        numbers = sorted(re.findall(r"\d+", text.en))
        sides = _side_words(text.en, "en")
        for language in LANGUAGES:
            translated = text.translations.get(language, "")
            if not translated.strip() or translated == text.en:
                wrong.append(f"{where} [{language}]: missing")
                continue
            if sorted(re.findall(r"\d+", translated)) != numbers:
                wrong.append(f"{where} [{language}]: numbers differ: {translated!r}")
            if _side_words(translated, language) != sides:
                wrong.append(f"{where} [{language}]: sides differ: {translated!r}")
    assert not wrong, "\n".join(wrong)


# -- choosing and installing the language ------------------------------------------
AVAILABLE = ("en", *LANGUAGES)


@pytest.mark.parametrize(("override", "system", "expected"), [
    ("", ["de-AT", "de", "en-US"], Language("de", "de_AT", "de_AT")),
    ("", ["pt-BR", "pt"], Language("pt_PT", "pt_PT", "pt_BR")),
    ("", ["pt-PT"], Language("pt_PT", "pt_PT", "pt_PT")),
    ("", ["ja-JP", "es-MX"], Language("es", "es_MX", "es_MX")),
    ("", ["en-GB"], Language("en", "en_GB", "en_GB")),
    ("", ["C"], Language("en", "c", "c")),
    ("fr", ["de-DE"], Language("fr", "fr", "fr")),
    ("pt", ["de-DE"], Language("pt_PT", "pt_PT", "pt")),
    ("it", ["de-DE"], Language("en", "it", "it")),
])
def test_the_setting_wins_over_the_system_and_a_region_falls_back_to_its_language(
        override: str, system: list[str], expected: Language) -> None:
    assert choose_language(override, system, AVAILABLE) == expected


def test_every_shipped_language_has_a_compiled_catalogue() -> None:
    assert set(available_languages()) == set(AVAILABLE)


@pytest.fixture
def clean_language(qapp: QApplication) -> Iterator[QApplication]:
    before = QLocale()
    yield qapp
    install_translators(qapp, "en")
    QLocale.setDefault(before)


def _standard_button(which: QDialogButtonBox.StandardButton) -> str:
    box = QDialogButtonBox()
    text = box.addButton(which).text()
    box.deleteLater()
    return text


def test_installing_german_translates_ours_and_qts_and_sets_the_locale(
        clean_language: QApplication) -> None:
    language = install_translators(clean_language, "", system=["de-DE", "de"])
    assert language == Language("de", "de_DE", "de_DE")
    assert QCoreApplication.translate("BreakPopup", "&Skip") == "Ü&berspringen"
    assert _standard_button(QDialogButtonBox.StandardButton.Cancel) == "Abbrechen"
    assert QLocale().name() == "de_DE"
    assert QLocale().dayName(1) == "Montag"
    # Again with English: our translators go, English comes back.
    install_translators(clean_language, "en")
    assert QCoreApplication.translate("BreakPopup", "&Skip") == "&Skip"
    assert _standard_button(QDialogButtonBox.StandardButton.Cancel) == "Cancel"


def test_european_portuguese_gets_its_own_button_words(clean_language: QApplication) -> None:
    install_translators(clean_language, "pt_PT")
    assert _standard_button(QDialogButtonBox.StandardButton.RestoreDefaults) == \
        "Restaurar predefinições"
    assert _standard_button(QDialogButtonBox.StandardButton.Cancel) == "Cancelar"
    assert QCoreApplication.translate("Format", "%1 min") == "%1 min"
    assert QCoreApplication.translate("TrayText", "Paused") == "Suspenso"


# -- reasons from the core (settings file problems, refused values) -----------------------
def _english_fragments(tools: ModuleType, language: str) -> set[str]:
    """The fixed words of every "Problem" message, as English shows them."""
    fragments: set[str] = set()
    for message in tools.messages(tools.catalogue(language)):
        if message.context == "Problem":
            fragments |= {part.strip(" ;:()\"'") for part in _PLACEHOLDER.split(message.source)}
    return {f for f in fragments if len(f) >= 8}


BROKEN_SETTINGS = {
    "schema_version": "one",
    "micro": {"interval": 0, "duration": "abc", "min_duration": 9999},
    "schedule": {"working_hours": {"mon": ["18:00-09:00"]}},
    "popups": {"theme": "neon", "language": "english"},
    "sounds": {"enabled": "yes"},
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_settings_file_problems_are_worded_in_the_users_language(
        clean_language: QApplication, tools: ModuleType, language: str) -> None:
    from psoas_desk.core.settings_codec import decode
    from psoas_desk.ui.form_labels import problems_text

    install_translators(clean_language, language)
    decoded = decode(BROKEN_SETTINGS)
    assert len(decoded.problems) == 8
    _heading, body = problems_text(decoded.problems, None)
    english = sorted(f for f in _english_fragments(tools, language) if f in body)
    assert not english, f"English inside the {language} note:\n{body}"
    if language == "de":
        assert ("• Kurzpause alle: muss mindestens 1 Min. sein, nicht 0 Sek.; "
                "es gilt der Standardwert 30 Min.") in body.splitlines()
        assert "es gelten die Standard-Arbeitszeiten" in body


@pytest.mark.parametrize("language", LANGUAGES)
def test_refused_values_in_the_settings_window_are_explained_in_the_users_language(
        clean_language: QApplication, qtbot: Any, tools: ModuleType, library: ContentLibrary,
        language: str) -> None:
    from psoas_desk.core.settings import Settings
    from psoas_desk.core.settings_codec import with_option
    from psoas_desk.ui.settings_window import SettingsWindow

    install_translators(clean_language, language)
    window = SettingsWindow(with_option(Settings(), "schedule.working_hours_only", True),
                            routines=sorted(library.routines.values(), key=lambda r: r.id))
    qtbot.addWidget(window)
    window.show()
    typed = {"micro.interval": "0", "micro.min_duration": "5000"}
    for key, text in typed.items():
        box = window.rows[key].editor.focusProxy()
        box.lineEdit().setText(text)
    window.findChild(QLineEdit, "hours-tue").setText("17:00-09:00")
    # min_duration above the break's length: the rule between two options.
    window.rows["micro.duration"].editor.focusProxy().lineEdit().setText("60")
    window.rows["micro.min_duration"].editor.focusProxy().lineEdit().setText("90")
    shown = {key: window.rows[key].error.text() for key in
             ("micro.interval", "micro.min_duration", "schedule.working_hours")}
    assert all(shown.values()), shown
    english = sorted(f for f in _english_fragments(tools, language)
                     if any(f in text for text in shown.values()))
    assert not english, f"English in the {language} window: {shown}"
    if language == "de":
        assert shown["micro.min_duration"] == "Ist länger als die Pause selbst (1 Min.)"
        assert shown["schedule.working_hours"].startswith("Dienstag: 17:00-09:00 endet, bevor")


# -- every window, in every language ---------------------------------------------------
@pytest.fixture(scope="module")
def probes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    """Run layout_probe for every mode at once; the JSON records by mode."""
    config = tmp_path_factory.mktemp("screen") / "screen.json"
    config.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    running = {mode: subprocess.Popen(
        [sys.executable, "-m", "tests.ui.layout_probe", mode], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for mode in PROBE_MODES}
    results: dict[str, list[dict[str, Any]]] = {}
    for mode, proc in running.items():
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, f"layout probe {mode} failed:\n{err[-3000:]}"
        results[mode] = [json.loads(line) for line in out.splitlines() if line.strip()]
    return results


def _scenes(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in records if not r.get("done")]


def _summary(records: list[dict[str, Any]]) -> dict[str, Any]:
    done = [r for r in records if r.get("done")]
    assert len(done) == 1, "the probe stopped early"
    return done[0]


@pytest.mark.parametrize("mode", PROBE_MODES)
def test_every_window_fits_its_text(probes: dict[str, list[dict[str, Any]]],
                                    mode: str) -> None:
    scenes = _scenes(probes[mode])
    assert _summary(probes[mode])["screen"] == [SCREEN["width"], SCREEN["height"]]
    names = {s["scene"] for s in scenes}
    # Every kind of window was opened (a rename here must not shrink the test).
    for expected in ("tray menu", "tray pause menu", "status panel", "status panel without tray",
                     "micro-break micro-posture-check", "micro-break (no routine)",
                     "home-floor-hips summary", "checklist sitting-setup",
                     "checklist standing-setup", "settings page breaks",
                     "settings page startup"):
        assert expected in names
    problems = {s["scene"]: s["problems"] for s in scenes if s["problems"]}
    assert problems == {}


def test_the_pseudo_locale_reaches_every_text(probes: dict[str, list[dict[str, Any]]]) -> None:
    # Not ours to translate: weekday names come from QLocale, "x11" is the
    # idle backend's name, figures and dates are numbers.
    c_locale = QLocale(QLocale.Language.C)
    allowed = {c_locale.dayName(day) for day in range(1, 8)} | {"x11"}
    long_date = re.compile(r"^\w+, \d{1,2} \w+ \d{4}$")  # QLocale's own words
    untouched = sorted({text for scene in _scenes(probes["pseudo"]) for text in scene["texts"]
                        if any(ch.isalpha() for ch in text) and not is_pseudo(text)
                        and _plain(text) not in allowed and not long_date.match(text)})
    assert not untouched, "these bypass tr() or the content's locale:\n" + "\n".join(untouched)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_shows_on_any_window(probes: dict[str, list[dict[str, Any]]],
                                        tools: ModuleType, library: ContentLibrary,
                                        language: str) -> None:
    catalogue = tools.messages(tools.catalogue(language))
    translated = {_plain(message.findtext("translation") or "")
                  for message in catalogue.values()}
    english = {_plain(m.source) for m in catalogue} | {text.en for _w, text in library.texts()}
    # A word spelled the same in both languages ("Pause", "OK") is not a leak.
    english -= translated | {"x11"}
    shown = [(scene["scene"], text) for scene in _scenes(probes[language])
             for text in scene["texts"]]
    leaks = sorted({f"{where}: {text!r}" for where, text in shown if _plain(text) in english})
    assert not leaks, "\n".join(leaks)
    assert _summary(probes[language])["locale"].startswith(language.split("_")[0])


def test_right_to_left_mirrors_the_popups(probes: dict[str, list[dict[str, Any]]]) -> None:
    assert _summary(probes["rtl"])["direction"] == "RightToLeft"
    assert _summary(probes["rtl"])["mirrored"] and all(_summary(probes["rtl"])["mirrored"])
    assert not any(_summary(probes["en"])["mirrored"])
