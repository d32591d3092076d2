"""Put psoas-desk into the applications menu (and take it out again).

``psoas-desk install-desktop`` copies three shipped files, all named after the
one reverse-DNS app id, into the user's data folder (``~/.local/share`` unless
``$XDG_DATA_HOME`` says otherwise):

- ``applications/org.psoasdesk.PsoasDesk.desktop``: the menu entry, its
  ``Exec`` pointing at the psoas-desk that ran the command (see
  ``adapters.autostart.command``), since a login session's ``PATH`` may not
  reach a virtualenv;
- ``icons/hicolor/scalable/apps/org.psoasdesk.PsoasDesk.svg``: the app icon;
- ``metainfo/org.psoasdesk.PsoasDesk.metainfo.xml``: the AppStream metadata
  that software centres show.

Desktops watch these folders, so the entry appears without a cache update
(``update-desktop-database`` only matters for MIME types, which we have none of).
``uninstall_desktop_files`` removes exactly these files. The templates live
in ``resources/desktop`` and are checked by ``desktop-file-validate`` and
``appstreamcli validate`` in the tests.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from psoas_desk import APP_ID, APP_NAME, resources
from psoas_desk.adapters.autostart.command import current_launch_command, desktop_exec
from psoas_desk.storage.atomic import atomic_write_bytes, atomic_write_text

__all__ = [
    "default_data_home",
    "desktop_file_paths",
    "install_desktop_files",
    "render_desktop_entry",
    "uninstall_desktop_files",
]

DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
ICON_FILE = f"{APP_ID}.svg"


def default_data_home(env: Mapping[str, str], home: Path) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` (the spec ignores a relative value)."""
    configured = env.get("XDG_DATA_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return home / ".local" / "share"


def desktop_file_paths(data_home: Path) -> list[Path]:
    """Where the menu entry, the icon and the metainfo go under ``data_home``, in that order."""
    return [data_home / "applications" / DESKTOP_FILE,
            data_home / "icons" / "hicolor" / "scalable" / "apps" / ICON_FILE,
            data_home / "metainfo" / METAINFO_FILE]


def render_desktop_entry(template: str, command: Sequence[str]) -> str:
    """The shipped entry with each ``Exec=psoas-desk ...`` starting ``command`` instead.

    Arguments after the program name (in desktop actions) are kept.
    """
    program = desktop_exec(command)
    lines = []
    for line in template.splitlines(keepends=True):
        key, sep, value = line.partition("=")
        if sep and key.strip() == "Exec":
            head, space, rest = value.rstrip("\n").partition(" ")
            if head == APP_NAME:
                ending = "\n" if line.endswith("\n") else ""
                line = f"Exec={program}{space}{rest}{ending}"
        lines.append(line)
    return "".join(lines)


def install_desktop_files(data_home: Path, *, command: Sequence[str] | None = None) -> list[Path]:
    """Install the menu entry, icon and metainfo under ``data_home``.

    Existing files are replaced (atomically each), so running it again after
    moving the installation repairs the entry.

    Args:
        data_home: e.g. ``default_data_home(os.environ, Path.home())``.
        command: what the menu entry starts; default: the running psoas-desk.

    Returns:
        The installed files, in the order of ``desktop_file_paths``.

    Raises:
        OSError: a folder or file could not be written (earlier files stay).
        FileNotFoundError: the shipped templates are missing (broken installation).
    """
    entry_path, icon_path, metainfo_path = desktop_file_paths(data_home)
    argv = list(command) if command is not None else current_launch_command()
    entry = render_desktop_entry(resources.read_text("desktop", DESKTOP_FILE), argv)
    icon = resources.path("icons", ICON_FILE).read_bytes()
    metainfo = resources.path("desktop", METAINFO_FILE).read_bytes()
    # Others need not read them, but nothing here is private either.
    atomic_write_text(entry_path, entry, mode=0o644)
    atomic_write_bytes(icon_path, icon, mode=0o644)
    atomic_write_bytes(metainfo_path, metainfo, mode=0o644)
    return [entry_path, icon_path, metainfo_path]


def uninstall_desktop_files(data_home: Path) -> list[Path]:
    """Remove what ``install_desktop_files`` put under ``data_home``; folders stay.

    Returns:
        The files that existed and were removed (empty when none were installed).

    Raises:
        OSError: a file exists but could not be removed.
    """
    removed = []
    for path in desktop_file_paths(data_home):
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    return removed
