"""A SHA-256 Merkle root over a sequence of leaves, built streaming (RFC 6962's tree shape).

A checkpoint signs one root for every chain head: a single changed, missing or extra leaf
changes the root, so one 64-character value on paper vouches for a million chains.
Leaves and inner nodes are hashed with different prefixes, so a leaf can never pass for a
node (the second-preimage trick on plain Merkle trees).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


class MerkleBuilder:
    """Add leaves one at a time; memory grows with log2 of their number, not the number."""

    def __init__(self) -> None:
        # Perfect subtrees still waiting for a sibling: (height, hash), heights decreasing.
        self._peaks: list[tuple[int, bytes]] = []
        self.count = 0

    def add(self, data: bytes) -> None:
        height, digest = 0, leaf_hash(data)
        while self._peaks and self._peaks[-1][0] == height:
            _, left = self._peaks.pop()
            height, digest = height + 1, node_hash(left, digest)
        self._peaks.append((height, digest))
        self.count += 1

    def root(self) -> bytes:
        """Fold the peaks right to left: the same root as RFC 6962's recursive split."""
        if not self._peaks:
            return EMPTY_ROOT
        digest = self._peaks[-1][1]
        for _, left in reversed(self._peaks[:-1]):
            digest = node_hash(left, digest)
        return digest


def merkle_root(leaves: Iterable[bytes]) -> bytes:
    builder = MerkleBuilder()
    for leaf in leaves:
        builder.add(leaf)
    return builder.root()
