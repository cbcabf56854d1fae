"""A stocktake completed takes a signed checkpoint of every chain head and its minutes print it
(issue 16), on both databases; a key that cannot sign leaves the stocktake open, nothing
written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from db.models import ChainCheckpoint
from evidence_app.domain.checkpoint import grouped_root
from evidence_app.domain.clock import agency_time
from evidence_app.domain.enums import Role, StocktakeKind, StocktakeStatus
from evidence_app.domain.errors import ValidationError
from evidence_app.services.core.checkpoint import check_checkpoint, latest_checkpoint
from evidence_app.services.core.checkpoint_key import KEY_ENV, public_bytes
from evidence_app.services.stocktakes import Signers
from tests.documents.pdf_pages import page_images, page_texts
from tests.services.rows import snapshot
from tests.world import World

SIGNERS = Signers("Lê Thị Kho", "Trần Văn Toán", "Nguyễn Văn Trưởng")
KEY = Ed25519PrivateKey.generate()


def _open_stocktake(world: World) -> int:
    s = world.services
    items = [world.receive(f"Điện thoại {n}") for n in range(3)]
    take = s.stocktakes.start(world.keeper, world.warehouse.id, StocktakeKind.QUARTERLY)
    for item in items[:2]:
        s.stocktakes.scan(world.keeper, take.id, item.code, world.shelf_a.id)
    return take.id


def test_a_completed_stocktake_has_a_stocktake_checkpoint_whose_root_its_minutes_print(
    world: World, tmp_path: Path
) -> None:
    s = world.services
    s.stocktakes.signing_key = lambda: KEY
    take_id = _open_stocktake(world)
    done = s.stocktakes.finish(world.keeper, take_id, SIGNERS)
    assert done.status is StocktakeStatus.FINISHED
    with s.db.engine.connect() as conn:
        rows = conn.execute(select(ChainCheckpoint)).all()
    assert [(r.reason, r.actor_id, r.public_key) for r in rows] == [
        ("stocktake", world.keeper.user_id, public_bytes(KEY).hex())
    ]
    row = rows[0]
    pdf = s.documents.pdf(world.keeper, done.minutes_document_id or 0)
    text = " ".join(page_texts(pdf))
    at = agency_time(row.taken_at)
    assert grouped_root(row.root) in text
    assert f"điểm chốt số {row.id}, lúc {at:%H:%M} ngày {at:%d/%m/%Y}" in text
    page_images(pdf, dpi=110)[0].save(tmp_path / "minutes.png")
    # The head's file (the latest checkpoint) is that one, and today's chains extend it.
    file = latest_checkpoint(s.db, world.actors[Role.INSPECTOR])
    assert file is not None and (file.id, file.root, file.reason) == (row.id, row.root, "stocktake")
    assert check_checkpoint(s.db, world.actors[Role.INSPECTOR], file, public_bytes(KEY)).ok


@pytest.mark.parametrize("content", [b"not a key", b""])
def test_an_unusable_key_leaves_the_stocktake_open_and_nothing_written(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    s = world.services
    take_id = _open_stocktake(world)
    broken = tmp_path / "broken.pem"
    broken.write_bytes(content)
    monkeypatch.setenv(KEY_ENV, str(broken))
    before = snapshot(s)
    with pytest.raises(ValidationError) as refused:
        s.stocktakes.finish(world.keeper, take_id, SIGNERS)
    assert refused.value.key == "checkpoint.key_invalid"
    assert str(broken) in refused.value.message("vi")
    assert "not a valid Ed25519 signing key" in refused.value.message("en")
    assert snapshot(s) == before
    assert s.stocktakes.get(world.keeper, take_id).status is StocktakeStatus.OPEN
    assert broken.read_bytes() == content  # an unusable key is never replaced


def test_a_failure_after_the_checkpoint_takes_the_checkpoint_back_with_it(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The checkpoint is written first in the completion's transaction: minutes that fail to
    be issued leave no checkpoint claiming the stocktake, and the stocktake open."""
    from evidence_app.services.stocktakes import service

    s = world.services
    s.stocktakes.signing_key = lambda: KEY
    take_id = _open_stocktake(world)
    before = snapshot(s)

    def failing(*_args: object, **_kwargs: object) -> None:
        raise ValidationError("stocktake.not_open", ref=take_id)

    monkeypatch.setattr(service, "issue_minutes", failing)
    with pytest.raises(ValidationError):
        s.stocktakes.finish(world.keeper, take_id, SIGNERS)
    assert snapshot(s) == before
    assert s.stocktakes.get(world.keeper, take_id).status is StocktakeStatus.OPEN


def test_the_key_is_made_on_first_use_where_the_cli_would_make_it(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "keys" / "checkpoint-key.pem"
    monkeypatch.setenv(KEY_ENV, str(path))
    take_id = _open_stocktake(world)
    world.services.stocktakes.finish(world.keeper, take_id, SIGNERS)
    assert path.is_file() and (os.stat(path).st_mode & 0o777) == 0o600
