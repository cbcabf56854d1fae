"""A transfer holds the items its handover paper lists, and no more.

``unit_transfer.item_count`` is written with the transfer and never changes (its UPDATE
guard, db/append_only.py, keeps every column but the receipt's). A trigger on both databases
refuses an item row beyond that count, so plain SQL cannot slip an item into a transfer on
its way and have the receiving keeper's receipt move it to another unit (issue 21; Decree
152/2026 Art 37.2: what is handed over is what the minutes list). On PostgreSQL the
transfer's row is locked first, so two inserts at once cannot both pass the count.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

MESSAGE = (
    "lượt chuyển giao chỉ gồm các vật chứng ghi trong biên bản giao / "
    "a transfer holds only the items on its handover paper"
)
TRIGGER = "unit_transfer_item_listed"
_PG_FUNCTION = "refuse_unlisted_transfer_item"
_FULL = """(SELECT count(*) FROM unit_transfer_item WHERE transfer_id = NEW.transfer_id)
     >= coalesce((SELECT item_count FROM unit_transfer WHERE id = NEW.transfer_id), 0)"""

_SQLITE = f"""
CREATE TRIGGER IF NOT EXISTS {TRIGGER} BEFORE INSERT ON unit_transfer_item
WHEN {_FULL}
BEGIN SELECT RAISE(ABORT, '{MESSAGE} (unit_transfer_item)'); END
"""

_POSTGRES = [
    f"""
CREATE OR REPLACE FUNCTION {_PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM unit_transfer WHERE id = NEW.transfer_id FOR UPDATE;
    IF {_FULL} THEN
        RAISE EXCEPTION '{MESSAGE} (unit_transfer_item, transfer %)', NEW.transfer_id
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END
$$
""",
    f"DROP TRIGGER IF EXISTS {TRIGGER} ON unit_transfer_item",
    f"CREATE TRIGGER {TRIGGER} BEFORE INSERT ON unit_transfer_item FOR EACH ROW "
    f"EXECUTE FUNCTION {_PG_FUNCTION}()",
]


def create_transfer_guard(conn: Connection) -> None:
    statements = [_SQLITE] if conn.dialect.name == "sqlite" else _POSTGRES
    for statement in statements:
        conn.execute(text(statement))


def drop_transfer_guard(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"DROP TRIGGER IF EXISTS {TRIGGER}"))
    else:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {TRIGGER} ON unit_transfer_item"))
        conn.execute(text(f"DROP FUNCTION IF EXISTS {_PG_FUNCTION}()"))
