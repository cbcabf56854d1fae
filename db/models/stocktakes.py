"""Stocktakes (kiểm kê): the scope and kind, every scan as it is made, the frozen findings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.column_types import UTCDateTime, str_enum
from db.models.base import Base, CreatedAt
from evidence_app.domain.enums import StocktakeKind, StocktakeOutcome, StocktakeStatus


class Stocktake(CreatedAt, Base):
    """One stocktake of a warehouse, or of a location subtree when ``location_id`` is set."""

    __tablename__ = "stocktake"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[StocktakeKind] = mapped_column(str_enum(StocktakeKind))
    status: Mapped[StocktakeStatus] = mapped_column(str_enum(StocktakeStatus), index=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"), index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    started_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(Text, default="")
    #: Counts of the four lists, written when the stocktake is finished.
    expected_count: Mapped[int] = mapped_column(Integer, default=0)
    present_count: Mapped[int] = mapped_column(Integer, default=0)
    missing_count: Mapped[int] = mapped_column(Integer, default=0)
    misplaced_count: Mapped[int] = mapped_column(Integer, default=0)
    unknown_count: Mapped[int] = mapped_column(Integer, default=0)
    minutes_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class StocktakeSampleItem(Base):
    """An item drawn into a sample stocktake; only these are expected."""

    __tablename__ = "stocktake_sample_item"
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktake.id"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), primary_key=True)


class StocktakeScan(Base):
    """One scan, stored as it is made so a session survives closing the application."""

    __tablename__ = "stocktake_scan"
    id: Mapped[int] = mapped_column(primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktake.id"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    #: The location scanned last before this code (its context), if any.
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id"))
    #: What the scan looked like when made (live counts); the reconciliation decides.
    outcome: Mapped[StocktakeOutcome] = mapped_column(str_enum(StocktakeOutcome))
    #: Whether the item was one the stocktake expects (in scope, stored, sampled).
    expected: Mapped[bool] = mapped_column(Boolean, default=False)
    scanned_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    scanned_at: Mapped[datetime] = mapped_column(UTCDateTime())


class StocktakeFinding(Base):
    """A missing, misplaced or unknown code frozen at the end, and what was done about it."""

    __tablename__ = "stocktake_finding"
    __table_args__ = (
        UniqueConstraint("stocktake_id", "code"),
        Index("ix_stocktake_finding_open", "stocktake_id", "outcome", "resolved"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktake.id"))
    outcome: Mapped[StocktakeOutcome] = mapped_column(str_enum(StocktakeOutcome))
    code: Mapped[str] = mapped_column(String(64))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id"))
    recorded_location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    seen_location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
