"""Failed rounds (Law 106/2025 Art 83.3; Decree 152/2026 Art 65.6): the reduction decided
within 5 working days of the notice of failure; after the second reduction the creditor is
offered the asset before any further one; at the enforcement costs the lot stops."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from db.models import AuctionLot, AuctionRound
from evidence_app.domain.calendar import add_working_days
from evidence_app.domain.enums import RoundOutcome
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.rules import value
from evidence_app.services.auctions.checks import check_not_after, check_not_before, dmy, vnd
from evidence_app.services.auctions.views import reductions


def reduction_due(failed: AuctionRound, days_off: Collection[date]) -> date:
    """The last day of the reduction decision: 5 working days from the notice of failure
    (Art 83.3); a working-day period never ends on a day off."""
    noticed = failed.failure_noticed_on or failed.auction_on
    return add_working_days(noticed, value("auction.reduction_decision_working_days"), days_off)


def failure_notice_due(failed: AuctionRound, days_off: Collection[date]) -> date:
    """The last day to tell the parties the auction failed: 2 working days from the
    auctioneer's notice (Decree 152/2026 Art 65.6)."""
    noticed = failed.failure_noticed_on or failed.auction_on
    return add_working_days(noticed, value("auction.failure_notice_working_days"), days_off)


def note_parties_told(failed: AuctionRound, notified_on: date, today: date) -> None:
    """The officer's notice to the parties (Decree 152/2026 Art 65.6), once, not before the
    auctioneer's notice and not in the future. A late notice is still recorded (the duty
    stays owed); the dashboard showed it overdue until then."""
    if failed.parties_notified_on is not None:
        raise ValidationError("round.parties_already_notified", day=dmy(failed.parties_notified_on))
    check_not_after(notified_on, today, "field.parties_notified_on")
    noticed = failed.failure_noticed_on or failed.auction_on
    check_not_before(notified_on, noticed, "field.parties_notified_on", "field.failure_noticed_on")
    failed.parties_notified_on = notified_on


def note_failure(current: AuctionRound, noticed_on: date | None, today: date) -> None:
    """The notice of failure received (on or after the auction, not in the future)."""
    on = noticed_on or current.auction_on
    check_not_after(on, today, "field.failure_noticed_on")
    check_not_before(on, current.auction_on, "field.failure_noticed_on", "field.auction_on")
    current.failure_noticed_on = on


def creditor_may_take(rounds: Sequence[AuctionRound]) -> bool:
    """From the second reduction on, a failed round lets the creditor take (Art 83.3)."""
    made = reductions(r.starting_price for r in rounds)
    return made >= value("auction.creditor_option_after_reductions")


def check_reduction(
    lot: AuctionLot,
    rounds: Sequence[AuctionRound],
    decided_on: date,
    today: date,
    days_off: Collection[date],
) -> None:
    """Before a reduced round after a failure: the decision in time (Art 83.3), the creditor
    asked and declining after the second reduction (Decree Art 65.6), the costs not reached."""
    failed = rounds[-1]
    if failed.outcome is not RoundOutcome.FAILED:
        return
    if failed.starting_price <= lot.enforcement_costs:
        raise ValidationError("round.at_cost_floor", price=vnd(failed.starting_price),
                              costs=vnd(lot.enforcement_costs))  # fmt: skip
    if creditor_may_take(rounds) and failed.creditor_declined_on is None:
        raise ValidationError("round.creditor_must_answer")
    check_not_after(decided_on, today, "field.reduction_decided_on")
    noticed = failed.failure_noticed_on or failed.auction_on
    check_not_before(decided_on, noticed, "field.reduction_decided_on", "field.failure_noticed_on")
    latest = reduction_due(failed, days_off)
    if decided_on > latest:
        raise ValidationError("round.reduction_late", day=dmy(decided_on), latest=dmy(latest),
                              noticed=dmy(noticed))  # fmt: skip
