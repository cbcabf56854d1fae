"""the rest of the sale rules of issue 18: a round by the shortened procedure and its deposit
(Law on Asset Auctions Art 39.1, 53; Decree 152/2026/NĐ-CP Art 61.3), the public notices of a
round (Art 57, append-only), the sale money deposited in a bank when the asset is not handed
over within 10 days of full payment (Decree 152/2026 Art 65.2, 30.7, append-only) and a late
handover's ground and reason (Art 67.1.c, 67.4).

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.column_types
from db import append_only

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("auction_round", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("shortened", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("deposit", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("auction_lot", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "late_handover_ground",
                sa.Enum(
                    "emergency",
                    "force_majeure",
                    "objective_obstacle",
                    name="handoverobstacle",
                    native_enum=False,
                    create_constraint=False,
                    length=32,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(
            sa.Column("late_handover_reason", sa.Text(), server_default="", nullable=False)
        )
    op.create_table(
        "auction_public_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("medium", sa.String(length=300), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("created_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["round_id"], ["auction_round.id"],
                                name=op.f("fk_auction_public_notice_round_id_auction_round")),
        sa.ForeignKeyConstraint(["recorded_by"], ["app_user.id"],
                                name=op.f("fk_auction_public_notice_recorded_by_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auction_public_notice")),
    )  # fmt: skip
    op.create_index(op.f("ix_auction_public_notice_round_id"), "auction_public_notice",
                    ["round_id"], unique=False)  # fmt: skip
    op.create_table(
        "sale_bank_deposit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("deposited_on", sa.Date(), nullable=False),
        sa.Column("bank", sa.String(length=300), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("created_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["lot_id"], ["auction_lot.id"],
                                name=op.f("fk_sale_bank_deposit_lot_id_auction_lot")),
        sa.ForeignKeyConstraint(["recorded_by"], ["app_user.id"],
                                name=op.f("fk_sale_bank_deposit_recorded_by_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_bank_deposit")),
    )  # fmt: skip
    op.create_index(op.f("ix_sale_bank_deposit_lot_id"), "sale_bank_deposit", ["lot_id"],
                    unique=False)  # fmt: skip
    append_only.create_guards(op.get_bind(), append_only.AUCTION_TABLES)


def downgrade() -> None:
    append_only.drop_guards(op.get_bind(), append_only.AUCTION_TABLES, keep_function=True)
    op.drop_index(op.f("ix_sale_bank_deposit_lot_id"), table_name="sale_bank_deposit")
    op.drop_table("sale_bank_deposit")
    op.drop_index(op.f("ix_auction_public_notice_round_id"), table_name="auction_public_notice")
    op.drop_table("auction_public_notice")
    with op.batch_alter_table("auction_lot", schema=None) as batch_op:
        batch_op.drop_column("late_handover_reason")
        batch_op.drop_column("late_handover_ground")
    with op.batch_alter_table("auction_round", schema=None) as batch_op:
        batch_op.drop_column("deposit")
        batch_op.drop_column("shortened")
