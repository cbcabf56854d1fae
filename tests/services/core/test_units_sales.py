"""Units (issue 21) for sales, destruction and case results: every role of a regional office
is refused on the provincial unit's lots, councils and cases (``OtherUnitError`` where its
role grants the action elsewhere, else the plain refusal), writing nothing; the office acts on
its own; the provincial head acts on every unit's; the province's officer not on the
office's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest

from evidence_app.domain.enums import (
    Category,
    CustodianKind,
    Disposition,
    ItemKind,
    LocationKind,
    Role,
    SaleMethod,
)
from evidence_app.domain.errors import OtherUnitError, PermissionDeniedError
from evidence_app.domain.permissions import Permission, permissions_of
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.dto import ItemView, LocationView
from evidence_app.services.custody import DispositionOrder
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
        lambda p: a.sell_without_auction(p, lot.id, SaleMethod.LOW_VALUE, BUYER, 1, day, day),
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
