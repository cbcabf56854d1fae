"""The demo's officer records what each case's judgment orders, and the notices that follow,
as a real one would."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from db.models import Case, Item
from evidence_app.domain.clock import agency_today
from evidence_app.domain.disposition import DispositionSource
from evidence_app.domain.enums import Disposition, NoticeKind, ReleaseRequestPurpose, Role
from evidence_app.domain.errors import ValidationError
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody import (
    BodyKeeper,
    DispositionOrder,
    NoticeDraft,
    Recipient,
    ReleaseRequestService,
    ReleaseRequestView,
    Witness,
)
from evidence_app.services.demo import vocabulary as voc
from evidence_app.services.facade import Services


def order_as_judged(
    services: Services,
    officer: Actor,
    item_ids: Sequence[int],
    disposition: Disposition,
    witness: Witness | None = None,
) -> None:
    """Record ``disposition`` for the items, citing each case's judgment (number, date, court);
    items already so ordered are left as they are. ``witness`` confirms a change of what was
    ordered for cash, gold, drugs or weapons (the service asks for a second person)."""
    by_source: dict[tuple[str, date, str], list[int]] = defaultdict(list)
    with unit_of_work(services.db, read_only=True) as session:
        rows = session.execute(
            select(Item.id, Item.disposition, Case.judgment_number, Case.judgment_date, Case.court)
            .join(Case, Case.id == Item.case_id)
            .where(Item.id.in_(list(item_ids)))
        )
        for item_id, current, number, day, court in rows:
            if current is not disposition and number and day is not None:
                by_source[(number, day, court or "Tòa án nhân dân")].append(item_id)
    for (number, day, court), ids in by_source.items():
        source = DispositionSource(number, day, court)
        services.dispositions.record(officer, ids, DispositionOrder(disposition, source), witness)


def notify_return(services: Services, officer: Actor, case_id: int) -> None:
    """The officer's notice to the parties to collect (Art 59.1), two days after the QĐ THA
    (today at the latest); none for a case whose decision is still ahead."""
    with unit_of_work(services.db, read_only=True) as session:
        decided = session.scalar(select(Case.decision_date).where(Case.id == case_id))
    today = agency_today()
    if decided is None or decided > today:
        return
    if services.dispositions.notices(officer, case_id):
        return
    day = min(today, decided + timedelta(days=2))
    number = f"{case_id % 900 + 1}/TB-THADS"
    services.dispositions.record_notice(
        officer, case_id, NoticeDraft(NoticeKind.RETURN_TO_OWNER, number, day, "Các đương sự")
    )


def demo_actor(ids: dict[str, int], role: Role) -> Actor:
    """The demo user holding ``role`` (vocabulary.DEMO_USERS), as an authenticated actor."""
    username, full_name, _position, _role = next(u for u in voc.DEMO_USERS if u[3] == role.value)
    return Actor(ids[role.value], username, full_name, frozenset({role}))


def issue_on_orders(
    services: Services,
    ids: dict[str, int],
    batches: Sequence[tuple[Sequence[int], ReleaseRequestPurpose]],
    witness: Witness,
) -> None:
    """Each batch leaves the warehouse on the head's order (Decree 152 Art 37.3): requested,
    approved for a moment just ahead, and scanned out once it has come (one wait for all)."""
    officer, head = demo_actor(ids, Role.OFFICER), demo_actor(ids, Role.HEAD)
    keeper = demo_actor(ids, Role.KEEPER)
    rr = services.release_requests
    approved, soon = [], datetime.now(UTC)
    for item_ids, purpose in batches:
        by_case: dict[int, list[int]] = defaultdict(list)  # a request covers one case
        for item_id in item_ids:
            case_id = services.items.get(officer, item_id).case_id
            assert case_id is not None
            by_case[case_id].append(item_id)
        for case_id, ids_of_case in by_case.items():
            name, body = _RECEIVERS[purpose]
            receiver = Recipient(name or officer.full_name, body)  # the council's chair
            r = rr.request(officer, case_id, ids_of_case, purpose, receiver)
            at, view = approve_soon(rr, head, r)
            soon = max(soon, at)  # a retried approval may fall later than the next one
            approved.append(view)
    time.sleep(max(0.0, (soon - datetime.now(UTC)).total_seconds() + 0.05))
    for r in approved:
        for line in r.lines:
            second = witness if line.needs_second_user else None
            rr.issue(keeper, r.id, line.item_id, second, voc_keeper())
        rr.finish(keeper, r.id)


def approve_soon(
    rr: ReleaseRequestService, head: Actor, r: ReleaseRequestView
) -> tuple[datetime, ReleaseRequestView]:
    """The head's approval for a moment a few seconds ahead; on a machine so loaded that the
    moment passed before the approval was written, again further ahead (the service refuses
    an hour in the past)."""
    for margin in (3, 15, 60):
        soon = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=margin)
        try:
            return soon, rr.approve(head, r.id, soon, r.version)
        except ValidationError as exc:
            if exc.key != "release.release_at_past" or margin == 60:
                raise
    raise AssertionError("unreachable")


_RECEIVERS = {
    ReleaseRequestPurpose.TO_AUCTION: ("Ngô Văn Thành", "Công ty Đấu giá Hợp danh Lạc Việt"),
    ReleaseRequestPurpose.TO_DESTRUCTION: ("", "Hội đồng tiêu hủy vật chứng, tài sản"),
}


def voc_keeper() -> BodyKeeper:
    """The other body's keeper the demo names where items sit in its warehouse."""
    return BodyKeeper(voc.BODY_KEEPER_NAME, voc.BODY_KEEPER_POSITION)
