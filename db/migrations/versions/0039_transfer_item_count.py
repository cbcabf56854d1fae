"""a transfer holds only the items its handover paper lists (issue 21):
``unit_transfer.item_count`` is written with the transfer, kept by its UPDATE guard like
every column but the receipt's, and a trigger refuses an item row beyond it
(db/transfer_guard.py). Transfers already written get the count of their items. The
UPDATE guard is made again so that it names the new column.

Revision ID: 0039
Revises: 0038
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db import append_only, transfer_guard

revision: str = "0039"
down_revision: str | None = "0038"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_GUARDED = ("unit_transfer",)


def upgrade() -> None:
    bind = op.get_bind()
    append_only.drop_guards(bind, _GUARDED, keep_function=True)
    op.add_column(
        "unit_transfer",
        sa.Column("item_count", sa.Integer(), server_default="0", nullable=False),
    )
    op.execute(
        "UPDATE unit_transfer SET item_count = (SELECT count(*) FROM unit_transfer_item "
        "WHERE unit_transfer_item.transfer_id = unit_transfer.id)"
    )
    append_only.create_guards(bind, _GUARDED)
    transfer_guard.create_transfer_guard(bind)


def downgrade() -> None:
    bind = op.get_bind()
    transfer_guard.drop_transfer_guard(bind)
    append_only.drop_guards(bind, _GUARDED, keep_function=True)
    with op.batch_alter_table("unit_transfer") as batch:
        batch.drop_column("item_count")
    append_only.create_guards(bind, _GUARDED)
