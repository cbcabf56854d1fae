"""What a judgment ordered is the gate of every exit (Law 106/2025 Art 56–60), on both databases.

Each refusal is checked with the database snapshot before and after: nothing written.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from evidence_app.domain.clock import agency_today
from evidence_app.domain.disposition import DispositionSource
from evidence_app.domain.enums import (
    Category,
    Disposition,
    EventKind,
    ItemKind,
    ItemStatus,
    ReleaseRequestPurpose,
    Role,
)
from evidence_app.domain.errors import FinalStateError, PermissionDeniedError, ValidationError
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from evidence_app.services.core.dto import ItemView
from evidence_app.services.core.verify import verify_chains
from evidence_app.services.custody import DispositionOrder, Recipient
from tests.services.rows import snapshot
from tests.world import JUDGMENT, World

P, D = ReleaseRequestPurpose, Disposition


def _now() -> datetime:
    """The hour a test's head fixes: this minute, so the keeper may issue at once (no item
    leaves before the hour fixed, Decree 152/2026 Art 37.3)."""
    return datetime.now(UTC)


OWNER = Recipient("Phạm Thị Dung", "Sở Tài chính thành phố Hà Nội")


def _record(world: World, items: list[ItemView], disposition: D, **kw: object) -> list[ItemView]:
    source = DispositionSource(**{  # type: ignore[arg-type]
        "number": JUDGMENT.number, "issued_on": JUDGMENT.issued_on, "body": JUDGMENT.body, **kw,
    })  # fmt: skip
    order = DispositionOrder(disposition, source)
    return world.services.dispositions.record(world.officer, [i.id for i in items], order)


def _request(world: World, item: ItemView, purpose: P, note: str = "") -> object:
    return world.services.release_requests.request(
        world.officer, world.case.id, [item.id], purpose, OWNER, note
    )


def test_the_officer_records_the_ordered_disposition_as_a_custody_event(world: World) -> None:
    bike, phone = world.receive("Xe máy Honda Wave"), world.receive("Điện thoại Nokia")
    done = _record(world, [bike, phone], D.CONFISCATE)
    assert [i.disposition for i in done] == [D.CONFISCATE, D.CONFISCATE]
    assert done[0].disposition_source == JUDGMENT
    event = world.services.items.history(world.officer, bike.id)[0]
    assert event.kind is EventKind.DISPOSITION_SET and event.actor_id == world.officer.user_id
    assert event.note is not None and "123/2026/HS-ST" in event.note
    assert "Tòa án nhân dân quận Hoàn Kiếm" in event.note
    # A later judgment (on appeal) changes it: a second event citing the new document.
    appeal = DispositionSource("45/2026/HS-PT", agency_today(), "Tòa án nhân dân thành phố Hà Nội")
    world.services.dispositions.record(
        world.head, [bike.id], DispositionOrder(D.RETURN_TO_OWNER, appeal)
    )
    history = world.services.items.history(world.officer, bike.id)
    assert [e.kind for e in history[:2]] == [EventKind.DISPOSITION_SET] * 2
    assert world.services.items.get(world.officer, bike.id).disposition_source == appeal
    assert verify_chains(world.services.db, world.head).intact


def test_changing_what_was_ordered_for_cash_needs_the_second_person(world: World) -> None:
    """Issue 17: confiscated cash made "return to owner" is how it would reach the wrong
    hands, so the change needs a second person's own password, as the cash leaving does.
    The first order, cited from the judgment, needs none; other items change freely."""
    cash = world.receive("Tiền mặt 50.000.000 đồng", category=Category.CASH)
    _record(world, [cash], D.CONFISCATE)  # the first order: no second person
    appeal = DispositionSource("45/2026/HS-PT", agency_today(), "Tòa án nhân dân thành phố Hà Nội")
    order = DispositionOrder(D.RETURN_TO_OWNER, appeal)
    records = world.services.dispositions.record
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as refused:
        records(world.officer, [cash.id], order)
    assert refused.value.key == "disposition.second_user_required"
    assert "Đổi hình thức xử lý" in refused.value.message("vi")
    with pytest.raises(ValidationError) as refused:  # the officer as his own witness
        records(world.officer, [cash.id], order, world.witness(world.officer))
    assert refused.value.key == "release.second_user_same"
    with pytest.raises(ValidationError) as refused:  # the read-only inspector may not confirm
        records(world.officer, [cash.id], order, world.witness(world.actors[Role.INSPECTOR]))
    assert refused.value.key == "release.second_user_role"
    assert snapshot(world.services) == before
    done = records(world.officer, [cash.id], order, world.witness(world.accountant))
    assert done[0].disposition is D.RETURN_TO_OWNER
    event = world.services.items.history(world.officer, cash.id)[0]
    assert event.kind is EventKind.DISPOSITION_SET and event.note is not None
    assert world.accountant.full_name in event.note
    bike = world.receive("Xe máy Honda Wave")
    _record(world, [bike], D.CONFISCATE)
    assert records(world.officer, [bike.id], order)[0].disposition is D.RETURN_TO_OWNER


@pytest.mark.parametrize(
    "role", [Role.KEEPER, Role.ACCOUNTANT, Role.CASHIER, Role.INSPECTOR, Role.ADMIN]
)
def test_no_one_but_an_officer_or_the_head_records_a_disposition(world: World, role: Role) -> None:
    """The keeper who holds the item cannot decide how it leaves."""
    item = world.receive()
    before = snapshot(world.services)
    with pytest.raises(PermissionDeniedError):
        world.services.dispositions.record(
            world.actors[role], [item.id], DispositionOrder(D.RETURN_TO_OWNER, JUDGMENT)
        )
    assert snapshot(world.services) == before


def test_the_disposition_is_not_an_editable_field(world: World) -> None:
    item = world.receive()
    before = snapshot(world.services)
    for actor in (world.keeper, world.officer):
        with pytest.raises(ValidationError):
            world.services.items.edit(actor, item.id, item.version, {"disposition": D.DESTROY})
    assert snapshot(world.services) == before


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"number": ""}, "validation.required"),
        ({"body": "  "}, "validation.required"),
        ({"issued_on": None}, "validation.required"),
        ({"issued_on": date(2099, 1, 1)}, "disposition.source_future"),
    ],
)
def test_a_disposition_needs_its_whole_document(
    world: World, change: dict[str, object], key: str
) -> None:
    item = world.receive()
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        _record(world, [item], D.RETURN_TO_OWNER, **change)
    assert err.value.key == key
    assert snapshot(world.services) == before


def test_the_order_stands_once_the_item_is_on_its_way_out(world: World) -> None:
    """Approved for release: the disposition can no longer change; nor once released."""
    item = world.receive(disposition=D.RETURN_TO_OWNER)
    r = world.services.release_requests.request(
        world.officer, world.case.id, [item.id], P.RETURN_TO_OWNER, OWNER
    )
    r = world.services.release_requests.approve(world.head, r.id, _now(), r.version)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        _record(world, [item], D.CONFISCATE)
    assert err.value.key == "disposition.not_changeable"
    assert snapshot(world.services) == before


@pytest.mark.parametrize(
    ("ordered", "purpose"),
    [
        (D.CONFISCATE, P.RETURN_TO_OWNER),  # the motorbike the judgment confiscates
        (D.RETURN_TO_OWNER, P.CONFISCATION_HANDOVER),
        (D.RETURN_TO_OWNER, P.TO_DESTRUCTION),
        (D.DESTROY, P.TO_AUCTION),
        (D.AUCTION, P.RETURN_TO_OWNER),
        (D.KEEP_FOR_ENFORCEMENT, P.TO_DESTRUCTION),
    ],
)
def test_a_release_against_what_was_ordered_is_refused(
    world: World, ordered: D, purpose: P
) -> None:
    item = world.receive("Xe máy Honda Wave", disposition=ordered)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        _request(world, item, purpose, "Theo QĐ 45")
    assert err.value.key == "disposition.release_mismatch"
    message = err.value.message("vi")
    for part in (item.code, "123/2026/HS-ST", "Luật Thi hành án dân sự 2025"):
        assert part in message
    assert snapshot(world.services) == before


@pytest.mark.parametrize("purpose", [p for p in P if p is not P.TEMPORARY_RELEASE])
def test_an_undecided_item_leaves_for_no_purpose(world: World, purpose: P) -> None:
    """Only the temporary release (for the proceedings, and back) needs no order."""
    item = world.receive()
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        _request(world, item, purpose, "Lý do khác")
    assert err.value.key == "disposition.release_undecided" and item.code in str(err.value)
    assert snapshot(world.services) == before


def test_a_case_without_its_enforcement_decision_releases_nothing(world: World) -> None:
    """Ordered returned by the judgment, but no QĐ THA yet: no return, sale or destruction."""
    case = world.services.cases.create(world.officer, CaseDraft("Vụ chưa có QĐ", "77/2026/HS-ST"))
    item = world.services.items.receive(world.keeper, ItemDraft(
        kind=ItemKind.EVIDENCE, category=Category.VEHICLE, name="Xe đạp", case_id=case.id,
        location_id=world.shelf_a.id,
    ))  # fmt: skip
    world.order([item], D.RETURN_TO_OWNER)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.release_requests.request(
            world.officer, case.id, [item.id], P.RETURN_TO_OWNER, OWNER
        )
    assert err.value.key == "disposition.no_decision"
    world.order([item], D.AUCTION)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.auctions.create_lot(world.officer, case.id, [item.id])
    assert err.value.key == "disposition.no_decision"
    assert snapshot(world.services) == before


def test_approval_checks_the_order_again(world: World) -> None:
    """The officer asked for a return; a later judgment confiscates: the head cannot approve."""
    item = world.receive(disposition=D.RETURN_TO_OWNER)
    r = world.services.release_requests.request(
        world.officer, world.case.id, [item.id], P.RETURN_TO_OWNER, OWNER
    )
    _record(world, [item], D.CONFISCATE, number="46/2026/HS-PT")
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.release_requests.approve(world.head, r.id, _now(), r.version)
    assert err.value.key == "disposition.release_mismatch" and "46/2026/HS-PT" in str(err.value)
    assert snapshot(world.services) == before


def test_another_purpose_needs_a_written_reason(world: World) -> None:
    item = world.receive(disposition=D.RETURN_TO_OWNER)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        _request(world, item, P.OTHER, "  ")
    assert err.value.key == "disposition.other_needs_reason"
    assert snapshot(world.services) == before
    r = _request(world, item, P.OTHER, "Giấy tờ tùy thân chuyển cơ quan cấp (Điều 59.2)")
    assert r is not None


@pytest.mark.parametrize("ordered", [D.UNDECIDED, D.RETURN_TO_OWNER, D.CONFISCATE, D.DESTROY])
def test_only_items_ordered_sold_or_distrained_go_to_a_lot(world: World, ordered: D) -> None:
    item = world.receive("Xe ô tô Toyota Vios", disposition=ordered)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.auctions.create_lot(world.officer, world.case.id, [item.id])
    assert err.value.key in ("disposition.mismatch", "disposition.undecided")
    assert item.code in err.value.message("en")
    assert snapshot(world.services) == before


@pytest.mark.parametrize("ordered", [D.AUCTION, D.SELL_WITHOUT_AUCTION, D.KEEP_FOR_ENFORCEMENT])
def test_items_ordered_sold_or_distrained_make_a_lot(world: World, ordered: D) -> None:
    item = world.receive("Xe ô tô Toyota Vios", disposition=ordered)
    lot = world.services.auctions.create_lot(world.officer, world.case.id, [item.id])
    assert [i.item_id for i in lot.items] == [item.id]
    assert world.services.items.get(world.officer, item.id).status is ItemStatus.AWAITING_AUCTION


def test_a_released_item_cannot_be_ordered_again(world: World) -> None:
    item = world.receive(disposition=D.RETURN_TO_OWNER)
    rr = world.services.release_requests
    r = rr.request(world.officer, world.case.id, [item.id], P.RETURN_TO_OWNER, OWNER)
    r = rr.approve(world.head, r.id, _now(), r.version)
    rr.issue(world.keeper, r.id, item.id)
    rr.finish(world.keeper, r.id)
    before = snapshot(world.services)
    with pytest.raises(FinalStateError):
        _record(world, [item], D.CONFISCATE)
    assert snapshot(world.services) == before
