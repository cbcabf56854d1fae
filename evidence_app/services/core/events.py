"""Appending custody events to an item's hash chain, and reading its timeline."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.models import CustodyEvent, Item, User
from evidence_app.domain.chain import event_content, event_hash
from evidence_app.domain.enums import EventKind, ItemStatus
from evidence_app.services.core.dto import EventView
from evidence_app.services.core.transit import PHYSICAL_EVENTS, check_not_in_transit


def append_event(
    session: Session,
    item: Item,
    kind: EventKind,
    *,
    actor_id: int | None,
    counterpart: str | None = None,
    from_location_id: int | None = None,
    to_location_id: int | None = None,
    status_before: ItemStatus | None = None,
    status_after: ItemStatus | None = None,
    document_id: int | None = None,
    note: str | None = None,
    data: Mapping[str, Any] | None = None,
    occurred_at: datetime | None = None,
) -> CustodyEvent:
    """Link a new event after the item's chain head and move the head forward.

    The item row is updated too (head, count, version), so two writers appending to the
    same item collide on its version and one of them is refused, never interleaved.
    """
    if item.id is None:
        session.flush()
    if item.event_count and kind in PHYSICAL_EVENTS:  # a new item cannot be in transit
        check_not_in_transit(session, [item.id])
    seq = item.event_count + 1
    when = occurred_at or utcnow()
    content = event_content(
        item_id=item.id,
        seq=seq,
        kind=kind.value,
        occurred_at=when,
        actor_id=actor_id,
        counterpart=counterpart,
        from_location_id=from_location_id,
        to_location_id=to_location_id,
        status_before=status_before.value if status_before else None,
        status_after=status_after.value if status_after else None,
        document_id=document_id,
        note=note,
        data=data,
    )
    digest = event_hash(item.chain_head, content)
    event = CustodyEvent(
        item_id=item.id,
        seq=seq,
        kind=kind,
        occurred_at=when,
        actor_id=actor_id,
        counterpart=counterpart,
        from_location_id=from_location_id,
        to_location_id=to_location_id,
        status_before=status_before,
        status_after=status_after,
        document_id=document_id,
        note=note,
        data=encode_data(data),
        prev_hash=item.chain_head,
        hash=digest,
    )
    session.add(event)
    item.chain_head = digest
    item.event_count = seq
    item.updated_at = when
    return event


def encode_data(data: Mapping[str, Any] | None) -> str | None:
    """Canonical JSON, the same text the hash covered."""
    if not data:
        return None
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


#: The key of a custody event's ``data`` naming another body's keeper who moved or issued
#: the item (Decree 152/2026 Art 37.2.đ, 37.3; ``custody.body_keeper``).
DATA_KEY = "body_keeper"


def keeper_text(data: dict[str, Any]) -> str:
    """ "Nguyễn Văn A, Thủ kho – Công an quận Hoàn Kiếm" as the record and papers say it."""
    who = ", ".join(p for p in (data.get("name", ""), data.get("position", "")) if p)
    return f"{who} – {data['body']}" if data.get("body") else who


def event_keeper(raw: str | None) -> dict[str, Any]:
    """The other body's keeper recorded in an event's ``data`` text, {} when none."""
    if not raw:
        return {}
    found = json.loads(raw).get(DATA_KEY)
    return found if isinstance(found, dict) else {}


def timeline(session: Session, item_id: int) -> list[EventView]:
    """The item's events, newest first, with the actor's name."""
    rows = session.execute(
        select(CustodyEvent, User.full_name)
        .outerjoin(User, User.id == CustodyEvent.actor_id)
        .where(CustodyEvent.item_id == item_id)
        .order_by(CustodyEvent.seq.desc())
    )
    return [
        EventView(
            id=e.id,
            item_id=e.item_id,
            seq=e.seq,
            kind=e.kind,
            occurred_at=e.occurred_at,
            actor_id=e.actor_id,
            actor_name=name or "",
            counterpart=e.counterpart,
            from_location_id=e.from_location_id,
            to_location_id=e.to_location_id,
            status_before=e.status_before,
            status_after=e.status_after,
            document_id=e.document_id,
            note=e.note,
            hash=e.hash,
            body_keeper=keeper_text(event_keeper(e.data)),
        )
        for e, name in rows
    ]
