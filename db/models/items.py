"""Items held in custody, their photos and attachments."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Date, ForeignKey, Integer, LargeBinary, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.column_types import UTCDateTime, str_enum
from db.models.base import Base, CreatedAt
from evidence_app.domain.enums import Category, Disposition, ItemKind, ItemStatus, SealState


class Item(CreatedAt, Base):
    """An item of evidence or a seized asset; its history lives in ``custody_event``."""

    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    kind: Mapped[ItemKind] = mapped_column(str_enum(ItemKind))
    category: Mapped[Category] = mapped_column(str_enum(Category), index=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(Numeric(18, 3), default=Decimal(1))
    unit: Mapped[str] = mapped_column(String(20), default="cái")
    weight_grams: Mapped[Decimal | None] = mapped_column(Numeric(18, 3))
    identifiers: Mapped[str] = mapped_column(Text, default="")
    seal_state: Mapped[SealState] = mapped_column(str_enum(SealState), default=SealState.UNSEALED)
    seal_numbers: Mapped[str] = mapped_column(String(300), default="")
    condition: Mapped[str] = mapped_column(Text, default="")
    estimated_value: Mapped[int | None] = mapped_column(BigInteger)
    owner_name: Mapped[str] = mapped_column(String(200), default="")
    transferring_body: Mapped[str] = mapped_column(String(300), default="")
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id"), index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"), index=True)
    status: Mapped[ItemStatus] = mapped_column(str_enum(ItemStatus), index=True)
    disposition: Mapped[Disposition] = mapped_column(
        str_enum(Disposition), default=Disposition.UNDECIDED
    )
    #: The judgment or decision that ordered the disposition (Law 106/2025 Art 56–60).
    disposition_ref: Mapped[str] = mapped_column(String(120), default="", server_default="")
    disposition_date: Mapped[date | None] = mapped_column(Date)
    disposition_body: Mapped[str] = mapped_column(String(300), default="", server_default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("item.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: Folded text (lower case, no diacritics) over the searchable fields; see db.search.
    search_text: Mapped[str] = mapped_column(Text, default="")
    #: Optimistic concurrency: every write checks and bumps it.
    version: Mapped[int] = mapped_column(Integer, default=1)
    #: Hash of the last custody event and their count, so a truncated chain is noticed.
    chain_head: Mapped[str] = mapped_column(String(64), default="")
    event_count: Mapped[int] = mapped_column(Integer, default=0)

    # The ORM adds "AND version = :old" to every UPDATE and raises if another writer won.
    __mapper_args__ = {"version_id_col": version}


class MoneyCount(CreatedAt, Base):
    """Notes of one denomination in a cash item, as the handover counted them (Decree 152
    Art 44.2); the country for a foreign currency."""

    __tablename__ = "money_count"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    country: Mapped[str] = mapped_column(String(100), default="")
    denomination: Mapped[int] = mapped_column(BigInteger)
    count: Mapped[int] = mapped_column(Integer)


class Attachment(CreatedAt, Base):
    """Bytes of a photo or a scanned paper, stored once by content hash."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    mime: Mapped[str] = mapped_column(String(60))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class ItemPhoto(CreatedAt, Base):
    __tablename__ = "item_photo"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id"), index=True)
    caption: Mapped[str] = mapped_column(String(300), default="")
