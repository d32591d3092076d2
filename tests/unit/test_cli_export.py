"""``psoas-desk export`` reads the history itself: with or without the app, to a file or stdout."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from psoas_desk import cli
from psoas_desk.storage.history import HistoryStore
from psoas_desk.storage.paths import AppPaths, resolve_paths
from tests.helpers.history_gen import Generated, simulate

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def week() -> Generated:
    return simulate(7, seed=5)


@pytest.fixture
def paths(tmp_path: Path, week: Generated) -> AppPaths:
    paths = resolve_paths(tmp_path / "base")
    store = HistoryStore(paths.history_db)
    store.open()
    week.feed(store)
    store.close()
    return paths


def run(paths: AppPaths, *argv: str) -> int:
    # No control socket exists: the app is not running.
    return cli.main(["--base-dir", os.fspath(paths.runtime_dir.parent), "export", *argv])


def test_csv_to_a_file_without_the_app_running(
        paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(paths, "--csv", "week.csv") == 0
    with (tmp_path / "week.csv").open(newline="", encoding="utf-8") as handle:
        lines = list(csv.DictReader(handle))
    out = capsys.readouterr()
    assert out.out == f"Exported {len(lines)} records to {tmp_path / 'week.csv'}.\n"
    assert out.err == ""
    assert len(lines) > 50 and all(line["start"] for line in lines)
    assert stat.S_IMODE((tmp_path / "week.csv").stat().st_mode) == 0o600


@pytest.mark.parametrize("fmt", ["--csv", "--json"])
def test_a_dash_writes_the_data_and_only_the_data_to_stdout(
        paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(paths, fmt, "-") == 0
    out = capsys.readouterr()
    assert not (tmp_path / "-").exists()
    assert out.err == ""
    if fmt == "--json":
        document = json.loads(out.out)
        assert document["format"] == "psoas-desk history" and document["bouts"]
    else:
        rows = list(csv.reader(io.StringIO(out.out)))
        assert rows[0][0] == "record" and len(rows) > 50


def test_errors_name_the_file_and_the_reason(paths: AppPaths, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no-such-folder" / "h.csv"
    assert run(paths, "--csv", os.fspath(target)) == 1
    assert capsys.readouterr().err == (
        f"psoas-desk export: cannot write {target}: the folder {target.parent} "
        "does not exist\n")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    if os.geteuid() != 0:  # root writes anywhere
        assert run(paths, "--json", os.fspath(locked / "h.json")) == 1
        assert "Permission denied" in capsys.readouterr().err
    broken = resolve_paths(tmp_path / "broken")
    broken.history_db.parent.mkdir(parents=True)
    broken.history_db.write_bytes(b"this is not a database" * 100)
    assert cli.main(["--base-dir", os.fspath(tmp_path / "broken"), "export", "--csv", "-"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"psoas-desk export: cannot read {broken.history_db}: ")
    assert "not a database" in err


def test_no_history_yet_exports_just_the_header(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    fresh = resolve_paths(tmp_path / "fresh")
    target = tmp_path / "h.csv"
    assert cli.main(["--base-dir", os.fspath(tmp_path / "fresh"), "export", "--csv",
                     os.fspath(target)]) == 0
    assert capsys.readouterr().out.endswith("(no history recorded yet).\n")
    assert target.read_text().startswith("record,kind,start")
    assert not fresh.history_db.exists(), "exporting creates no history"


def test_export_reads_while_another_process_writes_and_does_not_block_it(
        paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The writer stands in for the running app: it records events one by one
    # (each its own transaction), printing a line after each.
    with subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.history_writer",
             os.fspath(paths.history_db), "400"], cwd=ROOT, stdout=subprocess.PIPE,
            text=True) as writer:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "0"
        sizes = []
        for n in range(3):
            assert run(paths, "--json", os.fspath(tmp_path / f"h{n}.json")) == 0
            sizes.append(len(json.loads((tmp_path / f"h{n}.json").read_text())["bouts"]))
        capsys.readouterr()
        written = writer.stdout.read().split()
    assert writer.returncode == 0
    assert sizes == sorted(sizes) and sizes[0] > 0
    assert written[-1] == "399", "the writer recorded every event while exports ran"
    store = HistoryStore(paths.history_db)
    store.open()
    assert store.pending == 0 and not store.last_error
    store.close()
