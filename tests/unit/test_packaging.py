"""The wheel carries every package and every shipped resource."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def declared_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return set(config["tool"]["setuptools"]["packages"])


def test_every_python_package_is_listed_in_pyproject() -> None:
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "psoas_desk").rglob("__init__.py")}
    assert found <= declared_packages(), sorted(found - declared_packages())


def test_every_resource_folder_is_listed_in_pyproject() -> None:
    # Unlisted folders make setuptools warn at every build ("... is absent
    # from the `packages` configuration"), which a new user reads as a failure.
    found = {"psoas_desk._resources." + ".".join(p.relative_to(ROOT / "resources").parts)
             for p in (ROOT / "resources").rglob("*") if p.is_dir()}
    assert found <= declared_packages(), sorted(found - declared_packages())


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> tuple[zipfile.ZipFile, str]:
    """The wheel built from the checkout, and what the build printed."""
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--verbose",
                           "-w", str(out), str(ROOT)], check=True, capture_output=True,
                          text=True, timeout=300)
    (built,) = out.glob("psoas_desk-*.whl")
    return zipfile.ZipFile(built), done.stdout + done.stderr


@pytest.fixture(scope="module")
def wheel(build: tuple[zipfile.ZipFile, str]) -> zipfile.ZipFile:
    return build[0]


def test_the_build_prints_no_packaging_warning(build: tuple[zipfile.ZipFile, str]) -> None:
    printed = build[1]
    assert "bdist_wheel" in printed or "Building wheel" in printed  # the output was seen
    assert "absent from" not in printed
    assert "Package would be ignored" not in printed


def test_the_wheel_ships_the_resources(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    shipped = [p for p in (ROOT / "resources").rglob("*") if p.is_file()]
    assert shipped
    for path in shipped:
        inside = "psoas_desk/_resources/" + path.relative_to(ROOT / "resources").as_posix()
        assert inside in names, inside


def test_the_wheel_ships_every_module_and_the_entry_point(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for module in (ROOT / "psoas_desk").rglob("*.py"):
        assert module.relative_to(ROOT).as_posix() in names
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    text = wheel.read(entry).decode()
    assert "[gui_scripts]" in text and "psoas-desk = psoas_desk.__main__:main" in text


def test_installed_resources_are_found_through_the_loader() -> None:
    from psoas_desk import resources

    assert resources.path("routines").is_dir()
    assert resources.list_dir("routines", suffix=".toml")
    assert resources.read_text("safety.toml")


def test_an_installed_wheel_finds_its_resources(wheel: zipfile.ZipFile, tmp_path: Path) -> None:
    wheel.extractall(tmp_path / "site")
    code = ("from psoas_desk import resources; r = resources.root(); "
            "print(r); assert (r / 'routines').is_dir(), r")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                         text=True, timeout=60, env={"PYTHONPATH": str(tmp_path / "site")})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().startswith(str(tmp_path / "site"))
