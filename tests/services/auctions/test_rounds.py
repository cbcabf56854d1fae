"""Failed rounds (Law 106/2025 Art 83.3): the reduction is decided within 5 working days of
the notice of failure — a period ending on a holiday and a weekend moves on to the next
working day; refused attempts write nothing; the ledger (Mẫu 17) shows the new events. On
both databases."""

from __future__ import annotations

from datetime import date

import pytest

from evidence_app.domain.enums import LotStatus
from evidence_app.domain.errors import ValidationError
from evidence_app.services.auctions import Buyer
from tests.services.auctions.steps import AUCTION_1, contracted_lot, notices, told, use_clock
from tests.services.rows import snapshot
from tests.world import World

#: Friday 25/12/2026: 5 working days run 28, 29, 30, 31/12 and — 1/1 a holiday, 2–3/1 a
#: weekend — Monday 04/01/2027.
NOTICE = date(2026, 12, 25)
LAST = date(2027, 1, 4)


def _failed(world: World) -> int:
    auctions = world.services.auctions
    lot = contracted_lot(world)
    clock = use_clock(world, date(2026, 11, 17))
    lot = auctions.schedule_round(
        world.officer, lot.id, AUCTION_1, posted_on=clock.day, notices=notices(clock.day)
    )
    clock.day = NOTICE
    return auctions.record_failed_round(world.officer, lot.id, noticed_on=NOTICE).id


@pytest.mark.parametrize("decided", [date(2026, 12, 31), LAST, date(2027, 1, 5)])
def test_the_reduction_is_decided_within_five_working_days_of_the_notice(
    world: World, decided: date
) -> None:
    auctions = world.services.auctions
    lot_id = _failed(world)
    auctions.today.day = decided  # type: ignore[attr-defined]
    call = lambda: auctions.schedule_round(  # noqa: E731
        world.officer, lot_id, date(2027, 2, 1), 90_000_000, decided_on=decided
    )
    if decided > LAST:
        before = snapshot(world.services)
        with pytest.raises(ValidationError) as caught:
            call()
        assert "04/01/2027" in caught.value.message("vi")
        assert snapshot(world.services) == before
        return
    lot = call()
    assert lot.status is LotStatus.ROUND_SCHEDULED
    assert lot.rounds[-1].reduction_decided_on == decided
    assert lot.rounds[0].failure_noticed_on == NOTICE


def test_a_reduction_over_ten_percent_or_a_notice_before_the_auction_is_refused(
    world: World,
) -> None:
    auctions = world.services.auctions
    lot = contracted_lot(world)
    clock = use_clock(world, date(2026, 11, 17))
    lot = auctions.schedule_round(
        world.officer, lot.id, AUCTION_1, posted_on=clock.day, notices=notices(clock.day)
    )
    clock.day = NOTICE
    before = snapshot(world.services)
    with pytest.raises(ValidationError):  # a notice cannot precede the auction
        auctions.record_failed_round(world.officer, lot.id, noticed_on=date(2026, 11, 27))
    assert snapshot(world.services) == before
    lot = auctions.record_failed_round(world.officer, lot.id, noticed_on=NOTICE)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        auctions.schedule_round(world.officer, lot.id, date(2027, 2, 1), 89_999_999)
    assert "10" in caught.value.message("vi")
    assert snapshot(world.services) == before


def test_the_ledger_shows_the_reduction_and_the_return_to_the_debtor(world: World) -> None:
    from tests.services.auctions.steps import failed_rounds

    auctions = world.services.auctions
    lot = contracted_lot(world)
    lot = auctions.record_costs(world.officer, lot.id, 75_000_000)
    lot = failed_rounds(world, lot, [100_000_000, 90_000_000, 81_000_000, 72_900_000])
    lot = told(world, lot)
    lot = auctions.creditor_declines(world.officer, lot.id, lot.rounds[-1].auction_on)
    assert lot.status is LotStatus.RETURNED_TO_DEBTOR and lot.ended_on is not None
    table = auctions.ledger(world.officer, date(2026, 11, 1), date(2027, 12, 31))
    note = str(table.rows[-1][-1])
    assert "Giao lại người phải THA" in note
    assert "giảm giá còn 72.900.000" in note and "không nhận" in note
    assert "chi phí THA 75.000.000" in note


@pytest.mark.parametrize(
    ("notified", "ok"),
    [(date(2027, 2, 1), True), (date(2027, 2, 2), True), (date(2027, 2, 3), False)],
)
def test_the_debtor_is_told_of_the_taking_within_three_working_days(
    world: World, notified: date, ok: bool
) -> None:
    """Decree 152/2026 Art 65.6: a request on Thursday 28/01/2027 → Fri 29, (weekend), Mon 1,
    Tue 2/2: the notice is due by Tuesday 02/02; refused on the Wednesday, nothing written."""
    from tests.services.auctions.steps import failed_rounds

    auctions = world.services.auctions
    lot = failed_rounds(world, contracted_lot(world), [100_000_000, 90_000_000, 81_000_000])
    request = date(2027, 1, 28)
    auctions.today.day = notified  # type: ignore[attr-defined]
    auctions.notify_failure(world.officer, lot.id, request)
    lot = auctions.creditor_requests(world.officer, lot.id, request)
    (due,) = [d for d in lot.deadlines if d.kind == "deadline.taking_debtor_notice"]
    assert due.due_on == date(2027, 2, 2)
    before = snapshot(world.services)
    if not ok:
        with pytest.raises(ValidationError) as caught:
            auctions.notify_debtor_of_taking(world.officer, lot.id, notified)
        assert "02/02/2027" in caught.value.message("vi")
        assert snapshot(world.services) == before
        return
    lot = auctions.notify_debtor_of_taking(world.officer, lot.id, notified)
    assert lot.debtor_notified_on == notified
    with pytest.raises(ValidationError):  # the creditor cannot take before his notice
        auctions.creditor_takes(world.officer, lot.id, Buyer("Phạm Thị Dung"), notified)
    assert lot.status is LotStatus.CREDITOR_TAKING


def test_a_lot_declined_above_the_costs_is_reduced_again_and_refusals_write_nothing(
    world: World,
) -> None:
    from tests.services.auctions.steps import failed_rounds

    auctions = world.services.auctions
    lot = failed_rounds(world, contracted_lot(world), [100_000_000, 90_000_000, 81_000_000])
    day = lot.rounds[-1].auction_on
    auctions.today.day = day  # type: ignore[attr-defined]
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:  # asked first (Decree Art 65.6)
        auctions.schedule_round(world.officer, lot.id, date(2027, 3, 1), 72_900_000)
    assert "từ chối" in caught.value.message("vi")
    with pytest.raises(ValidationError) as caught:  # not before the parties are told
        auctions.creditor_declines(world.officer, lot.id, day)
    assert "khoản 6 Điều 65" in caught.value.message("vi")
    assert snapshot(world.services) == before
    lot = told(world, lot)
    with pytest.raises(ValidationError):  # not before the notice it answers
        auctions.creditor_declines(world.officer, lot.id, date(2027, 1, 22))
    lot = auctions.creditor_declines(world.officer, lot.id, day)
    assert lot.status is LotStatus.ROUND_FAILED
    with pytest.raises(ValidationError):
        auctions.creditor_declines(world.officer, lot.id, day)
    lot = auctions.schedule_round(world.officer, lot.id, date(2027, 3, 1), 72_900_000)
    assert lot.status is LotStatus.ROUND_SCHEDULED
