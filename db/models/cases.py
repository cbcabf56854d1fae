"""Enforcement cases and their parties."""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column

from db.column_types import str_enum
from db.models.base import Base, CreatedAt
from evidence_app.domain.enums import NoticeKind, PartyRole


class Case(CreatedAt, Base):
    """One enforcement matter: the judgment, the enforcement decision, amounts in VND."""

    __tablename__ = "enforcement_case"
    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    judgment_number: Mapped[str] = mapped_column(String(60), default="", index=True)
    judgment_date: Mapped[date | None] = mapped_column(Date)
    court: Mapped[str] = mapped_column(String(200), default="")
    decision_number: Mapped[str] = mapped_column(String(60), default="", index=True)
    decision_date: Mapped[date | None] = mapped_column(Date)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    amount_to_enforce: Mapped[int] = mapped_column(BigInteger, default=0)
    amount_enforced: Mapped[int] = mapped_column(BigInteger, default=0)
    #: Có điều kiện thi hành: the statistics count completion against these cases only.
    enforceable: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    #: Thi hành xong (including đình chỉ) on this day; None while open.
    completed_on: Mapped[date | None] = mapped_column(Date, index=True)
    #: Chủ động (Law 106/2025 Art 33.2: the head decides without a request) or theo yêu cầu
    #: (Art 34): the statistics split by it, Decree 152/2026 Art 22.1/22.2 treat them apart.
    ex_officio: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class Party(CreatedAt, Base):
    __tablename__ = "party"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    role: Mapped[PartyRole] = mapped_column(str_enum(PartyRole))
    full_name: Mapped[str] = mapped_column(String(200))
    id_number: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(Text, default="")


class CaseNotice(CreatedAt, Base):
    """A notice the agency sent for a case's items: to the parties to collect what is returned
    (Law 106/2025 Art 59.1), or to the receiving body of what is confiscated (Art 57.1).
    The deadlines that follow run from ``notified_on``."""

    __tablename__ = "case_notice"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("enforcement_case.id"), index=True)
    kind: Mapped[NoticeKind] = mapped_column(str_enum(NoticeKind))
    number: Mapped[str] = mapped_column(String(120))
    notified_on: Mapped[date] = mapped_column(Date)
    recipient: Mapped[str] = mapped_column(String(300), default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
