"""the document that ordered each item's disposition (number, date, court or body); notices
to the parties or the receiving body that start the deadlines of Law 106/2025 Art 57 and 59;
the count of notes of each denomination in cash items (Decree 152 Art 44.2)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.column_types

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("disposition_ref", sa.String(length=120), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("disposition_date", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("disposition_body", sa.String(length=300), nullable=False, server_default="")
        )


    op.create_index(
        "ix_item_disposition", "item", ["disposition", "status", "case_id", "category"]
    )
    op.create_table(
        "case_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "return_to_owner", "confiscation", name="noticekind", native_enum=False,
                length=32,
            ),
            nullable=False,
        ),  # fmt: skip
        sa.Column("number", sa.String(length=120), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=False),
        sa.Column("recipient", sa.String(length=300), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("created_at", db.column_types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["enforcement_case.id"]),
        sa.ForeignKeyConstraint(["recorded_by"], ["app_user.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("case_notice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_notice_case_id"), ["case_id"], unique=False)
    op.create_table(
        "money_count",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("denomination", sa.BigInteger(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("created_at", db.column_types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("money_count", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_money_count_item_id"), ["item_id"], unique=False)


def downgrade() -> None:
    op.drop_table("money_count")
    op.drop_table("case_notice")
    op.drop_index("ix_item_disposition", table_name="item")
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.drop_column("disposition_body")
        batch_op.drop_column("disposition_date")
        batch_op.drop_column("disposition_ref")
