"""The sale money banked in the agency's name (Decree 152/2026 Art 65.2, 30.7): the interest
credited and the money taken out, returned to the buyer after his cancellation (Art 67.4) or
paid out to the case after the handover; refused before a deposit, before its date, above the
balance, without the cancellation or before the handover, by a keeper, and by plain SQL (the
table is append-only). Nothing is written when refused; on both databases."""

from __future__ import annotations

from datetime import date

import pytest

from evidence_app.domain.enums import BankMovement, HandoverObstacle, LotStatus, Role
from evidence_app.domain.errors import PermissionDeniedError, ValidationError
from tests.services.auctions.steps import out_on_order
from tests.services.auctions.test_sale_rules import _paid
from tests.services.rows import refused_by_database, snapshot
from tests.world import World

BANK = "Ngân hàng TMCP Ngoại thương Việt Nam – Chi nhánh Hà Nội"
BANKED_ON = date(2026, 12, 21)
INTEREST_ON = date(2027, 1, 21)
INTEREST, RETURN, PAYOUT = (
    BankMovement.INTEREST,
    BankMovement.RETURNED_TO_BUYER,
    BankMovement.PAID_TO_CASE,
)


def _refused(world: World, text_part: str, call: object) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    message = caught.value.message("vi") + caught.value.message("en")
    assert text_part in message, message
    assert snapshot(world.services) == before


def _banked(world: World) -> int:
    lot_id = _paid(world)
    auctions = world.services.auctions
    auctions.today.day = BANKED_ON  # type: ignore[attr-defined]
    accountant = world.actors[Role.ACCOUNTANT]
    move = auctions.record_bank_movement
    _refused(world, "65", lambda: move(accountant, lot_id, INTEREST, BANKED_ON, 1))
    auctions.deposit_in_bank(accountant, lot_id, BANKED_ON, BANK, 100_000_000)
    return lot_id


def test_interest_is_credited_and_counts_in_the_balance(world: World) -> None:
    lot_id = _banked(world)
    auctions = world.services.auctions
    accountant = world.actors[Role.ACCOUNTANT]
    move = auctions.record_bank_movement
    auctions.today.day = INTEREST_ON  # type: ignore[attr-defined]
    day_before = date(2026, 12, 20)
    _refused(world, "21/12/2026", lambda: move(accountant, lot_id, INTEREST, day_before, 1))
    _refused(world, "", lambda: move(accountant, lot_id, INTEREST, date(2027, 1, 22), 1))
    _refused(world, "", lambda: move(accountant, lot_id, INTEREST, INTEREST_ON, 0))
    before = snapshot(world.services)
    with pytest.raises(PermissionDeniedError):  # a keeper does not handle money
        move(world.actors[Role.KEEPER], lot_id, INTEREST, INTEREST_ON, 350_000)
    assert snapshot(world.services) == before
    lot = move(accountant, lot_id, INTEREST, BANKED_ON, 350_000, "Lãi kỳ hạn 1 tháng")
    deposit = lot.bank_deposits[-1]
    assert deposit.balance == 100_350_000
    assert [(m.kind, m.amount) for m in deposit.movements] == [(INTEREST, 350_000)]


def test_the_money_goes_back_to_the_buyer_only_after_his_cancellation(world: World) -> None:
    lot_id = _banked(world)
    auctions = world.services.auctions
    accountant = world.actors[Role.ACCOUNTANT]
    move = auctions.record_bank_movement
    auctions.today.day = INTEREST_ON  # type: ignore[attr-defined]
    move(accountant, lot_id, INTEREST, INTEREST_ON, 350_000)
    _refused(world, "67", lambda: move(accountant, lot_id, RETURN, INTEREST_ON, 100_000_000))
    cancelled_on = date(2027, 2, 11)
    auctions.today.day = cancelled_on  # type: ignore[attr-defined]
    auctions.buyer_cancels(world.officer, lot_id, cancelled_on, "Đơn đề nghị hủy hợp đồng")
    # above the balance (100.350.000 đồng) by one đồng
    _refused(world, "100.350.000", lambda: move(accountant, lot_id, RETURN, cancelled_on,
                                                 100_350_001))  # fmt: skip
    lot = move(accountant, lot_id, RETURN, cancelled_on, 100_350_000, "UNC số 12")
    assert lot.bank_deposits[-1].balance == 0
    _refused(world, "0", lambda: move(accountant, lot_id, RETURN, cancelled_on, 1))


def test_the_money_is_paid_out_to_the_case_after_the_handover(world: World) -> None:
    lot_id = _banked(world)
    auctions = world.services.auctions
    accountant = world.actors[Role.ACCOUNTANT]
    move = auctions.record_bank_movement
    handed = date(2027, 1, 25)
    auctions.today.day = handed  # type: ignore[attr-defined]
    _refused(world, "65", lambda: move(accountant, lot_id, PAYOUT, handed, 100_000_000))
    out_on_order(world, lot_id)
    lot = auctions.hand_over(world.head, lot_id, handed, late_ground=HandoverObstacle.EMERGENCY,
                             late_reason="Tài sản bị tranh chấp tại chỗ")  # fmt: skip
    assert lot.status is LotStatus.HANDED_OVER
    _refused(world, "25/01/2027", lambda: move(accountant, lot_id, PAYOUT, date(2027, 1, 22),
                                               100_000_000))  # fmt: skip
    _refused(world, "67", lambda: move(accountant, lot_id, RETURN, handed, 100_000_000))
    lot = move(accountant, lot_id, PAYOUT, handed, 100_000_000)
    assert lot.bank_deposits[-1].balance == 0


def test_the_movements_cannot_be_changed_by_plain_sql(world: World) -> None:
    lot_id = _banked(world)
    auctions = world.services.auctions
    auctions.today.day = INTEREST_ON  # type: ignore[attr-defined]
    auctions.record_bank_movement(
        world.actors[Role.ACCOUNTANT], lot_id, INTEREST, INTEREST_ON, 350_000
    )
    refused_by_database(
        world.services,
        "UPDATE sale_bank_movement SET amount = 1",
        "DELETE FROM sale_bank_movement",
    )
