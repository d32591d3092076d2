"""Play a person at a headless GNOME Shell and look at its windows, over D-Bus.

Runs under the *system* Python (``/usr/bin/python3``, with Debian's
``python3-gi``: GLib's typed D-Bus calls), as a long-lived child of the test,
because Mutter ends a remote-desktop session when its caller leaves the bus.
Reads one command per line on stdin and answers one JSON line on stdout:

- ``escape`` / ``enter`` / ``type TEXT`` / ``move``: input through
  ``org.gnome.Mutter.RemoteDesktop`` (keysyms, a relative pointer motion);
- ``windows``: ``org.gnome.Shell.Introspect.GetWindows``, which GNOME Shell
  answers only to a caller owning a portal backend's name (owned here);
- ``screenshot PATH``: ``org.gnome.Shell.Screenshot.Screenshot``.

Nothing here imports psoas_desk.
"""

from __future__ import annotations

import json
import sys

from gi.repository import Gio, GLib  # type: ignore[import-not-found]

KEYSYMS = {" ": 0x20, "\n": 0xFF0D, "escape": 0xFF1B}


def call(bus: Gio.DBusConnection, name: str, path: str, interface: str, method: str,
         args: GLib.Variant | None = None, reply: str | None = None) -> object:
    result = bus.call_sync(name, path, interface, method, args,
                           GLib.VariantType(reply) if reply else None,
                           Gio.DBusCallFlags.NONE, 10_000, None)
    return result.unpack() if result is not None else None


def main() -> int:
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    for name in ("org.freedesktop.impl.portal.desktop.gtk", "org.gnome.Screenshot"):
        call(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
             "RequestName", GLib.Variant("(su)", (name, 4)), "(u)")
    (session,) = call(bus, "org.gnome.Mutter.RemoteDesktop", "/org/gnome/Mutter/RemoteDesktop",
                      "org.gnome.Mutter.RemoteDesktop", "CreateSession", None, "(o)")
    rd = ("org.gnome.Mutter.RemoteDesktop", session, "org.gnome.Mutter.RemoteDesktop.Session")
    call(bus, *rd, "Start")

    def key(keysym: int) -> None:
        for pressed in (True, False):
            call(bus, *rd, "NotifyKeyboardKeysym", GLib.Variant("(ub)", (keysym, pressed)))

    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        command, _, arg = line.rstrip("\n").partition(" ")
        answer: object = True
        if command == "escape":
            key(KEYSYMS["escape"])
        elif command == "enter":
            key(KEYSYMS["\n"])
        elif command == "type":
            for ch in arg:
                key(KEYSYMS.get(ch, ord(ch)))
        elif command == "move":
            call(bus, *rd, "NotifyPointerMotionRelative", GLib.Variant("(dd)", (7.0, 5.0)))
        elif command == "windows":
            (windows,) = call(bus, "org.gnome.Shell", "/org/gnome/Shell/Introspect",
                              "org.gnome.Shell.Introspect", "GetWindows", None,
                              "(a{ta{sv}})")
            answer = [dict(props, id=wid) for wid, props in windows.items()]
        elif command == "screenshot":
            answer = call(bus, "org.gnome.Shell", "/org/gnome/Shell/Screenshot",
                          "org.gnome.Shell.Screenshot", "Screenshot",
                          GLib.Variant("(bbs)", (False, False, arg)), "(bs)")
        else:
            answer = {"error": f"unknown command {command!r}"}
        print(json.dumps(answer), flush=True)
    call(bus, *rd, "Stop")
    return 0


if __name__ == "__main__":
    sys.exit(main())
