"""Signed checkpoints of every chain head (issue 16): someone holding the database password
but not the signing key rewrites a chain, recomputing every hash so that verify alone finds
nothing; the checkpoint taken before names the chain."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, text

from db.models import ChainCheckpoint
from evidence_app.domain.chain import GENESIS_HASH, event_content, event_hash
from evidence_app.domain.checkpoint import pack_leaves, signed_text, unpack_leaves
from evidence_app.domain.enums import Role
from evidence_app.domain.errors import PermissionDeniedError
from evidence_app.services.core.auth import SYSTEM
from evidence_app.services.core.checkpoint import check_checkpoint, take_checkpoint
from evidence_app.services.core.checkpoint_dto import CheckpointCheck, CheckpointFile
from evidence_app.services.core.checkpoint_key import public_bytes
from evidence_app.services.core.dto import ItemView
from evidence_app.services.core.verify import EVENT_COLUMNS, verify_chains
from tests.services.rows import tamper
from tests.world import World

KEY = Ed25519PrivateKey.generate()


@pytest.fixture
def items(world: World) -> list[ItemView]:
    made = []
    for name in ("Xe máy Honda Wave", "Điện thoại Samsung", "Máy tính Dell"):
        item = world.receive(name)
        made.append(world.services.items.move(world.keeper, item.id, world.shelf_b.id))
    return made


def _check(world: World, file: CheckpointFile, trusted: bytes | None = None) -> CheckpointCheck:
    return check_checkpoint(world.services.db, world.actors[Role.INSPECTOR], file, trusted)


def _value(member: Any) -> Any:
    return getattr(member, "value", member)


def _rewrite_chain(world: World, item_id: int, upto: int | None = None) -> None:
    """Change the first event's note and recompute every hash after it, and the item's head:
    a rewrite verify cannot see (every link is consistent)."""
    with world.services.db.engine.connect() as conn:
        columns = {c.name: c for c in EVENT_COLUMNS}
        query = select(*EVENT_COLUMNS).where(columns["item_id"] == item_id)
        rows = conn.execute(query.order_by(columns["seq"])).all()
    prev = GENESIS_HASH
    for row in rows[:upto]:
        note = "Ghi chú đã bị sửa" if row.seq == 1 else row.note
        content = event_content(
            item_id=row.item_id, seq=row.seq, kind=_value(row.kind),
            occurred_at=row.occurred_at, actor_id=row.actor_id, counterpart=row.counterpart,
            from_location_id=row.from_location_id, to_location_id=row.to_location_id,
            status_before=_value(row.status_before), status_after=_value(row.status_after),
            document_id=row.document_id, note=note,
            data=json.loads(row.data) if row.data else None,
        )  # fmt: skip
        digest = event_hash(prev, content)
        tamper(
            world.services,
            "UPDATE custody_event SET note = :n, prev_hash = :p, hash = :h WHERE id = :i",
            n=note, p=prev, h=digest, i=row.id,
        )  # fmt: skip
        prev = digest
    tamper(world.services, "UPDATE item SET chain_head = :h WHERE id = :i", h=prev, i=item_id)


def test_chains_extended_after_the_checkpoint_pass(world: World, items: list[ItemView]) -> None:
    taken = take_checkpoint(world.services.db, world.head, "manual", KEY).file
    assert taken.item_count == len(items)
    world.services.items.move(world.keeper, items[0].id, world.shelf_a.id, note="Trả về kệ 1")
    world.receive("Dây chuyền vàng")  # an item born after the checkpoint is no concern of it
    result = _check(world, taken, public_bytes(KEY))
    assert result.ok and result.items_checked == len(items)


def test_a_whole_chain_rewritten_with_recomputed_hashes_is_named(
    world: World, items: list[ItemView]
) -> None:
    taken = take_checkpoint(world.services.db, world.head, "stocktake", KEY).file
    _rewrite_chain(world, items[1].id)
    assert verify_chains(world.services.db, SYSTEM).first_break is None  # invisible to verify
    result = _check(world, taken)
    assert not result.ok and result.problem is None
    assert (result.rewritten_count, result.rewritten_codes) == (1, (items[1].code,))


def test_a_chain_rewritten_then_extended_is_named(world: World, items: list[ItemView]) -> None:
    taken = take_checkpoint(world.services.db, world.head, "daily", KEY).file
    _rewrite_chain(world, items[2].id)
    world.services.items.move(world.keeper, items[2].id, world.shelf_a.id)
    assert _check(world, taken).rewritten_codes == (items[2].code,)


def test_a_deleted_last_event_is_named(world: World, items: list[ItemView]) -> None:
    taken = take_checkpoint(world.services.db, world.head, "manual", KEY).file
    item = items[0]
    tamper(world.services, "DELETE FROM custody_event WHERE item_id = :i AND seq = 2", i=item.id)
    _rewrite_chain(world, item.id)  # the head moved back to the first event
    tamper(world.services, "UPDATE item SET event_count = 1 WHERE id = :i", i=item.id)
    assert _check(world, taken).rewritten_codes == (item.code,)


def test_an_item_deleted_since_is_named_by_its_id(world: World, items: list[ItemView]) -> None:
    taken = take_checkpoint(world.services.db, world.head, "manual", KEY).file
    item = items[2]
    tamper(world.services, "DELETE FROM custody_event WHERE item_id = :i", i=item.id)
    tamper(world.services, "UPDATE item SET event_count = 0 WHERE id = :i", i=item.id)
    assert _check(world, taken).rewritten_count == 1


def _stored_leaves(world: World, checkpoint_id: int) -> bytes:
    with world.services.db.engine.connect() as conn:
        query = select(ChainCheckpoint.leaves).where(ChainCheckpoint.id == checkpoint_id)
        return bytes(conn.execute(query).scalar_one())


def test_rewritten_stored_leaves_are_detected(world: World, items: list[ItemView]) -> None:
    taken = take_checkpoint(world.services.db, world.head, "manual", KEY).file
    leaves = list(unpack_leaves(_stored_leaves(world, taken.id)))
    sql = "UPDATE chain_checkpoint SET leaves = :b WHERE id = :i"
    # The leaves told to expect a rewritten chain's new head: the signed root disagrees.
    _rewrite_chain(world, items[0].id)
    with world.services.db.engine.connect() as conn:
        head = conn.execute(text("SELECT chain_head FROM item WHERE id = :i"), {"i": items[0].id})
        new_head = bytes.fromhex(head.scalar_one())
    forged = [replace(x, head=new_head[:8]) if x.chain_id == items[0].id else x for x in leaves]
    tamper(world.services, sql, b=pack_leaves(forged), i=taken.id)
    assert _check(world, taken).problem == "checkpoint.leaves_altered"
    # The rewritten item's leaf dropped: one chain fewer than signed.
    tamper(world.services, sql, b=pack_leaves(leaves[:1] + leaves[2:]), i=taken.id)
    assert _check(world, taken).problem == "checkpoint.leaves_altered"
    tamper(world.services, sql, b=b"not zlib", i=taken.id)
    assert _check(world, taken).problem == "checkpoint.leaves_altered"


def test_a_file_edited_or_signed_by_another_key_is_refused(
    world: World, items: list[ItemView]
) -> None:
    taken = take_checkpoint(world.services.db, world.head, "manual", KEY).file
    edited = replace(taken, root="0" * 64)
    assert _check(world, edited).problem == "checkpoint.bad_signature"
    # Someone without the key signs the heads as they are after a rewrite with a key of theirs.
    other = Ed25519PrivateKey.generate()
    body = signed_text(taken.taken_at, taken.reason, taken.item_count, "1" * 64)
    forged = replace(taken, root="1" * 64, signature=other.sign(body).hex(),
                     public_key=public_bytes(other).hex())  # fmt: skip
    assert _check(world, forged, public_bytes(KEY)).problem == "checkpoint.other_key"
    assert _check(world, forged).problem == "checkpoint.row_missing"  # not the stored one
    missing = replace(taken, id=taken.id + 99)
    assert _check(world, missing).problem == "checkpoint.row_missing"


def test_a_checkpoint_row_is_append_only(world: World, items: list[ItemView]) -> None:
    taken = take_checkpoint(world.services.db, world.head, "manual", KEY).file
    delete = text("DELETE FROM chain_checkpoint WHERE id = :i")
    with pytest.raises(Exception, match="append-only"), world.services.db.engine.begin() as conn:
        conn.execute(delete, {"i": taken.id})


def test_a_keeper_may_not_take_or_check_a_checkpoint(world: World, items: list[ItemView]) -> None:
    with pytest.raises(PermissionDeniedError):
        take_checkpoint(world.services.db, world.keeper, "manual", KEY)
    taken = take_checkpoint(world.services.db, world.head, "manual", KEY).file
    with pytest.raises(PermissionDeniedError):
        check_checkpoint(world.services.db, world.keeper, taken)


def test_the_file_round_trips_and_a_broken_one_is_refused(
    world: World, items: list[ItemView]
) -> None:
    taken = take_checkpoint(world.services.db, world.head, "manual", KEY).file
    assert CheckpointFile.from_json(taken.to_json()) == taken
    assert len(taken.to_json()) < 600
    with pytest.raises(Exception, match="checkpoint"):
        CheckpointFile.from_json('{"format": "other"}', "x.json")
