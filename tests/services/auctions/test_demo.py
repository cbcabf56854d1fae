"""The demo holds lots at every stage, some past a deadline, with their minutes."""

from __future__ import annotations

from datetime import timedelta

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import LotStatus, Role
from evidence_app.services.core.auth import SYSTEM
from evidence_app.services.core.deadlines import collect
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.core.verify import verify_chains
from evidence_app.services.demo import build_demo
from evidence_app.services.facade import Services


def test_the_demo_has_lots_at_every_stage_and_overdue_deadlines(services: Services) -> None:
    build_demo(services, 400, seed=3, password="demo-kho-2026")
    lots = services.auctions.list(SYSTEM)
    assert {lot.status for lot in lots} == set(LotStatus)
    assert services.auctions.today == agency_today  # the demo's clock is put back
    today = agency_today()
    with unit_of_work(services.db, read_only=True) as session:
        found = collect(session, today, today + timedelta(days=400))
    kinds = {d.kind for d in found}
    assert {"deadline.valuation_notice", "deadline.auction_posting", "deadline.sale_payment",
            "deadline.buyer_handover"} <= kinds  # fmt: skip
    # What the judgments order runs its deadlines too (Law Art 57, 59; Decree 152 Art 39.4).
    assert {"deadline.confiscation_handover", "deadline.return_notice"} <= kinds
    assert kinds & {"deadline.return_money", "deadline.return_property", "deadline.return_papers"}
    overdue = {d.kind for d in found if d.is_overdue(today)}
    assert {"deadline.valuation_notice", "deadline.sale_payment",
            "deadline.buyer_handover"} <= overdue  # fmt: skip
    assert any(lot.creditor_may_take for lot in lots)
    minutes = [lot.handover_document for lot in lots if lot.handover_document]
    assert len(minutes) >= 2
    assert services.calendar.list(SYSTEM, today.year)
    inspector = next(u for u in services.users.all(SYSTEM) if Role.INSPECTOR in u.roles)
    assert inspector and verify_chains(services.db, SYSTEM).intact
    assert services.documents.check_all(SYSTEM)[1] is None
