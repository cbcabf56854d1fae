"""The append-only custody record, documents and their number sequences."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.column_types import UTCDateTime, str_enum
from db.models.base import Base, CreatedAt
from evidence_app.domain.enums import EventKind, ItemStatus


class CustodyEvent(Base):
    """One link of an item's hash chain; never updated, never deleted."""

    __tablename__ = "custody_event"
    __table_args__ = (UniqueConstraint("item_id", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[EventKind] = mapped_column(str_enum(EventKind))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    counterpart: Mapped[str | None] = mapped_column(String(300))
    from_location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    to_location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    status_before: Mapped[ItemStatus | None] = mapped_column(str_enum(ItemStatus))
    status_after: Mapped[ItemStatus | None] = mapped_column(str_enum(ItemStatus))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"), index=True)
    note: Mapped[str | None] = mapped_column(Text)
    #: Canonical JSON of kind-specific details (changed fields, corrected event…).
    data: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Document(CreatedAt, Base):
    """A printed paper: its number, its bytes and what it was printed against."""

    __tablename__ = "document"
    #: Each unit numbers its own papers (issue 21, migration 0032): the provincial unit's
    #: ``15/BB-THADS``, a regional office's ``15/BB-THADS-KV1``; the number tells them apart.
    __table_args__ = (UniqueConstraint("kind", "year", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    seq_no: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(60))
    #: The issuing unit; NULL: the provincial agency (papers printed before migration 0032).
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    issued_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(300))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="")
    verification_code: Mapped[str] = mapped_column(String(64), default="")
    #: JSON {item code: chain head hash} at the time of printing.
    chain_heads: Mapped[str] = mapped_column(Text, default="{}")
    #: Canonical JSON of what the paper states; ``verification_code`` is its SHA-256.
    content: Mapped[str] = mapped_column(Text, default="{}")
    signed_scan_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))


class NumberSequence(Base):
    """Per-kind, per-year counters: item codes (``item:VC``) and document numbers."""

    __tablename__ = "number_sequence"
    #: ``item:VC``, ``doc:<kind>``, ``doc:<kind>:<unit code>`` (a regional office's papers).
    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Setting(Base):
    """Key–value settings kept in the database (shared by every workstation)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
