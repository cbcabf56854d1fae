"""The use cases a killed writer performs, and the world it performs them in.

``USE_CASES`` is the one list to extend when a workflow is added (auctions, destruction,
stocktakes…): a name and a function ``(world, rng) -> None`` that runs the use case through
the services, as a user would, choosing its items from what the database holds now.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select

from db.column_types import utcnow
from db.models import Item, ReleaseRequest, ReleaseRequestItem, TemporaryRelease
from evidence_app.domain.enums import (
    Category,
    ItemKind,
    ItemStatus,
    ReleasePurpose,
    ReleaseRequestPurpose,
    ReleaseRequestStatus,
)
from evidence_app.services.checkouts import CheckoutDraft, local_today
from evidence_app.services.intake_checks import IntakeDraft, IntakeLineDraft
from evidence_app.services.items import ItemDraft
from evidence_app.services.release_requests import Recipient
from tests.world import World

UseCase = Callable[[World, random.Random], None]
_CATEGORIES = (Category.OTHER, Category.PHONE, Category.VEHICLE, Category.ELECTRONICS)
_OPEN = (ReleaseRequestStatus.REQUESTED, ReleaseRequestStatus.APPROVED)


def _stored(world: World, rng: random.Random, count: int) -> list[Item]:
    """Up to ``count`` stored items of the world's case, chosen at random."""
    with world.services.db.session(read_only=True) as session:
        on_request = (
            select(ReleaseRequestItem.item_id)
            .join(ReleaseRequest, ReleaseRequest.id == ReleaseRequestItem.request_id)
            .where(ReleaseRequest.status.in_(_OPEN))
        )
        ids = session.scalars(
            select(Item.id).where(
                Item.status == ItemStatus.IN_STORAGE,
                Item.case_id == world.case.id,
                Item.id.not_in(on_request),
            )
        ).all()
        chosen = rng.sample(list(ids), min(count, len(ids)))
        return [session.get_one(Item, i) for i in chosen]


def intake(world: World, rng: random.Random) -> None:
    lines = tuple(
        IntakeLineDraft(
            item=ItemDraft(
                kind=ItemKind.EVIDENCE,
                category=rng.choice(_CATEGORIES),
                name=f"Vật chứng thử nghiệm {rng.randrange(10**6)}",
                identifiers=f"Số máy {rng.randrange(10**8)}",
            ),
            recorded_quantity=1,
            location_id=rng.choice((world.shelf_a.id, world.shelf_b.id)),
        )
        for _ in range(rng.randint(1, 3))
    )
    draft = IntakeDraft(
        delivering_body="Cơ quan Cảnh sát điều tra Công an quận Hoàn Kiếm",
        representative="Đại úy Trần Văn Bình",
        case_id=world.case.id,
        seizure_record_number=f"{rng.randrange(1, 999)}/BB-TG",
        seizure_record_date=date(2026, 3, 2),
        lines=lines,
    )
    world.services.intake.commit(world.keeper, draft)


def move(world: World, rng: random.Random) -> None:
    items = _stored(world, rng, rng.randint(1, 5))
    if items:
        target = rng.choice((world.shelf_a, world.shelf_b))
        wanted = [(i.id, None) for i in items if i.location_id != target.id]
        if wanted:
            world.services.moves.move_batch(world.keeper, wanted, target.id, "Sắp xếp lại kệ")


def temporary_release(world: World, rng: random.Random) -> None:
    """Items out for a trial and back; first those a killed writer left out."""
    with world.services.db.session(read_only=True) as session:
        left_out = session.scalars(
            select(TemporaryRelease.item_id).where(TemporaryRelease.returned_at.is_(None))
        ).all()
    for item_id in left_out:
        world.services.checkouts.return_items(world.keeper, item_id, "Nguyên vẹn", True)
    items = _stored(world, rng, rng.randint(1, 2))
    if not items:
        return
    draft = CheckoutDraft(
        requester_name="Trần Văn Bình",
        requesting_body="Tòa án nhân dân quận Hoàn Kiếm",
        purpose=ReleasePurpose.TRIAL,
        request_reference="Công văn số 123/TA",
        due_on=local_today() + timedelta(days=7),
        responsible_user_id=world.officer.user_id,
    )
    world.services.checkouts.release(world.keeper, [i.id for i in items], draft)
    for item in items:
        world.services.checkouts.return_items(world.keeper, item.id, "Nguyên vẹn", True)


def release_request(world: World, rng: random.Random) -> None:
    """Request, approve, issue each item, finish; first a request a killed writer left open."""
    rr = world.services.release_requests
    with world.services.db.session(read_only=True) as session:
        open_id = session.scalars(
            select(ReleaseRequest.id).where(ReleaseRequest.status.in_(_OPEN)).limit(1)
        ).first()
    if open_id is not None:
        _complete(world, open_id)
        return
    items = _stored(world, rng, rng.randint(1, 2))
    if not items:  # released items leave for good: book some in first
        intake(world, rng)
        return
    request = rr.request(
        world.officer,
        world.case.id,
        [i.id for i in items],
        ReleaseRequestPurpose.RETURN_TO_OWNER,
        Recipient("Phạm Thị Dung"),
        "Theo quyết định thi hành án",
    )
    _complete(world, request.id)


def _complete(world: World, request_id: int) -> None:
    rr = world.services.release_requests
    request = rr.get(world.officer, request_id)
    if request.status is ReleaseRequestStatus.REQUESTED:
        request = rr.approve(world.head, request.id, utcnow() + timedelta(hours=1), request.version)
    with world.services.db.session(read_only=True) as session:
        waiting = session.scalars(
            select(ReleaseRequestItem.item_id).where(
                ReleaseRequestItem.request_id == request_id,
                ReleaseRequestItem.issued_at.is_(None),
            )
        ).all()
    for item_id in waiting:
        rr.issue(world.keeper, request_id, item_id)
    rr.finish(world.keeper, request_id)


USE_CASES: dict[str, UseCase] = {
    "intake": intake,
    "move": move,
    "temporary_release": temporary_release,
    "release_request": release_request,
}
