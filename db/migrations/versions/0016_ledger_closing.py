"""closed ledger periods (issue 19): kết sổ quarterly, half-yearly and at the working year's
end, each period's table frozen as closed, append-only like the record (db/append_only.py)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db import append_only

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ledger_closing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ledger", sa.String(length=40), nullable=False),
        sa.Column("period_kind", sa.String(length=16), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("signers", sa.Text(), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("table_vi", sa.Text(), nullable=False),
        sa.Column("table_en", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["app_user.id"], name=op.f("fk_ledger_closing_closed_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_closing")),
        sa.UniqueConstraint(
            "ledger",
            "period_start",
            "period_end",
            name=op.f("uq_ledger_closing_ledger_period_start_period_end"),
        ),
    )
    append_only.create_guards(op.get_bind(), append_only.LEDGER_TABLES)


def downgrade() -> None:
    append_only.drop_guards(op.get_bind(), append_only.LEDGER_TABLES, keep_function=True)
    op.drop_table("ledger_closing")
