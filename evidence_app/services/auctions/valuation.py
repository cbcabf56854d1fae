"""Which valuation method the law allows, and when (Law 106/2025 Art 82; Decree 152/2026
Art 60): the firm's contract within 5 working days of the seizure, the parties' written
agreement instead, the officer's own price only for perishables, low-value assets or when
no firm can be chosen, a price council only in that last case; a re-valuation only on the
grounds of Art 82.2, done within 5 working days (Art 82.3). Pure checks: the service writes
nothing unless they pass."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from db.models import AuctionLot, Item, Valuation, ValuationOpinion
from evidence_app.domain.calendar import add_working_days
from evidence_app.domain.enums import Category, ValuationBasis, ValuationMethod
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.rules import value
from evidence_app.services.admin import effective, effective_value
from evidence_app.services.auctions.checks import CouncilOpinion, ValuationDraft, dmy, money, vnd
from evidence_app.services.core import validate as v

B = ValuationBasis
M = ValuationMethod
#: The officer's own grounds (Law Art 82.1.b) and a re-valuation's (Art 82.2.a–c).
OFFICER_GROUNDS = (B.PERISHABLE, B.LOW_VALUE, B.NO_FIRM)
REVALUATION_GROUNDS = (B.SERIOUS_BREACH, B.EXPIRED_CERTIFICATE, B.PARTY_REQUEST)


@dataclass(frozen=True, slots=True)
class Basis:
    """What is stored beside the price: the ground, the paper and its date, the advance."""

    basis: str
    paper_number: str
    paper_on: date | None
    advance_paid: int


def firm_contract_due(seized_on: date, days_off: Collection[date]) -> date:
    """Law Art 82.1.a: the firm's service contract within 5 working days of the seizure."""
    return add_working_days(seized_on, value("valuation.firm_contract_working_days"), days_off)


def request_due(notified_on: date, days_off: Collection[date]) -> date:
    """Law Art 82.2.c: a party's written request within 5 working days of the notice."""
    return add_working_days(notified_on, value("valuation.request_working_days"), days_off)


def revaluation_due(ground_on: date, days_off: Collection[date]) -> date:
    """Law Art 82.3: the re-valuation within 5 working days of the day its ground arose."""
    return add_working_days(ground_on, value("valuation.revaluation_working_days"), days_off)


def low_value_limit(session: Session) -> int:
    """Decree 152 Art 60.5: 5 × the minimum wage of the agency's region."""
    multiple = effective_value(session, "sale.low_value_wage_multiple")
    return int(multiple * effective(session, "region.minimum_wage_vnd"))


def check_basis(
    session: Session,
    lot: AuctionLot,
    items: Sequence[Item],
    draft: ValuationDraft,
    earlier: Sequence[Valuation],
    days_off: Collection[date],
) -> Basis:
    """The basis to store, or a ValidationError naming the rule and its article."""
    method = v.member(ValuationMethod, draft.method, "field.valuation_method")
    basis = v.member(ValuationBasis, draft.basis, "field.valuation_basis") if draft.basis else None
    number = v.text_field(draft.paper_number, "field.paper_number", limit=60)
    advance = int(draft.advance_paid or 0)
    if earlier:
        return _revaluation(method, basis, number, draft, earlier, advance, days_off)
    if basis in REVALUATION_GROUNDS:
        raise ValidationError("valuation.not_a_revaluation")
    if method is M.FIRM:
        if basis is not None:
            raise ValidationError("valuation.firm_has_no_ground")
        if draft.paper_on is not None or number:
            _firm_contract(lot, number, draft, days_off)
        return Basis("", number, draft.paper_on, 0)
    if method is M.AGREEMENT:
        # Law Art 82.1.a, 82.4; Decree 152 Art 60.1: the parties' written agreement on the price.
        if draft.paper_on is None:
            raise ValidationError("validation.required", field="field.agreement_on")
        _not_before(draft.paper_on, lot.seized_on, "valuation.agreement_before_seizure")
        _not_before(draft.valued_on, draft.paper_on, "valuation.valued_before_paper")
        return Basis("", number, draft.paper_on, 0)
    if method is M.PRICE_COUNCIL:
        # Decree 152 Art 60.3: a council only when no valuation firm can be chosen.
        if basis not in (None, B.NO_FIRM):
            raise ValidationError("valuation.council_only_without_firm")
        return Basis(B.NO_FIRM.value, number, draft.paper_on, 0)
    # The officer's own price (Law Art 82.1.b).
    if basis not in OFFICER_GROUNDS:
        raise ValidationError("valuation.officer_ground_required")
    if basis is B.PERISHABLE:
        for item in items:
            if item.category is not Category.PERISHABLE:
                raise ValidationError("auction.not_perishable", code=item.code)
    if basis is B.LOW_VALUE:
        limit = low_value_limit(session)
        if draft.price > limit:
            raise ValidationError("valuation.not_low_value", price=vnd(draft.price),
                                  limit=vnd(limit))  # fmt: skip
    assert basis is not None
    return Basis(basis.value, number, draft.paper_on, 0)


def _firm_contract(
    lot: AuctionLot, number: str, draft: ValuationDraft, days_off: Collection[date]
) -> None:
    if not number:
        raise ValidationError("validation.required", field="field.paper_number")
    if draft.paper_on is None:
        raise ValidationError("validation.required", field="field.firm_contract_on")
    _not_before(draft.paper_on, lot.seized_on, "valuation.contract_before_seizure")
    due = firm_contract_due(lot.seized_on, days_off)
    if draft.paper_on > due:
        raise ValidationError("valuation.firm_contract_late", day=dmy(draft.paper_on),
                              due=dmy(due), seized=dmy(lot.seized_on))  # fmt: skip
    _not_before(draft.valued_on, draft.paper_on, "valuation.valued_before_paper")


def _revaluation(
    method: ValuationMethod,
    basis: ValuationBasis | None,
    number: str,
    draft: ValuationDraft,
    earlier: Sequence[Valuation],
    advance: int,
    days_off: Collection[date],
) -> Basis:
    """Law Art 82.2–82.3; Decree 152 Art 60.6."""
    if basis not in REVALUATION_GROUNDS:
        raise ValidationError("valuation.revaluation_ground_required")
    if method is M.AGREEMENT:
        raise ValidationError("valuation.agreement_is_not_a_revaluation")
    if draft.paper_on is None:
        raise ValidationError("validation.required", field="field.ground_on")
    first = earlier[0]
    if basis is B.SERIOUS_BREACH and not number:
        raise ValidationError("validation.required", field="field.conclusion_number")
    if basis is B.EXPIRED_CERTIFICATE and first.method is not M.FIRM:
        raise ValidationError("valuation.no_certificate")
    if basis is B.PARTY_REQUEST:
        if any(e.basis == B.PARTY_REQUEST.value for e in earlier):
            raise ValidationError("valuation.request_once")
        notified = earlier[-1].notified_on
        if notified is None:
            raise ValidationError("valuation.request_before_notice")
        _not_before(draft.paper_on, notified, "valuation.request_before_notice")
        latest = request_due(notified, days_off)
        if draft.paper_on > latest:
            raise ValidationError("valuation.request_late", day=dmy(draft.paper_on),
                                  due=dmy(latest), notified=dmy(notified))  # fmt: skip
        if advance <= 0:
            raise ValidationError("valuation.advance_unpaid")
    _not_before(draft.valued_on, draft.paper_on, "valuation.valued_before_paper")
    due = revaluation_due(draft.paper_on, days_off)
    if draft.valued_on > due:
        raise ValidationError("valuation.revaluation_late", day=dmy(draft.valued_on),
                              due=dmy(due), ground=dmy(draft.paper_on))  # fmt: skip
    return Basis(basis.value, number, draft.paper_on, advance if basis is B.PARTY_REQUEST else 0)


def _not_before(day: date, earliest: date, key: str) -> None:
    if day < earliest:
        raise ValidationError(key, day=dmy(day), earliest=dmy(earliest))


def check_opinions(
    draft: ValuationDraft, members: Sequence[str]
) -> list[tuple[str, CouncilOpinion]]:
    """A price council's opinions, one per member, the chair first (Decree 152/2026 Art
    60.3): every opinion recorded, a dissent with its price and reasons; the price carried
    by more than half of all members, or by half with the chair when the vote is tied."""
    if draft.method != M.PRICE_COUNCIL:
        if draft.opinions:
            raise ValidationError("valuation.opinions_only_for_council")
        return []
    if len(draft.opinions) != len(members):
        raise ValidationError("valuation.opinion_per_member", members=len(members),
                              opinions=len(draft.opinions))  # fmt: skip
    found: list[tuple[str, CouncilOpinion]] = []
    for member, opinion in zip(members, draft.opinions, strict=True):
        name = member.split("–")[0].strip()
        note = v.text_field(opinion.note, "field.opinion_note", limit=1000)
        price = money(opinion.proposed_price or 0, "field.proposed_price")
        if opinion.agrees:
            price = price or draft.price
        elif price <= 0 or not note:
            raise ValidationError("valuation.dissent_needs_price_and_reasons", member=name)
        found.append((member, CouncilOpinion(bool(opinion.agrees), price, note)))
    agreeing = sum(1 for _m, o in found if o.agrees)
    tied_with_chair = 2 * agreeing == len(found) and found[0][1].agrees
    if 2 * agreeing <= len(found) and not tied_with_chair:
        raise ValidationError("valuation.council_no_majority", agreeing=agreeing,
                              members=len(found))  # fmt: skip
    return found


def store_opinions(
    session: Session, valuation: Valuation, opinions: Sequence[tuple[str, CouncilOpinion]]
) -> None:
    """The opinions beside the valuation, in the order of the minutes (append-only)."""
    session.add_all(
        ValuationOpinion(valuation_id=valuation.id, seq=seq, member=member,
                         proposed_price=o.proposed_price, agrees=o.agrees, note=o.note)
        for seq, (member, o) in enumerate(opinions, 1)
    )  # fmt: skip
