"""each price council member's opinion (Decree 152/2026/NĐ-CP Art 60.3: the council's
minutes state every member's opinion and bear every signature; issue 18), append-only

Revision ID: 0026
Revises: 0024
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.column_types
from db import append_only

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "valuation_opinion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("valuation_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("member", sa.String(length=300), nullable=False),
        sa.Column("proposed_price", sa.BigInteger(), nullable=False),
        sa.Column("agrees", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["valuation_id"], ["auction_valuation.id"],
            name=op.f("fk_valuation_opinion_valuation_id_auction_valuation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_valuation_opinion")),
        sa.UniqueConstraint(
            "valuation_id", "seq", name=op.f("uq_valuation_opinion_valuation_id_seq")
        ),
    )  # fmt: skip
    with op.batch_alter_table("valuation_opinion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_valuation_opinion_valuation_id"), ["valuation_id"], unique=False
        )
    append_only.create_guards(op.get_bind(), append_only.COUNCIL_TABLES)


def downgrade() -> None:
    append_only.drop_guards(op.get_bind(), append_only.COUNCIL_TABLES, keep_function=True)
    with op.batch_alter_table("valuation_opinion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_valuation_opinion_valuation_id"))
    op.drop_table("valuation_opinion")
