"""Temporary releases (trích xuất): who took an item out, for what, and when it came back."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.column_types import UTCDateTime, str_enum
from db.models.base import Base, CreatedAt
from evidence_app.domain.enums import ReleasePurpose


class TemporaryRelease(CreatedAt, Base):
    """One item out on a written request; open until ``returned_at`` is set."""

    __tablename__ = "temporary_release"
    __table_args__ = (
        # The overdue list: open releases (returned_at null) by due date.
        Index("ix_temporary_release_open_due", "returned_at", "due_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    requester_name: Mapped[str] = mapped_column(String(200))
    requesting_body: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[ReleasePurpose] = mapped_column(str_enum(ReleasePurpose))
    purpose_note: Mapped[str] = mapped_column(Text, default="")
    #: The written request's number and date, as written on it.
    request_reference: Mapped[str] = mapped_column(String(120))
    released_at: Mapped[datetime] = mapped_column(UTCDateTime())
    due_on: Mapped[date] = mapped_column(Date)
    released_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    #: The officer who answers for the item's return (their dashboard warns them).
    responsible_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    #: Where the item stood when it left; it goes back there unless told otherwise.
    from_location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    returned_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    return_condition: Mapped[str] = mapped_column(Text, default="")
    condition_ok: Mapped[bool | None] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
    #: The head's release order the item left on (Decree 152 Art 37.3).
    release_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("release_request.id"), index=True
    )
    #: The minutes of the item's return (biên bản nhận lại), once it came back.
    return_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
