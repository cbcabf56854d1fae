"""Demo custody work done through the services after the bulk and the handovers: batch
moves, temporary releases (one with dual control, one taken back), and release requests at
every stage (requested, approved with order and slip, rejected, issued with the minutes)."""

from __future__ import annotations

import random
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from db.models import Item, Location
from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import (
    DUAL_CONTROL_CATEGORIES,
    Disposition,
    ItemStatus,
    ReleasePurpose,
    ReleaseRequestPurpose,
    Role,
)
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody import CheckoutTerms, Recipient, Witness
from evidence_app.services.demo import catalogue
from evidence_app.services.demo import vocabulary as voc
from evidence_app.services.demo.ordering import (
    approve_soon,
    notify_return,
    order_as_judged,
    voc_keeper,
)
from evidence_app.services.facade import Services

P = ReleaseRequestPurpose
ByCase = dict[int, list[Item]]
#: Release requests the demo leaves at each stage: (purpose, stage).
REQUESTS = (
    (P.RETURN_TO_OWNER, "requested"),
    (P.TO_AUCTION, "requested"),
    (P.RETURN_TO_OWNER, "approved"),
    (P.TO_AUCTION, "approved"),
    (P.TO_DESTRUCTION, "approved"),
    (P.CONFISCATION_HANDOVER, "rejected"),
    (P.RETURN_TO_OWNER, "issued"),
    (P.CONFISCATION_HANDOVER, "issued"),
)
#: What the judgment orders for the items of each demo request (the request must match it).
ORDERED = {
    P.RETURN_TO_OWNER: Disposition.RETURN_TO_OWNER,
    P.CONFISCATION_HANDOVER: Disposition.CONFISCATE,
    P.TO_AUCTION: Disposition.AUCTION,
    P.TO_DESTRUCTION: Disposition.DESTROY,
}
RECIPIENTS = {
    P.RETURN_TO_OWNER: "",
    P.CONFISCATION_HANDOVER: "Sở Tài chính thành phố Hà Nội",
    P.TO_AUCTION: "Công ty đấu giá hợp danh Thăng Long",
    P.TO_DESTRUCTION: "Hội đồng tiêu hủy vật chứng, tài sản",
    P.OTHER: "",
}


@dataclass(frozen=True)
class CustodyReport:
    moves: int
    checkouts: int
    requests: int


def demo_custody(
    services: Services, ids: dict[str, int], witness: Witness, seed: int = 1
) -> CustodyReport:
    """Moves, temporary releases and release requests on the most recent stored items (the
    accountant, ``witness``, as second person where an item leaving needs one)."""
    rng = random.Random(seed * 15_485_863)
    people = _actors(ids)
    by_case, by_place = _stored(services)
    moves = _moves(services, people[Role.KEEPER], by_place, rng)
    # The orders issued in the demo are approved for a moment just ahead (the service refuses
    # an hour already past) and issued once it has come: never before the hour fixed.
    # On a loaded machine a moment may pass before its approval is written: approved again
    # further ahead (approve_soon), and the issues wait for the latest hour fixed.
    soon = [datetime.now(UTC)]
    to_issue: list[tuple[int, list[Item]]] = []
    checkouts = _checkouts(services, people, by_case, rng, soon, to_issue)
    requests = _requests(services, people, by_case, rng, soon, to_issue, witness)
    if to_issue:
        time.sleep(max(0.0, (max(soon) - datetime.now(UTC)).total_seconds() + 0.1))
    _issue(services, people, to_issue, witness)
    # One item of the last temporary release comes back, with its return minutes.
    if checkouts:
        services.checkouts.return_item(people[Role.KEEPER], checkouts[-1], "Nguyên vẹn", True)
    return CustodyReport(moves, len(checkouts) + 1 if checkouts else 0, requests)


def _actors(ids: dict[str, int]) -> dict[Role, Actor]:
    out = {}
    for username, full_name, _position, role in voc.DEMO_USERS:
        if role in ids:
            out[Role(role)] = Actor(ids[role], username, full_name, frozenset({Role(role)}))
    return out


def _stored(services: Services) -> tuple[dict[int, list[Item]], dict[int, list[Item]]]:
    """Recent stored items by case and by warehouse (not yet touched by this stage)."""
    with unit_of_work(services.db, read_only=True) as session:
        items = list(
            session.scalars(
                select(Item)
                .where(Item.status == ItemStatus.IN_STORAGE, Item.location_id.is_not(None))
                .order_by(Item.id.desc())
                .limit(600)
            )
        )
        session.expunge_all()
    by_case: dict[int, list[Item]] = defaultdict(list)
    by_place: dict[int, list[Item]] = defaultdict(list)
    for item in items:
        if item.case_id is not None:
            by_case[item.case_id].append(item)
        if item.warehouse_id is not None:
            by_place[item.warehouse_id].append(item)
    return by_case, by_place


def _moves(
    services: Services, keeper: Actor, by_place: dict[int, list[Item]], rng: random.Random
) -> int:
    """Four batches of up to six items each, to another bin of the same warehouse."""
    moved = 0
    for warehouse_id, items in list(by_place.items())[:4]:
        with unit_of_work(services.db, read_only=True) as session:
            bins = list(
                session.scalars(
                    select(Location.id).where(
                        Location.warehouse_id == warehouse_id, Location.kind == "bin"
                    )
                )
            )
        batch = [i for i in items[-6:] if i.location_id is not None]
        targets = [b for b in bins if all(b != i.location_id for i in batch)]
        if not batch or not targets:
            continue
        result = services.moves.move_batch(
            keeper,
            [(i.id, None) for i in batch],
            rng.choice(targets),
            "Sắp xếp lại kho theo kế hoạch",
            voc_keeper(),
        )
        moved += result.count
        for item in batch:
            items.remove(item)
    return moved


def _checkouts(
    services: Services,
    people: dict[Role, Actor],
    by_case: ByCase,
    rng: random.Random,
    soon: list[datetime],
    to_issue: list[tuple[int, list[Item]]],
) -> list[int]:
    """Three temporary releases for trial or examination, each on the head's order (one of
    cash with a second user at the issue); the first item of each, to take one back."""
    officer, head = people[Role.OFFICER], people[Role.HEAD]
    firsts = []
    cases = [c for c, items in by_case.items() if items][:3]
    for n, case_id in enumerate(cases):
        items = by_case[case_id]
        chosen = items[:2]
        del items[:2]
        terms = CheckoutTerms(
            reference=f"{rng.randint(10, 999)}/TA-HS ngày {agency_today():%d/%m/%Y}",
            purpose=ReleasePurpose.EXPERT_EXAMINATION if n == 1 else ReleasePurpose.TRIAL,
            due_on=agency_today() + timedelta(days=(n + 1) * 7),
        )
        recipient = Recipient(catalogue.person(rng), rng.choice(voc.COURTS))
        r = services.release_requests.request(
            officer, case_id, [i.id for i in chosen], P.TEMPORARY_RELEASE, recipient, "", terms
        )
        soon.append(approve_soon(services.release_requests, head, r)[0])
        to_issue.append((r.id, chosen))
        firsts.append(chosen[0].id)
    return firsts


def _issue(
    services: Services,
    people: dict[Role, Actor],
    to_issue: list[tuple[int, list[Item]]],
    witness: Witness,
) -> None:
    """The keeper scans each approved item out (the accountant as second person where the
    category needs one) and finishes with the minutes."""
    keeper = people[Role.KEEPER]
    for request_id, items in to_issue:
        for item in items:
            second = witness if item.category in DUAL_CONTROL_CATEGORIES else None
            services.release_requests.issue(keeper, request_id, item.id, second, voc_keeper())
        services.release_requests.finish(keeper, request_id)


def _requests(
    services: Services,
    people: dict[Role, Actor],
    by_case: ByCase,
    rng: random.Random,
    soon: list[datetime],
    to_issue: list[tuple[int, list[Item]]],
    witness: Witness,
) -> int:
    officer, head = people[Role.OFFICER], people[Role.HEAD]
    cases = [c for c, items in by_case.items() if items]
    made = 0
    for (purpose, stage), case_id in zip(REQUESTS, cases, strict=False):
        items = by_case[case_id][:2]
        order_as_judged(services, officer, [i.id for i in items], ORDERED[purpose], witness)
        if purpose is P.RETURN_TO_OWNER:
            notify_return(services, officer, case_id)
        body = RECIPIENTS[purpose]
        name = catalogue.person(rng)
        r = services.release_requests.request(
            officer, case_id, [i.id for i in items], purpose, Recipient(name, body)
        )
        made += 1
        if stage == "requested":
            continue
        if stage == "rejected":
            services.release_requests.reject(
                head, r.id, "Chưa có quyết định xử lý vật chứng có hiệu lực pháp luật", r.version
            )
            continue
        if stage == "issued":
            soon.append(approve_soon(services.release_requests, head, r)[0])
            to_issue.append((r.id, items))
            continue
        when = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=rng.randint(2, 72))
        services.release_requests.approve(head, r.id, when, r.version)
    return made
