"""Records every network use and every program start of a Python process (tests only).

Put this folder first on ``PYTHONPATH`` and set ``PSOAS_GUARD_LOG`` to a file:
Python imports ``sitecustomize`` at start-up, and this one installs an audit
hook (PEP 578) that appends one JSON line per suspicious event to that file:

- an IPv4/IPv6 socket being created, connected, bound or sent on;
- a host name lookup;
- a program being started (``subprocess``, ``os.system``, ``os.exec*``,
  ``os.posix_spawn``, ``os.spawn*``) or a web browser being opened.

A first line, ``guard.started``, proves the hook is in place in that process.
Local (AF_UNIX) sockets, which the app uses for its control socket, X11 and
D-Bus, are not recorded. The hook only sees what Python code does; what Qt
does in C++ the tests check from ``/proc`` instead.
"""

from __future__ import annotations

import json
import os
import socket
import sys

_LOG = os.environ.get("PSOAS_GUARD_LOG", "")
_INET = (socket.AF_INET, socket.AF_INET6)
_SOCKET_EVENTS = ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg")
_LOOKUPS = ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
            "socket.gethostbyaddr", "socket.getnameinfo")
_STARTS = ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn",
           "os.startfile", "webbrowser.open")


def _record(event: str, args: tuple[object, ...]) -> None:
    line = json.dumps({"pid": os.getpid(), "argv": sys.argv[:3], "event": event,
                       "args": [repr(a)[:300] for a in args]})
    fd = os.open(_LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line.encode() + b"\n")
    finally:
        os.close(fd)


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event == "socket.__new__":
        if len(args) > 1 and args[1] in _INET:
            _record(event, args[1:])
    elif event in _SOCKET_EVENTS:
        sock = args[0]
        if getattr(sock, "family", None) in _INET:
            _record(event, args[1:])
    elif event in _LOOKUPS or event in _STARTS:
        _record(event, args)


if _LOG:
    sys.addaudithook(_hook)
    _record("guard.started", ())
