"""Items kept in another body's warehouse (the police's, a third party's): that body's keeper
moves and issues them, and the record and the papers name who did (Decree 152/2026
Art 37.2.đ and 37.3)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CustodyEvent, Warehouse
from evidence_app.domain.enums import EventKind
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.keeping import OWN_KEEPING, keeping_body
from evidence_app.services.core import validate as v
from evidence_app.services.core.events import DATA_KEY, event_keeper, keeper_text

__all__ = [
    "DATA_KEY",
    "BodyKeeper",
    "body_of",
    "issued_by_keepers",
    "keeper_data",
    "keeper_text",
    "keepers_by_item",
]


@dataclass(frozen=True, slots=True)
class BodyKeeper:
    """The other body's keeper who physically moved or issued the item."""

    name: str
    position: str = ""


def other_body(session: Session, warehouse_ids: Iterable[int | None]) -> Warehouse | None:
    """The first of these warehouses kept by another body (police, third party), if any."""
    ids = sorted({w for w in warehouse_ids if w is not None})
    if not ids:
        return None
    return session.scalars(
        select(Warehouse)
        .where(Warehouse.id.in_(ids), Warehouse.custodian_kind.not_in(sorted(OWN_KEEPING)))
        .order_by(Warehouse.id)
        .limit(1)
    ).first()


def body_of(session: Session, warehouse_ids: Iterable[int | None]) -> str:
    """The other body keeping one of these warehouses, "" when all are ours (Art 37.2.đ)."""
    w = other_body(session, warehouse_ids)
    return keeping_body(w.custodian_kind, w.custodian_name, w.name) if w is not None else ""


def keeper_data(
    session: Session, warehouse_ids: Iterable[int | None], keeper: BodyKeeper | None, code: str
) -> dict[str, str]:
    """The event data naming the other body's keeper, {} for our own warehouses; refused when
    the item is in another body's warehouse and nobody is named (Decree 152 Art 37.2.đ)."""
    warehouse = other_body(session, warehouse_ids)
    if warehouse is None:
        return {}
    body = keeping_body(warehouse.custodian_kind, warehouse.custodian_name, warehouse.name)
    name = v.text_field(keeper.name if keeper else "", "field.body_keeper_name", limit=200)
    if not name:
        raise ValidationError(
            "custody.body_keeper_required", code=code, warehouse=warehouse.name, body=body
        )
    position = v.text_field(
        keeper.position if keeper else "", "field.body_keeper_position", limit=200
    )
    return {"name": name, "position": position, "body": body}


def keepers_by_item(
    session: Session, request_id: int, item_ids: list[int]
) -> dict[int, dict[str, Any]]:
    """Each item of a release request issued by another body's keeper, with that keeper (the
    last issue of the item on this request counts)."""
    rows = session.execute(
        select(CustodyEvent.item_id, CustodyEvent.data)
        .where(CustodyEvent.item_id.in_(item_ids), CustodyEvent.kind == EventKind.RELEASE_ISSUED)
        .order_by(CustodyEvent.id)
    )
    out: dict[int, dict[str, Any]] = {}
    for item_id, raw in rows:
        if not raw or json.loads(raw).get("release_request") != request_id:
            continue
        keeper = event_keeper(raw)
        if keeper:
            out[item_id] = keeper
        else:
            out.pop(item_id, None)
    return out


def issued_by_keepers(
    session: Session, request_id: int, item_ids: list[int]
) -> list[dict[str, Any]]:
    """The other bodies' keepers who issued items of a release request, once each, in order."""
    out: list[dict[str, Any]] = []
    for keeper in keepers_by_item(session, request_id, item_ids).values():
        if keeper not in out:
            out.append(keeper)
    return out
