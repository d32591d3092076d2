"""The QtDBus members called through ctypes: only where they are known to fit.

A C++ call through a wrong signature crashes the process, so every check
happens before any call: the platform, the Qt version (pinned here to the
PySide6 range ``pyproject.toml`` allows), the library, every symbol.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import qVersion

from psoas_desk.adapters.qtdbus_shim import (
    SUPPORTED_QT,
    DBusReadUnavailable,
    DBusTypingUnavailable,
    QtDBusShimUnavailable,
    StructReader,
    TypedArguments,
    load_qtdbus,
)

ROOT = Path(__file__).resolve().parents[3]


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def pyside_ranges() -> list[tuple[tuple[int, ...], tuple[int, ...] | None]]:
    """(lowest, below) for each PySide6 requirement in pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    ranges = []
    for requirement in project["dependencies"]:
        spec = requirement.split(";")[0].replace(" ", "")
        if not spec.startswith("PySide6"):
            continue
        low = re.search(r">=([\d.]+)", spec)
        high = re.search(r"<([\d.]+)", spec)
        assert low, f"{requirement}: PySide6 needs a lower bound"
        ranges.append((_version(low.group(1)), _version(high.group(1)) if high else None))
    assert ranges
    return ranges


def test_every_pyside6_the_project_allows_is_one_the_shim_fits() -> None:
    low, high = SUPPORTED_QT
    for lowest, below in pyside_ranges():
        assert lowest[:2] >= low, f"pyproject allows PySide6 {lowest}, the shim starts at {low}"
        assert below is not None and below <= high, (
            f"pyproject allows PySide6 up to {below}; the shim's names fit below {high} only")
    assert low <= _version(qVersion())[:2] < high  # the one installed here


@pytest.mark.parametrize("version", ["7.0.0", "8.1", "6.5.3", "5.15.2", "", "six"])
def test_a_qt_outside_the_range_is_refused_before_any_call(version: str) -> None:
    with pytest.raises(QtDBusShimUnavailable, match="outside"):
        load_qtdbus(version)
    with pytest.raises(DBusReadUnavailable, match="outside"):
        StructReader(loader=lambda: load_qtdbus(version))
    with pytest.raises(DBusTypingUnavailable, match="outside"):
        TypedArguments(loader=lambda: load_qtdbus(version))


def test_a_library_without_the_members_is_refused() -> None:
    class Stripped:  # a QtDBus whose symbols were renamed or removed
        pass

    with pytest.raises(DBusReadUnavailable, match="has no _ZNK13QDBusArgument"):
        StructReader(loader=Stripped)
    with pytest.raises(DBusTypingUnavailable, match="has no _ZN13QDBusArgumentlsEj"):
        TypedArguments(loader=Stripped)


def test_the_loaded_qtdbus_builds_the_exact_types() -> None:
    types = TypedArguments()
    assert types.uint32(4_000_000_000).currentSignature() == "u"
    assert types.byte(255).currentSignature() == "y"
    assert types.string_array(()).currentSignature() == "as"
    assert types.string_array(["a", "b"]).currentSignature() == "as"
    with pytest.raises(ValueError, match="uint32"):
        types.uint32(-1)
    StructReader()  # every reading member is there too
