"""Units (issue 21) for sales, destruction and case results: every role of a regional office
is refused on the provincial unit's lots, councils and cases (``OtherUnitError`` where its
role grants the action elsewhere, else the plain refusal), writing nothing; the office acts on
its own; the provincial head acts on every unit's; the province's officer not on the
office's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from evidence_app.domain.clock import agency_today, day_start
from evidence_app.domain.enums import (
    Category,
    CustodianKind,
    DestructionMethod,
    Disposition,
    ItemKind,
    LocationKind,
    Role,
    SaleMethod,
    Vote,
)
from evidence_app.domain.errors import OtherUnitError, PermissionDeniedError
from evidence_app.domain.outcomes import ChangeKind, OutcomeKind
from evidence_app.domain.permissions import Permission, permissions_of
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.dto import ItemView, LocationView
from evidence_app.services.custody import DispositionOrder
from evidence_app.services.destruction import CouncilDraft, Execution, MemberDraft, Supervisor
from evidence_app.services.outcomes import ChangeDraft, OutcomeDraft, Paper, PaymentDraft
from tests.services.auctions.steps import (
    AUCTION_1,
    BUYER,
    CONTRACT,
    ORG,
    POSTED_1,
    SEIZED,
    VALUED,
    firm,
    use_clock,
    valued_lot,
)
from tests.services.rows import snapshot
from tests.world import DECIDED_ON, JUDGMENT, PASSWORD, World

#: Every role an office may grant (the administrator keeps the province's accounts).
OFFICE_ROLES = [r for r in Role if r is not Role.ADMIN]
Action = Callable[[Actor], object]
M = 1_000_000


@dataclass
class Office:
    """A regional office with a person in each role (held there only), its warehouse and
    shelf, and a case of its own with an enforcement decision."""

    unit_id: int
    people: dict[Role, Actor]
    shelf: LocationView
    case_id: int

    @property
    def officer(self) -> Actor:
        return self.people[Role.OFFICER]

    @property
    def head(self) -> Actor:
        return self.people[Role.HEAD]

    def item(self, world: World, name: str, disposition: Disposition) -> ItemView:
        """An item of the office's case on its shelf, ordered ``disposition`` by the judgment."""
        s = world.services
        draft = ItemDraft(
            kind=ItemKind.EVIDENCE, category=Category.VEHICLE, name=name,
            case_id=self.case_id, location_id=self.shelf.id,
        )  # fmt: skip
        item = s.items.receive(self.people[Role.KEEPER], draft)
        s.dispositions.record(self.officer, [item.id], DispositionOrder(disposition, JUDGMENT))
        return s.items.get(self.officer, item.id)


def office(world: World) -> Office:
    s, admin = world.services, world.admin
    unit = s.units.create(admin, "KV3", "Phòng Thi hành án dân sự khu vực 3")
    house = s.warehouses.create(admin, "K09", "Kho khu vực 3", CustodianKind.AGENCY)
    s.units.assign_warehouse(admin, house.id, unit.id)
    shelf = s.warehouses.add_location(admin, house.id, "Kệ KV3", LocationKind.SHELF)
    people: dict[Role, Actor] = {}
    for role in OFFICE_ROLES:
        name = f"kv3-{role.value.replace('_', '-')}"
        s.users.create(admin, name, name, "mat-khau-lan-dau-2026", [role], unit_id=unit.id)
        first = s.users.authenticate(name, "mat-khau-lan-dau-2026")
        s.users.change_own_password(first, "mat-khau-lan-dau-2026", PASSWORD)
        people[role] = s.users.authenticate(name, PASSWORD)
    draft = CaseDraft(
        name="Trộm cắp tài sản – Vũ Văn Định (khu vực 3)", judgment_number="77/2026/HS-ST",
        decision_number="08/QĐ-CCTHADS", decision_date=DECIDED_ON,
        amount_to_enforce=10_000_000, officer_id=people[Role.OFFICER].user_id,
    )  # fmt: skip
    case = s.cases.create(people[Role.OFFICER], draft)
    return Office(unit.id, people, shelf, case.id)


def refused_to_every_role(
    world: World, people: dict[Role, Actor], actions: dict[Permission, list[Action]]
) -> None:
    """Each action by each person is refused: ``OtherUnitError`` when a role of theirs grants
    the permission (in their own unit), the plain refusal otherwise; nothing is written."""
    before = snapshot(world.services)
    for role, person in people.items():
        for permission, calls in actions.items():
            for call in calls:
                with pytest.raises(PermissionDeniedError) as caught:
                    call(person)
                other_unit = isinstance(caught.value, OtherUnitError)
                assert other_unit == (permission in permissions_of([role])), (role, permission)
                if other_unit:
                    message = caught.value.message("vi")
                    assert "đơn vị khác" in message
                    assert "another unit" in caught.value.message("en")
    assert snapshot(world.services) == before


def test_an_office_cannot_touch_the_provinces_lots_but_works_its_own(world: World) -> None:
    s = world.services
    a, pb = s.auctions, s.priority_buyers
    kv = office(world)
    lot = valued_lot(world)  # the province's, valued and notified; the clock at 09/11/2026
    notice = pb.notify(world.officer, lot.id, "Ông Lại Văn Sâm (đồng sở hữu)", date(2026, 11, 9))
    spare = world.receive("Xe máy Yamaha Sirius")
    world.order([spare], Disposition.AUCTION)
    day = date(2026, 11, 9)
    manage: list[Action] = [
        lambda p: a.create_lot(p, world.case.id, [spare.id], seized_on=SEIZED),
        lambda p: a.record_valuation(p, lot.id, firm()),
        lambda p: a.notify_parties(p, lot.id, day),
        lambda p: a.sign_contract(p, lot.id, ORG, "15/2026/HĐ-ĐG", CONTRACT),
        lambda p: a.schedule_round(p, lot.id, AUCTION_1),
        lambda p: a.record_posting(p, lot.id, POSTED_1),
        lambda p: a.record_failed_round(p, lot.id),
        lambda p: a.record_winner(p, lot.id, BUYER, 100_000_000),
        lambda p: a.announce_sale_without_auction(p, lot.id, SaleMethod.LOW_VALUE, day, day),
        lambda p: a.sell_without_auction(p, lot.id, SaleMethod.LOW_VALUE, BUYER, 1, day),
        lambda p: a.cancel_unpaid_sale(p, lot.id, day, "Biên bản 01/BB"),
        lambda p: a.hand_over(p, lot.id, day),
        lambda p: a.record_costs(p, lot.id, 1_000_000),
        lambda p: a.creditor_declines(p, lot.id, day),
        lambda p: a.creditor_requests(p, lot.id, day),
        lambda p: a.notify_debtor_of_taking(p, lot.id, day),
        lambda p: a.notify_creditor_to_pay(p, lot.id, day),
        lambda p: a.creditor_takes(p, lot.id, BUYER, day),
        lambda p: pb.notify(p, lot.id, "Bà Lại Thị Mơ", day),
        lambda p: pb.buy(p, notice.id, day),
    ]
    money: list[Action] = [
        lambda p: a.record_payment(p, lot.id, 1_000_000, day),
        lambda p: a.redeem(p, lot.id, day, 20_000_000),
    ]
    actions = {Permission.MANAGE_AUCTIONS: manage, Permission.RECORD_SALE_PAYMENT: money}
    refused_to_every_role(world, kv.people, actions)
    # The office's own lot: its officer makes and values it.
    clock = use_clock(world, VALUED)
    car = kv.item(world, "Xe ô tô Kia Morning", Disposition.AUCTION)
    own = a.create_lot(kv.officer, kv.case_id, [car.id], seized_on=SEIZED)
    own = a.record_valuation(kv.officer, own.id, firm(50_000_000))
    before = snapshot(s)
    # The province's officer may neither value it again nor put the office's item on a lot.
    with pytest.raises(OtherUnitError):
        a.record_valuation(world.officer, own.id, firm(60_000_000))
    with pytest.raises(OtherUnitError):
        a.notify_parties(world.officer, own.id, VALUED)
    assert snapshot(s) == before
    bike = kv.item(world, "Xe máy Honda Vision", Disposition.AUCTION)
    before = snapshot(s)
    with pytest.raises(OtherUnitError):
        a.create_lot(world.officer, kv.case_id, [bike.id], seized_on=SEIZED)
    # Nor put the province's item on the office's case (refused by its unit, not its case).
    with pytest.raises(OtherUnitError):
        a.create_lot(kv.officer, world.case.id, [spare.id], seized_on=SEIZED)
    # The provincial inspector reads every unit but writes nothing.
    with pytest.raises(PermissionDeniedError) as inspector:
        a.notify_parties(world.actors[Role.INSPECTOR], own.id, VALUED)
    assert not isinstance(inspector.value, OtherUnitError)
    assert snapshot(s) == before
    # The provincial head acts on every unit's lot.
    clock.day = date(2026, 11, 9)
    told = a.notify_parties(world.head, own.id, date(2026, 11, 9))
    assert told.valuation is not None and told.valuation.notified_on == date(2026, 11, 9)


MEMBERS = (
    MemberDraft("Nguyễn Văn Hùng", "Chấp hành viên", "Phòng THADS khu vực 3", is_chair=True),
    MemberDraft("Trần Thị Lan", "Kế toán nghiệp vụ", "Phòng THADS khu vực 3"),
    MemberDraft("Lê Minh Tuấn", "Cán bộ", "Phòng Tài chính – Kế hoạch"),
)
SUPERVISOR = Supervisor("Phạm Quốc Bảo", "Kiểm sát viên", "Viện kiểm sát nhân dân khu vực 3")


def _council_draft() -> CouncilDraft:
    return CouncilDraft("12/QĐ-THADS", agency_today(), MEMBERS, SUPERVISOR)


def _run() -> Execution:
    now = datetime.now(UTC)
    start = max(now - timedelta(hours=2), day_start(agency_today()))
    return Execution(DestructionMethod.BURN, "Bãi xử lý chất thải Nam Sơn", start,
                     min(start + timedelta(hours=1), now))  # fmt: skip


def test_an_office_cannot_touch_the_provinces_councils_but_runs_its_own(world: World) -> None:
    s = world.services
    d = s.destruction
    kv = office(world)
    listed = world.receive("Dao găm", disposition=Disposition.DESTROY)
    spare = world.receive("Mã tấu", disposition=Disposition.DESTROY)
    ours = kv.item(world, "Xe máy độ chế", Disposition.DESTROY)
    council = d.set_up(world.officer, _council_draft())
    council = d.add_items(world.officer, council.id, [listed.id])
    votes = {m.id: Vote.FOR for m in council.members}
    c = council.id
    manage: list[Action] = [
        lambda p: d.add_items(p, c, [spare.id]),
        lambda p: d.add_items(p, c, [ours.id]),  # its own item on the province's council
        lambda p: d.add_by_code(p, c, spare.code),
        lambda p: d.add_by_filter(p, c, case_id=world.case.id),
        lambda p: d.add_by_filter(p, c, category=Category.VEHICLE),
        lambda p: d.withdraw(p, c, listed.id, "Chủ sở hữu nhận lại trước (Điều 41.5)"),
        lambda p: d.record_contractor(p, c, "Công ty Môi trường đô thị", "05/2026/HĐ"),
        lambda p: d.record_vote(p, c, votes),
        lambda p: d.record_seen(p, c, listed.code, "Gỉ sét"),
        lambda p: d.add_photo(p, c, b"\xff\xd8\xff\xe0 jpeg", "image/jpeg", "Đốt"),
        lambda p: d.complete(p, c, _run()),
    ]
    refused_to_every_role(world, kv.people, {Permission.MANAGE_DESTRUCTION: manage})
    # The office's own council: set up by its officer, its items listed by filter (the
    # province's vehicles ordered destroyed are not its to list).
    own = d.set_up(kv.officer, _council_draft())
    own = d.add_by_filter(kv.officer, own.id, category=Category.VEHICLE)
    assert [i.code for i in own.items] == [ours.code]
    empty = d.set_up(kv.officer, _council_draft())
    before = snapshot(s)
    for refused in (
        lambda: d.add_items(world.officer, own.id, [spare.id]),
        lambda: d.record_contractor(world.officer, own.id, "Công ty Môi trường đô thị"),
        lambda: d.record_contractor(world.officer, empty.id, "Công ty Môi trường đô thị"),
        lambda: d.add_items(kv.officer, empty.id, [spare.id]),
        lambda: d.add_by_filter(kv.officer, empty.id, case_id=world.case.id),
    ):
        with pytest.raises(OtherUnitError):
            refused()
    assert snapshot(s) == before
    # The provincial head acts on every unit's council.
    done = d.record_contractor(world.head, own.id, "Công ty Môi trường đô thị", "06/2026/HĐ")
    assert done.contractor == "Công ty Môi trường đô thị"


def test_an_office_cannot_record_nor_confirm_the_provinces_case_results(world: World) -> None:
    s = world.services
    r = s.case_results
    kv = office(world)
    today = agency_today()
    doc = Paper("01/QĐ-THADS", today, "Thi hành án dân sự thành phố Hà Nội")
    waiting = r.record_payment(world.officer, world.case.id, PaymentDraft(1_000_000, today, doc))
    case_id = world.case.id
    record: list[Action] = [
        lambda p: r.record_outcome(p, case_id, OutcomeDraft(OutcomeKind.ENFORCEABLE, today, doc)),
        lambda p: r.record_payment(p, case_id, PaymentDraft(2_000_000, today, doc)),
        lambda p: r.record_change(p, case_id, ChangeDraft(ChangeKind.AMOUNT, today, doc, 2 * M)),
    ]
    confirm: list[Action] = [
        lambda p: r.confirm(p, waiting),
        lambda p: r.confirm(p, waiting, accept=False, note="Chứng từ không hợp lệ"),
        # The province's statistics period is closed by the provincial head only.
        lambda p: r.close_period(p, date(2026, 1, 1), today - timedelta(days=1)),
    ]
    actions = {Permission.RECORD_CASE_RESULT: record, Permission.CONFIRM_CASE_RESULT: confirm}
    refused_to_every_role(world, kv.people, actions)
    # The office records and confirms its own case's money; the province's officer may not
    # record on it; the provincial head confirms every unit's records.
    first = r.record_payment(kv.officer, kv.case_id, PaymentDraft(1_000_000, today, doc))
    second = r.record_payment(kv.officer, kv.case_id, PaymentDraft(500_000, today, doc))
    before = snapshot(s)
    with pytest.raises(OtherUnitError):
        r.record_payment(world.officer, kv.case_id, PaymentDraft(1_000_000, today, doc))
    with pytest.raises(OtherUnitError):
        r.record_change(world.officer, kv.case_id, ChangeDraft(ChangeKind.AMOUNT, today, doc, 1))
    # Nor may the office's case pass to an officer who cannot act in its unit.
    officer = world.officer.user_id
    with pytest.raises(OtherUnitError) as elsewhere:
        r.record_change(
            kv.officer, kv.case_id, ChangeDraft(ChangeKind.OFFICER, today, doc, officer)
        )
    assert world.officer.username in elsewhere.value.message("vi")
    assert snapshot(s) == before
    r.record_change(
        kv.officer, kv.case_id, ChangeDraft(ChangeKind.OFFICER, today, doc, kv.head.user_id)
    )
    assert r.confirm(kv.head, first).accepted is True
    assert r.confirm(world.head, second).accepted is True
    assert r.confirm(world.head, waiting).accepted is True
