"""The menu entry, icon and AppStream metainfo: shipped, installed and removed.

The real validators from Debian (``desktop-file-validate`` from
desktop-file-utils, ``appstreamcli`` from appstream) judge both the shipped
templates and what ``install_desktop_files`` writes; ``appstreamcli
validate-tree`` also checks that the metainfo's launchable names the desktop
file that was installed beside it.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from psoas_desk import APP_ID, resources
from psoas_desk.adapters.autostart import desktop_exec
from psoas_desk.adapters.autostart.xdg import read_desktop_group
from psoas_desk.desktop_entry import (
    default_data_home,
    desktop_file_paths,
    install_desktop_files,
    render_desktop_entry,
    uninstall_desktop_files,
)

SHIPPED_ENTRY = resources.path("desktop", f"{APP_ID}.desktop")
SHIPPED_METAINFO = resources.path("desktop", f"{APP_ID}.metainfo.xml")
COMMAND = ["/opt/psoas desk/bin/psoas-desk"]


def validate_desktop_file(path: Path) -> None:
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True,
                            text=True, timeout=60)
    # It prints hints and errors alike on stdout; a clean file prints nothing.
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def appstreamcli(*args: str) -> None:
    result = subprocess.run(["appstreamcli", *args, "--no-net"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


@pytest.fixture
def installed(tmp_path: Path) -> list[Path]:
    # A prefix layout, so that appstreamcli validate-tree can check it as a whole.
    return install_desktop_files(tmp_path / "root" / "usr" / "share", command=COMMAND)


def test_the_shipped_desktop_file_is_valid() -> None:
    validate_desktop_file(SHIPPED_ENTRY)


def test_the_shipped_metainfo_is_valid() -> None:
    appstreamcli("validate", str(SHIPPED_METAINFO))


def test_one_app_id_names_the_entry_the_icon_and_the_metainfo() -> None:
    entry = read_desktop_group(SHIPPED_ENTRY.read_text())
    assert entry["Icon"] == APP_ID
    assert resources.path("icons", f"{APP_ID}.svg").is_file()
    root = ET.parse(SHIPPED_METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == f"{APP_ID}.desktop"
    assert [r.get("version") for r in root.iter("release")] == ["0.1.0"]
    assert root.find("content_rating") is not None
    developer = root.find("developer")
    assert developer is not None and developer.get("id")


def test_install_puts_valid_files_where_desktops_look(tmp_path: Path,
                                                     installed: list[Path]) -> None:
    share = tmp_path / "root" / "usr" / "share"
    assert installed == [share / "applications" / f"{APP_ID}.desktop",
                         share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
                         share / "metainfo" / f"{APP_ID}.metainfo.xml"]
    entry, icon, metainfo = installed
    validate_desktop_file(entry)
    appstreamcli("validate", str(metainfo))
    appstreamcli("validate-tree", str(tmp_path / "root"))
    assert icon.read_bytes() == resources.path("icons", f"{APP_ID}.svg").read_bytes()
    for path in installed:
        assert path.stat().st_mode & 0o777 == 0o644


def test_the_installed_entry_starts_the_psoas_desk_that_installed_it(
        installed: list[Path]) -> None:
    keys = read_desktop_group(installed[0].read_text())
    assert keys["Exec"] == desktop_exec(COMMAND) == '"/opt/psoas desk/bin/psoas-desk"'
    # Everything else is as shipped.
    shipped = read_desktop_group(SHIPPED_ENTRY.read_text())
    assert {k: v for k, v in keys.items() if k != "Exec"} == {
        k: v for k, v in shipped.items() if k != "Exec"}


def test_installing_again_repairs_a_moved_installation(tmp_path: Path) -> None:
    install_desktop_files(tmp_path, command=["/old/psoas-desk"])
    install_desktop_files(tmp_path, command=["/new/bin/python", "-m", "psoas_desk"])
    keys = read_desktop_group(desktop_file_paths(tmp_path)[0].read_text())
    assert keys["Exec"] == "/new/bin/python -m psoas_desk"


def test_uninstall_removes_exactly_what_install_added(tmp_path: Path) -> None:
    neighbour = tmp_path / "applications" / "org.example.Other.desktop"
    neighbour.parent.mkdir(parents=True)
    neighbour.write_text("[Desktop Entry]\n")
    installed = install_desktop_files(tmp_path, command=COMMAND)

    assert uninstall_desktop_files(tmp_path) == installed
    assert not any(path.exists() for path in installed)
    assert neighbour.exists()
    assert uninstall_desktop_files(tmp_path) == []


def test_desktop_actions_keep_their_arguments() -> None:
    template = ("[Desktop Entry]\nExec=psoas-desk\n\n[Desktop Action settings]\n"
                "Exec=psoas-desk settings\nName=Settings\nTryExec=other\n")
    rendered = render_desktop_entry(template, ["/a b/psoas-desk"])
    assert rendered == ('[Desktop Entry]\nExec="/a b/psoas-desk"\n\n[Desktop Action settings]\n'
                        'Exec="/a b/psoas-desk" settings\nName=Settings\nTryExec=other\n')


def test_the_data_home_follows_xdg_data_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert default_data_home({}, home) == home / ".local" / "share"
    assert default_data_home({"XDG_DATA_HOME": str(tmp_path / "d")}, home) == tmp_path / "d"
    assert default_data_home({"XDG_DATA_HOME": "relative"}, home) == home / ".local" / "share"


def test_an_unwritable_data_home_raises_os_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(OSError):
        install_desktop_files(blocker / "share", command=COMMAND)
