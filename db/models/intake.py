"""Handover sessions (giao nhận): who delivered what against which seizure record."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.column_types import UTCDateTime, str_enum
from db.models.base import Base, CreatedAt
from evidence_app.domain.enums import SealState


class Intake(CreatedAt, Base):
    """One handover from a delivering body, committed with its items, events and papers."""

    __tablename__ = "intake"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    delivering_body: Mapped[str] = mapped_column(String(300))
    representative: Mapped[str] = mapped_column(String(200))
    representative_position: Mapped[str] = mapped_column(String(200), default="")
    seizure_record_number: Mapped[str] = mapped_column(String(60), default="")
    seizure_record_date: Mapped[date | None] = mapped_column(Date)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    keeper_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class IntakeLine(Base):
    """One item as checked against the seizure record at handover."""

    __tablename__ = "intake_line"
    __table_args__ = (UniqueConstraint("intake_id", "line_no"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intake.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    #: What the seizure record says, to compare with what was counted and seen.
    recorded_quantity: Mapped[Decimal | None] = mapped_column(Numeric(18, 3))
    recorded_condition: Mapped[str] = mapped_column(Text, default="")
    seal_check: Mapped[SealState] = mapped_column(str_enum(SealState))
    matches_record: Mapped[bool] = mapped_column(Boolean, default=True)
    discrepancy: Mapped[str] = mapped_column(Text, default="")
    #: A summary of a competent body's conclusion (optional beside the structured ones).
    conclusion: Mapped[str] = mapped_column(Text, default="")
    #: The custodian head's written confirmation of a change (Decree 152/2026 Art 37.2.b).
    confirmation_number: Mapped[str] = mapped_column(String(60), default="", server_default="")
    confirmation_date: Mapped[date | None] = mapped_column(Date)
    confirmation_signer: Mapped[str] = mapped_column(String(200), default="", server_default="")
    confirmation_position: Mapped[str] = mapped_column(String(200), default="", server_default="")
    #: A sealed package's contents: quantity, type, quality (Art 37.2.c).
    contents_quantity: Mapped[str] = mapped_column(Text, default="", server_default="")
    contents_type: Mapped[str] = mapped_column(Text, default="", server_default="")
    contents_quality: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: The competent body's conclusion on a torn or suspicious seal (Art 37.2.c).
    seal_conclusion_body: Mapped[str] = mapped_column(String(300), default="", server_default="")
    seal_conclusion_number: Mapped[str] = mapped_column(String(60), default="", server_default="")
    seal_conclusion_date: Mapped[date | None] = mapped_column(Date)
    #: The expert examination conclusion (Art 37.2.c; drugs, toxic chemicals, weapons,
    #: explosives).
    examination_body: Mapped[str] = mapped_column(String(300), default="", server_default="")
    examination_number: Mapped[str] = mapped_column(String(60), default="", server_default="")
    examination_date: Mapped[date | None] = mapped_column(Date)


class IntakeDocument(Base):
    """The papers a handover produced (minutes, entry order, entry slip, stock card)."""

    __tablename__ = "intake_document"
    intake_id: Mapped[int] = mapped_column(ForeignKey("intake.id"), primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), primary_key=True)
