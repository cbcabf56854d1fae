"""Demo handovers performed through IntakeService.commit, so the demo holds real intakes
with their lines, events and documents (minutes, entry orders and slips, stock cards)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from db.models import Case
from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import (
    EXAMINED_CATEGORIES,
    EXPERTISE_REQUIRED_CATEGORIES,
    VALUABLE_CATEGORIES,
    Category,
    ItemKind,
    PartyRole,
    Role,
    SealState,
)
from evidence_app.domain.money import NoteCount
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.demo import catalogue
from evidence_app.services.demo import vocabulary as voc
from evidence_app.services.demo.items import _identifiers, _warehouse_for
from evidence_app.services.facade import Services
from evidence_app.services.intake import (
    Conclusion,
    Confirmation,
    Contents,
    IntakeDraft,
    IntakeLineDraft,
    PartyDraft,
)

INTAKES = 30
_SEALED = (
    VALUABLE_CATEGORIES | EXPERTISE_REQUIRED_CATEGORIES | {Category.EXPLOSIVE, Category.JEWELLERY}
)
#: The representative's position, as the delivering body has it (a police body has no
#: procurator: "Kiểm sát viên" only for the procuracy); one draw among four whichever the body,
#: so the demo's random sequence, and all it builds after, stays as it was.
_POSITIONS = {
    "Cơ quan CSĐT": (
        "Điều tra viên",
        "Cán bộ điều tra",
        "Phó Thủ trưởng Cơ quan CSĐT",
        "Điều tra viên chính",
    ),
    "Viện kiểm sát": ("Kiểm sát viên", "Kiểm tra viên", "Phó Viện trưởng", "Kiểm sát viên chính"),
    "Tòa án": ("Thư ký Tòa án", "Thẩm phán", "Chánh văn phòng", "Thẩm tra viên"),
    "Hải quan": ("Công chức hải quan", "Đội trưởng", "Phó Cục trưởng", "Phó Đội trưởng"),
}


def _positions(body: str) -> tuple[str, ...]:
    return next(p for prefix, p in _POSITIONS.items() if prefix in body)


_TORN_CONCLUSION = (
    "niêm phong bị rách khi vận chuyển, số lượng và chủng loại bên trong đúng biên bản thu giữ"
)


def plan_intakes(items: int, seed: int = 1, count: int = INTAKES) -> list[int]:
    """Lines per handover: up to ``count`` handovers of 3–8 items, at most a tenth of ``items``."""
    rng = random.Random(seed * 7919)
    plan: list[int] = []
    for _ in range(count):
        lines = rng.randint(3, 8)
        if sum(plan) + lines > items // 10:
            break
        plan.append(lines)
    return plan


def demo_intakes(
    services: Services,
    ids: dict[str, int],
    bins: dict[str, tuple[int, list[int]]],
    plan: list[int],
    seed: int = 1,
) -> tuple[int, int]:
    """Perform the planned handovers as the demo keeper; the events and cases they added."""
    rng = random.Random(seed * 104_729)
    keeper = Actor(ids["keeper"], "thukho", voc.DEMO_USERS[3][1], frozenset({Role.KEEPER}))
    with unit_of_work(services.db, read_only=True) as session:
        recent = list(session.scalars(select(Case.id).order_by(Case.id.desc()).limit(500)))
    events = cases = 0
    for n, lines in enumerate(plan):
        draft = _handover(rng, n, lines, ids, bins, recent)
        result = services.intake.commit(keeper, draft)
        events += sum(item.event_count for item in result.items)
        cases += draft.new_case is not None
    return events, cases


def _handover(
    rng: random.Random,
    n: int,
    count: int,
    ids: dict[str, int],
    bins: dict[str, tuple[int, list[int]]],
    recent: list[int],
) -> IntakeDraft:
    body = rng.choice(voc.TRANSFERRING_BODIES)
    new_case = n % 3 == 0 or not recent
    owner = catalogue.person(rng)
    lines = tuple(
        _line(rng, owner, bins, torn=(n == 0 and i == 0), short=rng.random() < 0.08)
        for i in range(count)
    )
    seized = agency_today() - timedelta(days=rng.randint(3, 60))
    return IntakeDraft(
        delivering_body=body,
        representative=catalogue.person(rng),
        representative_position=rng.choice(_positions(body)),
        case_id=None if new_case else rng.choice(recent),
        new_case=_case(rng, owner) if new_case else None,
        parties=(PartyDraft(PartyRole.OWNER, owner), PartyDraft(PartyRole.LIABLE, owner))
        if new_case
        else (),
        seizure_record_number=f"{rng.randint(1, 400)}/BB-TG",
        seizure_record_date=seized,
        officer_id=ids["officer"],
        lines=lines,
    )


def _case(rng: random.Random, owner: str) -> CaseDraft:
    year = agency_today().year
    return CaseDraft(
        name=f"{rng.choice(voc.CRIMES)} – {owner}",
        judgment_number=f"{rng.randint(1, 900)}/{year}/HS-ST",
        judgment_date=agency_today() - timedelta(days=rng.randint(40, 90)),
        court=rng.choice(voc.COURTS),
        decision_number=f"{rng.randint(1, 2000)}/QĐ-THADS",
        decision_date=agency_today() - timedelta(days=rng.randint(5, 30)),
    )


def _line(
    rng: random.Random,
    owner: str,
    bins: dict[str, tuple[int, list[int]]],
    *,
    torn: bool,
    short: bool,
) -> IntakeLineDraft:
    category = rng.choices(list(voc.CATEGORY_WEIGHTS), list(voc.CATEGORY_WEIGHTS.values()))[0]
    unit, templates = voc.ITEMS[category]
    template, grams, (low, high) = rng.choice(templates)
    quantity = rng.randint(1, 3) if unit not in ("g", "kg") else 1
    sealed = category in _SEALED or torn
    expertise = category in EXPERTISE_REQUIRED_CATEGORIES
    _wid, bin_ids = bins.get(_warehouse_for(rng, category), (0, []))
    item = ItemDraft(
        kind=ItemKind.EVIDENCE if rng.random() < 0.8 else ItemKind.TEMPORARILY_HELD,
        category=category,
        name=template.format(colour=rng.choice(voc.COLOURS)),
        quantity=quantity,
        unit=unit,
        weight_grams=Decimal(rng.randint(*grams)) if grams else None,
        identifiers=_identifiers(rng, category),
        seal_numbers=f"NP-{rng.randint(1000, 99999)}" if sealed else "",
        condition=rng.choice(("Đã qua sử dụng", "Còn mới", "Trầy xước nhẹ", "Nguyên niêm phong")),
        estimated_value=rng.randrange(low, high + 1, 1000),
        owner_name=owner,
    )
    # Drawn as before (the demo's other choices stay the same); other numbers from the value.
    n = rng.randint(10, 999) if expertise else (item.estimated_value or 0) % 990 + 10
    torn_n = rng.randint(10, 999) if torn else 0
    notes, country = _counted(category, item)
    return IntakeLineDraft(
        item=item,
        notes=notes,
        country=country,
        recorded_quantity=quantity + 1 if short else quantity,
        recorded_condition=item.condition,
        seal_check=SealState.TORN if torn else (SealState.INTACT if sealed else SealState.UNSEALED),
        discrepancy="Thiếu 01 so với biên bản thu giữ ban đầu" if short else "",
        conclusion=_TORN_CONCLUSION if torn else "",
        location_id=rng.choice(bin_ids) if bin_ids and rng.random() < 0.9 else None,
        # Decree 152/2026 Art 37.2.b–c: what the demo keeper writes down beside each item
        confirmation=_confirmation(n) if short else Confirmation(),
        contents=Contents(f"{quantity:02d} {unit}", item.name, item.condition)
        if sealed
        else Contents(),
        seal_conclusion=Conclusion("Cơ quan CSĐT Công an quận Hoàn Kiếm", f"{torn_n}/CSĐT-PC01",
                                   agency_today() - timedelta(days=2)) if torn else Conclusion(),
        examination=Conclusion("Phòng Kỹ thuật hình sự Công an TP Hà Nội", f"{n}/KL-KTHS",
                               agency_today() - timedelta(days=20))
        if category in EXAMINED_CATEGORIES
        else Conclusion(),
    )  # fmt: skip


def _confirmation(n: int) -> Confirmation:
    """The custodian head's confirmation of a short line, dated yesterday (Art 37.2.b)."""
    return Confirmation(f"{n}/XN-CSĐT", agency_today() - timedelta(days=1), "Nguyễn Văn Quang",
                        "Thủ trưởng Cơ quan CSĐT Công an quận Hoàn Kiếm")  # fmt: skip


def _counted(category: Category, item: ItemDraft) -> tuple[tuple[NoteCount, ...], str]:
    """Cash counted by denomination at the handover; foreign notes with their country."""
    if category is Category.CASH:
        return (NoteCount(500_000, max(1, (item.estimated_value or 0) // 500_000)),), ""
    if category is Category.FOREIGN_CURRENCY:
        face = 100 if "USD" in item.name else 50
        country = "Hoa Kỳ" if "USD" in item.name else "Liên minh châu Âu"
        return (NoteCount(face, max(1, int(item.quantity))),), country
    return (), ""
