"""The mark a demo database carries, so tools that write made-up data (the benchmark) can
tell it from an agency's real record."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from db.engine import Database
from db.models import Setting
from evidence_app.services.core.uow import unit_of_work

DEMO_MARK = "demo.built"


def mark_demo(db: Database, items: int, seed: int) -> None:
    """Written by ``build_demo`` before any data, so even a demo that failed half-way is one."""
    built = datetime.now(UTC).isoformat(timespec="seconds")
    value = json.dumps({"items": items, "seed": seed, "built": built})
    with unit_of_work(db, "noun.setting", DEMO_MARK) as session:
        session.merge(Setting(key=DEMO_MARK, value=value))


def is_demo(db: Database) -> bool:
    """Whether the demo command made this database (a restore of a real backup unmarks it)."""
    with unit_of_work(db, read_only=True) as session:
        return session.get(Setting, DEMO_MARK) is not None
