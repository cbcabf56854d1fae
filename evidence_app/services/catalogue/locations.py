"""New nodes of a warehouse's location tree, one at a time or as a generated row (a set-up
such as "Kệ A1–A20, 5 tầng": twenty shelves of five levels each, in one transaction)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Location, Warehouse
from evidence_app.domain.codes import CodeKind, parse_code
from evidence_app.domain.enums import LocationKind
from evidence_app.domain.errors import DuplicateError, ValidationError
from evidence_app.services.core import validate as v
from evidence_app.services.core.numbering import next_number

#: What a node of each kind holds: a zone rooms, a room shelves, a shelf its levels (bins).
CHILD_KIND = {
    LocationKind.ZONE: LocationKind.ROOM,
    LocationKind.ROOM: LocationKind.SHELF,
    LocationKind.SHELF: LocationKind.BIN,
}
#: Most nodes one range may create: a warehouse is set up a room at a time.
MAX_RANGE = 1000
MAX_NUMBER = 9999
MAX_LEVELS = 50


@dataclass(frozen=True)
class LocationRange:
    """``prefix`` + ``first``…``last`` (``"Kệ A"``, 1, 20 → "Kệ A1"…"Kệ A20"), each with
    ``levels`` children named ``level_name`` + 1…``levels`` ("Tầng 1"…"Tầng 5")."""

    kind: LocationKind
    prefix: str
    first: int
    last: int
    levels: int = 0
    level_name: str = "Tầng"


def cleaned_range(draft: LocationRange) -> LocationRange:
    kind = v.member(LocationKind, draft.kind, "field.location_kind")
    prefix = v.text_field(draft.prefix, "field.name", limit=100, required=True)
    first, last = _number(draft.first, "field.range_first"), _number(draft.last, "field.range_last")
    if first > last:
        raise ValidationError("location.range_order", first=first, last=last)
    levels = _number(draft.levels, "field.range_levels")
    if levels > MAX_LEVELS:
        raise ValidationError("validation.value", field="field.range_levels", value=levels)
    if levels and kind not in CHILD_KIND:
        raise ValidationError("location.no_levels", kind=kind)
    count = (last - first + 1) * (1 + levels)
    if count > MAX_RANGE:
        raise ValidationError("location.range_too_big", count=count, limit=MAX_RANGE)
    level_name = v.text_field(draft.level_name, "field.range_level_name", limit=60)
    if levels and not level_name:
        raise ValidationError("validation.required", field="field.range_level_name")
    return LocationRange(kind, prefix, first, last, levels, level_name)


def range_names(draft: LocationRange) -> list[tuple[str, list[str]]]:
    """Each node's name with its children's names, in order."""
    children = [f"{draft.level_name} {k}" for k in range(1, draft.levels + 1)]
    return [(f"{draft.prefix}{n}", children) for n in range(draft.first, draft.last + 1)]


def add_range(
    session: Session, warehouse: Warehouse, parent: Location | None, draft: LocationRange
) -> list[Location]:
    """The row and its levels under ``parent``; refused whole if a name is already there."""
    rows = range_names(draft)
    taken = set(
        session.scalars(
            select(Location.name).where(
                Location.warehouse_id == warehouse.id,
                Location.parent_id.is_(None) if parent is None else Location.parent_id == parent.id,
                Location.active.is_(True),
            )
        )
    )
    for name, _ in rows:
        if name in taken:
            raise DuplicateError(what="noun.location", ref=name)
    created = []
    for name, children in rows:
        node = new_location(session, warehouse, parent, name, draft.kind)
        created.append(node)
        for child in children:
            created.append(new_location(session, warehouse, node, child, CHILD_KIND[draft.kind]))
    return created


def new_location(
    session: Session,
    warehouse: Warehouse,
    parent: Location | None,
    name: str,
    kind: LocationKind,
    code: str | None = None,
) -> Location:
    """One node; its printed code is ``VT-<warehouse>-<n>`` unless given."""
    location = Location(
        warehouse_id=warehouse.id,
        parent_id=parent.id if parent else None,
        name=name,
        kind=v.member(LocationKind, kind, "field.location_kind"),
        code=_location_code(session, code, warehouse),
        active=True,
    )
    session.add(location)
    session.flush()
    location.path = f"{parent.path if parent else '/'}{location.id}/"
    session.flush()
    return location


def _location_code(session: Session, code: str | None, warehouse: Warehouse) -> str:
    if code is None:
        return f"VT-{warehouse.code}-{next_number(session, f'location:{warehouse.code}', 0)}"
    parsed = parse_code(code)
    if parsed.kind is not CodeKind.LOCATION:
        raise ValidationError("validation.value", field="field.code", value=code[:40])
    if session.scalar(select(Location.id).where(Location.code == parsed.text)):
        raise DuplicateError(what="noun.location", ref=parsed.text)
    return parsed.text


def _number(value: object, field: str) -> int:
    raw = str(value).strip()
    if not raw.isdigit() or int(raw) > MAX_NUMBER:
        raise ValidationError("validation.value", field=field, value=raw[:40])
    return int(raw)
