"""The custody record is append-only in the database itself, not only in the application.

Custody events, stored documents (their content and PDF bytes), attachments (the bytes of
scans and photos, stored once by content hash) and the administrators' events (user, role,
password and setting changes) are written once and never changed: no service updates or
deletes them. Triggers on both databases refuse UPDATE and DELETE on
these tables, so a connection with the application's own password cannot quietly rewrite the
record either; on PostgreSQL TRUNCATE is refused too. Whoever owns the tables could still drop
the triggers, which is why on PostgreSQL the application connects as a role that owns nothing
and holds only SELECT and INSERT on them (``db/README.md``), and why ``verify`` checks the
hash chains anyway.

A transfer between units (``unit_transfer``) is the one row written in two steps: the
receiving keeper's receipt fills its three receipt columns once, from NULL, and nothing else
(``SET_ONCE``); its items are written once.

A migration that rebuilds one of these tables (SQLite batch mode: copy, drop, rename) loses
its triggers with the old table and must call ``create_guards`` again.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

#: The custody record's tables (migration 0010).
RECORD_TABLES = ("custody_event", "document", "attachment")
#: The administrators' record: user, role, password and setting changes (migration 0011).
ADMIN_TABLES = ("admin_event",)
#: Signed checkpoints of every chain head (migration 0013).
CHECKPOINT_TABLES = ("chain_checkpoint",)
#: Closed ledger periods (migration 0016): a closed period cannot change.
LEDGER_TABLES = ("ledger_closing",)
#: Case outcomes, payments and the head's confirmations (migration 0019): the statistics'
#: record, so a past period's figures never change.
OUTCOME_TABLES = ("case_outcome", "case_payment", "case_confirmation")
#: Changes of a case's recorded facts and the closed statistics periods (migration 0022).
HISTORY_TABLES = ("case_change", "statistics_closing")
#: Each price council member's opinion (migration 0026, Decree 152/2026 Art 60.3).
COUNCIL_TABLES = ("valuation_opinion",)
#: The auctions' public notices and the sale money deposited in a bank (migration 0025; Law
#: on Asset Auctions Art 57, Decree 152/2026 Art 65.2).
AUCTION_TABLES = ("auction_public_notice", "sale_bank_deposit")
#: The banked sale money's interest and withdrawals, a round's new dates (migration 0030).
AUCTION_MONEY_TABLES = ("sale_bank_movement", "auction_round_reschedule")
#: Verifications of cases not yet enforceable and the procuracy's copies (migration 0027).
ART22_TABLES = ("case_verification", "case_outcome_copy")
#: The obligations of a case, listed once (migration 0035, issue 19).
OBLIGATION_TABLES = ("case_obligation",)
#: Transfers between units and their items (migrations 0032, 0037; issue 21). A transfer's
#: receipt is written once, later, by the receiving keeper (Decree 152/2026 Art 37.2):
#: ``SET_ONCE`` names those columns, the one UPDATE allowed, from NULL, nothing else touched.
TRANSFER_TABLES = ("unit_transfer", "unit_transfer_item")
#: A keeper's income from exploiting an asset, paid to the agency (migration 0038, Law
#: 106/2025 Art 40.3): which payment, keeping place and minutes it was.
KEEPING_TABLES = ("keeping_income",)
#: table -> the columns one UPDATE may fill, all at once, while they are all NULL.
SET_ONCE: dict[str, tuple[str, ...]] = {
    "unit_transfer": ("received_by", "received_at", "receipt_document_id"),
}
#: table -> every other column, which that UPDATE must leave as it was.
_KEPT: dict[str, tuple[str, ...]] = {
    "unit_transfer": (
        "id", "from_unit_id", "to_unit_id", "to_location_id", "sent_by", "sent_at",
        "handover_document_id", "note", "created_at", "item_count",
    ),
}  # fmt: skip
#: table -> what else that UPDATE must respect: two people sign a handover (Art 37.2).
_ALSO: dict[str, str] = {"unit_transfer": "NEW.received_by <> OLD.sent_by"}
#: Tables whose rows, once written, stay as written.
APPEND_ONLY_TABLES = (
    RECORD_TABLES
    + ADMIN_TABLES
    + CHECKPOINT_TABLES
    + LEDGER_TABLES
    + OUTCOME_TABLES
    + HISTORY_TABLES
    + COUNCIL_TABLES
    + AUCTION_TABLES
    + ART22_TABLES
    + AUCTION_MONEY_TABLES
    + OBLIGATION_TABLES
    + TRANSFER_TABLES
    + KEEPING_TABLES
)

#: What a refused statement says (both languages: it reaches logs and error dialogs as is).
MESSAGE = (
    "hồ sơ chỉ được ghi thêm, không được sửa hay xóa / "
    "the custody record is append-only: rows cannot be updated or deleted"
)

_PG_FUNCTION = "refuse_append_only_change"


def _lawful(table: str, same: str, present: set[str]) -> str:
    """The one UPDATE a SET_ONCE table allows: its columns all NULL before and all set after,
    every other column as it was (``same``: the dialect's null-safe equality). Only the
    columns ``present`` at this revision are named: a migration that adds one to ``_KEPT``
    makes the guards again once the column exists (0039: ``item_count``)."""
    return " AND ".join(
        [f"OLD.{c} IS NULL AND NEW.{c} IS NOT NULL" for c in SET_ONCE[table]]
        + [f"NEW.{c} {same} OLD.{c}" for c in _KEPT[table] if c in present]
        + [_ALSO[table]]
    )


_ONCE_NOTE = "only the receipt, once / chỉ ghi việc nhận, một lần"


def _sqlite_ddl(table: str, present: set[str]) -> list[str]:
    if table in SET_ONCE:
        raise_ = f"BEGIN SELECT RAISE(ABORT, '{MESSAGE} ({table}: {_ONCE_NOTE})'); END"
        return [
            f"CREATE TRIGGER IF NOT EXISTS {table}_append_only_update BEFORE UPDATE ON {table} "
            f"WHEN NOT ({_lawful(table, 'IS', present)}) {raise_}",
            f"CREATE TRIGGER IF NOT EXISTS {table}_append_only_delete BEFORE DELETE ON {table} "
            f"{raise_}",
        ]
    return [
        f"CREATE TRIGGER IF NOT EXISTS {table}_append_only_{op.lower()} BEFORE {op} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE} ({table})'); END"
        for op in ("UPDATE", "DELETE")
    ]


_POSTGRES_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {_PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '{MESSAGE} (% on %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END
$$
"""


def _postgres_ddl(table: str, present: set[str]) -> list[str]:
    function = _PG_FUNCTION
    statements = []
    if table in SET_ONCE:
        function = f"refuse_{table}_change"
        statements.append(f"""
CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND {_lawful(table, "IS NOT DISTINCT FROM", present)} THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '{MESSAGE} (% on %: {_ONCE_NOTE})', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END
$$
""")
    return [
        *statements,
        f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}",
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {function}()",
        f"DROP TRIGGER IF EXISTS {table}_append_only_truncate ON {table}",
        f"CREATE TRIGGER {table}_append_only_truncate BEFORE TRUNCATE ON {table} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {_PG_FUNCTION}()",
    ]


def _columns(conn: Connection, table: str) -> set[str]:
    return {column["name"] for column in inspect(conn).get_columns(table)}


def create_guards(conn: Connection, tables: tuple[str, ...] = APPEND_ONLY_TABLES) -> None:
    """Create the triggers (again): UPDATE and DELETE refused on every table of ``tables``
    (a migration names the tables that existed when it was written)."""
    present = {t: _columns(conn, t) for t in tables if t in SET_ONCE}
    if conn.dialect.name == "sqlite":
        statements = [s for t in tables for s in _sqlite_ddl(t, present.get(t, set()))]
    else:
        triggers = (s for t in tables for s in _postgres_ddl(t, present.get(t, set())))
        statements = [_POSTGRES_FUNCTION, *triggers]
    for statement in statements:
        conn.execute(text(statement))


def drop_guards(
    conn: Connection, tables: tuple[str, ...] = APPEND_ONLY_TABLES, *, keep_function: bool = False
) -> None:
    """Remove the triggers (a migration's downgrade; tests that tamper as an owner would)."""
    for table in tables:
        if conn.dialect.name == "sqlite":
            for op in ("update", "delete"):
                conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_append_only_{op}"))
        else:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}"))
            conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_append_only_truncate ON {table}"))
            if table in SET_ONCE:  # its own function, used by no other table
                conn.execute(text(f"DROP FUNCTION IF EXISTS refuse_{table}_change()"))
    if conn.dialect.name != "sqlite" and not keep_function:
        conn.execute(text(f"DROP FUNCTION IF EXISTS {_PG_FUNCTION}()"))


def guard_names(conn: Connection) -> set[str]:
    """The append-only triggers present in the database."""
    if conn.dialect.name == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    else:
        query = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    names = (str(name) for name in conn.execute(text(query)).scalars())
    return {name for name in names if "append_only" in name}
