"""Whether the desktop asks for less motion (the platform's "reduce animations").

Qt 6.11 does not expose this preference (``QStyleHints.accessibility()``
reports only the contrast preference), so it is read where each desktop
keeps it. The popups then show the breathing pacer as calm text, exactly as
the app's own "Reduce motion" setting does; either one is enough.

Sources, each answering "reduced?" and False when it cannot tell:

- GNOME (and desktops built on its settings: Budgie, Cinnamon's GTK side,
  Pantheon): the ``enable-animations`` key of ``org.gnome.desktop.interface``,
  read from the user's dconf database like the do-not-disturb key
  (``dnd.gnome``); false means reduce.
- KDE Plasma: ``AnimationDurationFactor`` in the ``[KDE]`` group of
  ``kdeglobals``; 0 ("Animation speed: instant") means reduce.
- Windows: ``SystemParametersInfoW(SPI_GETCLIENTAREAANIMATION)``; false
  means reduce ("Show animations in Windows" off). Tested with a fake.
- macOS would be ``NSWorkspace.accessibilityDisplayShouldReduceMotion``
  (an Objective-C call); not read, so only the app's setting counts there.

Cost: asked once per break popup; each file source is one ``stat(2)`` and a
read of a small file only when it changed.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from psoas_desk.adapters.dconf import dconf_user_db

log = logging.getLogger(__name__)

ENABLE_ANIMATIONS_KEY = "/org/gnome/desktop/interface/enable-animations"
SPI_GETCLIENTAREAANIMATION = 0x1042


class MotionSource(Protocol):
    """One place a desktop keeps its reduce-motion preference."""

    name: str

    def reduced(self) -> bool:
        """True when the desktop asks for less motion; False when not or unknown."""
        ...


class _CachedFile:
    """A small file read again only when its inode, size or mtime changed."""

    def __init__(self, path: Path, parse: Callable[[bytes], bool]) -> None:
        self._path = path
        self._parse = parse
        self._stamp: tuple[int, int, int] | None = None
        self._value = False
        self._complained = False

    def value(self) -> bool:
        try:
            info = os.stat(self._path)
        except OSError:
            self._stamp, self._value = None, False  # never written: the default applies
            return False
        stamp = (info.st_ino, info.st_size, info.st_mtime_ns)
        if stamp != self._stamp:
            try:
                self._value = self._parse(self._path.read_bytes())
            except (OSError, ValueError) as exc:  # a bad GVDB file too (GvdbError)
                if not self._complained:
                    self._complained = True
                    log.warning("reduce-motion preference: cannot read %s: %s", self._path, exc)
                self._value = False
            self._stamp = stamp
        return self._value


class GnomeAnimations:
    """GNOME's ``enable-animations`` (false: reduce motion) from the dconf database."""

    name = "gnome-enable-animations"

    def __init__(self, db_path: Path) -> None:
        self._file = _CachedFile(db_path, _gnome_reduced)

    def reduced(self) -> bool:
        return self._file.value()


def _gnome_reduced(data: bytes) -> bool:
    from psoas_desk.adapters.dnd.gvdb import GvdbFile  # here: only where a dconf file exists

    return GvdbFile(data).boolean(ENABLE_ANIMATIONS_KEY) is False


def _kde_reduced(data: bytes) -> bool:
    import configparser  # here: only where a kdeglobals file exists

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(data.decode("utf-8", errors="replace"))
    except configparser.Error as exc:
        raise ValueError(f"not an INI file: {exc}") from None
    factor = parser.get("KDE", "AnimationDurationFactor", fallback="")
    try:
        return float(factor) == 0.0
    except ValueError:
        return False


class KdeAnimations:
    """Plasma's ``AnimationDurationFactor`` in ``kdeglobals`` (0: reduce motion)."""

    name = "kde-animation-speed"

    def __init__(self, kdeglobals: Path) -> None:
        self._file = _CachedFile(kdeglobals, _kde_reduced)

    def reduced(self) -> bool:
        return self._file.value()


class WindowsAnimations:
    """Windows' "Show animations" (off: reduce motion).

    Args:
        query: asks ``SystemParametersInfoW(SPI_GETCLIENTAREAANIMATION)`` and
            returns the BOOL it wrote, or None when the call failed (tests
            pass a fake; :func:`load_client_area_animation` is the real one).
    """

    name = "windows-client-area-animation"

    def __init__(self, query: Callable[[], bool | None]) -> None:
        self._query = query

    def reduced(self) -> bool:
        try:
            shown = self._query()
        except OSError:
            return False
        return shown is False


def load_client_area_animation() -> Callable[[], bool | None]:
    """The real query on Windows (raises OSError elsewhere)."""
    import ctypes

    windll = getattr(ctypes, "WinDLL", None)
    if windll is None:
        raise OSError("not Windows")
    user32 = windll("user32", use_last_error=True)

    def query() -> bool | None:
        value = ctypes.c_int(0)
        if not user32.SystemParametersInfoW(SPI_GETCLIENTAREAANIMATION, 0,
                                            ctypes.byref(value), 0):
            return None
        return bool(value.value)
    return query


class MotionPreference:
    """The desktop's reduce-motion preference: reduced if any source says so."""

    def __init__(self, sources: Sequence[MotionSource]) -> None:
        self.sources = tuple(sources)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.sources)

    def reduced(self) -> bool:
        for source in self.sources:
            try:
                if source.reduced():
                    return True
            except Exception:  # a preference must never cost a break popup
                log.exception("reduce-motion source %s failed", source.name)
        return False


def default_motion_sources(*, platform: str, env: Mapping[str, str],
                           home: Path) -> list[MotionSource]:
    """The sources that fit the platform (see the module docstring)."""
    if platform == "win32":
        try:
            return [WindowsAnimations(load_client_area_animation())]
        except OSError:
            return []
    if platform == "darwin":
        return []
    configured = env.get("XDG_CONFIG_HOME", "")
    config = Path(configured) if configured and Path(configured).is_absolute() else home / ".config"
    return [GnomeAnimations(dconf_user_db(env, home)), KdeAnimations(config / "kdeglobals")]
