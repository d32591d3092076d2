"""Window rules for break popups through the compositor's own IPC (sway, Hyprland).

wlroots compositors give every new window the keyboard focus, whatever the
window asks for (Qt's ``WA_ShowWithoutActivating`` and ``Tool`` flags change
nothing there), and sway tiles it. Both compositors accept rules at run time
over a Unix socket in the user's session, the same channel ``swaymsg`` and
``hyprctl`` use:

- sway: ``no_focus`` keeps a matching window from being focused when it
  appears; ``for_window ... floating enable, sticky enable`` floats it at its
  own size, centred on the focused output, above tiled windows and on every
  workspace.
- Hyprland: ``windowrulev2`` rules ``nofocus``, ``float``, ``pin`` and ``center``.

Rules match the app id and the popups' window titles, so the settings window
and the status window still float, tile and take the focus like any window.
A compositor keeps run-time rules until it exits; sending the same rule again
is harmless. Nothing here is imported outside these sessions.

Cost: one short-lived socket connection at start-up (and again when the
popups' titles change with the language); nothing runs while the app waits.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import struct
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

__all__ = ["CompositorIpcError", "hyprland_rules", "hyprland_socket", "send_hyprland",
           "send_sway", "spread_on_outputs", "sway_rules", "sway_windows"]

log = logging.getLogger(__name__)

SWAY_MAGIC = b"i3-ipc"
SWAY_RUN_COMMAND = 0
SWAY_GET_TREE = 4
TIMEOUT_S = 2.0


class CompositorIpcError(OSError):
    """The compositor's socket is missing, did not answer, or refused a rule."""


def _literal(text: str) -> str:
    """A regular expression matching ``text``, written without backslashes.

    sway passes criteria values to PCRE as written (no unescaping) inside
    double quotes, so the pattern may contain neither ``"`` nor escapes that
    a layer could eat: special characters go in a one-character class, and
    the few that cannot (``\\ ] ^ "``) match any character.
    """
    out = []
    for ch in text:
        if ch.isalnum() or ch in " -_,':/!":
            out.append(ch)
        elif ch in ".*+?()|{}$[":
            out.append(f"[{ch}]")
        else:
            out.append(".")
    return "".join(out)


def _title_pattern(titles: Iterable[str]) -> str:
    return "^(" + "|".join(_literal(title) for title in sorted(set(titles))) + ")$"


def sway_rules(app_id: str, titles: Iterable[str]) -> str:
    """The sway commands that keep matching popups floating, sticky and unfocused.

    Matches native Wayland windows by app id and XWayland windows by class.
    """
    title = _title_pattern(titles)
    commands = []
    for key, value in (("app_id", app_id), ("class", app_id)):
        criteria = f'[{key}="^{_literal(value)}$" title="{title}"]'
        commands.append(f"no_focus {criteria}")
        # Quoted: unquoted, the commas would end the rule and run the rest now.
        commands.append(f'for_window {criteria} "floating enable, sticky enable, '
                        'move position center"')
    return "; ".join(commands)


def _sway_request(socket_path: str, kind: int, payload: bytes) -> object:
    header = SWAY_MAGIC + struct.pack("=II", len(payload), kind)
    reply = _exchange(socket_path, header + payload, _read_sway_reply)
    try:
        return json.loads(reply)
    except ValueError as exc:
        raise CompositorIpcError(f"sway answered something that is not JSON: {exc}") from exc


def send_sway(socket_path: str, commands: str) -> None:
    """Run ``commands`` in sway (IPC ``RUN_COMMAND``); raises ``CompositorIpcError``."""
    results = _sway_request(socket_path, SWAY_RUN_COMMAND, commands.encode())
    if not isinstance(results, list):
        raise CompositorIpcError("sway's answer is not a list of results")
    failed = [r.get("error", "refused") for r in results
              if isinstance(r, dict) and not r.get("success")]
    if failed:
        raise CompositorIpcError(f"sway refused a rule: {'; '.join(map(str, failed))}")


def sway_windows(socket_path: str, pid: int) -> list[tuple[int, str]]:
    """``(container id, title)`` of every floating window of process ``pid``, oldest first."""
    tree = _sway_request(socket_path, SWAY_GET_TREE, b"")
    found: list[tuple[int, str]] = []

    def walk(node: object) -> None:
        if not isinstance(node, dict):
            return
        for child in node.get("floating_nodes", []):
            if isinstance(child, dict) and child.get("pid") == pid:
                found.append((int(child["id"]), str(child.get("name", ""))))
        for child in node.get("nodes", []):
            walk(child)

    walk(tree)
    return sorted(found)


def spread_on_outputs(windows: list[tuple[int, str]]) -> str:
    """sway commands that move each ``(container id, output name)`` there, centred."""
    commands = []
    for con, output in windows:
        name = output.replace('"', "")  # output names are plain words such as "DP-1"
        commands.append(f'[con_id={con}] move container to output "{name}", '
                        "move position center")
    return "; ".join(commands)


def _read_sway_reply(sock: socket.socket) -> bytes:
    head = _read_exactly(sock, len(SWAY_MAGIC) + 8)
    if not head.startswith(SWAY_MAGIC):
        raise CompositorIpcError("the socket does not speak sway's IPC")
    length, _kind = struct.unpack("=II", head[len(SWAY_MAGIC):])
    return _read_exactly(sock, length)


def hyprland_socket(env: Mapping[str, str]) -> str | None:
    """Hyprland's command socket for this session, or None outside Hyprland."""
    signature = env.get("HYPRLAND_INSTANCE_SIGNATURE")
    if not signature:
        return None
    for base in (env.get("XDG_RUNTIME_DIR", ""), "/tmp"):
        if not base:
            continue
        for sub in (Path(base) / "hypr" / signature, Path(base) / signature):
            path = sub / ".socket.sock"
            if path.exists():
                return str(path)
    return None


def hyprland_rules(app_id: str, titles: Iterable[str]) -> list[str]:
    """Hyprland ``keyword windowrulev2`` commands for the popups."""
    match = f"class:^({_literal(app_id)})$,title:{_title_pattern(titles)}"
    return [f"keyword windowrulev2 {rule},{match}" for rule in ("nofocus", "float", "pin",
                                                                 "center")]


def send_hyprland(socket_path: str, commands: list[str]) -> None:
    """Send ``commands`` as one Hyprland batch; raises ``CompositorIpcError``."""
    reply = _exchange(socket_path, ("[[BATCH]]" + ";".join(commands)).encode(), _read_all)
    text = reply.decode(errors="replace")
    bad = [part for part in text.split("\n\n") if part.strip() and part.strip() != "ok"]
    if bad:
        raise CompositorIpcError(f"Hyprland refused a rule: {'; '.join(bad)}")


def _read_all(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(4096):
        chunks.append(chunk)
    return b"".join(chunks)


def _read_exactly(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise CompositorIpcError("the compositor closed the socket mid-answer")
        data += chunk
    return data


def _exchange(path: str, request: bytes, read: Callable[[socket.socket], bytes]) -> bytes:
    if sys.platform == "win32":  # never asked there: sway and Hyprland are Linux desktops
        raise CompositorIpcError("Windows has no Unix sockets")
    if not os.path.exists(path):
        raise CompositorIpcError(f"no compositor socket at {path}")
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(TIMEOUT_S)
            sock.connect(path)
            sock.sendall(request)
            return read(sock)
    except CompositorIpcError:
        raise
    except OSError as exc:
        raise CompositorIpcError(f"the compositor socket {path} failed: {exc}") from exc
