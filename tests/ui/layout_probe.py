"""Open every window in one language and report what does not fit, as JSON lines.

Run by ``tests/ui/test_translations.py`` in a child process, because the
offscreen screen's size is fixed when Qt starts: the child gets a 1366x768
screen (a common small laptop), the size the windows must work on::

    QT_QPA_PLATFORM=offscreen:configfile=screen.json \\
        python -m tests.ui.layout_probe pseudo|rtl|de|es|fr|pt_PT

Each line is ``{"scene", "size", "problems", "texts"}`` for one window:
``problems`` from ``text_fit.fit_problems``, ``texts`` every text shown. A
last line ``{"done": true, ...}`` carries facts about the run (the RTL
popup's button order, the screen size).
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from psoas_desk.i18n import install_translators
from psoas_desk.storage.content import load_content
from psoas_desk.ui.break_popup import MicroPopup
from tests.helpers.pseudo import PSEUDO_LOCALE, PseudoTranslator, pseudo_library
from tests.ui.all_windows import scenes
from tests.ui.text_fit import fit_problems, shown_texts


def _mirrored(window: QWidget) -> bool | None:
    """In a micro popup, whether Postpone sits right of Done (as RTL wants)."""
    if not isinstance(window, MicroPopup):
        return None
    return window.postpone_button.x() > window.done_button.x()


def main(mode: str) -> int:
    app = QApplication(sys.argv[:1])
    library = load_content().library
    locale = "en"
    if mode in ("pseudo", "rtl"):
        app.installTranslator(PseudoTranslator(app))
        library = pseudo_library(library)
        locale = PSEUDO_LOCALE
        if mode == "rtl":
            QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    elif mode != "en":
        locale = install_translators(app, mode).content
    mirrored: list[bool] = []
    for name, window in scenes(library, locale):
        flag = _mirrored(window)
        if flag is not None:
            mirrored.append(flag)
        print(json.dumps({"scene": name, "size": [window.width(), window.height()],
                          "problems": fit_problems(window), "texts": shown_texts(window)}),
              flush=True)
    screen = QGuiApplication.primaryScreen()
    size = screen.size() if screen is not None else None
    print(json.dumps({"done": True, "mirrored": mirrored, "locale": QLocale().name(),
                      "direction": QGuiApplication.layoutDirection().name,
                      "screen": [size.width(), size.height()] if size else None}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
