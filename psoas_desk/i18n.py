"""The user's language: which one, and installing its translations at start-up.

The language is the ``popups.language`` setting when it is set, otherwise the
system's (``QLocale.system().uiLanguages()``, which follows ``LANGUAGE``,
``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` on Linux). :func:`install_translators`
loads our compiled catalogue (``resources/i18n/psoas_desk_<lang>.qm``, built
by ``scripts/update_translations.py``) and Qt's own (``qtbase_<lang>.qm``
from PySide6, for standard buttons and context menus), makes the locale the
default ``QLocale`` (so times, dates and numbers read the local way), and
returns the locale content texts (routines, checklists) should use.

A language we have no catalogue for falls back to another region of the
same language (a Brazilian system gets the European Portuguese catalogue,
an Austrian one the German), then to English.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from psoas_desk import resources
from psoas_desk.core.i18n import QT_TRANSLATE_NOOP
from psoas_desk.core.routines import DEFAULT_LOCALE, normalize_locale
from psoas_desk.languages import CATALOGUE_PREFIX, shipped_languages

TRANSLATOR_NAME = "psoas-desk-translator"
"""Object name of the translators we install, so a second call can replace them."""


@dataclass(frozen=True)
class Language:
    """The outcome of choosing a language.

    Attributes:
        ui: the catalogue in use: ``"en"`` (none needed) or e.g. ``"pt_PT"``.
        content: the locale for ``LocalizedText.get``: the locale asked for
            when the shipped content can fall back from it to ``ui`` (so a
            user file's ``title.de_AT`` is used), else ``ui``.
        formats: the locale for numbers, times and dates (``QLocale(formats)``),
            the one asked for, e.g. ``"de_AT"``.
    """

    ui: str
    content: str
    formats: str


def qt_strings() -> tuple[str, ...]:
    """Qt's own button texts that our catalogues translate too.

    Qt ships no European Portuguese catalogue; ours carries these so the
    standard buttons of the settings window and its question box are not
    left in English or Brazilian Portuguese. Listed (never called at run
    time) so ``pyside6-lupdate`` extracts them in Qt's context.
    """
    return (QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
            QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
            QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
            QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
            QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
            # The GNOME platform theme words some buttons with mnemonics.
            QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
            QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
            QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"))


def available_languages(folder: Path | None = None) -> tuple[str, ...]:
    """English plus every language with a compiled catalogue, e.g. ``("en", "de", ...)``."""
    return shipped_languages(folder)


def _match(wanted: str, available: Sequence[str]) -> str | None:
    """The available language for ``wanted``: same code, same language, or None."""
    if wanted in available:
        return wanted
    language = wanted.partition("_")[0]
    if language == DEFAULT_LOCALE:
        return DEFAULT_LOCALE
    same = [code for code in available if code.partition("_")[0] == language]
    return same[0] if same else None


def choose_language(override: str, system: Iterable[str],
                    available: Sequence[str]) -> Language:
    """Pick the language (pure: no Qt, no files).

    Args:
        override: the ``popups.language`` setting; "" follows the system. An
            override we have no catalogue for gives English screens (and the
            override's own content texts, where a user file has them).
        system: the system's languages, most wanted first ("de-AT", "de", ...).
        available: the languages with a catalogue, English included.
    """
    asked = [normalize_locale(override)] if override.strip() else [
        normalize_locale(s) for s in system if s.strip()]
    for wanted in asked:
        ui = _match(wanted, available)
        if ui is not None:
            return Language(ui, _content_locale(wanted, ui), wanted)
    first = asked[0] if asked else DEFAULT_LOCALE
    return Language(DEFAULT_LOCALE, first, first)


def _content_locale(wanted: str, ui: str) -> str:
    # LocalizedText.get falls back de_AT -> de -> en, never sideways
    # (pt_BR -> pt_PT), so ask for the catalogue's own code when the
    # fallback from what was asked would not reach it.
    chain = [wanted]
    while "_" in chain[-1]:
        chain.append(chain[-1].rpartition("_")[0])
    return wanted if ui in chain else ui


def _qt_catalogue(language: str) -> Path | None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    codes = sorted(p.stem.removeprefix("qtbase_") for p in folder.glob("qtbase_*.qm"))
    code = _match(language, codes)
    return folder / f"qtbase_{code}.qm" if code is not None else None


def _load(app: QCoreApplication, path: Path | None) -> bool:
    if path is None or not path.is_file():
        return False
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    if not translator.load(str(path)):
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    return True


def in_every_language(context: str, source: str, folder: Path | None = None) -> tuple[str, ...]:
    """``source`` in English and in each shipped language, without installing anything.

    For matching our own windows by title from outside (a compositor's window
    rules), whatever language the person switches to while the app runs.
    Loads each compiled catalogue once into a translator that is dropped
    again (a few tens of kilobytes each).
    """
    where = folder if folder is not None else resources.path("i18n")
    found = [source]
    for code in available_languages(where):
        if code == DEFAULT_LOCALE:
            continue
        translator = QTranslator()
        if translator.load(str(where / f"{CATALOGUE_PREFIX}{code}.qm")):
            found.append(translator.translate(context, source) or source)
    return tuple(dict.fromkeys(found))


def install_translators(app: QCoreApplication, override: str = "", *,
                        system: Sequence[str] | None = None) -> Language:
    """Install the translations for the user's language; call before any window is built.

    Calling it again (the language setting changed) replaces the earlier
    translators; windows built before keep their texts until rebuilt.

    Args:
        app: the application; it owns the translators.
        override: the ``popups.language`` setting ("" for the system's).
        system: the system's languages; default ``QLocale.system().uiLanguages()``.

    Returns:
        The language chosen; pass ``content`` to the popups and windows.
    """
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    languages = system if system is not None else QLocale.system().uiLanguages()
    language = choose_language(override, languages, available_languages())
    QLocale.setDefault(QLocale(language.formats))
    if language.ui != DEFAULT_LOCALE:
        # Installed last is asked first: ours may override Qt's wording.
        _load(app, _qt_catalogue(language.ui))
        _load(app, resources.path("i18n", f"{CATALOGUE_PREFIX}{language.ui}.qm"))
    return language
