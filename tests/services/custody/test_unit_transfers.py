"""Transfers between units' warehouses and each unit's papers (issue 21): the sending
office's handover paper, the receiving unit's receipt paper, each under its unit's header
(Decree 30/2020 Appendix I: the managing agency over the issuing one) and numbered 1, 2, 3…
in its unit's own sequence; refused for a third unit, the same person on both sides, items
not in the sending unit's warehouse, writing nothing."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from db.models import CustodyEvent, Document, Item
from evidence_app.domain.enums import (
    Category,
    CustodianKind,
    Disposition,
    EventKind,
    ItemKind,
    LocationKind,
    ReleaseRequestPurpose,
    Role,
)
from evidence_app.domain.errors import NotFoundError, OtherUnitError, ValidationError
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from evidence_app.services.core.auth import SYSTEM, Actor
from evidence_app.services.core.dto import ItemView, LocationView
from evidence_app.services.core.events import append_event
from evidence_app.services.core.uow import unit_of_work
from tests.documents.pdf_pages import page_texts
from tests.services.rows import snapshot
from tests.world import PASSWORD, World

AGENCY = "THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HÀ NỘI"


@dataclass
class Office:
    unit_id: int
    code: str
    keeper: Actor
    officer: Actor
    shelf: LocationView
    case_id: int


def office(world: World, code: str, number: int) -> Office:
    s, admin = world.services, world.admin
    unit = s.units.create(admin, code, f"Phòng Thi hành án dân sự khu vực {number}")
    house = s.warehouses.create(admin, f"K{code}", f"Kho khu vực {number}", CustodianKind.AGENCY)
    s.units.assign_warehouse(admin, house.id, unit.id)
    shelf = s.warehouses.add_location(admin, house.id, f"Kệ {code}", LocationKind.SHELF)
    people = {}
    for role in (Role.KEEPER, Role.OFFICER):
        name = f"{code.lower()}-{role.value}"
        s.users.create(admin, name, name, "mat-khau-lan-dau-2026", [role], unit_id=unit.id)
        first = s.users.authenticate(name, "mat-khau-lan-dau-2026")
        s.users.change_own_password(first, "mat-khau-lan-dau-2026", PASSWORD)
        people[role] = s.users.authenticate(name, PASSWORD)
    officer = people[Role.OFFICER]
    case = s.cases.create(officer, CaseDraft(name=f"Vụ {code}", officer_id=officer.user_id))
    return Office(unit.id, code, people[Role.KEEPER], officer, shelf, case.id)


def office_item(world: World, office: Office, name: str) -> ItemView:
    draft = ItemDraft(
        kind=ItemKind.EVIDENCE,
        category=Category.PHONE,
        name=name,
        case_id=office.case_id,
        location_id=office.shelf.id,
    )
    return world.services.items.receive(SYSTEM, draft)


def _text(world: World, document_id: int) -> str:
    pdf = world.services.documents.pdf(world.head, document_id)
    return unicodedata.normalize("NFC", "\n".join(page_texts(pdf)))


def _header(text: str) -> str:
    """The top-left block of the first page: managing agency, issuing agency, number."""
    return text.split("cơ sở dữ liệu.", 1)[1].split("CỘNG HÒA", 1)[0].strip()


def _refused(world: World, call: object, error: type[Exception]) -> Exception:
    before = snapshot(world.services)
    with pytest.raises(error) as caught:
        call()  # type: ignore[operator]
    assert snapshot(world.services) == before
    return caught.value


def _province_handover_numbers(world: World) -> list[int]:
    with world.services.db.session() as session:
        return list(
            session.scalars(
                select(Document.seq_no)
                .where(Document.kind == "handover_minutes", Document.unit_id.is_(None))
                .order_by(Document.id)
            )
        )


def test_an_office_sends_and_the_province_receives_on_two_papers(world: World) -> None:
    s = world.services
    kv2 = office(world, "KV2", 2)
    item = office_item(world, kv2, "Điện thoại khu vực 2")
    before = _province_handover_numbers(world)
    sent = s.transfers.send(kv2.keeper, [item.id], world.shelf_b.id, "Theo chỉ đạo của Cục")
    assert sent.handover_number == "1/BB-THADS-KV2" and not sent.received
    paper = _text(world, sent.handover_document_id)
    # The office's paper: the provincial agency over the office, its own number.
    assert _header(paper) == f"{AGENCY} PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 2 Số: 1/BB-THADS-KV2"
    assert item.code in paper
    # In transit: still on the office's shelf, and no move takes it meanwhile.
    assert s.items.get(world.head, item.id).location_id == kv2.shelf.id
    shelf2 = s.warehouses.add_location(
        world.admin, kv2.shelf.warehouse_id, "Kệ KV2-b", LocationKind.SHELF
    )
    err = _refused(
        world,
        lambda: s.moves.move_batch(kv2.keeper, [(item.id, None)], shelf2.id),
        ValidationError,
    )
    assert "1/BB-THADS-KV2" in err.message("vi")  # type: ignore[attr-defined]
    assert [t.id for t in s.transfers.open_transfers(world.keeper)] == [sent.id]
    assert [t.id for t in s.transfers.open_transfers(kv2.keeper)] == [sent.id]
    got = s.transfers.receive(world.keeper, sent.id)
    assert got.received and got.receipt_document_id is not None
    receipt = _text(world, got.receipt_document_id)
    # The province's paper: its usual header and sequence.
    seq = (before[-1] if before else 0) + 1
    assert got.receipt_number == f"{seq}/BB-THADS"
    assert _header(receipt) == f"BỘ TƯ PHÁP {AGENCY} Số: {seq}/BB-THADS"
    assert "1/BB-THADS-KV2" in receipt  # it cites the handover paper
    moved = s.items.get(world.head, item.id)
    assert moved.location_id == world.shelf_b.id
    with s.db.session() as session:
        event = session.scalars(
            select(CustodyEvent)
            .where(CustodyEvent.item_id == item.id)
            .order_by(CustodyEvent.seq.desc())
        ).first()
        assert event is not None and event.kind == "moved"
        assert event.document_id == got.receipt_document_id
        assert event.actor_id == world.keeper.user_id
    assert s.transfers.open_transfers(world.keeper) == []


def test_each_unit_numbers_its_papers_one_two_three(world: World) -> None:
    s = world.services
    kv2, kv3 = office(world, "KV2", 2), office(world, "KV3", 3)
    shelf = s.warehouses.add_location(
        world.admin, kv3.shelf.warehouse_id, "Kệ KV3-b", LocationKind.SHELF
    )
    numbers = []
    for n in range(3):
        item = office_item(world, kv2, f"Điện thoại số {n + 1}")
        sent = s.transfers.send(kv2.keeper, [item.id], shelf.id)
        got = s.transfers.receive(kv3.keeper, sent.id)
        numbers.append((sent.handover_number, got.receipt_number))
        receipt = _header(_text(world, got.receipt_document_id or 0))
        assert receipt == f"{AGENCY} PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3 Số: {n + 1}/BB-THADS-KV3"
        handover = _header(_text(world, sent.handover_document_id))
        assert handover == f"{AGENCY} PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 2 Số: {n + 1}/BB-THADS-KV2"
    assert numbers == [
        ("1/BB-THADS-KV2", "1/BB-THADS-KV3"),
        ("2/BB-THADS-KV2", "2/BB-THADS-KV3"),
        ("3/BB-THADS-KV2", "3/BB-THADS-KV3"),
    ]
    # The province's own sequence is untouched by the offices' papers.
    used = {q.kind: q.used for q in s.sequences.document_sequences(world.admin, sent.sent_at.year)}
    assert used["handover_minutes"] == max(_province_handover_numbers(world), default=0)


def test_transfers_are_refused_around_the_rules_writing_nothing(world: World) -> None:
    s = world.services
    kv2, kv3 = office(world, "KV2", 2), office(world, "KV3", 3)
    item = office_item(world, kv2, "Điện thoại khu vực 2")
    ours = world.receive()
    # A third unit's keeper may not send the office's items.
    _refused(
        world, lambda: s.transfers.send(kv3.keeper, [item.id], world.shelf_b.id), OtherUnitError
    )
    # Items not all in the sending unit's warehouse.
    _refused(
        world,
        lambda: s.transfers.send(kv2.keeper, [item.id, ours.id], world.shelf_b.id),
        ValidationError,
    )
    # Within one unit it is a move, not a transfer.
    shelf2 = s.warehouses.add_location(
        world.admin, kv2.shelf.warehouse_id, "Kệ KV2-b", LocationKind.SHELF
    )
    _refused(world, lambda: s.transfers.send(kv2.keeper, [item.id], shelf2.id), ValidationError)
    sent = s.transfers.send(kv2.keeper, [item.id], world.shelf_b.id)
    # Not twice on the way.
    _refused(
        world, lambda: s.transfers.send(kv2.keeper, [item.id], world.shelf_b.id), ValidationError
    )
    # A third unit's keeper may not receive; nor the office's own keeper (no role there).
    _refused(world, lambda: s.transfers.receive(kv3.keeper, sent.id), OtherUnitError)
    _refused(world, lambda: s.transfers.receive(kv2.keeper, sent.id), OtherUnitError)
    # The same person on both sides: a keeper of both units may send but not receive it.
    view = next(u for u in s.users.all(world.admin) if u.username == "kv2-keeper")
    province = s.units.all(world.admin)[0].id
    s.users.set_roles(world.admin, view.id, [Role.KEEPER], view.version, unit_id=province)
    err = _refused(world, lambda: s.transfers.receive(kv2.keeper, sent.id), ValidationError)
    assert "hai người khác nhau" in err.message("vi")  # type: ignore[attr-defined]
    s.transfers.receive(world.keeper, sent.id)
    # Received once only.
    _refused(world, lambda: s.transfers.receive(world.keeper, sent.id), ValidationError)


def test_the_provincial_agencys_papers_keep_their_header_and_numbers(world: World) -> None:
    """Numbers printed before units existed stay valid: the province's sequence goes on."""
    s = world.services
    kv2 = office(world, "KV2", 2)
    before = _province_handover_numbers(world)
    item = world.receive("Máy tính xách tay")
    sent = s.transfers.send(world.keeper, [item.id], kv2.shelf.id)
    seq = (before[-1] if before else 0) + 1
    assert sent.handover_number == f"{seq}/BB-THADS"
    text = _text(world, sent.handover_document_id)
    assert _header(text) == f"BỘ TƯ PHÁP {AGENCY} Số: {seq}/BB-THADS"
    got = s.transfers.receive(kv2.keeper, sent.id)
    assert got.receipt_number == "1/BB-THADS-KV2"
    assert s.documents.check(world.head, "1/BB-THADS-KV2").ok


def test_items_in_transit_are_not_issued_counted_out_or_moved_until_the_receipt(
    world: World,
) -> None:
    """Between the handover paper and the receipt no one may issue, move or mark missing
    the items, by any service (the check is where every custody event is written)."""
    s = world.services
    kv2 = office(world, "KV2", 2)
    item = world.receive("Điện thoại đang chuyển", disposition=Disposition.CONFISCATE)
    order = world.order_exit([item.id], ReleaseRequestPurpose.CONFISCATION_HANDOVER)
    second = world.witness(world.accountant) if order.lines[0].needs_second_user else None
    sent = s.transfers.send(world.keeper, [item.id], kv2.shelf.id)
    err = _refused(
        world,
        lambda: s.release_requests.issue(world.keeper, order.id, item.id, second),
        ValidationError,
    )
    assert sent.handover_number in err.message("vi")  # type: ignore[attr-defined]
    with pytest.raises(ValidationError), unit_of_work(s.db) as session:
        held = session.get(Item, item.id)
        assert held is not None
        append_event(session, held, EventKind.MARKED_MISSING, actor_id=world.keeper.user_id)
    s.transfers.receive(kv2.keeper, sent.id)
    assert s.items.get(world.head, item.id).location_id == kv2.shelf.id


def test_a_scanned_item_is_checked_as_the_handover_will_check_it(world: World) -> None:
    """``sendable`` (the transfer screen's scan): refused with the reason the handover would
    give, for an unknown code, another unit's item, an item of a unit other than those
    listed, an item not stored or in transit; it writes nothing either way."""
    s = world.services
    kv2 = office(world, "KV2", 2)
    item = office_item(world, kv2, "Điện thoại khu vực 2")
    ours = world.receive("Xe máy của Cục")
    found = s.transfers.sendable(kv2.keeper, item.code.lower())
    assert (found.id, found.code, found.unit_id) == (item.id, item.code, kv2.unit_id)
    assert found.unit == "Phòng Thi hành án dân sự khu vực 2"
    _refused(world, lambda: s.transfers.sendable(kv2.keeper, "VC-2026-999999"), NotFoundError)
    _refused(world, lambda: s.transfers.sendable(kv2.keeper, ours.code), OtherUnitError)
    # The province's keeper holding a role in the office too: one unit's items per paper.
    view = next(u for u in s.users.all(world.admin) if u.username == "kv2-keeper")
    province = s.units.all(world.admin)[0].id
    s.users.set_roles(world.admin, view.id, [Role.KEEPER], view.version, unit_id=province)
    both = s.users.authenticate("kv2-keeper", PASSWORD)
    err = _refused(
        world, lambda: s.transfers.sendable(both, ours.code, kv2.unit_id), ValidationError
    )
    assert "không ở kho của đơn vị giao" in err.message("vi")  # type: ignore[attr-defined]
    s.transfers.send(kv2.keeper, [item.id], world.shelf_b.id)
    err = _refused(world, lambda: s.transfers.sendable(kv2.keeper, item.code), ValidationError)
    assert "đang trên đường chuyển" in err.message("vi")  # type: ignore[attr-defined]
    issued = world.receive("Điện thoại đã xuất", disposition=Disposition.RETURN_TO_OWNER)
    world.exit_on_order([issued.id], ReleaseRequestPurpose.RETURN_TO_OWNER)
    err = _refused(world, lambda: s.transfers.sendable(world.keeper, issued.code), ValidationError)
    assert "không nằm trong kho" in err.message("vi")  # type: ignore[attr-defined]
