"""National figures by PostgreSQL logical replication (issue 21; set-up in ``db/README.md``).

Each province's database publishes the tables the national figures are counted from; the
national cluster holds one replica database per province (``province_<code>``), its schema
made by our own migrations, subscribed to that province's publication. Each province
numbers its rows from 1, so the replicas are never merged into one table: the national
report counts each replica on its own and sums the counts. The subscription pulls from the
province over a role that may only read the published tables; nothing on the national side
can write into a province, and report users only SELECT from the replicas.

Every function is idempotent: run again after an upgrade it adds what is missing (a table
added to ``REPLICATED_TABLES``, a grant) and changes nothing else.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

#: The tables the national figures read, in one place (add new ones here; then run
#: ``publish`` on each province and ``replicate`` again on the national side).
REPLICATED_TABLES: tuple[str, ...] = (
    # Enforcement figures (reports/enforcement_figures.py): the case with its decision date and
    # amount, and the accepted record of outcomes and payments (migration 0019).
    "enforcement_case",
    "case_outcome",
    "case_payment",
    "case_confirmation",
    # The changes of a case's amount and officer and the voided records, read as of each
    # period's end (migration 0022, issue 19).
    "case_change",
    # The obligations of a case: its money is counted per obligation (migration 0035).
    "case_obligation",
    # Custody counts: the append-only custody record alone (kind, status before and after).
    "custody_event",
)

PUBLICATION = "national_figures"
#: The province's role the national subscriptions connect as: REPLICATION and SELECT only.
REPLICATOR_ROLE = "national_replicator"
#: The national report users' role: SELECT on the replicated tables, nothing else.
REPORT_ROLE = "national_report"

_CODE = re.compile(r"^[a-z][a-z0-9_]{0,40}$")


def check_code(code: str) -> str:
    """A province's code names its replica database and subscription: lower-case ASCII."""
    if not _CODE.match(code):
        raise ValueError(code)
    return code


def replica_database(code: str) -> str:
    return f"province_{check_code(code)}"


def subscription_name(code: str) -> str:
    return f"national_{check_code(code)}"


def _quote(conn: Connection, name: str) -> str:
    return str(conn.scalar(text("SELECT quote_ident(:n)"), {"n": name}))


def role_exists(conn: Connection, role: str) -> bool:
    return bool(conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}))


# --- the province -------------------------------------------------------------------------


def publish(conn: Connection, tables: tuple[str, ...] = REPLICATED_TABLES) -> list[str]:
    """On a province's database, as the tables' owner: the publication of ``tables``, created
    or completed; returns the tables it added. TRUNCATE is not published (the record refuses
    it anyway); inserts, updates and deletes are."""
    present = set(
        conn.scalars(
            text("SELECT tablename FROM pg_publication_tables WHERE pubname = :p"),
            {"p": PUBLICATION},
        )
    )
    exists = conn.scalar(
        text("SELECT 1 FROM pg_publication WHERE pubname = :p"), {"p": PUBLICATION}
    )
    missing = [t for t in tables if t not in present]
    names = ", ".join(_quote(conn, t) for t in missing)
    if not exists:
        conn.execute(
            text(
                f"CREATE PUBLICATION {PUBLICATION} FOR TABLE {names} "
                "WITH (publish = 'insert, update, delete')"
            )
        )
    elif missing:
        conn.execute(text(f"ALTER PUBLICATION {PUBLICATION} ADD TABLE {names}"))
    return missing


def grant_replicator(conn: Connection, role: str = REPLICATOR_ROLE) -> None:
    """SELECT on the published tables for the role the subscriptions connect as (the initial
    copy reads them); it gets no other privilege, so it can write nothing in the province.
    The role itself (LOGIN REPLICATION, its password) is made by a superuser (README)."""
    quoted = _quote(conn, role)
    tables = ", ".join(_quote(conn, t) for t in REPLICATED_TABLES)
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {quoted}"))
    conn.execute(text(f"GRANT SELECT ON {tables} TO {quoted}"))


# --- the national cluster -----------------------------------------------------------------


def _engine(url: str | URL, **options: object) -> Engine:
    resolved = make_url(url) if isinstance(url, str) else url
    if resolved.drivername == "postgresql":
        resolved = resolved.set(drivername="postgresql+psycopg")
    return create_engine(resolved, **options)


def subscribe(national_url: str, code: str, publisher: str, report_role: str = REPORT_ROLE) -> str:
    """On the national cluster, as a superuser (``national_url``: any database of it): the
    province's replica database with our schema, its subscription to the province's
    publication (``publisher``: a libpq connection string to the province, as the
    replicator), and SELECT on the replicated tables for ``report_role`` (made if missing,
    LOGIN, read-only by default). Run again it refreshes the subscription (tables added to
    the publication since) and the grants. Returns the replica's URL."""
    from db.migrate import upgrade  # Alembic: only the national set-up needs it here

    database = replica_database(code)
    base = make_url(national_url)
    admin = _engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            if not conn.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": database}
            ):
                conn.execute(text(f"CREATE DATABASE {database}"))
            if not role_exists(conn, report_role):
                conn.execute(text(f"CREATE ROLE {_quote(conn, report_role)} LOGIN"))
            role = _quote(conn, report_role)
            conn.execute(text(f"ALTER ROLE {role} SET default_transaction_read_only = on"))
            conn.execute(text(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC"))
            conn.execute(text(f"GRANT CONNECT ON DATABASE {database} TO {role}"))
    finally:
        admin.dispose()
    replica_url = base.set(database=database)
    schema = _engine(replica_url)
    try:
        upgrade(schema)  # the same migrations as the province: the same tables and columns
    finally:
        schema.dispose()
    replica = _engine(replica_url, isolation_level="AUTOCOMMIT")
    try:
        with replica.connect() as conn:
            _subscription(conn, subscription_name(code), publisher)
            _grant_report(conn, report_role)
    finally:
        replica.dispose()
    return replica_url.render_as_string(hide_password=True)


def _subscription(conn: Connection, name: str, publisher: str) -> None:
    """CREATE SUBSCRIPTION (copying what the province already has) or, when it exists, its
    connection string set again (a password changed) and REFRESH PUBLICATION so tables added
    to the publication since are copied too; a subscription disabled for an upgrade is left
    as it is (PostgreSQL refuses to refresh it). None of these may run inside a transaction:
    ``conn`` is in autocommit."""
    enabled = conn.scalar(
        text(
            "SELECT s.subenabled FROM pg_subscription s JOIN pg_database d ON d.oid = s.subdbid "
            "WHERE s.subname = :n AND d.datname = current_database()"
        ),
        {"n": name},
    )
    conninfo = str(conn.scalar(text("SELECT quote_literal(:c)"), {"c": publisher}))
    if enabled is None:
        conn.execute(
            text(f"CREATE SUBSCRIPTION {name} CONNECTION {conninfo} PUBLICATION {PUBLICATION}")
        )
    elif enabled:
        conn.execute(text(f"ALTER SUBSCRIPTION {name} CONNECTION {conninfo}"))
        conn.execute(text(f"ALTER SUBSCRIPTION {name} REFRESH PUBLICATION"))


def _grant_report(conn: Connection, role: str) -> None:
    """SELECT on the replicated tables, nothing else: the replica's rows are written only by
    the subscription's apply worker, the other tables of the schema stay empty and closed."""
    quoted = _quote(conn, role)
    tables = ", ".join(_quote(conn, t) for t in REPLICATED_TABLES)
    conn.execute(text("REVOKE ALL ON SCHEMA public FROM PUBLIC"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {quoted}"))
    conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {quoted}"))
    conn.execute(text(f"GRANT SELECT ON {tables} TO {quoted}"))


def copied(conn: Connection) -> bool:
    """Whether this replica's subscription has finished copying every table (each in state
    'r', ready): until then a report would count only part of the province. The catalogues
    read here are open to the report role (the connection string excepted)."""
    states = conn.scalars(
        text(
            "SELECT r.srsubstate FROM pg_subscription_rel r "
            "JOIN pg_subscription s ON s.oid = r.srsubid "
            "JOIN pg_database d ON d.oid = s.subdbid WHERE d.datname = current_database()"
        )
    ).all()
    return bool(states) and all(s == "r" for s in states)


def received_at(conn: Connection) -> datetime | None:
    """When this replica's subscription last confirmed the province's changes (its apply
    worker's ``latest_end_time``); None while it is not running."""
    value = conn.scalar(
        text(
            "SELECT max(st.latest_end_time) FROM pg_stat_subscription st "
            "JOIN pg_subscription s ON s.oid = st.subid "
            "JOIN pg_database d ON d.oid = s.subdbid WHERE d.datname = current_database()"
        )
    )
    return value if isinstance(value, datetime) else None
