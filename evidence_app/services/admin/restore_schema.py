"""The schema a restore candidate must have: exactly the objects a fresh database migrated to
the head revision has, each with the same definition.

A file can pass its integrity check, carry the right revision and the right row counts, and
still hold one trigger more (one that resets a counter the lockout relies on), a view, or one
index less. So the candidate's objects are read from its catalogue and compared, name by name
and definition by definition, with those of a scratch database built by the migrations, once
per process and dialect.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, create_engine, text

from db.migrate import upgrade
from evidence_app.services.admin.scratch_db import scratch_database

#: SQLite's own bookkeeping, created on use (AUTOINCREMENT, ANALYZE), not by the migrations.
_SQLITE_INTERNAL = ("sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3",
                    "sqlite_stat4")  # fmt: skip


@dataclass(frozen=True, order=True)
class SchemaObject:
    """One object of the schema: its kind, name, table and normalised definition."""

    kind: str
    name: str
    table: str
    definition: str


@dataclass(frozen=True)
class SchemaDifference:
    """An object missing, extra or defined otherwise than the migrations define it."""

    change: str  # "missing" | "extra" | "changed"
    kind: str
    name: str


#: The order in which differences are named: what can act on the data first.
_CHANGES = ("extra", "changed", "missing")
_KINDS = ("trigger", "event trigger", "rule", "policy", "function", "view", "table",
          "constraint", "index", "sequence", "extension", "schema")  # fmt: skip


def schema_differences(
    found: Iterable[SchemaObject], expected: Iterable[SchemaObject]
) -> list[SchemaDifference]:
    """Every object the candidate has in excess, defines differently, or lacks, by name:
    triggers and functions first, which could change what is written."""
    mine = {(o.kind, o.name): o for o in found}
    theirs = {(o.kind, o.name): o for o in expected}
    differences = [SchemaDifference("missing", *key) for key in theirs.keys() - mine]
    differences += [SchemaDifference("extra", *key) for key in mine.keys() - theirs]
    differences += [
        SchemaDifference("changed", *key)
        for key in mine.keys() & theirs.keys()
        if mine[key] != theirs[key]
    ]
    return sorted(differences, key=_order)


def _order(difference: SchemaDifference) -> tuple[int, int, str]:
    kind = _KINDS.index(difference.kind) if difference.kind in _KINDS else len(_KINDS)
    return _CHANGES.index(difference.change), kind, difference.name


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


def _table_definition(sql: str | None) -> str:
    """A CREATE TABLE with its columns and constraints sorted: Alembic's batch mode rebuilds a
    table with its foreign keys in an order that varies from one process to the next."""
    sql = _normal(sql)
    start, end = sql.find("("), sql.rfind(")")
    if start < 0 or end < start:
        return sql
    return f"{sql[:start]}({', '.join(sorted(_clauses(sql[start + 1 : end])))}){sql[end + 1 :]}"


def _clauses(body: str) -> list[str]:
    """The comma-separated parts of a definition, commas inside brackets or quotes kept."""
    parts: list[str] = []
    current: list[str] = []
    depth, quote = 0, ""
    for char in body:
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"`[":
            quote = "]" if char == "[" else char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    parts.append("".join(current).strip())
    return parts


# ---- SQLite ---------------------------------------------------------------------------------
def sqlite_objects(conn: Connection) -> frozenset[SchemaObject]:
    """Tables, indexes, triggers and views of a SQLite database, from ``sqlite_master``."""
    rows = conn.exec_driver_sql("SELECT type, name, tbl_name, sql FROM sqlite_master")
    return frozenset(
        SchemaObject(kind, name, table, _table_definition(sql) if kind == "table" else _normal(sql))
        for kind, name, table, sql in rows
        if name not in _SQLITE_INTERNAL
    )


@cache
def expected_sqlite_objects() -> frozenset[SchemaObject]:
    """The objects of a scratch SQLite file migrated to head (built once per process)."""
    with tempfile.TemporaryDirectory(prefix="evidence-schema-") as folder:
        engine = create_engine(f"sqlite:///{Path(folder) / 'head.db'}")
        try:
            upgrade(engine)
            with engine.connect() as conn:
                return sqlite_objects(conn)
        finally:
            engine.dispose()


# ---- PostgreSQL -----------------------------------------------------------------------------
#: Objects of every schema but the system's, each as (kind, name, table, definition);
#: ``{catalog}`` and ``{views}`` become the schema filter on catalogue joins and on views.
_PG_QUERIES = {
    "table": """
        SELECT 'table', c.relname, c.relname,
               string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                          || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                          || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), ''),
                          ', ' ORDER BY a.attname)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
        WHERE c.relkind IN ('r', 'p', 'f') AND {catalog}
        GROUP BY n.nspname, c.relname""",
    "constraint": """
        SELECT 'constraint', r.conname, c.relname, pg_get_constraintdef(r.oid)
        FROM pg_constraint r JOIN pg_class c ON c.oid = r.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace WHERE {catalog}""",
    "index": "SELECT 'index', indexname, tablename, indexdef FROM pg_indexes n WHERE {views}",
    "view": """
        SELECT 'view', viewname, viewname, definition FROM pg_views n WHERE {views}
        UNION ALL
        SELECT 'view', matviewname, matviewname, definition FROM pg_matviews n WHERE {views}""",
    "trigger": """
        SELECT 'trigger', t.tgname, c.relname, pg_get_triggerdef(t.oid)
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND {catalog}""",
    "event trigger": "SELECT 'event trigger', evtname, '', evtevent FROM pg_event_trigger",
    "rule": """
        SELECT 'rule', rulename, tablename, definition FROM pg_rules n WHERE {views}""",
    "policy": """
        SELECT 'policy', policyname, tablename, coalesce(qual, '') || coalesce(with_check, '')
        FROM pg_policies n WHERE {views}""",
    "function": """
        SELECT 'function', p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
               '', CASE WHEN p.prokind IN ('f', 'p') THEN pg_get_functiondef(p.oid) ELSE '' END
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE {catalog}""",
    "sequence": """
        SELECT 'sequence', sequencename, '', data_type::text FROM pg_sequences n
        WHERE {views}""",
    "extension": "SELECT 'extension', extname, '', '' FROM pg_extension",
    "schema": "SELECT 'schema', nspname, '', '' FROM pg_namespace n WHERE {catalog}",
}
#: The kinds of object compared on PostgreSQL.
PG_KINDS = tuple(_PG_QUERIES)


def _pg_schemas(column: str) -> str:
    return (
        f"{column} NOT IN ('pg_catalog', 'information_schema') "
        f"AND {column} NOT LIKE 'pg\\_toast%' AND {column} NOT LIKE 'pg\\_temp%'"
    )


def postgres_objects(conn: Connection) -> frozenset[SchemaObject]:
    """Every object of every non-system schema of a PostgreSQL database, from its catalogue."""
    found: set[SchemaObject] = set()
    where = {"catalog": _pg_schemas("n.nspname"), "views": _pg_schemas("n.schemaname")}
    for query in _PG_QUERIES.values():
        for kind, name, table, definition in conn.execute(text(query.format(**where))):
            found.add(SchemaObject(kind, name, table, _normal(definition)))
    return frozenset(found)


#: Expected PostgreSQL objects per server and role, built once per process.
_pg_expected: dict[str, frozenset[SchemaObject]] = {}


def expected_postgres_objects(conn: Connection) -> frozenset[SchemaObject]:
    """The objects of a scratch database migrated to head on ``conn``'s server."""
    server = conn.engine.url
    key = server.set(database="", password=None).render_as_string()
    if key not in _pg_expected:
        with scratch_database(server, "head") as url:
            engine = create_engine(url)
            try:
                upgrade(engine)
                with engine.connect() as scratch:
                    _pg_expected[key] = postgres_objects(scratch)
            finally:
                engine.dispose()
    return _pg_expected[key]
