"""the rest of issue 18 (helper hB): gold jewellery recorded by the officer on the lot (Decree
152/2026 Art 61.3), no longer inferred from the items' category.

Old data: the application treated a lot of precious metals not marked as gold bars or plain
rings as gold jewellery (the shortened procedure, mandatory). Those lots are marked so, which
keeps each of them where it stood; no other lot is.

The banked sale money's interest and withdrawals (Decree 152/2026 Art 65.2, 30.7, 67.4) and a
round's new auction date after missing or late public notices or posting (Law on Asset
Auctions Art 35, 53, 57): two append-only tables.

Revision ID: 0030
Revises: 0028
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.column_types
from db import append_only

revision: str = "0030"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("auction_lot", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("gold_jewellery", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.get_bind().execute(MARK_OLD_JEWELLERY)
    op.create_table(
        "sale_bank_movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deposit_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Enum("interest", "returned_to_buyer", "paid_to_case",
                                  name="bankmovement", native_enum=False,
                                  create_constraint=False, length=32), nullable=False),
        sa.Column("moved_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("created_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["deposit_id"], ["sale_bank_deposit.id"],
                                name=op.f("fk_sale_bank_movement_deposit_id_sale_bank_deposit")),
        sa.ForeignKeyConstraint(["recorded_by"], ["app_user.id"],
                                name=op.f("fk_sale_bank_movement_recorded_by_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_bank_movement")),
    )  # fmt: skip
    op.create_index(op.f("ix_sale_bank_movement_deposit_id"), "sale_bank_movement",
                    ["deposit_id"], unique=False)  # fmt: skip
    op.create_table(
        "auction_round_reschedule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("previous_on", sa.Date(), nullable=False),
        sa.Column("previous_posted_on", sa.Date(), nullable=True),
        sa.Column("new_on", sa.Date(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("created_at", db.column_types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["round_id"], ["auction_round.id"],
                                name=op.f("fk_auction_round_reschedule_round_id_auction_round")),
        sa.ForeignKeyConstraint(["recorded_by"], ["app_user.id"],
                                name=op.f("fk_auction_round_reschedule_recorded_by_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auction_round_reschedule")),
    )  # fmt: skip
    op.create_index(op.f("ix_auction_round_reschedule_round_id"), "auction_round_reschedule",
                    ["round_id"], unique=False)  # fmt: skip
    append_only.create_guards(op.get_bind(), append_only.AUCTION_MONEY_TABLES)


#: What the removed inference said (publicity.is_gold_jewellery up to 0028): not bullion, at
#: least one item, every item a precious metal.
MARK_OLD_JEWELLERY = sa.text(
    "UPDATE auction_lot SET gold_jewellery = :yes WHERE NOT gold_bullion "
    "AND EXISTS (SELECT 1 FROM auction_lot_item li WHERE li.lot_id = auction_lot.id) "
    "AND NOT EXISTS (SELECT 1 FROM auction_lot_item li JOIN item i ON i.id = li.item_id "
    "WHERE li.lot_id = auction_lot.id AND i.category <> 'precious_metal')"
).bindparams(yes=True)


def downgrade() -> None:
    append_only.drop_guards(op.get_bind(), append_only.AUCTION_MONEY_TABLES, keep_function=True)
    op.drop_index(op.f("ix_auction_round_reschedule_round_id"),
                  table_name="auction_round_reschedule")  # fmt: skip
    op.drop_table("auction_round_reschedule")
    op.drop_index(op.f("ix_sale_bank_movement_deposit_id"), table_name="sale_bank_movement")
    op.drop_table("sale_bank_movement")
    with op.batch_alter_table("auction_lot", schema=None) as batch_op:
        batch_op.drop_column("gold_jewellery")
