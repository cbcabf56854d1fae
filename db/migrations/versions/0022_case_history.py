"""case history (issue 19): changes of a case's recorded facts as append-only events and
closed statistics periods, with insert triggers that keep a closed period closed

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.column_types
from db import append_only, closed_periods

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "amount",
                "officer",
                "void_outcome",
                "void_payment",
                name="changekind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("old_value", sa.BigInteger(), nullable=True),
        sa.Column("new_value", sa.BigInteger(), nullable=True),
        sa.Column("outcome_id", sa.Integer(), nullable=True),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("doc_number", sa.String(length=60), nullable=False),
        sa.Column("doc_date", sa.Date(), nullable=False),
        sa.Column("doc_issuer", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("recorded_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["enforcement_case.id"],
            name=op.f("fk_case_change_case_id_enforcement_case"),
        ),
        sa.ForeignKeyConstraint(
            ["outcome_id"], ["case_outcome.id"],
            name=op.f("fk_case_change_outcome_id_case_outcome"),
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["case_payment.id"],
            name=op.f("fk_case_change_payment_id_case_payment"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["app_user.id"], name=op.f("fk_case_change_recorded_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_change")),
    )  # fmt: skip
    with op.batch_alter_table("case_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_change_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_change_effective_on"), ["effective_on"], unique=False
        )

    op.create_table(
        "statistics_closing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("closed_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["app_user.id"], name=op.f("fk_statistics_closing_closed_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statistics_closing")),
        sa.UniqueConstraint("period_end", name=op.f("uq_statistics_closing_period_end")),
    )

    append_only.create_guards(op.get_bind(), append_only.HISTORY_TABLES)
    closed_periods.create_guards(op.get_bind(), confirm_changes=False)  # 0027 widens it


def downgrade() -> None:
    closed_periods.drop_guards(op.get_bind())
    append_only.drop_guards(op.get_bind(), append_only.HISTORY_TABLES, keep_function=True)
    op.drop_table("statistics_closing")
    with op.batch_alter_table("case_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_change_effective_on"))
        batch_op.drop_index(batch_op.f("ix_case_change_case_id"))
    op.drop_table("case_change")
