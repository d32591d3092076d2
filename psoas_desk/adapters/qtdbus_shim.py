"""QDBusArgument members PySide6 does not bind, called in QtDBus through ctypes.

Two gaps in PySide6's QtDBus binding, one way around them:

- Writing exact types (:class:`TypedArguments`). The freedesktop ``Notify``
  method has the signature ``susssasa{sv}i`` and real servers (dunst, GNOME
  Shell) reject a call whose types differ; logind's ``Inhibit`` flags and
  ``GetSessionByPID`` want ``u``. PySide6 turns a Python ``int`` into ``i``
  (int32), ``QDBusArgument << int`` picks the ``ushort`` overload (``q``),
  and nothing asks for ``u`` (uint32) or ``y`` (byte); an empty list becomes
  ``av``, not ``as``. WORKAROUND for https://bugreports.qt.io/browse/PYSIDE-1904
  (no QVariant/QMetaType API to choose the type of a QDBusArgument):
  ``QDBusArgument::operator<<(uint)`` and ``operator<<(uchar)`` are called
  directly.
- Reading structures and maps (:class:`StructReader`). A reply such as
  logind's ``ListInhibitors`` (``a(ssssuu)``), the ``(so)`` of a user's
  ``Display`` or the ``a{sv}`` of ``PropertiesChanged`` reaches Python as a
  read-only ``QDBusArgument``. ``beginStructure()``, ``endArray()``,
  ``beginMapEntry()``... each have a reading (const) and a writing overload;
  PySide6 binds only the writing ones, which on a received argument print
  "write from a read-only object" and read nothing. WORKAROUND for PySide6
  binding only the non-const overloads (seen from 6.6 to 6.11; no upstream
  report found in PYSIDE's tracker, PYSIDE-1904 being the writing side): the
  const members are called directly, and the values inside are read with
  PySide6's own ``asVariant()``.

How: the QtDBus library PySide6 already loaded is looked up, never loaded
(``RTLD_NOLOAD``), so it is the very copy PySide6 uses, and its members are
called by their Itanium-ABI C++ names on the object ``shiboken6`` points to.
That ABI is what Qt uses on Linux and the BSDs, the only places with a
session bus worth asking; Windows and macOS get :class:`QtDBusShimUnavailable`
and the callers do without.

Why not jeepney (pure-Python D-Bus, made for exact types)? It would be a
second bus connection beside QtDBus, with its own authentication and no Qt
event-loop integration (a blocking call or a socket notifier of our own), and
it costs the idle app about 0.8 MB (measured: ``import jeepney,
jeepney.io.blocking`` after PySide6), while every other D-Bus use (signals,
idle, notifications' replies) stays on QtDBus. These eight members cost
nothing at idle and keep one connection.

Safety: a C++ call through a wrong signature cannot be caught, so nothing is
called unless all of this holds, and otherwise :class:`QtDBusShimUnavailable`
(or its subclasses) is raised instead:

- the Qt running is within :data:`SUPPORTED_QT` (Qt keeps binary
  compatibility within a major version; the lower bound is the oldest PySide6
  ``pyproject.toml`` allows, and a test keeps the two in step);
- the library is loaded under :data:`QTDBUS_LIBRARY` and has every symbol;
- each built argument has the signature it should (checked every time), and
  :class:`TypedArguments` proves the whole path once when made.

Cost: one ``dlopen`` lookup per object made; one ctypes call per value or
structure boundary.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, cast

import shiboken6
from PySide6.QtCore import QMetaType, qVersion
from PySide6.QtDBus import QDBusArgument

from psoas_desk.adapters.dbus_call import unwrap_variant

__all__ = ["QTDBUS_LIBRARY", "SUPPORTED_QT", "DBusReadUnavailable", "DBusTypingUnavailable",
           "QtDBusShimUnavailable", "StructReader", "TypedArguments", "load_qtdbus"]

QTDBUS_LIBRARY = "libQt6DBus.so.6"
"""The soname of the QtDBus library that ``PySide6.QtDBus`` links against."""

SUPPORTED_QT = ((6, 6), (7, 0))
"""Qt versions the mangled names are used with: from 6.6 (inclusive) to 7.0 (exclusive)."""

# The const (reading) members of QDBusArgument, by their mangled names.
_READ_SYMBOLS = {
    "begin_array": "_ZNK13QDBusArgument10beginArrayEv",
    "end_array": "_ZNK13QDBusArgument8endArrayEv",
    "begin_structure": "_ZNK13QDBusArgument14beginStructureEv",
    "end_structure": "_ZNK13QDBusArgument12endStructureEv",
    "begin_map": "_ZNK13QDBusArgument8beginMapEv",
    "end_map": "_ZNK13QDBusArgument6endMapEv",
    "begin_entry": "_ZNK13QDBusArgument13beginMapEntryEv",
    "end_entry": "_ZNK13QDBusArgument11endMapEntryEv",
}
_APPEND_UINT32 = "_ZN13QDBusArgumentlsEj"  # QDBusArgument::operator<<(unsigned int)
_APPEND_BYTE = "_ZN13QDBusArgumentlsEh"  # QDBusArgument::operator<<(unsigned char)
_UINT32_MAX = 2**32 - 1
_BYTE_MAX = 2**8 - 1

Row = tuple[object, ...]
Loader = Callable[[], Any]
"""Returns the loaded QtDBus library (a ``ctypes.CDLL``); tests pass their own."""


class QtDBusShimUnavailable(RuntimeError):
    """QtDBus members cannot be called safely in this process; the text says why."""


class DBusReadUnavailable(QtDBusShimUnavailable):
    """D-Bus structures cannot be read in this process."""


class DBusTypingUnavailable(QtDBusShimUnavailable):
    """Exactly typed D-Bus arguments cannot be built in this process."""


def _version(text: str) -> tuple[int, int]:
    parts = text.split(".")
    return int(parts[0]), int(parts[1]) if len(parts) > 1 else 0


def load_qtdbus(qt_version: str | None = None) -> Any:
    """The QtDBus library PySide6 loaded, if its members may be called.

    Args:
        qt_version: the running Qt's version (default: ``qVersion()``).

    Raises:
        QtDBusShimUnavailable: not Linux/BSD, a Qt outside
            :data:`SUPPORTED_QT`, or the library is not loaded.
    """
    if sys.platform == "win32" or sys.platform == "darwin":
        raise QtDBusShimUnavailable(f"Qt's C++ names differ on {sys.platform}")
    version = qt_version if qt_version is not None else qVersion()
    low, high = SUPPORTED_QT
    try:
        ok = low <= _version(version) < high
    except ValueError:
        ok = False
    if not ok:
        raise QtDBusShimUnavailable(
            f"Qt {version} is outside {low[0]}.{low[1]} to {high[0]}.{high[1]}, "
            "the versions these QtDBus calls are known to fit")
    try:
        return ctypes.CDLL(QTDBUS_LIBRARY, mode=os.RTLD_NOW | os.RTLD_NOLOAD)
    except OSError as exc:
        raise QtDBusShimUnavailable(f"{QTDBUS_LIBRARY} is not loaded: {exc}") from exc


def _member(library: Any, symbol: str, argtypes: tuple[Any, ...], restype: Any,
            error: type[QtDBusShimUnavailable]) -> Any:
    try:
        function = getattr(library, symbol)
    except AttributeError as exc:
        raise error(f"{QTDBUS_LIBRARY} has no {symbol}") from exc
    function.argtypes = argtypes  # the object pointer ("this") comes first
    function.restype = restype
    return function


def _open(loader: Loader, error: type[QtDBusShimUnavailable]) -> Any:
    try:
        return loader()
    except QtDBusShimUnavailable as exc:
        raise error(str(exc)) from exc


def _pointer(argument: QDBusArgument) -> int:
    return int(shiboken6.getCppPointer(argument)[0])


class StructReader:
    """Reads arrays of structures, single structures and string maps from received arguments.

    Raises:
        DBusReadUnavailable: the members cannot be called safely here.
    """

    def __init__(self, loader: Loader = load_qtdbus) -> None:
        library = _open(loader, DBusReadUnavailable)
        self._m: dict[str, Callable[[int], None]] = {
            key: _member(library, symbol, (ctypes.c_void_p,), None, DBusReadUnavailable)
            for key, symbol in _READ_SYMBOLS.items()}

    def struct_array(self, argument: object, width: int) -> list[Row]:
        """The rows of an array of structures with ``width`` fields each.

        Raises:
            ValueError: ``argument`` is not such an array (the signature says).
        """
        arg = _received(argument, f"a({'?' * width})", prefix="a(")
        rows: list[Row] = []
        self._m["begin_array"](_pointer(arg))
        while not arg.atEnd():
            rows.append(self._fields(arg, width))
        self._m["end_array"](_pointer(arg))
        return rows

    def struct(self, argument: object, width: int) -> Row:
        """The fields of one structure with ``width`` fields.

        Raises:
            ValueError: ``argument`` is not a structure.
        """
        return self._fields(_received(argument, f"({'?' * width})", prefix="("), width)

    def string_map(self, argument: object) -> dict[str, object]:
        """A map with string keys (``a{sv}``, ``a{ss}``...); variants are unwrapped.

        Raises:
            ValueError: ``argument`` is not such a map.
        """
        arg = _received(argument, "a{s?}", prefix="a{s")
        pointer = _pointer(arg)
        found: dict[str, object] = {}
        self._m["begin_map"](pointer)
        while not arg.atEnd():
            self._m["begin_entry"](pointer)
            key = arg.asVariant()
            value = unwrap_variant(arg.asVariant())
            self._m["end_entry"](pointer)
            if isinstance(key, str):
                found[key] = value
        self._m["end_map"](pointer)
        return found

    def _fields(self, argument: QDBusArgument, width: int) -> Row:
        pointer = _pointer(argument)
        self._m["begin_structure"](pointer)
        fields = []
        while not argument.atEnd():
            fields.append(unwrap_variant(argument.asVariant()))
        self._m["end_structure"](pointer)
        if len(fields) != width:
            raise ValueError(f"a structure of {len(fields)} fields where {width} were expected")
        return tuple(fields)


def _received(argument: object, wanted: str, *, prefix: str) -> QDBusArgument:
    if not isinstance(argument, QDBusArgument):
        raise ValueError(f"{argument!r} is not a D-Bus structure ({wanted})")
    signature = argument.currentSignature()
    if not signature.startswith(prefix):
        raise ValueError(f"got {signature!r} where {wanted} was expected")
    return argument


_Append = Callable[[int, int], object]
"""``append(address_of_qdbusargument, value)``."""


class TypedArguments:
    """Builds ``QDBusArgument`` values of the D-Bus types PySide6 cannot name.

    Raises:
        DBusTypingUnavailable: the members cannot be called safely here, or
            they do not produce the expected signature.
    """

    def __init__(self, loader: Loader = load_qtdbus) -> None:
        library = _open(loader, DBusTypingUnavailable)
        # The return value is the same QDBusArgument& and is ignored.
        self._append_uint32 = cast(_Append, _member(
            library, _APPEND_UINT32, (ctypes.c_void_p, ctypes.c_uint32), ctypes.c_void_p,
            DBusTypingUnavailable))
        self._append_byte = cast(_Append, _member(
            library, _APPEND_BYTE, (ctypes.c_void_p, ctypes.c_uint8), ctypes.c_void_p,
            DBusTypingUnavailable))
        # Prove the whole path once, so a broken setup fails here, not mid-call.
        self.uint32(0)
        self.byte(0)
        self.string_array(())

    def uint32(self, value: int) -> QDBusArgument:
        """One ``u`` (uint32) value.

        Raises:
            ValueError: when ``value`` does not fit in 32 unsigned bits.
        """
        if not 0 <= value <= _UINT32_MAX:
            raise ValueError(f"{value} does not fit in a uint32")
        argument = QDBusArgument()
        self._append_uint32(_pointer(argument), value)
        return _checked(argument, "u")

    def byte(self, value: int) -> QDBusArgument:
        """One ``y`` (byte) value, e.g. for a variant in a hints map.

        Raises:
            ValueError: when ``value`` is not in 0..255.
        """
        if not 0 <= value <= _BYTE_MAX:
            raise ValueError(f"{value} does not fit in a byte")
        argument = QDBusArgument()
        self._append_byte(_pointer(argument), value)
        return _checked(argument, "y")

    @staticmethod
    def string_array(items: Sequence[str]) -> QDBusArgument:
        """An ``as`` (array of strings), also when empty."""
        argument = QDBusArgument()
        if items:
            # A list of str converts to QStringList, which QtDBus writes as "as".
            argument << list(items)
        else:
            argument.beginArray(QMetaType.Type.QString)
            argument.endArray()
        return _checked(argument, "as")


def _checked(argument: QDBusArgument, signature: str) -> QDBusArgument:
    actual = argument.currentSignature()
    if actual != signature:
        raise DBusTypingUnavailable(f"built a {actual!r} where {signature!r} was needed")
    return argument
