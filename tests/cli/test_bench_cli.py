"""``main.py bench`` writes made-up work (a 200-item handover with its case and numbered
documents, moves on PostgreSQL): it refuses any database the demo command did not make."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from db.engine import resolve_url
from evidence_app.services.demo import DEMO_MARK
from tests.cli.test_cli import run
from tests.services.rows import snapshot
from tests.world import World


def test_bench_refuses_a_real_database_and_changes_nothing(world: World, db_url: str) -> None:
    world.receive()
    before = snapshot(world.services)
    refused = run("bench", "--db", db_url, "--no-ui", "--samples", "10")
    assert refused.returncode == 1 and refused.stdout == ""
    assert len(refused.stderr.strip().splitlines()) == 1, refused.stderr
    assert "không phải cơ sở dữ liệu mẫu" in refused.stderr and "main.py demo" in refused.stderr
    english = run("bench", "--db", db_url, "--no-ui", "--lang", "en")
    assert english.returncode == 1
    assert "not a demo database" in english.stderr and "200-item handover" in english.stderr
    assert snapshot(world.services) == before


def test_the_demo_command_marks_its_database(db_url: str) -> None:
    built = run("demo", "--db", db_url, "--items", "20", "--password", "demo-kho-2026")
    assert built.returncode == 0, built.stderr
    engine = create_engine(resolve_url(db_url))
    with engine.connect() as conn:
        query = text("SELECT value FROM setting WHERE key = :key")
        mark = conn.execute(query, {"key": DEMO_MARK}).scalar_one()
    engine.dispose()
    assert '"items": 20' in mark
