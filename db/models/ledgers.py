"""Closed ledger periods (kết sổ): the ledger as it stood when closed, kept as written."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.column_types import UTCDateTime
from db.models.base import Base


class LedgerClosing(Base):
    """A ledger's period closed (Circular 04/2023/TT-BTP Art 30.4.c): its table frozen in both
    languages with the names of those who sign the closing; printing the period prints this,
    whatever changed since. Append-only (db/append_only.py)."""

    __tablename__ = "ledger_closing"
    __table_args__ = (UniqueConstraint("ledger", "period_start", "period_end", "unit_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    #: The report's name: evidence_ledger (Mẫu 13) or auction_ledger (Mẫu 17).
    ledger: Mapped[str] = mapped_column(String(40))
    #: The unit whose ledger this is (issue 21: each office closes its own books).
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    #: quarter, half_year or year (evidence_app/domain/ledger_periods.py).
    period_kind: Mapped[str] = mapped_column(String(16))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    #: JSON: the position and name of each signer, left to right.
    signers: Mapped[str] = mapped_column(Text)
    row_count: Mapped[int] = mapped_column(Integer)
    #: The ReportTable as JSON (evidence_app/reports/frozen.py), Vietnamese and English.
    table_vi: Mapped[str] = mapped_column(Text)
    table_en: Mapped[str] = mapped_column(Text)
    #: SHA-256 of table_vi: what the closing froze, checked when it is printed again.
    sha256: Mapped[str] = mapped_column(String(64))
