"""the agency's calendar holds working days too: a weekend day the Government swapped for a
day off in lieu (issue 18); the public holidays themselves are computed, not stored

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("holiday", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("working", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("holiday", schema=None) as batch_op:
        batch_op.drop_column("working")
