"""units (issue 21): the provincial agency and its regional offices (Phòng THADS khu vực);
warehouses, cases and users' roles belong to a unit. Existing rows land in one default,
provincial unit made from the agency's settings; a role is keyed by user, role and unit.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import db.column_types

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEFAULT_CODE = "TINH"
DEFAULT_NAME = "Cơ quan thi hành án dân sự"


def upgrade() -> None:
    op.create_table(
        "unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("provincial", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit")),
        sa.UniqueConstraint("code", name=op.f("uq_unit_code")),
    )
    bind = op.get_bind()
    needs_default = any(
        bind.execute(sa.text(f"SELECT 1 FROM {table} LIMIT 1")).first() is not None
        for table in ("warehouse", "enforcement_case", "user_role", "agency")
    )
    default_id = None
    if needs_default:
        name = bind.execute(sa.text("SELECT name FROM agency ORDER BY id LIMIT 1")).scalar()
        unit = sa.table(
            "unit",
            sa.column("code", sa.String()),
            sa.column("name", sa.String()),
            sa.column("provincial", sa.Boolean()),
            sa.column("active", sa.Boolean()),
            sa.column("created_at", db.column_types.UTCDateTime(timezone=True)),
        )
        bind.execute(
            unit.insert().values(
                code=DEFAULT_CODE,
                name=name or DEFAULT_NAME,
                provincial=True,
                active=True,
                created_at=datetime.now(UTC),
            )
        )
        default_id = bind.execute(sa.text("SELECT id FROM unit")).scalar()
    for table in ("warehouse", "enforcement_case"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("unit_id", sa.Integer(), nullable=True))
        if default_id is not None:
            bind.execute(sa.text(f"UPDATE {table} SET unit_id = :u"), {"u": default_id})
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column("unit_id", existing_type=sa.Integer(), nullable=False)
            batch_op.create_index(batch_op.f(f"ix_{table}_unit_id"), ["unit_id"], unique=False)
            batch_op.create_foreign_key(
                batch_op.f(f"fk_{table}_unit_id_unit"), "unit", ["unit_id"], ["id"]
            )
    with op.batch_alter_table("user_role", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unit_id", sa.Integer(), nullable=True))
    if default_id is not None:
        bind.execute(sa.text("UPDATE user_role SET unit_id = :u"), {"u": default_id})
    with op.batch_alter_table("user_role", schema=None) as batch_op:
        batch_op.alter_column("unit_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_constraint("pk_user_role", type_="primary")
        batch_op.create_primary_key("pk_user_role", ["user_id", "role", "unit_id"])
        batch_op.create_index(batch_op.f("ix_user_role_unit_id"), ["unit_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_user_role_unit_id_unit"), "unit", ["unit_id"], ["id"]
        )


def downgrade() -> None:
    # A person holding one role in two units keeps it once.
    bind = op.get_bind()
    bind.execute(
        sa.text(
            "DELETE FROM user_role WHERE EXISTS (SELECT 1 FROM user_role o"
            " WHERE o.user_id = user_role.user_id AND o.role = user_role.role"
            " AND o.unit_id < user_role.unit_id)"
        )
    )
    with op.batch_alter_table("user_role", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_user_role_unit_id_unit"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_user_role_unit_id"))
        batch_op.drop_constraint("pk_user_role", type_="primary")
        batch_op.create_primary_key("pk_user_role", ["user_id", "role"])
        batch_op.drop_column("unit_id")
    for table in ("enforcement_case", "warehouse"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"fk_{table}_unit_id_unit"), type_="foreignkey")
            batch_op.drop_index(batch_op.f(f"ix_{table}_unit_id"))
            batch_op.drop_column("unit_id")
    op.drop_table("unit")
