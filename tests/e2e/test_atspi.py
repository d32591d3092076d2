"""What a screen reader finds in the running app, read through the real AT-SPI bus.

Each test starts a virtual desktop with the accessibility bus
(``at-spi-bus-launcher``, which starts ``at-spi2-registryd`` on demand) and
the real app with Qt's AT-SPI bridge on, then reads the accessible tree with
``pyatspi`` in the system Python (``tests/e2e/atspi_dump.py``) the way Orca
would, and checks the names, roles and descriptions of the break popup and
the settings window.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.app_process import AppProcess
from tests.helpers.desktop import VirtualDesktop, wait_until

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
Node = dict[str, Any]


def _have_pyatspi() -> bool:
    try:
        return subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                              timeout=30, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


pytestmark = pytest.mark.skipif(
    not (Path(BUS_LAUNCHER).exists() and _have_pyatspi()),
    reason="needs at-spi2-core and python3-pyatspi (scripts/_common.sh TEST_PACKAGES)")


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[VirtualDesktop]:
    with VirtualDesktop(tmp_path / "desk") as d:
        d.start_window_manager()
        # The accessibility bus, found by clients through org.a11y.Bus on
        # the session bus; Qt's bridge is switched on for the app below.
        d.env.pop("NO_AT_BRIDGE", None)
        d.spawn("atspi-bus", [BUS_LAUNCHER, "--launch-immediately"])
        wait_until(lambda: d.bus_has_name("org.a11y.Bus"), what="the AT-SPI bus launcher")
        d.env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        # English unless a test sets the language in the settings.
        d.env.update(LANG="C.UTF-8", LANGUAGE="en")
        d.env.pop("LC_ALL", None)
        yield d


SETTINGS = "[micro]\nduration = 60\nmin_duration = 20\n"


@pytest.fixture
def app(desk: VirtualDesktop, tmp_path: Path) -> Iterator[AppProcess]:
    proc = AppProcess(desk, tmp_path / "base", settings=SETTINGS).start()
    yield proc
    proc.stop()


@pytest.fixture
def german_app(desk: VirtualDesktop, tmp_path: Path) -> Iterator[AppProcess]:
    proc = AppProcess(desk, tmp_path / "base",
                      settings=SETTINGS + '[popups]\nlanguage = "de"\n').start()
    yield proc
    proc.stop()


def read_tree(desk: VirtualDesktop) -> Node | None:
    """The app's accessible tree as the AT-SPI registry hands it out, or None."""
    out = subprocess.run([SYSTEM_PYTHON, str(HERE / "atspi_dump.py"), "psoas-desk"],
                         env=desk.env, capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    data = json.loads(out.stdout)
    return data["tree"] if data["found"] else None


def walk(node: Node) -> Iterator[Node]:
    yield node
    for child in node["children"]:
        yield from walk(child)


def window(desk: VirtualDesktop, name: str) -> Node:
    """Wait until the app's top-level window ``name`` is showing in the tree."""
    def find() -> Node | None:
        tree = read_tree(desk)
        if tree is None:
            return None
        return next((w for w in tree["children"] if w["name"] == name
                     and "showing" in w["states"]), None)

    found = wait_until(find, timeout=30, what=f"the window {name!r} in the AT-SPI tree")
    assert isinstance(found, dict)
    return found


def with_role(node: Node, role: str) -> list[Node]:
    return [n for n in walk(node) if n["role"] == role and "showing" in n["states"]]


def test_the_break_popup_names_its_buttons_and_its_countdown(
        app: AppProcess, desk: VirtualDesktop) -> None:
    assert app.cli("break", "micro").returncode == 0
    popup = window(desk, "Micro-break")
    buttons = {b["name"]: b for b in with_role(popup, "push button")}
    assert set(buttons) == {"Postpone (3 left)", "Postpone by…", "Skip (3 left today)", "Done"}
    assert buttons["Postpone (3 left)"]["description"] == "Take this break a little later."
    assert buttons["Postpone by…"]["description"] == "Choose how long to put this break off."
    assert "Skips are limited per day" in buttons["Skip (3 left today)"]["description"]
    # Done waits for the break's minimum; it says for how long, not every second.
    assert buttons["Done"]["description"].startswith("Available in")
    assert "enabled" not in buttons["Done"]["states"]
    # Buttons can be reached by keyboard.
    assert all("focusable" in b["states"] for b in buttons.values())
    names = {n["name"]: n for n in walk(popup)}
    assert names["Time left"]["description"].endswith("left")
    assert "Illustration" in names
    # The step to do is there as text (the routine is picked at random).
    labels = [n["name"] for n in with_role(popup, "label")]
    assert any(len(text) > 20 for text in labels), labels


def test_the_settings_window_names_its_pages_options_and_buttons(
        app: AppProcess, desk: VirtualDesktop) -> None:
    assert app.cli("settings").returncode == 0
    dialog = window(desk, "psoas-desk settings")
    assert dialog["role"] == "dialog"
    (pages,) = [n for n in with_role(dialog, "list") if n["name"] == "Settings pages"]
    assert [item["name"] for item in pages["children"]] == [
        "Breaks", "Presence", "Schedule", "Popups", "Sounds", "Startup"]
    assert "Ctrl+Page Down" in pages["description"]
    boxes = {b["name"]: b for b in with_role(dialog, "check box")}
    assert "Micro-breaks" in boxes and "checked" in boxes["Micro-breaks"]["states"]
    assert boxes["Strict mode"]["description"].startswith("No Postpone or Skip buttons")
    spins = {s["name"]: s for s in with_role(dialog, "spin button")}
    assert spins["Micro-break every"]["description"] == "Minutes of sitting between micro-breaks."
    assert "Postpone micro-break by" in spins
    buttons = {b["name"]: b for b in with_role(dialog, "push button")}
    for name in ("OK", "Cancel", "Apply", "Restore page defaults"):
        assert name in buttons and buttons[name]["description"], name
    # Every control a screen-reader user can reach has a name.
    reachable = [n for n in walk(dialog) if "focusable" in n["states"]
                 and "showing" in n["states"] and n["role"] != "list item"]
    assert reachable and all(n["name"] for n in reachable), [
        (n["role"], n["description"]) for n in reachable if not n["name"]]


def test_a_german_screen_reader_user_hears_german(german_app: AppProcess,
                                                  desk: VirtualDesktop) -> None:
    assert german_app.cli("break", "micro").returncode == 0
    popup = window(desk, "Kurzpause")
    buttons = {b["name"]: b for b in with_role(popup, "push button")}
    assert set(buttons) == {"Verschieben (noch 3)", "Verschieben um…",
                            "Überspringen (heute noch 3)", "Fertig"}
    assert buttons["Verschieben (noch 3)"]["description"] == "Diese Pause etwas später machen."
    assert buttons["Fertig"]["description"].startswith("Verfügbar in")
    names = {n["name"]: n for n in walk(popup)}
    assert names["Verbleibende Zeit"]["description"].startswith("noch ")
    assert german_app.cli("settings").returncode == 0
    dialog = window(desk, "psoas-desk \N{EN DASH} Einstellungen")
    (pages,) = [n for n in with_role(dialog, "list") if n["name"] == "Einstellungsseiten"]
    assert [item["name"] for item in pages["children"]] == [
        "Pausen", "Anwesenheit", "Zeitplan", "Fenster", "Töne", "Start"]
    spins = {s["name"]: s for s in with_role(dialog, "spin button")}
    assert spins["Kurzpause alle"]["description"] == "Minuten im Sitzen zwischen zwei Kurzpausen."
    buttons = {b["name"] for b in with_role(dialog, "push button")}
    assert {"OK", "Abbrechen", "Anwenden", "Seite auf Standard zurücksetzen"} <= buttons
