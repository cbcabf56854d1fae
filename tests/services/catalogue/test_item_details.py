"""ItemService.details: one read gives the panel its fields, place, photos, timeline and chain."""

from __future__ import annotations

import pytest

from evidence_app.domain.enums import Category, EventKind, ItemKind, ItemStatus, Role
from evidence_app.domain.errors import InvalidCodeError, NotFoundError, PermissionDeniedError
from evidence_app.services.catalogue import ItemDraft
from evidence_app.services.core.dto import ItemView
from tests.records import add_document_event, add_photo, jpeg
from tests.services.rows import execute, tamper
from tests.world import World


def _moved_item(world: World) -> ItemView:
    item = world.receive(transferring_body="Công an quận Hoàn Kiếm", owner_name="Phạm Thị Dung")
    return world.services.items.move(world.keeper, item.id, world.shelf_b.id, note="Sang kệ 2")


def test_details_name_the_case_the_warehouse_and_the_location_path(world: World) -> None:
    item = _moved_item(world)
    details = world.services.items.details(world.officer, item.id)
    assert details.item == world.services.items.get(world.officer, item.id)
    assert details.case_name == world.case.name
    assert details.judgment_number == "123/2026/HS-ST"
    assert details.decision_number == "45/QĐ-THADS"
    assert details.warehouse_name == "Kho vật chứng số 1"
    assert details.location_path == "Kho vật chứng số 1 › Khu A › Kệ 2"


def test_the_timeline_is_newest_first_with_names_instead_of_ids(world: World) -> None:
    item = _moved_item(world)
    events = world.services.items.details(world.keeper, item.id).events
    assert [e.kind for e in events] == [EventKind.MOVED, EventKind.PUT_AWAY, EventKind.RECEIVED]
    assert [e.seq for e in events] == [3, 2, 1]
    moved, put_away, received = events
    assert (moved.from_location, moved.to_location) == ("Khu A › Kệ 1", "Khu A › Kệ 2")
    assert (put_away.from_location, put_away.to_location) == ("", "Khu A › Kệ 1")
    assert moved.note == "Sang kệ 2"
    assert received.counterpart == "Công an quận Hoàn Kiếm"
    assert {e.actor_name for e in events} == {world.keeper.full_name}
    assert put_away.status_after is ItemStatus.IN_STORAGE
    assert events[0].occurred_at >= events[-1].occurred_at


def test_an_event_citing_a_document_shows_its_number(world: World) -> None:
    item = world.receive()
    add_document_event(world.services, item.id, "15/BB-THADS", world.keeper.user_id)
    newest = world.services.items.details(world.keeper, item.id).events[0]
    assert newest.document_number == "15/BB-THADS"
    assert newest.document_id is not None


def test_photos_are_listed_without_bytes_and_read_one_by_one(world: World) -> None:
    item = world.receive()
    first, second = jpeg((10, 20, 30)), jpeg((200, 100, 0))
    a = add_photo(world.services, item.id, first, "Ảnh chụp khi tiếp nhận")
    b = add_photo(world.services, item.id, second, "Số khung")
    photos = world.services.items.details(world.keeper, item.id).photos
    assert [(p.attachment_id, p.caption, p.mime) for p in photos] == [
        (a, "Ảnh chụp khi tiếp nhận", "image/jpeg"),
        (b, "Số khung", "image/jpeg"),
    ]
    assert world.services.items.photo(world.keeper, b) == second
    with pytest.raises(NotFoundError):
        world.services.items.photo(world.keeper, b + 100)


def test_an_untouched_chain_is_intact(world: World) -> None:
    item = _moved_item(world)
    chain = world.services.items.details(world.keeper, item.id).chain
    assert chain.intact and chain.first_break is None
    assert chain.events_checked == 3


def test_a_changed_event_breaks_the_chain_at_that_event(world: World) -> None:
    item = _moved_item(world)
    other = world.receive("Điện thoại Samsung")
    tamper(
        world.services,
        "UPDATE custody_event SET note = 'Đã sửa' WHERE item_id = :i AND seq = 2",
        i=item.id,
    )
    chain = world.services.items.details(world.keeper, item.id).chain
    assert chain.first_break is not None and not chain.intact
    assert (chain.first_break.seq, chain.first_break.reason) == (2, "verify.content_changed")
    assert chain.first_break.item_code == item.code
    assert world.services.items.details(world.keeper, other.id).chain.intact


def test_a_deleted_last_event_is_a_head_mismatch(world: World) -> None:
    item = _moved_item(world)
    tamper(world.services, "DELETE FROM custody_event WHERE item_id = :i AND seq = 3", i=item.id)
    chain = world.services.items.details(world.keeper, item.id).chain
    assert chain.first_break is not None
    assert chain.first_break.reason == "verify.head_mismatch"
    assert len(world.services.items.details(world.keeper, item.id).events) == 2


def test_an_unplaced_item_has_no_place_and_a_caseless_one_no_case(world: World) -> None:
    draft = ItemDraft(kind=ItemKind.EVIDENCE, category=Category.PHONE, name="Điện thoại")
    item = world.services.items.receive(world.keeper, draft)
    details = world.services.items.details(world.keeper, item.id)
    assert (details.case_name, details.warehouse_name, details.location_path) == ("", "", "")
    assert details.photos == ()


def test_details_by_code_reads_the_scanned_item(world: World) -> None:
    item = _moved_item(world)
    details = world.services.items.details_by_code(world.keeper, item.code.lower())
    assert details.item.id == item.id
    with pytest.raises(NotFoundError):
        world.services.items.details_by_code(world.keeper, "VC-2026-999999")
    with pytest.raises(InvalidCodeError):
        world.services.items.details_by_code(world.keeper, "")
    with pytest.raises(NotFoundError):
        world.services.items.details(world.keeper, item.id + 1000)


def test_a_user_without_roles_may_not_read_details(world: World) -> None:
    item = world.receive()
    execute(world.services, "DELETE FROM user_role WHERE user_id = :u", u=world.keeper.user_id)
    with pytest.raises(PermissionDeniedError):
        world.services.items.details(world.keeper, item.id)
    assert world.services.items.details(world.actors[Role.CASHIER], item.id).item.id == item.id
