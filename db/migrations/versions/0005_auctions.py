"""valuation, auctions and sales of seized assets; holidays for working-day periods

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.column_types

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "holiday",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holiday")),
        sa.UniqueConstraint("day", name=op.f("uq_holiday_day")),
    )
    op.create_table(
        "auction_lot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("real_property", sa.Boolean(), nullable=False),
        sa.Column("gold_bullion", sa.Boolean(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "awaiting_valuation",
                "valued",
                "contracted",
                "round_scheduled",
                "round_failed",
                "sold",
                "paid",
                "handed_over",
                name="lotstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("seized_on", sa.Date(), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("contract_number", sa.String(length=60), nullable=False),
        sa.Column("contract_on", sa.Date(), nullable=True),
        sa.Column(
            "sale_method",
            sa.Enum(
                "auction",
                "perishable",
                "low_value",
                "gold_dealer",
                "creditor",
                name="salemethod",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("buyer_name", sa.String(length=200), nullable=False),
        sa.Column("buyer_address", sa.String(length=300), nullable=False),
        sa.Column("price", sa.BigInteger(), nullable=True),
        sa.Column("sold_on", sa.Date(), nullable=True),
        sa.Column("payment_days", sa.Integer(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("handed_over_on", sa.Date(), nullable=True),
        sa.Column("handover_document_id", sa.Integer(), nullable=True),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["enforcement_case.id"],
            name=op.f("fk_auction_lot_case_id_enforcement_case"),
        ),
        sa.ForeignKeyConstraint(
            ["handover_document_id"],
            ["document.id"],
            name=op.f("fk_auction_lot_handover_document_id_document"),
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["app_user.id"], name=op.f("fk_auction_lot_officer_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auction_lot")),
    )
    with op.batch_alter_table("auction_lot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auction_lot_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_auction_lot_status"), ["status"], unique=False)

    op.create_table(
        "auction_lot_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_auction_lot_item_item_id_item")
        ),
        sa.ForeignKeyConstraint(
            ["lot_id"], ["auction_lot.id"], name=op.f("fk_auction_lot_item_lot_id_auction_lot")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auction_lot_item")),
        sa.UniqueConstraint("lot_id", "item_id", name=op.f("uq_auction_lot_item_lot_id_item_id")),
    )
    with op.batch_alter_table("auction_lot_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auction_lot_item_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_auction_lot_item_lot_id"), ["lot_id"], unique=False)

    op.create_table(
        "auction_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("starting_price", sa.BigInteger(), nullable=False),
        sa.Column("auction_on", sa.Date(), nullable=False),
        sa.Column("posted_on", sa.Date(), nullable=True),
        sa.Column(
            "outcome",
            sa.Enum(
                "scheduled", "failed", "sold", name="roundoutcome", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("created_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["lot_id"], ["auction_lot.id"], name=op.f("fk_auction_round_lot_id_auction_lot")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["app_user.id"], name=op.f("fk_auction_round_recorded_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auction_round")),
        sa.UniqueConstraint("lot_id", "seq", name=op.f("uq_auction_round_lot_id_seq")),
    )
    with op.batch_alter_table("auction_round", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auction_round_lot_id"), ["lot_id"], unique=False)

    op.create_table(
        "auction_valuation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column(
            "method",
            sa.Enum("firm", "price_council", name="valuationmethod", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("valuer", sa.String(length=300), nullable=False),
        sa.Column("members", sa.Text(), nullable=False),
        sa.Column("price", sa.BigInteger(), nullable=False),
        sa.Column("valued_on", sa.Date(), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("created_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["lot_id"], ["auction_lot.id"], name=op.f("fk_auction_valuation_lot_id_auction_lot")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["app_user.id"], name=op.f("fk_auction_valuation_recorded_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auction_valuation")),
        sa.UniqueConstraint("lot_id", "seq", name=op.f("uq_auction_valuation_lot_id_seq")),
    )
    with op.batch_alter_table("auction_valuation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auction_valuation_lot_id"), ["lot_id"], unique=False)

    op.create_table(
        "sale_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("created_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["lot_id"], ["auction_lot.id"], name=op.f("fk_sale_payment_lot_id_auction_lot")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["app_user.id"], name=op.f("fk_sale_payment_recorded_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_payment")),
    )
    with op.batch_alter_table("sale_payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sale_payment_lot_id"), ["lot_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sale_payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sale_payment_lot_id"))

    op.drop_table("sale_payment")
    with op.batch_alter_table("auction_valuation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auction_valuation_lot_id"))

    op.drop_table("auction_valuation")
    with op.batch_alter_table("auction_round", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auction_round_lot_id"))

    op.drop_table("auction_round")
    with op.batch_alter_table("auction_lot_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auction_lot_item_lot_id"))
        batch_op.drop_index(batch_op.f("ix_auction_lot_item_item_id"))

    op.drop_table("auction_lot_item")
    with op.batch_alter_table("auction_lot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auction_lot_status"))
        batch_op.drop_index(batch_op.f("ix_auction_lot_case_id"))

    op.drop_table("auction_lot")
    op.drop_table("holiday")
