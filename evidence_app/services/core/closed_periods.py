"""Which closed ledger period a day falls in: a closed period cannot change (Circular
04/2023/TT-BTP Art 30.4.c), so a write dated inside one is refused wherever it comes from."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import LedgerClosing, StatisticsClosing
from evidence_app.domain.errors import ValidationError


def closing_on(session: Session, ledger: str, day: date) -> LedgerClosing | None:
    """The closing of ``ledger`` whose period holds ``day``, if any."""
    return session.scalars(
        select(LedgerClosing)
        .where(
            LedgerClosing.ledger == ledger,
            LedgerClosing.period_start <= day,
            LedgerClosing.period_end >= day,
        )
        .order_by(LedgerClosing.period_start)
        .limit(1)
    ).first()


def require_open_period(session: Session, ledger: str, day: date) -> None:
    """Refuse a write dated ``day`` when ``ledger`` is closed for that day."""
    closed = closing_on(session, ledger, day)
    if closed is not None:
        raise ValidationError(
            "ledger.closed_period",
            day=f"{day:%d/%m/%Y}",
            start=f"{closed.period_start:%d/%m/%Y}",
            end=f"{closed.period_end:%d/%m/%Y}",
        )


def statistics_closing_of(session: Session, day: date) -> StatisticsClosing | None:
    """The closed statistics period ``day`` falls in, if any (issue 19)."""
    return session.scalar(
        select(StatisticsClosing)
        .where(StatisticsClosing.period_start <= day, StatisticsClosing.period_end >= day)
        .limit(1)
    )


def refuse_closed_statistics(session: Session, day: date) -> None:
    """Nothing dated inside a closed statistics period is written (joint Circular
    12/2021/TTLT-BTP-VKSNDTC-TANDTC Art 9: a closed report's figures are not revised)."""
    closed = statistics_closing_of(session, day)
    if closed is not None:
        raise ValidationError(
            "history.period_closed", day=f"{day:%d/%m/%Y}",
            start=f"{closed.period_start:%d/%m/%Y}", end=f"{closed.period_end:%d/%m/%Y}",
        )  # fmt: skip
