"""An item's status, warehouse and location change only with a custody event.

Every service that moves an item, or changes its status, appends an event in the same
transaction, and appending moves the item's ``event_count`` forward in the same UPDATE. A
trigger on both databases refuses an UPDATE that changes the status, warehouse or location
without moving ``event_count`` forward, so plain SQL with the application's own password
cannot quietly mark an item destroyed or put it on another shelf; whoever bumps the count too
leaves a chain that no longer reaches the item's head, which ``verify`` names.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

MESSAGE = (
    "trạng thái, kho, vị trí của vật chứng chỉ đổi cùng một sự kiện giám sát / "
    "the status, warehouse or location of an item changes only with a custody event"
)
TRIGGER = "item_state_needs_event"
_PG_FUNCTION = "refuse_item_state_without_event"

_SQLITE = f"""
CREATE TRIGGER IF NOT EXISTS {TRIGGER} BEFORE UPDATE OF status, warehouse_id, location_id
ON item
WHEN (NEW.status IS NOT OLD.status OR NEW.warehouse_id IS NOT OLD.warehouse_id
      OR NEW.location_id IS NOT OLD.location_id)
     AND NEW.event_count <= OLD.event_count
BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END
"""

_POSTGRES = [
    f"""
CREATE OR REPLACE FUNCTION {_PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.status IS DISTINCT FROM OLD.status
        OR NEW.warehouse_id IS DISTINCT FROM OLD.warehouse_id
        OR NEW.location_id IS DISTINCT FROM OLD.location_id)
       AND NEW.event_count <= OLD.event_count THEN
        RAISE EXCEPTION '{MESSAGE} (item %)', OLD.id USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END
$$
""",
    f"DROP TRIGGER IF EXISTS {TRIGGER} ON item",
    f"CREATE TRIGGER {TRIGGER} BEFORE UPDATE ON item FOR EACH ROW "
    f"EXECUTE FUNCTION {_PG_FUNCTION}()",
]


def create_item_guard(conn: Connection) -> None:
    statements = [_SQLITE] if conn.dialect.name == "sqlite" else _POSTGRES
    for statement in statements:
        conn.execute(text(statement))


def drop_item_guard(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"DROP TRIGGER IF EXISTS {TRIGGER}"))
    else:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {TRIGGER} ON item"))
        conn.execute(text(f"DROP FUNCTION IF EXISTS {_PG_FUNCTION}()"))
