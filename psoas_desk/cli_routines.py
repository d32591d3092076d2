"""``psoas-desk routines``: every routine a break can play, for choosing one.

Reads the same content the app reads (the shipped routines and the user's
own files under the config folder), so it works whether or not the app
runs; ``psoas-desk break --routine ID`` starts one. Titles are in the
language of the environment (``LC_ALL``, ``LC_MESSAGES``, ``LANG``), falling
back to English.

Must not import PySide6: listing has to be quick.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import TextIO

from psoas_desk.core.routines import Routine, RoutineKind, normalize_locale
from psoas_desk.storage.content import load_content
from psoas_desk.storage.paths import AppPaths

EXIT_OK = 0
EXIT_FAILED = 1
GROUPS = ((("desk",), (RoutineKind.MICRO, RoutineKind.STRETCH)),
          (("home",), (RoutineKind.HOME,)),
          (("breathing",), (RoutineKind.BREATHING,)))
"""The groups of the tray's Routines menu, in its order."""
GROUP_OF = {kind: name for (name,), kinds in GROUPS for kind in kinds}


def environment_locale(env: Mapping[str, str]) -> str:
    """The messages language the environment asks for ("en" when unset or C/POSIX)."""
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return normalize_locale(value)
    return "en"


def routine_record(routine: Routine, locale: str) -> dict[str, object]:
    """One routine as ``routines --json`` prints it."""
    return {"id": routine.id, "title": routine.title.get(locale), "kind": routine.kind.value,
            "group": GROUP_OF[routine.kind], "where": routine.where.value,
            "length_s": routine.total_s, "steps": len(routine.steps),
            "origin": routine.origin.value}


def _length(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" if not rest else f"{minutes} min {rest} s"


def run_routines(paths: AppPaths, *, json_output: bool, out: TextIO, err: TextIO,
                 env: Mapping[str, str] | None = None) -> int:
    """List the routines; returns the exit code."""
    loaded = load_content(paths.user_routines_dir, paths.user_checklists_dir)
    for problem in loaded.problems:
        print(f"psoas-desk: left out: {problem}", file=err)
    locale = environment_locale(os.environ if env is None else env)
    order = [name for (name,), _ in GROUPS]
    routines = sorted(loaded.library.routines.values(),
                      key=lambda r: (order.index(GROUP_OF[r.kind]), r.total_s, r.id))
    if json_output:
        json.dump([routine_record(r, locale) for r in routines], out, indent=2,
                  ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    if not routines:
        print("psoas-desk: no routines found", file=err)
        return EXIT_FAILED
    width = max(len(r.id) for r in routines)
    for r in routines:
        print(f"{r.id:<{width}}  {GROUP_OF[r.kind]:<9}  {_length(r.total_s):>11}  "
              f"{r.title.get(locale)}", file=out)
    print("\nStart one with: psoas-desk break --routine ID", file=out)
    return EXIT_OK
