"""Transfers of items between units' warehouses (issue 21, migration 0032)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.column_types import UTCDateTime
from db.models.base import Base, CreatedAt


class UnitTransfer(CreatedAt, Base):
    """Items sent by one unit's keeper on a handover paper (biên bản giao) and received by the
    other unit's keeper on a receipt paper (biên bản nhận); in transit between the two."""

    __tablename__ = "unit_transfer"
    id: Mapped[int] = mapped_column(primary_key=True)
    from_unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    to_unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    #: Where the receiving unit will put the items (one of its warehouses' locations).
    to_location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    sent_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    handover_document_id: Mapped[int] = mapped_column(ForeignKey("document.id"))
    received_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    receipt_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: How many items the handover paper lists, written with the transfer: the database
    #: refuses an item row beyond it (db/transfer_guard.py, migration 0039).
    item_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class UnitTransferItem(Base):
    __tablename__ = "unit_transfer_item"
    transfer_id: Mapped[int] = mapped_column(ForeignKey("unit_transfer.id"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), primary_key=True, index=True)
