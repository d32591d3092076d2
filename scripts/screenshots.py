#!/usr/bin/env python3
"""Render every window for review: tray icons and menu, status panel, both break
popups, the posture checklist and every settings page, at 1x and 2x scale, on
light and dark palettes.

Usage: .venv/bin/python scripts/screenshots.py OUTDIR

Runs the per-area scripts (shots_tray.py, shots_popups.py, shots_settings.py,
and shots_stats.py when present) each into OUTDIR/<area>/. Look at every PNG.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
AREAS = ("tray", "popups", "settings", "stats")


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    failed = 0
    for area in AREAS:
        script = HERE / f"shots_{area}.py"
        if not script.exists():
            continue
        result = subprocess.run([sys.executable, str(script), str(out / area)], check=False)
        print(f"{area}: {'ok' if result.returncode == 0 else 'FAILED'} -> {out / area}")
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
