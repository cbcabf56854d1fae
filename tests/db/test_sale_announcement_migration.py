"""Migration 0034 makes the announcement of a sale without auction its own step (Decree
152/2026 Art 64.2) and carries the announcements recorded with earlier sales over, on both
databases: the ground and the time of sale are the sale's, the day posted is that of the
numbered notice issued with it; a lot not sold keeps none."""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import text

from db.engine import Database
from db.migrate import alembic_config
from evidence_app.domain.enums import SaleMethod
from evidence_app.services.auctions import Buyer
from tests.services.auctions.steps import announce, valued_lot
from tests.world import World


def _migrate(db: Database, how: str, to: str) -> None:
    """On SQLite the downgrade rebuilds ``auction_lot`` (batch mode), which the rows that
    refer to it would stop: foreign keys are off for the migration, as SQLite's ALTER TABLE
    procedure says, and on again after it."""
    config = alembic_config()
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # outside any transaction, where the pragma takes effect
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        with conn.begin():
            config.attributes["connection"] = conn
            getattr(command, how)(config, to)
        if sqlite:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def _announcements(db: Database) -> dict[int, tuple[object, ...]]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, sale_announced_on, announced_method, announced_sale_on "
                "FROM auction_lot ORDER BY id"
            )
        )
        return {
            lot_id: tuple(d if d is None or (isinstance(d, str) and not d[:1].isdigit())
                          else date.fromisoformat(str(d)) for d in rest)
            for lot_id, *rest in rows
        }  # fmt: skip


def test_the_announcements_of_earlier_sales_are_carried_over(world: World) -> None:
    auctions = world.services.auctions
    sold = valued_lot(world, 10_000_000)  # the clock at Monday 09/11/2026
    announce(world, sold.id)  # Friday 06/11 for Monday 09/11
    auctions.sell_without_auction(
        world.officer, sold.id, SaleMethod.LOW_VALUE, Buyer("Trần Văn Hùng"), 10_000_000,
        date(2026, 11, 9),
    )  # fmt: skip
    waiting = valued_lot(world, 10_000_000)
    announce(world, waiting.id)  # announced, not sold: nothing an earlier sale recorded
    db = world.services.db
    recorded = _announcements(db)
    assert recorded[sold.id] == (date(2026, 11, 6), "low_value", date(2026, 11, 9))
    try:
        _migrate(db, "downgrade", "0033")
        _migrate(db, "upgrade", "0034")
        carried = _announcements(db)
    finally:  # the database is shared with the tests after this one: back to the head
        _migrate(db, "upgrade", "head")
    assert carried[sold.id] == recorded[sold.id]
    assert carried[waiting.id] == (None, None, None)
    assert auctions.get(world.officer, sold.id).sale_announced_on == date(2026, 11, 6)
