"""The settings reference (``settings --list``, docs/settings.md) lists every key and is current."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from psoas_desk import cli
from psoas_desk.core.settings import option_specs
from psoas_desk.core.settings_codec import decode
from psoas_desk.settings_reference import reference_markdown, reference_text

ROOT = Path(__file__).resolve().parents[2]


def test_docs_settings_md_is_the_generated_reference() -> None:
    page = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    assert page == reference_markdown(), (
        "docs/settings.md is out of date: run "
        "`.venv/bin/psoas-desk settings --list --markdown > docs/settings.md`")


def test_every_key_is_listed_with_its_label_and_help() -> None:
    text, page = reference_text(), reference_markdown()
    for spec in option_specs():
        assert f"\n{spec.name} = " in "\n" + text or text.startswith(f"[{spec.section}]")
        assert f"| `{spec.name}` |" in page
        assert spec.info.label in text and spec.info.help in text
    assert "0 keeps the history forever" in text
    assert '"de", "es", "fr", "pt_PT"' in text


def test_the_printed_defaults_are_a_valid_settings_file_of_the_defaults() -> None:
    # Each section's lines of the reference, put together, read back as the defaults.
    lines = [line for line in reference_text().splitlines() if not line.startswith("    ")]
    decoded = decode(tomllib.loads("\n".join(lines)))
    assert decoded.problems == ()
    assert decoded.settings == decode({}).settings


def test_settings_list_needs_no_running_app(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--base-dir", os.fspath(tmp_path), "settings", "--list"]) == 0
    assert capsys.readouterr().out == reference_text()
    assert cli.main(["settings", "--list", "--markdown"]) == 0
    assert capsys.readouterr().out == reference_markdown()
    out = subprocess.run([sys.executable, "-m", "psoas_desk", "--base-dir", os.fspath(tmp_path),
                          "settings", "--list"], cwd=ROOT, capture_output=True, text=True,
                         timeout=60, check=True)
    assert out.stdout.startswith("[micro]\nenabled = true\n")
