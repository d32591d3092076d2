"""The command line: parsing, exit codes, output, logging and the start path.

Commands are run through ``cli.main`` against a small stdlib server that
records what it receives (the real Qt server is covered in
tests/ui/test_control_server.py); the app itself is replaced by a fake
``run_app``.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from psoas_desk import __version__, cli
from psoas_desk.adapters.control_protocol import (
    NOT_RUNNING_MESSAGE,
    Command,
    Reply,
    Request,
    decode_request,
)
from psoas_desk.adapters.instance_lock import acquire_instance_lock
from psoas_desk.cli_text import format_status
from psoas_desk.invocation import COMMAND_ENV
from psoas_desk.logsetup import PrivateRotatingFileHandler
from psoas_desk.storage.paths import AppPaths, resolve_paths
from tests.unit.adapters.test_control import lock_held_elsewhere, scripted_server

OK = b'{"ok": true, "result": null}\n'
STATUS = {"state": "sitting", "posture": "sitting", "sitting_s": 1380,
          "next_break": {"kind": "micro", "in_s": 420}, "paused_until": None,
          "idle_backend": "x11", "tray_available": True,
          "today": {"sitting_s": 7200, "longest_bout_s": 3000, "breaks_completed": 4,
                    "breaks_postponed": 1, "breaks_skipped": 0, "breaks_worked_through": 1,
                    "natural_breaks": 2},
          "extra_field": [1, 2]}
NOW = datetime(2026, 3, 4, 10, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture(autouse=True)
def typed_as_psoas_desk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hints name the command as a person on a PATH install types it (see test_invocation)."""
    monkeypatch.setenv(COMMAND_ENV, "psoas-desk")


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "base")


def run(paths: AppPaths, *argv: str, run_app: cli.RunApp | None = None) -> int:
    return cli.main(["--base-dir", os.fspath(paths.runtime_dir.parent), *argv], run_app=run_app)


@pytest.mark.parametrize(("argv", "request_", "printed"), [
    (["break"], Request(Command.BREAK, {"kind": "micro"}), "Starting a micro-break."),
    (["break", "stretch"], Request(Command.BREAK, {"kind": "stretch"}),
     "Starting a stretch break."),
    (["break", "--routine", "home-floor-hips"],
     Request(Command.BREAK, {"kind": "stretch", "routine": "home-floor-hips"}),
     "Starting the routine home-floor-hips as a stretch break."),
    (["break", "stretch", "--routine", "breathing-one-minute"],
     Request(Command.BREAK, {"routine": "breathing-one-minute"}), "breathing-one-minute"),
    (["pause", "30m"], Request(Command.PAUSE, {"until": "duration", "duration_s": 1800}),
     "Reminders paused for 30 min."),
    (["pause", "1h30m"], Request(Command.PAUSE, {"until": "duration", "duration_s": 5400}),
     "Reminders paused for 1 h 30 min."),
    (["pause", "1m"], Request(Command.PAUSE, {"until": "duration", "duration_s": 60}), "1 min"),
    (["pause", "24h"], Request(Command.PAUSE, {"until": "duration", "duration_s": 86400}),
     "Reminders paused for 24 h."),
    (["pause", "tomorrow"], Request(Command.PAUSE, {"until": "tomorrow"}), "until tomorrow"),
    (["pause", "Forever"], Request(Command.PAUSE, {"until": "forever"}), "psoas-desk resume"),
    (["resume"], Request(Command.RESUME), "Reminders resumed."),
    (["stand"], Request(Command.STAND), "Noted: you are standing."),
    (["sit"], Request(Command.SIT), "Noted: you are sitting."),
    (["reading"], Request(Command.READING, {"mode": "on"}), "Noted: reading or watching."),
    (["reading", "off"], Request(Command.READING, {"mode": "off"}),
     "Reading or watching is off."),
    (["checklist"], Request(Command.CHECKLIST), ""),
    (["settings"], Request(Command.SETTINGS), ""),
    (["stats"], Request(Command.STATS), ""),
    (["quit"], Request(Command.QUIT), "psoas-desk is quitting."),
    (["quit", "-v"], Request(Command.QUIT), "quitting"),
])
def test_each_command_sends_its_request_and_confirms(
        paths: AppPaths, capsys: pytest.CaptureFixture[str], argv: list[str],
        request_: Request, printed: str) -> None:
    with scripted_server(paths.socket_path, OK) as received:
        assert run(paths, *argv) == 0
    assert [decode_request(line) for line in received] == [request_]
    out = capsys.readouterr().out
    assert printed in out
    assert bool(out.strip()) == bool(printed)


@pytest.mark.parametrize(("resumed", "printed"), [
    (False, "Reminders were not paused; nothing to resume.\n"),
    (True, "Reminders resumed.\n")])
def test_resume_says_whether_there_was_a_pause(
        paths: AppPaths, capsys: pytest.CaptureFixture[str], resumed: bool,
        printed: str) -> None:
    with scripted_server(paths.socket_path, Reply.success({"resumed": resumed}).encode()):
        assert run(paths, "resume") == 0
    assert capsys.readouterr().out == printed


def test_hints_name_the_command_the_person_started(
        paths: AppPaths, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(COMMAND_ENV, "scripts/run")
    assert run(paths, "status") == 1
    assert capsys.readouterr().err == (
        "psoas-desk is not running (start it with `scripts/run`)\n")
    with scripted_server(paths.socket_path, OK):
        assert run(paths, "pause", "forever") == 0
    assert "until you run `scripts/run resume`" in capsys.readouterr().out
    status = dict(STATUS, tray_available=False, state="paused", paused_until="indefinite")
    text = format_status(status, now=NOW)
    assert "Paused until `scripts/run resume`" in text
    assert "`scripts/run checklist`" in text


def test_a_text_result_from_the_app_is_printed_instead(
        paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    with scripted_server(paths.socket_path, Reply.success("Already paused.").encode()):
        assert run(paths, "pause", "tomorrow") == 0
    assert capsys.readouterr().out == "Already paused.\n"


def test_a_refusal_from_the_app_exits_1_with_its_message(
        paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    with scripted_server(paths.socket_path, Reply.failure("nothing to resume").encode()):
        assert run(paths, "resume") == 1
    captured = capsys.readouterr()
    assert captured.err == "psoas-desk: nothing to resume\n" and captured.out == ""


def test_status_json_prints_exactly_the_result(
        paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    with scripted_server(paths.socket_path, Reply.success(STATUS).encode()):
        assert run(paths, "status", "--json") == 0
    assert json.loads(capsys.readouterr().out) == STATUS


def test_status_summary_for_a_person(paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    with scripted_server(paths.socket_path, Reply.success(STATUS).encode()):
        assert run(paths, "status") == 0
    assert capsys.readouterr().out.splitlines() == [
        "Sitting for 23 min · micro-break in 7 min",
        "Today: sitting 2 h, longest bout 50 min, 4 breaks taken, 1 postponed, "
        "0 skipped, 1 worked through, 2 natural breaks",
        "Idle detection: x11",
    ]


@pytest.mark.parametrize(("changes", "expected"), [
    ({"state": "paused", "paused_until": "2026-03-04T14:30:00+01:00"}, "Paused until 14:30"),
    ({"state": "paused", "paused_until": "2026-03-04T13:30:00+00:00"}, "Paused until 14:30"),
    ({"state": "paused", "paused_until": "2026-03-05T09:00:00+01:00"}, "Paused until Thu 09:00"),
    ({"state": "paused", "paused_until": "2026-04-01T09:00:00+01:00"},
     "Paused until 2026-04-01 09:00"),
    ({"state": "paused", "paused_until": "indefinite"}, "Paused until `psoas-desk resume`"),
    ({"state": "paused", "paused_until": None}, "Paused until `psoas-desk resume`"),
    ({"timers": [{"kind": "micro", "in_s": 420}, {"kind": "stretch", "in_s": 4020}]},
     "Breaks, in sitting time: micro-break in 7 min, stretch break in 1 h 7 min"),
    ({"state": "standing", "posture": "standing", "next_break": None},
     "Standing · no break scheduled"),
    ({"state": "standing", "posture": "standing",
      "next_break": {"kind": "micro", "in_s": 420, "counting": False}},
     "Standing · micro-break after 7 min more sitting"),
    ({"next_break": {"kind": "stretch", "in_s": 45, "counting": True}},
     "Sitting for 23 min · stretch break in 45 s"),
    ({"state": "break_due"}, "Sitting for 23 min · micro-break due now"),
    ({"state": "in_break", "in_break": {"kind": "stretch", "remaining_s": 150}},
     "Taking a stretch break, 2 min left"),
    ({"state": "away"}, "Away · micro-break"),
    ({"state": "off_hours"}, "Outside your working hours"),
    ({"state": "meditating"}, "(meditating)"),
    ({"idle_backend": "none"}, "Idle detection: none (psoas-desk cannot tell when you step"),
    ({"tray_available": False}, "No system tray found"),
    ({"windows": {"qt_platform": "xcb", "chosen_by": "automatic", "focus": "xwayland",
                  "reason": "on GNOME and KDE Wayland, XWayland windows stay on top"}},
     "Break windows: xcb; they run under XWayland, which keeps them on top without taking "
     "the keyboard (chosen automatically: on GNOME and KDE Wayland"),
    ({"windows": {"qt_platform": "wayland", "chosen_by": "QT_QPA_PLATFORM", "focus": "none",
                  "reason": "QT_QPA_PLATFORM=wayland is set"}},
     "Break windows: wayland; the desktop may give them the keyboard; keys in their first "
     "seconds are ignored (chosen by QT_QPA_PLATFORM: QT_QPA_PLATFORM=wayland is set)"),
    ({"windows": {"qt_platform": "wayland", "focus": "sway-rules"}},
     "Break windows: wayland; sway's window rules keep them floating, on top and unfocused"),
])
def test_status_summary_variants(changes: dict[str, object], expected: str) -> None:
    assert expected in format_status({**STATUS, **changes}, now=NOW)


def test_status_summary_leaves_out_what_the_app_did_not_send() -> None:
    assert format_status({"posture": "sitting", "sitting_s": 90, "today": {}}, now=NOW) == (
        "Sitting for 1 min")


@given(st.dictionaries(
    st.sampled_from(["state", "posture", "sitting_s", "next_break", "paused_until",
                     "idle_backend", "tray_available", "today", "windows"]),
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
    | st.dictionaries(st.sampled_from(["kind", "in_s", "sitting_s", "breaks_skipped",
                                       "qt_platform", "focus", "reason", "chosen_by"]),
                      st.none() | st.integers() | st.floats() | st.text(max_size=5))))
def test_status_summary_survives_odd_replies(status: dict[str, object]) -> None:
    assert format_status(status, now=NOW)


@pytest.mark.parametrize("argv", [
    ["pause"], ["pause", "30"], ["pause", "30s"], ["pause", "25h"], ["pause", "soon"],
    ["pause", "-5m"], ["pause", "30m", "extra"], ["pause", "tomorrow", "forever"],
    ["break", "nap"], ["break", "micro", "stretch"],
    ["status", "--json", "x"], ["status", "--jsn"], ["status", "--js"],
    ["resume", "now"], ["stand", "up"], ["sit", "1"], ["reading", "maybe"],
    ["reading", "on", "off"], ["checklist", "x"], ["settings", "y"],
    ["stats", "z"], ["quit", "-f"], ["install-desktop", "x"], ["uninstall-desktop", "--all"],
    ["export"], ["export", "--csv"], ["export", "--csv", "a", "--json", "b"], ["export", "a"],
    ["bogus"], ["--base-dir"], ["--verbose=3"], ["--vers"], ["-x"], ["status", "--base-dir"],
    ["break", "--routine"], ["routines", "x"],
])
def test_bad_usage_exits_2_with_one_clear_line_and_sends_nothing(
        paths: AppPaths, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with scripted_server(paths.socket_path, OK) as received:
        assert run(paths, *argv) == 2
    assert received == []
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("psoas-desk") and captured.err.count("\n") == 1
    assert "--help" in captured.err and "Traceback" not in captured.err


def test_pause_errors_say_what_was_wrong(paths: AppPaths,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert run(paths, "pause", "30") == 2
    assert '"30" has no unit' in capsys.readouterr().err
    assert run(paths, "pause", "30s") == 2
    assert "from 1m to 24h" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--version"], ["status", "--version"], ["-v", "--version"]])
def test_version(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert cli.main(argv) == 0
    assert capsys.readouterr().out == f"psoas-desk {__version__}\n"


@pytest.mark.parametrize("command", [
    [], ["status"], ["break"], ["pause"], ["resume"], ["stand"], ["sit"], ["checklist"],
    ["settings"], ["stats"], ["quit"], ["export"], ["install-desktop"], ["uninstall-desktop"],
    ["routines"]])
def test_help_on_every_command(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    assert cli.main([*command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(" ".join(["usage: psoas-desk", *command]))
    assert "--base-dir" in out


@pytest.mark.parametrize("argv", [["status"], ["status", "--json"], ["break"], ["pause", "1h"],
                                  ["resume"], ["stand"], ["sit"], ["checklist"], ["settings"],
                                  ["stats"], ["quit"]])
def test_no_running_instance_exits_1_with_a_hint(
        paths: AppPaths, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert run(paths, *argv) == 1
    assert capsys.readouterr().err == NOT_RUNNING_MESSAGE.format(command="psoas-desk") + "\n"


def test_global_options_work_before_and_after_the_command(
        paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    base = os.fspath(paths.runtime_dir.parent)
    with scripted_server(paths.socket_path, OK) as received:
        assert cli.main(["-v", "stand", "--base-dir", base]) == 0
        assert cli.main(["--base-dir", "/nonexistent", "sit", "--base-dir", base]) == 0
    assert len(received) == 2
    assert "DEBUG" in capsys.readouterr().err  # -v before the command still counts


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(
    ["status", "break", "pause", "resume", "stand", "sit", "checklist", "settings", "stats",
     "quit", "export", "install-desktop", "micro", "stretch", "tomorrow", "forever", "30m",
     "0m", "90", "--json", "--csv", "-v", "--verbose", "-h", "--help", "--version",
     "--json-log", "--", "-", "x.csv", "🪑", ""]) | st.text(max_size=12), max_size=5))
def test_random_command_lines_end_in_a_known_exit_code(
        paths: AppPaths, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code = run(paths, *argv, run_app=lambda options: 0)
    assert code in (0, 1, 2)
    assert "Traceback" not in capsys.readouterr().err


def test_install_and_uninstall_desktop_files_into_the_users_data_dir(
        paths: AppPaths, capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert run(paths, "install-desktop") == 0
    out = capsys.readouterr().out
    entry = tmp_path / "share" / "applications" / "org.psoasdesk.PsoasDesk.desktop"
    assert entry.is_file() and f"Installed {entry}" in out
    assert "now in your applications menu" in out
    assert run(paths, "uninstall-desktop") == 0
    assert not entry.exists()
    assert "no longer in your applications menu" in capsys.readouterr().out
    assert run(paths, "uninstall-desktop") == 0
    assert "Nothing to remove" in capsys.readouterr().out


# --- starting the app ------------------------------------------------------

class FakeApp:
    """Stands in for psoas_desk.app.run and records what it saw while running."""

    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self.options: list[cli.StartOptions] = []
        self.lock_was_free = True
        self.socket_existed = True

    def __call__(self, options: cli.StartOptions) -> int:
        self.options.append(options)
        self.lock_was_free = acquire_instance_lock(self.paths) is not None
        self.socket_existed = self.paths.socket_path.exists()
        logging.getLogger("psoas_desk.fake").info("app running",
                                                  extra={"event": "break_started"})
        logging.getLogger("apscheduler.scheduler").info("Running job every second")
        return 7


def test_start_runs_the_app_holding_the_lock_after_removing_a_stale_socket(
        paths: AppPaths) -> None:
    paths.runtime_dir.mkdir(parents=True, mode=0o700)
    paths.socket_path.write_bytes(b"")  # left by a killed instance
    app = FakeApp(paths)
    assert run(paths, "-v", run_app=app) == 7
    assert app.options == [cli.StartOptions(paths=paths, base_dir=paths.runtime_dir.parent,
                                            verbose=True, json_log=False)]
    assert not app.lock_was_free and not app.socket_existed
    assert acquire_instance_lock(paths) is not None  # released once the app returned


def test_app_logs_go_to_a_private_rotating_file_and_with_v_to_stderr(
        paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(paths, run_app=FakeApp(paths)) == 7
    assert capsys.readouterr().err == ""
    log_file = paths.log_dir / "psoas-desk.log"
    assert "INFO psoas_desk.fake: app running" in log_file.read_text()
    assert "Running job" not in log_file.read_text()
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.log_dir.stat().st_mode) == 0o700
    assert run(paths, "-v", run_app=FakeApp(paths)) == 7
    assert "app running" in capsys.readouterr().err
    assert logging.getLogger().handlers == [h for h in logging.getLogger().handlers
                                            if h.__class__.__module__ != "psoas_desk.logsetup"]


def test_rotated_and_older_log_files_are_private_too(tmp_path: Path) -> None:
    log_file = tmp_path / "psoas-desk.log"
    log_file.write_text("from an older version\n")
    log_file.chmod(0o644)
    handler = PrivateRotatingFileHandler(log_file, maxBytes=200, backupCount=2)
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    try:
        for n in range(20):
            handler.emit(logging.LogRecord("t", logging.INFO, "", 0, f"line {n:02d} " * 5,
                                           None, None))
    finally:
        handler.close()
    files = sorted(tmp_path.iterdir())
    assert [f.name for f in files] == ["psoas-desk.log", "psoas-desk.log.1", "psoas-desk.log.2"]
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert "line 19" in log_file.read_text()


@pytest.mark.parametrize("how", ["option", "environment"])
def test_json_log_writes_one_object_per_record_with_extras(
        paths: AppPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        how: str) -> None:
    argv = ["--base-dir", os.fspath(paths.runtime_dir.parent)]
    if how == "option":
        argv.append("--json-log")
    else:
        monkeypatch.setenv("PSOAS_DESK_JSON_LOG", "1")
    assert cli.main(argv, run_app=FakeApp(paths)) == 7
    records = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert {"message": "app running", "event": "break_started", "level": "INFO",
            "logger": "psoas_desk.fake"}.items() <= records[-1].items()
    file_lines = (paths.log_dir / "psoas-desk.log").read_text().splitlines()
    assert json.loads(file_lines[-1])["event"] == "break_started"


def test_unusable_folders_exit_1_with_the_reason(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "runtime").write_text("a file where the runtime folder should be")
    app = FakeApp(resolve_paths(tmp_path))
    assert cli.main(["--base-dir", os.fspath(tmp_path)], run_app=app) == 1
    assert app.options == []
    assert f"cannot use {tmp_path / 'runtime'}" in capsys.readouterr().err
    other = tmp_path / "other"
    other.mkdir()
    (other / "state").write_text("a file where the state folder should be")
    assert cli.main(["--base-dir", os.fspath(other)], run_app=app) == 1
    assert app.options == []
    assert "cannot write its log" in capsys.readouterr().err


def test_an_error_inside_the_app_is_not_reported_as_a_folder_problem(paths: AppPaths) -> None:
    def crashing(options: cli.StartOptions) -> int:
        raise PermissionError("the app's own bug")

    with pytest.raises(PermissionError, match="own bug"):
        run(paths, run_app=crashing)


def test_second_launch_that_gets_no_answer_exits_1_and_does_not_start(
        paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    app = FakeApp(paths)
    with lock_held_elsewhere(paths.runtime_dir.parent) as won:
        assert won
        assert cli.start(cli.StartOptions(paths=paths), app, timeout_s=0.2) == 1
    assert app.options == []
    assert "is running but did not answer within 0.2 s" in capsys.readouterr().err


def test_second_launch_forwards_show_and_exits_0(paths: AppPaths) -> None:
    app = FakeApp(paths)
    with lock_held_elsewhere(paths.runtime_dir.parent) as won:
        assert won
        with scripted_server(paths.socket_path, OK) as received:
            assert run(paths, run_app=app) == 0
    assert app.options == []
    assert [decode_request(line) for line in received] == [Request(Command.SHOW)]


def test_commands_do_not_import_qt(paths: AppPaths) -> None:
    code = ("import sys; from psoas_desk import cli;"
            f"rc = cli.main(['--base-dir', {os.fspath(paths.runtime_dir.parent)!r}, 'status']);"
            "print(rc, 'PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[2], check=True)
    assert result.stdout.split() == ["1", "False"]


def test_routines_lists_every_routine_without_the_app(
        paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(paths, "routines") == 0
    out = capsys.readouterr().out
    lines = [line.split() for line in out.splitlines() if line.strip()]
    ids = [words[0] for words in lines[:-1]]
    assert {"micro-stand-reset", "home-floor-hips", "breathing-two-minutes",
            "micro-posture-check"} <= set(ids)
    floor = next(words for words in lines if words[0] == "home-floor-hips")
    assert floor[1:5] == ["home", "10", "min", "40"]
    assert " ".join(floor[6:]) == "Floor routine for your hips"
    assert out.rstrip().endswith("psoas-desk break --routine ID")


def test_routines_json_in_the_users_language_with_their_own_files(
        paths: AppPaths, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    paths.user_routines_dir.mkdir(parents=True)
    (paths.user_routines_dir / "water.toml").write_text(
        'id = "water-run"\nkind = "micro"\ntotal_s = 40\ntitle = "Water run"\n'
        '[[steps]]\ntext = "Fetch a glass of water."\nseconds = 40\n', encoding="utf-8")
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert run(paths, "routines", "--json") == 0
    records = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert records["home-floor-hips"] == {
        "id": "home-floor-hips", "title": "Bodenprogramm für deine Hüften", "kind": "home",
        "group": "home", "where": "floor", "length_s": 640, "steps": 20, "origin": "shipped"}
    assert records["water-run"]["origin"] == "user"
    assert records["water-run"]["title"] == "Water run"
    groups = [r["group"] for r in records.values()]
    assert groups == sorted(groups, key=["desk", "home", "breathing"].index)


def test_the_app_refusing_an_unknown_routine_says_so(
        paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    reply = Reply.failure("there is no routine 'nope' (`psoas-desk routines` lists them)")
    with scripted_server(paths.socket_path, reply.encode()):
        assert run(paths, "break", "--routine", "nope") == 1
    assert "psoas-desk routines" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "message"), [
    (["break", "micro", "--routine", "home-floor-hips"], "runs as a stretch break"),
    (["break", "--routine", "Not An Id"], "must be a routine id such as home-floor-hips")])
def test_a_routine_that_cannot_be_asked_for_is_bad_usage(
        paths: AppPaths, capsys: pytest.CaptureFixture[str], argv: list[str],
        message: str) -> None:
    with scripted_server(paths.socket_path, OK) as received:
        assert run(paths, *argv) == 2
    assert received == []
    err = capsys.readouterr().err
    assert err.startswith("psoas-desk break: ") and message in err and err.count("\n") == 1
