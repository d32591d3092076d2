"""Read one value from a GVDB file, the format of dconf's databases.

dconf keeps the user's GSettings in ``$XDG_CONFIG_HOME/dconf/user``, a GVDB
file ("GVariant database") that every GSettings client maps into memory and
reads directly; the dconf D-Bus service only writes it. This module reads the
little we need: the value stored under one full key path such as
``/org/gnome/desktop/notifications/show-banners``.

Format (GLib's ``gvdb-format.h``, all integers little-endian): an 8-byte
signature (``GVariant``), version 0, options, and a pointer to the root hash
table. A hash table is a header (bloom-filter size, bucket count), the bloom
words, the bucket start indexes, then 24-byte items: hash, parent item, key
start, key size, type and an 8-byte value pointer. An item's key is only its
last segment; the full name is its parents' keys joined before it. Values are
serialized GVariants of type ``v``: the child's bytes, a zero byte, then the
child's type string. A file with a byte-swapped signature stores its values
byte-swapped; a boolean is one byte, so it reads the same either way.

Every offset is checked against the file size, so a damaged file raises
``GvdbError`` instead of reading out of bounds.
"""

from __future__ import annotations

import struct
from typing import NamedTuple

__all__ = ["GvdbError", "GvdbFile"]

_SIGNATURES = (b"GVariant", b"raVGtnai")  # as written, and byte-swapped
_HEADER = struct.Struct("<8sIIII")
_HASH_HEADER = struct.Struct("<II")
_ITEM = struct.Struct("<IIIHcc8s")
_POINTER = struct.Struct("<II")
_NO_PARENT = 0xFFFFFFFF
_BLOOM_MASK = (1 << 27) - 1


class GvdbError(ValueError):
    """The data is not a GVDB file, or it is damaged."""


class _Item(NamedTuple):
    hash_value: int
    parent: int
    key_start: int
    key_size: int
    kind: bytes
    unused: bytes
    value: bytes


def _djb_hash(key: bytes) -> int:
    # GVDB hashes with "signed char": bytes above 127 count as negative.
    value = 5381
    for byte in key:
        value = (value * 33 + (byte - 256 if byte > 127 else byte)) & 0xFFFFFFFF
    return value


class GvdbFile:
    """The root table of a GVDB file held in memory.

    Args:
        data: the whole file.

    Raises:
        GvdbError: not a GVDB file (wrong signature or version) or damaged.
    """

    def __init__(self, data: bytes) -> None:
        if len(data) < _HEADER.size:
            raise GvdbError("too short for a GVDB header")
        signature, version, _options, start, end = _HEADER.unpack_from(data)
        if signature not in _SIGNATURES or version != 0:
            raise GvdbError("not a GVDB file")
        self._data = data
        table = self._slice(start, end)
        if len(table) < _HASH_HEADER.size or start % 4:
            raise GvdbError("damaged root table")
        n_bloom, n_buckets = _HASH_HEADER.unpack_from(table)
        offset = _HASH_HEADER.size + 4 * (n_bloom & _BLOOM_MASK)
        if offset + 4 * n_buckets > len(table):
            raise GvdbError("damaged hash buckets")
        self._buckets = struct.unpack_from(f"<{n_buckets}I", table, offset)
        self._items_at = start + offset + 4 * n_buckets
        self._n_items = (end - self._items_at) // _ITEM.size

    def _slice(self, start: int, end: int) -> bytes:
        if not 0 <= start <= end <= len(self._data):
            raise GvdbError("a pointer leaves the file")
        return self._data[start:end]

    def _item(self, index: int) -> _Item:
        try:
            return _Item(*_ITEM.unpack_from(self._data, self._items_at + index * _ITEM.size))
        except struct.error as exc:
            raise GvdbError("damaged hash item") from exc

    def _full_name_is(self, index: int, key: bytes) -> bool:
        """Whether item ``index``'s key, with its parents' keys before it, equals ``key``."""
        remaining = len(key)
        for _ in range(self._n_items):  # a parent loop in a damaged file ends here
            item = self._item(index)
            segment = self._slice(item.key_start, item.key_start + item.key_size)
            if len(segment) > remaining or key[remaining - len(segment):remaining] != segment:
                return False
            remaining -= len(segment)
            if remaining == 0 and item.parent == _NO_PARENT:
                return True
            if item.parent >= self._n_items or not segment:
                return False
            index = item.parent
        return False

    def lookup(self, key: str) -> tuple[str, bytes] | None:
        """The value stored under the full path ``key``, as ``(type string, bytes)``.

        Returns:
            None when the key is not in the file.

        Raises:
            GvdbError: the file is damaged where the key would be.
        """
        if not self._buckets or self._n_items <= 0:
            return None
        raw = key.encode("utf-8")
        wanted = _djb_hash(raw)
        bucket = wanted % len(self._buckets)
        first = self._buckets[bucket]
        last = self._buckets[bucket + 1] if bucket + 1 < len(self._buckets) else self._n_items
        for index in range(first, min(last, self._n_items)):
            item = self._item(index)
            if item.hash_value == wanted and item.kind == b"v" and self._full_name_is(index, raw):
                start, end = _POINTER.unpack(item.value)
                return _split_variant(self._slice(start, end))
        return None

    def boolean(self, key: str) -> bool | None:
        """The boolean under ``key``; None when absent or not a boolean."""
        found = self.lookup(key)
        if found is None or found[0] != "b" or len(found[1]) != 1:
            return None
        return found[1] != b"\x00"


def _split_variant(blob: bytes) -> tuple[str, bytes]:
    """A serialized ``v``: the child's bytes, a zero byte, the child's type string."""
    cut = blob.rfind(b"\x00")
    if cut < 0:
        raise GvdbError("damaged value")
    try:
        return blob[cut + 1:].decode("ascii"), blob[:cut]
    except UnicodeDecodeError as exc:
        raise GvdbError("damaged value type") from exc
