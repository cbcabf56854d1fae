"""Per-name, per-year counters (item codes, document numbers) safe under concurrent writers."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from db.models import NumberSequence


def next_number(session: Session, name: str, year: int, count: int = 1) -> int:
    """Take the next number (or ``count`` numbers: the last is returned); the row lock held
    until commit keeps numbers unique and gapless."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(
        insert(NumberSequence)
        .values(name=name, year=year, last_value=0)
        .on_conflict_do_nothing(index_elements=["name", "year"])
    )
    value = session.execute(
        update(NumberSequence)
        .where(NumberSequence.name == name, NumberSequence.year == year)
        .values(last_value=NumberSequence.last_value + count)
        .returning(NumberSequence.last_value)
    ).scalar_one()
    return int(value)
