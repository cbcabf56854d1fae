"""A small, complete organisation for service tests: agency, users per role, warehouse, case."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select, update

from db.models import ReleaseRequest, ReleaseRequestItem
from evidence_app.domain.clock import agency_today, wall_clock
from evidence_app.domain.disposition import DispositionSource
from evidence_app.domain.enums import (
    MONEY_CATEGORIES,
    Category,
    CustodianKind,
    Disposition,
    ItemKind,
    LocationKind,
    PartyRole,
    ReleasePurpose,
    ReleaseRequestPurpose,
    Role,
)
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.dto import (
    CaseView,
    CheckoutView,
    ItemView,
    LocationView,
    WarehouseView,
)
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody import (
    CheckoutTerms,
    DispositionOrder,
    Recipient,
    ReleaseRequestView,
    Witness,
)
from evidence_app.services.facade import Services
from tests.people import hire

PASSWORD = "kho-vat-chung-2026"
#: The court that asks for items for a trial in the world's temporary releases.
COURT = "Tòa án nhân dân quận Hoàn Kiếm"
#: The judgment of the world's case, and the day its enforcement decision (QĐ THA) was made.
JUDGMENT = DispositionSource(
    "123/2026/HS-ST", agency_today() - timedelta(days=30), "Tòa án nhân dân quận Hoàn Kiếm"
)
DECIDED_ON = agency_today() - timedelta(days=2)
#: The disposition a judgment orders for items released for each purpose.
ORDERED_FOR = {
    ReleaseRequestPurpose.RETURN_TO_OWNER: Disposition.RETURN_TO_OWNER,
    ReleaseRequestPurpose.CONFISCATION_HANDOVER: Disposition.CONFISCATE,
    ReleaseRequestPurpose.TO_AUCTION: Disposition.AUCTION,
    ReleaseRequestPurpose.TO_DESTRUCTION: Disposition.DESTROY,
    ReleaseRequestPurpose.OTHER: Disposition.RETURN_TO_OWNER,
}


@dataclass
class World:
    services: Services
    actors: dict[Role, Actor]
    warehouse: WarehouseView
    zone: LocationView
    shelf_a: LocationView
    shelf_b: LocationView
    case: CaseView
    #: Cash and foreign currency go to the Treasury, never a shelf (Decree 152 Art 37.1).
    vault: LocationView

    @property
    def admin(self) -> Actor:
        return self.actors[Role.ADMIN]

    @property
    def keeper(self) -> Actor:
        return self.actors[Role.KEEPER]

    @property
    def officer(self) -> Actor:
        return self.actors[Role.OFFICER]

    @property
    def head(self) -> Actor:
        return self.actors[Role.HEAD]

    @property
    def accountant(self) -> Actor:
        return self.actors[Role.ACCOUNTANT]

    def receive(
        self,
        name: str = "Xe máy Honda Wave",
        *,
        stored: bool = True,
        category: Category = Category.VEHICLE,
        **fields: object,
    ) -> ItemView:
        """An item booked in by the keeper and put away (on shelf A; money in the Treasury's
        vault) unless ``stored`` is False; with ``disposition``, the officer then records it
        as the judgment orders."""
        disposition = fields.pop("disposition", None)
        draft = ItemDraft(
            kind=ItemKind.EVIDENCE,
            category=category,
            name=name,
            case_id=self.case.id,
            location_id=(self.vault if category in MONEY_CATEGORIES else self.shelf_a).id
            if stored
            else None,
            **fields,  # type: ignore[arg-type]
        )
        item = self.services.items.receive(self.keeper, draft)
        if disposition is None:
            return item
        return self.order([item], Disposition(str(disposition)))[0]

    def order(self, items: Sequence[ItemView], disposition: Disposition) -> list[ItemView]:
        """The officer records what the judgment orders for ``items`` (custody events);
        items already so ordered are left alone."""
        current = [self.services.items.get(self.officer, i.id) for i in items]
        ids = [i.id for i in current if i.disposition is not disposition]
        if ids:
            self.services.dispositions.record(
                self.officer, ids, DispositionOrder(disposition, JUDGMENT)
            )
        return [self.services.items.get(self.officer, i.id) for i in items]

    def second_admin(self) -> Witness:
        """Another administrator (made the first time) confirming a grant of roles that
        should not go together (domain.duties) with their own password."""
        users = self.services.users
        if not any(u.username == "u-admin-2" for u in users.all(self.admin)):
            hire(
                self.services, self.admin, "u-admin-2", "Quản trị viên hai", PASSWORD, [Role.ADMIN]
            )
        return Witness("u-admin-2", PASSWORD)

    @staticmethod
    def witness(person: Actor) -> Witness:
        """``person`` as the second person of dual control, typing their own password."""
        return Witness(person.username, PASSWORD)

    def exit_on_order(
        self,
        item_ids: Sequence[int],
        purpose: ReleaseRequestPurpose,
        keeper: Actor | None = None,
    ) -> None:
        """The items leave on the head's order: requested by the officer, approved, scanned out
        by the keeper — ``keeper`` if given — (the accountant as second person where needed),
        minutes issued."""
        self.issue_out(self.order_exit(item_ids, purpose), keeper or self.keeper)

    def order_exit(
        self, item_ids: Sequence[int], purpose: ReleaseRequestPurpose
    ) -> ReleaseRequestView:
        """The officer's request for the items to leave, and the head's order (not issued)."""
        rr, ids = self.services.release_requests, list(item_ids)
        case_id = self.services.items.get(self.officer, ids[0]).case_id
        assert case_id is not None
        body = "Hội đồng tiêu hủy vật chứng"
        if purpose is not ReleaseRequestPurpose.TO_DESTRUCTION:
            body = "Công ty Đấu giá Hợp danh Việt Nam"
        r = rr.request(self.officer, case_id, ids, purpose, Recipient("Đinh Công Tráng", body))
        # The current minute: the keeper may issue at once, never before the hour fixed
        # (Decree 152/2026 Art 37.3).
        return rr.approve(self.head, r.id, datetime.now(UTC), r.version)

    def issue_out(self, order: ReleaseRequestView, keeper: Actor) -> None:
        """``keeper`` scans the ordered items out (the accountant as second person where
        needed) and finishes with the minutes."""
        rr = self.services.release_requests
        for line in order.lines:
            second = self.witness(self.accountant) if line.needs_second_user else None
            rr.issue(keeper, order.id, line.item_id, second)
        rr.finish(keeper, order.id)
        if order.purpose is ReleaseRequestPurpose.TO_AUCTION:
            self.left_on_the_auction_day([line.item_id for line in order.lines])

    def left_on_the_auction_day(self, item_ids: Sequence[int], day: date | None = None) -> None:
        """Auction tests run on a settable calendar (``steps.use_clock``) while the keeper's
        scans bear the wall clock: items issued to the auction are taken to have left on the
        calendar's day (or ``day``) when it is the earlier, so a buyer handover dated on that
        calendar follows their exit as the service requires (issue 20), whatever day the
        tests run."""
        day = day or getattr(self.services.auctions.today, "day", None)
        if day is None:
            return
        morning = wall_clock(day, 8)
        with unit_of_work(self.services.db) as session:
            requests = select(ReleaseRequest.id).where(
                ReleaseRequest.purpose == ReleaseRequestPurpose.TO_AUCTION
            )
            session.execute(
                update(ReleaseRequestItem)
                .where(ReleaseRequestItem.item_id.in_(list(item_ids)))
                .where(ReleaseRequestItem.request_id.in_(requests))
                .where(ReleaseRequestItem.issued_at > morning)
                .values(issued_at=morning)
            )

    def checkout(
        self,
        item_ids: Sequence[int],
        due_days: int = 7,
        *,
        second: Actor | None = None,
        body: str = COURT,
    ) -> list[CheckoutView]:
        """The items go out for a trial on the head's order: the officer requests a temporary
        release on the court's written request, the head approves, the keeper scans them out
        (``second``, else the accountant, as second person where needed) and finishes."""
        rr, ids = self.services.release_requests, list(item_ids)
        case_id = self.services.items.get(self.officer, ids[0]).case_id
        assert case_id is not None
        terms = CheckoutTerms(
            "123/TA ngày 20/11/2026",
            ReleasePurpose.TRIAL,
            agency_today() + timedelta(days=due_days),
        )
        purpose = ReleaseRequestPurpose.TEMPORARY_RELEASE
        who = Recipient("Trần Văn Bình", body)
        r = rr.request(self.officer, case_id, ids, purpose, who, "", terms)
        r = rr.approve(self.head, r.id, datetime.now(UTC), r.version)
        for line in r.lines:
            witness = self.witness(second or self.accountant) if line.needs_second_user else None
            rr.issue(self.keeper, r.id, line.item_id, witness)
        rr.finish(self.keeper, r.id)
        out = [self.services.checkouts.open_for(self.keeper, i) for i in ids]
        return [c for c in out if c is not None]

    def order_for(self, items: Sequence[ItemView], purpose: ReleaseRequestPurpose) -> None:
        """Record the disposition a release for ``purpose`` needs (Law 106/2025 Art 57–60)."""
        self.order(items, ORDERED_FOR[ReleaseRequestPurpose(purpose)])


def build_world(services: Services) -> World:
    admin_view = services.users.create_first_admin("admin", "Nguyễn Quản Trị", PASSWORD)
    admin = services.users.authenticate(admin_view.username, PASSWORD)
    services.agency.save(admin, "Thi hành án dân sự thành phố Hà Nội", "Bộ Tư pháp", "Hà Nội")
    actors = {Role.ADMIN: admin}
    for role in Role:
        if role is Role.ADMIN:
            continue
        username = f"u-{role.value.replace('_', '-')}"
        actors[role] = hire(services, admin, username, f"Người dùng {role.value}", PASSWORD, [role])
    warehouse = services.warehouses.create(
        admin, "K01", "Kho vật chứng số 1", CustodianKind.AGENCY, address="Hà Nội"
    )
    zone = services.warehouses.add_location(admin, warehouse.id, "Khu A", LocationKind.ZONE)
    shelf_a = services.warehouses.add_location(
        admin, warehouse.id, "Kệ 1", LocationKind.SHELF, parent_id=zone.id
    )
    shelf_b = services.warehouses.add_location(
        admin, warehouse.id, "Kệ 2", LocationKind.SHELF, parent_id=zone.id
    )
    case = services.cases.create(
        actors[Role.OFFICER],
        CaseDraft(
            name="Trộm cắp tài sản – Lê Văn Cường",
            judgment_number="123/2026/HS-ST",
            decision_number="45/QĐ-THADS",
            decision_date=DECIDED_ON,
            amount_to_enforce=15_000_000,
            officer_id=actors[Role.OFFICER].user_id,
        ),
    )
    services.cases.add_party(actors[Role.OFFICER], case.id, PartyRole.OWNER, "Phạm Thị Dung")
    treasury = services.warehouses.create(
        admin, "KB1", "Kho bạc Nhà nước khu vực I", CustodianKind.TREASURY, address="Hà Nội"
    )
    vault = services.warehouses.add_location(admin, treasury.id, "Két 1", LocationKind.BIN)
    return World(services, actors, warehouse, zone, shelf_a, shelf_b, case, vault)
