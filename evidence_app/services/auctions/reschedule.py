"""A round that cannot be held for want of publicity, moved to a new date (issue 18): when the
public notices (Law on Asset Auctions 2016 Art 57) or the posting (Art 35, 53) of a scheduled
round are missing or late and can no longer be made in time, the auction's result would be
refused (``AuctionService._held_round``); the officer sets a new auction date instead, within
the contract's 30/45 days for the first auction under it (Law 106/2025 Art 83.2.a). The old
date and posting stay in ``auction_round_reschedule`` (append-only); the posting and the
notices made before the decision named the old date and no longer count."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuctionLot, AuctionPublicNotice, AuctionRound, RoundReschedule
from evidence_app.domain.errors import ValidationError
from evidence_app.services.auctions.checks import dmy
from evidence_app.services.auctions.deadlines import auction_held_by, latest_posting_on
from evidence_app.services.auctions.publicity import (
    check_notices,
    latest_second_notice,
    notices_required,
)


def rescheduled_on(session: Session, round_id: int) -> date | None:
    """The day of the latest decision moving the round to a new date, if any."""
    return session.scalars(
        select(RoundReschedule.decided_on)
        .where(RoundReschedule.round_id == round_id)
        .order_by(RoundReschedule.id.desc())
    ).first()


def counted_notices(session: Session, current: AuctionRound) -> list[date]:
    """The round's public notices that name its date: those made on or after the latest
    decision moving it (the earlier ones named the old date)."""
    since = rescheduled_on(session, current.id)
    query = select(AuctionPublicNotice.published_on).where(
        AuctionPublicNotice.round_id == current.id
    )
    if since is not None:
        query = query.where(AuctionPublicNotice.published_on >= since)
    return sorted(session.scalars(query))


def check_after_reschedule(session: Session, current: AuctionRound, on: date, field: str) -> None:
    """A posting or a notice of a moved round is not dated before the decision moving it."""
    since = rescheduled_on(session, current.id)
    if since is not None and on < since:
        raise ValidationError("round.before_reschedule", field=field, day=dmy(on),
                              decided=dmy(since))  # fmt: skip


def publicity_lost(
    lot: AuctionLot,
    current: AuctionRound,
    ground: str | None,
    published: Sequence[date],
    days_off: Collection[date],
    today: date,
) -> str | None:
    """Why the round cannot be held on its date, if it cannot: the posting not made and its
    last day passed (Art 35.1, 53.2), or the notices missing or late (Art 57) once their last
    day passed or the auction day came. None while both can still be made in time."""
    latest_post = latest_posting_on(current.auction_on, lot.real_property, days_off,
                                    current.shortened)  # fmt: skip
    if current.posted_on is None and today > latest_post:
        return "posting"
    try:
        check_notices(lot, current, ground, published, days_off)
    except ValidationError:
        need = notices_required(lot, current, ground)
        latest = latest_post if need == 1 else latest_second_notice(lot, current, days_off)
        if today > latest or today >= current.auction_on:
            return "notices"
    return None


def check_new_date(
    lot: AuctionLot,
    current: AuctionRound,
    first_under_contract: bool,
    new_on: date,
    days_off: Collection[date],
    today: date,
) -> None:
    """The new date: after the old one, late enough for the posting to be made from today
    (Art 35.1, 53.2), and for the first auction under the contract within its 30/45 days
    (Law 106/2025 Art 83.2.a)."""
    if new_on <= current.auction_on:
        raise ValidationError("round.reschedule_not_later", day=dmy(new_on),
                              previous=dmy(current.auction_on))  # fmt: skip
    latest_post = latest_posting_on(new_on, lot.real_property, days_off, current.shortened)
    if latest_post < today:
        raise ValidationError("round.reschedule_too_near", day=dmy(new_on),
                              latest=dmy(latest_post), today=dmy(today))  # fmt: skip
    held_by = auction_held_by(lot, days_off) if first_under_contract else None
    if held_by is not None and new_on > held_by:
        assert lot.contract_on is not None
        raise ValidationError("round.reschedule_beyond_contract", day=dmy(new_on),
                              latest=dmy(held_by), contract=dmy(lot.contract_on))  # fmt: skip
