"""transfers between units kept as written (issue 21): ``unit_transfer`` and
``unit_transfer_item`` (migration 0032) join the append-only record (db/append_only.py). No
DELETE or TRUNCATE; the items of a transfer never change; a transfer's one UPDATE is its
receipt (received_by, received_at, receipt_document_id set once from NULL, by another person
than the sender, every other column unchanged: Decree 152/2026 Art 37.2).

Revision ID: 0037
Revises: 0035
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

from db import append_only

revision: str = "0037"
down_revision: str | None = "0035"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The tables as this revision guards them.
_TABLES = ("unit_transfer", "unit_transfer_item")


def upgrade() -> None:
    append_only.create_guards(op.get_bind(), _TABLES)


def downgrade() -> None:
    append_only.drop_guards(op.get_bind(), _TABLES, keep_function=True)
