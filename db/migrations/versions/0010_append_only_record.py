"""the custody record append-only in the database: triggers refuse UPDATE and DELETE on
custody events, stored documents and attachments (and TRUNCATE on PostgreSQL)

Nothing in the application updates or deletes these rows (checked when this was written:
documents are inserted complete with their PDF, content and chain heads; attachments are
stored once by content hash; events are only appended). See db/append_only.py.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from db import append_only

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    append_only.create_guards(op.get_bind(), append_only.RECORD_TABLES)


def downgrade() -> None:
    append_only.drop_guards(op.get_bind(), append_only.RECORD_TABLES)
