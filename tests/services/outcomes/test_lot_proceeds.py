"""An auction's proceeds count for the case net of the enforcement costs recorded on the lot
(Law 106/2025 Art 54.1: the costs are taken from the proceeds first), never of a figure
typed again: the credit made when the buyer has paid carries the lot's costs, and a payment
recorded by hand for the lot takes them too; a different typed figure, a lot not yet paid or
credited twice is refused and nothing is written."""

from __future__ import annotations

from datetime import date

import pytest

from evidence_app.domain.enums import Role
from evidence_app.domain.errors import ValidationError
from evidence_app.services.auctions import LotView
from evidence_app.services.catalogue import CaseDraft
from evidence_app.services.outcomes import Paper, PaymentDraft
from tests.services.auctions.steps import AUCTION_1, BUYER, POSTED_1, contracted_lot, notices
from tests.services.rows import snapshot
from tests.world import World

PAID = date(2027, 1, 4)
COSTS = 8_000_000


def _raise_amount(world: World, amount: int) -> None:
    view = world.services.cases.get(world.head, world.case.id)
    draft = CaseDraft(
        name=view.name, decision_number=view.decision_number, decision_date=view.decision_date,
        amount_to_enforce=amount, officer_id=view.officer_id,
    )  # fmt: skip
    world.services.cases.update(world.head, world.case.id, view.version, draft)


def _auctioned_with_costs(world: World) -> LotView:
    """A lot with its costs recorded, its round held today (AUCTION_1), both notices given."""
    auctions = world.services.auctions
    lot = contracted_lot(world)
    lot = auctions.record_costs(world.officer, lot.id, COSTS)
    clock = auctions.today
    clock.day = POSTED_1  # type: ignore[attr-defined]
    lot = auctions.schedule_round(
        world.officer, lot.id, AUCTION_1, posted_on=POSTED_1, notices=notices(POSTED_1)
    )
    clock.day = AUCTION_1  # type: ignore[attr-defined]
    return lot


def test_auction_proceeds_count_net_of_the_lots_costs(world: World) -> None:
    _raise_amount(world, 200_000_000)
    lot = _auctioned_with_costs(world)
    auctions = world.services.auctions
    clock = auctions.today  # the test clock contracted_lot installed
    draft = PaymentDraft(100_000_000, PAID, Paper("BL-01", PAID, "Cục THADS"), lot_id=lot.id)
    results = world.services.case_results
    results.today = lambda: date(2027, 1, 10)
    # Not paid yet: nothing to credit.
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        results.record_payment(world.officer, world.case.id, draft)
    assert err.value.key == "outcome.lot_not_paid"
    assert snapshot(world.services) == before
    auctions.record_winner(world.officer, lot.id, BUYER, 100_000_000, by_agreement=True)
    clock.day = PAID  # type: ignore[attr-defined]
    auctions.record_payment(world.actors[Role.CASHIER], lot.id, 100_000_000, PAID)
    # The credit made on the buyer's full payment carries the lot's costs.
    credit = next(r for r in results.pending(world.head) if r.is_payment)
    assert (credit.amount, credit.costs) == (100_000_000, COSTS)
    # Credited once: a second record of the same proceeds is refused.
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        results.record_payment(world.officer, world.case.id, draft)
    assert err.value.key == "outcome.lot_credited"
    assert snapshot(world.services) == before
    # The head refuses the credit; the officer records the proceeds by hand.
    results.confirm(world.head, credit, accept=False)
    before = snapshot(world.services)
    for wrong, key in (
        (PaymentDraft(100_000_000, PAID, draft.paper, costs=1_000_000, lot_id=lot.id),
         "outcome.costs_from_lot"),
        (PaymentDraft(120_000_000, PAID, draft.paper, lot_id=lot.id), "outcome.over_lot_price"),
    ):  # fmt: skip
        with pytest.raises(ValidationError) as err:
            results.record_payment(world.officer, world.case.id, wrong)
        assert err.value.key == key
        assert snapshot(world.services) == before
    typed_as_lot = PaymentDraft(100_000_000, PAID, draft.paper, costs=COSTS, lot_id=lot.id)
    record = results.record_payment(world.officer, world.case.id, typed_as_lot)
    assert record.costs == COSTS
    results.confirm(world.head, record)
    assert results.results(world.head, world.case.id).collected == 100_000_000 - COSTS


def test_proceeds_above_what_remains_pay_the_costs_and_the_whole_remainder(world: World) -> None:
    """Costs first, then the creditor up to what remains; only the rest goes back to the
    liable person (Law 106/2025 Art 54.1, 54.2.c): 100 million, 8 million of costs and 90
    million left to enforce credit 98 million gross, 90 million net, not 90 gross."""
    _raise_amount(world, 90_000_000)
    lot = _auctioned_with_costs(world)
    auctions = world.services.auctions
    clock = auctions.today  # the test clock contracted_lot installed
    auctions.record_winner(world.officer, lot.id, BUYER, 100_000_000, by_agreement=True)
    clock.day = PAID  # type: ignore[attr-defined]
    auctions.record_payment(world.actors[Role.CASHIER], lot.id, 100_000_000, PAID)
    results = world.services.case_results
    results.today = lambda: date(2027, 1, 10)
    credit = next(r for r in results.pending(world.head) if r.is_payment)
    assert (credit.amount, credit.costs) == (90_000_000 + COSTS, COSTS)
    results.confirm(world.head, credit)
    assert results.results(world.head, world.case.id).collected == 90_000_000
