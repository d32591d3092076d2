"""The desktop's own do-not-disturb mode: the port, its sources and the chooser.

``DesktopDnd`` (in ``model``) is the port; sources live in sibling modules:

- ``gnome``: GNOME's ``show-banners`` key, read from the dconf database
  (why not the settings portal: see that module);
- ``notification_server``: KDE Plasma's ``Inhibited`` and dunst's ``paused``
  properties of the running notification server, over QtDBus;
- ``windows``: presentation settings (``SHQueryUserNotificationState``);
- ``macos``: a Focus switched on by hand (``Assertions.json``);
- ``null``: never on.

Unlike other ports, several sources can matter at once, so candidates come
in groups, one group per source, each an ordered list of ways to read it.
``choose_dnd_sources`` keeps the first working candidate of every group and
combines them in a ``DndSources`` (on when any is on), logging what it chose.

Seams: Xfce (xfce4-notifyd's ``do-not-disturb`` in xfconf, readable over
``org.xfce.Xfconf``), Cinnamon and elementary keep their switches elsewhere;
each would be one more group here.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtDBus import QDBusConnection

from psoas_desk.adapters import lazy_exports
from psoas_desk.adapters.choose import Rejected, tried, working
from psoas_desk.adapters.dnd.model import DesktopDnd, DndCandidate, DndUnavailable
from psoas_desk.adapters.dnd.notification_server import (
    NotificationServerFlag,
    dunst_paused,
    kde_inhibited,
)
from psoas_desk.adapters.dnd.null import NullDesktopDnd
from psoas_desk.adapters.dnd.sources import DndSources

if TYPE_CHECKING:
    from psoas_desk.adapters.dnd.gnome import GnomeShowBanners
    from psoas_desk.adapters.dnd.macos import MacFocusAssertions
    from psoas_desk.adapters.dnd.windows import WindowsPresentationMode
    from psoas_desk.adapters.fullscreen.windows import Shell32Loader

__all__ = [
    "DesktopDnd",
    "DndCandidate",
    "DndSources",
    "DndUnavailable",
    "GnomeShowBanners",
    "MacFocusAssertions",
    "NotificationServerFlag",
    "NullDesktopDnd",
    "WindowsPresentationMode",
    "choose_dnd_sources",
    "default_dnd_candidates",
]

log = logging.getLogger(__name__)
# GNOME's reader (and its GVDB parser) is imported only under GNOME.
_platform_backend = lazy_exports(__name__, {"GnomeShowBanners": ".gnome",
                                            "MacFocusAssertions": ".macos",
                                            "WindowsPresentationMode": ".windows"})


def __getattr__(name: str) -> Any:
    return _platform_backend(name)


def _first_reading(backend: DesktopDnd) -> str:
    reading: object = backend.active()
    if not isinstance(reading, bool):
        raise Rejected(f"its reading {reading!r} is not a bool")
    return f"on at start: {reading}"


def choose_dnd_sources(groups: Sequence[Sequence[DndCandidate]]) -> DndSources:
    """Keep the first working candidate of each group and combine them.

    A candidate works when its factory returns and its first reading is a
    bool; a rejected one is closed. Every choice and refusal is logged.
    """
    chosen: list[DesktopDnd] = []
    for group in groups:
        chosen += [backend for _label, backend in working(
            group, what="do-not-disturb source", log=log, probe=_first_reading,
            close=lambda backend: backend.close())]
    if not chosen:
        offered = [candidate for group in groups for candidate in group]
        log.info("no desktop do-not-disturb source works (tried: %s); breaks will not wait "
                  "for the desktop's do-not-disturb mode", tried(offered))
    return DndSources(chosen)


def default_dnd_candidates(*, env: Mapping[str, str], home: Path,
                           bus: QDBusConnection | None, platform: str | None = None,
                           shell32: Shell32Loader | None = None,
                           ) -> list[list[DndCandidate]]:
    """The do-not-disturb sources worth trying in this session, one group per source.

    Args:
        env: the session's environment (``os.environ`` in the app).
        home: the user's home folder.
        bus: the session bus, or None where there is none.
        platform: ``sys.platform`` (read at call time when None).
        shell32: loads shell32 on Windows (a fake in tests).
    """
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        from psoas_desk.adapters.dnd.windows import WindowsPresentationMode
        from psoas_desk.adapters.fullscreen.windows import load_shell32

        loader = shell32 or load_shell32
        return [[("windows-presentation-settings", lambda: WindowsPresentationMode(loader))]]
    if platform == "darwin":
        from psoas_desk.adapters.dnd.macos import MacFocusAssertions, focus_db_dir

        return [[("macos-focus", lambda: MacFocusAssertions(focus_db_dir(home)))]]
    groups: list[list[DndCandidate]] = []
    desktops = {name.strip().lower() for name in env.get("XDG_CURRENT_DESKTOP", "").split(":")}
    # Only under GNOME: elsewhere the key may hold a stale value from a GNOME
    # session long ago, and nothing would ever switch it back.
    if "gnome" in desktops:
        from psoas_desk.adapters.dconf import dconf_user_db
        from psoas_desk.adapters.dnd.gnome import GnomeShowBanners

        db = dconf_user_db(env, home)
        groups.append([("gnome-show-banners", lambda: GnomeShowBanners(db, bus))])
    if bus is not None:
        session = bus
        groups.append([("kde-inhibited", lambda: kde_inhibited(session))])
        groups.append([("dunst-paused", lambda: dunst_paused(session))])
    return groups
