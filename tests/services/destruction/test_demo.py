"""The demo holds destruction councils at every stage, the executed one with its minutes."""

from __future__ import annotations

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import CouncilStatus, DocumentKind, ItemStatus
from evidence_app.services.core.auth import SYSTEM
from evidence_app.services.demo import build_demo
from evidence_app.services.facade import Services


def test_the_demo_has_councils_set_up_listed_overdue_and_executed(services: Services) -> None:
    build_demo(services, 400, seed=3, password="demo-kho-2026")
    councils = {c.decision_number: c for c in services.destruction.list(SYSTEM)}
    assert len(councils) == 4
    done = councils["01/QĐ-THADS"]
    assert done.status is CouncilStatus.COMPLETED and done.photo_count == 1
    assert [d.kind for d in done.documents] == [DocumentKind.DESTRUCTION_MINUTES]
    assert all(i.status is ItemStatus.DESTROYED for i in done.items)
    assert councils["02/QĐ-THADS"].is_overdue(agency_today())
    scanning = councils["03/QĐ-THADS"]
    assert len(scanning.items) == 4 and len(scanning.unseen) == 3
    assert all(i.status is ItemStatus.AWAITING_DESTRUCTION for i in scanning.items)
    assert councils["04/QĐ-THADS"].items == ()
    check = services.documents.check(SYSTEM, done.documents[0].number)
    assert check.ok
