"""Items whose lot ended back with the debtor (Law 106/2025 Art 83.3: down to the enforcement
costs and declined by the creditor; Art 83.4: redeemed) go back to storage and leave only on
the head's exit order returning them (release purpose RETURN_TO_OWNER, Decree 152/2026
Art 37.3); never straight out, never to another sale."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from evidence_app.domain.disposition import DispositionSource
from evidence_app.domain.enums import (
    Disposition,
    ItemStatus,
    LotStatus,
    ReleaseRequestPurpose,
    Role,
)
from evidence_app.domain.errors import (
    IllegalTransitionError,
    PermissionDeniedError,
    ValidationError,
)
from evidence_app.domain.outcomes import OutcomeKind
from evidence_app.domain.states import check_transition
from evidence_app.services.custody import DispositionOrder, Recipient
from evidence_app.services.destruction import CouncilDraft, MemberDraft, Supervisor
from evidence_app.services.outcomes import OutcomeDraft
from tests.services.auctions.steps import (
    AUCTION_1,
    POSTED_1,
    contracted_lot,
    failed_rounds,
    told,
)
from tests.services.outcomes.scenario import paper
from tests.services.rows import snapshot
from tests.world import World

P = ReleaseRequestPurpose
DEBTOR = Recipient("Nguyễn Văn An", "")


def _redeemed(world: World) -> tuple[int, list[int]]:
    auctions = world.services.auctions
    lot = contracted_lot(world)
    auctions.today.day = POSTED_1  # type: ignore[attr-defined]
    lot = auctions.schedule_round(world.officer, lot.id, AUCTION_1, posted_on=POSTED_1)
    paid_on = AUCTION_1.replace(day=27)  # the Friday before Monday's auction
    auctions.today.day = paid_on  # type: ignore[attr-defined]
    lot = auctions.redeem(world.actors[Role.ACCOUNTANT], lot.id, paid_on, 15_000_000)
    assert lot.status is LotStatus.REDEEMED
    return lot.case_id, [i.item_id for i in lot.items]


def test_a_redeemed_item_stays_in_storage_and_leaves_on_the_heads_return_order(
    world: World,
) -> None:
    case_id, ids = _redeemed(world)
    items = world.services.items
    assert {items.get(world.keeper, i).status for i in ids} == {ItemStatus.IN_STORAGE}
    # No way straight out: the state machine has no AWAITING_AUCTION → RELEASED.
    with pytest.raises(IllegalTransitionError):
        check_transition(ItemStatus.AWAITING_AUCTION, ItemStatus.RELEASED)
    rr = world.services.release_requests
    before = snapshot(world.services)
    # Not to another sale (Art 83.4: the debtor paid to take it back).
    with pytest.raises(ValidationError) as caught:
        rr.request(world.officer, case_id, ids, P.TO_AUCTION, Recipient("A", "Công ty đấu giá"))
    assert "khoản 3, 4 Điều 83" in caught.value.message("vi")
    with pytest.raises(ValidationError):
        world.services.auctions.create_lot(
            world.officer, case_id, ids, seized_on=AUCTION_1, name="Lô bán lại"
        )
    assert snapshot(world.services) == before
    # The lawful path: the officer asks, the head orders, the keeper issues.
    request = rr.request(world.officer, case_id, ids, P.RETURN_TO_OWNER, DEBTOR)
    assert {items.get(world.keeper, i).status for i in ids} == {ItemStatus.IN_STORAGE}
    with pytest.raises(PermissionDeniedError):  # only the head orders the exit
        rr.approve(world.officer, request.id, datetime.now(UTC), request.version)
    order = rr.approve(world.head, request.id, datetime.now(UTC), request.version)
    assert {items.get(world.keeper, i).status for i in ids} == {ItemStatus.RELEASE_APPROVED}
    world.issue_out(order, world.keeper)
    assert {items.get(world.keeper, i).status for i in ids} == {ItemStatus.RELEASED}


def test_an_item_back_with_the_debtor_at_the_cost_floor_leaves_the_same_way(
    world: World,
) -> None:
    auctions = world.services.auctions
    lot = contracted_lot(world)
    lot = auctions.record_costs(world.officer, lot.id, 75_000_000)
    lot = failed_rounds(world, lot, [100_000_000, 90_000_000, 81_000_000, 72_900_000])
    lot = told(world, lot)
    lot = auctions.creditor_declines(world.officer, lot.id, lot.rounds[-1].auction_on)
    assert lot.status is LotStatus.RETURNED_TO_DEBTOR
    ids = [i.item_id for i in lot.items]
    order = world.order_exit(ids, P.RETURN_TO_OWNER)
    world.issue_out(order, world.keeper)
    items = world.services.items
    assert {items.get(world.keeper, i).status for i in ids} == {ItemStatus.RELEASED}


def test_an_item_still_for_sale_is_not_returned_to_its_owner(world: World) -> None:
    """Art 83.3–83.4 open the return only when the lot ended back with the debtor."""
    lot = contracted_lot(world)
    ids = [i.item_id for i in lot.items]
    rr = world.services.release_requests
    before = snapshot(world.services)
    with pytest.raises(ValidationError):
        rr.request(world.officer, lot.case_id, ids, P.RETURN_TO_OWNER, DEBTOR)
    assert snapshot(world.services) == before


def _at_the_floor(world: World) -> tuple[int, list[int], date]:
    """Down to the enforcement costs and declined by the creditor (Law 106/2025 Art 83.3):
    the items back in storage for the debtor; the case id, the item ids, the day it ended."""
    auctions = world.services.auctions
    lot = contracted_lot(world)
    lot = auctions.record_costs(world.officer, lot.id, 75_000_000)
    lot = failed_rounds(world, lot, [100_000_000, 90_000_000, 81_000_000, 72_900_000])
    lot = told(world, lot)
    ended = lot.rounds[-1].auction_on
    lot = auctions.creditor_declines(world.officer, lot.id, ended)
    assert lot.status is LotStatus.RETURNED_TO_DEBTOR
    return lot.case_id, [i.item_id for i in lot.items], ended


def _destroy(day: date) -> DispositionOrder:
    return DispositionOrder(
        Disposition.DESTROY, DispositionSource("15/QĐ-THADS", day, "Chi cục THADS")
    )


def test_an_item_back_at_the_cost_floor_is_barred_until_the_case_is_completed(
    world: World,
) -> None:
    """Law 106/2025 Art 83.3, third paragraph: the debtor may not put the asset into any
    civil transaction until the obligation is done. Until the case is recorded completed a
    new lot, a release to auction or for another purpose, a destruction and a new
    disposition are refused, each writing nothing; the return to the debtor stays open."""
    case_id, ids, ended = _at_the_floor(world)
    rr = world.services.release_requests
    day = min(ended, date.today())
    council = world.services.destruction.set_up(
        world.officer,
        CouncilDraft("12/QĐ-THADS", date.today(), (
            MemberDraft("Nguyễn Văn Hùng", "Chấp hành viên", "THADS", is_chair=True),
            MemberDraft("Trần Thị Lan", "Kế toán nghiệp vụ", "THADS"),
            MemberDraft("Lê Minh Tuấn", "Cán bộ", "Sở Tài chính"),
        ), Supervisor("Phạm Quốc Bảo", "Kiểm sát viên", "Viện kiểm sát nhân dân")),
    )  # fmt: skip
    barred = {
        "new lot": lambda: world.services.auctions.create_lot(
            world.officer, case_id, ids, seized_on=ended, name="Lô bán lại"
        ),
        "to auction": lambda: rr.request(
            world.officer, case_id, ids, P.TO_AUCTION, Recipient("A", "Công ty đấu giá")
        ),
        "other purpose": lambda: rr.request(
            world.officer, case_id, ids, P.OTHER, DEBTOR, note="Giao cho người mua lại"
        ),
        "new disposition": lambda: world.services.dispositions.record(
            world.officer, ids, _destroy(day)
        ),
        "destruction": lambda: world.services.destruction.add_items(world.officer, council.id, ids),
    }
    for what, call in barred.items():
        before = snapshot(world.services)
        with pytest.raises(ValidationError) as caught:
            call()
        assert "đoạn 3 khoản 3 Điều 83" in caught.value.message("vi"), what
        assert "Art 83.3, third paragraph" in caught.value.message("en"), what
        assert snapshot(world.services) == before, what
    # A credit awaiting the head does not complete the case: the bar holds.
    results = world.services.case_results
    results.today = lambda: date.today()
    record = results.record_outcome(
        world.officer, case_id, OutcomeDraft(OutcomeKind.COMPLETED, day, paper(day))
    )
    with pytest.raises(ValidationError):
        world.services.dispositions.record(world.officer, ids, _destroy(day))
    # Recorded completed (the head accepts): the bar is lifted.
    results.confirm(world.head, record)
    request = rr.request(world.officer, case_id, ids, P.OTHER, DEBTOR, note="Giao cho người mua")
    assert request.purpose is P.OTHER
    rr.reject(world.head, request.id, "Chưa đủ giấy tờ", request.version)
    world.services.dispositions.record(world.officer, ids, _destroy(day))
    view = world.services.destruction.add_items(world.officer, council.id, ids)
    assert {i.item_id for i in view.items} == set(ids)
    # Still never to another lot: the item stays on the lot that ended with the debtor.
    with pytest.raises(ValidationError) as caught:
        world.services.auctions.create_lot(
            world.officer, case_id, ids, seized_on=ended, name="Lô bán lại"
        )
    assert "đoạn 3" not in caught.value.message("vi")
