"""the officer's notice to the parties that an auction failed, given within 2 working days of
receiving the auctioneer's notice (Decree 152/2026/NĐ-CP Art 65.6; issue 18).

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("auction_round", schema=None) as batch_op:
        batch_op.add_column(sa.Column("parties_notified_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("auction_round", schema=None) as batch_op:
        batch_op.drop_column("parties_notified_on")
