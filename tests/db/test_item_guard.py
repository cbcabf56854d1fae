"""An item's status, warehouse or location cannot change through SQL without a custody event,
on SQLite and PostgreSQL (db/item_guard.py, migration 0012; issue 17)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from db.item_guard import MESSAGE
from evidence_app.services.core.verify import verify_chains
from tests.services.rows import execute, snapshot
from tests.world import World


@pytest.mark.parametrize(
    "assignment",
    [
        pytest.param("status = 'destroyed'", id="destroyed"),
        pytest.param("status = 'released'", id="released"),
        pytest.param("location_id = NULL", id="off-the-shelf"),
        pytest.param("warehouse_id = NULL, location_id = NULL", id="out-of-the-warehouse"),
    ],
)
def test_plain_sql_cannot_change_where_an_item_is_or_what_became_of_it(
    world: World, assignment: str
) -> None:
    item = world.receive("Xe máy Honda Wave")
    before = snapshot(world.services)
    with pytest.raises(DBAPIError) as refused, world.services.db.engine.begin() as conn:
        conn.execute(text(f"UPDATE item SET {assignment} WHERE id = :i"), {"i": item.id})
    assert MESSAGE in str(refused.value)
    assert snapshot(world.services) == before


def test_other_fields_change_and_a_forged_count_is_named_by_verify(world: World) -> None:
    """The guard is about the item's state only; and whoever bumps the event count to pass it
    leaves a chain that no longer reaches the item's head."""
    item = world.receive("Xe máy Honda Wave")
    assert execute(world.services, "UPDATE item SET name = 'Xe máy' WHERE id = :i", i=item.id)
    execute(
        world.services,
        "UPDATE item SET status = 'destroyed', event_count = event_count + 1 WHERE id = :i",
        i=item.id,
    )
    report = verify_chains(world.services.db, world.admin)
    assert report.first_break is not None and report.first_break.item_id == item.id
    assert report.first_break.reason == "verify.head_mismatch"
