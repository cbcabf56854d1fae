"""Release requests (đề nghị xuất kho): requested by an officer, decided by the head, issued
by the keeper item by item against the order, with a second user for dual-control items."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.column_types import UTCDateTime, str_enum
from db.models.base import Base, CreatedAt
from evidence_app.domain.enums import ReleasePurpose, ReleaseRequestPurpose, ReleaseRequestStatus


class ReleaseRequest(CreatedAt, Base):
    """One request to release items of a case for good, and its decision and papers."""

    __tablename__ = "release_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    purpose: Mapped[ReleaseRequestPurpose] = mapped_column(str_enum(ReleaseRequestPurpose))
    recipient_name: Mapped[str] = mapped_column(String(200))
    recipient_body: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    #: A temporary release (trích xuất): the written request's number and date, the day the
    #: items are due back, and why they go; empty for the other purposes.
    request_reference: Mapped[str] = mapped_column(String(120), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    checkout_purpose: Mapped[ReleasePurpose | None] = mapped_column(str_enum(ReleasePurpose))
    status: Mapped[ReleaseRequestStatus] = mapped_column(str_enum(ReleaseRequestStatus), index=True)
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: The hour and date the head fixes for the release (Decree 152 Art 37.3).
    release_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reject_reason: Mapped[str] = mapped_column(Text, default="")
    finished_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    order_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    slip_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    minutes_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    #: Optimistic concurrency: a decision names the version it was made on.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ReleaseRequestItem(Base):
    """One item on a request; issued when the keeper scanned it out."""

    __tablename__ = "release_request_item"
    __table_args__ = (UniqueConstraint("request_id", "item_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("release_request.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    #: The second authenticated user of dual control (cash, valuables, drugs, weapons).
    second_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
