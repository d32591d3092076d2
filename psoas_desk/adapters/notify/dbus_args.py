"""D-Bus arguments with exact wire types, which PySide6 alone cannot produce.

The freedesktop ``Notify`` method has the signature ``susssasa{sv}i`` and real
servers (dunst, GNOME Shell) reject a call whose types differ. PySide6 turns a
Python ``int`` into ``i`` (int32) in a message, and ``QDBusArgument << int``
picks the ``ushort`` overload (``q``); there is no way to ask for ``u``
(uint32) or ``y`` (byte). An empty Python list becomes ``av``, not ``as``.

WORKAROUND for https://bugreports.qt.io/browse/PYSIDE-1904 (no QVariant or
QMetaType API to choose the type of a QDBusArgument): the typed overloads
``QDBusArgument::operator<<(uint)`` and ``operator<<(uchar)`` are called
directly in the QtDBus library that PySide6 already loaded, through ctypes, on
a ``QDBusArgument`` made by PySide6. The library is only looked up, never
loaded (``RTLD_NOLOAD``), so it is the same copy PySide6 uses. The C++ names
are the Itanium-ABI ones, which is what Qt uses on Linux and the BSDs, the
only places with a freedesktop notification service. Each builder checks the
resulting signature, so a change in PySide6 or Qt shows up as
``DBusTypingUnavailable`` (and the notification backend is not used) instead
of wrongly typed calls.

Cost: one ``dlopen`` lookup per ``TypedArguments``; a ctypes call per value.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable, Sequence
from typing import Any, cast

import shiboken6
from PySide6.QtCore import QMetaType
from PySide6.QtDBus import QDBusArgument

__all__ = ["QTDBUS_LIBRARY", "DBusTypingUnavailable", "TypedArguments"]

QTDBUS_LIBRARY = "libQt6DBus.so.6"
"""The soname of the QtDBus library that ``PySide6.QtDBus`` links against."""

_APPEND_UINT32 = "_ZN13QDBusArgumentlsEj"  # QDBusArgument::operator<<(unsigned int)
_APPEND_BYTE = "_ZN13QDBusArgumentlsEh"  # QDBusArgument::operator<<(unsigned char)

_UINT32_MAX = 2**32 - 1
_BYTE_MAX = 2**8 - 1


class DBusTypingUnavailable(RuntimeError):
    """Exactly typed D-Bus arguments cannot be built in this process."""


_Append = Callable[[int, int], object]
"""``append(address_of_qdbusargument, value)``."""


def _bind(library: ctypes.CDLL, symbol: str, value_type: type[ctypes._SimpleCData[int]]
          ) -> _Append:
    try:
        function: Any = getattr(library, symbol)
    except AttributeError as exc:
        raise DBusTypingUnavailable(f"{QTDBUS_LIBRARY} has no {symbol}") from exc
    # A member function: the object pointer comes first; the return value is
    # the same QDBusArgument& and is ignored.
    function.argtypes = (ctypes.c_void_p, value_type)
    function.restype = ctypes.c_void_p
    return cast(_Append, function)


class TypedArguments:
    """Builds ``QDBusArgument`` values of the D-Bus types PySide6 cannot name.

    Raises:
        DBusTypingUnavailable: QtDBus is not loaded under the expected name, lacks
            the typed operators, or they do not produce the expected signature.
    """

    def __init__(self) -> None:
        if not hasattr(os, "RTLD_NOLOAD"):
            raise DBusTypingUnavailable("this platform cannot look up a loaded library")
        try:
            library = ctypes.CDLL(QTDBUS_LIBRARY, mode=os.RTLD_NOW | os.RTLD_NOLOAD)
        except OSError as exc:
            raise DBusTypingUnavailable(f"{QTDBUS_LIBRARY} is not loaded: {exc}") from exc
        self._append_uint32 = _bind(library, _APPEND_UINT32, ctypes.c_uint32)
        self._append_byte = _bind(library, _APPEND_BYTE, ctypes.c_uint8)
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
        self._append_uint32(shiboken6.getCppPointer(argument)[0], value)
        return _checked(argument, "u")

    def byte(self, value: int) -> QDBusArgument:
        """One ``y`` (byte) value, e.g. for a variant in a hints map.

        Raises:
            ValueError: when ``value`` is not in 0..255.
        """
        if not 0 <= value <= _BYTE_MAX:
            raise ValueError(f"{value} does not fit in a byte")
        argument = QDBusArgument()
        self._append_byte(shiboken6.getCppPointer(argument)[0], value)
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
