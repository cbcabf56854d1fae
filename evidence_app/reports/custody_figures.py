"""Custody counts for a period, from the append-only custody record alone (issue 21: the
national figures read nothing else of the custody side, so only ``custody_event`` is
replicated): items booked in, items that left for good, items on the books at the end.

Days are the agency's (UTC+7, ``domain.clock.day_start``); an item's standing at the end is
the status after its last status-bearing event up to then, so a later event never changes a
past period's count.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from db.models import CustodyEvent
from evidence_app.domain.clock import day_start
from evidence_app.domain.enums import EventKind, ItemStatus

#: Out of custody for good: returned or handed over on a release order, handed to the buyer,
#: destroyed (Law 106/2025 Art 56–60; Decree 152/2026 Art 37.3).
GONE = (ItemStatus.RELEASED, ItemStatus.HANDED_TO_BUYER, ItemStatus.DESTROYED)


@dataclass(frozen=True)
class CustodyCounts:
    received: int = 0  # nhập kho trong kỳ
    left: int = 0  # xuất kho hẳn trong kỳ (trả lại, giao người mua, tiêu hủy)
    held: int = 0  # đang quản lý cuối kỳ (thất lạc vẫn còn trên sổ)

    def __add__(self, other: CustodyCounts) -> CustodyCounts:
        return CustodyCounts(
            *(getattr(self, f.name) + getattr(other, f.name) for f in fields(self))
        )


def custody_counts(session: Session, start: date, end: date) -> CustodyCounts:
    """The three counts for the agency days [start, end]."""
    low, high = day_start(start), day_start(end + timedelta(days=1))
    e = CustodyEvent
    within = and_(e.occurred_at >= low, e.occurred_at < high)
    received = session.scalar(select(func.count()).where(e.kind == EventKind.RECEIVED, within))
    left = session.scalar(
        select(func.count()).where(
            within,
            e.status_after.in_(GONE),
            or_(e.status_before.is_(None), e.status_before.not_in(GONE)),
        )
    )
    last = (
        select(e.item_id, func.max(e.seq).label("seq"))
        .where(e.status_after.is_not(None), e.occurred_at < high)
        .group_by(e.item_id)
        .subquery()
    )
    held = session.scalar(
        select(func.count())
        .select_from(e)
        .join(last, and_(last.c.item_id == e.item_id, last.c.seq == e.seq))
        .where(e.status_after.not_in(GONE))
    )
    return CustodyCounts(int(received or 0), int(left or 0), int(held or 0))
