"""The use cases a killed writer performs, and the world it performs them in.

``USE_CASES`` is the one list to extend when a workflow is added (auctions, destruction,
stocktakes…): a name and a function ``(world, rng) -> None`` that runs the use case through
the services, as a user would, choosing its items from what the database holds now.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Select, select

from db.column_types import utcnow
from db.models import (
    AuctionLot,
    DestructionCouncil,
    Item,
    ReleaseRequest,
    ReleaseRequestItem,
    Stocktake,
    StocktakeFinding,
    TemporaryRelease,
)
from evidence_app.domain.clock import agency_date
from evidence_app.domain.enums import (
    Category,
    CouncilStatus,
    DestructionMethod,
    Disposition,
    ItemKind,
    ItemStatus,
    LotStatus,
    ReleaseRequestPurpose,
    ReleaseRequestStatus,
    Role,
    StocktakeKind,
    StocktakeOutcome,
    StocktakeStatus,
    ValuationMethod,
    Vote,
)
from evidence_app.services.auctions import Buyer, ValuationDraft
from evidence_app.services.catalogue import ItemDraft
from evidence_app.services.custody import Recipient
from evidence_app.services.destruction import CouncilDraft, Execution, MemberDraft, Supervisor
from evidence_app.services.intake.checks import IntakeDraft, IntakeLineDraft
from evidence_app.services.stocktakes import Signers
from tests.services.auctions.steps import notices
from tests.world import World

UseCase = Callable[[World, random.Random], None]
_CATEGORIES = (Category.OTHER, Category.PHONE, Category.VEHICLE, Category.ELECTRONICS)
_OPEN = (ReleaseRequestStatus.REQUESTED, ReleaseRequestStatus.APPROVED)


def _on_open_request() -> Select[tuple[int]]:
    return (
        select(ReleaseRequestItem.item_id)
        .join(ReleaseRequest, ReleaseRequest.id == ReleaseRequestItem.request_id)
        .where(ReleaseRequest.status.in_(_OPEN))
    )


def _stored(world: World, rng: random.Random, count: int) -> list[Item]:
    """Up to ``count`` stored items of the world's case, chosen at random."""
    with world.services.db.session(read_only=True) as session:
        on_request = _on_open_request()
        ids = session.scalars(
            select(Item.id).where(
                Item.status == ItemStatus.IN_STORAGE,
                Item.case_id == world.case.id,
                Item.disposition != Disposition.DESTROY,
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
        world.services.checkouts.return_item(world.keeper, item_id, "Nguyên vẹn", True)
    items = _stored(world, rng, rng.randint(1, 2))
    if not items:
        return
    world.checkout([i.id for i in items])
    for item in items:
        world.services.checkouts.return_item(world.keeper, item.id, "Nguyên vẹn", True)


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
    world.order(items, Disposition.RETURN_TO_OWNER)  # type: ignore[arg-type]
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
        request = rr.approve(world.head, request.id, utcnow(), request.version)
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


# -- auctions: a lot of stored items from valuation to the buyer, on a fixed calendar ------
_SEIZED, _VALUED, _NOTIFIED = date(2026, 11, 2), date(2026, 11, 6), date(2026, 11, 9)
_CONTRACT, _POSTED, _AUCTION = date(2026, 11, 12), date(2026, 11, 17), date(2026, 11, 30)
_PAID = date(2026, 12, 1)
_BUYER = Buyer("Công ty TNHH Thương mại Minh Phát", "12 Lê Lợi, Hoàn Kiếm, Hà Nội")


def _on(world: World, day: date) -> None:
    """The auction service's ``today`` (its dates are checked against it)."""
    world.services.auctions.today = lambda: day


def auction(world: World, rng: random.Random) -> None:
    """Create a lot and take it step by step to the buyer; first a lot a killed writer left."""
    with world.services.db.session(read_only=True) as session:
        open_id = session.scalars(
            select(AuctionLot.id).where(AuctionLot.status != LotStatus.HANDED_OVER).limit(1)
        ).first()
    if open_id is None:
        items = _stored(world, rng, rng.randint(1, 2))
        if not items:
            intake(world, rng)
            return
        _on(world, _VALUED)
        world.order(items, Disposition.AUCTION)
        lot = world.services.auctions.create_lot(
            world.officer, world.case.id, [i.id for i in items], seized_on=_SEIZED
        )
        open_id = lot.id
    while _auction_step(world, rng, open_id):
        pass


def _auction_step(world: World, rng: random.Random, lot_id: int) -> bool:
    """One write of the lot's next step; False once it is with the buyer."""
    auctions, officer = world.services.auctions, world.officer
    lot = auctions.get(officer, lot_id)
    status = lot.status
    if status is LotStatus.AWAITING_VALUATION:
        _on(world, _VALUED)
        price = rng.randrange(10, 500) * 1_000_000
        draft = ValuationDraft(ValuationMethod.FIRM, price, _VALUED, valuer="Công ty Sao Việt")
        auctions.record_valuation(officer, lot.id, draft, lot.version)
    elif status is LotStatus.VALUED and lot.valuations[-1].notified_on is None:
        _on(world, _NOTIFIED)
        auctions.notify_parties(officer, lot.id, _NOTIFIED, lot.version)
    elif status is LotStatus.VALUED:
        _on(world, _CONTRACT)
        auctions.sign_contract(officer, lot.id, "Công ty Đấu giá Lạc Việt", "15/HĐ", _CONTRACT)
    elif status is LotStatus.CONTRACTED:
        _on(world, _POSTED)
        auctions.schedule_round(
            officer,
            lot.id,
            _AUCTION,
            None,
            lot.version,
            posted_on=_POSTED,
            notices=notices(_POSTED),
        )
    elif status is LotStatus.ROUND_SCHEDULED:
        _on(world, _AUCTION)
        start = lot.rounds[-1].starting_price
        auctions.record_winner(officer, lot.id, _BUYER, start + rng.randrange(0, 5) * 1_000_000)
    elif status is LotStatus.SOLD:
        _on(world, _PAID)
        assert lot.price is not None
        left = lot.price - sum(p.amount for p in lot.payments)
        part = left if left <= 1_000_000 or rng.random() < 0.5 else left // 2
        auctions.record_payment(world.actors[Role.CASHIER], lot.id, part, _PAID, "Nộp tiền")
    elif status is LotStatus.PAID:
        _on(world, _PAID)
        _out(world, [i.item_id for i in lot.items], ReleaseRequestPurpose.TO_AUCTION)
        world.left_on_the_auction_day([i.item_id for i in lot.items], _PAID)
        auctions.hand_over(world.head, lot.id, _PAID, lot.version)  # not the seller (issue 17)
    else:
        return False
    return True


# -- destruction: a council set up, items listed and scanned, the destruction completed ----
_MEMBERS = (
    MemberDraft("Nguyễn Văn Hùng", "Chấp hành viên", "Phòng THADS khu vực 1", is_chair=True),
    MemberDraft("Trần Thị Lan", "Kế toán nghiệp vụ", "Phòng THADS khu vực 1"),
    MemberDraft("Lê Minh Tuấn", "Cán bộ", "Sở Tài chính thành phố Hà Nội"),
)
_SUPERVISOR = Supervisor("Phạm Quốc Bảo", "Kiểm sát viên", "Viện kiểm sát nhân dân khu vực 1")


def destruction(world: World, rng: random.Random) -> None:
    """Items ordered destroyed booked in, a council set up, listed, scanned, voted,
    completed; first a council a killed writer left open."""
    d = world.services.destruction
    with world.services.db.session(read_only=True) as session:
        open_id = session.scalars(
            select(DestructionCouncil.id)
            .where(DestructionCouncil.status == CouncilStatus.OPEN)
            .limit(1)
        ).first()
    if open_id is None:
        # Decided the day of an hour ago: the run half an hour ago is never before it.
        decided = agency_date(datetime.now(UTC) - timedelta(hours=1))
        draft = CouncilDraft(f"{rng.randrange(1, 999)}/QĐ-THADS", decided, _MEMBERS,
                             _SUPERVISOR)  # fmt: skip
        open_id = d.set_up(world.officer, draft).id
    council = d.get(world.officer, open_id)
    if not council.items:
        for n in range(rng.randint(1, 2)):
            world.receive(f"Dao găm {n}", category=Category.OTHER,
                          disposition=Disposition.DESTROY, condition="Gỉ sét")  # fmt: skip
        council = d.add_by_filter(world.officer, open_id, case_id=world.case.id)
    for line in council.items:
        if line.seen_at is None:
            council = d.record_seen(world.officer, open_id, line.code, "Gỉ sét, còn nguyên")
    if council.approved is not True:
        council = d.record_vote(world.officer, open_id, {m.id: Vote.FOR for m in council.members})
    _out(world, [line.item_id for line in council.items], ReleaseRequestPurpose.TO_DESTRUCTION)
    start = datetime.now(UTC) - timedelta(minutes=30)
    run = Execution(DestructionMethod.BURN, "Bãi xử lý chất thải Nam Sơn", start,
                    start + timedelta(minutes=20))  # fmt: skip
    d.complete(world.officer, open_id, run)


def _out(world: World, item_ids: list[int], purpose: ReleaseRequestPurpose) -> None:
    """Issue the items on a release order for ``purpose`` (to the council, to the buyer),
    finishing first a request a killed writer left open for them."""
    with world.services.db.session(read_only=True) as session:
        issued = set(
            session.scalars(
                select(ReleaseRequestItem.item_id)
                .join(ReleaseRequest, ReleaseRequest.id == ReleaseRequestItem.request_id)
                .where(ReleaseRequestItem.item_id.in_(item_ids))
                .where(ReleaseRequest.purpose == purpose)
                .where(ReleaseRequestItem.issued_at.is_not(None))
            )
        )
        pending = [i for i in item_ids if i not in issued]
        left_open = session.scalars(
            select(ReleaseRequestItem.request_id)
            .join(ReleaseRequest, ReleaseRequest.id == ReleaseRequestItem.request_id)
            .where(ReleaseRequestItem.item_id.in_(pending), ReleaseRequest.status.in_(_OPEN))
        ).all()
    for request_id in dict.fromkeys(left_open):
        _complete(world, request_id)
    if pending and not left_open:
        rr = world.services.release_requests
        receiver = Recipient("Đinh Công Tráng", "Hội đồng tiêu hủy, tổ chức đấu giá")
        request = rr.request(world.officer, world.case.id, pending, purpose, receiver)
        _complete(world, request.id)


# -- stocktakes: a shelf counted by scans, finished with minutes, followed up -------------
_SIGNERS = Signers("Lê Thị Kho", "Trần Văn Toán", "Nguyễn Văn Trưởng")


def stocktake(world: World, rng: random.Random) -> None:
    """Shelf A counted (one item of shelf B seen there), finished, the misplaced moved and
    now and then a missing one marked; first a stocktake a killed writer left open."""
    st = world.services.stocktakes
    with world.services.db.session(read_only=True) as session:
        open_id = session.scalars(
            select(Stocktake.id).where(Stocktake.status == StocktakeStatus.OPEN).limit(1)
        ).first()
    if open_id is None:
        take = st.start(world.keeper, world.warehouse.id, StocktakeKind.AD_HOC, world.shelf_a.id)
        open_id = take.id
        shelf = world.shelf_a.id
        for item in _stored(world, rng, rng.randint(2, 6)):
            if item.location_id == shelf or rng.random() < 0.3:
                st.scan(world.keeper, open_id, item.code, shelf)
        if rng.random() < 0.2:
            st.scan(world.keeper, open_id, "VC-2026-999999", shelf)
    st.finish(world.keeper, open_id, _SIGNERS, "Kiểm kê đột xuất")
    with world.services.db.session(read_only=True) as session:
        findings = session.execute(
            select(StocktakeFinding.code, StocktakeFinding.outcome)
            .join(Item, Item.id == StocktakeFinding.item_id)
            .where(
                StocktakeFinding.stocktake_id == open_id,
                StocktakeFinding.resolved.is_(False),
                Item.status == ItemStatus.IN_STORAGE,
                Item.id.not_in(_on_open_request()),  # they would block the request
            )
        ).all()
    misplaced = [c for c, o in findings if o is StocktakeOutcome.MISPLACED]
    missing = [c for c, o in findings if o is StocktakeOutcome.MISSING]
    if misplaced:
        st.move_misplaced(world.keeper, open_id, misplaced)
    if missing and rng.random() < 0.1:
        st.mark_missing(world.keeper, open_id, missing[:1])


USE_CASES: dict[str, UseCase] = {
    "intake": intake,
    "move": move,
    "temporary_release": temporary_release,
    "release_request": release_request,
    "auction": auction,
    "destruction": destruction,
    "stocktake": stocktake,
}
