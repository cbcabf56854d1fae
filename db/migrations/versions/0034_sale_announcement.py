"""The announcement of a sale without auction becomes its own step (issue 18): Decree 152/2026
Art 64.2 has the officer post it at least 01 working day before the sale (Law 106/2025 Art
83.2.b), so it is recorded, numbered and dated before the sale and the sale needs it. The lot
keeps the day it was posted, its ground (perishable or low value) and the day of sale it states.

Lots already sold without auction had the announcement recorded with the sale: their ground and
day of sale are those of the sale, and the day posted is that of the numbered notice issued
with it (none for a sale recorded before the notice was a paper).

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-07
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0034"
down_revision: str | None = "0033"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

METHODS = ("auction", "perishable", "low_value", "gold_dealer", "creditor", "co_owner")
DIRECT = ("perishable", "low_value")


def upgrade() -> None:
    with op.batch_alter_table("auction_lot", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sale_announced_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "announced_method",
                sa.Enum(
                    *METHODS,
                    name="salemethod",
                    native_enum=False,
                    create_constraint=False,
                    length=32,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("announced_sale_on", sa.Date(), nullable=True))
    _fill_sold_lots()


def _fill_sold_lots() -> None:
    """The lots sold without auction before this step: their announcement as recorded."""
    bind = op.get_bind()
    lot = sa.table(
        "auction_lot",
        sa.column("id", sa.Integer()),
        sa.column("case_id", sa.Integer()),
        sa.column("sale_method", sa.String()),
        sa.column("sold_on", sa.Date()),
        sa.column("sale_announced_on", sa.Date()),
        sa.column("announced_method", sa.String()),
        sa.column("announced_sale_on", sa.Date()),
    )
    document = sa.table(
        "document",
        sa.column("case_id", sa.Integer()),
        sa.column("kind", sa.String()),
        sa.column("issued_on", sa.Date()),
        sa.column("content", sa.Text()),
    )
    sold = bind.execute(
        sa.select(lot.c.id, lot.c.case_id, lot.c.sale_method, lot.c.sold_on).where(
            lot.c.sale_method.in_(DIRECT), lot.c.sold_on.is_not(None)
        )
    ).all()
    for lot_id, case_id, method, sold_on in sold:
        posted = None
        for issued_on, raw in bind.execute(
            sa.select(document.c.issued_on, document.c.content).where(
                document.c.case_id == case_id, document.c.kind == "auction_notice"
            )
        ):
            content = json.loads(raw or "{}").get("content", {})
            if content.get("lot_id") == lot_id and content.get("step") == "direct_sale":
                posted = issued_on
        bind.execute(
            lot.update()
            .where(lot.c.id == lot_id)
            .values(sale_announced_on=posted, announced_method=method, announced_sale_on=sold_on)
        )


def downgrade() -> None:
    with op.batch_alter_table("auction_lot", schema=None) as batch_op:
        batch_op.drop_column("announced_sale_on")
        batch_op.drop_column("announced_method")
        batch_op.drop_column("sale_announced_on")
