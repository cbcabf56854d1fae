"""case outcomes (issue 19): a case's outcomes with their documents, the money collected per
payment, and the head's confirmation of each; append-only like the record (db/append_only.py),
so the enforcement statistics of a past period never change

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.column_types
from db import append_only

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_outcome",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "enforceable",
                "not_enforceable",
                "enforceable_again",
                "postponed",
                "suspended",
                "resumed",
                "terminated",
                "completed",
                "entrusted",
                name="outcomekind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "reason",
            sa.Enum(
                "a",
                "b",
                "c",
                "d",
                "dd",
                "e",
                "g",
                "h",
                name="notenforceablereason",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("doc_number", sa.String(length=60), nullable=False),
        sa.Column("doc_date", sa.Date(), nullable=False),
        sa.Column("doc_issuer", sa.String(length=200), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("recorded_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["enforcement_case.id"],
            name=op.f("fk_case_outcome_case_id_enforcement_case"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["app_user.id"], name=op.f("fk_case_outcome_recorded_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_outcome")),
    )
    with op.batch_alter_table("case_outcome", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_outcome_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_outcome_effective_on"), ["effective_on"], unique=False
        )

    op.create_table(
        "case_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("costs", sa.BigInteger(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("doc_number", sa.String(length=60), nullable=False),
        sa.Column("doc_date", sa.Date(), nullable=False),
        sa.Column("doc_issuer", sa.String(length=200), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("recorded_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["enforcement_case.id"],
            name=op.f("fk_case_payment_case_id_enforcement_case"),
        ),
        sa.ForeignKeyConstraint(
            ["lot_id"], ["auction_lot.id"], name=op.f("fk_case_payment_lot_id_auction_lot")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["app_user.id"], name=op.f("fk_case_payment_recorded_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_payment")),
    )
    with op.batch_alter_table("case_payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_payment_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_payment_paid_on"), ["paid_on"], unique=False)

    op.create_table(
        "case_confirmation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("outcome_id", sa.Integer(), nullable=True),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        sa.Column("confirmed_by", sa.Integer(), nullable=True),
        sa.Column("confirmed_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["confirmed_by"],
            ["app_user.id"],
            name=op.f("fk_case_confirmation_confirmed_by_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["outcome_id"],
            ["case_outcome.id"],
            name=op.f("fk_case_confirmation_outcome_id_case_outcome"),
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["case_payment.id"],
            name=op.f("fk_case_confirmation_payment_id_case_payment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_confirmation")),
    )
    with op.batch_alter_table("case_confirmation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_confirmation_outcome_id"), ["outcome_id"], unique=True
        )
        batch_op.create_index(
            batch_op.f("ix_case_confirmation_payment_id"), ["payment_id"], unique=True
        )

    append_only.create_guards(op.get_bind(), append_only.OUTCOME_TABLES)


def downgrade() -> None:
    append_only.drop_guards(op.get_bind(), append_only.OUTCOME_TABLES, keep_function=True)
    with op.batch_alter_table("case_confirmation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_confirmation_payment_id"))
        batch_op.drop_index(batch_op.f("ix_case_confirmation_outcome_id"))

    op.drop_table("case_confirmation")
    with op.batch_alter_table("case_payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_payment_paid_on"))
        batch_op.drop_index(batch_op.f("ix_case_payment_case_id"))

    op.drop_table("case_payment")
    with op.batch_alter_table("case_outcome", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_outcome_effective_on"))
        batch_op.drop_index(batch_op.f("ix_case_outcome_case_id"))

    op.drop_table("case_outcome")
