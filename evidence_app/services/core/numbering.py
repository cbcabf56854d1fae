"""Per-name, per-year counters (item codes, document numbers) safe under concurrent writers."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from db.models import NumberSequence
from evidence_app.domain.enums import DocumentKind
from evidence_app.domain.errors import ValidationError

#: The widest number any printed code holds (item serials, document numbers: nine digits).
MAX_VALUE = 999_999_999


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
    if int(value) > MAX_VALUE:
        # Refused before any code is printed; the transaction's rollback undoes the increment.
        raise _exhausted(name, year)
    return int(value)


def _exhausted(name: str, year: int) -> ValidationError:
    """The user's words for a used-up sequence: the item prefix or the document kind."""
    family, _, rest = name.partition(":")
    if family == "item":
        return ValidationError("code.exhausted", prefix=rest, year=year, limit=MAX_VALUE)
    rest = rest.partition(":")[0]  # ``doc:<kind>:<unit code>``: a regional office's papers
    shown: object = DocumentKind(rest) if rest in set(DocumentKind) else rest
    return ValidationError("sequence.exhausted", name=shown, year=year, limit=MAX_VALUE)
