"""Co-owners and priority buyers (Law 106/2025 Art 83.1): 15 days for real property (to the
next working day, Civil Code Art 148.5), 5 working days for movables, then 5 working days
to pay; nobody buying, the lot goes on to the auction contract. Both databases; refusals
write nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from evidence_app.domain.enums import LotStatus, Role, SaleMethod
from evidence_app.domain.errors import ValidationError
from tests.services.auctions.steps import ORG, new_lot, use_clock, valued_lot
from tests.services.rows import snapshot
from tests.world import World

LATE = date(2026, 12, 15)


def _refused(world: World, call: Callable[[], object], shown: str) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        call()
    assert shown in caught.value.message("vi"), caught.value.message("vi")
    assert snapshot(world.services) == before


@pytest.mark.parametrize(
    ("real", "notified", "declared", "allowed", "last"),
    [
        # movables: Monday 09/11 + 5 working days = Monday 16/11 (a weekend inside)
        (False, date(2026, 11, 9), date(2026, 11, 13), True, "16/11/2026"),
        (False, date(2026, 11, 9), date(2026, 11, 16), True, "16/11/2026"),
        (False, date(2026, 11, 9), date(2026, 11, 17), False, "16/11/2026"),
        # real property: 09/11 + 15 days = 24/11, a holiday: the period ends on 25/11
        (True, date(2026, 11, 9), date(2026, 11, 24), True, "25/11/2026"),
        (True, date(2026, 11, 9), date(2026, 11, 25), True, "25/11/2026"),
        (True, date(2026, 11, 9), date(2026, 11, 26), False, "25/11/2026"),
        # real property: 13/11 + 15 days = Saturday 28/11: the period ends on Monday 30/11
        (True, date(2026, 11, 13), date(2026, 11, 30), True, "30/11/2026"),
        (True, date(2026, 11, 13), date(2026, 12, 1), False, "30/11/2026"),
    ],
)
def test_the_co_owner_declares_within_the_priority_period(
    world: World, real: bool, notified: date, declared: date, allowed: bool, last: str
) -> None:
    lot = valued_lot(world, 100_000_000, real_property=real)
    use_clock(world, LATE)
    buyers = world.services.priority_buyers
    notice = buyers.notify(world.officer, lot.id, "Nguyễn Thị Lan (đồng sở hữu)", notified)
    assert notice.declare_by.strftime("%d/%m/%Y") == last
    if not allowed:
        _refused(world, lambda: buyers.buy(world.officer, notice.id, declared), last)
        return
    sold = buyers.buy(world.officer, notice.id, declared)
    assert sold.status is LotStatus.SOLD
    assert sold.sale_method is SaleMethod.CO_OWNER
    assert sold.price == 100_000_000


@pytest.mark.parametrize(("paid_on", "allowed"), [(date(2026, 11, 23), True),
                                                  (date(2026, 11, 24), False)])  # fmt: skip
def test_the_co_owner_pays_within_five_working_days_after_the_period(
    world: World, paid_on: date, allowed: bool
) -> None:
    """Movables notified 09/11: the period ends 16/11, payment by Monday 23/11."""
    lot = valued_lot(world, 100_000_000)
    use_clock(world, LATE)
    buyers = world.services.priority_buyers
    notice = buyers.notify(world.officer, lot.id, "Nguyễn Thị Lan", date(2026, 11, 9))
    assert notice.pay_by == date(2026, 11, 23)
    buyers.buy(world.officer, notice.id, date(2026, 11, 12))
    cashier = world.actors[Role.CASHIER]
    pay = lambda: world.services.auctions.record_payment(cashier, lot.id, 100_000_000, paid_on)  # noqa: E731
    if allowed:
        assert pay().status is LotStatus.PAID
    else:
        _refused(world, pay, "23/11/2026")


@pytest.mark.parametrize(("contract_on", "allowed"), [(date(2026, 11, 16), False),
                                                      (date(2026, 11, 17), True)])  # fmt: skip
def test_nobody_buying_the_lot_goes_to_auction_after_the_period(
    world: World, contract_on: date, allowed: bool
) -> None:
    lot = valued_lot(world, 100_000_000)
    use_clock(world, LATE)
    world.services.priority_buyers.notify(world.officer, lot.id, "Nguyễn Thị Lan",
                                          date(2026, 11, 9))  # fmt: skip
    sign = lambda: world.services.auctions.sign_contract(  # noqa: E731
        world.officer, lot.id, ORG, "12/2026/HĐ-ĐGTS", contract_on
    )
    if allowed:
        assert sign().status is LotStatus.CONTRACTED
    else:
        _refused(world, sign, "16/11/2026")


def test_no_notice_before_the_valuation_and_no_purchase_by_the_wrong_role(
    world: World,
) -> None:
    use_clock(world, LATE)
    lot = new_lot(world)
    buyers = world.services.priority_buyers
    before = snapshot(world.services)
    with pytest.raises(Exception):
        buyers.notify(world.officer, lot.id, "Nguyễn Thị Lan", date(2026, 11, 9))
    assert snapshot(world.services) == before
    valued = valued_lot(world, 100_000_000)
    use_clock(world, LATE)
    notice = buyers.notify(world.officer, valued.id, "Nguyễn Thị Lan", date(2026, 11, 9))
    before = snapshot(world.services)
    with pytest.raises(Exception):
        buyers.buy(world.keeper, notice.id, date(2026, 11, 10))
    assert snapshot(world.services) == before
    _refused(world, lambda: buyers.buy(world.officer, notice.id, date(2026, 11, 6)), "")
