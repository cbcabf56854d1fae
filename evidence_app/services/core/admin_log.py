"""The administrators' record: who was given which roles, whose password was reset, which
rule changed — one append-only hash chain for the database, checked by ``verify``.

Whoever holds the administrator's password decides who may act on the evidence; these events
let an inspector see every such decision and who made it, and a rewritten or deleted one
breaks the chain. The database refuses UPDATE and DELETE on the table (db/append_only.py).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.models import AdminEvent, User
from evidence_app.domain.chain import GENESIS_HASH, admin_event_content, event_hash
from evidence_app.domain.enums import AdminEventKind
from evidence_app.services.core.dto import AdminChainBreak
from evidence_app.services.core.events import encode_data

#: One advisory lock for the chain on PostgreSQL: two administrators saving at the same
#: moment take turns instead of forking the chain (SQLite has one writer anyway).
_PG_LOCK = 7_302_011


@dataclass(frozen=True, slots=True)
class AdminEventView:
    seq: int
    kind: AdminEventKind
    occurred_at: datetime
    actor: str
    subject: str
    data: Mapping[str, Any]


def record_admin(
    session: Session,
    kind: AdminEventKind,
    *,
    actor_id: int | None,
    subject: str,
    data: Mapping[str, Any] | None = None,
) -> AdminEvent:
    """Append one event after the chain's head, in the caller's transaction."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
    last = session.execute(
        select(AdminEvent.seq, AdminEvent.hash).order_by(AdminEvent.seq.desc()).limit(1)
    ).first()
    seq, prev = (last.seq + 1, last.hash) if last else (1, GENESIS_HASH)
    when = utcnow()
    content = admin_event_content(
        seq=seq, kind=kind.value, occurred_at=when, actor_id=actor_id, subject=subject, data=data
    )
    event = AdminEvent(
        seq=seq,
        kind=kind,
        occurred_at=when,
        actor_id=actor_id,
        subject=subject,
        data=encode_data(data),
        prev_hash=prev,
        hash=event_hash(prev, content),
    )
    session.add(event)
    session.flush()
    return event


def admin_events(session: Session, limit: int = 500) -> list[AdminEventView]:
    """The newest events first, with the actor's name."""
    rows = session.execute(
        select(AdminEvent, User.full_name)
        .outerjoin(User, User.id == AdminEvent.actor_id)
        .order_by(AdminEvent.seq.desc())
        .limit(limit)
    )
    return [
        AdminEventView(
            e.seq, e.kind, e.occurred_at, name or "", e.subject, json.loads(e.data or "{}")
        )
        for e, name in rows
    ]


def check_admin_chain(conn: Connection) -> tuple[int, AdminChainBreak | None]:
    """How many events were checked, and the first broken link (None: intact)."""
    t = AdminEvent.__table__.c
    rows = conn.execute(
        select(
            t.seq, t.kind, t.occurred_at, t.actor_id, t.subject, t.data, t.prev_hash, t.hash
        ).order_by(t.seq)
    )
    prev, count = GENESIS_HASH, 0
    for row in rows:
        count += 1
        if row.seq != count:
            return count, AdminChainBreak(row.seq, "verify.sequence_gap")
        if row.prev_hash != prev:
            return count, AdminChainBreak(row.seq, "verify.previous_mismatch")
        content = admin_event_content(
            seq=row.seq,
            kind=row.kind,
            occurred_at=row.occurred_at,
            actor_id=row.actor_id,
            subject=row.subject,
            data=json.loads(row.data) if row.data else None,
        )
        if event_hash(prev, content) != row.hash:
            return count, AdminChainBreak(row.seq, "verify.content_changed")
        prev = row.hash
    return count, None
