"""GNOME's do-not-disturb: the ``show-banners`` key of ``org.gnome.desktop.notifications``.

GNOME Shell's "Do Not Disturb" switch sets that GSettings key to false. How
it is read, and why this way (the cheapest way that is reliable):

- The ``org.freedesktop.portal.Settings`` portal would be the tidy route,
  but both GNOME's and GTK's portal backends answer only for a fixed list of
  schemas (interface, a11y, sound, privacy, wm preferences, ...) and reply
  ``NotFound`` for ``org.gnome.desktop.notifications``.
- dconf's D-Bus service (``ca.desrt.dconf``) only writes; GSettings clients
  read the database file themselves.
- A ``gsettings get`` subprocess per reading would work but costs a process.

So this backend does what GSettings clients do: it reads the user's dconf
database, ``$XDG_CONFIG_HOME/dconf/user`` (a GVDB file, see ``gvdb``), and
listens to the writer's ``Notify`` signal to learn of changes at once. A key
the user never changed is not in the file: then the schema default applies,
which is ``true`` (banners shown, so do-not-disturb is off). Not read:
system-wide dconf databases (``/etc/dconf/db/*``) that an administrator
might use to change the default or lock the key.

Cost per reading: one ``stat(2)``; the file (a few kilobytes) is read again
only when its inode, size or modification time changed (dconf replaces it
atomically on every write). Threading: the GUI thread.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtDBus import QDBusConnection, QDBusMessage

from psoas_desk.adapters.dconf import dconf_user_db
from psoas_desk.adapters.dnd.bus import SignalHook
from psoas_desk.adapters.dnd.gvdb import GvdbError, GvdbFile
from psoas_desk.adapters.dnd.model import DndUnavailable

__all__ = ["SHOW_BANNERS_KEY", "GnomeShowBanners", "dconf_user_db"]

log = logging.getLogger(__name__)

SHOW_BANNERS_KEY = "/org/gnome/desktop/notifications/show-banners"
_WRITER_SERVICE = "ca.desrt.dconf"
_WRITER_INTERFACE = "ca.desrt.dconf.Writer"

_Stamp = tuple[int, int, int]


class GnomeShowBanners:
    """A ``DesktopDnd`` that is on while GNOME's ``show-banners`` is false.

    Args:
        db_path: the dconf user database (``dconf_user_db(env, home)``).
        bus: the session bus, for the writer's change signal; None to only
            notice changes when read.
        key: the full dconf path of the boolean (tests may use another).

    Raises:
        DndUnavailable: the database exists but is not a dconf database.
    """

    name = "gnome-show-banners"

    def __init__(self, db_path: Path, bus: QDBusConnection | None = None, *,
                 key: str = SHOW_BANNERS_KEY) -> None:
        self._path = db_path
        self._key = key
        self._stamp: _Stamp | None = None
        self._value = False
        self._handler: Callable[[], None] | None = None
        self._complained = False
        try:
            self._value = self._read(strict=True)
        except GvdbError as exc:
            raise DndUnavailable(f"{db_path} is not a dconf database: {exc}") from exc
        self._bus = bus if bus is not None and bus.isConnected() else None
        self._hook = SignalHook(self._on_notify)
        if self._bus is not None:
            # The writer emits Notify on /ca/desrt/dconf/Writer/<database name>.
            self._hook.subscribe(self._bus, _WRITER_SERVICE,
                                 f"/ca/desrt/dconf/Writer/{db_path.name}", _WRITER_INTERFACE,
                                 "Notify")

    def active(self) -> bool:
        """True while notification banners are switched off (see the module docstring)."""
        self._value = self._read(strict=False)
        return self._value

    def set_change_handler(self, handler: Callable[[], None] | None) -> None:
        """Call ``handler()`` when dconf reports a change that flips the value."""
        self._handler = handler

    def close(self) -> None:
        """Stop listening to dconf; safe to call twice."""
        if self._bus is not None:
            self._hook.unsubscribe(self._bus)
            self._bus = None
        self._handler = None

    def _read(self, *, strict: bool) -> bool:
        """The current value, re-reading the file only when it changed."""
        try:
            info = os.stat(self._path)
        except FileNotFoundError:
            self._stamp = None
            return False  # nothing ever written: banners shown
        except OSError as exc:
            self._complain(f"cannot stat {self._path}: {exc}")
            return self._value
        stamp = (info.st_ino, info.st_size, info.st_mtime_ns)
        if stamp == self._stamp:
            return self._value
        try:
            shown = GvdbFile(self._path.read_bytes()).boolean(self._key)
        except OSError as exc:
            self._complain(f"cannot read {self._path}: {exc}")
            return self._value
        except GvdbError as exc:
            if strict:
                raise
            self._complain(f"{self._path} is damaged: {exc}")
            return self._value
        self._stamp = stamp
        return shown is False

    def _complain(self, problem: str) -> None:
        # Said once: the reading repeats at every engine step.
        if not self._complained:
            self._complained = True
            log.warning("GNOME do-not-disturb: %s; keeping the last known state", problem)

    def _on_notify(self, message: QDBusMessage) -> None:
        before = self._value
        if self.active() != before:
            log.info("GNOME do-not-disturb %s", "on" if self._value else "off")
            if self._handler is not None:
                self._handler()
