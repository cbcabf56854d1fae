"""a buyer who does not pay in time loses the sale and the deposit, which the agency keeps
(Decree 152/2026 Art 65.1, 65.5; issue 18): the lot's forfeited deposits

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("auction_lot", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("forfeited_deposits", sa.BigInteger(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("auction_lot", schema=None) as batch_op:
        batch_op.drop_column("forfeited_deposits")
