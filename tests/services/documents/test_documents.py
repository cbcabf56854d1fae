"""Documents issued inside a transaction: numbered, stored with bytes and hashes, checked.

Tampering is done with plain SQL, as anyone holding the database could; ``check`` and
``check_all`` must say what no longer matches the paper.
"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Document, Item
from evidence_app.documents.content import Content
from evidence_app.domain.codes import CodeKind
from evidence_app.domain.enums import DocumentKind, Role
from evidence_app.domain.errors import PermissionDeniedError, UnknownCodeError
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.documents import DocumentView, document_view, issue_document
from evidence_app.services.documents.check import heads_digest
from tests.documents import samples
from tests.services.rows import tamper
from tests.world import World


def _issue(world: World, kind: DocumentKind, content: Content, item_ids: list[int]) -> DocumentView:
    with unit_of_work(world.services.db) as session:
        items = session.scalars(select(Item).where(Item.id.in_(item_ids))).all()
        doc = issue_document(
            session, world.keeper.user_id, kind, content, case_id=world.case.id, items=items
        )
        return document_view(doc)


def _on(content: Content, day: date) -> Content:
    header = dataclasses.replace(content.header, issued_on=day, number="")
    return dataclasses.replace(content, header=header)


@pytest.fixture
def issued(world: World) -> tuple[World, DocumentView, list[int]]:
    ids = [world.receive("Xe máy Honda Wave").id, world.receive("Điện thoại Samsung").id]
    return world, _issue(world, DocumentKind.HANDOVER_MINUTES, samples.minutes(), ids), ids


def test_issue_numbers_per_kind_and_year(world: World) -> None:
    item = world.receive().id
    minutes, order = samples.minutes(), samples.order()
    first = _issue(world, DocumentKind.HANDOVER_MINUTES, minutes, [item])
    second = _issue(world, DocumentKind.HANDOVER_MINUTES, minutes, [item])
    other_kind = _issue(world, DocumentKind.ENTRY_ORDER, order, [item])
    next_year = _issue(world, DocumentKind.HANDOVER_MINUTES, _on(minutes, date(2027, 1, 2)), [item])
    assert [first.number, second.number] == ["1/BB-THADS", "2/BB-THADS"]
    assert other_kind.number == "1/LNK-THADS"
    assert (next_year.number, next_year.year) == ("1/BB-THADS", 2027)


def test_issued_document_stores_bytes_hashes_and_heads(issued) -> None:
    world, view, ids = issued
    pdf = world.services.documents.pdf(world.officer, view.id)
    assert pdf.startswith(b"%PDF") and hashlib.sha256(pdf).hexdigest() == view.pdf_sha256
    heads = dict(view.chain_heads)
    for item_id in ids:
        item = world.services.items.get(world.officer, item_id)
        assert heads[item.code] == item.chain_head
    assert view.kind is DocumentKind.HANDOVER_MINUTES and view.case_id == world.case.id


def test_reprint_is_identical_bytes(issued) -> None:
    world, view, _ = issued
    documents = world.services.documents
    assert documents.pdf(world.keeper, view.id) == documents.pdf(world.head, view.id)


def test_check_by_qr_payload_and_by_number_is_ok(issued) -> None:
    world, view, _ = issued
    payload = _payload(world, view)
    by_qr = world.services.documents.check(world.officer, payload)
    assert by_qr.ok and by_qr.paper_checked, by_qr.problems
    by_number = world.services.documents.check(world.officer, view.number)
    assert by_number.ok and not by_number.paper_checked


def test_scan_routes_a_document_qr(issued) -> None:
    world, view, _ = issued
    target = world.services.scan.route(world.keeper, _payload(world, view))
    assert (target.kind, target.id) == (CodeKind.DOCUMENT, view.id)


def test_check_unknown_number_is_refused(world: World) -> None:
    with pytest.raises(UnknownCodeError):
        world.services.documents.check(world.officer, "99/BB-THADS")


def test_tampered_content_is_named(issued) -> None:
    world, view, _ = issued
    tamper(world.services, "UPDATE document SET content = replace(content, 'Wave', 'Vision')")
    check = world.services.documents.check(world.officer, _payload(world, view))
    assert [p.key for p in check.problems] == ["doccheck.content_changed"]


def test_tampered_pdf_is_named(issued) -> None:
    world, view, _ = issued
    tamper(world.services, "UPDATE document SET pdf_sha256 = :h", h="0" * 64)
    check = world.services.documents.check(world.officer, view.number)
    assert [p.key for p in check.problems] == ["doccheck.pdf_changed"]


def test_recomputed_record_no_longer_matches_the_paper(issued) -> None:
    world, view, _ = issued
    payload = _payload(world, view)
    fake = hashlib.sha256(b"{}").hexdigest()
    tamper(world.services, "UPDATE document SET content = '{}', verification_code = :c", c=fake)
    check = world.services.documents.check(world.officer, payload)
    assert "doccheck.paper_code" in [p.key for p in check.problems]


def test_tampered_chain_is_named_with_the_item(issued) -> None:
    world, view, ids = issued
    code = world.services.items.get(world.officer, ids[0]).code
    tamper(world.services, "UPDATE custody_event SET note = 'sửa' WHERE item_id = :i", i=ids[0])
    check = world.services.documents.check(world.officer, view.number)
    assert [(p.key, p.item_code) for p in check.problems] == [("doccheck.chain_broken", code)]
    assert code in check.problems[0].message("vi")


def test_later_events_keep_the_printed_head_valid(issued) -> None:
    world, view, ids = issued
    item = world.services.items.get(world.keeper, ids[0])
    world.checkout([item.id])
    assert world.services.documents.check(world.officer, view.number).ok


def test_check_all_names_the_first_mismatch(issued) -> None:
    world, view, _ = issued
    documents = world.services.documents
    assert documents.check_all(world.actors[Role.INSPECTOR]) == (1, None, None)
    tamper(world.services, "UPDATE document SET content = content || ' '")
    checked, broken, problem = documents.check_all(world.actors[Role.INSPECTOR])
    assert checked == 1 and broken is not None and broken.id == view.id
    assert problem is not None and problem.key == "doccheck.content_changed"


def test_check_all_needs_verify_permission(issued) -> None:
    world, _, _ = issued
    with pytest.raises(PermissionDeniedError):
        world.services.documents.check_all(world.keeper)


def test_for_case_and_for_item_list_the_document(issued) -> None:
    world, view, ids = issued
    documents = world.services.documents
    assert [d.id for d in documents.for_case(world.officer, world.case.id)] == [view.id]
    assert [d.id for d in documents.for_item(world.officer, ids[1])] == [view.id]
    other = world.receive("Dao găm").id
    assert documents.for_item(world.officer, other) == []


def test_export_writes_stored_pdfs(issued, tmp_path: Path) -> None:
    world, view, ids = issued
    _issue(world, DocumentKind.STOCK_CARD, samples.card(), ids)
    documents = world.services.documents
    paths = documents.export(world.officer, tmp_path / "out")
    assert sorted(p.name for p in paths) == ["2026-BB-THADS-0001.pdf", "2026-TK-THADS-0001.pdf"]
    assert paths[0].read_bytes() == documents.pdf(world.officer, view.id)
    only = documents.export(world.officer, tmp_path / "cards", DocumentKind.STOCK_CARD)
    assert [p.name for p in only] == ["2026-TK-THADS-0001.pdf"]


def _payload(world: World, view: DocumentView) -> str:
    """What the paper's QR says (as the footer prints it)."""
    with world.services.db.engine.connect() as conn:
        heads = conn.execute(select(Document.chain_heads).where(Document.id == view.id))
        digest = heads_digest(heads.scalar_one())
    return f"THADS-DOC|{view.number}|{view.year}|{view.kind}|{view.verification_code}|{digest}"
