"""Transfers between units are kept as written in the database itself (issue 21, migration
0037, db/append_only.py): no plain SQL deletes a transfer or its items, rewrites who sent
it, when, from where or which items; the receipt is written once, by another person than the
sender (Decree 152/2026 Art 37.2), and never undone. The services' own two steps still work."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from evidence_app.services.core.verify import verify_chains
from evidence_app.services.custody.transfers import TransferView
from tests.services.custody.test_unit_transfers import Office, office
from tests.services.rows import guards_lifted, snapshot
from tests.world import World


@dataclass
class Transfers:
    world: World
    kv2: Office
    received: TransferView
    pending: TransferView
    items: tuple[int, int]
    spare_item: int


@pytest.fixture
def transfers(world: World) -> Transfers:
    """One transfer received by the office, one still on its way, one item not sent."""
    s, kv2 = world.services, office(world, "KV2", 2)
    first, second, spare = (world.receive(f"Điện thoại {n}") for n in (1, 2, 3))
    sent = s.transfers.send(world.keeper, [first.id], kv2.shelf.id, "Theo chỉ đạo của Cục")
    received = s.transfers.receive(kv2.keeper, sent.id)
    pending = s.transfers.send(world.keeper, [second.id], kv2.shelf.id)
    return Transfers(world, kv2, received, pending, (first.id, second.id), spare.id)


def _statements(t: Transfers) -> list[str]:
    r, p = t.received.id, t.pending.id
    other = t.kv2.keeper.user_id
    return [
        f"DELETE FROM unit_transfer_item WHERE transfer_id = {r}",
        f"DELETE FROM unit_transfer_item WHERE transfer_id = {p}",
        "DELETE FROM unit_transfer_item; DELETE FROM unit_transfer",
        f"UPDATE unit_transfer SET sent_by = {other} WHERE id = {p}",
        f"UPDATE unit_transfer SET sent_at = '2026-01-02 03:04:05' WHERE id = {r}",
        f"UPDATE unit_transfer SET from_unit_id = to_unit_id WHERE id = {p}",
        f"UPDATE unit_transfer SET to_location_id = {t.world.shelf_b.id} WHERE id = {r}",
        f"UPDATE unit_transfer SET note = 'sửa lén' WHERE id = {r}",
        f"UPDATE unit_transfer SET handover_document_id = receipt_document_id WHERE id = {r}",
        f"UPDATE unit_transfer_item SET item_id = {t.spare_item} WHERE transfer_id = {p}",
        # Received twice: the receipt rewritten, by the same or another person.
        f"UPDATE unit_transfer SET received_at = sent_at WHERE id = {r}",
        f"UPDATE unit_transfer SET received_by = sent_by WHERE id = {r}",
        # Un-received: the receipt taken away, the items' moves left without their transfer.
        f"UPDATE unit_transfer SET received_by = NULL, received_at = NULL, "
        f"receipt_document_id = NULL WHERE id = {r}",
        # A receipt that is not one: half written, or by the sender himself.
        f"UPDATE unit_transfer SET received_at = sent_at WHERE id = {p}",
        f"UPDATE unit_transfer SET received_by = sent_by, received_at = sent_at, "
        f"receipt_document_id = handover_document_id WHERE id = {p}",
        # The lawful receipt's columns, but the sender's date moved with them.
        f"UPDATE unit_transfer SET received_by = {other}, received_at = sent_at, "
        f"receipt_document_id = handover_document_id, sent_at = '2026-01-02 03:04:05' "
        f"WHERE id = {p}",
        # Room made for one more item than the handover paper lists.
        f"UPDATE unit_transfer SET item_count = item_count + 1 WHERE id = {p}",
    ]


def _unlisted(t: Transfers) -> list[str]:
    """An item slipped into a transfer, on its way or received, beside the listed ones."""
    return [
        f"INSERT INTO unit_transfer_item (transfer_id, item_id) VALUES ({p}, {t.spare_item})"
        for p in (t.pending.id, t.received.id)
    ]


def test_no_plain_sql_way_around_a_transfer_changes_anything(transfers: Transfers) -> None:
    services = transfers.world.services
    before = snapshot(services)
    statements = _statements(transfers)
    for sql in statements:
        with pytest.raises(DBAPIError) as refused, services.db.engine.begin() as conn:
            for statement in sql.split("; "):
                conn.execute(text(statement))
        assert "append-only" in str(refused.value), sql
        assert "unit_transfer" in str(refused.value), sql
    assert len(statements) == 17
    assert snapshot(services) == before
    assert verify_chains(services.db, transfers.world.admin).intact


def test_each_statement_is_refused_by_the_guard_alone(transfers: Transfers) -> None:
    """With the triggers lifted, as the tables' owner could, each statement goes through
    (rolled back here): what refuses it above is the guard, not a key or a constraint."""
    services = transfers.world.services
    for sql in _statements(transfers) + _unlisted(transfers):
        with services.db.engine.connect() as conn, conn.begin() as transaction:
            with guards_lifted(conn):
                changed = sum(conn.execute(text(s)).rowcount for s in sql.split("; "))
            transaction.rollback()
        assert changed >= 1, sql


def test_no_item_is_slipped_into_a_transfer_beyond_its_paper(transfers: Transfers) -> None:
    """The receipt would move a slipped-in item to the other unit (Decree 152/2026 Art 37.2:
    what is handed over is what the minutes list)."""
    services = transfers.world.services
    before = snapshot(services)
    for sql in _unlisted(transfers):
        with pytest.raises(DBAPIError) as refused, services.db.engine.begin() as conn:
            conn.execute(text(sql))
        assert "a transfer holds only the items on its handover paper" in str(refused.value)
        assert "chỉ gồm các vật chứng ghi trong biên bản giao" in str(refused.value)
    assert snapshot(services) == before
    # Received, the transfer still moves only its listed item to the office.
    got = services.transfers.receive(transfers.kv2.keeper, transfers.pending.id)
    assert len(got.item_codes) == 1
    spare = services.items.get(transfers.world.head, transfers.spare_item)
    assert spare.location_id != transfers.kv2.shelf.id


def test_a_transfer_of_several_items_is_written_whole(transfers: Transfers) -> None:
    """The services' send writes all its items under the count; none more fits after."""
    world, kv2 = transfers.world, transfers.kv2
    s = world.services
    three = [world.receive(f"Máy tính {n}").id for n in (1, 2, 3)]
    sent = s.transfers.send(world.keeper, three, kv2.shelf.id)
    assert len(sent.item_codes) == 3
    with s.db.engine.connect() as conn:
        counted = conn.execute(
            text(f"SELECT item_count FROM unit_transfer WHERE id = {sent.id}")
        ).scalar_one()
    assert counted == 3
    with pytest.raises(DBAPIError), s.db.engine.begin() as conn:
        conn.execute(text(f"INSERT INTO unit_transfer_item (transfer_id, item_id) "
                          f"VALUES ({sent.id}, {transfers.spare_item})"))  # fmt: skip


def test_the_refusal_of_a_second_receipt_says_why(transfers: Transfers) -> None:
    services = transfers.world.services
    with pytest.raises(DBAPIError) as refused, services.db.engine.begin() as conn:
        conn.execute(text(f"UPDATE unit_transfer SET received_at = sent_at "
                          f"WHERE id = {transfers.received.id}"))  # fmt: skip
    assert "only the receipt, once" in str(refused.value)
    assert "chỉ ghi việc nhận, một lần" in str(refused.value)


def test_the_services_two_steps_still_work_end_to_end(transfers: Transfers) -> None:
    """Sent, then received by the other unit's keeper: the one UPDATE the guard allows."""
    world, kv2 = transfers.world, transfers.kv2
    s = world.services
    got = s.transfers.receive(kv2.keeper, transfers.pending.id)
    assert got.received and got.receipt_number == "2/BB-THADS-KV2"
    first, second = transfers.items
    assert s.items.get(world.head, second).location_id == kv2.shelf.id
    assert s.transfers.open_transfers(world.keeper) == []
    # And back: the office sends the first item to the province, which receives it.
    back = s.transfers.send(kv2.keeper, [first], world.shelf_b.id)
    home = s.transfers.receive(world.keeper, back.id)
    assert home.received and home.item_codes == transfers.received.item_codes
    assert s.items.get(world.head, first).location_id == world.shelf_b.id
    assert verify_chains(s.db, world.admin).intact


@pytest.mark.postgres
def test_truncate_is_refused_on_postgresql(transfers: Transfers) -> None:
    services = transfers.world.services
    if services.db.dialect != "postgresql":
        pytest.skip("TRUNCATE is PostgreSQL's")
    before = snapshot(services)
    for table in ("unit_transfer_item", "unit_transfer"):
        with pytest.raises(DBAPIError) as refused, services.db.engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {table} CASCADE"))
        assert "append-only" in str(refused.value)
    assert snapshot(services) == before
