"""A scratch PostgreSQL database beside the live one, for checking a restore's candidate."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from evidence_app.domain.errors import ValidationError


@contextmanager
def scratch_database(live: URL, purpose: str) -> Iterator[URL]:
    """An empty database on ``live``'s server, dropped when the block ends (the role needs
    CREATEDB; a restore with ``pg_restore --clean`` needs the owner's rights anyway)."""
    name = f"{live.database or 'evidence'}"[:30] + f"_{purpose}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(live, isolation_level="AUTOCOMMIT")
    try:
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        except Exception as exc:  # any refusal (no CREATEDB right, server gone) says why
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ValidationError("restore.no_scratch", reason=reason) from exc
        try:
            yield live.set(database=name)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
