"""What a checkpoint of the chain heads is made of: its leaves, how they are stored, and the
text its signature covers.

One leaf per chain: the administrators' chain first (id 0: item ids start at 1), then every
item in id order, each as (id, event count, head hash). The signed root covers full heads;
the copy kept in the database stores only a 64-bit prefix of each head, enough to name a
chain rewritten since (forging a prefix match takes 2**64 tries) at a third of the size.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

ADMIN_CHAIN_ID = 0
PREFIX_BYTES = 8
_LEAF = struct.Struct(">QI32s")
_STORED = struct.Struct(f">QI{PREFIX_BYTES}s")
#: Bumped whenever the signed text changes: an old file keeps its meaning.
FORMAT = "evidence-checkpoint-v1"


@dataclass(frozen=True, slots=True)
class Leaf:
    chain_id: int  # an item's id, or ADMIN_CHAIN_ID
    count: int
    head: bytes  # the full head when taken; a PREFIX_BYTES prefix when read back from storage


def leaf_bytes(chain_id: int, count: int, head: bytes) -> bytes:
    """The bytes the Merkle tree hashes for one chain (full 32-byte head)."""
    return _LEAF.pack(chain_id, count, head)


def pack_leaves(leaves: Iterable[Leaf]) -> bytes:
    """Stored form: fixed-size records, zlib-compressed (ids and counts compress well)."""
    packer = zlib.compressobj(6)
    parts = [packer.compress(_STORED.pack(x.chain_id, x.count, x.head[:PREFIX_BYTES]))
             for x in leaves]  # fmt: skip
    parts.append(packer.flush())
    return b"".join(parts)


def unpack_leaves(blob: bytes) -> Iterator[Leaf]:
    """Leaves back from storage, decompressed in pieces (a million items stay small);
    ValueError when the blob is not what ``pack_leaves`` wrote."""
    try:
        yield from _unpack(blob)
    except zlib.error as exc:
        raise ValueError("corrupt checkpoint leaves") from exc


def _unpack(blob: bytes) -> Iterator[Leaf]:
    unpacker = zlib.decompressobj()
    pending = b""
    for start in range(0, len(blob), 1 << 16):
        pending += unpacker.decompress(blob[start : start + (1 << 16)])
        usable = len(pending) - len(pending) % _STORED.size
        for chain_id, count, prefix in _STORED.iter_unpack(pending[:usable]):
            yield Leaf(chain_id, count, prefix)
        pending = pending[usable:]
    pending += unpacker.flush()
    if len(pending) % _STORED.size or not unpacker.eof:
        raise ValueError("truncated checkpoint leaves")
    for chain_id, count, prefix in _STORED.iter_unpack(pending):
        yield Leaf(chain_id, count, prefix)


def signed_text(taken_at: str, reason: str, item_count: int, root_hex: str) -> bytes:
    """Exactly what the signature covers (the database id is not in it: the root is)."""
    return f"{FORMAT}\n{taken_at}\n{reason}\n{item_count}\n{root_hex}".encode()


def grouped_root(root: str, size: int = 8) -> str:
    """A hex root in groups of ``size`` (8 groups of 8 for SHA-256), to read aloud and to
    compare a printed paper with the file, group by group."""
    return " ".join(root[i : i + size] for i in range(0, len(root), size))


def fingerprint(public_key: bytes) -> str:
    """A short, readable form of the signing key to compare with the one on paper."""
    digest = hashlib.sha256(public_key).hexdigest()[:20].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))
