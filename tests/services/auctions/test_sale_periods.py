"""The periods of the sale (Law 106/2025 Art 83.2): the auction contract within 5 working days
of the end of the parties' re-valuation request period (or of a re-valuation's result), the
first auction within 30 days (movables) or 45 days (real property) of the contract, a low-value
or perishable asset sold without auction within 5 working days of its valuation. A period
ending on a day off ends on the next working day (Civil Code 2015 Art 148.5). On both
databases; a refused schedule writes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from evidence_app.domain.enums import Category, LotStatus, ValuationMethod
from evidence_app.domain.errors import ValidationError
from evidence_app.services.auctions import LotView, ValuationDraft
from tests.services.auctions.steps import (
    CONTRACT,
    POSTED_1,
    contracted_lot,
    failed_rounds,
    firm,
    new_lot,
    notices,
    use_clock,
    valued_lot,
)
from tests.services.rows import snapshot
from tests.world import World


def _due(lot: LotView, kind: str) -> list[date]:
    return [d.due_on for d in lot.deadlines if d.kind == kind]


def _schedule(world: World, lot: LotView, auction_on: date) -> LotView:
    world.services.auctions.today.day = POSTED_1  # type: ignore[attr-defined]
    return world.services.auctions.schedule_round(
        world.officer, lot.id, auction_on, posted_on=POSTED_1, notices=notices(POSTED_1)
    )


@pytest.mark.parametrize(
    ("auction_on", "allowed"),
    [
        (date(2026, 12, 11), True),
        (date(2026, 12, 14), True),  # day 30 is Saturday 12/12: the period ends Monday 14/12
        (date(2026, 12, 15), False),
    ],
)
def test_the_first_auction_of_movables_is_held_within_thirty_days_of_the_contract(
    world: World, auction_on: date, allowed: bool
) -> None:
    """Contract Thursday 12/11/2026 (Law Art 83.2.a)."""
    lot = contracted_lot(world)
    assert lot.contract_on == CONTRACT
    assert _due(lot, "deadline.auction_held") == [date(2026, 12, 14)]
    if allowed:
        lot = _schedule(world, lot, auction_on)
        assert lot.status is LotStatus.ROUND_SCHEDULED
        assert _due(lot, "deadline.auction_held") == []
        return
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        _schedule(world, lot, auction_on)
    assert "14/12/2026" in caught.value.message("vi") and "83.2.a" in caught.value.message("vi")
    assert "30 days" in caught.value.message("en")
    assert snapshot(world.services) == before


@pytest.mark.parametrize(
    ("auction_on", "allowed"),
    [(date(2026, 12, 28), True), (date(2026, 12, 29), False)],
)
def test_the_first_auction_of_real_property_is_held_within_forty_five_days(
    world: World, auction_on: date, allowed: bool
) -> None:
    """Contract 12/11/2026: day 45 is Sunday 27/12, the period ends Monday 28/12."""
    lot = contracted_lot(world, real_property=True)
    assert _due(lot, "deadline.auction_held") == [date(2026, 12, 28)]
    if allowed:
        assert _schedule(world, lot, auction_on).status is LotStatus.ROUND_SCHEDULED
        return
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        _schedule(world, lot, auction_on)
    assert "28/12/2026" in caught.value.message("vi") and "45" in caught.value.message("en")
    assert snapshot(world.services) == before


def test_later_rounds_after_a_failure_are_not_bound_to_the_contracts_thirty_days(
    world: World,
) -> None:
    """The reduced rounds follow Art 83.3, not the contract's period: the second auction of
    28/12/2026 is 46 days after the contract."""
    lot = failed_rounds(world, contracted_lot(world), [100_000_000, 90_000_000])
    assert [r.auction_on for r in lot.rounds] == [date(2026, 11, 30), date(2026, 12, 28)]


def test_the_contract_is_due_five_working_days_after_the_request_period(world: World) -> None:
    """Notified Monday 09/11: the parties may ask for a re-valuation until Monday 16/11 (Law
    Art 82.2.c); the contract is due Monday 23/11 (the weekend inside does not count)."""
    lot = valued_lot(world)
    assert _due(lot, "deadline.auction_contract") == [date(2026, 11, 23)]
    world.services.auctions.today.day = CONTRACT  # type: ignore[attr-defined]
    lot = world.services.auctions.sign_contract(world.officer, lot.id, "Công ty Lạc Việt",
                                                "17/2026/HĐ-ĐG", CONTRACT)  # fmt: skip
    assert _due(lot, "deadline.auction_contract") == []


def test_no_contract_deadline_before_the_notice_that_starts_its_period(world: World) -> None:
    use_clock(world, date(2026, 11, 6))
    lot = new_lot(world)
    lot = world.services.auctions.record_valuation(world.officer, lot.id, firm())
    assert _due(lot, "deadline.auction_contract") == []


def test_after_a_revaluation_the_contract_is_due_five_working_days_from_its_result(
    world: World,
) -> None:
    """Re-valued Tuesday 17/11 on a party's request: 24/11 (Ngày Văn hóa Việt Nam) is a
    holiday inside the period, which ends Wednesday 25/11 (Law Art 83.2.a)."""
    clock = use_clock(world, date(2026, 11, 6))
    lot = new_lot(world)
    world.services.auctions.record_valuation(world.officer, lot.id, firm())
    clock.day = date(2026, 12, 15)
    world.services.auctions.notify_parties(world.officer, lot.id, date(2026, 11, 11))
    request = replace(firm(110_000_000, date(2026, 11, 17)), basis="party_request",
                      paper_number="Đơn ngày 17/11/2026", paper_on=date(2026, 11, 17),
                      advance_paid=2_000_000)  # fmt: skip
    lot = world.services.auctions.record_valuation(world.officer, lot.id, request)
    assert _due(lot, "deadline.auction_contract") == [date(2026, 11, 25)]


@pytest.mark.parametrize(
    ("valued_on", "due"),
    [
        (date(2026, 11, 6), date(2026, 11, 13)),  # Friday: the weekend inside
        (date(2026, 11, 17), date(2026, 11, 25)),  # 24/11 a holiday inside
    ],
)
def test_a_perishable_asset_is_sold_without_auction_within_five_working_days(
    world: World, valued_on: date, due: date
) -> None:
    """Law Art 83.2.b: the sale's deadline replaces the auction contract's."""
    use_clock(world, date(2026, 12, 15))
    fish = world.receive("Cá đông lạnh 200 kg", category=Category.PERISHABLE)
    lot = new_lot(world, fish)
    draft = ValuationDraft(ValuationMethod.OFFICER, 6_000_000, valued_on, valuer="CHV",
                           basis="perishable")  # fmt: skip
    lot = world.services.auctions.record_valuation(world.officer, lot.id, draft)
    lot = world.services.auctions.notify_parties(world.officer, lot.id, valued_on)
    assert _due(lot, "deadline.sale_without_auction") == [due]
    assert _due(lot, "deadline.auction_contract") == []
    article = next(d.article for d in lot.deadlines if d.kind == "deadline.sale_without_auction")
    assert "83.2.b" in article
