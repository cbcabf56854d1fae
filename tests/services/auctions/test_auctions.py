"""Auctions on both databases: a lot from valuation to handover, with its papers, custody
events, deadlines and the case credited; refusals leave nothing written."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import update

from db.models import ReleaseRequestItem
from evidence_app.domain.clock import wall_clock
from evidence_app.domain.enums import (
    DocumentKind,
    EventKind,
    ItemStatus,
    LotStatus,
    Role,
    RoundOutcome,
    SaleMethod,
    ValuationMethod,
)
from evidence_app.domain.errors import PermissionDeniedError, StaleEditError, ValidationError
from evidence_app.services.auctions import Buyer, CouncilOpinion, ValuationDraft
from evidence_app.services.core.deadlines import collect
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.core.verify import verify_chains
from tests.documents.pdf_pages import page_images, page_texts, qr_texts
from tests.people import hire
from tests.services.auctions.steps import (
    AUCTION_1,
    BUYER,
    ORG,
    POSTED_1,
    contracted_lot,
    failed_rounds,
    firm,
    new_lot,
    notices,
    out_on_order,
    told,
    use_clock,
    valued_lot,
)
from tests.services.rows import snapshot
from tests.world import PASSWORD, World

OUT = Path("/tmp/auctions")


def _deadlines(world: World, today: date) -> list[tuple[str, date]]:
    with unit_of_work(world.services.db, read_only=True) as session:
        found = collect(session, today, date(2099, 1, 1))
    return [(d.kind, d.due_on) for d in found if d.area == "auctions"]


def test_a_lot_goes_from_valuation_to_handover_with_its_papers(world: World) -> None:
    auctions = world.services.auctions
    clock = use_clock(world, date(2026, 11, 6))
    car = world.receive("Xe ô tô Toyota Vios biển số 30A-123.45")
    bike = world.receive("Xe máy Honda Wave")
    lot = new_lot(world, car, bike)
    assert lot.status is LotStatus.AWAITING_VALUATION and len(lot.items) == 2
    assert {i.status for i in lot.items} == {ItemStatus.AWAITING_AUCTION}
    lot = auctions.record_valuation(world.officer, lot.id, firm(200_000_000), lot.version)
    assert lot.status is LotStatus.VALUED and lot.valuation is not None
    assert _deadlines(world, clock.day) == [("deadline.valuation_notice", date(2026, 11, 11))]
    clock.day = date(2026, 11, 10)
    lot = auctions.notify_parties(world.officer, lot.id, clock.day)
    # Law Art 83.2.a: the parties may ask for a re-valuation until 17/11; the contract is
    # due 5 working days later, 25/11 (24/11, Ngày Văn hóa Việt Nam, is a holiday).
    assert [(d.kind, d.due_on) for d in lot.deadlines] == [
        ("deadline.auction_contract", date(2026, 11, 25))
    ]
    clock.day = date(2026, 11, 12)
    lot = auctions.sign_contract(world.officer, lot.id, ORG, "15/2026/HĐ-ĐG", clock.day)
    # the first auction held by 12/12 (30 days, Art 83.2.a), a Saturday: Monday 14/12
    assert [(d.kind, d.due_on) for d in lot.deadlines] == [
        ("deadline.auction_held", date(2026, 12, 14))
    ]
    lot = auctions.schedule_round(world.officer, lot.id, AUCTION_1, None, lot.version)
    assert lot.current_round is not None and lot.current_round.starting_price == 200_000_000
    assert _deadlines(world, clock.day) == [("deadline.auction_posting", date(2026, 11, 17))]
    clock.day = POSTED_1
    lot = auctions.record_posting(world.officer, lot.id, POSTED_1)
    for published_on, medium in notices(POSTED_1):  # Law on Asset Auctions Art 57
        lot = auctions.record_public_notice(world.officer, lot.id, published_on, medium)
    clock.day = AUCTION_1
    lot = auctions.record_failed_round(world.officer, lot.id)
    assert lot.status is LotStatus.ROUND_FAILED and not lot.creditor_may_take
    clock.day = date(2026, 12, 2)
    second = date(2026, 12, 21)
    lot = auctions.schedule_round(
        world.officer, lot.id, second, 180_000_000, posted_on=clock.day, notices=notices(clock.day)
    )
    assert lot.reductions == 1
    clock.day = second
    lot = auctions.record_winner(world.officer, lot.id, BUYER, 185_000_000)
    assert lot.status is LotStatus.SOLD and lot.sale_method is SaleMethod.AUCTION
    assert lot.payment_due == date(2027, 1, 20)
    assert [r.outcome for r in lot.rounds] == [RoundOutcome.FAILED, RoundOutcome.SOLD]
    assert {i.status for i in lot.items} == {ItemStatus.SOLD}
    accountant = world.actors[Role.ACCOUNTANT]
    clock.day = date(2027, 1, 5)
    lot = auctions.record_payment(accountant, lot.id, 85_000_000, clock.day, "Đợt 1")
    assert lot.status is LotStatus.SOLD and lot.paid_total == 85_000_000
    assert world.services.cases.get(world.officer, world.case.id).amount_enforced == 0
    clock.day = date(2027, 1, 20)
    lot = auctions.record_payment(accountant, lot.id, 100_000_000, clock.day)
    assert lot.status is LotStatus.PAID and lot.paid_on == date(2027, 1, 20)
    # Credited up to what the case owes (15 M), counted once the head confirms it.
    assert world.services.cases.get(world.officer, world.case.id).amount_enforced == 0
    (credit,) = world.services.case_results.pending(world.head)
    assert (credit.amount, credit.day, credit.case_id) == (15_000_000, clock.day, world.case.id)
    world.services.case_results.confirm(world.head, credit)
    assert world.services.cases.get(world.officer, world.case.id).amount_enforced == 15_000_000
    assert lot.handover_due == date(2027, 3, 22)  # day 60 is Sunday 21/03 (Civil Code Art 148.5)
    # Day 10 after full payment is Saturday 30/01: the money goes to a bank by Monday 01/02
    # unless handed over (Decree 152 Art 65.2, 30.7; Civil Code Art 148.5).
    assert _deadlines(world, clock.day) == [
        ("deadline.sale_money_to_bank", date(2027, 2, 1)),
        ("deadline.buyer_handover", date(2027, 3, 22)),
    ]
    clock.day = date(2027, 2, 3)
    out_on_order(world, lot.id)
    lot = auctions.hand_over(world.head, lot.id, clock.day, lot.version)
    assert lot.status is LotStatus.HANDED_OVER and lot.deadlines == ()
    assert {i.status for i in lot.items} == {ItemStatus.HANDED_TO_BUYER}
    assert lot.handover_document is not None
    assert lot.handover_document.kind is DocumentKind.BUYER_HANDOVER_MINUTES
    assert lot.handover_document.number.endswith("/BBGTS-THADS")
    kinds = [e.kind for e in world.services.items.history(world.officer, car.id)[:5]]
    assert kinds == [EventKind.HANDED_TO_BUYER, EventKind.RELEASE_ISSUED, EventKind.SOLD,
                     EventKind.VALUED, EventKind.STATUS_CHANGED]  # fmt: skip
    assert _deadlines(world, clock.day) == []
    assert verify_chains(world.services.db, world.actors[Role.INSPECTOR]).intact


def test_buyer_handover_minutes_read_in_vietnamese_and_check_against_the_database(
    world: World,
) -> None:
    lot = _paid_lot(world)
    out_on_order(world, lot.id)
    lot = world.services.auctions.hand_over(world.head, lot.id, date(2027, 1, 4))
    assert lot.handover_document is not None
    pdf = world.services.documents.pdf(world.officer, lot.handover_document.id)
    text = unicodedata.normalize("NFC", " ".join(page_texts(pdf)))
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BIÊN BẢN GIAO TÀI SẢN",
        "Cho người mua được tài sản",
        f"Số: {lot.handover_document.number}",
        "Trộm cắp tài sản – Lê Văn Cường",
        "Công ty TNHH Thương mại Minh Phát",
        "12 Lê Lợi, Hoàn Kiếm, Hà Nội",
        "100.000.000 đồng",
        "Xe ô tô Toyota Vios biển số 30A-123.45",
        lot.items[0].code,
        "Hợp đồng dịch vụ đấu giá tài sản số 15/2026/HĐ-ĐG",
        "Công ty Đấu giá hợp danh Lạc Việt",
        "ngày 04 tháng 01 năm 2027",
        "NGƯỜI MUA",
        "CHẤP HÀNH VIÊN",
        "Nơi nhận:",
    ):
        assert expected in text, expected
    OUT.mkdir(exist_ok=True)
    images = page_images(pdf, dpi=200)
    images[0].save(OUT / f"buyer-handover-{world.services.db.dialect}.png")
    check = world.services.documents.check(world.officer, qr_texts(images[0])[0])
    assert check.ok and check.paper_checked, check.problems


def _paid_lot(world: World):  # type: ignore[no-untyped-def]
    auctions = world.services.auctions
    lot = contracted_lot(world)
    clock = auctions.today
    clock.day = POSTED_1  # type: ignore[attr-defined]
    lot = auctions.schedule_round(
        world.officer, lot.id, AUCTION_1, posted_on=POSTED_1, notices=notices(POSTED_1)
    )
    clock.day = AUCTION_1  # type: ignore[attr-defined]
    lot = auctions.record_winner(world.officer, lot.id, BUYER, 100_000_000, by_agreement=True)
    assert lot.payment_due == date(2027, 1, 29)
    clock.day = date(2027, 1, 4)  # type: ignore[attr-defined]
    return auctions.record_payment(world.actors[Role.CASHIER], lot.id, 100_000_000, clock.day)  # type: ignore[attr-defined]


def test_a_price_council_needs_three_members_chaired_by_an_officer(world: World) -> None:
    use_clock(world, date(2026, 11, 6))
    lot = new_lot(world)
    officer_id = world.officer.user_id
    two = ValuationDraft(
        ValuationMethod.PRICE_COUNCIL, 50_000_000, date(2026, 11, 6),
        chair_user_id=officer_id, members=("Lê Thị Hoa – Sở Tài chính",),
    )  # fmt: skip
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        world.services.auctions.record_valuation(world.officer, lot.id, two)
    assert "ít nhất 3 thành viên" in caught.value.message("vi")
    keeper_chair = ValuationDraft(
        ValuationMethod.PRICE_COUNCIL, 50_000_000, date(2026, 11, 6),
        chair_user_id=world.keeper.user_id, members=("Lê Thị Hoa", "Ngô Văn Nam"),
    )  # fmt: skip
    with pytest.raises(ValidationError, match="chaired by an active enforcement officer"):
        world.services.auctions.record_valuation(world.officer, lot.id, keeper_chair)
    assert snapshot(world.services) == before
    three = ValuationDraft(
        ValuationMethod.PRICE_COUNCIL, 50_000_000, date(2026, 11, 6), chair_user_id=officer_id,
        members=("Lê Thị Hoa – Sở Tài chính", "Ngô Văn Nam – Phòng Tài nguyên"),
        opinions=(CouncilOpinion(agrees=True),) * 3,
    )  # fmt: skip
    lot = world.services.auctions.record_valuation(world.officer, lot.id, three)
    assert lot.valuation is not None and len(lot.valuation.members) == 3
    assert lot.valuation.members[0].startswith(world.officer.full_name)


def test_one_revaluation_is_allowed_and_a_second_refused(world: World) -> None:
    lot = valued_lot(world)
    auctions = world.services.auctions
    breach = replace(firm(120_000_000, date(2026, 11, 9)), basis="serious_breach",
                     paper_number="12/KL-TTr", paper_on=date(2026, 11, 9))  # fmt: skip
    lot = auctions.record_valuation(world.officer, lot.id, breach)
    assert [v.price for v in lot.valuations] == [100_000_000, 120_000_000]
    assert lot.valuation is not None and lot.valuation.notified_on is None  # a new notice
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        auctions.record_valuation(world.officer, lot.id, firm(90_000_000, date(2026, 11, 9)))
    assert "một lần" in caught.value.message("vi")
    assert "one re-valuation" in caught.value.message("en")
    assert snapshot(world.services) == before


@pytest.mark.parametrize(
    ("price", "allowed"), [(90_000_001, True), (90_000_000, True), (89_999_999, False)]
)
def test_a_reduction_beyond_ten_percent_of_the_previous_starting_price_is_refused(
    world: World, price: int, allowed: bool
) -> None:
    lot = failed_rounds(world, contracted_lot(world), [100_000_000])
    clock = world.services.auctions.today
    clock.day = date(2026, 12, 1)  # type: ignore[attr-defined]
    before = snapshot(world.services)
    call = lambda: world.services.auctions.schedule_round(  # noqa: E731
        world.officer, lot.id, date(2026, 12, 28), price, lot.version
    )
    if allowed:
        assert call().current_round.starting_price == price  # type: ignore[union-attr]
        return
    with pytest.raises(ValidationError) as caught:
        call()
    assert "90.000.000 đồng" in caught.value.message("vi")
    assert "more than 10%" in caught.value.message("en")
    assert snapshot(world.services) == before


def test_the_first_round_starts_at_the_valued_price_and_no_round_goes_up(world: World) -> None:
    lot = contracted_lot(world)
    with pytest.raises(ValidationError, match="valued price"):
        world.services.auctions.schedule_round(world.officer, lot.id, AUCTION_1, 95_000_000)
    lot = failed_rounds(world, lot, [100_000_000])
    with pytest.raises(ValidationError, match="cannot exceed"):
        world.services.auctions.schedule_round(world.officer, lot.id, date(2027, 1, 4), 100_000_001)


def test_the_creditor_may_take_the_asset_only_after_the_second_reduction(world: World) -> None:
    auctions = world.services.auctions
    lot = failed_rounds(world, contracted_lot(world), [100_000_000, 90_000_000])
    assert lot.reductions == 1 and not lot.creditor_may_take
    creditor = Buyer("Phạm Thị Dung", "5 Hàng Bông, Hà Nội")
    day = lot.rounds[-1].auction_on
    with pytest.raises(ValidationError) as caught:
        auctions.creditor_requests(world.officer, lot.id, day)
    assert "lần giảm giá thứ 2" in caught.value.message("vi")
    lot = failed_rounds(world, lot, [81_000_000])
    assert lot.reductions == 2 and lot.creditor_may_take
    # Decree 152/2026 Art 65.6: request, debtor told (3 working days), 5 to redeem, then the
    # creditor told and paying the difference over the debt (Art 66) within 5.
    request = date(2027, 1, 26)
    auctions.today.day = date(2027, 2, 3)  # type: ignore[attr-defined]
    # Art 65.6: the creditor answers the notice of the failure; none before it.
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        auctions.creditor_requests(world.officer, lot.id, request)
    assert "khoản 6 Điều 65" in caught.value.message("vi")
    assert snapshot(world.services) == before
    auctions.notify_failure(world.officer, lot.id, request)
    with pytest.raises(ValidationError):  # the day before the notice
        auctions.creditor_requests(world.officer, lot.id, date(2027, 1, 25))
    lot = auctions.creditor_requests(world.officer, lot.id, request)
    assert lot.status is LotStatus.CREDITOR_TAKING
    with pytest.raises(ValidationError):
        auctions.creditor_takes(world.officer, lot.id, creditor, request)
    lot = auctions.notify_debtor_of_taking(world.officer, lot.id, request)
    with pytest.raises(ValidationError) as caught:  # the debtor's window ends 02/02
        auctions.notify_creditor_to_pay(world.officer, lot.id, date(2027, 2, 2))
    assert "02/02/2027" in caught.value.message("vi")
    day = date(2027, 2, 3)
    lot = auctions.notify_creditor_to_pay(world.officer, lot.id, day)
    with pytest.raises(ValidationError) as caught:
        auctions.creditor_takes(world.officer, lot.id, creditor, day, difference=0)
    assert "66.000.000" in caught.value.message("vi")
    lot = auctions.creditor_takes(world.officer, lot.id, creditor, day, difference=66_000_000)
    assert lot.status is LotStatus.PAID and lot.sale_method is SaleMethod.CREDITOR
    assert lot.price == 81_000_000 and lot.buyer_name == "Phạm Thị Dung"
    (credit,) = world.services.case_results.pending(world.head)
    assert (credit.amount, credit.day) == (15_000_000, day)  # what is set off, that day


def test_at_the_cost_floor_the_declined_asset_goes_back_to_the_debtor(world: World) -> None:
    """Law 106/2025 Art 83.3: no endless rounds."""
    auctions = world.services.auctions
    lot = contracted_lot(world)
    lot = auctions.record_costs(world.officer, lot.id, 75_000_000)
    lot = failed_rounds(world, lot, [100_000_000, 90_000_000, 81_000_000, 72_900_000])
    assert lot.status is LotStatus.ROUND_FAILED
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        auctions.schedule_round(world.officer, lot.id, date(2027, 6, 7), 66_000_000)
    assert snapshot(world.services) == before
    assert "chi phí" in caught.value.message("vi")
    lot = told(world, lot)
    lot = auctions.creditor_declines(world.officer, lot.id, lot.rounds[-1].auction_on)
    assert lot.status is LotStatus.RETURNED_TO_DEBTOR
    # Back to storage, to leave on the head's exit order (tests/services/auctions/
    # test_back_to_debtor.py).
    assert {i.status for i in lot.items} == {ItemStatus.IN_STORAGE}


@pytest.mark.parametrize("late", [False, True])
def test_the_debtor_redeems_one_working_day_before_the_auction(world: World, late: bool) -> None:
    """Law 106/2025 Art 83.4: Monday's auction → Friday at the latest (weekend between)."""
    auctions = world.services.auctions
    lot = contracted_lot(world)
    auctions.today.day = POSTED_1  # type: ignore[attr-defined]
    lot = auctions.schedule_round(
        world.officer, lot.id, AUCTION_1, posted_on=POSTED_1, notices=notices(POSTED_1)
    )
    paid_on = date(2026, 11, 28) if late else date(2026, 11, 27)  # Saturday / Friday
    accountant = world.actors[Role.ACCOUNTANT]
    auctions.today.day = paid_on  # type: ignore[attr-defined]
    before = snapshot(world.services)
    if late:
        with pytest.raises(ValidationError) as caught:
            auctions.redeem(accountant, lot.id, paid_on, 15_000_000)
        assert "27/11/2026" in caught.value.message("vi")
        assert snapshot(world.services) == before
        return
    with pytest.raises(PermissionDeniedError):  # the officer selling does not book money
        auctions.redeem(world.officer, lot.id, paid_on, 15_000_000)
    with pytest.raises(ValidationError):
        auctions.redeem(accountant, lot.id, paid_on, 14_999_999)
    assert snapshot(world.services) == before
    lot = auctions.redeem(accountant, lot.id, paid_on, 15_000_000)
    assert lot.status is LotStatus.REDEEMED
    # Back to storage, to leave on the head's exit order (tests/services/auctions/
    # test_back_to_debtor.py).
    assert {i.status for i in lot.items} == {ItemStatus.IN_STORAGE}


def test_steps_out_of_order_and_stale_versions_are_refused(world: World) -> None:
    auctions = world.services.auctions
    lot = valued_lot(world)
    before = snapshot(world.services)
    with pytest.raises(ValidationError, match=r"Lot \d+ is"):
        auctions.schedule_round(world.officer, lot.id, AUCTION_1)
    with pytest.raises(ValidationError):
        auctions.hand_over(world.head, lot.id, date(2026, 11, 9))
    with pytest.raises(StaleEditError):
        auctions.sign_contract(world.officer, lot.id, ORG, "1/HĐ", date(2026, 11, 9), 99)
    with pytest.raises(ValidationError, match="has not come yet"):
        auctions.sign_contract(world.officer, lot.id, ORG, "1/HĐ", date(2026, 11, 10))
    assert snapshot(world.services) == before


def test_roles_without_the_permission_are_refused_and_nothing_is_written(world: World) -> None:
    use_clock(world, date(2026, 11, 6))
    item = world.receive()
    before = snapshot(world.services)
    with pytest.raises(PermissionDeniedError):
        world.services.auctions.create_lot(world.keeper, world.case.id, [item.id])
    assert snapshot(world.services) == before
    lot = _paid_lot_sold(world)
    with pytest.raises(PermissionDeniedError):
        world.services.auctions.record_payment(world.officer, lot, 1_000, date(2026, 12, 1))
    with pytest.raises(PermissionDeniedError):
        world.services.auctions.record_winner(world.actors[Role.ACCOUNTANT], lot, BUYER, 1)


def _paid_lot_sold(world: World) -> int:
    auctions = world.services.auctions
    lot = contracted_lot(world)
    auctions.today.day = POSTED_1  # type: ignore[attr-defined]
    lot = auctions.schedule_round(
        world.officer, lot.id, AUCTION_1, posted_on=POSTED_1, notices=notices(POSTED_1)
    )
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    auctions.today.day = date(2026, 12, 1)  # type: ignore[attr-defined]
    return auctions.record_winner(world.officer, lot.id, BUYER, 100_000_000).id


def test_items_already_on_a_lot_or_out_of_storage_cannot_join_another(world: World) -> None:
    use_clock(world, date(2026, 11, 6))
    item = world.receive()
    new_lot(world, item)
    with pytest.raises(ValidationError, match="already on lot"):
        new_lot(world, item)
    other = world.receive(stored=False)
    with pytest.raises(ValidationError) as caught:
        new_lot(world, other)
    assert "Đã tiếp nhận" in caught.value.message("vi")


def test_two_payments_at_once_never_add_up_to_more_than_the_price(world: World) -> None:
    import threading

    lot_id = _paid_lot_sold(world)
    auctions, cashier = world.services.auctions, world.actors[Role.CASHIER]
    barrier, outcomes = threading.Barrier(2), []

    def pay() -> None:
        barrier.wait()
        try:
            auctions.record_payment(cashier, lot_id, 60_000_000, date(2026, 12, 1))
            outcomes.append("paid")
        except ValidationError as refused:
            outcomes.append(refused.key)

    threads = [threading.Thread(target=pay) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["auction.overpaid", "paid"]
    assert auctions.get(world.officer, lot_id).paid_total == 60_000_000


def test_no_handover_to_the_buyer_without_the_heads_release_order(world: World) -> None:
    """Paid in full, but the asset never left the warehouse on a release order (D66, C05):
    the handover is refused with nothing written; once issued, it goes through."""
    lot = _paid_lot(world)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.auctions.hand_over(world.head, lot.id, date(2027, 1, 4))
    assert err.value.key == "custody.no_release_order"
    assert "Điều 37.3" in err.value.message("vi")
    assert snapshot(world.services) == before
    out_on_order(world, lot.id)
    done = world.services.auctions.hand_over(world.head, lot.id, date(2027, 1, 4))
    assert done.status is LotStatus.HANDED_OVER


def test_the_buyer_cannot_be_handed_what_had_not_yet_left_the_warehouse(world: World) -> None:
    """Minutes dated before the items were issued on the release order would say the buyer
    took them from a warehouse that still held them (issue 20): refused, nothing written."""
    lot = _paid_lot(world)
    out_on_order(world, lot.id)
    left = wall_clock(date(2027, 1, 8), 9)  # the keeper scanned them out on 08/01/2027
    with unit_of_work(world.services.db) as session:
        session.execute(update(ReleaseRequestItem).values(issued_at=left))
    world.services.auctions.today.day = date(2027, 1, 11)  # type: ignore[attr-defined]
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.auctions.hand_over(world.head, lot.id, date(2027, 1, 7))
    assert err.value.key == "auction.date_before"
    assert "ngày xuất kho (08/01/2027)" in err.value.message("vi")
    assert "left the warehouse (08/01/2027)" in err.value.message("en")
    assert snapshot(world.services) == before
    done = world.services.auctions.hand_over(world.head, lot.id, date(2027, 1, 8))
    assert done.status is LotStatus.HANDED_OVER


def test_one_person_holding_every_role_completes_no_two_money_duties_of_a_sale(
    world: World,
) -> None:
    """Issue 17: whoever records the sale neither records the buyer's money nor hands the
    asset over; whoever records the money does not hand it over — whatever roles one person
    holds (a person with every role stands for every combination of them: fewer roles allow
    less). Each refusal writes nothing; other people complete the sale."""
    auctions = world.services.auctions
    roles = [Role.OFFICER, Role.HEAD, Role.KEEPER, Role.ACCOUNTANT, Role.CASHIER]
    everyone = hire(world.services, world.admin, "ca-nam", "Vũ Văn Năm Vai", PASSWORD, roles,
                    "", world.second_admin())  # fmt: skip
    lot = contracted_lot(world)
    auctions.today.day = POSTED_1  # type: ignore[attr-defined]
    lot = auctions.schedule_round(
        world.officer, lot.id, AUCTION_1, posted_on=POSTED_1, notices=notices(POSTED_1)
    )
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    lot = auctions.record_winner(everyone, lot.id, BUYER, 100_000_000, by_agreement=True)
    auctions.today.day = date(2027, 1, 4)  # type: ignore[attr-defined]
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as refused:
        auctions.record_payment(everyone, lot.id, 100_000_000, date(2027, 1, 4))
    assert refused.value.key == "sale.own_sale"
    assert "Vũ Văn Năm Vai" in refused.value.message("vi")
    assert snapshot(world.services) == before
    payer = hire(world.services, world.admin, "ke-toan-chv", "Lê Thị Hai Vai", PASSWORD,
                 [Role.ACCOUNTANT, Role.OFFICER])  # fmt: skip
    lot = auctions.record_payment(world.actors[Role.CASHIER], lot.id, 60_000_000, date(2027, 1, 4))
    paid = auctions.record_payment(payer, lot.id, 40_000_000, date(2027, 1, 4))
    assert paid.status is LotStatus.PAID
    out_on_order(world, lot.id)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as refused:
        auctions.hand_over(payer, lot.id, date(2027, 1, 4))
    assert refused.value.key == "sale.own_payment"
    with pytest.raises(ValidationError) as refused:
        auctions.hand_over(everyone, lot.id, date(2027, 1, 4))
    assert refused.value.key == "sale.own_sale_handover"
    assert "không giao tài sản cho người mua" in refused.value.message("vi")
    assert snapshot(world.services) == before
    done = auctions.hand_over(world.head, lot.id, date(2027, 1, 4))
    assert done.status is LotStatus.HANDED_OVER
