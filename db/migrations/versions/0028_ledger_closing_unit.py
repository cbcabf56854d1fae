"""ledger closings per unit (issue 21): each unit closes its own evidence and auction ledgers
(Circular 04/2023/TT-BTP Art 30.4.c, kết sổ by the unit that keeps the ledger; Law 106/2025
Art 13–14: the regional offices keep their own books). Existing closings belong to the
provincial unit. The table is append-only: its guards are dropped around the change (the
fill is an UPDATE; SQLite's batch mode rebuilds the table) and made again.

Revision ID: 0028
Revises: 0024
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db import append_only

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_UNIQUE = "uq_ledger_closing_ledger_period_start_period_end"
NEW_UNIQUE = "uq_ledger_closing_ledger_period_start_period_end_unit_id"


def upgrade() -> None:
    bind = op.get_bind()
    append_only.drop_guards(bind, append_only.LEDGER_TABLES, keep_function=True)
    with op.batch_alter_table("ledger_closing", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unit_id", sa.Integer(), nullable=True))
    bind.execute(
        sa.text(
            "UPDATE ledger_closing SET unit_id = (SELECT id FROM unit "
            "ORDER BY provincial DESC, id LIMIT 1)"
        )
    )
    with op.batch_alter_table("ledger_closing", schema=None) as batch_op:
        batch_op.alter_column("unit_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_constraint(OLD_UNIQUE, type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f(NEW_UNIQUE), ["ledger", "period_start", "period_end", "unit_id"]
        )
        batch_op.create_index(batch_op.f("ix_ledger_closing_unit_id"), ["unit_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_ledger_closing_unit_id_unit"), "unit", ["unit_id"], ["id"]
        )
    append_only.create_guards(bind, append_only.LEDGER_TABLES)


def downgrade() -> None:
    bind = op.get_bind()
    append_only.drop_guards(bind, append_only.LEDGER_TABLES, keep_function=True)
    # One closing per ledger and period again: the provincial unit's (the lowest id) stays.
    bind.execute(
        sa.text(
            "DELETE FROM ledger_closing WHERE EXISTS (SELECT 1 FROM ledger_closing o"
            " WHERE o.ledger = ledger_closing.ledger"
            " AND o.period_start = ledger_closing.period_start"
            " AND o.period_end = ledger_closing.period_end AND o.id < ledger_closing.id)"
        )
    )
    with op.batch_alter_table("ledger_closing", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_ledger_closing_unit_id_unit"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_ledger_closing_unit_id"))
        batch_op.drop_constraint(batch_op.f(NEW_UNIQUE), type_="unique")
        batch_op.create_unique_constraint(OLD_UNIQUE, ["ledger", "period_start", "period_end"])
        batch_op.drop_column("unit_id")
    append_only.create_guards(bind, append_only.LEDGER_TABLES)
