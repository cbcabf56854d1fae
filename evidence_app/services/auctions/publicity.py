"""How a round is made public and what a bidder puts down (issue 18): the shortened procedure
(Law on Asset Auctions 2016 Art 53; Decree 152/2026 Art 61.3), the public notices (Art 57)
and the deposit (Art 39.1)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from db.models import AuctionLot, AuctionRound
from evidence_app.domain.calendar import (
    add_working_days,
    latest_notice_before,
    latest_notice_working_days_before,
)
from evidence_app.domain.enums import RoundOutcome
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.rules import value
from evidence_app.services.auctions.checks import dmy, money, vnd
from evidence_app.services.auctions.deadlines import latest_posting_on

#: Why a round may (or must) go by the shortened procedure.
GOLD = "gold"  # Decree 152/2026 Art 61.3: gold jewellery, fine-art and raw gold (must)
LOW_PRICE = "low_price"  # Law on Asset Auctions Art 53.1.a: every starting price under 50 M
RE_AUCTION = "re_auction"  # Art 53.1.b: again after the second auction failed too


def shortened_ground(lot: AuctionLot, earlier: Sequence[AuctionRound], price: int) -> str | None:
    """The ground on which the next round may go by the shortened procedure, if any. Gold
    jewellery is what the officer recorded on the lot (``gold_jewellery``, Decree 152/2026
    Art 61.3), never guessed from the items' category."""
    if lot.gold_jewellery:
        return GOLD
    if price < value("auction.shortened_below_vnd"):
        return LOW_PRICE
    failed = sum(r.outcome is RoundOutcome.FAILED for r in earlier)
    if failed >= value("auction.shortened_after_failed") and earlier[-1].outcome is (
        RoundOutcome.FAILED
    ):
        return RE_AUCTION
    return None


def choose_shortened(ground: str | None, asked: bool | None) -> bool:
    """Gold jewellery goes by the shortened procedure (Decree 152/2026 Art 61.3); on the
    grounds of Art 53.1 the agency and the auctioneer agree on it (the officer's choice,
    by default taken); without a ground it is refused."""
    if ground == GOLD:
        if asked is False:
            raise ValidationError("auction.gold_shortened_required")
        return True
    if ground is None:
        if asked:
            raise ValidationError(
                "auction.shortened_not_allowed",
                limit=vnd(value("auction.shortened_below_vnd")),
                failed=value("auction.shortened_after_failed"),
            )
        return False
    return True if asked is None else asked


def notices_required(lot: AuctionLot, current: AuctionRound, ground: str | None) -> int:
    """Public notices the round needs (Law on Asset Auctions Art 57): two for movables
    starting at 50 million đồng or more and for real property (57.1); one for a shortened
    re-auction after the second failure (57.2); none otherwise."""
    if not lot.real_property and current.starting_price < value("auction.public_notice_from_vnd"):
        return 0
    if current.shortened and ground == RE_AUCTION:
        return 1
    return value("auction.public_notices")


def latest_second_notice(
    lot: AuctionLot, current: AuctionRound, days_off: Collection[date]
) -> date:
    """The second notice at least 7 working days (movables) or 15 days (real property)
    before the auction, whole days between (Art 57.3; Civil Code 2015 Art 147.1)."""
    if lot.real_property:
        return latest_notice_before(
            current.auction_on, value("auction.public_notice_real_property_days")
        )
    return latest_notice_working_days_before(
        current.auction_on, value("auction.public_notice_movable_working_days"), days_off
    )


def check_notices(
    lot: AuctionLot,
    current: AuctionRound,
    ground: str | None,
    published: Sequence[date],
    days_off: Collection[date],
) -> None:
    """Before the auction is held: the notices the article requires, made in time."""
    need = notices_required(lot, current, ground)
    if need == 0:
        return
    days = sorted(published)
    if need == 1:  # Art 57.2, 57.3: once, together with the (shortened) posting
        latest = latest_posting_on(current.auction_on, lot.real_property, days_off, True)
        if not days or days[0] > latest:
            raise ValidationError("auction.notice_missing_one", latest=dmy(latest),
                                  auction=dmy(current.auction_on))  # fmt: skip
        return
    latest = latest_second_notice(lot, current, days_off)
    if len(days) < need:
        raise ValidationError("auction.notices_missing", count=len(days), need=need,
                              latest=dmy(latest), auction=dmy(current.auction_on))  # fmt: skip
    first = days[0]
    earliest = add_working_days(first, value("auction.public_notice_gap_working_days"), days_off)
    if not any(earliest <= d <= latest for d in days[1:]):
        raise ValidationError("auction.notices_not_in_time", first=dmy(first),
                              earliest=dmy(earliest), latest=dmy(latest),
                              auction=dmy(current.auction_on))  # fmt: skip


def check_deposit(deposit: int | None, starting_price: int) -> int | None:
    """The deposit, 5–20 % of the starting price (Law on Asset Auctions Art 39.1), the
    bounds included and compared exactly (no rounding)."""
    if deposit is None:
        return None
    amount = money(deposit, "field.deposit")
    low, high = value("auction.deposit_min_percent"), value("auction.deposit_max_percent")
    if not low * starting_price <= amount * 100 <= high * starting_price:
        raise ValidationError("auction.deposit_out_of_range", deposit=vnd(amount), low=low,
                              high=high, start=vnd(starting_price))  # fmt: skip
    return amount
