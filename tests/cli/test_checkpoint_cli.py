"""``checkpoint`` and ``verify --checkpoint`` as the head runs them (issue 16): a chain
rewritten with recomputed hashes after the checkpoint is named and verify exits 1."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select, text

from db.engine import resolve_url
from evidence_app.domain.chain import GENESIS_HASH, event_content, event_hash
from evidence_app.services.core.verify import EVENT_COLUMNS
from tests.cli.test_cli import run
from tests.services.rows import guards_lifted

#: The demo every test with ``demo_url`` gets a copy of (``conftest.py``).
DEMO_ARGS = ("--items", "120", "--seed", "3", "--password", "x-2026-kho")


def _value(member: Any) -> Any:
    return getattr(member, "value", member)


def _rewrite_whole_chain(url: str) -> str:
    """As someone with the database password but no key: the first event of the item with
    the longest chain gets another note, every hash after it and the head are recomputed.
    Returns the item's code."""
    engine = create_engine(resolve_url(url))
    columns = {c.name: c for c in EVENT_COLUMNS}
    with engine.begin() as conn, guards_lifted(conn):
        item_id, code = conn.execute(
            text("SELECT id, code FROM item ORDER BY event_count DESC, id LIMIT 1")
        ).one()
        query = select(*EVENT_COLUMNS).where(columns["item_id"] == item_id)
        prev = GENESIS_HASH
        for row in conn.execute(query.order_by(columns["seq"])).all():
            note = "viết lại" if row.seq == 1 else row.note
            content = event_content(
                item_id=row.item_id, seq=row.seq, kind=_value(row.kind),
                occurred_at=row.occurred_at, actor_id=row.actor_id,
                counterpart=row.counterpart, from_location_id=row.from_location_id,
                to_location_id=row.to_location_id, status_before=_value(row.status_before),
                status_after=_value(row.status_after), document_id=row.document_id, note=note,
                data=json.loads(row.data) if row.data else None,
            )  # fmt: skip
            digest = event_hash(prev, content)
            conn.execute(
                text("UPDATE custody_event SET note = :n, prev_hash = :p, hash = :h WHERE id = :i"),
                {"n": note, "p": prev, "h": digest, "i": row.id},
            )
            prev = digest
        conn.execute(
            text("UPDATE item SET chain_head = :h WHERE id = :i"), {"h": prev, "i": item_id}
        )
    engine.dispose()
    return str(code)


def test_a_chain_rewritten_after_the_checkpoint_is_named_and_verify_fails(
    demo_url: str, tmp_path: Path
) -> None:
    key, file = tmp_path / "keys" / "head.pem", tmp_path / "checkpoint.json"
    taken = run("checkpoint", "--db", demo_url, "--key", str(key), "--out", str(file))
    assert taken.returncode == 0, taken.stderr
    assert "120 vật chứng" in taken.stdout and "Đã tạo khóa ký mới" in taken.stderr
    # The moment as the agency's clock shows it, not the signed ISO text.
    assert re.search(r"lúc \d\d:\d\d \d\d/\d\d/20\d\d:", taken.stdout), taken.stdout
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    assert os.path.getsize(file) < 600
    result = run("verify", "--db", demo_url, "--checkpoint", str(file), "--key", str(key))
    assert result.returncode == 0, result.stderr
    assert "chữ ký hợp lệ; cả 120 chuỗi vật chứng" in result.stdout

    code = _rewrite_whole_chain(demo_url)
    plain = run("verify", "--db", demo_url)
    # Every link is consistent: the chain walk alone is blind (a printed document may not be).
    assert "Toàn vẹn: đã kiểm tra 120 vật chứng" in plain.stdout, plain.stderr
    result = run("verify", "--db", demo_url, "--lang", "en", "--checkpoint", str(file))
    assert result.returncode == 1
    # The demo's completed stocktakes took checkpoints of their own before this one.
    number = json.loads(file.read_text(encoding="utf-8"))["id"]
    assert f"1 item chains were rewritten after checkpoint {number} " in result.stderr
    assert code in result.stderr


def test_an_edited_checkpoint_file_is_refused(demo_url: str, tmp_path: Path) -> None:
    key, file = tmp_path / "head.pem", tmp_path / "checkpoint.json"
    assert (
        run("checkpoint", "--db", demo_url, "--key", str(key), "--out", str(file)).returncode == 0
    )
    body = json.loads(file.read_text(encoding="utf-8"))
    body["root"] = "0" * 64
    file.write_text(json.dumps(body), encoding="utf-8")
    result = run("verify", "--db", demo_url, "--checkpoint", str(file))
    assert result.returncode == 1
    assert "Chữ ký của tệp điểm chốt không hợp lệ" in result.stderr
    file.write_text("{}", encoding="utf-8")
    result = run("verify", "--db", demo_url, "--checkpoint", str(file))
    assert result.returncode == 1 and "không phải tệp điểm chốt chuỗi hợp lệ" in result.stderr


def test_checkpoint_daily_takes_one_per_agency_day_and_exits_0_either_way(
    demo_url: str, tmp_path: Path
) -> None:
    """The scheduled task: the first run takes it (no file needed), the second finds it."""
    key = tmp_path / "head.pem"
    first = run("checkpoint", "--db", demo_url, "--key", str(key), "--daily")
    assert first.returncode == 0, first.stderr
    assert re.search(r"Đã chốt chuỗi số \d+ lúc \d\d:\d\d \d\d/\d\d/\d{4}", first.stdout)
    second = run("checkpoint", "--db", demo_url, "--key", str(key), "--daily", "--lang", "en")
    assert second.returncode == 0, second.stderr
    assert "already has its daily checkpoint; none taken" in second.stdout
    engine = create_engine(resolve_url(demo_url))
    with engine.connect() as conn:
        reasons = conn.execute(text("SELECT reason FROM chain_checkpoint")).scalars().all()
    engine.dispose()
    assert reasons.count("daily") == 1
    assert "--daily" in run("checkpoint", "--help").stdout
    missing = run("checkpoint", "--db", demo_url, "--key", str(key))
    assert missing.returncode != 0 and "Cần chỉ ra tệp điểm chốt (--out)" in missing.stderr
