"""Migration 0021 carries an agency's single typed minimum wage over to its region
(Decree 293/2025/NĐ-CP Art 3.1) on both databases; any other figure stays an override."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from db.engine import Database
from db.migrate import alembic_config


def _settings(db: Database) -> dict[str, str]:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT key, value FROM setting WHERE key LIKE 'rule.region.%'"))
        return {k: v for k, v in rows}


def _migrate(db: Database, how: str, to: str) -> None:
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        getattr(command, how)(config, to)


@pytest.mark.parametrize(
    ("typed", "after"),
    [
        ("4140000", {"rule.region.minimum_wage_vnd": "", "rule.region.zone": "3"}),
        ("3700000", {"rule.region.minimum_wage_vnd": "", "rule.region.zone": "4"}),
        ("6000000", {"rule.region.minimum_wage_vnd": "6000000"}),
        ("", {"rule.region.minimum_wage_vnd": ""}),
    ],
)
def test_a_typed_regional_figure_becomes_the_agency_region(
    db_url: str, typed: str, after: dict[str, str]
) -> None:
    db = Database.open(db_url)
    try:
        _migrate(db, "downgrade", "0019")
        with db.engine.begin() as conn:
            conn.execute(text("DELETE FROM setting WHERE key LIKE 'rule.region.%'"))
            conn.execute(
                text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
                {"k": "rule.region.minimum_wage_vnd", "v": typed},
            )
        _migrate(db, "upgrade", "0021")
        assert _settings(db) == after
        _migrate(db, "downgrade", "0019")
        assert _settings(db)["rule.region.minimum_wage_vnd"] == (
            "" if typed in ("", "5310000") else typed
        )
        _migrate(db, "upgrade", "head")
    finally:
        db.dispose()
