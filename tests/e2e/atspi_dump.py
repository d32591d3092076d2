"""Print the accessible tree of one application as JSON, the way a screen reader sees it.

Runs under the *system* Python (``/usr/bin/python3``, where Debian's
``python3-pyatspi`` lives), inside a virtual desktop whose session bus has
the AT-SPI bus; nothing here imports psoas_desk. Usage::

    /usr/bin/python3 tests/e2e/atspi_dump.py APP_NAME

Prints ``{"found": false}`` if no application of that name is registered,
else ``{"found": true, "tree": NODE}`` where each NODE is ``{"role", "name",
"description", "states", "children"}`` (role and states as AT-SPI names,
e.g. "push button", "focusable").
"""

from __future__ import annotations

import json
import sys

import pyatspi  # type: ignore[import-not-found]

# A runaway tree (a list with thousands of rows) must not hang the test.
MAX_NODES = 5000


def node(accessible: object, budget: list[int]) -> dict[str, object]:
    budget[0] -= 1
    states = accessible.getState()  # type: ignore[attr-defined]
    children = []
    for index in range(accessible.childCount):  # type: ignore[attr-defined]
        if budget[0] <= 0:
            break
        child = accessible.getChildAtIndex(index)  # type: ignore[attr-defined]
        if child is not None:
            children.append(node(child, budget))
    return {
        "role": accessible.getRoleName(),  # type: ignore[attr-defined]
        "name": accessible.name or "",  # type: ignore[attr-defined]
        "description": accessible.description or "",  # type: ignore[attr-defined]
        "states": sorted(pyatspi.stateToString(s) for s in states.getStates()),
        "children": children,
    }


def main(app_name: str) -> int:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == app_name:
            print(json.dumps({"found": True, "tree": node(app, [MAX_NODES])}))
            return 0
    print(json.dumps({"found": False}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
