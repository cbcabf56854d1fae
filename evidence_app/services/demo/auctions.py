"""Demo lots walked through AuctionService on past dates, so the demo holds a lot at every
stage of valuation, auction, payment and handover, some past a legal deadline, with the
buyer handover minutes. A fixed few dozen records, whatever the demo's size."""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from db.models import Item
from evidence_app.domain.calendar import WorkCalendar, add_working_days, is_working_day
from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import (
    Category,
    Disposition,
    HandoverObstacle,
    ItemStatus,
    PartyRole,
    ReleaseRequestPurpose,
    Role,
    SaleMethod,
    ValuationMethod,
)
from evidence_app.services.auctions import Buyer, CouncilOpinion, ValuationDraft
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody import Witness
from evidence_app.services.demo import catalogue
from evidence_app.services.demo import vocabulary as voc
from evidence_app.services.demo.ordering import issue_on_orders, order_as_judged
from evidence_app.services.facade import Services

_LEFT_OUT = {
    Category.CASH, Category.FOREIGN_CURRENCY, Category.DRUGS, Category.TOXIC_CHEMICAL,
    Category.WEAPON, Category.EXPLOSIVE, Category.DOCUMENT, Category.PRECIOUS_METAL,
    Category.PERISHABLE,
}  # fmt: skip
_FIRMS = (
    "Công ty Cổ phần Thẩm định giá Sao Việt",
    "Công ty TNHH Thẩm định giá Hoàng Quân",
    "Công ty Cổ phần Thông tin và Thẩm định giá Tây Nam Bộ",
)
_LATE = "Cơ quan đăng ký chưa trả kết quả xác minh giấy tờ của tài sản (trở ngại khách quan)"
_PRESS = "Báo Pháp luật Việt Nam; Cổng thông tin điện tử quốc gia về đấu giá tài sản"
_ORGANISATIONS = (
    "Công ty Đấu giá hợp danh Lạc Việt",
    "Trung tâm Dịch vụ đấu giá tài sản thành phố Hà Nội",
    "Công ty Đấu giá hợp danh Đông Á",
)
_HOLIDAYS = ((1, 1, "Tết Dương lịch"), (4, 30, "Ngày Giải phóng miền Nam"),
             (5, 1, "Ngày Quốc tế Lao động"), (9, 1, "Nghỉ lễ Quốc khánh"),
             (9, 2, "Quốc khánh"))  # fmt: skip

#: (steps, days ago the lot was seized): each scenario leaves a lot at one stage; the
#: ages put some deadlines in the past (notice, posting, payment, handover) and some ahead.
SCENARIOS: tuple[tuple[tuple[str, ...], int], ...] = (
    ((), 4),
    (("value",), 14),  # the notice to the parties overdue
    (("value", "notify"), 8),
    (("value", "notify", "contract"), 12),
    (("value", "notify", "contract", "round_unposted"), 11),
    (("value", "notify", "contract", "round_unposted"), 40),  # posting day passed
    (("value", "notify", "contract", "round"), 20),
    (("value", "notify", "contract", "round", "fail"), 45),
    (("value", "notify", "contract", "round", "fail", "round", "fail", "round", "fail"), 110),
    (("value", "notify", "contract", "round", "win_agreed"), 40),
    (("value", "notify", "contract", "round", "win", "pay_part"), 75),  # payment overdue
    (("value", "notify", "contract", "round", "win", "pay"), 45),
    (("value", "notify", "contract", "round", "win", "pay"), 150),  # handover overdue
    (("value", "notify", "contract", "round", "fail", "round", "win", "pay", "handover"), 160),
    (("value", "notify", "contract", "round", "win", "pay", "handover"), 90),
    (("value", "notify", "contract", "round", "fail", "round", "fail", "round", "fail",
      "creditor"), 140),
    # Law 106/2025 Art 83.3–83.4, Decree 152/2026 Art 65.6: the creditor's taking under way
    # (debtor told, his window open), a redemption before the auction, a lot taken down to
    # the enforcement costs and returned to the debtor.
    (("value", "notify", "contract", "round", "fail", "round", "fail", "round", "fail",
      "creditor_asks"), 95),
    (("value", "notify", "contract", "costs", "round", "redeem"), 40),
    (("value", "notify", "contract", "costs", "round", "fail", "round", "fail", "round", "fail",
      "decline", "round", "fail", "decline"), 180),
)  # fmt: skip


@dataclass
class _Clock:
    day: date

    def __call__(self) -> date:
        return self.day


@dataclass
class _Walk:
    """One lot's steps, each dated a few days after the one before."""

    services: Services
    officer: Actor
    accountant: Actor
    clock: _Clock
    rng: random.Random
    lot_id: int
    day: date
    price: int = 0
    holidays: Collection[date] = field(default_factory=WorkCalendar)
    #: What the lot's items are worth as booked in: the valuation stays near it.
    worth: int = 0
    #: Who hands the asset to the buyer: not the officer who recorded the sale (issue 17).
    deliverer: Actor | None = None

    def at(self, day: date) -> None:
        self.day = self.clock.day = day

    def later(self, days: int) -> None:
        day = self.day + timedelta(days=days)
        while not is_working_day(day, self.holidays):
            day += timedelta(days=1)
        self.at(day)

    def value(self) -> None:
        self.later(3)
        self.price = _near(self.worth, self.rng)
        if self.rng.random() < 0.5:
            draft = ValuationDraft(
                ValuationMethod.FIRM, self.price, self.day, self.rng.choice(_FIRMS)
            )
        else:
            members = (f"{catalogue.person(self.rng)} – Sở Tài chính",
                       f"{catalogue.person(self.rng)} – Phòng Kinh tế")  # fmt: skip
            # Decree 152/2026 Art 60.3: each member's opinion; one dissents, outvoted.
            dissent = CouncilOpinion(False, self.price * 9 // 10, "Giá thị trường thấp hơn")
            draft = ValuationDraft(ValuationMethod.PRICE_COUNCIL, self.price, self.day,
                                   chair_user_id=self.officer.user_id, members=members,
                                   opinions=(CouncilOpinion(True), CouncilOpinion(True),
                                             dissent))  # fmt: skip
        self.services.auctions.record_valuation(self.officer, self.lot_id, draft)

    def notify(self) -> None:
        self.later(2)
        self.services.auctions.notify_parties(self.officer, self.lot_id, self.day)

    def contract(self) -> None:
        self.later(2)
        number = f"{self.rng.randint(10, 300)}/{self.day.year}/HĐ-ĐGTS"
        org = self.rng.choice(_ORGANISATIONS)
        self.services.auctions.sign_contract(self.officer, self.lot_id, org, number, self.day)

    def round(self, posted: bool = True) -> None:
        self.later(1)
        # The auctioneer's two public notices, 2 working days apart, the second with the
        # posting (Law on Asset Auctions Art 57.1, 57.3).
        first = self.day
        self.at(add_working_days(first, 2, self.holidays))
        auction_on = add_working_days(self.day, 9, self.holidays)
        lot = self.services.auctions.get(self.officer, self.lot_id)
        price = None
        if lot.rounds:
            price = lot.rounds[-1].starting_price * 9 // 10  # the full legal reduction
        said = ((first, _PRESS), (self.day, _PRESS)) if posted else ()
        self.services.auctions.schedule_round(self.officer, self.lot_id, auction_on, price,
                                              posted_on=self.day if posted else None,
                                              notices=said)  # fmt: skip
        self.at(auction_on)

    def round_unposted(self) -> None:
        self.later(1)
        self.round(posted=False)

    def fail(self) -> None:
        self.services.auctions.record_failed_round(self.officer, self.lot_id)

    def win_agreed(self) -> None:
        """The parties and the buyer agreed to 60 days for the payment."""
        self.win(by_agreement=True)

    def win(self, by_agreement: bool = False) -> None:
        lot = self.services.auctions.get(self.officer, self.lot_id)
        start = lot.rounds[-1].starting_price
        self.price = start + self.rng.randrange(0, max(start // 10, 1_000_000), 500_000)
        self.services.auctions.record_winner(self.officer, self.lot_id, _buyer(self.rng),
                                             self.price, by_agreement)  # fmt: skip

    def pay_part(self) -> None:
        self.later(7)
        self.services.auctions.record_payment(self.accountant, self.lot_id, self.price // 4,
                                              self.day, "Nộp lần 1 qua Kho bạc")  # fmt: skip

    def pay(self) -> None:
        self.later(12)
        note = "Chuyển khoản vào tài khoản tạm giữ"
        self.services.auctions.record_payment(self.accountant, self.lot_id, self.price,
                                              self.day, note)  # fmt: skip

    def handover(self) -> None:
        self.later(20)
        # The demo's items leave the warehouse today (a release cannot be back-dated), and
        # nothing reaches the buyer before it has left.
        self.at(max(self.day, agency_today()))
        lot = self.services.auctions.get(self.officer, self.lot_id)
        late = lot.handover_due is not None and self.day > lot.handover_due
        # After the period only on a recorded ground (Decree 152/2026 Art 67.1.c).
        self.services.auctions.hand_over(
            self.deliverer or self.officer, self.lot_id, self.day,
            late_ground=HandoverObstacle.OBJECTIVE_OBSTACLE if late else None,
            late_reason=_LATE if late else "",
        )  # fmt: skip

    def costs(self) -> None:
        """The enforcement costs so far, four fifths of the price (a poor asset)."""
        self.services.auctions.record_costs(self.officer, self.lot_id, self.price * 4 // 5)

    def decline(self) -> None:
        self.told()  # the offer is in the notice of the failure (Decree 152/2026 Art 65.6)
        self.services.auctions.creditor_declines(self.officer, self.lot_id, self.day)

    def redeem(self) -> None:
        """The debtor pays in full two working days before the auction (Art 83.4)."""
        self.at(add_working_days(self.day, -2, self.holidays))
        due = self.services.auctions.redemption_due(self.officer, self.lot_id)
        self.services.auctions.redeem(self.accountant, self.lot_id, self.day, due)

    def told(self) -> None:
        """The parties told of the failure, the offer to the creditor in it: his request
        answers that notice (Decree 152/2026 Art 65.6)."""
        self.services.auctions.notify_failure(self.officer, self.lot_id, self.day)

    def creditor_asks(self) -> None:
        self.later(2)
        self.told()
        self.services.auctions.creditor_requests(self.officer, self.lot_id, self.day)
        self.later(1)
        self.services.auctions.notify_debtor_of_taking(self.officer, self.lot_id, self.day)

    def creditor(self) -> None:
        self.later(5)
        lot = self.services.auctions.get(self.officer, self.lot_id)
        case = self.services.cases.items(self.officer, lot.case_id, limit=1).case
        names = [p.full_name for p in case.parties if p.role is PartyRole.CREDITOR]
        if not names:
            names = [catalogue.person(self.rng)]
            self.services.cases.add_party(self.officer, lot.case_id, PartyRole.CREDITOR, names[0])
        # Decree 152/2026 Art 65.6, 66: request, the debtor told and his 5 working days to
        # redeem, then the creditor told; he pays any difference and the debt is set off.
        auctions = self.services.auctions
        self.told()
        auctions.creditor_requests(self.officer, self.lot_id, self.day)
        self.later(1)
        auctions.notify_debtor_of_taking(self.officer, self.lot_id, self.day)
        self.at(add_working_days(self.day, 6, self.holidays))
        auctions.notify_creditor_to_pay(self.officer, self.lot_id, self.day)
        self.later(2)
        difference = auctions.difference_due(self.officer, self.lot_id)
        auctions.creditor_takes(self.officer, self.lot_id, Buyer(names[0]), self.day,
                                difference)  # fmt: skip


def demo_auctions(services: Services, ids: dict[str, int], witness: Witness, seed: int = 1) -> int:
    """Walk the scenarios on stored items of recent cases; the number of lots made (the
    accountant, ``witness``, as second person where an item leaving needs one)."""
    rng = random.Random(seed * 31_337)
    today = agency_today()
    officer = Actor(ids["officer"], "chv.tran", voc.DEMO_USERS[2][1], frozenset({Role.OFFICER}))
    accountant = Actor(ids["accountant"], "ketoan", voc.DEMO_USERS[4][1],
                       frozenset({Role.ACCOUNTANT}))  # fmt: skip
    head = Actor(ids["head"], "thutruong", voc.DEMO_USERS[1][1], frozenset({Role.HEAD}))
    for year in (today.year - 1, today.year, today.year + 1):
        for month, day_, name in _HOLIDAYS:
            services.calendar.add(head, date(year, month, day_), name)
    # The public holidays are computed; the agency's own days off come on top of them.
    holidays = WorkCalendar(frozenset(h.day for h in services.calendar.list(officer)))
    clock = _Clock(today)
    services.auctions.today = clock
    made = 0
    try:
        stored = _stored(services)
        plans = list(zip(SCENARIOS, _lots(stored, rng), strict=False))
        # Lots handed over to their buyer left the warehouse first, on the head's order.
        out = [[i for i, _c, _k in items] for (steps, _age), items in plans if "handover" in steps]
        for item_ids in out:
            order_as_judged(services, officer, item_ids, Disposition.AUCTION, witness)
        if out:
            batches = [(x, ReleaseRequestPurpose.TO_AUCTION) for x in out]
            issue_on_orders(services, ids, batches, witness)
        for (steps, age), items in plans:
            seized = today - timedelta(days=age)
            clock.day = seized
            order_as_judged(services, officer, [i for i, _c, _k in items], Disposition.AUCTION,
                            witness)  # fmt: skip
            lot = services.auctions.create_lot(officer, items[0][1], [i for i, _c, _k in items],
                                               seized_on=seized)  # fmt: skip
            worth = _worth(services, [i for i, _c, _k in items])
            walk = _Walk(services, officer, accountant, clock, rng, lot.id, seized,
                         holidays=holidays, worth=worth, deliverer=head)  # fmt: skip
            for step in steps:
                getattr(walk, step)()
            # The papers of the steps taken, printed (Law Art 82-83, Decree Art 60, 65-66).
            for paper in services.auctions.papers_ready(officer, lot.id):
                services.auctions.issue_paper(officer, lot.id, paper)
            made += 1
        made += _special(services, (officer, accountant), stored, rng, today, clock, holidays,
                         witness)  # fmt: skip
    finally:
        services.auctions.today = agency_today
    return made


def _stored(services: Services) -> list[tuple[int, int, Category]]:
    """Recent stored items with a case: (item id, case id, category)."""
    with unit_of_work(services.db, read_only=True) as session:
        rows = session.execute(
            select(Item.id, Item.case_id, Item.category)
            .where(Item.status == ItemStatus.IN_STORAGE, Item.case_id.is_not(None))
            .order_by(Item.id.desc())
            .limit(400)
        ).all()
    return [(int(i), int(c), Category(k)) for i, c, k in rows]


def _lots(stored: Sequence[tuple[int, int, Category]], rng: random.Random
          ) -> list[list[tuple[int, int, Category]]]:  # fmt: skip
    """Lots of one or two movable items of one case."""
    by_case: dict[int, list[tuple[int, int, Category]]] = {}
    for row in stored:
        if row[2] not in _LEFT_OUT:
            by_case.setdefault(row[1], []).append(row)
    lots = []
    for rows in by_case.values():
        take = 2 if len(rows) > 2 and rng.random() < 0.3 else 1
        lots.append(rows[:take])
    return lots


def _special(
    services: Services, staff: tuple[Actor, Actor], stored: Sequence[tuple[int, int, Category]],
    rng: random.Random, today: date, clock: _Clock, holidays: Collection[date],
    witness: Witness | None = None,
) -> int:  # fmt: skip
    """A gold lot past its 10 days, gold sold to a dealer, perishables sold at once; the
    officer sells, the accountant books the money paid at the sale."""
    officer, accountant = staff
    made = 0
    gold = [r for r in stored if r[2] is Category.PRECIOUS_METAL][:2]
    for n, (item_id, case_id, _cat) in enumerate(gold):
        seized = today - timedelta(days=14 if n == 0 else 6)
        clock.day = seized
        order_as_judged(services, officer, [item_id], Disposition.SELL_WITHOUT_AUCTION, witness)
        lot = services.auctions.create_lot(officer, case_id, [item_id], gold_bullion=True,
                                           seized_on=seized)  # fmt: skip
        if n == 1:
            clock.day = add_working_days(seized, 2, holidays)
            price = _near(_worth(services, [item_id]), rng)
            services.auctions.sell_without_auction(
                officer, lot.id, SaleMethod.GOLD_DEALER,
                Buyer("Công ty TNHH MTV Vàng bạc Đá quý Sài Gòn – SJC", "Quận 3, TP. Hồ Chí Minh"),
                price, clock.day,
            )  # fmt: skip
            services.auctions.record_payment(accountant, lot.id, price, clock.day)
        made += 1
    perishable = [r for r in stored if r[2] is Category.PERISHABLE][:1]
    for item_id, case_id, _cat in perishable:
        seized = today - timedelta(days=6)
        clock.day = seized
        order_as_judged(services, officer, [item_id], Disposition.SELL_WITHOUT_AUCTION, witness)
        lot = services.auctions.create_lot(officer, case_id, [item_id], seized_on=seized)
        walk = _Walk(
            services,
            officer,
            officer,
            clock,
            rng,
            lot.id,
            seized,
            holidays=holidays,
            worth=_worth(services, [item_id]),
        )
        walk.value()
        # Decree 152/2026 Art 64.2: announced a working day before the sale, then sold.
        services.auctions.announce_sale_without_auction(
            officer, lot.id, SaleMethod.PERISHABLE, walk.day,
            add_working_days(walk.day, 1, holidays),
        )  # fmt: skip
        walk.later(1)
        services.auctions.sell_without_auction(
            officer, lot.id, SaleMethod.PERISHABLE, _buyer(rng), walk.price, walk.day
        )
        services.auctions.record_payment(accountant, lot.id, walk.price, walk.day)
        made += 1
    return made


#: What an item with no value booked in is taken to be worth.
DEFAULT_WORTH = 3_000_000


def _worth(services: Services, item_ids: Sequence[int]) -> int:
    """The items' estimated values as booked in (a default for those without one)."""
    with unit_of_work(services.db, read_only=True) as session:
        values = session.scalars(select(Item.estimated_value).where(Item.id.in_(item_ids)))
        return int(sum(v or DEFAULT_WORTH for v in values)) or DEFAULT_WORTH


def _near(worth: int, rng: random.Random) -> int:
    """A valuation within 15 % of what the items are worth, in whole 100.000 đồng."""
    return max(500_000, int(round(worth * rng.uniform(0.85, 1.15), -5)))


def _buyer(rng: random.Random) -> Buyer:
    if rng.random() < 0.5:
        return Buyer(catalogue.person(rng), f"{rng.randint(1, 200)} {rng.choice(_STREETS)}, Hà Nội")
    return Buyer(rng.choice(_COMPANIES), f"{rng.randint(1, 200)} {rng.choice(_STREETS)}, Hà Nội")


_STREETS = ("Lê Duẩn", "Giải Phóng", "Nguyễn Trãi", "Kim Mã", "Láng Hạ", "Tây Sơn")
_COMPANIES = (
    "Công ty TNHH Thương mại Minh Phát",
    "Công ty Cổ phần Đầu tư Hưng Thịnh",
    "Công ty TNHH Vận tải Bình Minh",
)
