"""Each legal period and threshold of the auction rules, on the day before, the day of and
the day after its boundary, with weekends and a configured holiday inside working-day
periods; and the calendar and rule settings the periods read."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from evidence_app.domain.enums import Category, HandoverObstacle, LotStatus, Role, SaleMethod
from evidence_app.domain.errors import DuplicateError, PermissionDeniedError, ValidationError
from evidence_app.services.auctions import Buyer
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.deadlines import Deadline, collect
from evidence_app.services.core.uow import unit_of_work
from tests.people import hire
from tests.services.auctions.steps import (
    AUCTION_1,
    BUYER,
    CONTRACT,
    ORG,
    SEIZED,
    VALUED,
    announce,
    contracted_lot,
    firm,
    gold,
    new_lot,
    notices,
    out_on_order,
    use_clock,
    valued_lot,
)
from tests.services.rows import snapshot
from tests.world import PASSWORD, World

DAY = timedelta(days=1)


def _open(world: World, today: date, kind: str) -> Deadline:
    with unit_of_work(world.services.db, read_only=True) as session:
        found = [d for d in collect(session, today, date(2099, 1, 1)) if d.kind == kind]
    assert len(found) == 1, found
    return found[0]


# -- valuation notice: 3 working days (Art 60.6) ------------------------------------------


def test_the_valuation_notice_is_due_three_working_days_later_across_a_weekend(
    world: World,
) -> None:
    use_clock(world, VALUED)
    lot = new_lot(world)
    world.services.auctions.record_valuation(world.officer, lot.id, firm())  # Friday 06/11
    due = date(2026, 11, 11)  # Mon, Tue, Wed
    notice = _open(world, due, "deadline.valuation_notice")
    assert notice.due_on == due and "Điều 60.6" in notice.article
    assert not notice.is_overdue(due - DAY) and not notice.is_overdue(due)
    assert notice.is_overdue(due + DAY)


def test_a_holiday_inside_the_notice_period_moves_it_a_working_day(world: World) -> None:
    world.services.calendar.add(world.admin, date(2026, 11, 10), "Nghỉ bù")
    use_clock(world, VALUED)
    lot = new_lot(world)
    lot = world.services.auctions.record_valuation(world.officer, lot.id, firm())
    assert lot.next_deadline is not None and lot.next_deadline.due_on == date(2026, 11, 12)


# -- posting: 7 working days (movables) / 15 days (real property) -------------------------


@pytest.mark.parametrize(
    ("posted_on", "allowed"),
    [(date(2026, 11, 16), True), (date(2026, 11, 17), True), (date(2026, 11, 18), False)],
)
def test_movables_are_posted_seven_whole_working_days_before_the_auction(
    world: World, posted_on: date, allowed: bool
) -> None:
    """Auction Monday 30/11: the 7 working days between are 18, 19, 20, 23, 25, 26, 27/11
    (a weekend and 24/11, Ngày Văn hóa Việt Nam, left out; neither end counted)."""
    lot = contracted_lot(world)
    world.services.auctions.today.day = posted_on  # type: ignore[attr-defined]
    _post(world, lot.id, posted_on, allowed, latest="17/11/2026")


def test_a_day_off_in_lieu_inside_the_posting_period_makes_the_last_day_earlier(
    world: World,
) -> None:
    world.services.calendar.add(world.admin, date(2026, 11, 23), "Nghỉ bù (giả định)")
    lot = contracted_lot(world)
    world.services.auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    _post(world, lot.id, date(2026, 11, 17), False, latest="16/11/2026")
    _post(world, lot.id, date(2026, 11, 16), True, latest="")


def test_a_working_saturday_inside_the_posting_period_counts(world: World) -> None:
    world.services.calendar.add(world.admin, date(2026, 11, 21), "Làm bù", working=True)
    lot = contracted_lot(world)
    world.services.auctions.today.day = date(2026, 11, 19)  # type: ignore[attr-defined]
    _post(world, lot.id, date(2026, 11, 19), False, latest="18/11/2026")
    _post(world, lot.id, date(2026, 11, 18), True, latest="")


@pytest.mark.parametrize(
    ("posted_on", "allowed"),
    [(date(2026, 11, 13), True), (date(2026, 11, 14), True), (date(2026, 11, 15), False)],
)
def test_real_property_is_posted_fifteen_whole_days_before_the_auction(
    world: World, posted_on: date, allowed: bool
) -> None:
    """Posted 14/11, the 15 days 15/11–29/11 lie between it and the auction on 30/11."""
    lot = contracted_lot(world, real_property=True)
    world.services.auctions.today.day = posted_on  # type: ignore[attr-defined]
    _post(world, lot.id, posted_on, allowed, latest="14/11/2026")


def _post(world: World, lot_id: int, posted_on: date, allowed: bool, latest: str) -> None:
    auctions = world.services.auctions
    lot = auctions.get(world.officer, lot_id)
    if lot.status is LotStatus.CONTRACTED:
        lot = auctions.schedule_round(world.officer, lot_id, AUCTION_1)
    before = snapshot(world.services)
    if allowed:
        posted = auctions.record_posting(world.officer, lot_id, posted_on)
        assert posted.current_round is not None and posted.current_round.posted_on == posted_on
        return
    with pytest.raises(ValidationError) as caught:
        auctions.record_posting(world.officer, lot_id, posted_on)
    assert latest in caught.value.message("vi") and latest in caught.value.message("en")
    assert snapshot(world.services) == before


def test_an_unposted_round_shows_its_latest_posting_day_as_a_deadline(world: World) -> None:
    lot = contracted_lot(world)
    lot = world.services.auctions.schedule_round(world.officer, lot.id, AUCTION_1)
    posting = _open(world, date(2026, 11, 17), "deadline.auction_posting")
    assert posting.due_on == date(2026, 11, 17) and not posting.is_overdue(date(2026, 11, 17))
    assert posting.is_overdue(date(2026, 11, 18))
    assert lot.current_round is not None and lot.current_round.latest_posting_on == posting.due_on


# -- payment: 30 days, 60 by agreement (Art 65.1) -----------------------------------------


@pytest.mark.parametrize(
    ("by_agreement", "offset", "allowed"),
    [(False, 29, True), (False, 30, True), (False, 31, False),
     (True, 59, True), (True, 60, True), (True, 61, False)],
)  # fmt: skip
def test_the_buyer_pays_within_thirty_days_or_sixty_by_agreement(
    world: World, by_agreement: bool, offset: int, allowed: bool
) -> None:
    auctions = world.services.auctions
    lot_id = _sold(world, by_agreement)
    paid_on = AUCTION_1 + timedelta(days=offset)
    auctions.today.day = paid_on  # type: ignore[attr-defined]
    cashier = world.actors[Role.CASHIER]
    assert _open(world, paid_on, "deadline.sale_payment").is_overdue(paid_on) is not allowed
    if allowed:
        assert auctions.record_payment(cashier, lot_id, 100_000_000, paid_on).status is (
            LotStatus.PAID
        )
        return
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        auctions.record_payment(cashier, lot_id, 100_000_000, paid_on)
    assert "Điều 65.1" in caught.value.message("vi")
    assert snapshot(world.services) == before


def _sold(world: World, by_agreement: bool = False) -> int:
    auctions = world.services.auctions
    lot = contracted_lot(world)
    auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    lot = auctions.schedule_round(
        world.officer,
        lot.id,
        AUCTION_1,
        posted_on=date(2026, 11, 17),
        notices=notices(date(2026, 11, 17)),
    )
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    return auctions.record_winner(world.officer, lot.id, BUYER, 100_000_000, by_agreement).id


def _sold_at(world: World, auction_on: date) -> int:
    """A lot auctioned (posted 17/11/2026, or on its contract day when the auction is later
    than 30 days after 12/11/2026) and sold on ``auction_on``; the contract is signed 28
    days before a later auction (held within 30 days of it, Law 106/2025 Art 83.2.a)."""
    auctions = world.services.auctions
    posted_on, contract_on = date(2026, 11, 17), CONTRACT
    if auction_on <= date(2026, 12, 14):
        lot = contracted_lot(world)
    else:
        lot = valued_lot(world)
        contract_on = auction_on - timedelta(days=28)
        auctions.today.day = contract_on  # type: ignore[attr-defined]
        lot = auctions.sign_contract(world.officer, lot.id, ORG, "16/2027/HĐ-ĐG", contract_on)
        # posted a week later, the public notices between (Law on Asset Auctions Art 57)
        posted_on = contract_on + timedelta(days=7)
    auctions.today.day = posted_on  # type: ignore[attr-defined]
    lot = auctions.schedule_round(
        world.officer,
        lot.id,
        auction_on,
        posted_on=posted_on,
        notices=notices(posted_on, contract_on),
    )
    auctions.today.day = auction_on  # type: ignore[attr-defined]
    return auctions.record_winner(world.officer, lot.id, BUYER, 100_000_000).id


def _pay(world: World, lot_id: int, paid_on: date, allowed: bool, due: str) -> None:
    auctions = world.services.auctions
    auctions.today.day = paid_on  # type: ignore[attr-defined]
    cashier = world.actors[Role.CASHIER]
    before = snapshot(world.services)
    if allowed:
        assert auctions.record_payment(cashier, lot_id, 100_000_000, paid_on).status is (
            LotStatus.PAID
        )
        return
    with pytest.raises(ValidationError) as caught:
        auctions.record_payment(cashier, lot_id, 100_000_000, paid_on)
    assert due in caught.value.message("vi") and due in caught.value.message("en")
    assert snapshot(world.services) == before


@pytest.mark.parametrize(
    ("paid_on", "allowed"),
    [(date(2027, 1, 2), True), (date(2027, 1, 4), True), (date(2027, 1, 5), False)],
)
def test_a_payment_on_monday_is_in_time_when_day_thirty_was_a_saturday(
    world: World, paid_on: date, allowed: bool
) -> None:
    """Sold Thursday 03/12/2026: day 30 is Saturday 02/01/2027, so the period ends Monday
    04/01 (Civil Code 2015 Art 148.5); 01/01, a holiday inside it, changes nothing."""
    lot_id = _sold_at(world, date(2026, 12, 3))
    deadline = _open(world, date(2026, 12, 3), "deadline.sale_payment")
    assert deadline.due_on == date(2027, 1, 4)
    assert world.services.auctions.get(world.officer, lot_id).payment_due == date(2027, 1, 4)
    _pay(world, lot_id, paid_on, allowed, due="04/01/2027")


@pytest.mark.parametrize(
    ("paid_on", "allowed"),
    [(date(2027, 4, 29), True), (date(2027, 4, 30), True), (date(2027, 5, 3), True),
     (date(2027, 5, 4), False)],
)  # fmt: skip
def test_a_payment_after_a_holiday_and_a_weekend_is_in_time_when_day_thirty_was_30_april(
    world: World, paid_on: date, allowed: bool
) -> None:
    """Sold Wednesday 31/03/2027: day 30 is Friday 30/04 (Ngày Chiến thắng), then 01/05
    (a Saturday and a holiday) and Sunday: the buyer may pay on Monday 03/05."""
    lot_id = _sold_at(world, date(2027, 3, 31))
    _pay(world, lot_id, paid_on, allowed, due="03/05/2027")


def test_a_working_saturday_the_agency_declared_ends_the_payment_period(world: World) -> None:
    world.services.calendar.add(world.admin, date(2027, 1, 2), "Làm bù", working=True)
    lot_id = _sold_at(world, date(2026, 12, 3))
    _pay(world, lot_id, date(2027, 1, 4), False, due="02/01/2027")
    _pay(world, lot_id, date(2027, 1, 2), True, due="")


def test_only_a_weekend_day_can_be_declared_a_working_day(world: World) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        world.services.calendar.add(world.admin, date(2027, 1, 4), "Làm bù", working=True)
    assert "04/01/2027" in caught.value.message("vi") and "Điều 112" in caught.value.message("vi")
    assert "Art 112.3" in caught.value.message("en")
    assert snapshot(world.services) == before
    saturday = world.services.calendar.add(world.admin, date(2027, 1, 2), "Làm bù", working=True)
    assert saturday.working and saturday.active


def test_an_overpayment_is_refused(world: World) -> None:
    lot_id = _sold(world)
    with pytest.raises(ValidationError, match="exceeds the amount still due"):
        world.services.auctions.record_payment(
            world.actors[Role.ACCOUNTANT], lot_id, 100_000_001, AUCTION_1
        )


# -- handover: 60 days after full payment (Art 67.1.c) ------------------------------------


def test_the_asset_is_handed_over_within_sixty_days_of_full_payment(world: World) -> None:
    """Paid 10/12/2026: day 60 is Monday 08/02/2027, the third day of Tết 2027 (Tết from
    Friday 05/02, the eve, to Tuesday 09/02), so the period ends Wednesday 10/02 (Civil Code
    Art 148.5)."""
    auctions = world.services.auctions
    lot_id = _sold(world)
    paid_on = date(2026, 12, 10)
    auctions.today.day = paid_on  # type: ignore[attr-defined]
    auctions.record_payment(world.actors[Role.ACCOUNTANT], lot_id, 100_000_000, paid_on)
    assert paid_on + timedelta(days=60) == date(2027, 2, 8)
    due = date(2027, 2, 10)
    handover = _open(world, paid_on, "deadline.buyer_handover")
    assert handover.due_on == due and "Điều 67.1.c" in handover.article
    assert [handover.is_overdue(d) for d in (due - DAY, due, due + DAY)] == [False, False, True]
    auctions.today.day = due + DAY  # type: ignore[attr-defined]
    out_on_order(world, lot_id)
    # Late only on a recorded ground and account of it (Decree 152/2026 Art 67.1.c)
    before = snapshot(world.services)
    with pytest.raises(ValidationError, match=r"67\.1\.c"):
        auctions.hand_over(world.head, lot_id, due + DAY)
    assert snapshot(world.services) == before
    late = auctions.hand_over(
        world.head, lot_id, due + DAY, late_ground=HandoverObstacle.OBJECTIVE_OBSTACLE,
        late_reason="Đường vào kho bị sạt lở, không vận chuyển được tài sản",
    )  # fmt: skip
    assert late.status is LotStatus.HANDED_OVER
    assert late.late_handover_ground is HandoverObstacle.OBJECTIVE_OBSTACLE


def test_ten_days_after_full_payment_the_money_is_due_in_a_bank(world: World) -> None:
    """Paid Thursday 10/12/2026: day 10 is Sunday 20/12, so the money not handed over goes to
    a commercial bank by Monday 21/12 (Decree 152 Art 65.2, 30.7; Civil Code Art 148.5)."""
    auctions = world.services.auctions
    lot_id = _sold(world)
    paid_on = date(2026, 12, 10)
    auctions.today.day = paid_on  # type: ignore[attr-defined]
    auctions.record_payment(world.actors[Role.ACCOUNTANT], lot_id, 100_000_000, paid_on)
    bank = _open(world, paid_on, "deadline.sale_money_to_bank")
    due = date(2026, 12, 21)
    assert bank.due_on == due and "Điều 65.2, 30.7" in bank.article
    assert [bank.is_overdue(d) for d in (due - DAY, due, due + DAY)] == [False, False, True]
    auctions.today.day = date(2026, 12, 14)  # type: ignore[attr-defined]
    out_on_order(world, lot_id)
    auctions.hand_over(world.head, lot_id, date(2026, 12, 14))
    with unit_of_work(world.services.db, read_only=True) as session:
        found = collect(session, due, date(2099, 1, 1))
        assert not [d for d in found if d.area == "auctions" and d.ref_id == lot_id]


# -- sales without auction (Art 60.4–60.5, 61.2, 64, 67.1.b) ------------------------------


@pytest.mark.parametrize(
    ("price", "allowed"), [(26_549_999, True), (26_550_000, True), (26_550_001, False)]
)
def test_low_value_means_at_most_five_times_the_regional_minimum_wage(
    world: World, price: int, allowed: bool
) -> None:
    lot = valued_lot(world, price)
    _direct(world, lot.id, SaleMethod.LOW_VALUE, allowed, "26.550.000")


def test_the_agency_may_configure_the_minimum_wage_and_the_multiple(world: World) -> None:
    lot = valued_lot(world, 30_000_000)
    _direct(world, lot.id, SaleMethod.LOW_VALUE, False, "26.550.000")
    world.services.rules.set(world.head, "region.minimum_wage_vnd", 6_000_000)
    assert world.services.rules.value(world.officer, "region.minimum_wage_vnd") == 6_000_000
    _direct(world, lot.id, SaleMethod.LOW_VALUE, True, "")


def test_perishables_are_sold_without_auction_and_other_goods_are_not(world: World) -> None:
    use_clock(world, VALUED)
    fish = world.receive("Cá đông lạnh 200 kg", category=Category.PERISHABLE)
    bike = world.receive("Xe máy Honda Wave")
    mixed = new_lot(world, bike)
    world.services.auctions.record_valuation(world.officer, mixed.id, firm(40_000_000))
    _direct(world, mixed.id, SaleMethod.PERISHABLE, False, bike.code)
    lot = new_lot(world, fish)
    world.services.auctions.record_valuation(world.officer, lot.id, firm(40_000_000))
    sold = _direct(world, lot.id, SaleMethod.PERISHABLE, True, "")
    # handed over within 3 working days of the sale (Art 67.1.b): Mon 9/11 → Thu 12/11
    assert sold is not None and sold.handover_due == date(2026, 11, 12)


def test_a_sale_without_auction_is_three_peoples_work(world: World) -> None:
    """Issue 17: the buyer pays at the sale, but the officer who sells does not book the money
    (the accountant does, dated the sale day) and neither of them hands the goods over.
    Each refusal writes nothing."""
    use_clock(world, VALUED)
    fish = world.receive("Cá đông lạnh 200 kg", category=Category.PERISHABLE)
    lot = new_lot(world, fish)
    world.services.auctions.record_valuation(world.officer, lot.id, firm(40_000_000))
    sold = _direct(world, lot.id, SaleMethod.PERISHABLE, True, "")
    assert sold is not None and sold.status is LotStatus.SOLD and sold.paid_total == 0
    auctions, sale_day = world.services.auctions, date(2026, 11, 9)
    seller = hire(world.services, world.admin, "chv-ketoan", "Đinh Văn Hai Vai", PASSWORD,
                  [Role.OFFICER, Role.ACCOUNTANT], "", world.second_admin())  # fmt: skip
    other = valued_lot(world, 10_000_000)
    _direct_by(world, seller, other.id)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as refused:
        auctions.record_payment(seller, other.id, 10_000_000, sale_day)
    assert refused.value.key == "sale.own_sale"
    auctions.today.day = sale_day + timedelta(days=1)  # type: ignore[attr-defined]
    with pytest.raises(ValidationError) as late:
        auctions.record_payment(world.accountant, lot.id, 10_000_000, sale_day + timedelta(1))
    assert late.value.key == "auction.payment_late"  # paid at the sale, dated the sale day
    assert snapshot(world.services) == before
    paid = auctions.record_payment(world.accountant, lot.id, 10_000_000, sale_day)
    assert paid.status is LotStatus.PAID
    auctions.today.day = sale_day  # type: ignore[attr-defined]
    out_on_order(world, lot.id)  # the fish leave the warehouse the day they are sold
    before = snapshot(world.services)
    for person, key in ((world.officer, "sale.own_sale_handover"),
                        (world.accountant, None)):  # fmt: skip
        with pytest.raises((ValidationError, PermissionDeniedError)) as refused_:
            auctions.hand_over(person, lot.id, sale_day)
        assert key is None or getattr(refused_.value, "key", None) == key
    assert snapshot(world.services) == before
    assert auctions.hand_over(world.head, lot.id, sale_day).status is LotStatus.HANDED_OVER


def _direct_by(world: World, seller: Actor, lot_id: int) -> None:
    auctions = world.services.auctions
    auctions.today.day = date(2026, 11, 9)  # type: ignore[attr-defined]
    announce(world, lot_id, actor=seller)  # Decree 152/2026 Art 64.2: Friday 06/11
    auctions.sell_without_auction(seller, lot_id, SaleMethod.LOW_VALUE, Buyer("Trần Văn Hùng"),
                                  10_000_000, date(2026, 11, 9))  # fmt: skip


@pytest.mark.parametrize(
    ("announced_on", "allowed"),
    [(date(2026, 11, 5), True), (date(2026, 11, 6), True), (date(2026, 11, 9), False)],
)
def test_a_sale_without_auction_is_announced_a_working_day_before(
    world: World, announced_on: date, allowed: bool
) -> None:
    lot = valued_lot(world, 10_000_000)  # sold Monday 09/11: announced by Friday 06/11
    _direct(world, lot.id, SaleMethod.LOW_VALUE, allowed, "06/11/2026", announced_on)


def _direct(
    world: World, lot_id: int, method: SaleMethod, allowed: bool, shown: str,
    announced_on: date = date(2026, 11, 6),
):  # type: ignore[no-untyped-def]  # fmt: skip
    """The announcement for Monday 09/11 (Decree 152/2026 Art 64.2), then the sale. The
    announcement checks the ground and the working day: refused, it writes nothing and the
    sale is refused too."""
    auctions = world.services.auctions
    auctions.today.day = date(2026, 11, 9)  # type: ignore[attr-defined]
    buyer = Buyer("Trần Văn Hùng", "Hà Đông, Hà Nội")
    sale_day = date(2026, 11, 9)
    sell = lambda: auctions.sell_without_auction(  # noqa: E731
        world.officer, lot_id, method, buyer, 10_000_000, sale_day
    )
    if allowed:
        announce(world, lot_id, method, announced_on, sale_day)
        return sell()
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        announce(world, lot_id, method, announced_on, sale_day)
    assert shown in caught.value.message("vi")
    with pytest.raises(ValidationError):
        sell()
    assert snapshot(world.services) == before
    return None


@pytest.mark.parametrize(("offset", "overdue"), [(9, False), (10, False), (11, True)])
def test_gold_bars_are_sold_to_a_dealer_within_ten_days_of_the_seizure(
    world: World, offset: int, overdue: bool
) -> None:
    use_clock(world, VALUED)
    lot = new_lot(world, gold(world), gold_bullion=True)
    deadline = _open(world, SEIZED, "deadline.gold_sale")
    assert deadline.due_on == SEIZED + timedelta(days=10) and "Điều 61.2" in deadline.article
    assert deadline.is_overdue(SEIZED + timedelta(days=offset)) is overdue
    world.services.auctions.today.day = date(2026, 11, 10)  # type: ignore[attr-defined]
    sold = world.services.auctions.sell_without_auction(
        world.officer, lot.id, SaleMethod.GOLD_DEALER, Buyer("Công ty Vàng bạc Đá quý SJC"),
        16_000_000, date(2026, 11, 10),
    )  # fmt: skip
    assert sold.status is LotStatus.SOLD  # the dealer pays at the sale; the accountant books it
    paid = world.services.auctions.record_payment(world.accountant, lot.id, 16_000_000,
                                                  date(2026, 11, 10))  # fmt: skip
    assert paid.status is LotStatus.PAID and paid.deadlines[0].kind == "deadline.buyer_handover"


def test_only_a_gold_lot_goes_to_a_gold_dealer(world: World) -> None:
    use_clock(world, VALUED)
    with pytest.raises(ValidationError, match="precious metals"):
        new_lot(world, gold_bullion=True)
    lot = new_lot(world, gold(world))
    with pytest.raises(ValidationError, match="gold bars"):
        world.services.auctions.sell_without_auction(
            world.officer, lot.id, SaleMethod.GOLD_DEALER, BUYER, 1_000, VALUED
        )


# -- the calendar and the configurable rules -----------------------------------------------


def test_holidays_are_added_listed_and_deactivated_by_settings_managers(world: World) -> None:
    calendar = world.services.calendar
    before = snapshot(world.services)
    with pytest.raises(PermissionDeniedError):
        calendar.add(world.officer, date(2027, 1, 1), "Tết Dương lịch")
    assert snapshot(world.services) == before
    day = calendar.add(world.head, date(2027, 1, 1), "Tết Dương lịch")
    with pytest.raises(DuplicateError):
        calendar.add(world.admin, date(2027, 1, 1), "Tết")
    assert [h.day for h in calendar.list(world.officer, 2027)] == [date(2027, 1, 1)]
    calendar.deactivate(world.admin, day.id)
    assert calendar.list(world.officer, 2027) == []
    assert calendar.list(world.officer, 2027, all_=True)[0].active is False
    back = calendar.add(world.admin, date(2027, 1, 1), "Tết Dương lịch 2027")
    assert back.id == day.id and back.active


def test_only_configurable_rules_take_validated_overrides(world: World) -> None:
    rules = world.services.rules
    with pytest.raises(ValidationError):
        rules.set(world.admin, "auction.payment_days", 45)
    with pytest.raises(ValidationError):
        rules.set(world.admin, "auction.max_reduction_percent", 101)
    with pytest.raises(PermissionDeniedError):
        rules.set(world.officer, "auction.max_reduction_percent", 5)
    rules.set(world.admin, "auction.max_reduction_percent", 5)
    shown = {r.rule.key: (r.value, r.overridden) for r in rules.configurable(world.officer)}
    assert shown["auction.max_reduction_percent"] == (5, True)
    assert shown["region.minimum_wage_vnd"] == (5_310_000, False)
    rules.set(world.admin, "auction.max_reduction_percent", None)
    assert rules.value(world.officer, "auction.max_reduction_percent") == 10
    with pytest.raises(ValidationError):
        rules.set(world.admin, "region.minimum_wage_vnd", 5_310_000.5)  # whole đồng only
    assert rules.set(world.admin, "sale.low_value_wage_multiple", 2.5).value == 2.5


def test_an_agency_reduction_limit_is_the_one_rounds_are_checked_against(world: World) -> None:
    from tests.services.auctions.steps import failed_rounds

    world.services.rules.set(world.head, "auction.max_reduction_percent", 5)
    lot = failed_rounds(world, contracted_lot(world), [100_000_000])
    world.services.auctions.today.day = date(2026, 12, 1)  # type: ignore[attr-defined]
    with pytest.raises(ValidationError, match="more than 5%"):
        world.services.auctions.schedule_round(
            world.officer, lot.id, date(2026, 12, 28), 94_000_000
        )
    lot = world.services.auctions.schedule_round(
        world.officer, lot.id, date(2026, 12, 28), 95_000_000
    )
    assert lot.reductions == 1


@pytest.mark.parametrize(
    ("previous", "percent", "lowest"),
    [(100_000_000, 10, 90_000_000), (333, 10, 300), (100_000_000, 7.5, 92_500_000)],
)
def test_the_lowest_next_price_rounds_up_so_the_cut_never_exceeds_the_limit(
    previous: int, percent: float, lowest: int
) -> None:
    from evidence_app.services.auctions import minimum_next_price

    assert minimum_next_price(previous, percent) == lowest
