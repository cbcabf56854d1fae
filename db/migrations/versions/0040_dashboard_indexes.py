"""two partial indexes for the dashboard at a million items (issue 21): ``ix_item_closed``
(the items closed per month: released, handed to the buyer, destroyed, by ``updated_at``)
and ``ix_custody_event_left_with_keeper`` (when each item was left with its keeper, for
the monthly check of Decree 152/2026 Art 24). Without them PostgreSQL read all items and
all custody events for these two figures (db/models/report_indexes.py).

Revision ID: 0040
Revises: 0039
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0040"
down_revision: str | None = "0039"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: OR, not IN: an IN predicate reads differently after pg_dump and pg_restore.
_CLOSED = sa.text("status = 'destroyed' OR status = 'handed_to_buyer' OR status = 'released'")
_LEFT = sa.text("kind = 'left_with_keeper'")


def upgrade() -> None:
    op.create_index(
        "ix_item_closed", "item", ["updated_at"], postgresql_where=_CLOSED, sqlite_where=_CLOSED
    )
    op.create_index(
        "ix_custody_event_left_with_keeper", "custody_event", ["item_id", "occurred_at"],
        postgresql_where=_LEFT, sqlite_where=_LEFT,
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_custody_event_left_with_keeper", table_name="custody_event")
    op.drop_index("ix_item_closed", table_name="item")
