"""Destruction councils (Hội đồng tiêu hủy vật chứng, tài sản, Decree 152 Art 40): the
decision that sets one up, its members and supervisor, the items listed, the execution."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.column_types import UTCDateTime, str_enum
from db.models.base import Base, CreatedAt
from evidence_app.domain.enums import CouncilStatus, DestructionMethod, Vote


class DestructionCouncil(CreatedAt, Base):
    """One council, from the decision setting it up to the destruction minutes."""

    __tablename__ = "destruction_council"
    id: Mapped[int] = mapped_column(primary_key=True)
    decision_number: Mapped[str] = mapped_column(String(60))
    decision_date: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[CouncilStatus] = mapped_column(str_enum(CouncilStatus), index=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    #: The procuracy representative who supervises (Kiểm sát viên): not a member.
    supervisor_name: Mapped[str] = mapped_column(String(200), default="")
    supervisor_position: Mapped[str] = mapped_column(String(200), default="")
    supervisor_agency: Mapped[str] = mapped_column(String(300), default="")
    #: The contracted qualified body for hazardous items (Art 40.2) and its contract.
    contractor: Mapped[str] = mapped_column(String(300), default="")
    contract_reference: Mapped[str] = mapped_column(String(200), default="")
    method: Mapped[DestructionMethod | None] = mapped_column(str_enum(DestructionMethod))
    method_other: Mapped[str] = mapped_column(String(300), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    voted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    completed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decision_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    minutes_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    #: The unit setting it up (issue 21, migration 0032): it destroys that unit's items only;
    #: NULL: the provincial agency (councils set up before units).
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class DestructionMember(Base):
    """A council member: full name, position and agency; one of them chairs."""

    __tablename__ = "destruction_member"
    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("destruction_council.id"), index=True)
    position_no: Mapped[int] = mapped_column(Integer)
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200))
    agency: Mapped[str] = mapped_column(String(300))
    is_chair: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The member's user account, when they have one (for the independence check).
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    vote: Mapped[Vote | None] = mapped_column(str_enum(Vote))


class DestructionItem(Base):
    """An item on a council's list; seen when scanned at the destruction."""

    __tablename__ = "destruction_item"
    __table_args__ = (UniqueConstraint("council_id", "item_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("destruction_council.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
    added_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    withdraw_reason: Mapped[str] = mapped_column(Text, default="")
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    seen_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    #: The item's condition as the council saw it at the destruction (hiện trạng).
    condition: Mapped[str] = mapped_column(Text, default="")


class DestructionPhoto(CreatedAt, Base):
    """A photo of the destruction (practice: photos or video of the act)."""

    __tablename__ = "destruction_photo"
    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("destruction_council.id"), index=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id"))
    caption: Mapped[str] = mapped_column(String(300), default="")
