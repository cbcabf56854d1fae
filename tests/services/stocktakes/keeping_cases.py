"""Keeping minutes that leave items of two cases with one owner (Decree 152/2026 Art 24.4),
for the income credited to one of them (Law 106/2025 Art 40.3)."""

from __future__ import annotations

from evidence_app.domain.enums import Category, CustodianKind, ItemKind
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from evidence_app.services.core.auth import SYSTEM, Actor
from evidence_app.services.core.dto import CaseView
from evidence_app.services.custody import BodyKeeper
from evidence_app.services.stocktakes import HandoverResult, KeeperView
from tests.services.stocktakes.keeping_people import handover
from tests.world import DECIDED_ON, World

OWNER = "Nguyễn Văn Chủ"
OTHER_CASE = "Tranh chấp hợp đồng – Phạm Thị Hoa"


def other_case(world: World, by: Actor | None = None, name: str = OTHER_CASE) -> CaseView:
    """A second decided case of 20.000.000 đồng, of ``by``'s unit (the officer's own)."""
    draft = CaseDraft(name=name, judgment_number="7/2026/DS-ST", decision_number="9/QĐ-THADS",
                      decision_date=DECIDED_ON, amount_to_enforce=20_000_000)  # fmt: skip
    return world.services.cases.create(by or world.officer, draft)


def left_for_two_cases(world: World, second: CaseView) -> tuple[KeeperView, HandoverResult]:
    """A car of the world's case and a motorbike of ``second`` left with their owner on one
    minutes."""
    s = world.services
    car = world.receive("Ô tô con Toyota Vios 29A-123.45")
    bike = s.items.receive(SYSTEM, ItemDraft(
        kind=ItemKind.EVIDENCE, category=Category.VEHICLE, name="Xe máy Honda SH 29B-555.55",
        case_id=second.id, location_id=world.shelf_a.id,
    ))  # fmt: skip
    keeper = s.keeping.add_keeper(world.keeper, CustodianKind.OWNER, OWNER, "Thôn Đông")
    done = s.keeping.leave(world.keeper, keeper.id, [car.id, bike.id],
                           handover(world, BodyKeeper(OWNER)))  # fmt: skip
    return keeper, done
