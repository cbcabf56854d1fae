"""`verify` checks documents after the chains; `documents --export` writes the stored PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from db.engine import resolve_url
from db.models import Item
from evidence_app.cli import run_cli
from evidence_app.domain.enums import DocumentKind
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.documents import DocumentView, document_view, issue_document
from tests.cli.test_cli import run
from tests.documents import samples
from tests.services.rows import guards_lifted
from tests.test_files import OLD, full_disk_after
from tests.world import World


@pytest.fixture
def issued(world: World, db_url: str) -> tuple[str, list[DocumentView]]:
    """Two items, handover minutes and a stock card for them."""
    ids = [world.receive("Xe máy Honda Wave").id, world.receive("Điện thoại Samsung").id]
    views = []
    with unit_of_work(world.services.db) as session:
        items = session.scalars(select(Item).where(Item.id.in_(ids))).all()
        for kind, content in (
            (DocumentKind.HANDOVER_MINUTES, samples.minutes()),
            (DocumentKind.STOCK_CARD, samples.card()),
        ):
            doc = issue_document(session, None, kind, content, case_id=None, items=items)
            views.append(document_view(doc))
    return db_url, views


def _execute(url: str, sql: str) -> None:
    """Change stored documents as their owner could: the append-only triggers lifted first."""
    engine = create_engine(resolve_url(url))
    with engine.begin() as conn, guards_lifted(conn):
        conn.execute(text(sql))
    engine.dispose()


def test_verify_reports_documents_intact(issued) -> None:
    url, _ = issued
    result = run("verify", "--db", url)
    assert result.returncode == 0, result.stderr
    assert "Đã đối chiếu 2 văn bản" in result.stdout


def test_verify_names_the_tampered_document(issued) -> None:
    url, views = issued
    _execute(url, f"UPDATE document SET content = content || ' ' WHERE id = {views[1].id}")
    result = run("verify", "--db", url, "--lang", "en")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "1/TK-THADS" in lines[0] and "content was changed" in lines[0]


def test_verify_names_a_document_whose_printed_head_is_gone(issued) -> None:
    url, views = issued
    code, head = views[0].chain_heads[0]
    _execute(url, f"UPDATE document SET chain_heads = replace(chain_heads, '{head}', '{'f' * 64}')")
    result = run("verify", "--db", url)
    assert result.returncode == 1
    assert "1/BB-THADS" in result.stderr and code in result.stderr
    assert "không còn trong chuỗi" in result.stderr


def test_verify_names_a_document_whose_item_is_gone(issued) -> None:
    url, _ = issued
    _execute(url, "UPDATE document SET chain_heads = replace(chain_heads, '\"VC-', '\"XX-')")
    result = run("verify", "--db", url)
    assert result.returncode == 1
    assert "1/BB-THADS" in result.stderr and "không còn trong cơ sở dữ liệu" in result.stderr


def test_documents_export_writes_pdfs_of_a_kind(issued, tmp_path: Path) -> None:
    url, _ = issued
    every = run("documents", "--db", url, "--export", str(tmp_path / "all"))
    assert every.returncode == 0, every.stderr
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == [
        "2026-BB-THADS-0001.pdf",
        "2026-TK-THADS-0001.pdf",
    ]
    cards = run("documents", "--db", url, "--export", str(tmp_path / "c"), "--kind", "stock_card")
    assert cards.returncode == 0 and "1" in cards.stdout
    assert [p.name for p in (tmp_path / "c").iterdir()] == ["2026-TK-THADS-0001.pdf"]
    assert (tmp_path / "c" / "2026-TK-THADS-0001.pdf").read_bytes().startswith(b"%PDF")


def test_documents_export_refuses_an_unknown_kind_in_one_line(issued, tmp_path: Path) -> None:
    url, _ = issued
    result = run("documents", "--db", url, "--export", str(tmp_path), "--kind", "receipt")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


def test_documents_export_to_an_unwritable_place_is_one_line(issued, tmp_path: Path) -> None:
    url, _ = issued
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("documents", "--db", url, "--export", str(blocker / "sub"))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_a_full_disk_keeps_a_pdf_already_exported_and_leaves_no_part(
    issued, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url, views = issued
    folder = tmp_path / "xuat"
    folder.mkdir()
    earlier = folder / views[0].file_name
    earlier.write_bytes(OLD)
    with monkeypatch.context() as patched:
        full_disk_after(patched, 100)
        assert run_cli(["documents", "--db", url, "--export", str(folder)]) == 1
    assert capsys.readouterr().err.strip() == (f"Không ghi được vào thư mục {folder}: ổ đĩa đã đầy")
    assert earlier.read_bytes() == OLD and list(folder.iterdir()) == [earlier]
