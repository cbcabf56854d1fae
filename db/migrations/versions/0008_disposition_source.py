"""the document that ordered each item's disposition (number, date, court or body)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("disposition_ref", sa.String(length=120), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("disposition_date", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("disposition_body", sa.String(length=300), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.drop_column("disposition_body")
        batch_op.drop_column("disposition_date")
        batch_op.drop_column("disposition_ref")
