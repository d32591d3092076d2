#!/usr/bin/env python3
"""Regenerate the Python bindings of the Wayland protocols psoas-desk ships.

pywayland ships bindings for the core protocol and wayland-protocols (which
has ext-idle-notify-v1), but not for KDE's org_kde_kwin_idle. Its XML lives
in ``psoas_desk/adapters/idle/protocols/`` and the bindings pywayland's
scanner makes from it are committed next to it, so a wheel or a clean clone
works without the scanner, a writable cache or libwayland's XML at run time.
``tests/unit/adapters/test_idle_wayland.py`` checks that the committed module
is what this script makes from the committed XML.

Usage: .venv/bin/python scripts/gen_wayland_protocols.py [--check]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from pywayland.scanner.protocol import Protocol

ROOT = Path(__file__).resolve().parents[1]
PROTOCOLS = ROOT / "psoas_desk" / "adapters" / "idle" / "protocols"
# Interfaces our XML refers to that pywayland already binds, and where.
PYWAYLAND_MODULES = {"wl_seat": "wayland"}


def generate(xml: Path) -> str:
    """The module text pywayland's scanner makes from ``xml``, importing from pywayland."""
    protocol = Protocol.parse_file(str(xml))
    imports = dict(PYWAYLAND_MODULES)
    imports.update({interface.name: protocol.name for interface in protocol.interface})
    with tempfile.TemporaryDirectory() as out:
        protocol.output(out, imports)
        text = (Path(out) / f"{protocol.name}.py").read_text(encoding="utf-8")
    # The scanner writes sibling imports for a package of generated modules;
    # ours sits alone, next to pywayland's own core bindings.
    for module in set(PYWAYLAND_MODULES.values()):
        text = text.replace(f"from .{module} import", f"from pywayland.protocol.{module} import")
    return text


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for xml in sorted(PROTOCOLS.glob("*.xml")):
        target = xml.with_suffix(".py")
        text = generate(xml)
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(target.name)
        else:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
    if stale:
        print(f"out of date (run scripts/gen_wayland_protocols.py): {', '.join(stale)}",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
