"""The legal checks of valuations and sales (Decree 152 Art 60–64), with their drafts."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuctionLot, Item, User, UserRole
from evidence_app.domain import display
from evidence_app.domain.calendar import add_working_days
from evidence_app.domain.enums import Category, Role, SaleMethod, ValuationMethod
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.rules import value
from evidence_app.services.admin import effective, effective_value
from evidence_app.services.core import validate as v


@dataclass(frozen=True, slots=True)
class CouncilOpinion:
    """One price council member's opinion (Decree 152/2026 Art 60.3): agreeing with the
    council's price, or dissenting with the price he proposes and his reasons."""

    agrees: bool
    proposed_price: int = 0  # 0 when agreeing: the council's price
    note: str = ""


@dataclass(frozen=True, slots=True)
class ValuationDraft:
    """A firm (``valuer``) or a price council (the chairing officer and the other members,
    each "Full name – position")."""

    method: ValuationMethod
    price: int
    valued_on: date
    valuer: str = ""
    chair_user_id: int | None = None
    members: tuple[str, ...] = field(default=())
    #: ValuationBasis value: the officer's ground (Law 106/2025 Art 82.1.b) or the
    #: re-valuation's (Art 82.2); the paper it rests on (the firm's contract, the parties'
    #: agreement, the conclusion, the request), its date, and the advance paid (Art 82.2.c).
    basis: str = ""
    paper_number: str = ""
    paper_on: date | None = None
    advance_paid: int = 0
    #: A price council's opinions, the chair's first then each member's in order (Decree
    #: 152/2026 Art 60.3).
    opinions: tuple[CouncilOpinion, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Buyer:
    name: str
    address: str = ""

    def checked(self) -> tuple[str, str]:
        return (
            v.text_field(self.name, "field.buyer", limit=200, required=True),
            v.text_field(self.address, "field.buyer_address", limit=300),
        )


def dmy(day: date) -> str:
    return display.day(day)


def vnd(amount: int) -> str:
    """1.234.567 (dot thousands) for messages in both languages (``domain.display``)."""
    return display.number(amount)


def money(amount: int | None, field_key: str) -> int:
    """A whole, non-negative amount of VND; required."""
    checked = v.money(amount, field_key)
    if checked is None:
        raise ValidationError("validation.required", field=field_key)
    return checked


def check_not_after(day: date, today: date, field_key: str) -> None:
    """Something that happened cannot be dated in the future."""
    if day > today:
        raise ValidationError("auction.date_in_future", field=field_key, day=dmy(day))


def check_not_before(day: date, earliest: date, field_key: str, other_key: str) -> None:
    if day < earliest:
        raise ValidationError(
            "auction.date_before", field=field_key, day=dmy(day), other=other_key,
            earliest=dmy(earliest),
        )  # fmt: skip


def minimum_next_price(previous: int, percent: float) -> int:
    """The lowest starting price after a reduction of ``percent`` of ``previous`` (rounded
    up to the đồng, so the reduction never exceeds the limit)."""
    return math.ceil(previous * (100 - Fraction(str(percent))) / 100)


def check_valuation(
    session: Session, draft: ValuationDraft, earlier: int
) -> tuple[str, tuple[str, ...]]:
    """The valuer and the council members as stored; refuses a second re-valuation, a
    council under 3 members or not chaired by an enforcement officer."""
    allowed = 1 + value("valuation.max_revaluations")
    if earlier >= allowed:
        raise ValidationError("auction.revaluation_refused", count=earlier)
    method = v.member(ValuationMethod, draft.method, "field.valuation_method")
    price = money(draft.price, "field.price")
    if price <= 0:
        raise ValidationError("validation.not_positive", field="field.price")
    if method is not ValuationMethod.PRICE_COUNCIL:  # a firm, the parties, the officer
        return v.text_field(draft.valuer, "field.valuer", limit=300, required=True), ()
    chair = _chair(session, draft.chair_user_id)
    others = [v.text_field(m, "field.council_member", limit=200) for m in draft.members]
    members = [f"{chair} – Chấp hành viên, Chủ tịch Hội đồng"] + [m for m in others if m]
    names = {m.split("–")[0].strip().casefold() for m in members}
    minimum = value("valuation.price_council_min_members")
    if len(names) < minimum:
        raise ValidationError("auction.council_too_small", minimum=minimum, count=len(names))
    return "", tuple(members)


def _chair(session: Session, user_id: int | None) -> str:
    user = session.get(User, user_id) if user_id is not None else None
    roles = set(session.scalars(select(UserRole.role).where(UserRole.user_id == user_id)))
    if user is None or not user.active or Role.OFFICER not in roles:
        raise ValidationError("auction.chair_not_officer")
    return user.full_name


def check_sale_without_auction(
    session: Session,
    lot: AuctionLot,
    items: Sequence[Item],
    method: SaleMethod,
    valued_price: int | None,
) -> SaleMethod:
    """Only perishables, low-value assets (Law 106/2025 Art 83.2.b; Decree 152/2026 Art 64.1,
    60.4–60.5) and gold bars or plain rings (Art 61.2) go without auction."""
    method = v.member(SaleMethod, method, "field.sale_method")
    if method is SaleMethod.GOLD_DEALER:
        if not lot.gold_bullion:
            raise ValidationError("auction.not_gold")
        return method
    if method not in (SaleMethod.PERISHABLE, SaleMethod.LOW_VALUE):
        raise ValidationError("auction.not_a_direct_sale", method=method)
    if valued_price is None:
        raise ValidationError("auction.no_valuation", ref=lot.id)
    if method is SaleMethod.PERISHABLE:
        for item in items:
            if item.category is not Category.PERISHABLE:
                raise ValidationError("auction.not_perishable", code=item.code)
    else:
        multiple = effective_value(session, "sale.low_value_wage_multiple")
        limit = int(multiple * effective(session, "region.minimum_wage_vnd"))
        if valued_price > limit:
            raise ValidationError("auction.not_low_value", price=vnd(valued_price),
                                  limit=vnd(limit), multiple=f"{multiple:g}")  # fmt: skip
    return method


def check_sale_announcement(announced_on: date, sale_on: date, days_off: Collection[date]) -> None:
    """Decree 152/2026 Art 64.2: the announcement is posted at least 01 working day before
    the time of sale it states."""
    latest = add_working_days(sale_on, -value("sale.notice_working_days"), days_off)
    if announced_on > latest:
        raise ValidationError("auction.sale_notice_late", day=dmy(announced_on),
                              latest=dmy(latest), sold=dmy(sale_on))  # fmt: skip


def check_announced_sale(lot: AuctionLot, method: SaleMethod, sold_on: date) -> None:
    """Decree 152/2026 Art 64.2: a perishable or low-value asset is sold only after its
    announcement, on the ground it states and not before the time of sale it states."""
    announced_on, planned = lot.sale_announced_on, lot.announced_sale_on
    if announced_on is None or planned is None or lot.announced_method is None:
        raise ValidationError("auction.sale_not_announced", ref=lot.id)
    if method is not lot.announced_method:
        raise ValidationError("auction.sale_other_ground", method=method,
                              announced=lot.announced_method)  # fmt: skip
    if sold_on < planned:
        raise ValidationError("auction.sale_before_announced", day=dmy(sold_on),
                              planned=dmy(planned), announced=dmy(announced_on))  # fmt: skip
