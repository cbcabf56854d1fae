"""Co-owners and persons with a right of first purchase (Law 106/2025 Art 83.1): before the
first sale the officer notifies them; they have 15 days (real property) or 5 working days
(movables) from the notice to declare they will buy at the starting price, then 5 working
days to pay. One who declares in time buys the lot (sale method ``co_owner``; the cashier
records the payment within those 5 working days); if nobody does, the lot goes on to the
auction contract, which waits until every period has run out."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuctionLot, PriorityNotice
from evidence_app.domain.calendar import add_working_days, period_end
from evidence_app.domain.enums import LotStatus, SaleMethod
from evidence_app.domain.errors import NotFoundError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.domain.rules import value
from evidence_app.services.admin import holidays
from evidence_app.services.auctions.checks import check_not_after, check_not_before, dmy
from evidence_app.services.auctions.rows import (
    done,
    load_lot,
    open_lot,
    rounds_of,
    sell,
    valuations_of,
)
from evidence_app.services.auctions.views import LotView
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.closed_periods import require_open_period
from evidence_app.services.core.uow import unit_of_work

if TYPE_CHECKING:
    from evidence_app.services.auctions.service import AuctionService

S = LotStatus
LEDGER = "auction_ledger"


@dataclass(frozen=True, slots=True)
class PriorityView:
    id: int
    lot_id: int
    name: str
    notified_on: date
    declare_by: date
    pay_by: date
    declared_on: date | None


def declare_by(lot: AuctionLot, notified_on: date, days_off: Collection[date]) -> date:
    """Law Art 83.1: 15 days for real property (the next working day when the 15th is a day
    off, Civil Code Art 148.5), 5 working days for movables, from the notice."""
    if lot.real_property:
        return period_end(notified_on, value("priority.real_property_days"), days_off)
    return add_working_days(notified_on, value("priority.movable_working_days"), days_off)


def pay_by(lot: AuctionLot, notified_on: date, days_off: Collection[date]) -> date:
    """Law Art 83.1: 5 working days from the end of the priority period."""
    end = declare_by(lot, notified_on, days_off)
    return add_working_days(end, value("priority.payment_working_days"), days_off)


def notices_of(session: Session, lot_id: int) -> list[PriorityNotice]:
    return list(
        session.scalars(
            select(PriorityNotice)
            .where(PriorityNotice.lot_id == lot_id)
            .order_by(PriorityNotice.id)
        )
    )


def check_priority_over(
    session: Session, lot: AuctionLot, contract_on: date, days_off: Collection[date]
) -> None:
    """The auction contract waits until every co-owner's period has run out (Art 83.1)."""
    for notice in notices_of(session, lot.id):
        end = declare_by(lot, notice.notified_on, days_off)
        if notice.declared_on is not None:
            end = pay_by(lot, notice.notified_on, days_off)
        if contract_on <= end:
            raise ValidationError("priority.period_running", name=notice.name, day=dmy(end))


def _view(lot: AuctionLot, n: PriorityNotice, days_off: Collection[date]) -> PriorityView:
    return PriorityView(n.id, lot.id, n.name, n.notified_on, declare_by(lot, n.notified_on,
                        days_off), pay_by(lot, n.notified_on, days_off), n.declared_on)  # fmt: skip


class PriorityBuyerService:
    """Steps of Art 83.1; ``auctions`` gives the database and the agency's ``today``."""

    def __init__(self, auctions: AuctionService) -> None:
        self.auctions = auctions
        self.db = auctions.db

    def _today(self) -> date:
        return self.auctions.today()

    def notify(
        self, actor: Actor, lot_id: int, name: str, notified_on: date, address: str = ""
    ) -> PriorityView:
        """A co-owner or priority buyer notified before the first sale."""
        name = v.text_field(name, "field.priority_buyer", limit=300, required=True)
        address = v.text_field(address, "field.buyer_address", limit=300)
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id)) as session:
            lot = open_lot(session, actor, Permission.MANAGE_AUCTIONS, lot_id, None, S.VALUED)
            if rounds_of(session, lot.id):
                raise ValidationError("priority.first_sale_only")
            valuation = valuations_of(session, lot.id)[-1]
            check_not_after(notified_on, self._today(), "field.notified_on")
            require_open_period(session, LEDGER, notified_on)
            check_not_before(notified_on, valuation.valued_on, "field.notified_on",
                             "field.valued_on")  # fmt: skip
            notice = PriorityNotice(lot_id=lot.id, name=name, address=address,
                                    notified_on=notified_on, recorded_by=actor.user_id)  # fmt: skip
            session.add(notice)
            session.flush()
            # Law Art 83.1: the notice is a paper, numbered with the step (none, no step).
            from evidence_app.services.auctions.papers import issue_priority_notice

            issue_priority_notice(session, actor, lot, notice)
            return _view(lot, notice, holidays(session))

    def list(self, actor: Actor, lot_id: int) -> list[PriorityView]:
        with unit_of_work(self.db, "noun.auction_lot", str(lot_id), read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            lot = load_lot(session, lot_id, None, *S, lock=False)
            off = holidays(session)
            return [_view(lot, n, off) for n in notices_of(session, lot.id)]

    def buy(self, actor: Actor, notice_id: int, declared_on: date) -> LotView:
        """The co-owner declares within the period: the lot is sold to him at the starting
        price (the latest valuation, Law Art 82.4); he pays within 5 working days after the
        period (``record_payment`` checks it)."""
        with unit_of_work(self.db, "noun.auction_lot", str(notice_id)) as session:
            authorize(session, actor, Permission.MANAGE_AUCTIONS)
            notice = session.get(PriorityNotice, notice_id)
            if notice is None:
                raise NotFoundError(what="noun.auction_lot", ref=notice_id)
            lot = open_lot(session, actor, Permission.MANAGE_AUCTIONS, notice.lot_id, None,
                           S.VALUED)  # fmt: skip
            off = holidays(session)
            check_not_after(declared_on, self._today(), "field.declared_on")
            require_open_period(session, LEDGER, declared_on)
            check_not_before(declared_on, notice.notified_on, "field.declared_on",
                             "field.notified_on")  # fmt: skip
            last = declare_by(lot, notice.notified_on, off)
            if declared_on > last:
                raise ValidationError("priority.declared_late", day=dmy(declared_on),
                                      due=dmy(last), notified=dmy(notice.notified_on))  # fmt: skip
            price = valuations_of(session, lot.id)[-1].price
            notice.declared_on = declared_on
            due = pay_by(lot, notice.notified_on, off)
            sell(session, actor, lot, SaleMethod.CO_OWNER, notice.name, notice.address, price,
                 declared_on, (due - declared_on).days)  # fmt: skip
            return done(session, lot)
