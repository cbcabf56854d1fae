"""Corrections of a case's recorded facts and the closed statistics periods (issue 19).

A case's amount to enforce, its officer, or a mistaken outcome or payment is never edited
where the statistics read it: a ``CaseChange`` row says what changed, from what to what and
from which day, so the report of a period computes every fact as of the period's last day
and a past period reads the same after any later change (joint Circular
12/2021/TTLT-BTP-VKSNDTC-TANDTC Art 9: a closed report's figures are not revised). A
``StatisticsClosing`` closes a period: nothing dated inside it can be written afterwards,
refused by the services and by insert triggers (migration 0022). Both append-only.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Date, ForeignKey, Select, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from db.column_types import UTCDateTime, str_enum
from db.models.base import Base
from db.models.outcomes import CaseConfirmation
from evidence_app.domain.outcomes import ChangeKind


class CaseChange(Base):
    """One change of a case's recorded fact, counted from ``effective_on``."""

    __tablename__ = "case_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    kind: Mapped[ChangeKind] = mapped_column(str_enum(ChangeKind))
    old_value: Mapped[int | None] = mapped_column(BigInteger)
    new_value: Mapped[int | None] = mapped_column(BigInteger)
    outcome_id: Mapped[int | None] = mapped_column(ForeignKey("case_outcome.id"))
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("case_payment.id"))
    effective_on: Mapped[date] = mapped_column(Date, index=True)
    doc_number: Mapped[str] = mapped_column(String(60))
    doc_date: Mapped[date] = mapped_column(Date)
    doc_issuer: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class StatisticsClosing(Base):
    """A statistics period the head closed: [period_start, period_end]."""

    __tablename__ = "statistics_closing"
    id: Mapped[int] = mapped_column(primary_key=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date, unique=True)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(Text, default="")


def confirmed_changes() -> Select[Any]:
    """The ids of the corrections the head accepted (migration 0027): only those count in the
    statistics and in the confirmed record (Decree 152/2026 Art 38; Law 106/2025 Art 22)."""
    return select(CaseConfirmation.change_id).where(
        CaseConfirmation.change_id.is_not(None), CaseConfirmation.accepted.is_(True)
    )


def voided(column: Any, on: date | None = None) -> Select[Any]:
    """The ids of outcomes (``CaseChange.outcome_id``) or payments an accepted correction
    voided, as of ``on`` (all when None): a void awaiting the head, or refused, voids
    nothing."""
    query = select(column).where(column.is_not(None), CaseChange.id.in_(confirmed_changes()))
    if on is not None:
        query = query.where(CaseChange.effective_on <= on)
    return query


def voided_or_voiding(column: Any) -> Select[Any]:
    """The ids a correction voided or would void once the head accepts it (only a refused
    one voids nothing): what counts "with the records awaiting the head" leaves them out,
    as it counts the payments awaiting him (money a buyer took back, Decree 152/2026 Art
    67.4, is not there to count while the head has yet to see the void)."""
    refused = select(CaseConfirmation.change_id).where(
        CaseConfirmation.change_id.is_not(None), CaseConfirmation.accepted.is_(False)
    )
    return select(column).where(column.is_not(None), CaseChange.id.not_in(refused))
