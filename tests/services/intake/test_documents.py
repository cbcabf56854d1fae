"""The four papers of a real handover: each checks against the database, reads its items."""

from __future__ import annotations

import unicodedata

from evidence_app.domain.enums import DocumentKind, Role
from tests.documents.pdf_pages import page_images, page_texts, qr_texts
from tests.services.intake.test_intake import _draft, _three
from tests.world import World


def test_every_paper_of_a_handover_matches_and_names_its_items(world: World) -> None:
    services = world.services
    services.intake.commit(world.keeper, _draft(world, *_three(world)))
    views = services.documents.for_case(world.officer, world.case.id)
    intake_kinds = [DocumentKind.HANDOVER_MINUTES, DocumentKind.ENTRY_ORDER,
                    DocumentKind.ENTRY_SLIP, DocumentKind.STOCK_CARD]  # fmt: skip
    assert sorted(v.kind for v in views) == sorted(intake_kinds)
    for view in views:
        pdf = services.documents.pdf(world.officer, view.id)
        text = unicodedata.normalize("NFC", " ".join(page_texts(pdf)))
        assert "Điện thoại Samsung A52" in text and f"Số: {view.number}" in text
        payload = qr_texts(page_images(pdf, dpi=200)[0])[0]
        check = services.documents.check(world.officer, payload)
        assert check.ok and check.paper_checked, (view.number, check.problems)
    assert services.documents.check_all(world.actors[Role.INSPECTOR]) == (4, None, None)
