"""Demo destruction councils at every stage, through the real services: one just set up, one
with its items listed (one scanned), one overdue, and one executed with its minutes.

A fixed few dozen records whatever the demo's size: stored items get a destruction order
(as a judgment would give it) and go to the councils."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from db.models import Item
from evidence_app.domain.clock import agency_today, wall_clock
from evidence_app.domain.enums import (
    Category,
    DestructionMethod,
    Disposition,
    ItemStatus,
    ReleaseRequestPurpose,
    Role,
    Vote,
)
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody import Witness
from evidence_app.services.demo import vocabulary as voc
from evidence_app.services.demo.ordering import issue_on_orders, order_as_judged
from evidence_app.services.demo.photos import photo_rows
from evidence_app.services.destruction import CouncilDraft, Execution, MemberDraft, Supervisor
from evidence_app.services.facade import Services

_CATEGORIES = (Category.WEAPON, Category.DRUGS, Category.PHONE, Category.OTHER, Category.PERISHABLE,
               Category.ELECTRONICS, Category.DOCUMENT)  # fmt: skip
_AGENCY = "Thi hành án dân sự thành phố Hà Nội"
_SUPERVISOR = Supervisor("Bùi Ngọc Hà", "Kiểm sát viên", "Viện kiểm sát nhân dân thành phố Hà Nội")
#: (decision number, days since set-up, items, stage)
_COUNCILS = (
    ("01/QĐ-THADS", 15, 4, "executed"),
    ("02/QĐ-THADS", 24, 3, "listed"),  # past its 20 days: shown overdue
    ("03/QĐ-THADS", 6, 4, "scanning"),
    ("04/QĐ-THADS", 1, 0, "set_up"),
)


def demo_destruction(services: Services, ids: dict[str, int], witness: Witness) -> int:
    """Councils at every stage; the number of councils made (fewer on a tiny demo)."""
    officer = _actor(ids, Role.OFFICER, 2)
    head = _actor(ids, Role.HEAD, 1)
    wanted = sum(count for *_rest, count, _stage in _COUNCILS)
    stored = _stored_items(services, wanted)
    order_as_judged(services, officer, stored, Disposition.DESTROY, witness)
    made = 0
    for number, days_ago, count, stage in _COUNCILS:
        chosen, stored = stored[:count], stored[count:]
        if len(chosen) < count:
            break
        if stage == "executed":  # out to the council on the head's order first
            batch = (chosen, ReleaseRequestPurpose.TO_DESTRUCTION)
            issue_on_orders(services, ids, [batch], witness)
        _council(services, head if stage == "executed" else officer, number, days_ago,
                 chosen, stage)  # fmt: skip
        made += 1
    return made


def _council(
    services: Services, actor: Actor, number: str, days_ago: int, item_ids: list[int], stage: str
) -> None:
    d = services.destruction
    set_up_on = agency_today() - timedelta(days=days_ago)
    council = d.set_up(actor, CouncilDraft(number, set_up_on, _members(), _SUPERVISOR))
    if item_ids:
        council = d.add_items(actor, council.id, item_ids)
    if council.needs_contractor:
        d.record_contractor(actor, council.id, "Công ty TNHH Môi trường Xanh Hà Nội",
                            "15/2026/HĐ-XLCT")  # fmt: skip
    if stage == "scanning":
        d.record_seen(actor, council.id, council.items[0].code, "Còn nguyên niêm phong")
    if stage != "executed":
        return
    for line in council.items:
        d.record_seen(actor, council.id, line.code, line.stored_condition or "Như khi nhập kho")
    d.record_vote(actor, council.id, {m.id: Vote.FOR for m in council.members})
    _, _, photo = photo_rows()[0]
    d.add_photo(actor, council.id, photo, "image/jpeg", "Hiện trường tiêu hủy")
    start = wall_clock(set_up_on + timedelta(days=5), 8, 30)
    d.complete(actor, council.id, Execution(
        DestructionMethod.BURN, "Khu xử lý chất thải Nam Sơn, huyện Sóc Sơn, Hà Nội",
        start, start + timedelta(hours=2, minutes=15),
    ))  # fmt: skip


def _members() -> tuple[MemberDraft, ...]:
    return (
        MemberDraft(voc.DEMO_USERS[2][1], "Chấp hành viên", _AGENCY, is_chair=True),
        MemberDraft(voc.DEMO_USERS[4][1], "Kế toán nghiệp vụ", _AGENCY),
        MemberDraft("Đặng Quốc Việt", "Chuyên viên", "Sở Tài chính thành phố Hà Nội"),
        MemberDraft(voc.DEMO_USERS[6][1], "Thẩm tra viên", _AGENCY),
    )


def _actor(ids: dict[str, int], role: Role, index: int) -> Actor:
    username, full_name, _position, _role = voc.DEMO_USERS[index]
    return Actor(ids[role.value], username, full_name, frozenset({role}))


def _stored_items(services: Services, count: int) -> list[int]:
    """A few stored items of categories that get destroyed (an index lookup, not a scan)."""
    with unit_of_work(services.db, read_only=True) as session:
        query = (
            select(Item.id)
            .where(Item.status == ItemStatus.IN_STORAGE, Item.category.in_(_CATEGORIES))
            .order_by(Item.id)
            .limit(count)
        )
        return list(session.scalars(query))
