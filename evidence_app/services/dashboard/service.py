"""The home screen's figures: stock by status and category, monthly flows, and what the
logged-in user has to do today (deadlines, overdue releases, approvals, open stocktakes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import (
    Case,
    CaseChange,
    CaseConfirmation,
    CaseOutcome,
    CasePayment,
    Item,
    ReleaseRequest,
    Stocktake,
    TemporaryRelease,
    Warehouse,
)
from db.unit_scope import case_in_units, warehouses_of
from evidence_app.domain.clock import agency_today, day_start
from evidence_app.domain.enums import (
    Category,
    ItemStatus,
    ReleaseRequestStatus,
    Role,
    StocktakeStatus,
)
from evidence_app.domain.permissions import Permission
from evidence_app.domain.states import FINAL_STATES
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.deadlines import Deadline, collect
from evidence_app.services.core.scope import item_scope, visible_deadlines, visible_unit_ids
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody import CheckoutService

#: How far ahead "to do" looks for deadlines.
AHEAD_DAYS = 7
MONTHS = 12


@dataclass(frozen=True, slots=True)
class MonthFlow:
    month: str  # "2026-11"
    received: int
    closed: int


@dataclass(frozen=True, slots=True)
class Dashboard:
    today: date
    by_status: tuple[tuple[ItemStatus, int], ...]
    #: Items held (not in a final state) per category.
    by_category: tuple[tuple[Category, int], ...]
    flows: tuple[MonthFlow, ...]
    deadlines: tuple[Deadline, ...]
    #: (item code, item name, due date) of this user's releases still out.
    my_checkouts: tuple[tuple[str, str, date], ...]
    pending_approvals: int
    open_stocktakes: int
    #: Case outcomes, payments and corrections awaiting the head's confirmation (issue 19:
    #: they count only once the head accepts them; Decree 152/2026 Art 38, Law 106/2025
    #: Art 22); the head's own units' cases only (issue 21).
    pending_case_records: int = 0

    @property
    def held(self) -> int:
        return sum(n for s, n in self.by_status if s not in FINAL_STATES)


class DashboardService:
    def __init__(self, db: Database, checkouts: CheckoutService) -> None:
        self.db = db
        self.checkouts = checkouts

    def summary(self, actor: Actor, today: date | None = None) -> Dashboard:
        """Every figure of the home screen, aggregated in SQL (fit for 1,000,000 items)."""
        day = today or agency_today()
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            # A regional office's user counts their units' items, requests, stocktakes and
            # deadlines only; the provincial head and inspectors the whole province (issue 21).
            visible = visible_unit_ids(session, actor)
            scope = item_scope(session, actor)
            by_status = _grouped(session, Item.status, scope)
            by_category = _held_by_category(session, scope)
            flows = _flows(session, day, scope)
            found = collect(session, day, day + timedelta(days=AHEAD_DAYS))
            if visible is not None:
                found = visible_deadlines(session, found, visible)
            deadlines = tuple(
                d for d in found
                if actor.is_system or Role.HEAD in actor.roles or Role.KEEPER in actor.roles
                or d.responsible_user_id in (None, actor.user_id)
            )  # fmt: skip
            pending = records = 0
            if actor.is_system or Role.HEAD in actor.roles:
                asked = (
                    select(func.count())
                    .select_from(ReleaseRequest)
                    .where(ReleaseRequest.status == ReleaseRequestStatus.REQUESTED)
                )
                if visible is not None:
                    asked = asked.join(Case, Case.id == ReleaseRequest.case_id).where(
                        case_in_units(visible)
                    )
                pending = session.scalar(asked) or 0
                records = _pending_case_records(session, visible)
            open_takes = (
                select(func.count())
                .select_from(Stocktake)
                .where(Stocktake.status == StocktakeStatus.OPEN)
            )
            if visible is not None:
                open_takes = open_takes.join(
                    Warehouse, Warehouse.id == Stocktake.warehouse_id
                ).where(warehouses_of(visible))
            stocktakes = session.scalar(open_takes)
            mine = _my_checkouts(session, actor.user_id, day + timedelta(days=AHEAD_DAYS))
        return Dashboard(
            day, by_status, by_category, flows, deadlines, mine, pending, stocktakes or 0, records
        )


def _my_checkouts(
    session: Session, user_id: int | None, until: date
) -> tuple[tuple[str, str, date], ...]:
    """The releases still out that the user answers for, due by ``until``, soonest first:
    three columns in SQL (a keeper may answer for thousands; the whole views are not needed)."""
    rows = session.execute(
        select(Item.code, Item.name, TemporaryRelease.due_on)
        .join(Item, Item.id == TemporaryRelease.item_id)
        .where(TemporaryRelease.returned_at.is_(None))
        .where(TemporaryRelease.responsible_user_id == user_id, TemporaryRelease.due_on <= until)
        .order_by(TemporaryRelease.due_on, TemporaryRelease.id)
    )
    return tuple((code, name, due) for code, name, due in rows)


def _pending_case_records(session: Session, visible: frozenset[int] | None) -> int:
    """Outcomes, payments and corrections with no confirmation yet (the head's queue,
    ``outcomes.views.pending_records``), counted in SQL; within ``visible`` units when set."""
    total = 0
    table: Any
    for table, link in (
        (CaseOutcome, CaseConfirmation.outcome_id),
        (CasePayment, CaseConfirmation.payment_id),
        (CaseChange, CaseConfirmation.change_id),
    ):
        query = (
            select(func.count())
            .select_from(table)
            .outerjoin(CaseConfirmation, link == table.id)
            .where(CaseConfirmation.id.is_(None))
        )
        if visible is not None:
            query = query.join(Case, Case.id == table.case_id).where(case_in_units(visible))
        total += int(session.scalar(query) or 0)
    return total


def _grouped(
    session: Session, column: Any, condition: ColumnElement[bool] | None
) -> tuple[tuple[Any, int], ...]:
    query = select(column, func.count()).group_by(column)
    if condition is not None:
        query = query.where(condition)
    rows = [(key, int(n)) for key, n in session.execute(query)]
    return tuple(sorted(rows, key=lambda r: -r[1]))


def _held_by_category(
    session: Session, scope: ColumnElement[bool] | None
) -> tuple[tuple[Category, int], ...]:
    """Grouped by status first, so the covering index ix_item_report serves it."""
    counts: dict[Category, int] = {}
    query = (
        select(Item.status, Item.category, func.count())
        .where(Item.status.not_in(sorted(FINAL_STATES)))
        .group_by(Item.status, Item.category)
    )
    if scope is not None:
        query = query.where(scope)
    for _status, category, n in session.execute(query):
        counts[category] = counts.get(category, 0) + int(n)
    return tuple(sorted(counts.items(), key=lambda r: -r[1]))


def _month(session: Session, column: Any) -> Any:
    """The agency's calendar month of a stored UTC moment (Vietnam is UTC+7 all year)."""
    if session.get_bind().dialect.name == "postgresql":
        wall = func.timezone(literal_column("INTERVAL '+07:00'"), column)  # a fixed offset
        return func.to_char(wall, "YYYY-MM")
    return func.strftime("%Y-%m", column, "+7 hours")


def _flows(
    session: Session, today: date, scope: ColumnElement[bool] | None
) -> tuple[MonthFlow, ...]:
    """Items received, and items closed (released, handed over, destroyed), per month."""
    first = date(today.year - 1, today.month, 1)
    months = []
    y, m = first.year, first.month
    for _ in range(MONTHS):
        m += 1
        if m > 12:
            y, m = y + 1, 1
        months.append(f"{y:04d}-{m:02d}")
    start = day_start(date(int(months[0][:4]), int(months[0][5:]), 1))
    received = Item.received_at >= start
    ended = Item.status.in_(sorted(FINAL_STATES)) & (Item.updated_at >= start)
    if scope is not None:
        received, ended = received & scope, ended & scope
    got = _per_month(session, Item.received_at, received)
    closed = _per_month(session, Item.updated_at, ended)
    return tuple(MonthFlow(k, got.get(k, 0), closed.get(k, 0)) for k in months)


def _per_month(session: Session, column: Any, condition: ColumnElement[bool]) -> dict[str, int]:
    month = _month(session, column)
    rows = session.execute(select(month, func.count()).where(condition).group_by(month))
    return {str(k): int(n) for k, n in rows}
