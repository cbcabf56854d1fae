"""The lot's gold-jewellery flag after the lot is made (Decree 152/2026 Art 61.3, issue 18).

Gold jewellery, fine-art, raw or other gold goes by the shortened procedure of the Law on
Asset Auctions (Art 53: 3 or 5 working days' posting, no second public notice). Which
procedure a round follows is fixed by its posting and its public notices, so the officer
may set or clear the flag only until the lot's first posting or first public notice; each
change is an EDITED event on every item of the lot, as any other edit of recorded details.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import AuctionLot, AuctionPublicNotice, AuctionRound, Item, RoundReschedule
from evidence_app.domain.enums import Category, EventKind, LotStatus
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.messages import text as message
from evidence_app.domain.permissions import Permission
from evidence_app.services.auctions.checks import dmy
from evidence_app.services.auctions.rows import done, items_of, open_lot
from evidence_app.services.auctions.views import LotView
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.events import append_event
from evidence_app.services.core.uow import unit_of_work

S = LotStatus
#: A lot whose flag may still change: not yet sold, taken, redeemed or ended.
_OPEN = (S.AWAITING_VALUATION, S.VALUED, S.CONTRACTED, S.ROUND_SCHEDULED)


def first_publicity(session: Session, lot_id: int) -> date | None:
    """The day of the lot's first posting (kept also when its round was moved) or first
    public notice, None before either."""
    rounds = select(AuctionRound.id).where(AuctionRound.lot_id == lot_id)
    posted = session.scalar(
        select(AuctionRound.posted_on)
        .where(AuctionRound.lot_id == lot_id, AuctionRound.posted_on.is_not(None))
        .order_by(AuctionRound.posted_on)
        .limit(1)
    )
    noticed = session.scalar(
        select(AuctionPublicNotice.published_on)
        .where(AuctionPublicNotice.round_id.in_(rounds))
        .order_by(AuctionPublicNotice.published_on)
        .limit(1)
    )
    moved = session.scalar(  # a posting kept when its round was moved (reschedule.py)
        select(RoundReschedule.previous_posted_on)
        .where(RoundReschedule.round_id.in_(rounds))
        .where(RoundReschedule.previous_posted_on.is_not(None))
        .order_by(RoundReschedule.previous_posted_on)
        .limit(1)
    )
    days = [d for d in (posted, noticed, moved) if d is not None]
    return min(days) if days else None


class GoldActions:
    """Setting or clearing the lot's gold-jewellery flag."""

    db: Database
    today: Callable[[], date]

    def set_gold_jewellery(
        self, actor: Actor, lot_id: int, jewellery: bool, expected_version: int | None = None
    ) -> LotView:
        """Record (``jewellery`` True) or clear that the lot is gold jewellery, fine-art,
        raw or other gold (Decree 152/2026 Art 61.3): only before the first posting or
        public notice, only on a lot of precious metals, never with gold bars (Art 61.2);
        an EDITED event on each item says what changed. Nothing is written when refused."""
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(session, actor, Permission.MANAGE_AUCTIONS, lot_id,
                           expected_version, *_OPEN)  # fmt: skip
            jewellery = bool(jewellery)
            if lot.gold_jewellery is jewellery:
                raise ValidationError("auction.jewellery_unchanged", lot=lot.id)
            first = first_publicity(session, lot.id)
            if first is not None:  # the procedure is fixed by then (Law on Asset Auctions Art 53)
                raise ValidationError("auction.jewellery_after_publicity", lot=lot.id,
                                      day=dmy(first))  # fmt: skip
            items = items_of(session, lot.id)
            if jewellery and lot.gold_bullion:  # Decree 152/2026 Art 61.2 or 61.3, not both
                raise ValidationError("auction.gold_bullion_or_jewellery")
            if jewellery and any(i.category is not Category.PRECIOUS_METAL for i in items):
                raise ValidationError("auction.jewellery_needs_precious_metal")
            _set(session, actor, lot, items, jewellery)
            return done(session, lot)


def _set(
    session: Session, actor: Actor, lot: AuctionLot, items: list[Item], jewellery: bool
) -> None:
    before = lot.gold_jewellery
    lot.gold_jewellery = jewellery
    # The history shows the note: what the officer recorded, in the agency's language.
    note = message("auction.jewellery_set" if jewellery else "auction.jewellery_cleared", "vi",
                   lot=lot.id)  # fmt: skip
    for item in items:
        append_event(
            session, item, EventKind.EDITED, actor_id=actor.user_id,
            data={"lot": lot.id, "changes": {"gold_jewellery": [before, jewellery]},
                  "article": "Nghị định 152/2026/NĐ-CP, Điều 61.3"},
            note=note,
        )  # fmt: skip
