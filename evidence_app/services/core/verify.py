"""Walk every custody chain, name the first broken link, and every item whose row disagrees
with its chain (status, warehouse or location changed without an event); then the
administrators' chain (user, role, password and setting changes)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from sqlalchemy import Connection, String, select, type_coerce

from db.engine import Database
from db.models import CustodyEvent, Item, Location, Warehouse
from evidence_app.domain.chain import GENESIS_HASH, event_content, event_hash
from evidence_app.domain.custody_state import replay
from evidence_app.domain.enums import ItemStatus
from evidence_app.domain.messages import render
from evidence_app.domain.permissions import Permission
from evidence_app.services.core.admin_log import check_admin_chain
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.dto import BrokenLink, StateMismatch, VerifyReport
from evidence_app.services.core.uow import unit_of_work

_BATCH = 20_000
#: State mismatches kept in the report; beyond them only their count.
MAX_MISMATCHES = 10_000
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
    """Recompute every event hash in item order; stop at the first break. On the way, replay
    each intact chain and compare the status, warehouse and location it gives with the row.

    A changed event breaks its own hash, a deleted or reordered one breaks the sequence or
    the previous-hash link, and a truncated chain no longer reaches the item's recorded head.
    A row changed without an event no longer says what its chain says.
    """
    with unit_of_work(db) as session:
        authorize(session, actor, Permission.VERIFY)
    started = time.perf_counter()
    walk = _Walk()
    with db.read_connection() as conn:
        try:
            walk.run(conn)
            broken = None
        except _BrokenChainError as stop:
            broken = stop.link
        admin_count, admin_break = check_admin_chain(conn)
    return VerifyReport(
        walk.items,
        walk.events,
        broken,
        time.perf_counter() - started,
        tuple(walk.mismatches),
        walk.mismatch_count,
        admin_count,
        admin_break,
    )


class _Walk:
    """One pass over the items and their events, both streamed in item order."""

    def __init__(self) -> None:
        self.items = self.events = self.mismatch_count = 0
        self.mismatches: list[StateMismatch] = []
        self.location_code: dict[int, str] = {}
        self.location_warehouse: dict[int, int] = {}
        self.warehouse_code: dict[int, str] = {}

    def run(self, conn: Connection) -> None:
        for loc_id, warehouse_id, code in conn.execute(
            select(Location.id, Location.warehouse_id, Location.code)
        ):
            self.location_code[loc_id], self.location_warehouse[loc_id] = code, warehouse_id
        self.warehouse_code = {
            w_id: code for w_id, code in conn.execute(select(Warehouse.id, Warehouse.code))
        }
        items = _stream(conn, select(*_ITEM_COLUMNS).order_by(_I.id))
        events = _stream(conn, select(*EVENT_COLUMNS).order_by(_E.item_id, _E.seq))
        event = next(events, None)
        for item in items:
            self.items += 1
            if event is not None and event.item_id < item.id:
                raise _BrokenChainError(
                    BrokenLink(event.item_id, "?", event.id, event.seq, "verify.orphan_event")
                )
            mine = []
            while event is not None and event.item_id == item.id:
                mine.append(event)
                event = next(events, None)
            self.events += len(mine)
            broken = chain_break(item, mine)
            if broken is not None:
                raise _BrokenChainError(broken)
            self._compare(item, mine)
        if event is not None:
            raise _BrokenChainError(
                BrokenLink(event.item_id, "?", event.id, event.seq, "verify.orphan_event")
            )

    def _compare(self, item: Any, events: list[Any]) -> None:
        for mismatch in state_mismatches(
            item, events, self.location_warehouse.get, self.location_code, self.warehouse_code
        ):
            self.mismatch_count += 1
            if len(self.mismatches) < MAX_MISMATCHES:
                self.mismatches.append(mismatch)


_I = Item.__table__.c
#: The columns a state check reads from ``item``.
_ITEM_COLUMNS = (
    _I.id,
    _I.code,
    _I.chain_head,
    _I.event_count,
    # As stored: a status tampered to no known value is reported, not a crash.
    type_coerce(_I.status, String).label("status"),
    _I.warehouse_id,
    _I.location_id,
)


def state_mismatches(
    item: Any,
    events: Iterable[Any],
    warehouse_of: Callable[[int], int | None],
    location_code: Mapping[int, str],
    warehouse_code: Mapping[int, str],
) -> list[StateMismatch]:
    """Where ``item``'s row (``status``, ``warehouse_id``, ``location_id``) disagrees with its
    intact chain replayed. The warehouse is compared once the chain has placed the item."""
    chain = replay(events, warehouse_of)
    found = []
    status = _value(item.status)
    if status != chain.status:
        found.append(StateMismatch(item.id, item.code, "status", status or "", chain.status or ""))
    if chain.placed and item.warehouse_id != chain.warehouse_id:
        found.append(
            StateMismatch(
                item.id,
                item.code,
                "warehouse",
                _code(warehouse_code, item.warehouse_id),
                _code(warehouse_code, chain.warehouse_id),
            )
        )
    if item.location_id != chain.location_id:
        found.append(
            StateMismatch(
                item.id,
                item.code,
                "location",
                _code(location_code, item.location_id),
                _code(location_code, chain.location_id),
            )
        )
    return found


def _code(codes: Mapping[int, str], key: int | None) -> str:
    if key is None:
        return ""
    return codes.get(key, f"#{key}")


_STATUSES = frozenset(s.value for s in ItemStatus)


def mismatch_text(mismatch: StateMismatch, lang: str) -> str:
    """One mismatch as the ``verify`` command and the desktop's check say it."""

    def shown(value: str) -> object:
        if not value:
            return "—"
        if mismatch.field == "status" and value in _STATUSES:
            return ItemStatus(value)
        return value

    return render(
        "verify.state_mismatch",
        lang,
        code=mismatch.item_code,
        item=mismatch.item_id,
        field=f"verify.field.{mismatch.field}",
        row=shown(mismatch.row_value),
        chain=shown(mismatch.chain_value),
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
