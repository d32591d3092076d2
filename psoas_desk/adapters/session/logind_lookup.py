"""Finding this process's login session in logind, and logind's names.

Which session: ``XDG_SESSION_ID`` when set, else ``GetSessionByPID`` of this
process, else the user's graphical session (``user/self``'s ``Display``), which
is what an app started as a systemd user service (GNOME's autostart) has.

Cost: at most three blocking calls, each bounded by ``START_TIMEOUT_MS``, once.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtDBus import QDBusConnection, QDBusObjectPath

from psoas_desk.adapters.dbus_call import DBusCallFailed, DBusTarget, call, get_property
from psoas_desk.adapters.qtdbus_shim import DBusReadUnavailable, StructReader, TypedArguments

__all__ = ["LOGIND", "MANAGER", "SESSION_INTERFACE", "START_TIMEOUT_MS", "USER_SELF",
           "find_session_path"]

LOGIND = "org.freedesktop.login1"
MANAGER = DBusTarget(LOGIND, "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
SESSION_INTERFACE = "org.freedesktop.login1.Session"
USER_SELF = DBusTarget(LOGIND, "/org/freedesktop/login1/user/self",
                       "org.freedesktop.login1.User")

START_TIMEOUT_MS = 500
"""The longest each start-up question to logind may block."""


def _path_of(value: object) -> str:
    path = value.path() if isinstance(value, QDBusObjectPath) else value
    if not isinstance(path, str) or not path.startswith("/") or path == "/":
        raise ValueError(f"{value!r} is not a session's object path")
    return path


def find_session_path(bus: QDBusConnection, env: Mapping[str, str], pid: int, *,
                      timeout_ms: int = START_TIMEOUT_MS) -> str:
    """The object path of this process's login session.

    Raises:
        LookupError: no way found it (each attempt's reason is in the message).
    """
    tried: list[str] = []
    session_id = env.get("XDG_SESSION_ID")
    if session_id:
        try:
            return _path_of(call(bus, MANAGER, "GetSession", [session_id],
                                 timeout_ms=timeout_ms)[0])
        except (DBusCallFailed, ValueError, IndexError) as exc:
            tried.append(f"XDG_SESSION_ID={session_id}: {exc}")
    try:
        types = TypedArguments()
        return _path_of(call(bus, MANAGER, "GetSessionByPID", [types.uint32(pid)],
                             timeout_ms=timeout_ms)[0])
    except (DBusCallFailed, ValueError, IndexError, RuntimeError) as exc:
        tried.append(f"GetSessionByPID({pid}): {exc}")
    try:
        display = get_property(bus, USER_SELF, "Display", timeout_ms=timeout_ms)
        _session_id, path = StructReader().struct(display, 2)  # (so)
        return _path_of(path)
    except (DBusCallFailed, DBusReadUnavailable, ValueError) as exc:
        tried.append(f"the user's Display: {exc}")
    raise LookupError("no logind session found: " + "; ".join(tried))
