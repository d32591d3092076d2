"""sway's and Hyprland's IPC for the popups' window rules, against fake sockets.

The fakes speak each compositor's framing (sway: ``i3-ipc``, a length and a
type, JSON answers; Hyprland: a batch of commands, "ok" per command) and keep
what they were sent. The real sway is in tests/e2e/test_wayland.py.
"""

from __future__ import annotations

import json
import re
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from psoas_desk.adapters.compositor_ipc import (
    CompositorIpcError,
    hyprland_rules,
    hyprland_socket,
    send_hyprland,
    send_sway,
    spread_on_outputs,
    sway_rules,
    sway_windows,
)
from psoas_desk.app.windowing import WindowingChoice, keep_popups_unfocused

APP = "org.psoasdesk.PsoasDesk"
TITLES = ["Micro-break", "Stretch break", "Pause (éé)"]


class FakeSocket:
    """Answers one connection at a time with ``respond(request_bytes) -> reply_bytes``."""

    def __init__(self, path: Path, respond: Callable[[socket.socket], bytes]) -> None:
        self.path = path
        self.respond = respond
        self.received: list[bytes] = []
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(str(path))
        self.server.listen(2)
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                conn.sendall(self.respond(conn))

    def close(self) -> None:
        self.server.close()


def sway_server(results: list[dict[str, object]], received: list[str]
                ) -> Callable[[socket.socket], bytes]:
    def respond(conn: socket.socket) -> bytes:
        head = conn.recv(14)
        length, kind = struct.unpack("=II", head[6:])
        body = b""
        while len(body) < length:
            body += conn.recv(length - len(body))
        received.append(body.decode())
        reply = json.dumps(results).encode()
        return b"i3-ipc" + struct.pack("=II", len(reply), kind) + reply
    return respond


@pytest.fixture
def sway(tmp_path: Path) -> Iterator[tuple[Path, list[str], list[dict[str, object]]]]:
    received: list[str] = []
    results: list[dict[str, object]] = [{"success": True}] * 4
    fake = FakeSocket(tmp_path / "sway-ipc.sock", sway_server(results, received))
    yield fake.path, received, results
    fake.close()


def test_sway_rules_match_the_popups_only_and_keep_them_unfocused_and_floating() -> None:
    rules = sway_rules(APP, TITLES).split("; ")
    assert rules[0].startswith('no_focus [app_id="^org[.]psoasdesk[.]PsoasDesk$" title="^(')
    assert 'for_window [class="^org[.]psoasdesk[.]PsoasDesk$"' in rules[3]  # XWayland too
    # The whole rule is quoted: unquoted, sway would run "sticky enable" at once.
    assert rules[1].endswith('"floating enable, sticky enable, move position center"')
    title = re.search(r'title="([^"]+)"', rules[0])
    assert title is not None
    pattern = re.compile(title.group(1))
    assert all(pattern.fullmatch(t) for t in TITLES)
    assert not pattern.fullmatch("psoas-desk status")  # the status window is a normal window
    assert not pattern.fullmatch("Micro-breakX")
    assert "\\" not in "".join(rules)  # sway hands the patterns to PCRE as written


def test_sway_gets_the_rules_over_its_socket(
        sway: tuple[Path, list[str], list[dict[str, object]]]) -> None:
    path, received, _ = sway
    send_sway(str(path), "no_focus [app_id=x]")
    assert received == ["no_focus [app_id=x]"]


def test_a_refused_sway_rule_is_a_clear_error(
        sway: tuple[Path, list[str], list[dict[str, object]]]) -> None:
    path, _, results = sway
    results[1] = {"success": False, "error": "Unknown command"}
    with pytest.raises(CompositorIpcError, match="Unknown command"):
        send_sway(str(path), "nonsense")


def test_a_missing_sway_socket_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CompositorIpcError, match="no compositor socket"):
        send_sway(str(tmp_path / "gone.sock"), "no_focus [app_id=x]")


def test_on_sway_the_app_sets_the_rules_and_says_so(
        sway: tuple[Path, list[str], list[dict[str, object]]]) -> None:
    path, received, _ = sway
    choice = WindowingChoice("wayland", "automatic", "sway", "sway")
    focus = keep_popups_unfocused(choice, "wayland", {"SWAYSOCK": str(path)}, APP, TITLES)
    assert focus == "sway-rules"
    assert received == [sway_rules(APP, TITLES)]


def test_without_sways_socket_the_status_says_nothing_keeps_the_focus(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    choice = WindowingChoice("wayland", "automatic", "sway", "sway")
    focus = keep_popups_unfocused(choice, "wayland", {"SWAYSOCK": str(tmp_path / "x")}, APP,
                                  TITLES)
    assert focus == "none"
    assert "could not set sway's rules" in caplog.text


def test_hyprland_gets_its_window_rules_in_one_batch(tmp_path: Path) -> None:
    received: list[bytes] = []

    def respond(conn: socket.socket) -> bytes:
        received.append(conn.recv(65536))
        return b"ok\n\nok\n\nok\n\nok"

    signature = "abc123"
    folder = tmp_path / "hypr" / signature
    folder.mkdir(parents=True)
    fake = FakeSocket(folder / ".socket.sock", respond)
    try:
        env = {"HYPRLAND_INSTANCE_SIGNATURE": signature, "XDG_RUNTIME_DIR": str(tmp_path)}
        assert hyprland_socket(env) == str(fake.path)
        choice = WindowingChoice("wayland", "automatic", "hyprland", "hyprland")
        assert keep_popups_unfocused(choice, "wayland", env, APP, TITLES) == "hyprland-rules"
        batch = received[0].decode()
        assert batch.startswith("[[BATCH]]keyword windowrulev2 nofocus,class:^(")
        assert batch.count(";") == len(hyprland_rules(APP, TITLES)) - 1
    finally:
        fake.close()


def test_a_refused_hyprland_rule_is_a_clear_error(tmp_path: Path) -> None:
    fake = FakeSocket(tmp_path / "h.sock", lambda conn: conn.recv(65536) and b"invalid field")
    try:
        with pytest.raises(CompositorIpcError, match="invalid field"):
            send_hyprland(str(fake.path), ["keyword windowrulev2 nofocus,class:x"])
    finally:
        fake.close()


def test_sway_lists_a_process_floating_windows_and_moves_each_to_its_output(
        tmp_path: Path) -> None:
    tree = {"type": "root", "nodes": [
        {"type": "output", "name": "HEADLESS-1", "nodes": [
            {"type": "workspace", "nodes": [{"type": "con", "id": 4, "pid": 99, "name": "x"}],
             "floating_nodes": [{"type": "floating_con", "id": 9, "pid": 42,
                                 "name": "Micro-break"},
                                {"type": "floating_con", "id": 7, "pid": 42,
                                 "name": "Micro-break"},
                                {"type": "floating_con", "id": 8, "pid": 99, "name": "other"}]}]}]}
    received: list[str] = []

    def respond(conn: socket.socket) -> bytes:
        head = conn.recv(14)
        length, kind = struct.unpack("=II", head[6:])
        body = conn.recv(length) if length else b""
        received.append(f"{kind}:{body.decode()}")
        reply = json.dumps(tree if kind == 4 else [{"success": True}]).encode()
        return b"i3-ipc" + struct.pack("=II", len(reply), kind) + reply

    fake = FakeSocket(tmp_path / "sway.sock", respond)
    try:
        windows = sway_windows(str(fake.path), 42)
        assert windows == [(7, "Micro-break"), (9, "Micro-break")]  # oldest first
        send_sway(str(fake.path), spread_on_outputs([(7, "HEADLESS-1"), (9, "DP-2")]))
        assert received[-1] == (
            '0:[con_id=7] move container to output "HEADLESS-1", move position center; '
            '[con_id=9] move container to output "DP-2", move position center')
    finally:
        fake.close()
