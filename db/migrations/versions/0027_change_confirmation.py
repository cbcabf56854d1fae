"""the head's confirmation of a case's corrections (issue 19): a ``case_change`` (amount,
officer, decision date, a void) counts in the statistics only once a head who did not
record it accepts it, as outcomes and payments do (Law 106/2025 Art 22; Decree 152/2026
Art 38), so ``case_confirmation`` takes a ``change_id``; its append-only and closed-period
triggers are made again (SQLite's batch mode copies the table without them)

Revision ID: 0027
Revises: 0024
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db import append_only, closed_periods

revision: str = "0027"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLE = ("case_confirmation",)


def upgrade() -> None:
    bind = op.get_bind()
    append_only.drop_guards(bind, _TABLE, keep_function=True)
    closed_periods.drop_guards(bind)
    with op.batch_alter_table("case_confirmation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("change_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_case_confirmation_change_id_case_change"),
            "case_change", ["change_id"], ["id"],
        )  # fmt: skip
        batch_op.create_index(
            batch_op.f("ix_case_confirmation_change_id"), ["change_id"], unique=True
        )
    append_only.create_guards(bind, _TABLE)
    closed_periods.create_guards(bind)


def downgrade() -> None:
    bind = op.get_bind()
    append_only.drop_guards(bind, _TABLE, keep_function=True)
    closed_periods.drop_guards(bind)
    with op.batch_alter_table("case_confirmation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_confirmation_change_id"))
        batch_op.drop_constraint(
            batch_op.f("fk_case_confirmation_change_id_case_change"), type_="foreignkey"
        )
        batch_op.drop_column("change_id")
    append_only.create_guards(bind, _TABLE)
    closed_periods.create_guards(bind, confirm_changes=False)
