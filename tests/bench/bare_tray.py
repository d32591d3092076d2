"""The floor for our stack: a bare PySide6 tray icon and nothing else.

Run by bench_idle.py for comparison; not part of the product or the tests.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor("#2a7f8f"))
    icon = QSystemTrayIcon(QIcon(pixmap))
    icon.setToolTip("bare tray")
    icon.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
