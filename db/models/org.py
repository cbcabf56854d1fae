"""Organisation: the agency, its warehouses and location trees, and the users."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.column_types import UTCDateTime, str_enum
from db.models.base import Base, CreatedAt
from evidence_app.domain.enums import AdminEventKind, CustodianKind, LocationKind, Role


class Agency(CreatedAt, Base):
    """The enforcement agency using this database (document headers come from here)."""

    __tablename__ = "agency"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    managing_agency: Mapped[str] = mapped_column(String(200))
    place_name: Mapped[str] = mapped_column(String(100))
    seal_text: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")


class Unit(CreatedAt, Base):
    """The provincial agency or one of its regional offices (Phòng THADS khu vực, Law
    106/2025 Art 13): warehouses, cases and users' roles belong to one; the provincial unit's
    people see every unit (services.core.scope)."""

    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    #: The provincial agency itself (Cục/THADS tỉnh): its head and inspectors see all units.
    provincial: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Warehouse(CreatedAt, Base):
    __tablename__ = "warehouse"
    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    custodian_kind: Mapped[CustodianKind] = mapped_column(str_enum(CustodianKind))
    custodian_name: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Location(CreatedAt, Base):
    """A node of a warehouse's location tree; ``path`` (``/1/5/12/``) makes subtrees cheap."""

    __tablename__ = "location"
    id: Mapped[int] = mapped_column(primary_key=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"), index=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[LocationKind] = mapped_column(str_enum(LocationKind))
    path: Mapped[str] = mapped_column(String(400), index=True, default="/")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class User(CreatedAt, Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(Text)
    #: Typed by an administrator (new account, reset): good for the first login only, where
    #: the owner must set their own before anything else (services.core.auth.authorize).
    password_one_time: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
    roles: Mapped[list[UserRole]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="UserRole.role"
    )


class UserRole(Base):
    __tablename__ = "user_role"
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True)
    role: Mapped[Role] = mapped_column(str_enum(Role), primary_key=True)
    #: The unit the role is held in: a person may hold roles in two units.
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), primary_key=True, index=True)


class AdminEvent(Base):
    """One link of the administrators' hash chain (user, role, password and setting changes);
    never updated, never deleted (db/append_only.py)."""

    __tablename__ = "admin_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    kind: Mapped[AdminEventKind] = mapped_column(str_enum(AdminEventKind))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: Who did it (None: the first-run set-up or the system, e.g. a lock after failed logins).
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    #: What it was done to: a user name, a rule key, a day.
    subject: Mapped[str] = mapped_column(String(200))
    #: Canonical JSON of the details (roles before and after, the second administrator…).
    data: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
