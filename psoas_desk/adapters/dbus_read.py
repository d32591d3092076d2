"""Reading D-Bus structures and maps in PySide6, which it cannot do by itself.

A reply such as logind's ``ListInhibitors`` (``a(ssssuu)``), the ``(so)`` of a
user's ``Display`` property or the ``a{sv}`` of a ``PropertiesChanged`` signal
reaches Python as a read-only ``QDBusArgument``. QDBusArgument has a reading
and a writing ``beginStructure()`` (and ``endStructure()``, ``endArray()``,
``beginMapEntry()``...) that differ only in ``const``; PySide6 binds the
writing ones, which on a received argument only print "write from a
read-only object" and read nothing.

WORKAROUND for PySide6 binding only the writing overload of each of these
members (seen with PySide6 6.11.3; no upstream report found yet, one should
be filed at https://bugreports.qt.io against PySide): the const, reading
overloads are called directly in the QtDBus library that PySide6 already loaded, through
ctypes, on the ``QDBusArgument`` PySide6 handed us; the values inside are then
read with PySide6's own ``asVariant()``. The library is only looked up, never
loaded (``RTLD_NOLOAD``). The names are Itanium-ABI C++ names (Linux and the
BSDs, the only places with logind); anywhere else ``StructReader`` raises
``DBusReadUnavailable`` and the caller does without.

Cost: one ``dlopen`` lookup per ``StructReader``; one ctypes call per
structure boundary and one ``asVariant`` per field.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtDBus import QDBusArgument

from psoas_desk.adapters.dbus_call import unwrap_variant

__all__ = ["QTDBUS_LIBRARY", "DBusReadUnavailable", "StructReader"]

QTDBUS_LIBRARY = "libQt6DBus.so.6"
"""The soname of the QtDBus library that ``PySide6.QtDBus`` links against."""

# The const (reading) members of QDBusArgument, by their mangled names.
_SYMBOLS = {
    "begin_array": "_ZNK13QDBusArgument10beginArrayEv",
    "end_array": "_ZNK13QDBusArgument8endArrayEv",
    "begin_structure": "_ZNK13QDBusArgument14beginStructureEv",
    "end_structure": "_ZNK13QDBusArgument12endStructureEv",
    "begin_map": "_ZNK13QDBusArgument8beginMapEv",
    "end_map": "_ZNK13QDBusArgument6endMapEv",
    "begin_entry": "_ZNK13QDBusArgument13beginMapEntryEv",
    "end_entry": "_ZNK13QDBusArgument11endMapEntryEv",
}

Row = tuple[object, ...]


class DBusReadUnavailable(RuntimeError):
    """D-Bus structures cannot be read in this process."""


class StructReader:
    """Reads arrays of structures and single structures out of received arguments.

    Raises:
        DBusReadUnavailable: QtDBus is not loaded under the expected name or
            lacks the reading members.
    """

    def __init__(self) -> None:
        if not hasattr(os, "RTLD_NOLOAD"):
            raise DBusReadUnavailable("this platform cannot look up a loaded library")
        try:
            library = ctypes.CDLL(QTDBUS_LIBRARY, mode=os.RTLD_NOW | os.RTLD_NOLOAD)
        except OSError as exc:
            raise DBusReadUnavailable(f"{QTDBUS_LIBRARY} is not loaded: {exc}") from exc
        members: dict[str, Callable[[int], None]] = {}
        for key, symbol in _SYMBOLS.items():
            try:
                function: Any = getattr(library, symbol)
            except AttributeError as exc:
                raise DBusReadUnavailable(f"{QTDBUS_LIBRARY} has no {symbol}") from exc
            function.argtypes = (ctypes.c_void_p,)  # only "this"
            function.restype = None
            members[key] = function
        self._m = members

    def struct_array(self, argument: object, width: int) -> list[Row]:
        """The rows of an array of structures with ``width`` fields each.

        Raises:
            ValueError: ``argument`` is not such an array (the signature says).
        """
        pointer = self._pointer(argument, f"a({'?' * width})", prefix="a(")
        assert isinstance(argument, QDBusArgument)
        rows: list[Row] = []
        self._m["begin_array"](pointer)
        while not argument.atEnd():
            rows.append(self._fields(argument, pointer, width))
        self._m["end_array"](pointer)
        return rows

    def struct(self, argument: object, width: int) -> Row:
        """The fields of one structure with ``width`` fields.

        Raises:
            ValueError: ``argument`` is not a structure.
        """
        pointer = self._pointer(argument, f"({'?' * width})", prefix="(")
        assert isinstance(argument, QDBusArgument)
        return self._fields(argument, pointer, width)

    def string_map(self, argument: object) -> dict[str, object]:
        """A map with string keys (``a{sv}``, ``a{ss}``...); variants are unwrapped.

        Raises:
            ValueError: ``argument`` is not such a map.
        """
        pointer = self._pointer(argument, "a{s?}", prefix="a{s")
        assert isinstance(argument, QDBusArgument)
        found: dict[str, object] = {}
        self._m["begin_map"](pointer)
        while not argument.atEnd():
            self._m["begin_entry"](pointer)
            key = argument.asVariant()
            value = unwrap_variant(argument.asVariant())
            self._m["end_entry"](pointer)
            if isinstance(key, str):
                found[key] = value
        self._m["end_map"](pointer)
        return found

    def _fields(self, argument: QDBusArgument, pointer: int, width: int) -> Row:
        self._m["begin_structure"](pointer)
        fields = []
        while not argument.atEnd():
            fields.append(unwrap_variant(argument.asVariant()))
        self._m["end_structure"](pointer)
        if len(fields) != width:
            raise ValueError(f"a structure of {len(fields)} fields where {width} were expected")
        return tuple(fields)

    @staticmethod
    def _pointer(argument: object, wanted: str, *, prefix: str) -> int:
        if not isinstance(argument, QDBusArgument):
            raise ValueError(f"{argument!r} is not a D-Bus structure ({wanted})")
        signature = argument.currentSignature()
        if not signature.startswith(prefix):
            raise ValueError(f"got {signature!r} where {wanted} was expected")
        return int(shiboken6.getCppPointer(argument)[0])
