"""The Merkle root and the stored leaves of a checkpoint (issue 16)."""

from __future__ import annotations

import hashlib

import pytest

from evidence_app.domain.checkpoint import Leaf, pack_leaves, unpack_leaves
from evidence_app.domain.merkle import EMPTY_ROOT, leaf_hash, merkle_root, node_hash


def _recursive(leaves: list[bytes]) -> bytes:
    """RFC 6962's definition, split at the largest power of two below the count."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return leaf_hash(leaves[0])
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return node_hash(_recursive(leaves[:k]), _recursive(leaves[k:]))


@pytest.mark.parametrize("count", [0, 1, 2, 3, 4, 5, 7, 8, 9, 31, 100])
def test_streamed_root_equals_the_recursive_definition(count: int) -> None:
    leaves = [f"leaf {i}".encode() for i in range(count)]
    assert merkle_root(leaves) == _recursive(leaves)


def test_any_changed_missing_or_reordered_leaf_changes_the_root() -> None:
    leaves = [f"leaf {i}".encode() for i in range(10)]
    root = merkle_root(leaves)
    assert merkle_root([*leaves[:4], b"other", *leaves[5:]]) != root
    assert merkle_root(leaves[:-1]) != root
    assert merkle_root([leaves[1], leaves[0], *leaves[2:]]) != root
    assert merkle_root([]) == EMPTY_ROOT != root


def test_a_leaf_cannot_pass_for_an_inner_node() -> None:
    a, b = b"a", b"b"
    assert merkle_root([a, b]) != merkle_root([leaf_hash(a) + leaf_hash(b)])


def test_stored_leaves_round_trip_with_head_prefixes() -> None:
    leaves = [Leaf(i, i % 7, hashlib.sha256(bytes([i % 256])).digest()) for i in range(50_000)]
    blob = pack_leaves(leaves)
    back = list(unpack_leaves(blob))
    assert [(x.chain_id, x.count) for x in back] == [(x.chain_id, x.count) for x in leaves]
    assert all(b.head == x.head[:8] for b, x in zip(back, leaves, strict=True))


def test_truncated_stored_leaves_are_refused() -> None:
    blob = pack_leaves([Leaf(1, 2, bytes(32)), Leaf(2, 3, bytes(32))])
    with pytest.raises(ValueError):
        list(unpack_leaves(blob[:-3]))
