"""Warehouses and the location tree inside each (zone → room → shelf → bin)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Agency, Item, Location, Warehouse
from evidence_app.domain.codes import CodeKind, parse_code
from evidence_app.domain.enums import CustodianKind, LocationKind
from evidence_app.domain.errors import DuplicateError, NotFoundError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.services.catalogue.location_counts import (
    held_counts,
    held_in_subtree,
    location_nodes,
)
from evidence_app.services.catalogue.locations import (
    LocationRange,
    add_range,
    cleaned_range,
    new_location,
)
from evidence_app.services.catalogue.rows import item_rows
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.dto import ItemRow, LocationView, WarehouseTree, WarehouseView
from evidence_app.services.core.scope import (
    check_location_visible,
    check_warehouse_visible,
    home_unit_id,
    warehouse_scope,
)
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.core.views import warehouse_view
from evidence_app.services.custody import mixed_locations

_SEPARATOR = " › "
_WAREHOUSE_CODE = re.compile(r"^[A-Z0-9]{1,12}$")
_DIGITS = re.compile(r"(\d+)")


class WarehouseService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(
        self,
        actor: Actor,
        code: str,
        name: str,
        custodian_kind: CustodianKind,
        custodian_name: str = "",
        address: str = "",
    ) -> WarehouseView:
        code = v.text_field(code, "field.code", limit=12, required=True).upper()
        if not _WAREHOUSE_CODE.match(code):
            raise ValidationError("validation.value", field="field.code", value=code)
        name = v.text_field(name, "field.name", limit=200, required=True)
        with unit_of_work(self.db, "noun.warehouse", code) as session:
            authorize(session, actor, Permission.MANAGE_WAREHOUSES)
            agency_id = session.scalar(select(Agency.id).order_by(Agency.id))
            if agency_id is None:
                raise NotFoundError(what="noun.agency", ref="—")
            if session.scalar(select(Warehouse.id).where(Warehouse.code == code)):
                raise DuplicateError(what="noun.warehouse", ref=code)
            warehouse = Warehouse(
                agency_id=agency_id,
                unit_id=home_unit_id(session, actor, Permission.MANAGE_WAREHOUSES),
                code=code,
                name=name,
                custodian_kind=v.member(CustodianKind, custodian_kind, "field.custodian_kind"),
                custodian_name=v.text_field(custodian_name, "field.name", limit=200),
                address=v.text_field(address, "field.address", limit=300),
                active=True,
            )
            session.add(warehouse)
            session.flush()
            return warehouse_view(warehouse)

    def all(self, actor: Actor) -> list[WarehouseView]:
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            query = select(Warehouse).order_by(Warehouse.code)
            scope = warehouse_scope(session, actor)  # a regional office's own (issue 21)
            if scope is not None:
                query = query.where(scope)
            return [warehouse_view(w) for w in session.scalars(query)]

    def add_location(
        self,
        actor: Actor,
        warehouse_id: int,
        name: str,
        kind: LocationKind,
        parent_id: int | None = None,
        code: str | None = None,
    ) -> LocationView:
        """A new node; its printed code is ``VT-<warehouse>-<n>`` unless given."""
        name = v.text_field(name, "field.name", limit=200, required=True)
        with unit_of_work(self.db, "noun.location", name) as session:
            authorize(session, actor, Permission.MANAGE_WAREHOUSES)
            warehouse = session.get(Warehouse, warehouse_id)
            if warehouse is None:
                raise NotFoundError(what="noun.warehouse", ref=warehouse_id)
            parent = _parent(session, parent_id, warehouse_id)
            location = new_location(session, warehouse, parent, name, kind, code)
            return _location_view(session, location)

    def add_location_range(
        self,
        actor: Actor,
        warehouse_id: int,
        draft: LocationRange,
        parent_id: int | None = None,
    ) -> list[LocationView]:
        """A generated row of locations (``LocationRange``) under ``parent_id``, in one
        transaction: every node or none."""
        draft = cleaned_range(draft)
        with unit_of_work(self.db, "noun.location", draft.prefix) as session:
            authorize(session, actor, Permission.MANAGE_WAREHOUSES)
            warehouse = session.get(Warehouse, warehouse_id)
            if warehouse is None:
                raise NotFoundError(what="noun.warehouse", ref=warehouse_id)
            parent = _parent(session, parent_id, warehouse_id)
            created = add_range(session, warehouse, parent, draft)
            return [_location_view(session, location) for location in created]

    def location_by_code(self, actor: Actor, code: str) -> LocationView:
        parsed = parse_code(code)
        with unit_of_work(self.db, "noun.location", parsed.text, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            location = session.scalars(select(Location).where(Location.code == parsed.text)).first()
            if parsed.kind is not CodeKind.LOCATION or location is None:
                raise NotFoundError(what="noun.location", ref=parsed.text)
            check_location_visible(session, actor, location.id)  # issue 21
            return _location_view(session, location)

    def locations(self, actor: Actor, warehouse_id: int) -> list[LocationView]:
        """The warehouse's tree in depth-first order (parents before children)."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            check_warehouse_visible(session, actor, warehouse_id)  # issue 21
            rows = list(
                session.scalars(
                    select(Location).where(Location.warehouse_id == warehouse_id, Location.active)
                )
            )
            rows = _tree_order(rows)
            names = {loc.id: loc.name for loc in rows}
            return [_view(loc, names) for loc in rows]

    def tree(self, actor: Actor, warehouse_id: int) -> WarehouseTree:
        """The warehouse's locations, parents first, each with the items held in its subtree."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            warehouse = session.get(Warehouse, warehouse_id)
            if warehouse is None:
                raise NotFoundError(what="noun.warehouse", ref=warehouse_id)
            check_warehouse_visible(session, actor, warehouse_id)  # issue 21
            locations = _tree_order(
                session.scalars(
                    select(Location).where(Location.warehouse_id == warehouse_id, Location.active)
                )
            )
            names = {loc.id: loc.name for loc in locations}
            views = [_view(loc, names) for loc in locations]
            counts = held_counts(session, warehouse_id)
            mixed = (
                ()
                if warehouse.custodian_kind is CustodianKind.TREASURY
                else mixed_locations(session, warehouse_id)
            )
            return WarehouseTree(
                warehouse_view(warehouse),
                location_nodes(views, counts),
                sum(counts.values()),
                mixed,
            )

    def location(self, actor: Actor, location_id: int) -> LocationView:
        with unit_of_work(self.db, "noun.location", str(location_id), read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            location = session.get(Location, location_id)
            if location is None:
                raise NotFoundError(what="noun.location", ref=location_id)
            check_location_visible(session, actor, location_id)  # issue 21
            return _location_view(session, location)

    def location_items(self, actor: Actor, location_id: int, limit: int = 500) -> list[ItemRow]:
        """Items held at the location or below it, newest first."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            path = session.scalar(select(Location.path).where(Location.id == location_id))
            if path is None:
                raise NotFoundError(what="noun.location", ref=location_id)
            check_location_visible(session, actor, location_id)  # issue 21
            return list(item_rows(session, held_in_subtree(path), limit))

    def item_counts(self, actor: Actor, warehouse_id: int) -> dict[int, int]:
        """Items directly at each location of the warehouse."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            check_warehouse_visible(session, actor, warehouse_id)  # issue 21
            rows = session.execute(
                select(Item.location_id, func.count(Item.id))
                .where(Item.warehouse_id == warehouse_id, Item.location_id.is_not(None))
                .group_by(Item.location_id)
            )
            return {int(loc): int(n) for loc, n in rows}


def _tree_order(locations: Iterable[Location]) -> list[Location]:
    """Depth first, siblings by name as people count (Kệ A2 before Kệ A10): parents come
    before their children."""
    rows = list(locations)
    keys = {loc.id: _natural(loc.name) for loc in rows}
    return sorted(
        rows, key=lambda loc: [keys.get(int(p), ()) for p in loc.path.strip("/").split("/")]
    )


def _natural(name: str) -> tuple[tuple[int, int | str], ...]:
    """``"Kệ A10"`` → ((1, "kệ a"), (0, 10)): numbers compare as numbers."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in _DIGITS.split(name)
        if part
    )


def _parent(session: Session, parent_id: int | None, warehouse_id: int) -> Location | None:
    if parent_id is None:
        return None
    parent = session.get(Location, parent_id)
    if parent is None:
        raise NotFoundError(what="noun.location", ref=parent_id)
    if parent.warehouse_id != warehouse_id:
        raise ValidationError("validation.location_other_warehouse")
    return parent


def _location_view(session: Session, location: Location) -> LocationView:
    ids = [int(p) for p in location.path.strip("/").split("/") if p]
    rows = session.execute(select(Location.id, Location.name).where(Location.id.in_(ids)))
    names = {int(i): str(n) for i, n in rows}
    return _view(location, names)


def _view(location: Location, names: dict[int, str]) -> LocationView:
    ids = [int(p) for p in location.path.strip("/").split("/") if p]
    return LocationView(
        id=location.id,
        warehouse_id=location.warehouse_id,
        parent_id=location.parent_id,
        code=location.code,
        name=location.name,
        kind=location.kind,
        path=location.path,
        full_name=_SEPARATOR.join(names.get(i, "?") for i in ids),
    )
