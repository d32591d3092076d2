"""Adapters: operating-system capabilities, each behind one Protocol with several backends."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """A package ``__getattr__`` (PEP 562) that imports a backend module on first use.

    The Windows and macOS backends are named in their package like the others
    but cost nothing on Linux until something asks for them (tests do).

    Args:
        package: the package's ``__name__``.
        where: exported name -> module that defines it, relative to ``package``.
    """
    def attribute(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(module, package), name)

    return attribute
