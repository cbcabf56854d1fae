"""Every paper is its unit's (issue 21): without a unit named, ``issue_document`` takes the
items' unit (their warehouse's), else the case's; a regional office's paper carries the
provincial agency over the office's name and the office's own number; the provincial
agency's papers keep their header and sequence."""

from __future__ import annotations

import json
from datetime import date, datetime

from db.models import Item
from evidence_app.documents.content import DocumentHeader, DocumentLine, HandoverMinutes, Signer
from evidence_app.domain.enums import DocumentKind
from evidence_app.services.documents import issue_document
from tests.services.custody.test_unit_transfers import office, office_item
from tests.world import World


def _minutes(lines: tuple[DocumentLine, ...]) -> HandoverMinutes:
    return HandoverMinutes(
        header=DocumentHeader("Bộ Tư pháp", "Thi hành án dân sự thành phố Hà Nội", "Hà Nội",
                              date(2026, 12, 7)),
        received_at=datetime(2026, 12, 7, 3, 0),
        place="Kho", case_name="Vụ", delivering_body="Công an", representative="A",
        representative_position="Điều tra viên", keeper=Signer("Thủ kho", "B"),
        officer=Signer("Chấp hành viên", "C"), seizure_record_number="1",
        seizure_record_date=None, lines=lines,
    )  # fmt: skip


def _issue(world: World, item_id: int | None, case_id: int | None) -> tuple[str, str, str]:
    with world.services.db.session() as session:
        items = [session.get(Item, item_id)] if item_id else []
        doc = issue_document(
            session, None, DocumentKind.HANDOVER_MINUTES, _minutes(()),
            case_id=case_id, items=[i for i in items if i is not None],
        )  # fmt: skip
        head = json.loads(doc.content)["content"]
        return doc.number, head["header"]["managing_agency"], head["header"]["agency"]


def test_the_items_or_the_case_tell_whose_paper_it_is(world: World) -> None:
    kv2 = office(world, "KV2", 2)
    item = office_item(world, kv2, "Điện thoại")
    agency = "Thi hành án dân sự thành phố Hà Nội"
    office_name = "Phòng Thi hành án dân sự khu vực 2"
    assert _issue(world, item.id, None) == ("1/BB-THADS-KV2", agency, office_name)
    assert _issue(world, None, kv2.case_id) == ("2/BB-THADS-KV2", agency, office_name)
    number, managing, issuing = _issue(world, None, world.case.id)
    assert number.endswith("/BB-THADS") and (managing, issuing) == ("Bộ Tư pháp", agency)
    assert _issue(world, item.id, None)[0] == "3/BB-THADS-KV2"
