"""the rest of issue 18 (helper hB): gold jewellery recorded by the officer on the lot (Decree
152/2026 Art 61.3), no longer inferred from the items' category.

Old data: the application treated a lot of precious metals not marked as gold bars or plain
rings as gold jewellery (the shortened procedure, mandatory). Those lots are marked so, which
keeps each of them where it stood; no other lot is.

Revision ID: 0030
Revises: 0028
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

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


#: What the removed inference said (publicity.is_gold_jewellery up to 0028): not bullion, at
#: least one item, every item a precious metal.
MARK_OLD_JEWELLERY = sa.text(
    "UPDATE auction_lot SET gold_jewellery = :yes WHERE NOT gold_bullion "
    "AND EXISTS (SELECT 1 FROM auction_lot_item li WHERE li.lot_id = auction_lot.id) "
    "AND NOT EXISTS (SELECT 1 FROM auction_lot_item li JOIN item i ON i.id = li.item_id "
    "WHERE li.lot_id = auction_lot.id AND i.category <> 'precious_metal')"
).bindparams(yes=True)


def downgrade() -> None:
    with op.batch_alter_table("auction_lot", schema=None) as batch_op:
        batch_op.drop_column("gold_jewellery")
