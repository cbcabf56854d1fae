"""Signed checkpoints of every chain head (issue 16): written once, never changed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from db.column_types import UTCDateTime
from db.models.base import Base


class ChainCheckpoint(Base):
    """A Merkle root over every chain head, signed with a key kept outside the database;
    the signed file the head keeps is what proves it (db/append_only.py guards the row)."""

    __tablename__ = "chain_checkpoint"
    id: Mapped[int] = mapped_column(primary_key=True)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: daily, stocktake or manual.
    reason: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    item_count: Mapped[int] = mapped_column(Integer)
    #: Hex SHA-256 Merkle root; hex Ed25519 signature and raw public key.
    root: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))
    public_key: Mapped[str] = mapped_column(String(64))
    #: zlib-packed (chain id, count, head prefix) records (evidence_app/domain/checkpoint.py).
    leaves: Mapped[bytes] = mapped_column(LargeBinary)
