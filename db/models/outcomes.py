"""A case's outcomes and the money collected for it, each confirmed by the head: the record
the enforcement statistics are computed from. Append-only (db/append_only.py): a mistake is
refused by the head or followed by a new record, never edited."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.column_types import UTCDateTime, str_enum
from db.models.base import Base
from evidence_app.domain.outcomes import NotEnforceableReason, ObligationKind, OutcomeKind


class CaseObligation(Base):
    """One obligation of a case's enforcement decision (issue 19; Law 106/2025 Art 3.8: one
    decision is one case, counted once, its money counted per obligation): what it is and
    its amount in đồng (an asset's value for one to hand over). A case's obligations are
    listed once, in the order ``position`` keeps, and sum to the case's amount to enforce
    (the service refuses otherwise). Append-only (db/append_only.py, migration 0035)."""

    __tablename__ = "case_obligation"
    __table_args__ = (UniqueConstraint("case_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    #: 1, 2, 3… as listed: payments recorded for the case fill the obligations in this order.
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[ObligationKind] = mapped_column(str_enum(ObligationKind))
    amount: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(String(300), default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CaseOutcome(Base):
    """One decision about a case (Law 106/2025 Art 38, 46–49, 55), as the officer recorded it
    with its document; it counts from ``effective_on`` once the head confirms it."""

    __tablename__ = "case_outcome"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    kind: Mapped[OutcomeKind] = mapped_column(str_enum(OutcomeKind))
    #: The point of Art 38.1 for a case not yet enforceable; None otherwise.
    reason: Mapped[NotEnforceableReason | None] = mapped_column(str_enum(NotEnforceableReason))
    doc_number: Mapped[str] = mapped_column(String(60))
    doc_date: Mapped[date] = mapped_column(Date)
    doc_issuer: Mapped[str] = mapped_column(String(200))
    #: The day the outcome takes effect, the day the statistics count it on.
    effective_on: Mapped[date] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    #: The obligation it concerns; None for the whole case (migration 0035).
    obligation_id: Mapped[int | None] = mapped_column(ForeignKey("case_obligation.id"), index=True)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CasePayment(Base):
    """Money collected for a case on a day (Law 106/2025 Art 54): ``amount`` counts, after
    the enforcement costs deducted from an asset's proceeds (Art 54.1) kept in ``costs``."""

    __tablename__ = "case_payment"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    amount: Mapped[int] = mapped_column(BigInteger)
    costs: Mapped[int] = mapped_column(BigInteger, default=0)
    paid_on: Mapped[date] = mapped_column(Date, index=True)
    doc_number: Mapped[str] = mapped_column(String(60))
    doc_date: Mapped[date] = mapped_column(Date)
    doc_issuer: Mapped[str] = mapped_column(String(200))
    #: The auction lot whose proceeds these are, when they are.
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("auction_lot.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    #: The obligation it pays; None: allocated to the obligations in listed order
    #: (``evidence_app.domain.outcomes.allocate``; migration 0035).
    obligation_id: Mapped[int | None] = mapped_column(ForeignKey("case_obligation.id"), index=True)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CaseConfirmation(Base):
    """The head's word on one outcome, one payment or one correction of a case
    (``case_change``, migration 0027): accepted (it counts) or refused (it never does). At
    most one per record; never by the person who recorded it (Law 106/2025 Art 22: the head
    decides; Decree 152/2026 Art 38: the head answers for the agency's statistics)."""

    __tablename__ = "case_confirmation"
    id: Mapped[int] = mapped_column(primary_key=True)
    outcome_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_outcome.id"), unique=True, index=True
    )
    payment_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_payment.id"), unique=True, index=True
    )
    change_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_change.id"), unique=True, index=True
    )
    accepted: Mapped[bool] = mapped_column(Boolean)
    confirmed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    confirmed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(Text, default="")


class CaseVerification(Base):
    """A verification of a case not yet enforceable (Law 106/2025 Art 38.3: at least every 6
    months), with its record (biên bản xác minh) and whether it found new information on
    the liable person's means; the ground of Decree 152/2026 Art 22 after 2 years.
    Append-only (migration 0027)."""

    __tablename__ = "case_verification"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    verified_on: Mapped[date] = mapped_column(Date, index=True)
    doc_number: Mapped[str] = mapped_column(String(60))
    doc_date: Mapped[date] = mapped_column(Date)
    doc_issuer: Mapped[str] = mapped_column(String(200))
    new_information: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CaseOutcomeCopy(Base):
    """The copy of an outcome's written notice sent to the procuracy: the notice returning
    a request for enforcement goes to the competent People's Procuracy (Decree 152/2026
    Art 22.2). Append-only (migration 0027)."""

    __tablename__ = "case_outcome_copy"
    id: Mapped[int] = mapped_column(primary_key=True)
    outcome_id: Mapped[int] = mapped_column(ForeignKey("case_outcome.id"), unique=True)
    recipient: Mapped[str] = mapped_column(String(200))
    number: Mapped[str] = mapped_column(String(60))
    sent_on: Mapped[date] = mapped_column(Date)


class KeepingIncome(Base):
    """Income a keeper earned exploiting an asset left with him, net of the related costs,
    paid to the agency to enforce the judgment (Law 106/2025 Art 40.3): the case payment it
    is credited as (gross in ``amount``, costs in ``costs``), the keeping place and the
    keeping minutes (Decree 152/2026 Art 24.4) it was earned under. Append-only (migration
    0038)."""

    __tablename__ = "keeping_income"
    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("case_payment.id"), unique=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"), index=True)
    minutes_document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
