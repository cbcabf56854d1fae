"""Backup and restore, each copy checked before it is trusted; the backup reminder.

SQLite: the online backup API copies the live file (other users may keep working) in one
step inside a read transaction, whose row counts are compared with the copy's after
``PRAGMA integrity_check`` and the schema revision. PostgreSQL: ``pg_dump`` (custom format)
from an exported snapshot whose row counts are taken in the same snapshot; the dump is
checked with ``pg_restore --list`` and by counting the rows of its data section.

A restore refuses a file that fails its check, then stages the file apart from the live
database (``restore_stage``), migrates it to the current schema and checks it completely
(``restore_checks``: schema objects, foreign keys, chains, states, documents); only a
candidate that passed replaces the live data, in one transaction. For SQLite the current file
is first copied to ``backups/`` beside it.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import subprocess
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from db.engine import Database
from db.migrate import alembic_config, upgrade
from db.models import Base, Setting
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.services.admin.restore_stage import check_staged, replace_sqlite, staged_sqlite
from evidence_app.services.admin.scratch_db import scratch_database
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.uow import unit_of_work

LAST_BACKUP_KEY = "backup.last_at"
REMINDER_DAYS_KEY = "backup.reminder_days"
DEFAULT_REMINDER_DAYS = 7
MAX_REMINDER_DAYS = 365
SQLITE_MAGIC = b"SQLite format 3\x00"
PGDMP_MAGIC = b"PGDMP"
_TOOL_TIMEOUT = 3600


@dataclass(frozen=True)
class BackupCheck:
    """What a backup file holds, as its check found it."""

    path: str
    dialect: str
    revision: str
    rows: dict[str, int]

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


@dataclass(frozen=True)
class BackupReport:
    check: BackupCheck
    size_bytes: int
    seconds: float


@dataclass(frozen=True)
class RestoreReport:
    check: BackupCheck
    safety_copy: str | None
    seconds: float


@dataclass(frozen=True)
class BackupStatus:
    """When the last backup was taken and whether the reminder is due."""

    last_at: datetime | None
    reminder_days: int
    days_since: int | None

    @property
    def due(self) -> bool:
        return self.days_since is None or self.days_since >= self.reminder_days

    def reminder(self, lang: str = "vi") -> str:
        """The reminder's text, or "" when no backup is due."""
        from evidence_app.domain.messages import text as message

        if not self.due:
            return ""
        if self.days_since is None:
            return message("backup.never", lang)
        return message("backup.reminder", lang, days=self.days_since, limit=self.reminder_days)


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _table_names() -> list[str]:
    return [table.name for table in Base.metadata.sorted_tables]


class BackupService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- backup -------------------------------------------------------------------------
    def backup(self, actor: Actor, target: str | Path) -> BackupReport:
        """Copy the database to ``target``, check the copy, then record the time."""
        with unit_of_work(self.db, "noun.backup", str(target), read_only=True) as session:
            authorize(session, actor, Permission.MANAGE_SETTINGS)
        path = Path(target).expanduser()
        started = time.perf_counter()
        partial = path.with_name(path.name + ".partial")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _remove(partial)
            if self.db.dialect == "sqlite":
                check = self._backup_sqlite(partial)
            else:
                check = self._backup_postgres(partial)
            os.replace(partial, path)
        except (OSError, ValueError, sqlite3.Error) as exc:  # ValueError: NUL in the path
            _remove(partial)
            reason = _os(exc) if isinstance(exc, OSError) else str(exc)
            raise ValidationError("backup.cannot_write", path=str(path), reason=reason) from exc
        except BaseException:
            _remove(partial)
            raise
        check = BackupCheck(str(path), check.dialect, check.revision, check.rows)
        with unit_of_work(self.db, "noun.setting", LAST_BACKUP_KEY) as session:
            _put(session, LAST_BACKUP_KEY, datetime.now(UTC).isoformat(timespec="seconds"))
        return BackupReport(check, path.stat().st_size, time.perf_counter() - started)

    def _sqlite_file(self) -> Path:
        database = self.db.url.database
        if not database or database == ":memory:":
            raise ValidationError("backup.memory")
        return Path(database)

    def _backup_sqlite(self, partial: Path) -> BackupCheck:
        source_path = self._sqlite_file()
        if partial.resolve() == source_path.resolve():
            raise ValidationError("backup.same_file")
        source = sqlite3.connect(source_path, isolation_level=None)
        try:
            source.execute("PRAGMA busy_timeout=10000")
            # One read transaction: the counts and the copy see the same snapshot (WAL),
            # and the default pages=-1 copies it in a single step, never restarted.
            source.execute("BEGIN")
            revision = _sqlite_revision(source) or ""
            expected = _sqlite_counts(source, _table_names())
            target = sqlite3.connect(partial, isolation_level=None)
            try:
                source.backup(target)
                # One self-contained file: no -wal or -shm beside the backup.
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
            source.execute("COMMIT")
        finally:
            source.close()
        found = check_sqlite_file(partial)
        _compare(found.revision, revision, found.rows, expected)
        return found

    def _backup_postgres(self, partial: Path) -> BackupCheck:
        tool = _tool("pg_dump")
        with self.db.engine.connect() as conn:
            conn.exec_driver_sql("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            expected = {
                name: int(conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one())
                for name in _table_names()
            }
            # pg_dump reads the same snapshot while this transaction keeps it alive.
            _run(
                [tool, "--format=custom", f"--snapshot={snapshot}", "--no-owner",
                 f"--file={partial}", "--dbname", _libpq_url(self.db.url)],
                self.db.url,
            )  # fmt: skip
            conn.exec_driver_sql("COMMIT")
        found = check_pg_dump_file(partial)
        _compare(found.revision, str(revision), found.rows, expected)
        return found

    # ---- check and restore --------------------------------------------------------------
    def check(self, source: str | Path) -> BackupCheck:
        """Check a backup file of this database's kind without changing anything."""
        path = Path(source).expanduser()
        if not path.is_file():
            raise ValidationError("backup.not_found", path=str(path))
        kind = _file_kind(path)
        if kind != self.db.dialect:
            raise ValidationError(
                "backup.wrong_kind",
                path=str(path),
                found=kind or "?",
                expected=self.db.dialect,
            )
        found = check_sqlite_file(path) if kind == "sqlite" else check_pg_dump_file(path)
        if found.revision not in known_revisions():
            raise ValidationError(
                "backup.unknown_revision", path=str(path), revision=found.revision
            )
        return found

    def restore(self, actor: Actor, source: str | Path) -> RestoreReport:
        """Replace the database's contents with a backup file, checked completely first.

        The candidate is staged apart (a file beside the live one, or a scratch database),
        migrated to head and checked there: schema, foreign keys, chains, states, documents
        (``restore_checks``). Only then is the live database replaced, in one transaction.
        """
        with unit_of_work(self.db, "noun.backup", str(source), read_only=True) as session:
            authorize(session, actor, Permission.MANAGE_SETTINGS)
        started = time.perf_counter()
        found = self.check(source)
        path = Path(found.path)
        safety: Path | None = None
        if self.db.dialect == "sqlite":
            current = self._sqlite_file()
            if path.resolve() == current.resolve():
                raise ValidationError("backup.same_file")
            with staged_sqlite(path, current) as stage:
                self.db.dispose()
                safety = _safety_copy(current)
                replace_sqlite(stage, current)
        else:
            self._check_pg_candidate(path)
            self.db.dispose()
            self._pg_restore(self.db.url, path)
            self.db.dispose()
            upgrade(self.db.engine)
        self.db.dispose()
        restored = self.counts()
        for table, count in found.rows.items():
            if restored.get(table, 0) != count:
                raise ValidationError(
                    "backup.count_mismatch", table=table, found=restored.get(table), expected=count
                )
        return RestoreReport(found, str(safety) if safety else None, time.perf_counter() - started)

    def _check_pg_candidate(self, path: Path) -> None:
        """The dump restored into a scratch database, migrated to head and checked there."""
        with scratch_database(self.db.url, "restore") as url:
            self._pg_restore(url, path)
            check_staged(Database.open(url), path)

    @staticmethod
    def _pg_restore(url: URL, path: Path) -> None:
        _run(
            [_tool("pg_restore"), "--clean", "--if-exists", "--no-owner",
             "--single-transaction", "--exit-on-error", "--dbname",
             _libpq_url(url), str(path)],
            url,
        )  # fmt: skip

    def check_revision(self) -> str:
        """The schema revision the database is at now."""
        with self.db.read_connection() as conn:
            return str(conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one())

    def counts(self) -> dict[str, int]:
        """Rows per table of the application's schema, as the database holds them now."""
        with self.db.read_connection() as conn:
            return {
                name: int(conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one())
                for name in _table_names()
            }

    # ---- reminder -----------------------------------------------------------------------
    def status(self, today: datetime | None = None) -> BackupStatus:
        """Readable by everyone (the status bar shows it); writes nothing."""
        with unit_of_work(self.db, "noun.setting", read_only=True) as session:
            last_raw = _get(session, LAST_BACKUP_KEY)
            days_raw = _get(session, REMINDER_DAYS_KEY)
        days = DEFAULT_REMINDER_DAYS
        if days_raw and re.fullmatch(r"[0-9]{1,4}", days_raw):
            days = int(days_raw)
        last = _parse_time(last_raw)
        now = today or datetime.now(UTC)
        since = None if last is None else max(0, (now - last).days)
        return BackupStatus(last, days, since)

    def set_reminder_days(self, actor: Actor, days: int | str) -> BackupStatus:
        value = _reminder_days(days)
        with unit_of_work(self.db, "noun.setting", REMINDER_DAYS_KEY) as session:
            authorize(session, actor, Permission.MANAGE_SETTINGS)
            _put(session, REMINDER_DAYS_KEY, str(value))
        return self.status()


def _reminder_days(days: int | str) -> int:
    raw = str(days).strip()
    if not re.fullmatch(r"[0-9]{1,4}", raw):
        raise ValidationError("validation.value", field="field.reminder_days", value=raw[:40])
    value = int(raw)
    if value < 1:
        raise ValidationError("validation.not_positive", field="field.reminder_days")
    if value > MAX_REMINDER_DAYS:
        raise ValidationError("validation.too_large", field="field.reminder_days")
    return value


def _parse_time(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _get(session: Session, key: str) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == key))


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=v.text_field(value, "noun.setting", limit=200)))
    else:
        row.value = value
    session.flush()


# ---- SQLite files ---------------------------------------------------------------------------
def _file_kind(path: Path) -> str | None:
    with path.open("rb") as handle:
        head = handle.read(16)
    if head == SQLITE_MAGIC:
        return "sqlite"
    if head.startswith(PGDMP_MAGIC):
        return "postgresql"
    return None


def check_sqlite_file(path: Path) -> BackupCheck:
    """Integrity, schema revision and row counts of a SQLite file, opened read-only."""
    if not path.is_file() or _file_kind(path) != "sqlite":
        raise ValidationError("backup.not_sqlite", path=str(path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ValidationError("backup.integrity", path=str(path), reason=str(exc)) from exc
    try:
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as exc:
            raise ValidationError("backup.integrity", path=str(path), reason=str(exc)) from exc
        if result != ["ok"]:
            raise ValidationError(
                "backup.integrity", path=str(path), reason="; ".join(result)[:200]
            )
        revision = _sqlite_revision(conn)
        if revision is None:
            raise ValidationError("backup.no_revision", path=str(path))
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        counts = _sqlite_counts(conn, [n for n in _table_names() if n in present])
    finally:
        conn.close()
    return BackupCheck(str(path), "sqlite", revision, counts)


def _sqlite_revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def _sqlite_counts(conn: sqlite3.Connection, names: list[str]) -> dict[str, int]:
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
    }


def _safety_copy(current: Path) -> Path | None:
    """The current file, copied beside it before a restore overwrites it."""
    if not current.is_file():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = current.parent / "backups" / f"{current.stem}-before-restore-{stamp}.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(current) as live, sqlite3.connect(target) as copy:
        live.backup(copy)
    return target


# ---- PostgreSQL dumps ---------------------------------------------------------------------
_COPY = re.compile(r'^COPY (?:"?public"?\.)?"?([A-Za-z0-9_]+)"? ')


def check_pg_dump_file(path: Path) -> BackupCheck:
    """``pg_restore --list`` must read the archive; its data section gives revision and rows."""
    if not path.is_file() or _file_kind(path) != "postgresql":
        raise ValidationError("backup.not_pg_dump", path=str(path))
    tool = _tool("pg_restore")
    listing = _run([tool, "--list", str(path)], None)
    if "TABLE DATA" not in listing:
        raise ValidationError("backup.not_pg_dump", path=str(path))
    wanted = set(_table_names()) | {"alembic_version"}
    counts: dict[str, int] = {}
    revision: str | None = None
    current: str | None = None
    with subprocess.Popen(
        [tool, "--data-only", "--file=-", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if current is None:
                match = _COPY.match(line)
                if match:
                    current = match.group(1)
                    counts.setdefault(current, 0)
                continue
            if line.rstrip("\n") == "\\.":
                current = None
                continue
            counts[current] += 1
            if current == "alembic_version":
                revision = line.rstrip("\n")
        error = process.stderr.read() if process.stderr else ""
        process.wait()
    if process.returncode != 0:
        raise ValidationError("backup.tool_failed", tool="pg_restore", reason=_short(error))
    if revision is None:
        raise ValidationError("backup.no_revision", path=str(path))
    rows = {name: counts.get(name, 0) for name in _table_names() if name in wanted}
    return BackupCheck(str(path), "postgresql", revision, rows)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise ValidationError("backup.tool_missing", tool=name)
    return found


def _libpq_url(url: URL) -> str:
    """The URL for libpq tools, without driver or password (given by PGPASSWORD)."""
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False)


def _run(command: list[str], url: URL | None) -> str:
    env = dict(os.environ)
    if url is not None and url.password:
        env["PGPASSWORD"] = str(url.password)
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=env,
            timeout=_TOOL_TIMEOUT,
            check=False,
        )
    except OSError as exc:
        tool = Path(command[0]).name
        raise ValidationError("backup.tool_failed", tool=tool, reason=_os(exc)) from exc
    if done.returncode != 0:
        raise ValidationError(
            "backup.tool_failed", tool=Path(command[0]).name, reason=_short(done.stderr)
        )
    return done.stdout


def _compare(found: str, expected: str, rows: dict[str, int], counts: dict[str, int]) -> None:
    if found != expected:
        raise ValidationError("backup.revision_mismatch", found=found, expected=expected)
    for table, count in counts.items():
        if rows.get(table) != count:
            raise ValidationError(
                "backup.count_mismatch", table=table, found=rows.get(table), expected=count
            )


def _remove(path: Path) -> None:
    """A partial file and its SQLite companions, gone; a failure to remove them is ignored."""
    for leftover in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError, ValueError):
            leftover.unlink(missing_ok=True)


def _short(message: str) -> str:
    return " ".join(message.split())[:300] or "?"


def _os(exc: OSError) -> str:
    return exc.strerror or str(exc)


__all__ = [
    "BackupCheck",
    "BackupReport",
    "BackupService",
    "BackupStatus",
    "RestoreReport",
    "check_pg_dump_file",
    "check_sqlite_file",
]
