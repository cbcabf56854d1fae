"""Tampering with the database outside the application is found by verify_chains.

Every change is made with plain SQL, as anyone holding the database file or server
password could; verify must name the item and the event where the chain breaks.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from contextlib import closing
from typing import Any

import pytest
from sqlalchemy import select, text

from db.models import CustodyEvent
from evidence_app.domain.chain import event_content, event_hash
from evidence_app.domain.enums import Role
from evidence_app.domain.errors import PermissionDeniedError
from evidence_app.domain.messages import MESSAGES, render
from evidence_app.services.core.auth import SYSTEM
from evidence_app.services.core.dto import BrokenLink, ItemView, VerifyReport
from evidence_app.services.core.verify import mismatch_text, verify_chains
from tests.services.rows import tamper
from tests.world import World

EVENTS_PER_ITEM = 5


def _item_with_history(world: World, name: str) -> ItemView:
    """Five events: received (counterpart), put away (a status change), moved (note), edited
    (data), moved back (note): in storage on shelf A."""
    items = world.services.items
    item = world.receive(name, transferring_body="Công an quận Hoàn Kiếm")
    item = items.move(world.keeper, item.id, world.shelf_b.id, note="Chuyển sang kệ 2")
    item = items.edit(world.officer, item.id, item.version, {"condition": "Trầy xước nhẹ"})
    item = items.move(world.keeper, item.id, world.shelf_a.id, note="Trả về kệ 1")
    assert item.event_count == EVENTS_PER_ITEM
    return item


@pytest.fixture
def items(world: World) -> list[ItemView]:
    names = ("Xe máy Honda Wave", "Điện thoại Samsung", "Dây chuyền vàng", "Máy tính Dell")
    made = [_item_with_history(world, name) for name in names]
    assert verify_chains(world.services.db, SYSTEM).intact
    return made


def _verify(world: World) -> VerifyReport:
    return verify_chains(world.services.db, world.actors[Role.INSPECTOR])


def _event_id(world: World, item: ItemView, seq: int) -> int:
    with world.services.db.engine.connect() as conn:
        return int(
            conn.execute(
                text("SELECT id FROM custody_event WHERE item_id = :i AND seq = :s"),
                {"i": item.id, "s": seq},
            ).scalar_one()
        )


def _assert_names(report: VerifyReport, item: ItemView, reason: str) -> BrokenLink:
    broken = report.first_break
    assert broken is not None, "tampering not detected"
    assert (broken.item_id, broken.item_code, broken.reason) == (item.id, item.code, reason)
    for lang in ("vi", "en"):
        shown = render(
            "verify.broken",
            lang,
            code=broken.item_code,
            item=broken.item_id,
            event=broken.event_id,
            seq=broken.seq,
            reason=broken.reason,
        )
        assert item.code in shown
        assert MESSAGES[reason][0 if lang == "vi" else 1] in shown
    return broken


def test_an_untouched_database_is_intact(world: World, items: list[ItemView]) -> None:
    report = _verify(world)
    assert report.intact and report.first_break is None
    assert report.state_mismatches == () and report.mismatch_count == 0
    assert report.items_checked == len(items)
    assert report.events_checked == len(items) * EVENTS_PER_ITEM
    assert report.seconds >= 0


def test_an_empty_database_is_intact(world: World) -> None:
    report = _verify(world)
    assert report.intact and (report.items_checked, report.events_checked) == (0, 0)


TAMPERING = [
    pytest.param(1, "counterpart = 'Công an quận khác'", {}, id="counterpart"),
    pytest.param(1, "occurred_at = '2020-01-01 08:00:00.000000'", {}, id="occurred_at"),
    pytest.param(1, "actor_id = NULL", {}, id="actor"),
    pytest.param(2, "to_location_id = from_location_id", {}, id="to_location"),
    pytest.param(3, "note = 'Đã sửa ghi chú'", {}, id="note"),
    pytest.param(3, "note = NULL", {}, id="note_removed"),
    pytest.param(4, "data = :d", {"d": '{"changes":{"condition":["","Tốt"]}}'}, id="data"),
    pytest.param(5, "status_after = 'released'", {}, id="status_after"),
    pytest.param(5, "kind = 'stocktake_moved'", {}, id="kind"),
]


@pytest.mark.parametrize(("seq", "assignment", "params"), TAMPERING)
def test_a_changed_event_is_found_as_content_changed(
    world: World, items: list[ItemView], seq: int, assignment: str, params: dict[str, Any]
) -> None:
    target = items[1]
    event_id = _event_id(world, target, seq)
    changed = tamper(
        world.services,
        f"UPDATE custody_event SET {assignment} WHERE id = :id",
        id=event_id,
        **params,
    )
    assert changed == 1
    broken = _assert_names(_verify(world), target, "verify.content_changed")
    assert (broken.event_id, broken.seq) == (event_id, seq)


def test_an_invisible_unicode_change_is_found(world: World, items: list[ItemView]) -> None:
    target = items[0]
    event_id = _event_id(world, target, 3)
    nfd = unicodedata.normalize("NFD", "Chuyển sang kệ 2")
    assert nfd != "Chuyển sang kệ 2"
    tamper(world.services, "UPDATE custody_event SET note = :n WHERE id = :id", n=nfd, id=event_id)
    broken = _assert_names(_verify(world), target, "verify.content_changed")
    assert broken.event_id == event_id


def test_a_deleted_middle_event_is_found_as_a_sequence_gap(
    world: World, items: list[ItemView]
) -> None:
    target = items[2]
    deleted = _event_id(world, target, 3)
    assert tamper(world.services, "DELETE FROM custody_event WHERE id = :id", id=deleted) == 1
    broken = _assert_names(_verify(world), target, "verify.sequence_gap")
    assert (broken.event_id, broken.seq) == (_event_id(world, target, 4), 4)


def test_a_deleted_first_event_is_found(world: World, items: list[ItemView]) -> None:
    target = items[0]
    tamper(
        world.services, "DELETE FROM custody_event WHERE id = :id", id=_event_id(world, target, 1)
    )
    broken = _assert_names(_verify(world), target, "verify.sequence_gap")
    assert broken.seq == 2


def _swap(world: World, item: ItemView, a: int, b: int) -> None:
    swap = "UPDATE custody_event SET seq = :new WHERE item_id = :i AND seq = :old"
    tamper(world.services, swap, i=item.id, old=a, new=-1)
    tamper(world.services, swap, i=item.id, old=b, new=a)
    tamper(world.services, swap, i=item.id, old=-1, new=b)


@pytest.mark.parametrize(("a", "b"), [(1, 2), (2, 3), (3, 5), (4, 5)])
def test_reordered_events_are_found(world: World, items: list[ItemView], a: int, b: int) -> None:
    target = items[1]
    first, second = _event_id(world, target, a), _event_id(world, target, b)
    _swap(world, target, a, b)
    assert _event_id(world, target, a) == second and _event_id(world, target, b) == first
    broken = _assert_names(_verify(world), target, "verify.previous_mismatch")
    assert broken.seq == a


def test_a_deleted_last_event_is_found_as_a_head_mismatch(
    world: World, items: list[ItemView]
) -> None:
    target = items[3]
    last = _event_id(world, target, EVENTS_PER_ITEM)
    assert tamper(world.services, "DELETE FROM custody_event WHERE id = :id", id=last) == 1
    broken = _assert_names(_verify(world), target, "verify.head_mismatch")
    assert broken.event_id is None
    assert broken.seq == EVENTS_PER_ITEM - 1


def test_a_deleted_last_event_with_the_counter_lowered_is_still_found(
    world: World, items: list[ItemView]
) -> None:
    target = items[3]
    tamper(
        world.services,
        "DELETE FROM custody_event WHERE id = :id",
        id=_event_id(world, target, EVENTS_PER_ITEM),
    )
    tamper(
        world.services, "UPDATE item SET event_count = event_count - 1 WHERE id = :i", i=target.id
    )
    _assert_names(_verify(world), target, "verify.head_mismatch")


@pytest.mark.parametrize(
    "assignment",
    ["chain_head = :zero", "event_count = event_count + 1", "event_count = 0"],
)
def test_a_changed_chain_head_or_count_on_the_item_is_found(
    world: World, items: list[ItemView], assignment: str
) -> None:
    target = items[0]
    tamper(
        world.services, f"UPDATE item SET {assignment} WHERE id = :i", i=target.id, zero="0" * 64
    )
    _assert_names(_verify(world), target, "verify.head_mismatch")


def test_a_rewritten_event_with_a_recomputed_hash_breaks_the_next_link(
    world: World, items: list[ItemView]
) -> None:
    """A forger who rehashes the changed event still breaks the link the next event holds."""
    target = items[2]
    with world.services.db.engine.connect() as conn:
        row = conn.execute(
            select(CustodyEvent.__table__).where(
                CustodyEvent.item_id == target.id, CustodyEvent.seq == 3
            )
        ).one()
    forged_note = "Không chuyển kệ"
    content = event_content(
        item_id=row.item_id,
        seq=row.seq,
        kind=row.kind.value,
        occurred_at=row.occurred_at,
        actor_id=row.actor_id,
        counterpart=row.counterpart,
        from_location_id=row.from_location_id,
        to_location_id=row.to_location_id,
        status_before=None,
        status_after=None,
        document_id=row.document_id,
        note=forged_note,
        data=json.loads(row.data) if row.data else None,
    )
    tamper(
        world.services,
        "UPDATE custody_event SET note = :n, hash = :h WHERE id = :id",
        n=forged_note,
        h=event_hash(row.prev_hash, content),
        id=row.id,
    )
    broken = _assert_names(_verify(world), target, "verify.previous_mismatch")
    assert (broken.event_id, broken.seq) == (_event_id(world, target, 4), 4)


def test_the_first_broken_item_is_named_when_several_are_broken(
    world: World, items: list[ItemView]
) -> None:
    last, middle = items[3], items[1]
    tamper(
        world.services,
        "UPDATE custody_event SET note = 'x' WHERE id = :id",
        id=_event_id(world, last, 3),
    )
    tamper(
        world.services, "DELETE FROM custody_event WHERE id = :id", id=_event_id(world, middle, 2)
    )
    report = _verify(world)
    _assert_names(report, middle, "verify.sequence_gap")
    assert not report.intact
    assert report.items_checked == 2


def _delete_item_behind_the_foreign_keys(world: World, item_id: int) -> None:
    """Remove an item row as someone bypassing the schema's foreign keys would."""
    database = world.services.db.url.database
    if world.services.db.dialect == "sqlite" and database:
        # Plain sqlite3 leaves foreign keys off, as any SQLite browser does.
        with closing(sqlite3.connect(database)) as raw, raw:
            assert raw.execute("PRAGMA foreign_keys").fetchone() == (0,)
            raw.execute("DELETE FROM item WHERE id = ?", (item_id,))
        return
    with world.services.db.engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        conn.execute(text("DELETE FROM item WHERE id = :i"), {"i": item_id})


def test_events_of_a_deleted_item_are_found_as_orphans(world: World, items: list[ItemView]) -> None:
    _delete_item_behind_the_foreign_keys(world, items[1].id)
    broken = _verify(world).first_break
    assert broken is not None
    assert (broken.item_id, broken.reason) == (items[1].id, "verify.orphan_event")


def test_events_of_a_deleted_newest_item_are_found_as_orphans(
    world: World, items: list[ItemView]
) -> None:
    _delete_item_behind_the_foreign_keys(world, items[-1].id)
    broken = _verify(world).first_break
    assert broken is not None
    assert (broken.item_id, broken.reason) == (items[-1].id, "verify.orphan_event")


def test_verify_needs_the_verify_permission(world: World, items: list[ItemView]) -> None:
    with pytest.raises(PermissionDeniedError):
        verify_chains(world.services.db, world.keeper)
    assert verify_chains(world.services.db, world.actors[Role.ACCOUNTANT]).intact


# --- the item's row against its chain: status, warehouse, location changed without an event


def _codes(world: World) -> tuple[str, str]:
    """The codes of the main warehouse and of the Treasury's (the vault's)."""
    with world.services.db.engine.connect() as conn:
        treasury = conn.execute(
            text("SELECT code FROM warehouse WHERE id = :w"), {"w": world.vault.warehouse_id}
        ).scalar_one()
    return world.warehouse.code, str(treasury)


def _found(report: VerifyReport) -> list[tuple[int, str, str, str, str]]:
    return [
        (m.item_id, m.item_code, m.field, m.row_value, m.chain_value)
        for m in report.state_mismatches
    ]


@pytest.mark.parametrize(
    ("assignment", "field", "row", "chain"),
    [
        pytest.param("status = 'destroyed'", "status", "destroyed", "in_storage", id="status"),
        pytest.param("status = 'missing'", "status", "missing", "in_storage", id="status_missing"),
        pytest.param("status = 'bogus'", "status", "bogus", "in_storage", id="status_unknown"),
        pytest.param("location_id = :b", "location", "shelf_b", "shelf_a", id="location"),
        pytest.param("location_id = NULL", "location", "", "shelf_a", id="location_removed"),
        pytest.param("warehouse_id = :t", "warehouse", "treasury", "main", id="warehouse"),
        pytest.param("warehouse_id = NULL", "warehouse", "", "main", id="warehouse_removed"),
    ],
)
def test_a_row_changed_without_an_event_is_named_with_both_values(
    world: World, items: list[ItemView], assignment: str, field: str, row: str, chain: str
) -> None:
    """With plain SQL, as the issue's tester did: every chain is intact, but the row no
    longer says what the chain says; verify names the item, the field and both values."""
    main, treasury = _codes(world)
    names = {
        "shelf_a": world.shelf_a.code,
        "shelf_b": world.shelf_b.code,
        "main": main,
        "treasury": treasury,
    }
    target = items[2]
    changed = tamper(
        world.services,
        f"UPDATE item SET {assignment} WHERE id = :i",
        i=target.id,
        b=world.shelf_b.id,
        t=world.vault.warehouse_id,
    )
    assert changed == 1
    report = _verify(world)
    assert report.first_break is None and not report.intact
    assert report.items_checked == len(items)
    expected = (target.id, target.code, field, names.get(row, row), names.get(chain, chain))
    assert _found(report) == [expected] and report.mismatch_count == 1
    for lang, word in (("vi", MESSAGES[f"verify.field.{field}"][0]), ("en", field)):
        shown = mismatch_text(report.state_mismatches[0], lang)
        assert target.code in shown and word in shown
        if field != "status":  # statuses are shown by name (next test)
            assert names.get(chain, chain) in shown


def test_a_status_is_shown_by_its_name(world: World, items: list[ItemView]) -> None:
    tamper(world.services, "UPDATE item SET status = 'destroyed' WHERE id = :i", i=items[0].id)
    [mismatch] = _verify(world).state_mismatches
    assert "“Đã tiêu hủy”" in mismatch_text(mismatch, "vi")
    assert "“Đang bảo quản”" in mismatch_text(mismatch, "vi")
    assert "“Destroyed”" in mismatch_text(mismatch, "en")


def test_an_item_moved_to_another_warehouse_without_an_event_names_both_fields(
    world: World, items: list[ItemView]
) -> None:
    main, treasury = _codes(world)
    target = items[1]
    tamper(
        world.services,
        "UPDATE item SET location_id = :v, warehouse_id = :w WHERE id = :i",
        v=world.vault.id,
        w=world.vault.warehouse_id,
        i=target.id,
    )
    assert _found(_verify(world)) == [
        (target.id, target.code, "warehouse", treasury, main),
        (target.id, target.code, "location", world.vault.code, world.shelf_a.code),
    ]


def test_every_item_whose_row_disagrees_is_named_in_item_order(
    world: World, items: list[ItemView]
) -> None:
    tamper(world.services, "UPDATE item SET status = 'released' WHERE id = :i", i=items[3].id)
    tamper(world.services, "UPDATE item SET location_id = :a WHERE id = :i", a=world.shelf_b.id,
            i=items[0].id)  # fmt: skip
    report = _verify(world)
    assert [(m.item_code, m.field) for m in report.state_mismatches] == [
        (items[0].code, "location"),
        (items[3].code, "status"),
    ]
    assert report.mismatch_count == 2 and report.first_break is None


def test_an_item_without_any_event_is_named(world: World, items: list[ItemView]) -> None:
    """A row inserted by SQL, with no RECEIVED event: the chain gives it no status."""
    tamper(
        world.services,
        "UPDATE item SET event_count = 0, chain_head = :g WHERE id = :i",
        g="0" * 64,
        i=items[0].id,
    )
    tamper(world.services, "DELETE FROM custody_event WHERE item_id = :i", i=items[0].id)
    report = _verify(world)
    assert report.first_break is None
    assert ("status", "in_storage", "") in [
        (m.field, m.row_value, m.chain_value) for m in report.state_mismatches
    ]
