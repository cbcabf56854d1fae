"""After the auction (Decree 152/2026 Art 65): a buyer who has not paid by the end of the
period (Civil Code 2015 Art 148.5) loses the sale on the officer's record, the deposit goes
to the agency (Art 65.5) and the lot is auctioned again at the same starting price; refused
attempts write nothing; the ledger (Mẫu 17) shows the cancellation. On both databases."""

from __future__ import annotations

from datetime import date

import pytest

from evidence_app.domain.enums import EventKind, ItemStatus, LotStatus, Role, RoundOutcome
from evidence_app.domain.errors import ValidationError
from evidence_app.services.auctions import Buyer
from tests.services.auctions.steps import BUYER, contracted_lot, notices
from tests.services.rows import snapshot
from tests.world import World

SOLD_ON = date(2026, 12, 3)  # Thursday: day 30 is Saturday 02/01/2027 → due Monday 04/01
DUE = date(2027, 1, 4)
RECORD = "Quyết định hủy kết quả bán đấu giá số 12/QĐ-CCTHADS ngày {day}"


def _sold(world: World) -> int:
    auctions = world.services.auctions
    lot = contracted_lot(world)
    auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    lot = auctions.schedule_round(
        world.officer,
        lot.id,
        SOLD_ON,
        posted_on=date(2026, 11, 17),
        notices=notices(date(2026, 11, 17)),
    )
    auctions.today.day = SOLD_ON  # type: ignore[attr-defined]
    return auctions.record_winner(world.officer, lot.id, BUYER, 105_000_000).id


def _refused(world: World, key_text: str, call: object) -> ValidationError:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    assert key_text in caught.value.message("vi") or key_text in caught.value.message("en")
    assert snapshot(world.services) == before
    return caught.value


@pytest.mark.parametrize("day", [date(2027, 1, 2), DUE])
def test_the_sale_cannot_be_cancelled_while_the_buyer_may_still_pay(
    world: World, day: date
) -> None:
    lot_id = _sold(world)
    auctions = world.services.auctions
    auctions.today.day = day  # type: ignore[attr-defined]
    error = _refused(
        world, "04/01/2027",
        lambda: auctions.cancel_unpaid_sale(world.officer, lot_id, day, RECORD, 10_000_000),
    )  # fmt: skip
    assert "Điều 65" in error.message("vi") and "Art 148.5" in error.message("en")


def test_the_day_after_the_period_the_sale_is_cancelled_and_the_lot_auctioned_again(
    world: World,
) -> None:
    lot_id = _sold(world)
    auctions = world.services.auctions
    day = date(2027, 1, 5)
    auctions.today.day = day  # type: ignore[attr-defined]
    _refused(world, "biên bản", lambda: auctions.cancel_unpaid_sale(world.officer, lot_id, day, ""))
    lot = auctions.cancel_unpaid_sale(
        world.officer, lot_id, day, RECORD.format(day="05/01/2027"), 10_000_000
    )
    assert lot.status is LotStatus.CONTRACTED and lot.sale_method is None and lot.price is None
    assert lot.forfeited_deposits == 10_000_000 and lot.payment_due is None
    assert [r.outcome for r in lot.rounds] == [RoundOutcome.SALE_CANCELLED]
    assert {i.status for i in lot.items} == {ItemStatus.AWAITING_AUCTION}
    event = world.services.items.history(world.officer, lot.items[0].item_id)[0]
    assert event.kind is EventKind.SALE_CANCELLED
    assert (
        event.status_before is ItemStatus.SOLD and event.status_after is ItemStatus.AWAITING_AUCTION
    )
    # Auctioned again at the same starting price: a cancelled sale is no failed round.
    _refused(
        world, "Điều 83",
        lambda: auctions.schedule_round(world.officer, lot_id, date(2027, 2, 1), 95_000_000),
    )  # fmt: skip
    lot = auctions.schedule_round(
        world.officer,
        lot_id,
        date(2027, 2, 1),
        None,
        posted_on=date(2027, 1, 5),
        notices=notices(date(2027, 1, 5)),
    )
    assert lot.current_round is not None and lot.current_round.starting_price == 100_000_000
    auctions.today.day = date(2027, 2, 1)  # type: ignore[attr-defined]
    second = Buyer("Bà Trần Thị Hoa", "5 Hàng Bài, Hà Nội")
    lot = auctions.record_winner(world.officer, lot_id, second, 101_000_000)
    assert lot.status is LotStatus.SOLD and lot.buyer_name == second.name
    cashier = world.actors[Role.CASHIER]
    auctions.today.day = date(2027, 2, 3)  # type: ignore[attr-defined]
    paid = auctions.record_payment(cashier, lot_id, 101_000_000, date(2027, 2, 3))
    assert paid.status is LotStatus.PAID
    ledger = auctions.ledger(world.actors[Role.INSPECTOR], date(2026, 10, 1), date(2027, 9, 30))
    note = ledger.rows[0][14]
    assert isinstance(note, str) and "hủy bán 1 lần do không nộp tiền" in note
    assert "10.000.000" in note and ledger.rows[0][6] == 2


def test_a_partly_paid_or_direct_sale_is_not_cancelled_here(world: World) -> None:
    lot_id = _sold(world)
    auctions = world.services.auctions
    auctions.today.day = date(2026, 12, 10)  # type: ignore[attr-defined]
    auctions.record_payment(world.actors[Role.CASHIER], lot_id, 5_000_000, date(2026, 12, 10))
    day = date(2027, 1, 5)
    auctions.today.day = day  # type: ignore[attr-defined]
    _refused(
        world, "5.000.000",
        lambda: auctions.cancel_unpaid_sale(world.officer, lot_id, day, RECORD, 10_000_000),
    )  # fmt: skip
