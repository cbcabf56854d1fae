"""Which items and cases a set of units holds, as SQL (issue 21: reads scoped to a unit).

An item's unit is its warehouse's while it is stored (it has a location), else its case's;
an item with neither belongs to the provincial unit (``services.core.scope.item_unit_id``
says the same for one item). The conditions keep the item indexes usable: they test
``item.warehouse_id`` and ``item.case_id`` against the (small) sets of the units'
warehouses and cases, so a search or a look-up by code stays an index probe.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import ColumnElement, Connection, and_, false, or_, select

from db.models import Case, Item, Warehouse


def warehouses_of(unit_ids: Collection[int]) -> ColumnElement[bool]:
    return Warehouse.unit_id.in_(sorted(unit_ids))


def item_in_units(unit_ids: Collection[int], provincial_unit_id: int | None) -> ColumnElement[bool]:
    """``item`` rows of ``unit_ids`` (the provincial unit's id: it also holds the items with
    neither a location nor a case)."""
    units = sorted(unit_ids)
    if not units:
        return false()
    stored = and_(
        Item.location_id.is_not(None),
        Item.warehouse_id.in_(select(Warehouse.id).where(Warehouse.unit_id.in_(units))),
    )
    by_case = and_(
        Item.location_id.is_(None),
        Item.case_id.in_(select(Case.id).where(Case.unit_id.in_(units))),
    )
    terms = [stored, by_case]
    if provincial_unit_id is not None and provincial_unit_id in unit_ids:
        terms.append(and_(Item.location_id.is_(None), Item.case_id.is_(None)))
    return or_(*terms)


def item_in_units_sql(alias: str, unit_ids: Collection[int], provincial_unit_id: int | None) -> str:
    """The same condition as raw SQL over ``alias`` (for db.search's hand-written queries).
    The ids are integers, written in literally (no user text reaches this string)."""
    units = ", ".join(str(int(u)) for u in sorted(unit_ids))
    if not units:
        return "(1 = 0)"
    terms = [
        f"({alias}.location_id IS NOT NULL AND {alias}.warehouse_id IN "
        f"(SELECT id FROM warehouse WHERE unit_id IN ({units})))",
        # Correlated (one primary-key probe per row), so a search stopping after its first
        # hits never builds the set of the units' cases.
        f"({alias}.location_id IS NULL AND EXISTS (SELECT 1 FROM enforcement_case AS c "
        f"WHERE c.id = {alias}.case_id AND c.unit_id IN ({units})))",
    ]
    if provincial_unit_id is not None and provincial_unit_id in unit_ids:
        terms.append(f"({alias}.location_id IS NULL AND {alias}.case_id IS NULL)")
    return "(" + " OR ".join(terms) + ")"


def units_hold_anything(conn: Connection, unit_ids: Collection[int], provincial: bool) -> bool:
    """Whether ``unit_ids`` own a warehouse or a case (or are the province): a search for an
    office holding nothing returns at once instead of reading every match (issue 21)."""
    units = sorted(int(u) for u in unit_ids)
    if provincial:
        return True
    if not units:
        return False
    found = (
        conn.execute(select(Warehouse.id).where(Warehouse.unit_id.in_(units)).limit(1)).first()
        or conn.execute(select(Case.id).where(Case.unit_id.in_(units)).limit(1)).first()
    )
    return found is not None


def case_in_units(unit_ids: Collection[int]) -> ColumnElement[bool]:
    return Case.unit_id.in_(sorted(unit_ids))
