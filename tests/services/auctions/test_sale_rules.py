"""The rest of the sale rules of issue 18, each at its boundaries and with nothing written when
refused, on both databases: the shortened procedure (Law on Asset Auctions 2016 Art 53; Decree
152/2026 Art 61.3 for gold jewellery), the two public notices (Art 57), the deposit of 5–20 %
(Art 39.1), the late handover and the buyer's cancellation (Decree 152/2026 Art 67.1.c,
67.4) and the sale money in a bank (Art 65.2, 30.7).

The calendar: 24/11/2026 (Ngày Văn hóa Việt Nam) is a public holiday, 21–22/11 and 28–29/11 a
weekend; the auction is Monday 30/11/2026."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from evidence_app.domain.enums import (
    Category,
    HandoverObstacle,
    ItemStatus,
    LotStatus,
    Role,
    RoundOutcome,
)
from evidence_app.domain.errors import PermissionDeniedError, ValidationError
from evidence_app.services.auctions import Buyer, LotView
from evidence_app.services.core.deadlines import collect
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.outcomes import Paper, PaymentDraft
from tests.services.auctions.steps import (
    AUCTION_1,
    BUYER,
    CONTRACT,
    ORG,
    PAPER,
    contracted_lot,
    failed_rounds,
    firm,
    new_lot,
    notices,
    out_on_order,
    use_clock,
)
from tests.services.rows import snapshot
from tests.world import World

DAY = timedelta(days=1)


def _refused(world: World, text_part: str, call: object) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    message = caught.value.message("vi") + caught.value.message("en")
    assert text_part in message, message
    assert snapshot(world.services) == before


def _scheduled(world: World, price: int, **options: object) -> LotView:
    lot = contracted_lot(world, price)
    world.services.auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    return world.services.auctions.schedule_round(world.officer, lot.id, AUCTION_1, **options)  # type: ignore[arg-type]


# -- the shortened procedure (Law on Asset Auctions Art 53; Decree 152/2026 Art 61.3) -------


@pytest.mark.parametrize(
    ("posted_on", "ok"),
    [(date(2026, 11, 23), True), (date(2026, 11, 24), True), (date(2026, 11, 25), False)],
)
def test_under_fifty_million_the_posting_is_three_working_days_before(
    world: World, posted_on: date, ok: bool
) -> None:
    """49.999.999 đồng goes by the shortened procedure (Art 53.1.a): three whole working days
    (25, 26, 27/11) before Monday 30/11, so the last posting day is the holiday 24/11."""
    auctions = world.services.auctions
    lot = _scheduled(world, 49_999_999)
    current = lot.current_round
    assert current is not None and current.shortened
    assert current.latest_posting_on == date(2026, 11, 24)
    auctions.today.day = posted_on  # type: ignore[attr-defined]
    if ok:
        lot = auctions.record_posting(world.officer, lot.id, posted_on)
        assert lot.current_round is not None and lot.current_round.posted_on == posted_on
        auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
        # under 50 million no public notice is needed (Art 57.1)
        sold = auctions.record_winner(world.officer, lot.id, BUYER, 49_999_999)
        assert sold.status is LotStatus.SOLD
    else:
        _refused(
            world, "Điều 53", lambda: auctions.record_posting(world.officer, lot.id, posted_on)
        )


def test_the_officer_may_keep_the_normal_procedure_but_not_shorten_without_a_ground(
    world: World,
) -> None:
    auctions = world.services.auctions
    lot = _scheduled(world, 40_000_000, shortened=False)
    assert lot.current_round is not None and not lot.current_round.shortened
    assert lot.current_round.latest_posting_on == date(2026, 11, 17)  # 7 working days (Art 35)
    other = contracted_lot(world, 50_000_000)  # exactly 50 million: not under it
    _refused(
        world,
        "Điều 53",
        lambda: auctions.schedule_round(world.officer, other.id, AUCTION_1, shortened=True),
    )


@pytest.mark.parametrize(
    ("posted_on", "ok"),
    [(date(2026, 11, 18), True), (date(2026, 11, 19), True), (date(2026, 11, 20), False)],
)
def test_real_property_by_the_shortened_procedure_is_posted_five_working_days_before(
    world: World, posted_on: date, ok: bool
) -> None:
    """Five whole working days before 30/11 skip the weekend and the holiday 24/11 inside the
    period: 20, 23, 25, 26, 27/11, so the last posting day is 19/11 (Art 53.2.b)."""
    auctions = world.services.auctions
    land = contracted_lot(world, 45_000_000, real_property=True)
    auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    land = auctions.schedule_round(world.officer, land.id, AUCTION_1)
    assert land.current_round is not None and land.current_round.shortened
    assert land.current_round.latest_posting_on == date(2026, 11, 19)
    auctions.today.day = posted_on  # type: ignore[attr-defined]
    call = lambda: auctions.record_posting(world.officer, land.id, posted_on)  # noqa: E731
    if ok:
        assert call().current_round.posted_on == posted_on  # type: ignore[union-attr]
    else:
        _refused(world, "Điều 53", call)


def test_gold_jewellery_always_goes_by_the_shortened_procedure(world: World) -> None:
    """Decree 152/2026 Art 61.3: gold jewellery, whatever its value, as the officer recorded
    it on the lot."""
    auctions = world.services.auctions
    clock = use_clock(world, date(2026, 11, 6))
    ring = world.receive("Nhẫn vàng 18K đính đá", category=Category.PRECIOUS_METAL)
    lot = new_lot(world, ring, gold_jewellery=True)
    assert lot.gold_jewellery
    lot = auctions.record_valuation(world.officer, lot.id, firm(120_000_000))
    clock.day = date(2026, 11, 9)
    auctions.notify_parties(world.officer, lot.id, date(2026, 11, 9))
    clock.day = CONTRACT
    auctions.sign_contract(world.officer, lot.id, ORG, "15/2026/HĐ-ĐG", CONTRACT)
    clock.day = date(2026, 11, 17)
    _refused(
        world,
        "Điều 61",
        lambda: auctions.schedule_round(world.officer, lot.id, AUCTION_1, shortened=False),
    )
    lot = auctions.schedule_round(world.officer, lot.id, AUCTION_1)
    assert lot.current_round is not None and lot.current_round.shortened


def test_after_the_second_failure_the_re_auction_is_shortened_with_one_notice(
    world: World,
) -> None:
    """Art 53.1.b and 57.2: one public notice, made with the posting."""
    auctions = world.services.auctions
    lot = contracted_lot(world)
    use_clock(world, date(2026, 11, 16))
    lot = failed_rounds(world, lot, [100_000_000, 90_000_000])
    clock = auctions.today
    auction_on = date(2027, 2, 22)
    clock.day = date(2027, 2, 1)  # type: ignore[attr-defined]
    lot = auctions.schedule_round(world.officer, lot.id, auction_on, 81_000_000,
                                  posted_on=clock.day, decided_on=lot.rounds[-1].auction_on)  # type: ignore[attr-defined]  # fmt: skip
    assert lot.current_round is not None and lot.current_round.shortened
    clock.day = auction_on  # type: ignore[attr-defined]
    _refused(world, "57", lambda: auctions.record_failed_round(world.officer, lot.id))
    clock.day = date(2027, 2, 1)  # type: ignore[attr-defined]
    auctions.record_public_notice(world.officer, lot.id, date(2027, 2, 1), PAPER)
    clock.day = auction_on  # type: ignore[attr-defined]
    assert auctions.record_failed_round(world.officer, lot.id).status is LotStatus.ROUND_FAILED


# -- the public notices (Law on Asset Auctions Art 57) ----------------------------------------


@pytest.mark.parametrize(
    ("days", "ok"),
    [
        # 2 working days apart across the weekend 14–15/11: Thursday 12 → Monday 16
        ((date(2026, 11, 12), date(2026, 11, 16)), True),
        ((date(2026, 11, 12), date(2026, 11, 13)), False),  # one working day apart
        ((date(2026, 11, 12), date(2026, 11, 17)), True),  # the last day (7 working days)
        ((date(2026, 11, 12), date(2026, 11, 18)), False),  # the day after
        ((date(2026, 11, 16),), False),  # one notice only
        ((), False),
    ],
)
def test_two_notices_two_working_days_apart_the_second_seven_working_days_before(
    world: World, days: tuple[date, ...], ok: bool
) -> None:
    auctions = world.services.auctions
    lot = _scheduled(world, 100_000_000, posted_on=date(2026, 11, 17))
    assert lot.current_round is not None and not lot.current_round.shortened
    for day in days:
        auctions.today.day = day  # type: ignore[attr-defined]
        auctions.record_public_notice(world.officer, lot.id, day, PAPER)
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    call = lambda: auctions.record_winner(world.officer, lot.id, BUYER, 100_000_000)  # noqa: E731
    if ok:
        assert call().status is LotStatus.SOLD
    else:
        _refused(world, "Điều 57", call)


def test_real_property_notices_end_fifteen_days_before(world: World) -> None:
    """The second notice at least 15 days before 30/11: by Saturday 14/11 (Art 57.3)."""
    auctions = world.services.auctions
    land = contracted_lot(world, 100_000_000, real_property=True)
    auctions.today.day = date(2026, 11, 13)  # type: ignore[attr-defined]
    land = auctions.schedule_round(world.officer, land.id, AUCTION_1, posted_on=date(2026, 11, 13))
    auctions.record_public_notice(world.officer, land.id, date(2026, 11, 12), PAPER)
    auctions.today.day = date(2026, 11, 16)  # type: ignore[attr-defined]
    auctions.record_public_notice(world.officer, land.id, date(2026, 11, 16), PAPER)  # too late
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    _refused(world, "Điều 57", lambda: auctions.record_failed_round(world.officer, land.id))


def test_a_notice_before_the_contract_or_on_the_auction_day_is_refused(world: World) -> None:
    auctions = world.services.auctions
    lot = _scheduled(world, 100_000_000)
    _refused(world, "hợp đồng", lambda: auctions.record_public_notice(
        world.officer, lot.id, CONTRACT - DAY, PAPER))  # fmt: skip
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    _refused(world, "30/11/2026", lambda: auctions.record_public_notice(
        world.officer, lot.id, AUCTION_1, PAPER))  # fmt: skip
    _refused(world, "thông báo", lambda: auctions.record_public_notice(
        world.officer, lot.id, CONTRACT, " "))  # fmt: skip


def test_public_notices_cannot_be_rewritten_in_plain_sql(world: World) -> None:
    auctions = world.services.auctions
    lot = _scheduled(world, 100_000_000, notices=notices(date(2026, 11, 17)))
    assert lot.current_round is not None and len(lot.current_round.notices) == 2
    for statement in (
        "UPDATE auction_public_notice SET published_on = '2026-11-20'",
        "DELETE FROM auction_public_notice",
    ):
        with (
            pytest.raises(Exception, match="append-only"),
            world.services.db.engine.begin() as conn,
        ):
            conn.execute(text(statement))
    assert len(auctions.get(world.officer, lot.id).current_round.notices) == 2  # type: ignore[union-attr]


# -- the deposit (Law on Asset Auctions Art 39.1; Decree 152/2026 Art 65.5) --------------------


@pytest.mark.parametrize(
    ("deposit", "ok"),
    [(4_999_999, False), (5_000_000, True), (20_000_000, True), (20_000_001, False)],
)
def test_the_deposit_is_five_to_twenty_percent_of_the_starting_price(
    world: World, deposit: int, ok: bool
) -> None:
    auctions = world.services.auctions
    lot = contracted_lot(world)
    auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    call = lambda: auctions.schedule_round(  # noqa: E731
        world.officer, lot.id, AUCTION_1, deposit=deposit
    )
    if ok:
        assert call().current_round.deposit == deposit  # type: ignore[union-attr]
    else:
        _refused(world, "Điều 39", call)


def test_the_unpaid_buyer_forfeits_the_rounds_deposit(world: World) -> None:
    auctions = world.services.auctions
    lot = contracted_lot(world)
    auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    lot = auctions.schedule_round(world.officer, lot.id, AUCTION_1, posted_on=date(2026, 11, 17),
                                  notices=notices(date(2026, 11, 17)),
                                  deposit=15_000_000)  # fmt: skip
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    auctions.record_winner(world.officer, lot.id, BUYER, 100_000_000)
    after = date(2026, 12, 31)  # day 30 is Wednesday 30/12
    auctions.today.day = after  # type: ignore[attr-defined]
    _refused(world, "15.000.000", lambda: auctions.cancel_unpaid_sale(
        world.officer, lot.id, after, "Biên bản số 3", 10_000_000))  # fmt: skip
    cancelled = auctions.cancel_unpaid_sale(world.officer, lot.id, after, "Biên bản số 3")
    assert cancelled.forfeited_deposits == 15_000_000


# -- after full payment: the bank, the late handover, the buyer's cancellation ----------------


def _paid(world: World) -> int:
    auctions = world.services.auctions
    lot = contracted_lot(world)
    auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    lot = auctions.schedule_round(world.officer, lot.id, AUCTION_1, posted_on=date(2026, 11, 17),
                                  notices=notices(date(2026, 11, 17)))  # fmt: skip
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    auctions.record_winner(world.officer, lot.id, BUYER, 100_000_000)
    paid_on = date(2026, 12, 10)
    auctions.today.day = paid_on  # type: ignore[attr-defined]
    auctions.record_payment(world.actors[Role.ACCOUNTANT], lot.id, 100_000_000, paid_on)
    return lot.id


def _kinds(world: World, today: date) -> list[str]:
    with unit_of_work(world.services.db, read_only=True) as session:
        return [d.kind for d in collect(session, today, date(2099, 1, 1))]


def test_the_money_deposited_in_a_bank_clears_the_deadline(world: World) -> None:
    """Paid Thursday 10/12/2026: due in a bank by Monday 21/12 (day 10 a Sunday)."""
    auctions = world.services.auctions
    lot_id = _paid(world)
    accountant = world.actors[Role.ACCOUNTANT]
    bank = "Ngân hàng TMCP Ngoại thương Việt Nam – Chi nhánh Hà Nội"
    assert "deadline.sale_money_to_bank" in _kinds(world, date(2026, 12, 10))
    auctions.today.day = date(2026, 12, 22)  # type: ignore[attr-defined]
    _refused(world, "10/12/2026", lambda: auctions.deposit_in_bank(
        accountant, lot_id, date(2026, 12, 9), bank, 100_000_000))  # fmt: skip
    _refused(world, "30.7", lambda: auctions.deposit_in_bank(
        accountant, lot_id, date(2026, 12, 21), bank, 90_000_000))  # fmt: skip
    before = snapshot(world.services)
    with pytest.raises(PermissionDeniedError):  # a keeper does not handle money
        auctions.deposit_in_bank(
            world.actors[Role.KEEPER], lot_id, date(2026, 12, 21), bank, 100_000_000
        )
    assert snapshot(world.services) == before
    lot = auctions.deposit_in_bank(accountant, lot_id, date(2026, 12, 21), bank, 100_000_000)
    assert lot.bank_deposits[0].bank == bank and lot.bank_deposits[0].amount == 100_000_000
    assert "deadline.sale_money_to_bank" not in _kinds(world, date(2026, 12, 22))
    assert "deadline.buyer_handover" in _kinds(world, date(2026, 12, 22))
    # the auction ledger (Mẫu 17) shows the notices and the bank deposit
    ledger = auctions.ledger(world.officer, date(2026, 11, 1), date(2026, 12, 31))
    note = str(ledger.rows[-1][-1])
    assert "thông báo công khai 12/11/2026 và 17/11/2026" in note
    assert "gửi 100.000.000 đồng vào ngân hàng (Ngân hàng TMCP Ngoại thương" in note
    _refused(world, "21/12/2026", lambda: auctions.deposit_in_bank(
        accountant, lot_id, date(2026, 12, 22), bank, 100_000_000))  # fmt: skip


@pytest.mark.parametrize(
    ("cancelled_on", "ok"),
    [(date(2027, 2, 9), False), (date(2027, 2, 10), False), (date(2027, 2, 11), True)],
)
def test_the_buyer_may_cancel_once_the_handover_period_ran_out(
    world: World, cancelled_on: date, ok: bool
) -> None:
    """Day 60 from 10/12/2026 is Monday 08/02/2027, in Tết 2027 (05–09/02): the period ends
    Wednesday 10/02 (Civil Code Art 148.5); from 11/02 the buyer may cancel (Art 67.4)."""
    auctions = world.services.auctions
    lot_id = _paid(world)
    auctions.today.day = cancelled_on  # type: ignore[attr-defined]
    request = "Đơn đề nghị hủy hợp đồng mua bán tài sản đấu giá ngày {day}"
    call = lambda: auctions.buyer_cancels(world.officer, lot_id, cancelled_on, request)  # noqa: E731
    if not ok:
        _refused(world, "67", call)
        return
    lot = call()
    assert lot.status is LotStatus.CONTRACTED and lot.price is None and lot.paid_total == 0
    assert lot.rounds[-1].outcome is RoundOutcome.BUYER_CANCELLED
    assert all(i.status is ItemStatus.AWAITING_AUCTION for i in lot.items)
    # back to auction at the same starting price (no reduction)
    auctions.today.day = date(2027, 2, 15)  # type: ignore[attr-defined]
    again = auctions.schedule_round(world.officer, lot_id, date(2027, 3, 8))
    assert again.current_round is not None and again.current_round.starting_price == 100_000_000


def test_a_late_handover_needs_its_ground_and_account(world: World) -> None:
    auctions = world.services.auctions
    lot_id = _paid(world)
    late = date(2027, 2, 11)
    auctions.today.day = late  # type: ignore[attr-defined]
    out_on_order(world, lot_id)
    _refused(world, "67.1", lambda: auctions.hand_over(
        world.head, lot_id, late, late_ground=HandoverObstacle.FORCE_MAJEURE))  # fmt: skip
    _refused(world, "67.1", lambda: auctions.hand_over(
        world.head, lot_id, late, late_reason="Bão số 3"))  # fmt: skip
    lot = auctions.hand_over(world.head, lot_id, late, late_ground=HandoverObstacle.FORCE_MAJEURE,
                             late_reason="Bão số 3 gây ngập kho")  # fmt: skip
    assert (
        lot.status is LotStatus.HANDED_OVER and lot.late_handover_reason == "Bão số 3 gây ngập kho"
    )


def test_the_proceeds_the_buyer_took_back_stop_counting_once_a_head_accepts(
    world: World,
) -> None:
    """The credit the buyer's payment made (accepted by the head) is voided by the
    cancellation (Art 67.4: the money went back to him), as a correction awaiting a head."""
    auctions, results = world.services.auctions, world.services.case_results
    lot_id = _paid(world)
    results.today = lambda: date(2027, 2, 20)
    credit = next(r for r in results.pending(world.head) if r.is_payment)
    results.confirm(world.head, credit)
    collected = results.results(world.head, world.case.id).collected
    assert collected > 0
    auctions.today.day = date(2027, 2, 11)  # type: ignore[attr-defined]
    auctions.buyer_cancels(world.officer, lot_id, date(2027, 2, 11), "Đơn đề nghị hủy hợp đồng")
    # Until a head accepts, the record stands as it was.
    assert results.results(world.head, world.case.id).collected == collected
    void = next(r for r in results.pending(world.head) if r.is_change)
    assert void.day == date(2027, 2, 11)
    results.confirm(world.head, void)
    assert results.results(world.head, world.case.id).collected == 0


@pytest.mark.parametrize("head_first", [True, False])
def test_the_cancellation_voids_the_credit_whether_or_not_a_head_confirmed_it(
    world: World, head_first: bool
) -> None:
    """Art 67.4: the money went back to the buyer, so the credit it made for the case is
    voided whether the head accepted it before the cancellation (a correction he then
    accepts) or it was still awaiting him: he can then only refuse it, with a message."""
    auctions, results = world.services.auctions, world.services.case_results
    lot_id = _paid(world)
    results.today = lambda: date(2027, 2, 20)
    credit = next(r for r in results.pending(world.head) if r.is_payment)
    if head_first:
        results.confirm(world.head, credit)
        assert results.results(world.head, world.case.id).collected > 0
    auctions.today.day = date(2027, 2, 11)  # type: ignore[attr-defined]
    auctions.buyer_cancels(world.officer, lot_id, date(2027, 2, 11), "Đơn đề nghị hủy hợp đồng")
    void = next(r for r in results.pending(world.head) if r.is_change)
    assert void.day == date(2027, 2, 11)
    if not head_first:
        # The credit awaiting the head can no longer be accepted, before or after he
        # accepts the void, by any head; refusing it is what remains.
        _refused(world, "payment was voided from 11/02/2027",
                 lambda: results.confirm(world.head, credit))  # fmt: skip
        with pytest.raises(ValidationError) as caught:
            results.confirm(world.head, credit)
        assert "không thể xác nhận, chỉ có thể từ chối" in caught.value.message("vi")
    results.confirm(world.head, void)
    if not head_first:
        _refused(world, "11/02/2027", lambda: results.confirm(world.head, credit))
        refused = results.confirm(world.head, credit, accept=False, note="Người mua đã hủy mua")
        assert refused.is_payment
        assert not [r for r in results.pending(world.head) if r.is_payment]
    assert results.results(world.head, world.case.id).collected == 0


def test_a_handover_on_the_last_day_needs_no_ground(world: World) -> None:
    """Paid 10/12/2026: day 60 falls in Tết 2027, so the period ends Wednesday 10/02/2027
    (Civil Code Art 148.5); handed over that day, no ground is asked (Decree 152/2026 Art
    67.1.c); the day after it is (test_a_late_handover_needs_its_ground_and_account)."""
    auctions = world.services.auctions
    lot_id = _paid(world)
    last = date(2027, 2, 10)
    auctions.today.day = last  # type: ignore[attr-defined]
    assert auctions.get(world.officer, lot_id).handover_due == last
    out_on_order(world, lot_id)
    lot = auctions.hand_over(world.head, lot_id, last)
    assert lot.status is LotStatus.HANDED_OVER and lot.handed_over_on == last
    assert lot.late_handover_ground is None and lot.late_handover_reason == ""


SECOND_BUYER = Buyer("Trần Thị Bình", "45 Hàng Bạc, Hoàn Kiếm, Hà Nội")


@pytest.mark.parametrize("void_confirmed", [True, False])
def test_a_lot_sold_again_after_the_buyer_cancelled_credits_its_new_proceeds(
    world: World, void_confirmed: bool
) -> None:
    """The first buyer took his money back (Art 67.4); the lot sold again credits the case
    with the second buyer's money, whether or not a head has yet accepted the void of the
    first credit: money taken back is never counted as still awaiting the head."""
    auctions, results = world.services.auctions, world.services.case_results
    lot_id = _paid(world)
    results.today = lambda: date(2027, 4, 20)
    first = next(r for r in results.pending(world.head) if r.is_payment)
    results.confirm(world.head, first)
    auctions.today.day = date(2027, 2, 11)  # type: ignore[attr-defined]
    auctions.buyer_cancels(world.officer, lot_id, date(2027, 2, 11), "Đơn đề nghị hủy hợp đồng")
    void = next(r for r in results.pending(world.head) if r.is_change)
    if void_confirmed:
        results.confirm(world.head, void)
    posted = date(2027, 2, 22)
    auctions.today.day = posted  # type: ignore[attr-defined]
    auctions.schedule_round(world.officer, lot_id, date(2027, 3, 8), posted_on=posted,
                            notices=notices(posted))  # fmt: skip
    auctions.today.day = date(2027, 3, 8)  # type: ignore[attr-defined]
    auctions.record_winner(world.officer, lot_id, SECOND_BUYER, 100_000_000)
    auctions.today.day = date(2027, 3, 12)  # type: ignore[attr-defined]
    auctions.record_payment(world.actors[Role.ACCOUNTANT], lot_id, 100_000_000, date(2027, 3, 12))
    second = [r for r in results.pending(world.head) if r.is_payment]
    assert [r.day for r in second] == [date(2027, 3, 12)], second
    if not void_confirmed:
        results.confirm(world.head, void)
        results.confirm(world.head, second[0])
        assert results.results(world.head, world.case.id).collected == first.amount
        return
    # Refused by the head (a wrong receipt, say), the officer credits the lot by hand: the
    # first buyer's voided credit does not stand in its way (outcome.lot_credited).
    results.confirm(world.head, second[0], accept=False, note="Sai số biên lai")
    paper = Paper("BL-0312", date(2027, 3, 12), "THADS")
    draft = PaymentDraft(first.amount, date(2027, 3, 12), paper, lot_id=lot_id)
    again = results.record_payment(world.officer, world.case.id, draft)
    results.confirm(world.head, again)
    assert results.results(world.head, world.case.id).collected == first.amount
    twice = lambda: results.record_payment(world.officer, world.case.id, draft)  # noqa: E731
    _refused(world, "are already recorded for the case", twice)
