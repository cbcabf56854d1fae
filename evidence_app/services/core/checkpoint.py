"""Take a signed checkpoint of every chain head, and prove later that today's chains extend it.

A checkpoint is a Merkle root over (id, event count, head) of every item's chain and of the
administrators' chain, signed with a key kept outside the database (``checkpoint_key``). The
head keeps the small signed file; the database keeps the leaves, to name chains. Someone who
rewrites a whole chain and recomputes its hashes cannot make today's event at the
checkpointed position carry the old head, and cannot sign a new root without the key.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.engine import Database
from db.models import AdminEvent, ChainCheckpoint, CustodyEvent, Item
from evidence_app.domain.chain import GENESIS_HASH, canonical_time
from evidence_app.domain.checkpoint import (
    ADMIN_CHAIN_ID,
    PREFIX_BYTES,
    Leaf,
    leaf_bytes,
    pack_leaves,
    signed_text,
    unpack_leaves,
)
from evidence_app.domain.merkle import MerkleBuilder
from evidence_app.domain.permissions import Permission
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.checkpoint_dto import (
    CheckpointCheck,
    CheckpointFile,
    CheckpointView,
)
from evidence_app.services.core.checkpoint_key import public_bytes, signature_valid
from evidence_app.services.core.uow import unit_of_work

_BATCH = 20_000
#: Rewritten chains named by code; beyond them only their count.
MAX_NAMED = 50
REASONS = ("daily", "stocktake", "manual")
_ZERO_HEAD = bytes(32)


def take_checkpoint(
    db: Database, actor: Actor, reason: str, key: Ed25519PrivateKey
) -> CheckpointView:
    """Sign the current heads. Needs VERIFY: it records what the chains say and changes none;
    what makes it worth anything is the key, which only the head holds. (The automatic ones,
    daily and at a stocktake, go through ``record_checkpoint`` under their own rule.)"""
    started = time.perf_counter()
    with unit_of_work(db, "noun.checkpoint") as session:
        authorize(session, actor, Permission.VERIFY)
        file, size = record_checkpoint(session, actor.user_id, reason, key)
    return CheckpointView(file, size, time.perf_counter() - started)


def record_checkpoint(
    session: Session,
    actor_id: int | None,
    reason: str,
    key: Ed25519PrivateKey,
    at: datetime | None = None,
) -> tuple[CheckpointFile, int]:
    """Sign the heads as this transaction sees them and store the row, in the caller's
    transaction (so a stocktake that fails takes its checkpoint with it); the file and the
    stored leaves' size. ``at`` (UTC, default now) is the signed moment."""
    if reason not in REASONS:
        raise ValueError(reason)
    builder = MerkleBuilder()
    blob = pack_leaves(_feed(builder, _current_leaves(session.connection())))
    taken_at = at or utcnow()
    root = builder.root().hex()
    item_count = builder.count - 1
    signature = key.sign(signed_text(canonical_time(taken_at), reason, item_count, root))
    row = ChainCheckpoint(
        taken_at=taken_at,
        reason=reason,
        actor_id=actor_id,
        item_count=item_count,
        root=root,
        signature=signature.hex(),
        public_key=public_bytes(key).hex(),
        leaves=blob,
    )
    session.add(row)
    session.flush()
    return checkpoint_file(row), len(blob)


def checkpoint_file(row: ChainCheckpoint) -> CheckpointFile:
    """The file the head keeps, as ``checkpoint --out`` writes it, for a stored checkpoint."""
    return CheckpointFile(
        row.id, canonical_time(row.taken_at), row.reason, row.item_count, row.root,
        row.signature, row.public_key,
    )  # fmt: skip


def latest_checkpoint(db: Database, actor: Actor) -> CheckpointFile | None:
    """The newest checkpoint, to save for the head (VERIFY); None before the first."""
    with unit_of_work(db, read_only=True) as session:
        authorize(session, actor, Permission.VERIFY)
        row = session.scalars(
            select(ChainCheckpoint).order_by(ChainCheckpoint.id.desc()).limit(1)
        ).first()
        return checkpoint_file(row) if row is not None else None


def _feed(builder: MerkleBuilder, leaves: Iterator[Leaf]) -> Iterator[Leaf]:
    for leaf in leaves:
        builder.add(leaf_bytes(leaf.chain_id, leaf.count, leaf.head))
        yield leaf


def _current_leaves(conn: Connection) -> Iterator[Leaf]:
    """The administrators' chain, then every item in id order, as they stand now."""
    admin = conn.execute(
        select(AdminEvent.seq, AdminEvent.hash).order_by(AdminEvent.seq.desc()).limit(1)
    ).first()
    count, head = (admin.seq, admin.hash) if admin else (0, GENESIS_HASH)
    yield Leaf(ADMIN_CHAIN_ID, count, bytes.fromhex(head))
    rows = _stream(conn, select(Item.id, Item.event_count, Item.chain_head).order_by(Item.id))
    for item_id, event_count, chain_head in rows:
        yield Leaf(item_id, event_count, bytes.fromhex(chain_head or GENESIS_HASH))


def check_checkpoint(
    db: Database, actor: Actor, file: CheckpointFile, trusted_key: bytes | None = None
) -> CheckpointCheck:
    """Prove that today's chains extend the checkpointed ones, or name those that do not."""
    started = time.perf_counter()
    with unit_of_work(db, read_only=True) as session:
        authorize(session, actor, Permission.VERIFY)
        row = session.get(ChainCheckpoint, file.id)
        blob = row.leaves if row is not None else b""
        matches = row is not None and (row.root, row.signature) == (file.root, file.signature)
    problem = _file_problem(file, trusted_key) or (None if matches else "checkpoint.row_missing")
    if problem is not None:
        return CheckpointCheck(file, problem, 0, (), 0, False, time.perf_counter() - started)
    with db.read_connection() as conn:
        walk = _Compare(conn)
        try:
            walk.run(unpack_leaves(blob))
        except ValueError:
            walk.problem = "checkpoint.leaves_altered"
        # A rewritten chain changes the root anyway; with none, the root proves the stored
        # leaves (and so every chain) are the ones signed.
        named = walk.rewritten_ids or walk.admin_rewritten
        root_differs = not named and walk.builder.root().hex() != file.root
        if walk.problem is None and (root_differs or walk.items != file.item_count):
            walk.problem = "checkpoint.leaves_altered"
        codes = _codes(conn, walk.rewritten_ids[:MAX_NAMED])
    return CheckpointCheck(
        file, walk.problem, walk.items, codes, len(walk.rewritten_ids), walk.admin_rewritten,
        time.perf_counter() - started,
    )  # fmt: skip


def _file_problem(file: CheckpointFile, trusted_key: bytes | None) -> str | None:
    message = signed_text(file.taken_at, file.reason, file.item_count, file.root)
    try:
        public_key, signature = bytes.fromhex(file.public_key), bytes.fromhex(file.signature)
    except ValueError:
        return "checkpoint.bad_signature"
    if not signature_valid(public_key, signature, message):
        return "checkpoint.bad_signature"
    if trusted_key is not None and trusted_key != public_key:
        return "checkpoint.other_key"
    return None


class _Compare:
    """The stored leaves against today's events, both in chain order, in one streamed pass."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.builder = MerkleBuilder()
        self.items = 0
        self.rewritten_ids: list[int] = []
        self.admin_rewritten = False
        self.problem: str | None = None

    def run(self, leaves: Iterator[Leaf]) -> None:
        admin = next(leaves, None)
        if admin is None or admin.chain_id != ADMIN_CHAIN_ID:
            self.problem = "checkpoint.leaves_altered"
            return
        head = self.conn.execute(
            select(AdminEvent.hash).where(AdminEvent.seq == admin.count)
        ).scalar_one_or_none()
        self.admin_rewritten = not self._add(admin, head if admin.count else GENESIS_HASH)
        events = _stream(
            self.conn,
            select(CustodyEvent.item_id, CustodyEvent.seq, CustodyEvent.hash).order_by(
                CustodyEvent.item_id, CustodyEvent.seq
            ),
        )
        event = next(events, None)
        for leaf in leaves:
            self.items += 1
            want = (leaf.chain_id, leaf.count)
            while event is not None and (event.item_id, event.seq) < want:
                event = next(events, None)
            found = event is not None and (event.item_id, event.seq) == want
            head = event.hash if found and event else (GENESIS_HASH if not leaf.count else None)
            if not self._add(leaf, head):
                self.rewritten_ids.append(leaf.chain_id)

    def _add(self, leaf: Leaf, head_hex: str | None) -> bool:
        """Feed today's head at the checkpointed position; False when it is not the one."""
        head = bytes.fromhex(head_hex) if head_hex else _ZERO_HEAD
        self.builder.add(leaf_bytes(leaf.chain_id, leaf.count, head))
        return head_hex is not None and head[:PREFIX_BYTES] == leaf.head


def _codes(conn: Connection, ids: list[int]) -> tuple[str, ...]:
    """Item codes in the given order; an item deleted since shows as its id."""
    rows = conn.execute(select(Item.id, Item.code).where(Item.id.in_(ids)))
    known: dict[int, str] = {row.id: row.code for row in rows}
    return tuple(str(known.get(i, f"#{i}")) for i in ids)


def _stream(conn: Connection, statement: Any) -> Iterator[Any]:
    # Options on the statement, not the connection: a session's later INSERT must not run
    # through a server-side cursor.
    yield from conn.execute(statement.execution_options(stream_results=True, yield_per=_BATCH))
