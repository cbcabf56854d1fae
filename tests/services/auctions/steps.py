"""Driving a lot through its steps on a fixed calendar, for service and screen tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from evidence_app.domain.enums import (
    Category,
    Disposition,
    ReleaseRequestPurpose,
    SaleMethod,
    ValuationMethod,
)
from evidence_app.services.auctions import Buyer, LotView, ValuationDraft
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.dto import ItemView
from tests.world import World

SEIZED = date(2026, 11, 2)  # a Monday
VALUED = date(2026, 11, 6)  # Friday: notice due Wednesday 11/11
CONTRACT = date(2026, 11, 12)
#: Monday: 7 whole working days before it (24/11, Ngày Văn hóa Việt Nam, is a holiday) run
#: from Wednesday 18/11, so the latest posting is Tuesday 17/11.
AUCTION_1 = date(2026, 11, 30)
POSTED_1 = date(2026, 11, 17)
BUYER = Buyer("Công ty TNHH Thương mại Minh Phát", "12 Lê Lợi, Hoàn Kiếm, Hà Nội")
ORG = "Công ty Đấu giá hợp danh Lạc Việt"
PAPER = "Báo Hà Nội mới; Cổng thông tin điện tử quốc gia về đấu giá tài sản"


def notices(posted_on: date, contract_on: date = CONTRACT) -> tuple[tuple[date, str], ...]:
    """The two public notices of a round posted on ``posted_on`` (Law on Asset Auctions Art
    57.1, 57.3): the second that day, the first a week before it (not before the contract),
    at least 2 working days apart."""
    first = max(contract_on, posted_on - timedelta(days=7))
    return ((first, PAPER), (posted_on, PAPER))


@dataclass
class Clock:
    """A settable ``today`` for the auction service."""

    day: date

    def __call__(self) -> date:
        return self.day


def use_clock(world: World, day: date) -> Clock:
    clock = Clock(day)
    world.services.auctions.today = clock
    return clock


def new_lot(world: World, *items: ItemView, **options: object) -> LotView:
    if not items:
        items = (world.receive("Xe ô tô Toyota Vios biển số 30A-123.45"),)
    world.order(items, Disposition.AUCTION)
    return world.services.auctions.create_lot(
        world.officer, world.case.id, [i.id for i in items], seized_on=SEIZED,
        **options,  # type: ignore[arg-type]
    )  # fmt: skip


def firm(price: int = 100_000_000, on: date = VALUED) -> ValuationDraft:
    return ValuationDraft(ValuationMethod.FIRM, price, on, valuer="Công ty Thẩm định giá Sao Việt")


def valued_lot(world: World, price: int = 100_000_000, **options: object) -> LotView:
    clock = use_clock(world, VALUED)
    lot = new_lot(world, **options)  # type: ignore[arg-type]
    lot = world.services.auctions.record_valuation(world.officer, lot.id, firm(price))
    clock.day = date(2026, 11, 9)
    return world.services.auctions.notify_parties(world.officer, lot.id, date(2026, 11, 9))


def announce(
    world: World, lot_id: int, method: SaleMethod = SaleMethod.LOW_VALUE,
    announced_on: date = date(2026, 11, 6), sale_on: date = date(2026, 11, 9),
    actor: Actor | None = None,
) -> LotView:  # fmt: skip
    """Decree 152/2026 Art 64.2: the announcement of a sale without auction, Friday 06/11 for
    Monday 09/11 by default, recorded before the sale."""
    return world.services.auctions.announce_sale_without_auction(
        actor or world.officer, lot_id, method, announced_on, sale_on
    )


def contracted_lot(world: World, price: int = 100_000_000, **options: object) -> LotView:
    lot = valued_lot(world, price, **options)
    world.services.auctions.today.day = CONTRACT  # type: ignore[attr-defined]
    return world.services.auctions.sign_contract(
        world.officer, lot.id, ORG, "15/2026/HĐ-ĐG", CONTRACT
    )


def failed_rounds(world: World, lot: LotView, prices: list[int]) -> LotView:
    """Rounds at ``prices`` (a first round at the valued price), each posted and failed,
    on Mondays four weeks apart from ``AUCTION_1``, each posted on the Monday two weeks
    before (7 whole working days between, holidays such as Tết or Giỗ Tổ included)."""
    auctions = world.services.auctions
    clock: Clock = auctions.today  # type: ignore[assignment]
    for index, price in enumerate(prices, len(lot.rounds)):
        auction_on = date.fromordinal(AUCTION_1.toordinal() + 28 * index)
        clock.day = date.fromordinal(auction_on.toordinal() - 14)
        if lot.rounds and lot.creditor_may_take:  # the creditor declines first (Art 65.6)
            lot = told(world, lot)
            lot = auctions.creditor_declines(world.officer, lot.id, lot.rounds[-1].auction_on)
        decided = lot.rounds[-1].auction_on if lot.rounds else None  # Law Art 83.3: in time
        lot = auctions.schedule_round(
            world.officer, lot.id, auction_on, price if lot.rounds else None,
            posted_on=clock.day, decided_on=decided, notices=notices(clock.day),
        )  # fmt: skip
        clock.day = auction_on
        lot = auctions.record_failed_round(world.officer, lot.id)
    return lot


def told(world: World, lot: LotView) -> LotView:
    """The parties told of the last failed auction on its day, if not yet: the creditor's
    answer follows that notice (Decree 152/2026 Art 65.6)."""
    if lot.rounds[-1].parties_notified_on is not None:
        return lot
    auction_on = lot.rounds[-1].auction_on
    return world.services.auctions.notify_failure(world.officer, lot.id, auction_on)


def gold(world: World) -> ItemView:
    return world.receive("Vàng miếng SJC 1 lượng", category=Category.PRECIOUS_METAL)


def out_on_order(world: World, lot_id: int, keeper: Actor | None = None) -> None:
    """The lot's items leave the warehouse on the head's order before the buyer takes them
    (Decree 152 Art 37.3)."""
    lot = world.services.auctions.get(world.officer, lot_id)
    world.exit_on_order([i.item_id for i in lot.items], ReleaseRequestPurpose.TO_AUCTION, keeper)
