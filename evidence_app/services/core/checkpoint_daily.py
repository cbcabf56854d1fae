"""The daily checkpoint (issue 16): one per agency day, taken by whoever logs in first or by
a scheduled ``checkpoint --daily``, whichever comes first.

Any active user triggers it (a keeper logging in first must): it records what the chains say
and changes none, and it is the key outside the database that makes it worth anything. Two
workstations asking at the same moment take turns on a lock and re-check under it, so the day
gets one.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.engine import Database
from db.models import ChainCheckpoint
from evidence_app.domain.clock import agency_date, day_start
from evidence_app.domain.permissions import Permission
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.checkpoint import record_checkpoint
from evidence_app.services.core.checkpoint_dto import CheckpointView
from evidence_app.services.core.uow import unit_of_work

DAILY = "daily"
#: The advisory lock two workstations take turns on (PostgreSQL); SQLite's BEGIN IMMEDIATE
#: already lets one writer in at a time.
_PG_LOCK = 7_302_016


def take_daily_checkpoint(
    db: Database, actor: Actor, key: Ed25519PrivateKey, at: datetime | None = None
) -> CheckpointView | None:
    """A "daily" checkpoint unless the agency day of ``at`` (default now) has one; None then."""
    started = time.perf_counter()
    moment = at or utcnow()
    with unit_of_work(db, "noun.checkpoint") as session:
        authorize(session, actor, Permission.VIEW)
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
        if daily_taken(session, moment):
            return None
        file, size = record_checkpoint(session, actor.user_id, DAILY, key, moment)
    return CheckpointView(file, size, time.perf_counter() - started)


def daily_taken(session: Session, moment: datetime) -> bool:
    """Whether the agency day of ``moment`` already has its daily checkpoint."""
    start = day_start(agency_date(moment))
    found = session.scalar(
        select(ChainCheckpoint.id)
        .where(
            ChainCheckpoint.reason == DAILY,
            ChainCheckpoint.taken_at >= start,
            ChainCheckpoint.taken_at < start + timedelta(days=1),
        )
        .limit(1)
    )
    return found is not None
