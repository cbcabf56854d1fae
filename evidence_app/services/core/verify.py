"""Walk every custody chain and name the first broken link."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, select

from db.engine import Database
from db.models import CustodyEvent, Item
from evidence_app.domain.chain import GENESIS_HASH, event_content, event_hash
from evidence_app.domain.permissions import Permission
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.dto import BrokenLink, VerifyReport
from evidence_app.services.core.uow import unit_of_work

_BATCH = 20_000
_E = CustodyEvent.__table__.c
#: The columns a chain check reads from ``custody_event``.
EVENT_COLUMNS = (
    _E.id,
    _E.item_id,
    _E.seq,
    _E.kind,
    _E.occurred_at,
    _E.actor_id,
    _E.counterpart,
    _E.from_location_id,
    _E.to_location_id,
    _E.status_before,
    _E.status_after,
    _E.document_id,
    _E.note,
    _E.data,
    _E.prev_hash,
    _E.hash,
)


class _BrokenChainError(Exception):
    def __init__(self, link: BrokenLink) -> None:
        self.link = link


def verify_chains(db: Database, actor: Actor) -> VerifyReport:
    """Recompute every event hash in item order; stop at the first break.

    A changed event breaks its own hash, a deleted or reordered one breaks the sequence or
    the previous-hash link, and a truncated chain no longer reaches the item's recorded head.
    """
    with unit_of_work(db) as session:
        authorize(session, actor, Permission.VERIFY)
    started = time.perf_counter()
    counts = [0, 0]
    with db.read_connection() as conn:
        try:
            _walk(conn, counts)
            broken = None
        except _BrokenChainError as stop:
            broken = stop.link
    return VerifyReport(counts[0], counts[1], broken, time.perf_counter() - started)


def _walk(conn: Connection, counts: list[int]) -> None:
    items = _stream(
        conn, select(Item.id, Item.code, Item.chain_head, Item.event_count).order_by(Item.id)
    )
    events = _stream(conn, select(*EVENT_COLUMNS).order_by(_E.item_id, _E.seq))
    event = next(events, None)
    for item in items:
        counts[0] += 1
        if event is not None and event.item_id < item.id:
            raise _BrokenChainError(
                BrokenLink(event.item_id, "?", event.id, event.seq, "verify.orphan_event")
            )
        mine = []
        while event is not None and event.item_id == item.id:
            mine.append(event)
            event = next(events, None)
        counts[1] += len(mine)
        broken = chain_break(item, mine)
        if broken is not None:
            raise _BrokenChainError(broken)
    if event is not None:
        raise _BrokenChainError(
            BrokenLink(event.item_id, "?", event.id, event.seq, "verify.orphan_event")
        )


def chain_break(item: Any, events: Iterable[Any]) -> BrokenLink | None:
    """The first broken link of one item's chain, or None when it is intact.

    ``item`` has ``id``, ``code``, ``chain_head`` and ``event_count``; ``events`` are its
    rows with the ``EVENT_COLUMNS``, in sequence order.
    """
    prev, seq = GENESIS_HASH, 0
    for event in events:
        seq += 1
        reason = _link_fault(event, seq, prev)
        if reason is not None:
            return BrokenLink(item.id, item.code, event.id, event.seq, reason)
        prev = event.hash
    if seq != item.event_count or prev != (item.chain_head or GENESIS_HASH):
        return BrokenLink(item.id, item.code, None, seq, "verify.head_mismatch")
    return None


def _link_fault(event: Any, seq: int, prev: str) -> str | None:
    """The message key of what is wrong with one link, or None."""
    if event.seq != seq:
        return "verify.sequence_gap"
    if event.prev_hash != prev:
        return "verify.previous_mismatch"
    content = event_content(
        item_id=event.item_id,
        seq=event.seq,
        kind=_value(event.kind) or "",
        occurred_at=event.occurred_at,
        actor_id=event.actor_id,
        counterpart=event.counterpart,
        from_location_id=event.from_location_id,
        to_location_id=event.to_location_id,
        status_before=_value(event.status_before),
        status_after=_value(event.status_after),
        document_id=event.document_id,
        note=event.note,
        data=json.loads(event.data) if event.data else None,
    )
    if event_hash(prev, content) != event.hash:
        return "verify.content_changed"
    return None


def _value(member: Any) -> str | None:
    return None if member is None else str(getattr(member, "value", member))


def _stream(conn: Connection, statement: Any) -> Iterator[Any]:
    result = conn.execution_options(stream_results=True, yield_per=_BATCH).execute(statement)
    yield from result
