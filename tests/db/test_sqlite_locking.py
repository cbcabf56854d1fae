"""On SQLite, look-ups and verify read while another process holds the write lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from evidence_app.services.core.auth import SYSTEM
from evidence_app.services.core.verify import verify_chains
from evidence_app.services.facade import Services
from tests.world import build_world


def test_reads_proceed_while_a_writer_holds_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "evidence.db"
    services = Services.open(f"sqlite:///{path}")
    world = build_world(services)
    item = world.receive()
    writer = sqlite3.connect(path, isolation_level=None, timeout=0.1)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE item SET name = 'đang sửa' WHERE id = ?", (item.id,))
    try:
        assert services.items.by_code(world.keeper, item.code).name == item.name
        assert [h.code for h in services.search.search(world.keeper, "xe may")] == [item.code]
        assert verify_chains(services.db, SYSTEM).intact
    finally:
        writer.execute("ROLLBACK")
        writer.close()
        services.close()
