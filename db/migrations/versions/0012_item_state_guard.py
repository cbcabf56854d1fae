"""an item's status, warehouse and location change only with a custody event: a trigger on
both databases refuses an UPDATE that changes them without moving the item's event count
forward (db/item_guard.py)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from db import item_guard

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    item_guard.create_item_guard(op.get_bind())


def downgrade() -> None:
    item_guard.drop_item_guard(op.get_bind())
