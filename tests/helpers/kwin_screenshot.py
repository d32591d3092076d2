"""Save a PNG of KWin's workspace: ``python -m tests.helpers.kwin_screenshot FILE W H``.

KWin's ``org.kde.KWin.ScreenShot2.CaptureWorkspace`` writes raw pixels into
a pipe we pass over D-Bus and answers with their size and QImage format
(``KWIN_SCREENSHOT_NO_PERMISSION_CHECKS`` lets a test call it).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusUnixFileDescriptor
from PySide6.QtGui import QImage


def main(target: str, size: tuple[int, int]) -> int:
    app = QCoreApplication([])
    read_fd, write_fd = os.pipe()
    raw = Path(target + ".raw")
    # Another process drains the pipe: the blocking D-Bus call holds the GIL,
    # and KWin writes the pixels before it answers.
    with raw.open("wb") as sink:
        reader = subprocess.Popen(["cat"], stdin=read_fd, stdout=sink)
    os.close(read_fd)
    message = QDBusMessage.createMethodCall("org.kde.KWin", "/org/kde/KWin/ScreenShot2",
                                            "org.kde.KWin.ScreenShot2", "CaptureWorkspace")
    message.setArguments([{}, QDBusUnixFileDescriptor(write_fd)])
    reply = QDBusConnection.sessionBus().call(message, timeout=10_000)
    # The message keeps a duplicate of the pipe's write end: drop it, or the
    # reader never sees the end of the data.
    del message
    os.close(write_fd)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        reader.kill()
        raw.unlink()
        print(reply.errorMessage(), file=sys.stderr)
        return 1
    reader.wait(10)
    data = raw.read_bytes()
    raw.unlink()
    # The answer (size, stride, format) is an a{sv} PySide cannot unpack; the
    # workspace is the test's one screen, and KWin sends 32-bit pixels.
    width, height = size
    image = QImage(data, width, height, len(data) // height,
                   QImage.Format.Format_ARGB32_Premultiplied)
    ok = image.copy().save(target)
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], (int(sys.argv[2]), int(sys.argv[3]))))
