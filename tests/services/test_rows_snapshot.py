"""The snapshot behind every "nothing was written" check (tests/services/rows.py) sees one
changed cell in any table: bytes, a NULL filled in, a timestamp moved by a microsecond, a
number, a text, a row of a table keyed by two columns, a row added or taken away."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import text

from tests.records import add_photo, jpeg
from tests.services.rows import snapshot, tamper
from tests.world import World


def _changed(value: Any) -> Any:
    """``value`` with the least change its type allows."""
    if isinstance(value, bytes):
        return value[:-1] + bytes([value[-1] ^ 1])
    if isinstance(value, datetime):
        return value + timedelta(microseconds=1)
    if isinstance(value, str):  # SQLite keeps a timestamp as text: its last digit moved
        return value[:-1] + ("1" if value[-1:] != "1" else "2")
    if isinstance(value, int | Decimal):
        return value + 1
    assert value is None, value
    return 7


def _cell(world: World, table: str, column: str, where: str) -> Any:
    with world.services.db.engine.connect() as conn:
        return conn.execute(text(f'SELECT "{column}" FROM "{table}" WHERE {where}')).scalar_one()


def _set(world: World, table: str, column: str, where: str, value: Any) -> None:
    sql = f'UPDATE "{table}" SET "{column}" = :value WHERE {where}'
    assert tamper(world.services, sql, value=value) == 1


def test_one_changed_cell_in_any_table_changes_the_snapshot(world: World) -> None:
    item = world.receive("Két sắt")
    photo = add_photo(world.services, item.id, jpeg())
    assert _cell(world, "item", "estimated_value", f"id = {item.id}") is None
    cells = [
        ("attachment", "content", f"id = {photo}"),  # bytes
        ("item", "estimated_value", f"id = {item.id}"),  # NULL, then a number
        ("item", "received_at", f"id = {item.id}"),  # a timestamp, one microsecond
        ("custody_event", "occurred_at", f"item_id = {item.id} AND seq = 1"),  # append-only
        ("item", "name", f"id = {item.id}"),  # text
        ("item", "version", f"id = {item.id}"),  # a number
        ("number_sequence", "last_value", "name = 'item:VC'"),  # a two-column key
    ]
    original = snapshot(world.services)
    for table, column, where in cells:
        value = _cell(world, table, column, where)
        _set(world, table, column, where, _changed(value))
        changed = snapshot(world.services)
        assert {t for t in changed if changed[t] != original[t]} == {table}, (table, column)
        _set(world, table, column, where, value)
        assert snapshot(world.services) == original, (table, column)


def test_a_row_added_or_taken_away_changes_the_snapshot(world: World) -> None:
    original = snapshot(world.services)
    sql = """INSERT INTO setting ("key", "value") VALUES ('snapshot-test', '')"""
    assert tamper(world.services, sql) == 1
    added = snapshot(world.services)
    assert {t for t in added if added[t] != original[t]} == {"setting"}
    assert tamper(world.services, """DELETE FROM setting WHERE "key" = 'snapshot-test'""") == 1
    assert snapshot(world.services) == original
