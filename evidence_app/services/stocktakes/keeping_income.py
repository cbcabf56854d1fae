"""Income a keeper earns exploiting an asset left with him (Law 106/2025 Art 40.2-3): after
the related costs it is paid to the agency to enforce the judgment. The officer records the
payment against the keeping minutes (Decree 152/2026 Art 24.4) it was earned under; it is
credited to the case as collected money, net of the costs, awaiting the head's word like
any other payment (``services.outcomes``), and the keeping's history lists it. Whoever the
asset was left with owes it, the commune included (Art 40.1.đ), and what was earned while the
asset was kept is owed after the keeping ended."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.engine import Database
from db.models import (
    Case,
    CaseChange,
    CaseConfirmation,
    CasePayment,
    CustodyEvent,
    Document,
    Item,
    KeepingIncome,
    Location,
    Unit,
    User,
    Warehouse,
)
from db.models.case_history import voided
from evidence_app.domain.clock import agency_date, agency_today
from evidence_app.domain.collation import vietnamese_key
from evidence_app.domain.display import day, number
from evidence_app.domain.enums import DocumentKind, EventKind
from evidence_app.domain.errors import NotFoundError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.domain.states import STORED_STATES
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.closed_periods import refuse_closed_statistics
from evidence_app.services.core.scope import case_scope, check_case, check_warehouse
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.outcomes import add_payment, check_payment, collected
from evidence_app.services.stocktakes.keeping import keeper_place


@dataclass(frozen=True, slots=True)
class IncomeCase:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class KeepingMinutesChoice:
    """A keeping: its minutes, the day of the handover, the cases of what it left there and
    how many of those items the keeper still holds (0: the keeping has ended)."""

    minutes_document_id: int
    number: str
    handed_on: date
    case_ids: tuple[int, ...]
    case_name: str
    held: int
    #: The cases an income may be credited to, as the actor sees them: those of the
    #: minutes' items in his unit, by name.
    cases: tuple[IncomeCase, ...] = ()


@dataclass(frozen=True, slots=True)
class IncomeDraft:
    """Lợi tức thu được (gross), chi phí liên quan (costs), ngày nộp, số biên lai thu tiền."""

    minutes_document_id: int
    gross: int | None
    costs: int | None
    paid_on: date | None
    receipt_number: str
    #: The case it is credited to; None: the minutes' one case.
    case_id: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class IncomeView:
    id: int
    payment_id: int
    minutes_number: str
    case_id: int
    case_name: str
    gross: int
    costs: int
    paid_on: date
    receipt_number: str
    recorder_name: str
    #: The head's word on the credit: None while it awaits him.
    accepted: bool | None
    voided: bool = False

    @property
    def net(self) -> int:
        return self.gross - self.costs


class KeepingIncomeService:
    """``today`` is replaceable for tests."""

    def __init__(self, db: Database, today: Callable[[], date] = agency_today) -> None:
        self.db = db
        self.today = today

    def minutes(self, actor: Actor, keeper_id: int) -> list[KeepingMinutesChoice]:
        """The keeper's minutes, newest first, ended keepings too: income earned while the
        asset was kept is owed after it is taken back (Law 106/2025 Art 40.3)."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            w = keeper_place(session, keeper_id)
            check_warehouse(session, actor, Permission.VIEW, w.id)
            docs = session.scalars(_minutes_of(w.id).order_by(Document.id.desc())).all()
            scope = case_scope(session, actor)
            found = []
            for doc in docs:
                choice = _choice(session, w, doc)
                found.append(replace(choice, cases=_cases(session, choice.case_ids, scope)))
            return found

    def incomes(self, actor: Actor, keeper_id: int) -> list[IncomeView]:
        """Every income recorded against the keeper's minutes, newest first."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            w = keeper_place(session, keeper_id)
            check_warehouse(session, actor, Permission.VIEW, w.id)
            rows = session.execute(
                select(KeepingIncome, CasePayment, Document.number, Case.name,
                       CaseConfirmation.accepted, User.full_name)
                .join(CasePayment, CasePayment.id == KeepingIncome.payment_id)
                .join(Document, Document.id == KeepingIncome.minutes_document_id)
                .join(Case, Case.id == CasePayment.case_id)
                .outerjoin(CaseConfirmation, CaseConfirmation.payment_id == CasePayment.id)
                .outerjoin(User, User.id == CasePayment.recorded_by)
                .where(KeepingIncome.warehouse_id == w.id)
                .order_by(CasePayment.paid_on.desc(), KeepingIncome.id.desc())
            ).tuples()  # fmt: skip
            gone = set(session.scalars(voided(CaseChange.payment_id)))
            return [IncomeView(*row) for row in _income_rows(rows, gone)]

    def record(self, actor: Actor, keeper_id: int, draft: IncomeDraft) -> IncomeView:
        """The keeper's income paid in (Law 106/2025 Art 40.3), credited to the case net of
        the costs, awaiting the head's confirmation; refused in words, writing nothing."""
        receipt = v.text_field(draft.receipt_number, "field.receipt_number", limit=60,
                               required=True)  # fmt: skip
        note = v.text_field(draft.note, "field.note", limit=1000)
        gross = v.money(draft.gross, "field.income_gross")
        costs = v.money(draft.costs, "field.income_costs") or 0
        if gross is None:
            raise ValidationError("validation.required", field="field.income_gross")
        if costs > gross:
            raise ValidationError("income.costs_exceed", costs=number(costs), gross=number(gross))
        if gross - costs <= 0:
            raise ValidationError("income.no_net", gross=number(gross), costs=number(costs))
        paid_on = draft.paid_on
        if not isinstance(paid_on, date):
            raise ValidationError("validation.required", field="field.income_paid_on")
        with unit_of_work(self.db, "noun.keeping_income", str(keeper_id)) as session:
            authorize(session, actor, Permission.RECORD_CASE_RESULT)
            w = keeper_place(session, keeper_id)
            check_warehouse(session, actor, Permission.RECORD_CASE_RESULT, w.id)
            # Whoever the asset was left with owes its income, the commune too (Art 40.1.đ,
            # 40.3: "người được giao bảo quản tài sản phải nộp").
            keeper = w.custodian_name or w.name
            doc = session.scalar(_minutes_of(w.id).where(Document.id == draft.minutes_document_id))
            if doc is None:
                raise ValidationError("income.not_its_minutes", keeper=keeper,
                                      ref=draft.minutes_document_id)  # fmt: skip
            # An ended keeping still owes what was earned while it lasted (Art 40.3).
            choice = _choice(session, w, doc)
            if paid_on < choice.handed_on:
                raise ValidationError("income.before_handover", day=day(paid_on),
                                      handed=day(choice.handed_on), number=doc.number)  # fmt: skip
            if paid_on > self.today():
                raise ValidationError("outcome.date_in_future", field="field.income_paid_on",
                                      day=day(paid_on))  # fmt: skip
            case = _case(session, draft.case_id, choice)
            check_case(session, actor, Permission.RECORD_CASE_RESULT, case.id)
            if collected(session, case.id, pending_too=True) >= case.amount_to_enforce:
                raise ValidationError("income.case_enforced", case=case.name,
                                      amount=number(case.amount_to_enforce))  # fmt: skip
            refuse_closed_statistics(session, paid_on)
            check_payment(session, case, gross - costs, paid_on)
            issuer = session.scalar(select(Unit.name).where(Unit.id == w.unit_id)) or ""
            payment = add_payment(
                session, case, amount=gross, costs=costs, paid_on=paid_on,
                document=(receipt, paid_on, issuer), recorded_by=actor.user_id, at=utcnow(),
                note=note or (f"Lợi tức khai thác tài sản giao {keeper} bảo quản "
                              f"(Biên bản số {doc.number})"),
            )  # fmt: skip
            row = KeepingIncome(payment_id=payment.id, warehouse_id=w.id,
                                minutes_document_id=doc.id)  # fmt: skip
            session.add(row)
            session.flush()
            return IncomeView(
                row.id, payment.id, doc.number, case.id, case.name, gross, costs, paid_on,
                receipt, actor.full_name, None,
            )  # fmt: skip


def _income_rows(rows: Iterable[Any], gone: set[int]) -> Iterator[tuple[Any, ...]]:
    """IncomeView's fields from a row of ``incomes``' query."""
    for k, p, minutes_number, name, accepted, who in rows:
        yield (k.id, p.id, minutes_number, p.case_id, name, p.amount, p.costs, p.paid_on,
               p.doc_number, who or "", accepted, p.id in gone)  # fmt: skip


def _minutes_of(warehouse_id: int) -> Select[tuple[Document]]:
    """The keeping minutes that left items at this keeping place."""
    into = select(Location.id).where(Location.warehouse_id == warehouse_id)
    cited = select(CustodyEvent.document_id).where(
        CustodyEvent.kind == EventKind.LEFT_WITH_KEEPER, CustodyEvent.to_location_id.in_(into)
    )
    return select(Document).where(
        Document.kind == DocumentKind.KEEPING_MINUTES, Document.id.in_(cited)
    )


def _choice(session: Session, w: Warehouse, doc: Document) -> KeepingMinutesChoice:
    """The minutes' handover day, its items' cases and how many it still holds."""
    into = select(Location.id).where(Location.warehouse_id == w.id)
    events = (
        select(CustodyEvent.item_id, CustodyEvent.occurred_at)
        .where(CustodyEvent.document_id == doc.id, CustodyEvent.kind == EventKind.LEFT_WITH_KEEPER)
        .where(CustodyEvent.to_location_id.in_(into))
    )
    rows = session.execute(events).all()
    ids = [item_id for item_id, _ in rows]
    handed = min(agency_date(at) for _, at in rows)
    cases = tuple(sorted({
        case_id
        for case_id in session.scalars(select(Item.case_id).where(Item.id.in_(ids)))
        if case_id is not None
    }))  # fmt: skip
    held = session.scalar(
        select(func.count(Item.id)).where(
            Item.id.in_(ids), Item.warehouse_id == w.id, Item.status.in_(sorted(STORED_STATES))
        )
    )
    name = session.scalar(select(Case.name).where(Case.id == cases[0])) if len(cases) == 1 else ""
    return KeepingMinutesChoice(doc.id, doc.number, handed, cases, name or "", int(held or 0))


def _cases(
    session: Session, case_ids: Sequence[int], scope: ColumnElement[bool] | None
) -> tuple[IncomeCase, ...]:
    """The minutes' cases the actor sees (his unit's), in Vietnamese alphabetical order."""
    query = select(Case.id, Case.name).where(Case.id.in_(case_ids))
    if scope is not None:
        query = query.where(scope)
    rows = [IncomeCase(case_id, name) for case_id, name in session.execute(query)]
    return tuple(sorted(rows, key=lambda c: (vietnamese_key(c.name), c.id)))


def _case(session: Session, case_id: int | None, choice: KeepingMinutesChoice) -> Case:
    """The case credited: one of the cases whose items the minutes left (the one when
    there is one)."""
    if case_id is None:
        if len(choice.case_ids) != 1:
            raise ValidationError("validation.required", field="noun.case")
        case_id = choice.case_ids[0]
    if case_id not in choice.case_ids:
        raise ValidationError("income.other_case", number=choice.number)
    case = session.get(Case, case_id, with_for_update=True)
    if case is None:
        raise NotFoundError(what="noun.case", ref=case_id)
    return case
