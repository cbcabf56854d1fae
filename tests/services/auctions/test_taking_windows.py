"""The creditor's taking after the second reduction (Decree 152/2026 Art 65.6, 66), at the
ends of its windows, on both databases: the debtor redeems within 5 working days of his
notice (the last day accepted, the next refused, a weekend and Tết 2027 inside the period),
and redeeming ends the lot with its items back in storage; the creditor pays the difference
within 5 working days of his notice (the last day accepted, the next refused, Tết 2027 and a
weekend inside). Refusals, a wrong role and a wrong order leave nothing written.

The third round (81.000.000 đồng, after two reductions) fails on Monday 25/01/2027; the parties
are told and the creditor asks on Tuesday 26/01. Tết 2027 is Friday 05/02 – Tuesday 09/02
(tests/domain/test_public_holidays.py)."""

from __future__ import annotations

from datetime import date

import pytest

from evidence_app.domain.enums import ItemStatus, LotStatus, Role, SaleMethod
from evidence_app.domain.errors import PermissionDeniedError, ValidationError
from evidence_app.services.auctions import Buyer, LotView
from tests.services.auctions.steps import contracted_lot, failed_rounds
from tests.services.rows import snapshot
from tests.world import World

REQUEST = date(2027, 1, 26)
CREDITOR = Buyer("Phạm Thị Dung", "5 Hàng Bông, Hà Nội")
OWED = 15_000_000  # the debt left: 81.000.000 − 15.000.000 = 66.000.000 to pay in (Art 66)


def _refused(world: World, text_part: str, call: object) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    message = caught.value.message("vi") + " | " + caught.value.message("en")
    assert text_part in message, message
    assert snapshot(world.services) == before


def _denied(world: World, call: object) -> None:
    before = snapshot(world.services)
    with pytest.raises(PermissionDeniedError):
        call()  # type: ignore[operator]
    assert snapshot(world.services) == before


def _taking(world: World, debtor_told: date) -> LotView:
    """A lot failed after its second reduction, the creditor's request of 26/01/2027 and the
    debtor told of it on ``debtor_told`` (within 3 working days: by Friday 29/01)."""
    auctions = world.services.auctions
    lot = failed_rounds(world, contracted_lot(world), [100_000_000, 90_000_000, 81_000_000])
    assert lot.creditor_may_take and lot.rounds[-1].auction_on == date(2027, 1, 25)
    auctions.today.day = debtor_told  # type: ignore[attr-defined]
    auctions.notify_failure(world.officer, lot.id, REQUEST)
    auctions.creditor_requests(world.officer, lot.id, REQUEST)
    lot = auctions.notify_debtor_of_taking(world.officer, lot.id, debtor_told)
    assert lot.status is LotStatus.CREDITOR_TAKING
    return lot


@pytest.mark.parametrize(("paid_on", "ok"), [(date(2027, 2, 10), True),
                                             (date(2027, 2, 11), False)])  # fmt: skip
def test_the_debtor_redeems_within_five_working_days_of_his_notice(
    world: World, paid_on: date, ok: bool
) -> None:
    """Told Friday 29/01/2027: 01, 02, 03, 04/02, then Tết (05–09/02) and the weekends, and
    Wednesday 10/02 is the fifth working day, the last to redeem (Art 65.6)."""
    auctions = world.services.auctions
    accountant = world.actors[Role.ACCOUNTANT]
    lot = _taking(world, date(2027, 1, 29))
    due = next(d for d in lot.deadlines if d.kind == "deadline.taking_redeem")
    assert due.due_on == date(2027, 2, 10)
    assert auctions.redemption_due(world.officer, lot.id) == OWED
    auctions.today.day = paid_on  # type: ignore[attr-defined]
    redeem = auctions.redeem
    # the officer selling does not book money (issue 17); short by one đồng refused (Art 83.4)
    _denied(world, lambda: redeem(world.officer, lot.id, paid_on, OWED))
    if not ok:
        _refused(world, "10/02/2027", lambda: redeem(accountant, lot.id, paid_on, OWED))
        _refused(world, "65", lambda: redeem(accountant, lot.id, paid_on, OWED))
        # the window closed: the creditor is told to pay instead
        lot = auctions.notify_creditor_to_pay(world.officer, lot.id, paid_on)
        assert lot.creditor_notified_on == paid_on
        return
    _refused(world, "15.000.000", lambda: redeem(accountant, lot.id, paid_on, OWED - 1))
    # the debtor may still redeem: the creditor is not told to pay on the window's last day
    _refused(world, "10/02/2027", lambda: auctions.notify_creditor_to_pay(
        world.officer, lot.id, paid_on))  # fmt: skip
    lot = redeem(accountant, lot.id, paid_on, OWED)
    # the lot ends, its items back in storage to leave on the head's order (Law Art 83.4)
    assert lot.status is LotStatus.REDEEMED and lot.ended_on == paid_on
    assert {i.status for i in lot.items} == {ItemStatus.IN_STORAGE}
    assert lot.price is None and lot.sale_method is None
    assert not [d for d in lot.deadlines if d.kind.startswith("deadline.taking")]
    (credit,) = world.services.case_results.pending(world.head)
    assert (credit.amount, credit.day) == (OWED, paid_on)
    # the taking cannot go on after the redemption
    _refused(world, "", lambda: auctions.notify_creditor_to_pay(world.officer, lot.id, paid_on))
    _refused(world, "", lambda: auctions.creditor_takes(
        world.officer, lot.id, CREDITOR, paid_on, difference=66_000_000))  # fmt: skip
    _refused(world, "", lambda: redeem(accountant, lot.id, paid_on, OWED))


def test_the_debtor_redeems_only_once_told_of_the_taking(world: World) -> None:
    """Wrong order: before the debtor is told of the creditor's request the 5 working days
    have not started (Art 65.6)."""
    auctions = world.services.auctions
    lot = failed_rounds(world, contracted_lot(world), [100_000_000, 90_000_000, 81_000_000])
    auctions.today.day = REQUEST  # type: ignore[attr-defined]
    auctions.notify_failure(world.officer, lot.id, REQUEST)
    auctions.creditor_requests(world.officer, lot.id, REQUEST)
    accountant = world.actors[Role.ACCOUNTANT]
    _refused(world, "", lambda: auctions.redeem(accountant, lot.id, REQUEST, OWED))


@pytest.mark.parametrize(("taken_on", "ok"), [(date(2027, 2, 15), True),
                                              (date(2027, 2, 16), False)])  # fmt: skip
def test_the_creditor_pays_the_difference_within_five_working_days(
    world: World, taken_on: date, ok: bool
) -> None:
    """Debtor told Tuesday 26/01: his window ends Tuesday 02/02 (a weekend inside); the
    creditor told Wednesday 03/02: 04/02, then Tết (05–09/02), 10, 11, 12 and Monday 15/02 is
    the fifth working day, the last to pay the 66.000.000 đồng (Art 65.6, 66)."""
    auctions = world.services.auctions
    lot = _taking(world, REQUEST)
    auctions.today.day = date(2027, 2, 3)  # type: ignore[attr-defined]
    _refused(world, "02/02/2027", lambda: auctions.notify_creditor_to_pay(
        world.officer, lot.id, date(2027, 2, 2)))  # fmt: skip
    lot = auctions.notify_creditor_to_pay(world.officer, lot.id, date(2027, 2, 3))
    due = next(d for d in lot.deadlines if d.kind == "deadline.taking_creditor_pays")
    assert due.due_on == date(2027, 2, 15)
    assert auctions.difference_due(world.officer, lot.id) == 66_000_000
    accountant = world.actors[Role.ACCOUNTANT]
    # the debtor's window is over once the creditor is told (Art 65.6)
    _refused(world, "", lambda: auctions.redeem(accountant, lot.id, date(2027, 2, 3), OWED))
    auctions.today.day = taken_on  # type: ignore[attr-defined]
    take = auctions.creditor_takes
    _denied(world, lambda: take(world.actors[Role.KEEPER], lot.id, CREDITOR, taken_on,
                                difference=66_000_000))  # fmt: skip
    if not ok:
        for part in ("15/02/2027", "16/02/2027", "khoản 6 Điều 65", "Art 65.6"):
            _refused(world, part, lambda: take(world.officer, lot.id, CREDITOR, taken_on,
                                               difference=66_000_000))  # fmt: skip
        assert world.services.case_results.pending(world.head) == []
        still = auctions.get(world.officer, lot.id)
        assert still.status is LotStatus.CREDITOR_TAKING and still.price is None
        assert still.paid_total == 0
        return
    _refused(world, "66.000.000", lambda: take(world.officer, lot.id, CREDITOR, taken_on,
                                               difference=65_999_999))  # fmt: skip
    lot = take(world.officer, lot.id, CREDITOR, taken_on, difference=66_000_000)
    assert lot.status is LotStatus.PAID and lot.sale_method is SaleMethod.CREDITOR
    assert (lot.price, lot.sold_on, lot.buyer_name) == (81_000_000, taken_on, "Phạm Thị Dung")
    (credit,) = world.services.case_results.pending(world.head)
    assert (credit.amount, credit.day) == (OWED, taken_on)  # what is set off, that day
