"""A later migration of an existing SQLite file first copies it into backups/ beside it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from db.engine import Database
from db.migrate import HERE, alembic_config, current_revision, head_revision, upgrade

HEAD = head_revision(alembic_config())

LATER_REVISION = '''"""a later revision, as a future release would ship"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agency") as batch:
        batch.add_column(sa.Column("phone", sa.String(30), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("agency") as batch:
        batch.drop_column("phone")
'''


def test_first_start_creates_and_migrates_without_backup(tmp_path: Path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'new' / 'evidence.db'}")
    assert upgrade(db.engine) is None
    assert current_revision(db.engine) == HEAD
    assert upgrade(db.engine) is None  # already at head: nothing to do
    assert not (tmp_path / "new" / "backups").exists()
    db.dispose()


def test_later_migration_backs_up_the_file_with_its_data_first(tmp_path: Path) -> None:
    path = tmp_path / "evidence.db"
    db = Database.open(f"sqlite:///{path}")
    upgrade(db.engine)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO agency (name, managing_agency, place_name, seal_text, address, created_at)"
            " VALUES ('THADS Hà Nội', 'Bộ Tư pháp', 'Hà Nội', '', '', '2026-01-01 00:00:00')"
        )
    scripts = tmp_path / "migrations"
    shutil.copytree(HERE / "migrations", scripts)
    later = LATER_REVISION.replace("{head}", HEAD)
    (scripts / "versions" / "9999_later.py").write_text(later, encoding="utf-8")

    backup = upgrade(db.engine, alembic_config(scripts))

    assert backup is not None and backup.parent == tmp_path / "backups"
    assert current_revision(db.engine) == "9999"
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
        assert copy.execute("SELECT name FROM agency").fetchone() == ("THADS Hà Nội",)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        columns = [row[1] for row in copy.execute("PRAGMA table_info(agency)")]
        assert "phone" not in columns
    db.dispose()
