"""Issue 17: no one completes two duties of the same release, sale or destruction, whatever
roles they hold.

Every combination of the acting roles (head, officer, keeper, accountant, cashier: alone and
together, and one person holding every role, the administrator's included) meets every pair of
duties of each workflow: the person does the first duty, then tries the second on the same
release, lot or council. The attempt is refused — a duty already done (its message key), or a
role that does not allow the step at all — and writes nothing; then someone else does it. A
grant of roles that should not go together is confirmed by a second administrator
(``domain.duties``), as the administration screen requires.

The duties and the law behind each separation:
- release (Decree 152/2026 Art 37.3): the officer requests, the head orders it (D66), the keeper
  issues each item and finishes with the handover minutes — the one who asked neither orders
  nor hands over, the one who ordered does not hand over; the one who asked does not reject
  his own request either (deciding is one duty whichever way it goes);
- sale (Decree 152/2026 Art 64–65): the sale recorded, the buyer's money recorded, the asset
  handed over — three people; whoever scanned it out to the auction does not hand it over;
- destruction (Decree 152/2026 Art 40.1): whoever booked an item in, or scanned it out to the
  council, does not record its destruction; the head's override of a member's conflict does
  not lift it.

Argon2 at its cheapest and a placeholder for every PDF, in this file only: the matrix is about
who may act, and hundreds of hires and papers would otherwise take minutes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from itertools import combinations

import pytest

from evidence_app.domain.clock import agency_today, day_start
from evidence_app.domain.duties import conflicts
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
    SaleMethod,
    Vote,
)
from evidence_app.domain.errors import DomainError, PermissionDeniedError, ValidationError
from evidence_app.domain.permissions import Permission, is_allowed
from evidence_app.services.auctions import Buyer
from evidence_app.services.catalogue import ItemDraft
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.dto import ItemView
from evidence_app.services.custody import Recipient
from evidence_app.services.destruction import CouncilDraft, Execution, MemberDraft, Supervisor
from evidence_app.services.documents import service as documents
from tests.people import hire
from tests.services.auctions.steps import announce, out_on_order, valued_lot
from tests.services.rows import snapshot
from tests.world import PASSWORD, World

ACTING = (Role.HEAD, Role.OFFICER, Role.KEEPER, Role.ACCOUNTANT, Role.CASHIER)
#: Every combination of the acting roles, then one person holding every role there is.
COMBINATIONS: tuple[frozenset[Role], ...] = (
    *(frozenset(c) for n in range(1, len(ACTING) + 1) for c in combinations(ACTING, n)),
    frozenset(Role),
)


@dataclass(frozen=True)
class Step:
    name: str
    permission: Permission
    #: Who does the step when the person under test does not.
    default: Role


@dataclass(frozen=True)
class Pair:
    """A duty done, then a second duty of the same workflow refused with ``key``."""

    workflow: str
    first: str
    second: str
    key: str


RELEASE = (
    Step("request", Permission.REQUEST_RELEASE, Role.OFFICER),
    Step("approve", Permission.APPROVE_RELEASE, Role.HEAD),
    Step("issue", Permission.ISSUE_RELEASE, Role.KEEPER),
    Step("finish", Permission.ISSUE_RELEASE, Role.KEEPER),
)
REFUSAL = (
    Step("request", Permission.REQUEST_RELEASE, Role.OFFICER),
    Step("reject", Permission.APPROVE_RELEASE, Role.HEAD),
)
SALE = (
    Step("sell", Permission.MANAGE_AUCTIONS, Role.OFFICER),
    Step("pay", Permission.RECORD_SALE_PAYMENT, Role.ACCOUNTANT),
    Step("issue", Permission.ISSUE_RELEASE, Role.KEEPER),
    Step("hand_over", Permission.MANAGE_AUCTIONS, Role.HEAD),
)
DESTRUCTION = (
    Step("book_in", Permission.RECEIVE_ITEMS, Role.KEEPER),
    Step("issue", Permission.ISSUE_RELEASE, Role.KEEPER),
    Step("complete", Permission.MANAGE_DESTRUCTION, Role.OFFICER),
)
STEPS = {"release": RELEASE, "refusal": REFUSAL, "sale": SALE, "destruction": DESTRUCTION}
PAIRS = (
    Pair("release", "request", "approve", "release.own_request"),
    Pair("release", "request", "issue", "release.own_request"),
    Pair("release", "request", "finish", "release.own_request"),
    Pair("release", "approve", "issue", "release.own_approval"),
    Pair("release", "approve", "finish", "release.own_approval"),
    Pair("refusal", "request", "reject", "release.own_request"),
    Pair("sale", "sell", "pay", "sale.own_sale"),
    Pair("sale", "sell", "hand_over", "sale.own_sale_handover"),
    Pair("sale", "pay", "hand_over", "sale.own_payment"),
    Pair("sale", "issue", "hand_over", "release.own_issue_end"),
    Pair("destruction", "book_in", "complete", "destruction.own_booking"),
    Pair("destruction", "issue", "complete", "release.own_issue_end"),
)


def _label(roles: frozenset[Role]) -> str:
    if roles == frozenset(Role):
        return "every-role"
    return "+".join(r.value for r in ACTING if r in roles)


CASES = [
    pytest.param(pair, roles, id=f"{pair.workflow}:{pair.first}>{pair.second}[{_label(roles)}]")
    for pair in PAIRS
    for roles in COMBINATIONS
]


@pytest.fixture(autouse=True)
def _cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    """A placeholder instead of each rendered PDF (the documents have their own tests)."""
    monkeypatch.setattr(documents, "render_document", lambda *_args: b"%PDF-1.4 placeholder")


# -- the workflows, step by step ------------------------------------------------------------

Do = Callable[[Actor], object]


def _asker(world: World, made: list[int]) -> tuple[Do, ItemView]:
    """The officer's step of a release to the owner: the request made is appended to ``made``."""
    item = world.receive(disposition=Disposition.RETURN_TO_OWNER)

    def request(actor: Actor) -> object:
        made.append(world.services.release_requests.request(
            actor, world.case.id, [item.id], ReleaseRequestPurpose.RETURN_TO_OWNER,
            Recipient("Phạm Thị Dung")).id)  # fmt: skip
        return made[-1]

    return request, item


def _release(world: World) -> Iterator[tuple[str, Do]]:
    rr = world.services.release_requests
    made: list[int] = []
    request, item = _asker(world, made)

    def approve(actor: Actor) -> object:
        r = rr.get(world.officer, made[-1])
        return rr.approve(actor, r.id, datetime.now(UTC), r.version)

    yield "request", request
    yield "approve", approve
    yield "issue", lambda actor: rr.issue(actor, made[-1], item.id)
    yield "finish", lambda actor: rr.finish(actor, made[-1])
    done = rr.get(world.officer, made[-1])
    assert done.status is ReleaseRequestStatus.ISSUED


def _refusal(world: World) -> Iterator[tuple[str, Do]]:
    """Deciding is one duty whichever way it goes: the asker does not reject either."""
    rr = world.services.release_requests
    made: list[int] = []
    request, _item = _asker(world, made)

    def reject(actor: Actor) -> object:
        r = rr.get(world.officer, made[-1])
        return rr.reject(actor, r.id, "Chưa có quyết định xử lý vật chứng", r.version)

    yield "request", request
    yield "reject", reject
    assert rr.get(world.officer, made[-1]).status is ReleaseRequestStatus.REJECTED


def _sale(world: World) -> Iterator[tuple[str, Do]]:
    auctions = world.services.auctions
    lot = valued_lot(world, 10_000_000)  # worth little: sold without auction (Art 64)
    sale_day = date(2026, 11, 9)
    auctions.today.day = sale_day  # type: ignore[attr-defined]
    announce(world, lot.id)  # Decree 152/2026 Art 64.2: announced on Friday 06/11
    yield "sell", lambda actor: auctions.sell_without_auction(
        actor, lot.id, SaleMethod.LOW_VALUE, Buyer("Trần Văn Hùng"), 10_000_000, sale_day,
    )  # fmt: skip
    yield "pay", lambda actor: auctions.record_payment(actor, lot.id, 10_000_000, sale_day)
    # Out of the warehouse on the head's order first (Art 37.3), scanned out by a keeper.
    ids = [i.item_id for i in auctions.get(world.officer, lot.id).items]
    order = world.order_exit(ids, ReleaseRequestPurpose.TO_AUCTION)
    yield "issue", lambda actor: world.issue_out(order, actor)
    yield "hand_over", lambda actor: auctions.hand_over(actor, lot.id, sale_day)
    assert auctions.get(world.officer, lot.id).status is LotStatus.HANDED_OVER


MEMBERS = (
    MemberDraft("Nguyễn Văn Hùng", "Chấp hành viên", "Phòng THADS khu vực 1", is_chair=True),
    MemberDraft("Trần Thị Lan", "Kế toán nghiệp vụ", "Phòng THADS khu vực 1"),
    MemberDraft("Lê Minh Tuấn", "Cán bộ", "Sở Tài chính thành phố Hà Nội"),
)
SUPERVISOR = Supervisor("Phạm Quốc Bảo", "Kiểm sát viên", "Viện kiểm sát nhân dân khu vực 1")


def _run() -> Execution:
    now = datetime.now(UTC)
    start = max(now - timedelta(hours=2), day_start(agency_today()))
    return Execution(DestructionMethod.BURN, "Bãi xử lý chất thải Nam Sơn", start,
                     min(start + timedelta(hours=1), now))  # fmt: skip


def _destruction(world: World) -> Iterator[tuple[str, Do]]:
    d = world.services.destruction
    booked: list[int] = []

    def book_in(actor: Actor) -> object:
        draft = ItemDraft(kind=ItemKind.EVIDENCE, category=Category.OTHER, name="Dao găm",
                          case_id=world.case.id, location_id=world.shelf_a.id,
                          condition="Gỉ sét")  # fmt: skip
        booked.append(world.services.items.receive(actor, draft).id)
        return booked[-1]

    yield "book_in", book_in
    item = world.services.items.get(world.officer, booked[-1])
    world.order([item], Disposition.DESTROY)
    order = world.order_exit([item.id], ReleaseRequestPurpose.TO_DESTRUCTION)
    yield "issue", lambda actor: world.issue_out(order, actor)
    council = d.set_up(world.officer, CouncilDraft("12/QĐ-THADS", agency_today(), MEMBERS,
                                                   SUPERVISOR))  # fmt: skip
    council = d.add_by_code(world.officer, council.id, item.code)
    d.record_seen(world.officer, council.id, item.code)
    d.record_vote(world.officer, council.id, {m.id: Vote.FOR for m in council.members})
    yield "complete", lambda actor: d.complete(actor, council.id, _run())
    assert d.get(world.officer, council.id).status is CouncilStatus.COMPLETED
    assert world.services.items.get(world.officer, item.id).status is ItemStatus.DESTROYED


WORKFLOWS = {
    "release": _release,
    "refusal": _refusal,
    "sale": _sale,
    "destruction": _destruction,
}

# -- the matrix -----------------------------------------------------------------------------


def _person(world: World, roles: frozenset[Role]) -> Actor:
    """One person holding ``roles``; a conflicting grant confirmed by a second administrator."""
    second = world.second_admin() if conflicts(roles) else None
    return hire(world.services, world.admin, "nguoi-nhieu-vai", "Ngô Văn Kiêm Nhiệm", PASSWORD,
                roles, "", second)  # fmt: skip


def _refused(world: World, do: Do, actor: Actor, key: str) -> DomainError:
    """``do`` as ``actor`` is refused with ``key``, in both languages, writing nothing."""
    before = snapshot(world.services)
    with pytest.raises((ValidationError, PermissionDeniedError)) as refused:
        do(actor)
    error = refused.value
    assert error.key == key, error.message("en")
    for lang in ("vi", "en"):
        assert key not in error.message(lang)
    assert snapshot(world.services) == before
    return error


@pytest.mark.parametrize(("pair", "roles"), CASES)
def test_no_one_completes_two_duties_of_one_workflow(
    world: World, pair: Pair, roles: frozenset[Role]
) -> None:
    person = _person(world, roles)
    steps = {s.name: s for s in STEPS[pair.workflow]}
    first, second = steps[pair.first], steps[pair.second]
    may_first = is_allowed(roles, first.permission)
    for name, do in WORKFLOWS[pair.workflow](world):
        step = steps[name]
        other = world.actors[step.default]
        if name == pair.first:
            if not may_first:  # the role alone stops them: no first duty, so no second
                _refused(world, do, person, "error.permission_denied")
                return
            do(person)
        elif name == pair.second:
            may_second = is_allowed(roles, second.permission)
            key = pair.key if may_second else "error.permission_denied"
            error = _refused(world, do, person, key)
            if may_second:
                assert person.full_name in error.message("vi")
                if pair.workflow == "destruction":  # the head's reason lifts neither
                    reason = "Kho chỉ có một thủ kho; đã có Kiểm sát viên giám sát"
                    run = replace(_run(), override_reason=reason)
                    council = world.services.destruction.list(world.officer)[0]
                    _refused(world, lambda a: world.services.destruction.complete(
                        a, council.id, run), person, pair.key)  # fmt: skip
            do(other)  # someone else may
        else:
            do(other)


# -- the keeper who gave the items out does not record their end ----------------------------


def _keeper_and_head(world: World) -> Actor:
    return hire(world.services, world.admin, "thu-kho-kiem", "Đoàn Văn Kiêm", PASSWORD,
                [Role.KEEPER, Role.HEAD], "", world.second_admin())  # fmt: skip


def test_whoever_issued_the_items_to_the_council_does_not_record_their_destruction(
    world: World,
) -> None:
    """A keeper who also holds the head's role scans the items out to the council, then tries
    to complete their destruction: refused naming him, nothing written; another does it."""
    person = _keeper_and_head(world)
    d = world.services.destruction
    item = world.receive(disposition=Disposition.DESTROY)
    world.exit_on_order([item.id], ReleaseRequestPurpose.TO_DESTRUCTION, keeper=person)
    council = d.set_up(world.officer, CouncilDraft("13/QĐ-THADS", agency_today(), MEMBERS,
                                                   SUPERVISOR))  # fmt: skip
    council = d.add_by_code(world.officer, council.id, item.code)
    d.record_seen(world.officer, council.id, item.code)
    d.record_vote(world.officer, council.id, {m.id: Vote.FOR for m in council.members})
    error = _refused(world, lambda a: d.complete(a, council.id, _run()), person,
                     "release.own_issue_end")  # fmt: skip
    assert "Đoàn Văn Kiêm" in error.message("vi") and item.code in error.message("en")
    assert d.complete(world.officer, council.id, _run()).status is CouncilStatus.COMPLETED


def test_whoever_issued_the_lot_to_the_auction_does_not_hand_it_to_the_buyer(
    world: World,
) -> None:
    """The same keeper-and-head scans a sold lot out to the auction, then tries to hand it to
    the buyer: refused, nothing written; the head who did neither hands it over."""
    person = _keeper_and_head(world)
    auctions = world.services.auctions
    lot = valued_lot(world, 10_000_000)
    sale_day = date(2026, 11, 9)
    auctions.today.day = sale_day  # type: ignore[attr-defined]
    announce(world, lot.id)
    auctions.sell_without_auction(world.officer, lot.id, SaleMethod.LOW_VALUE,
                                  Buyer("Trần Văn Hùng"), 10_000_000, sale_day)  # fmt: skip
    auctions.record_payment(world.accountant, lot.id, 10_000_000, sale_day)
    out_on_order(world, lot.id, keeper=person)
    _refused(world, lambda a: auctions.hand_over(a, lot.id, sale_day), person,
             "release.own_issue_end")  # fmt: skip
    auctions.hand_over(world.head, lot.id, sale_day)
    assert auctions.get(world.officer, lot.id).status is LotStatus.HANDED_OVER
