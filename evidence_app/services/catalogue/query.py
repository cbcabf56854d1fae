"""The catalogue's filter and sort as SQL: the WHERE clause and ORDER BY over ``item``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from db.models import Case, Item, Location, TemporaryRelease, Warehouse
from evidence_app.domain import rules
from evidence_app.domain.clock import agency_date, day_start
from evidence_app.domain.enums import Category, ItemKind, ItemStatus
from evidence_app.domain.errors import NotFoundError, ValidationError
from evidence_app.domain.states import FINAL_STATES
from evidence_app.services.core import validate as v

MAX_TEXT = 200


@dataclass(frozen=True, slots=True)
class CatalogueFilter:
    """What the catalogue shows; every field left empty means "any".

    ``location_id`` takes the location's whole subtree. ``received_from``/``received_to`` are
    local calendar days, both included. ``overdue`` means, for now, items not in a final
    state, held longer than ``backlog.no_judgment_years`` (Decree 152 Art 38.3) whose case
    has no judgment number, or which have no case; or items out on a temporary release past
    its due date.
    ``text`` is the diacritics-insensitive search of ``SearchService``.
    """

    warehouse_id: int | None = None
    location_id: int | None = None
    statuses: frozenset[ItemStatus] = field(default_factory=frozenset)
    categories: frozenset[Category] = field(default_factory=frozenset)
    case_id: int | None = None
    received_from: date | None = None
    received_to: date | None = None
    overdue: bool = False
    text: str = ""


def _declared_order(column: Any, enum_type: type[StrEnum]) -> ColumnElement[int]:
    """Enums sort in the order they are declared (a status's place in the life cycle), which
    reads right in every language, unlike their stored values or their labels."""
    return case({member.value: n for n, member in enumerate(enum_type)}, value=column, else_=-1)


#: Sortable columns and the SQL they sort by ("location" is sorted by full name in Python).
SORT_COLUMNS: dict[str, Any] = {
    "id": Item.id,
    "code": Item.code,
    "name": Item.name,
    "kind": _declared_order(Item.kind, ItemKind),
    "category": _declared_order(Item.category, Category),
    "status": _declared_order(Item.status, ItemStatus),
    "owner": Item.owner_name,
    "received_at": Item.received_at,
    # Items without one sort as an empty name on both databases (NULLs would not).
    "warehouse": func.coalesce(Warehouse.name, ""),
    "case": func.coalesce(Case.name, ""),
    "location": None,
}


@dataclass(frozen=True, slots=True)
class CatalogueSort:
    """One column of ``SORT_COLUMNS``, ascending unless ``descending``; ties go by id."""

    column: str = "id"
    descending: bool = True


def checked_filter(f: CatalogueFilter) -> CatalogueFilter:
    """``f`` with clean values, or a ValidationError naming the bad field."""
    for value, name in (
        (f.warehouse_id, "field.warehouse"),
        (f.location_id, "field.location"),
        (f.case_id, "field.case"),
    ):
        if value is not None and (type(value) is not int or value <= 0):
            raise ValidationError("validation.value", field=name, value=str(value)[:40])
    for day in (f.received_from, f.received_to):
        if day is not None and (not isinstance(day, date) or isinstance(day, datetime)):
            raise ValidationError("validation.value", field="field.date", value=str(day)[:40])
    if f.received_from and f.received_to and f.received_from > f.received_to:
        raise ValidationError("validation.date_range")
    return CatalogueFilter(
        warehouse_id=f.warehouse_id,
        location_id=f.location_id,
        statuses=frozenset(v.member(ItemStatus, s, "field.status") for s in f.statuses),
        categories=frozenset(v.member(Category, c, "field.category") for c in f.categories),
        case_id=f.case_id,
        received_from=f.received_from,
        received_to=f.received_to,
        overdue=bool(f.overdue),
        text=v.text_field(f.text, "field.search", limit=MAX_TEXT),
    )


def checked_sort(sort: CatalogueSort | None) -> CatalogueSort | None:
    if sort is not None and sort.column not in SORT_COLUMNS:
        raise ValidationError("validation.value", field="field.sort", value=str(sort.column)[:40])
    return sort


def conditions(session: Session, f: CatalogueFilter, now: datetime) -> list[ColumnElement[bool]]:
    """The WHERE terms of ``f`` (already checked) against ``item``."""
    terms: list[ColumnElement[bool]] = []
    if f.warehouse_id is not None:
        terms.append(Item.warehouse_id == f.warehouse_id)
    if f.location_id is not None:
        terms.append(_subtree(session, f.location_id, f.warehouse_id))
    if f.statuses:
        terms.append(Item.status.in_(sorted(f.statuses)))
    if f.categories:
        terms.append(Item.category.in_(sorted(f.categories)))
    if f.case_id is not None:
        terms.append(Item.case_id == f.case_id)
    if f.received_from is not None:
        terms.append(Item.received_at >= day_start(f.received_from))
    if f.received_to is not None:
        terms.append(Item.received_at < day_start(f.received_to + timedelta(days=1)))
    if f.overdue:
        terms.append(overdue_condition(now))
    return terms


def overdue_condition(now: datetime) -> ColumnElement[bool]:
    years = rules.value("backlog.no_judgment_years")
    try:
        cutoff = now.replace(year=now.year - years)
    except ValueError:  # 29 February
        cutoff = now.replace(year=now.year - years, day=28)
    no_judgment = select(Case.id).where(Case.judgment_number == "")
    backlog = and_(
        Item.status.not_in(sorted(FINAL_STATES)),
        Item.received_at < cutoff,
        or_(Item.case_id.is_(None), Item.case_id.in_(no_judgment)),
    )
    late = select(TemporaryRelease.item_id).where(
        TemporaryRelease.returned_at.is_(None),
        TemporaryRelease.due_on < agency_date(now),
    )
    return or_(backlog, Item.id.in_(late))


def _subtree(session: Session, location_id: int, warehouse_id: int | None) -> ColumnElement[bool]:
    row = session.execute(
        select(Location.path, Location.warehouse_id, Location.name).where(
            Location.id == location_id
        )
    ).first()
    if row is None:
        raise NotFoundError(what="noun.location", ref=location_id)
    if warehouse_id is not None and row.warehouse_id != warehouse_id:
        warehouse = session.scalar(select(Warehouse.name).where(Warehouse.id == warehouse_id))
        raise ValidationError(
            "validation.not_a_location_of", location=row.name, warehouse=warehouse or warehouse_id
        )
    inside = select(Location.id).where(Location.path.startswith(row.path, autoescape=True))
    return Item.location_id.in_(inside)
