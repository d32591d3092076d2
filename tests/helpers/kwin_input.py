"""Play a person at KWin's keyboard and mouse: ``python -m tests.helpers.kwin_input ...``.

KWin (unlike sway) has no virtual-keyboard protocol; it serves
``org_kde_kwin_fake_input`` when ``KWIN_WAYLAND_NO_PERMISSION_CHECKS`` is set.
The bindings are made at run time with pywayland's scanner from the small
XML next to this file. Keys are Linux evdev codes, as a keyboard sends them.

Usage: ``--type TEXT`` (lower-case letters, digits, space), ``--enter``,
``--move`` (nudge the pointer). Uses ``$WAYLAND_DISPLAY``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from pathlib import Path

from pywayland.client.display import Display
from pywayland.scanner.protocol import Protocol

XML = Path(__file__).parent / "protocols" / "org_kde_kwin_fake_input.xml"
_LETTERS = "qwertyuiop", "asdfghjkl", "zxcvbnm"
KEYS = {ch: start + i for row, start in zip(_LETTERS, (16, 30, 44), strict=True)
        for i, ch in enumerate(row)}
KEYS.update({str(d): 2 + (d - 1) % 10 for d in range(1, 11)} | {"0": 11, " ": 57, "\n": 28})


def _bindings() -> object:
    out = Path(tempfile.mkdtemp(prefix="psoas-fake-input-"))
    protocol = Protocol.parse_file(str(XML))
    protocol.output(str(out), {i.name: protocol.name for i in protocol.interface})
    sys.path.insert(0, str(out))
    return importlib.import_module(protocol.name)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--type", default="")
    parser.add_argument("--enter", action="store_true")
    parser.add_argument("--move", action="store_true")
    args = parser.parse_args(argv)
    module = _bindings()
    interface = module.OrgKdeKwinFakeInput  # type: ignore[attr-defined]
    display = Display()
    display.connect()
    registry = display.get_registry()
    found: dict[str, int] = {}
    registry.dispatcher["global"] = lambda _r, name, iface, _v: found.setdefault(iface, name)
    display.roundtrip()
    fake = registry.bind(found["org_kde_kwin_fake_input"], interface, 4)
    fake.authenticate("psoas-desk tests", "play a person at the keyboard")
    if args.move:
        fake.pointer_motion(7.0, 5.0)
    for ch in args.type + ("\n" if args.enter else ""):
        fake.keyboard_key(KEYS[ch], 1)
        fake.keyboard_key(KEYS[ch], 0)
    display.roundtrip()
    display.disconnect()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
