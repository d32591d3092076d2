#!/usr/bin/env python3
"""Refresh the translation catalogues from the sources and compile them.

Workflow (run from the checkout, with the project's .venv)::

    .venv/bin/python scripts/update_translations.py          # 1. extract + compile
    .venv/bin/pyside6-linguist resources/i18n/psoas_desk_de.ts   # 2. translate
    .venv/bin/python scripts/update_translations.py          # 3. compile again, commit
                                                             #    the .ts and the .qm
    .venv/bin/python scripts/update_translations.py --check  # what the tests check

Step 1 runs ``pyside6-lupdate`` over ``psoas_desk/`` into
``resources/i18n/psoas_desk_<lang>.ts`` (new strings arrive marked
"unfinished", strings no longer in the code are dropped) and
``pyside6-lrelease`` into the ``.qm`` files next to them, which ship in the
wheel. Both tools come with PySide6.

lupdate only understands ``self.tr("...")``, ``QCoreApplication.translate(
"Context", "...")`` and ``QT_TRANSLATE_NOOP("Context", "...")`` written out.
Our modules also use small helpers such as ``def _tr(text, n=-1): return
QCoreApplication.translate("BreakPopup", text, None, n)``, local aliases
(``tr = QCoreApplication.translate``) and ``QT_TRANSLATE_NOOP`` imported
under another name. So the sources are first copied to a temporary folder
with every such call spelled out (line numbers kept), and lupdate reads that
copy; the locations in the .ts files still point at the real files.

Content texts (routines, checklists, safety lines) are not in these
catalogues: they carry their translations in the TOML files themselves.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "psoas_desk"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("de", "es", "fr", "pt_PT")
CATALOGUE = "psoas_desk_{}"
TRANSLATE = "QCoreApplication.translate"
NOOP = "QT_TRANSLATE_NOOP"


@dataclass(frozen=True)
class Helper:
    """A function that stands for a translate call lupdate cannot see through.

    ``context`` None means a plain alias (``tr = QCoreApplication.translate``
    or ``QT_TRANSLATE_NOOP`` under another name): only the name is replaced.
    """

    target: str
    context: str | None = None
    plural: bool = False


@dataclass(frozen=True)
class Message:
    """One entry of a catalogue, as lupdate identifies it."""

    context: str
    source: str
    comment: str
    numerus: bool


def tool(name: str) -> str:
    """The path of a PySide6 tool, preferring the one next to this Python."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: run this with the project's .venv Python")
    return found


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _is_translate(node: ast.AST) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "translate"
            and isinstance(node.value, ast.Name) and node.value.id == "QCoreApplication")


def _helper_of(func: ast.FunctionDef) -> Helper | None:
    """``func`` as a Helper if its body is just ``return QCoreApplication.translate(...)``."""
    body = [s for s in func.body if not (isinstance(s, ast.Expr)
                                         and isinstance(s.value, ast.Constant))]
    params = [a.arg for a in func.args.args]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not params:
        return None
    call = body[0].value
    if not isinstance(call, ast.Call) or not _is_translate(call.func) or len(call.args) < 2:
        return None
    context, text = call.args[0], call.args[1]
    if not (isinstance(context, ast.Constant) and isinstance(context.value, str)
            and isinstance(text, ast.Name) and text.id == params[0]):
        return None
    plural = (len(call.args) == 4 and len(params) > 1 and isinstance(call.args[3], ast.Name)
              and call.args[3].id == params[1])
    return Helper(func.name, context.value, plural)


def find_helpers(trees: dict[str, ast.Module]) -> dict[tuple[str, str], Helper]:
    """Every module-level translate helper, by (module, function name)."""
    helpers: dict[tuple[str, str], Helper] = {
        ("psoas_desk.core.i18n", NOOP): Helper(NOOP),
        # problem_text("template %1", arg) builds a core.i18n.Text in "Problem".
        ("psoas_desk.core.i18n", "problem_text"): Helper(TRANSLATE, "Problem")}
    for module, tree in trees.items():
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                helper = _helper_of(node)
                if helper is not None:
                    helpers[(module, node.name)] = helper
    return helpers


def _names_in(module: str, tree: ast.Module,
              helpers: dict[tuple[str, str], Helper]) -> dict[str, Helper]:
    """Which names in ``module`` call a helper: its own, imported ones, local aliases."""
    names = {name: helper for (owner, name), helper in helpers.items() if owner == module}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                helper = helpers.get((node.module, alias.name))
                if helper is not None:
                    names[alias.asname or alias.name] = helper
        elif (isinstance(node, ast.Assign) and _is_translate(node.value)
              and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            names[node.targets[0].id] = Helper(TRANSLATE)
    names.pop(NOOP, None)  # already spelled the way lupdate wants
    return names


def spell_out(source: str, tree: ast.Module, names: dict[str, Helper]) -> str:
    """Return ``source`` with every helper call written as lupdate understands it.

    Each replaced call keeps its line count, so lupdate's line numbers are
    the real file's.
    """
    data = source.encode("utf-8")
    starts = [0]
    for line in data.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))

    def offset(line: int, col: int) -> int:
        return starts[line - 1] + col  # ast columns count UTF-8 bytes

    edits: list[tuple[int, int, bytes]] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        helper = names.get(node.func.id)
        if helper is None or node.end_lineno is None or node.end_col_offset is None:
            continue
        begin = offset(node.lineno, node.col_offset)
        end = offset(node.end_lineno, node.end_col_offset)
        original = data[begin:end]
        if helper.context is None:
            name_end = offset(node.func.end_lineno or node.lineno, node.func.end_col_offset or 0)
            edits.append((begin, name_end, helper.target.encode()))
            continue
        if not node.args or not (isinstance(node.args[0], ast.Constant)
                                 and isinstance(node.args[0].value, str)):
            continue  # a variable: nothing to extract
        parts = [ast.get_source_segment(source, arg) or "" for arg in node.args]
        # Only a call that passes a count is a plural ("%n") message; lupdate
        # sees that only in a literal number (the copy is never run).
        count = ", None, 1" if helper.plural and len(parts) > 1 else ""
        text = f'{TRANSLATE}("{helper.context}", {parts[0]}{count}'
        text += "\n" * max(0, original.count(b"\n") - text.count("\n")) + ")"
        edits.append((begin, end, text.encode("utf-8")))
    for begin, end, replacement in sorted(edits, reverse=True):
        data = data[:begin] + replacement + data[end:]
    return data.decode("utf-8")


def prepared_sources(target: Path) -> list[Path]:
    """Copy ``psoas_desk/`` into ``target`` with helper calls spelled out."""
    files = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
    sources = {_module_name(p): p.read_text(encoding="utf-8") for p in files}
    trees = {module: ast.parse(text) for module, text in sources.items()}
    helpers = find_helpers(trees)
    written: list[Path] = []
    for path in files:
        module = _module_name(path)
        out = target / path.relative_to(ROOT)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(spell_out(sources[module], trees[module],
                                 _names_in(module, trees[module], helpers)), encoding="utf-8")
        written.append(out)
    return written


def catalogue(language: str, suffix: str = ".ts", folder: Path = I18N) -> Path:
    return folder / (CATALOGUE.format(language) + suffix)


def run_lupdate(workdir: Path, ts_files: Iterable[Path]) -> None:
    """Extract into ``ts_files`` (created or merged) from a prepared copy in ``workdir``."""
    files = prepared_sources(workdir)
    argv = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "relative",
            "-source-language", "en", *(str(f.relative_to(workdir)) for f in files)]
    for ts in ts_files:
        argv += ["-ts", str(ts)]
    subprocess.run(argv, cwd=workdir, check=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def messages(ts: Path) -> dict[Message, ET.Element]:
    """The live (not obsolete or vanished) messages of a .ts file."""
    found: dict[Message, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            key = Message(name, message.findtext("source") or "",
                          message.findtext("comment") or "", message.get("numerus") == "yes")
            found[key] = message
    return found


def unfinished(ts: Path) -> list[Message]:
    """Messages with no (or an unfinished or empty) translation."""
    out = []
    for key, message in messages(ts).items():
        translation = message.find("translation")
        forms = ([f.text or "" for f in translation.iter("numerusform")]
                 if translation is not None else [])
        text = (translation.text or "") if translation is not None else ""
        if (translation is None or translation.get("type") == "unfinished"
                or not (all(forms) if key.numerus else text)):
            out.append(key)
    return out


def problems() -> list[str]:
    """Everything that makes the shipped catalogues differ from a fresh update."""
    found: list[str] = []
    with tempfile.TemporaryDirectory(prefix="psoas-i18n-") as tmp:
        work = Path(tmp)
        fresh = work / "fresh.ts"
        run_lupdate(work, [fresh])
        wanted = set(messages(fresh))
        for language in LANGUAGES:
            ts = catalogue(language)
            if not ts.exists():
                found.append(f"{ts.name} is missing")
                continue
            have = set(messages(ts))
            found += [f"{ts.name}: not yet extracted: {m.context}: {m.source!r}"
                      for m in sorted(wanted - have, key=repr)]
            found += [f"{ts.name}: no longer in the code: {m.context}: {m.source!r}"
                      for m in sorted(have - wanted, key=repr)]
            found += [f"{ts.name}: untranslated: {m.context}: {m.source!r}"
                      for m in unfinished(ts)]
            qm = catalogue(language, ".qm")
            built = catalogue(language, ".qm", work)
            run_lrelease(ts, built)
            if not qm.exists() or qm.read_bytes() != built.read_bytes():
                found.append(f"{qm.name} is not compiled from the current {ts.name}")
    return found


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="psoas-i18n-") as tmp:
        work = Path(tmp)
        # The .ts files sit at the same place relative to the sources as in
        # the checkout, so their locations are right for the real files.
        copies = [catalogue(lang, folder=work / "resources" / "i18n") for lang in LANGUAGES]
        copies[0].parent.mkdir(parents=True, exist_ok=True)
        for language, copy in zip(LANGUAGES, copies, strict=True):
            if catalogue(language).exists():
                shutil.copyfile(catalogue(language), copy)
        run_lupdate(work, copies)
        for language, copy in zip(LANGUAGES, copies, strict=True):
            shutil.copyfile(copy, catalogue(language))
    for language in LANGUAGES:
        run_lrelease(catalogue(language), catalogue(language, ".qm"))
        left = unfinished(catalogue(language))
        if left:
            print(f"{catalogue(language).name}: {len(left)} to translate")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; list what a run would change or what is "
                             "untranslated, and exit 1 if anything is")
    args = parser.parse_args(argv)
    if args.check:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
