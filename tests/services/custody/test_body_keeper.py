"""Items kept in another body's warehouse (the police's): that body's keeper moves and issues
them, named on the custody event and on the release minutes (Decree 152/2026 Art 37.2.đ,
37.3); without the name nothing is written."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from db.models import CustodyEvent
from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import (
    Category,
    CustodianKind,
    DocumentKind,
    EventKind,
    ItemKind,
    LocationKind,
    ReleasePurpose,
    ReleaseRequestPurpose,
)
from evidence_app.domain.errors import ValidationError
from evidence_app.services.catalogue import ItemDraft
from evidence_app.services.core.dto import ItemView, LocationView
from evidence_app.services.custody import (
    BodyKeeper,
    CheckoutTerms,
    MoveService,
    Recipient,
    ReleaseRequestView,
)
from evidence_app.services.documents import DocumentView
from tests.documents.pdf_pages import page_texts
from tests.services.rows import snapshot
from tests.world import COURT, World

POLICE = "Công an quận Hoàn Kiếm"
KEEPER = BodyKeeper("Trung úy Lý Văn Khoa", "Cán bộ quản lý kho vật chứng")


def _police_rooms(world: World) -> tuple[LocationView, LocationView]:
    s = world.services
    w = s.warehouses.create(
        world.admin, "CA1", "Kho vật chứng Công an quận", CustodianKind.POLICE, POLICE, "Hà Nội"
    )
    one = s.warehouses.add_location(world.admin, w.id, "Phòng 1", LocationKind.ROOM)
    two = s.warehouses.add_location(world.admin, w.id, "Phòng 2", LocationKind.ROOM)
    return one, two


def _kept_by_police(world: World, room: LocationView, name: str = "Xe máy Honda Wave") -> ItemView:
    draft = ItemDraft(
        kind=ItemKind.EVIDENCE,
        category=Category.VEHICLE,
        name=name,
        case_id=world.case.id,
        location_id=room.id,
    )
    return world.services.items.receive(world.keeper, draft)


def _event_data(world: World, item_id: int, kind: EventKind) -> dict[str, object]:
    with world.services.db.session() as session:
        raw = session.scalars(
            select(CustodyEvent.data)
            .where(CustodyEvent.item_id == item_id, CustodyEvent.kind == kind)
            .order_by(CustodyEvent.seq.desc())
        ).first()
    return json.loads(raw) if raw else {}


def test_a_move_in_the_police_warehouse_without_its_keeper_is_refused(world: World) -> None:
    one, two = _police_rooms(world)
    item = _kept_by_police(world, one)
    before = snapshot(world.services)
    moves = MoveService(world.services.db)
    for keeper in (None, BodyKeeper("  ", "Thủ kho")):
        with pytest.raises(ValidationError) as caught:
            moves.move_batch(world.keeper, [(item.id, None)], two.id, keeper=keeper)
        assert caught.value.key == "custody.body_keeper_required"
        assert item.code in caught.value.message("vi") and POLICE in caught.value.message("vi")
        assert "Điều 37.2.đ" in caught.value.message("vi")
        assert POLICE in caught.value.message("en") and "keeper" in caught.value.message("en")
    assert snapshot(world.services) == before


def test_the_police_keeper_who_moved_it_is_on_the_event_and_in_the_history(
    world: World,
) -> None:
    one, two = _police_rooms(world)
    item = _kept_by_police(world, one)
    MoveService(world.services.db).move_batch(
        world.keeper, [(item.id, None)], two.id, keeper=KEEPER
    )
    data = _event_data(world, item.id, EventKind.MOVED)
    assert data["body_keeper"] == {"name": KEEPER.name, "position": KEEPER.position, "body": POLICE}
    history = world.services.items.history(world.keeper, item.id)[0]
    assert history.body_keeper == f"{KEEPER.name}, {KEEPER.position} – {POLICE}"
    details = world.services.items.details(world.keeper, item.id)
    shown = [e.body_keeper for e in details.events if e.kind is EventKind.MOVED]
    assert shown == [history.body_keeper]


def test_moves_in_our_own_warehouse_need_no_other_keeper(world: World) -> None:
    item = world.receive()
    MoveService(world.services.db).move_batch(world.keeper, [(item.id, None)], world.shelf_b.id)
    assert "body_keeper" not in _event_data(world, item.id, EventKind.MOVED)
    assert world.services.items.history(world.keeper, item.id)[0].body_keeper == ""


def _approved(world: World, *items: ItemView) -> ReleaseRequestView:
    world.order_for(list(items), ReleaseRequestPurpose.RETURN_TO_OWNER)
    rr = world.services.release_requests
    r = rr.request(
        world.officer,
        world.case.id,
        [item.id for item in items],
        ReleaseRequestPurpose.RETURN_TO_OWNER,
        Recipient("Phạm Thị Dung", ""),
    )
    return rr.approve(world.head, r.id, datetime.now(UTC), r.version)


def test_an_issue_from_the_police_warehouse_without_its_keeper_writes_nothing(
    world: World,
) -> None:
    one, _two = _police_rooms(world)
    item = _kept_by_police(world, one)
    r = _approved(world, item)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        world.services.release_requests.issue(world.keeper, r.id, item.id)
    assert caught.value.key == "custody.body_keeper_required"
    assert snapshot(world.services) == before


def test_the_police_keeper_who_issued_it_signs_the_release_minutes(world: World) -> None:
    one, _two = _police_rooms(world)
    item = _kept_by_police(world, one)
    r = _approved(world, item)
    rr = world.services.release_requests
    rr.issue(world.keeper, r.id, item.id, keeper=KEEPER)
    assert _event_data(world, item.id, EventKind.RELEASE_ISSUED)["body_keeper"] == {
        "name": KEEPER.name,
        "position": KEEPER.position,
        "body": POLICE,
    }
    done = rr.finish(world.keeper, r.id)
    text = _minutes_text(world, done)
    assert KEEPER.name in text and POLICE in text
    assert f"{KEEPER.name}, {KEEPER.position}" in text
    assert world.keeper.full_name not in text  # our keeper did not hand it over


def _minutes_text(world: World, done: ReleaseRequestView) -> str:
    minutes = done.documents[-1]
    assert minutes.kind is DocumentKind.RELEASE_MINUTES
    return " ".join(page_texts(world.services.documents.pdf(world.keeper, minutes.id)))


def test_a_temporary_release_from_the_police_warehouse_names_its_keeper(world: World) -> None:
    one, _two = _police_rooms(world)
    item = _kept_by_police(world, one)
    rr = world.services.release_requests
    terms = CheckoutTerms("123/TA", ReleasePurpose.TRIAL, agency_today() + timedelta(days=7))
    r = rr.request(
        world.officer,
        world.case.id,
        [item.id],
        ReleaseRequestPurpose.TEMPORARY_RELEASE,
        Recipient("Trần Văn Bình", COURT),
        "",
        terms,
    )
    r = rr.approve(world.head, r.id, datetime.now(UTC), r.version)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        rr.issue(world.keeper, r.id, item.id)
    assert caught.value.key == "custody.body_keeper_required"
    assert snapshot(world.services) == before
    rr.issue(world.keeper, r.id, item.id, keeper=KEEPER)
    text = _minutes_text(world, rr.finish(world.keeper, r.id))
    assert f"{KEEPER.name}, {KEEPER.position}" in text and POLICE in text
    assert world.services.checkouts.open_for(world.keeper, item.id) is not None


def _pdf_text(world: World, document_id: int) -> str:
    return " ".join(page_texts(world.services.documents.pdf(world.keeper, document_id)))


def _slip(view: ReleaseRequestView) -> DocumentView:
    slip = view.documents[1]
    assert slip.kind is DocumentKind.RELEASE_SLIP
    return slip


def test_the_slip_at_finish_names_the_police_keeper_who_issued_and_replaces_the_first(
    world: World,
) -> None:
    """Decree 152/2026 Art 37.2.đ, 37.3: the police's keeper issued the item, so the slip
    (C05) names him, his position and his body as "Người xuất kho", not our keeper."""
    one, _two = _police_rooms(world)
    item = _kept_by_police(world, one)
    r = _approved(world, item)
    first = _slip(r)
    rr = world.services.release_requests
    rr.issue(world.keeper, r.id, item.id, keeper=KEEPER)
    done = rr.finish(world.keeper, r.id)
    slip = _slip(done)
    assert slip.id != first.id and slip.number != first.number
    text = _pdf_text(world, slip.id)
    assert f"Người xuất kho: {KEEPER.name}, {KEEPER.position} – {POLICE}" in text
    assert "NGƯỜI XUẤT KHO" in text and "THỦ KHO VẬT CHỨNG" not in text
    assert f"thay thế Phiếu xuất kho số {first.number} ngày" in text
    assert world.keeper.full_name not in text  # our keeper did not issue it
    assert item.code in text
    # The minutes cite the slip that replaced the first; the first one is kept as printed.
    assert f"{slip.number}" in _minutes_text(world, done)
    assert "Người xuất kho" not in _pdf_text(world, first.id)


def test_a_slip_for_items_of_the_police_and_of_ours_names_both_who_issued(
    world: World,
) -> None:
    one, _two = _police_rooms(world)
    theirs = _kept_by_police(world, one)
    ours = world.receive("Điện thoại Samsung Galaxy A52")
    r = _approved(world, theirs, ours)
    rr = world.services.release_requests
    rr.issue(world.keeper, r.id, theirs.id, keeper=KEEPER)
    rr.issue(world.keeper, r.id, ours.id)
    text = _pdf_text(world, _slip(rr.finish(world.keeper, r.id)).id)
    assert f"Người xuất kho: {KEEPER.name}, {KEEPER.position} – {POLICE}" in text
    assert f"Người xuất kho: {world.keeper.full_name}, Thủ kho vật chứng" in text
    assert f"Người xuất: {KEEPER.name}" in text
    assert f"Người xuất: {world.keeper.full_name}" in text


def test_a_release_from_our_own_warehouse_keeps_the_approvals_slip(world: World) -> None:
    item = world.receive()
    r = _approved(world, item)
    rr = world.services.release_requests
    rr.issue(world.keeper, r.id, item.id)
    done = rr.finish(world.keeper, r.id)
    assert _slip(done).id == _slip(r).id
    assert "Người xuất kho" not in _pdf_text(world, _slip(done).id)
