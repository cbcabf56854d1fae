"""Items: intake, put-away, moves, edits and status changes, with their custody events."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from evidence_app.domain.enums import Category, EventKind, ItemStatus, ReleaseRequestPurpose
from evidence_app.domain.errors import (
    FinalStateError,
    NotFoundError,
    StaleEditError,
    ValidationError,
)
from evidence_app.domain.labels import label
from evidence_app.services.core.auth import SYSTEM
from evidence_app.services.core.dto import ItemView
from evidence_app.services.core.verify import verify_chains
from tests.services.rows import event_count, snapshot
from tests.world import World


def _kinds(world: World, item_id: int) -> list[EventKind]:
    """Event kinds oldest first."""
    return [e.kind for e in reversed(world.services.items.history(world.keeper, item_id))]


def _stored(world: World) -> ItemView:
    item = world.receive()
    assert item.status is ItemStatus.IN_STORAGE
    return item


def test_receive_without_location_books_the_item_in_as_received(world: World) -> None:
    item = world.receive(stored=False, transferring_body="Công an quận Ba Đình")
    assert item.status is ItemStatus.RECEIVED
    assert item.location_id is None and item.warehouse_id is None
    assert item.code.startswith(f"VC-{item.received_at.year}-")
    assert item.event_count == 1 == event_count(world.services, item.id)
    (event,) = world.services.items.history(world.keeper, item.id)
    assert event.kind is EventKind.RECEIVED
    assert event.seq == 1
    assert event.status_before is None and event.status_after is ItemStatus.RECEIVED
    assert event.actor_id == world.keeper.user_id
    assert event.counterpart == "Công an quận Ba Đình"
    assert event.hash == item.chain_head


def test_receive_with_location_puts_away_in_the_same_action(world: World) -> None:
    item = world.receive()
    assert item.status is ItemStatus.IN_STORAGE
    assert item.location_id == world.shelf_a.id
    assert item.warehouse_id == world.warehouse.id
    assert _kinds(world, item.id) == [EventKind.RECEIVED, EventKind.PUT_AWAY]
    put_away = world.services.items.history(world.keeper, item.id)[0]
    assert (put_away.status_before, put_away.status_after) == (
        ItemStatus.RECEIVED,
        ItemStatus.IN_STORAGE,
    )
    assert (put_away.from_location_id, put_away.to_location_id) == (None, world.shelf_a.id)
    assert item.event_count == 2 == event_count(world.services, item.id)


def test_item_codes_are_numbered_in_sequence(world: World) -> None:
    first, second = world.receive(), world.receive("Điện thoại Samsung")
    number = int(first.code.rsplit("-", 1)[1])
    assert second.code == f"{first.code.rsplit('-', 1)[0]}-{number + 1:06d}"


def test_put_away_stores_a_received_item_and_bumps_its_version(world: World) -> None:
    item = world.receive(stored=False)
    stored = world.services.items.put_away(world.keeper, item.id, world.shelf_b.id, item.version)
    assert stored.status is ItemStatus.IN_STORAGE
    assert stored.location_id == world.shelf_b.id
    assert stored.version == item.version + 1
    assert stored.event_count == 2
    assert _kinds(world, item.id) == [EventKind.RECEIVED, EventKind.PUT_AWAY]


def test_move_records_from_and_to_and_keeps_the_status(world: World) -> None:
    item = _stored(world)
    moved = world.services.items.move(
        world.keeper, item.id, world.shelf_b.id, item.version, note="Sắp xếp lại kệ"
    )
    assert moved.location_id == world.shelf_b.id
    assert moved.status is ItemStatus.IN_STORAGE
    assert moved.version == item.version + 1
    event = world.services.items.history(world.keeper, item.id)[0]
    assert event.kind is EventKind.MOVED
    assert (event.from_location_id, event.to_location_id) == (world.shelf_a.id, world.shelf_b.id)
    assert event.note == "Sắp xếp lại kệ"
    assert event.status_before is None and event.status_after is None


def test_move_of_a_received_item_puts_it_away(world: World) -> None:
    item = world.receive(stored=False)
    moved = world.services.items.move(world.keeper, item.id, world.shelf_a.id)
    assert moved.status is ItemStatus.IN_STORAGE
    assert _kinds(world, item.id) == [EventKind.RECEIVED, EventKind.PUT_AWAY]


def test_moving_to_the_same_location_is_refused_and_changes_nothing(world: World) -> None:
    item = _stored(world)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        world.services.items.move(world.keeper, item.id, world.shelf_a.id, item.version)
    assert caught.value.key == "validation.same_location"
    assert item.code in caught.value.message("vi") and item.code in caught.value.message("en")
    assert world.shelf_a.code in caught.value.message("en")
    assert snapshot(world.services) == before


def test_moving_a_checked_out_item_is_refused(world: World) -> None:
    item = _stored(world)
    world.checkout([item.id])
    out = world.services.items.get(world.keeper, item.id)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        world.services.items.move(world.keeper, item.id, world.shelf_b.id, out.version)
    assert caught.value.key == "validation.item_not_stored"
    assert label(ItemStatus.CHECKED_OUT, "vi") in caught.value.message("vi")
    assert snapshot(world.services) == before


def test_moving_to_an_unknown_location_is_refused(world: World) -> None:
    item = _stored(world)
    before = snapshot(world.services)
    with pytest.raises(NotFoundError):
        world.services.items.move(world.keeper, item.id, 999_999)
    assert snapshot(world.services) == before


def test_edit_changes_fields_and_records_what_changed(world: World) -> None:
    item = _stored(world)
    edited = world.services.items.edit(
        world.officer,
        item.id,
        item.version,
        {"name": "Xe máy Honda Wave Alpha", "identifiers": "Biển số 29B1-123.45"},
    )
    assert edited.name == "Xe máy Honda Wave Alpha"
    assert edited.identifiers == "Biển số 29B1-123.45"
    assert edited.version == item.version + 1
    assert edited.event_count == item.event_count + 1
    assert edited.status is item.status and edited.location_id == item.location_id
    event = world.services.items.history(world.officer, item.id)[0]
    assert event.kind is EventKind.EDITED and event.actor_id == world.officer.user_id
    with world.services.db.engine.connect() as conn:
        data = conn.execute(
            text("SELECT data FROM custody_event WHERE id = :id"), {"id": event.id}
        ).scalar_one()
    assert json.loads(data) == {
        "changes": {
            "name": ["Xe máy Honda Wave", "Xe máy Honda Wave Alpha"],
            "identifiers": ["", "Biển số 29B1-123.45"],
        }
    }


def test_edit_without_a_real_change_records_nothing(world: World) -> None:
    item = _stored(world)
    same = world.services.items.edit(world.officer, item.id, item.version, {"name": item.name})
    assert same.version == item.version
    assert event_count(world.services, item.id) == item.event_count


def test_edit_normalises_text_to_nfc_and_refuses_bad_values(world: World) -> None:
    item = _stored(world)
    nfd = "Xe ma\u0301y\u0300"[:-1] + " đo\u0309"
    edited = world.services.items.edit(world.officer, item.id, item.version, {"name": nfd})
    assert edited.name == "Xe máy đỏ"
    before = snapshot(world.services)
    refused = (
        {"name": "  "},
        {"quantity": "-1"},
        {"status": "released"},
        {"unit": "x\x00"},
        {"owner_name": "Nguyễn \u202eAn"},  # a bidi override would show another name
    )
    for changes in refused:
        with pytest.raises(ValidationError):
            world.services.items.edit(world.officer, item.id, edited.version, changes)
    assert snapshot(world.services) == before


def test_stale_edit_is_refused_in_both_languages_and_keeps_the_other_change(
    world: World,
) -> None:
    item = _stored(world)
    newer = world.services.items.edit(world.officer, item.id, item.version, {"condition": "Trầy"})
    before = snapshot(world.services)
    with pytest.raises(StaleEditError) as caught:
        world.services.items.edit(world.keeper, item.id, item.version, {"condition": "Mới"})
    vi, en = caught.value.message("vi"), caught.value.message("en")
    assert item.code in vi and item.code in en
    assert "người khác" in vi and "someone else" in en
    assert f"phiên bản {newer.version}" in vi and f"version {item.version}" in en
    assert snapshot(world.services) == before
    current = world.services.items.get(world.keeper, item.id)
    assert current.condition == "Trầy"
    assert current.version == newer.version
    assert event_count(world.services, item.id) == newer.event_count


def test_two_sessions_editing_the_same_view_the_second_is_refused(world: World) -> None:
    item = _stored(world)
    first_view = world.services.items.get(world.keeper, item.id)
    second_view = world.services.items.get(world.officer, item.id)
    assert first_view == second_view
    saved = world.services.items.edit(
        world.keeper, item.id, first_view.version, {"description": "Màu đỏ"}
    )
    with pytest.raises(StaleEditError):
        world.services.items.edit(
            world.officer, item.id, second_view.version, {"description": "Màu xanh"}
        )
    assert world.services.items.get(world.head, item.id) == saved


def test_stale_version_refuses_moves_and_status_changes_too(world: World) -> None:
    item = _stored(world)
    world.services.items.edit(world.officer, item.id, item.version, {"condition": "Trầy"})
    before = snapshot(world.services)
    with pytest.raises(StaleEditError):
        world.services.items.move(world.keeper, item.id, world.shelf_b.id, item.version)
    assert snapshot(world.services) == before


def test_no_status_changes_outside_its_workflow(world: World) -> None:
    """There is no generic status change: a keeper cannot release, "sell", destroy or mark an
    item missing by naming a status; each change happens inside its workflow, with its
    approvals, papers and witnesses (release orders, councils, lots, stocktakes)."""
    assert not hasattr(world.services.items, "change_status")
    assert not hasattr(world.services.items, "set_status")


def _released(world: World) -> ItemView:
    item = _stored(world)
    world.order_for([item], ReleaseRequestPurpose.RETURN_TO_OWNER)
    world.exit_on_order([item.id], ReleaseRequestPurpose.RETURN_TO_OWNER)
    done = world.services.items.get(world.keeper, item.id)
    assert done.status is ItemStatus.RELEASED
    return done


def test_a_final_state_item_refuses_edit_move_and_status_change(world: World) -> None:
    item = _released(world)
    before = snapshot(world.services)
    attempts = [
        lambda: world.services.items.edit(world.officer, item.id, item.version, {"name": "Mới"}),
        lambda: world.services.items.move(world.keeper, item.id, world.shelf_b.id, item.version),
        lambda: world.services.items.put_away(world.keeper, item.id, world.shelf_b.id),
    ]
    for attempt in attempts:
        with pytest.raises(FinalStateError) as caught:
            attempt()
        assert label(ItemStatus.RELEASED, "vi") in caught.value.message("vi")
        assert label(ItemStatus.RELEASED, "en") in caught.value.message("en")
    assert snapshot(world.services) == before
    assert world.services.items.get(world.keeper, item.id) == item


def test_all_operations_leave_intact_chains(world: World) -> None:
    item = _stored(world)
    world.services.items.move(world.keeper, item.id, world.shelf_b.id)
    world.services.items.edit(world.officer, item.id, item.version + 1, {"unit": "chiếc"})
    _released(world)
    report = verify_chains(world.services.db, SYSTEM)
    assert report.intact
    assert report.items_checked == 2
    # receive + put away + move + edit; receive + put away + ordered + approved + issued + out
    assert report.events_checked == 4 + 6


def test_unknown_items_are_not_found(world: World) -> None:
    with pytest.raises(NotFoundError) as caught:
        world.services.items.get(world.keeper, 424242)
    assert "424242" in caught.value.message("vi")
    with pytest.raises(NotFoundError):
        world.services.items.by_code(world.keeper, "VC-2026-999999")
    with pytest.raises(NotFoundError):
        world.services.items.by_code(world.keeper, world.shelf_a.code)


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"category": Category.OTHER}, id="cash-made-other"),
        pytest.param({"estimated_value": 1_000_000}, id="value"),
        pytest.param({"quantity": 1}, id="quantity"),
    ],
)
def test_a_dual_control_items_category_value_or_count_changes_only_with_a_second_person(
    world: World, changes: dict[str, object]
) -> None:
    """Issue 17: a keeper made 50 million đồng in cash "other" and it left with no second
    person. The same second person as at the release is needed to change what it is, what it
    is worth or how much there is; they are named on the edit's event."""
    cash = world.receive("Tiền mặt", category=Category.CASH, estimated_value=50_000_000,
                         quantity=2)  # fmt: skip
    items = world.services.items
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as refused:
        items.edit(world.keeper, cash.id, cash.version, changes)
    assert refused.value.key == "release.second_user_required"
    with pytest.raises(ValidationError) as refused:
        items.edit(world.keeper, cash.id, cash.version, changes, world.witness(world.keeper))
    assert refused.value.key == "release.second_user_same"
    assert snapshot(world.services) == before
    edited = items.edit(world.keeper, cash.id, cash.version, changes,
                        world.witness(world.accountant))  # fmt: skip
    event = items.history(world.keeper, cash.id)[0]
    assert event.kind is EventKind.EDITED and event.note is not None
    assert world.accountant.full_name in event.note
    assert edited.version == cash.version + 1


def test_making_an_item_cash_needs_the_second_person_too_and_a_name_does_not(
    world: World,
) -> None:
    phone = world.receive("Điện thoại", category=Category.PHONE)
    with pytest.raises(ValidationError) as refused:
        world.services.items.edit(world.keeper, phone.id, phone.version,
                                  {"category": Category.JEWELLERY})  # fmt: skip
    assert refused.value.key == "release.second_user_required"
    cash = world.receive("Tiền mặt", category=Category.CASH)
    renamed = world.services.items.edit(world.keeper, cash.id, cash.version,
                                        {"name": "Tiền mặt 500.000 đồng"})  # fmt: skip
    assert renamed.name == "Tiền mặt 500.000 đồng"
