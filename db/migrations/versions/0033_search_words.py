"""PostgreSQL searches by words (issue 21): a GIN index over the item's folded words
(``array_to_tsvector``) replaces the trigram index. A query of several words intersects
the posting lists of whole words instead of every trigram of every word: at a million items
a three-word name took 93 ms in the trigram index's bitmap and takes 10 ms in this one, and
the index is 147 MB instead of 247 MB, with about 30 entries per item instead of 200 to keep
up to date on every intake. SQLite keeps its FTS5 table.

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

from db import search

revision: str = "0033"
down_revision: str | None = "0032"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRGM_DDL = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE INDEX IF NOT EXISTS {search.OLD_TRGM_INDEX} ON item "
    "USING gin ((' ' || search_text || ' ') gin_trgm_ops)",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {search.OLD_TRGM_INDEX}")
    # Nothing else uses pg_trgm: left installed, its functions would make an upgraded
    # database's schema differ from a new one's, and the restore check refuses such backups.
    op.execute("DROP EXTENSION IF EXISTS pg_trgm")
    for statement in search.POSTGRES_DDL:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for statement in search.POSTGRES_DROP:
        op.execute(statement)
    for statement in TRGM_DDL:
        op.execute(statement)
