"""The announcement of a sale without auction is its own step (Law 106/2025 Art 83.2.b;
Decree 152/2026 Art 64.2): posted at least 01 working day before the sale, numbered and dated
the day posted, recorded before the sale; the sale takes only its minutes and is refused
without it, on another ground, before the time it states, or by someone without the duty.
Each refusal writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from evidence_app.domain.enums import Category, LotStatus, Role, SaleMethod
from evidence_app.domain.errors import PermissionDeniedError, ValidationError
from evidence_app.services.auctions import Buyer, LotView
from tests.services.auctions.steps import (
    VALUED,
    announce,
    firm,
    gold,
    new_lot,
    use_clock,
    valued_lot,
)
from tests.services.rows import snapshot
from tests.world import World

MONDAY, TUESDAY = date(2026, 11, 9), date(2026, 11, 10)
BUYER = Buyer("Trần Văn Hùng", "Hà Đông, Hà Nội")


def _refused(world: World, call: Callable[[], object], key: str, vi: str, en: str) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.value.key == key
    assert vi in caught.value.message("vi") and en in caught.value.message("en")
    assert snapshot(world.services) == before


def _sell(
    world: World, lot_id: int, on: date, method: SaleMethod = SaleMethod.LOW_VALUE
) -> Callable[[], LotView]:
    world.services.auctions.today.day = on  # type: ignore[attr-defined]
    return lambda: world.services.auctions.sell_without_auction(
        world.officer, lot_id, method, BUYER, 10_000_000, on
    )


def test_no_sale_without_a_prior_announcement(world: World) -> None:
    lot = valued_lot(world, 10_000_000)
    _refused(world, _sell(world, lot.id, MONDAY), "auction.sale_not_announced",
             "chưa có thông báo bán tài sản không qua đấu giá",
             "has no announcement of the sale without auction")  # fmt: skip
    assert world.services.auctions.get(world.officer, lot.id).status is LotStatus.VALUED
    announced = announce(world, lot.id)  # Friday 06/11 for Monday 09/11
    assert announced.status is LotStatus.VALUED and announced.buyer_name == ""
    sold = _sell(world, lot.id, MONDAY)()
    assert sold.status is LotStatus.SOLD and sold.sale_method is SaleMethod.LOW_VALUE
    assert sold.sale_announced_on == date(2026, 11, 6)


@pytest.mark.parametrize(("sold_on", "allowed"), [(MONDAY, False), (TUESDAY, True)])
def test_the_sale_keeps_the_announced_time_and_ground(
    world: World, sold_on: date, allowed: bool
) -> None:
    """Announced on Friday 06/11 for Tuesday 10/11: not sold the Monday before it, sold on
    the day; and only on the ground announced."""
    lot = valued_lot(world, 10_000_000)
    announce(world, lot.id, SaleMethod.LOW_VALUE, date(2026, 11, 6), TUESDAY)
    _refused(world, _sell(world, lot.id, TUESDAY, SaleMethod.PERISHABLE), "auction.not_perishable",
             "không phải hàng hóa dễ hư hỏng", "is not perishable")  # fmt: skip
    if not allowed:
        _refused(world, _sell(world, lot.id, sold_on), "auction.sale_before_announced",
                 "ấn định thời gian bán là ngày 10/11/2026",
                 "states the sale on 10/11/2026")  # fmt: skip
        return
    assert _sell(world, lot.id, sold_on)().sold_on == TUESDAY


def test_a_sale_on_another_ground_than_announced_is_refused(world: World) -> None:
    """Fish worth little: announced as perishable, then sold as low value — refused."""
    use_clock(world, VALUED)
    fish = world.receive("Cá đông lạnh 200 kg", category=Category.PERISHABLE)
    lot = new_lot(world, fish)
    world.services.auctions.record_valuation(world.officer, lot.id, firm(10_000_000))
    world.services.auctions.today.day = MONDAY  # type: ignore[attr-defined]
    announce(world, lot.id, SaleMethod.PERISHABLE)
    _refused(world, _sell(world, lot.id, MONDAY, SaleMethod.LOW_VALUE),
             "auction.sale_other_ground",
             "«Bán hàng dễ hư hỏng», không phải «Bán tài sản giá trị nhỏ»",
             "“Perishables sale”, not “Low-value sale”")  # fmt: skip
    assert _sell(world, lot.id, MONDAY, SaleMethod.PERISHABLE)().status is LotStatus.SOLD


def test_the_announcement_is_made_once_by_the_officer_and_not_in_the_future(
    world: World,
) -> None:
    lot = valued_lot(world, 10_000_000)  # the clock at Monday 09/11
    auctions = world.services.auctions

    def made(actor_role: Role | None, on: date, sale_on: date) -> Callable[[], LotView]:
        actor = world.officer if actor_role is None else world.actors[actor_role]
        return lambda: auctions.announce_sale_without_auction(
            actor, lot.id, SaleMethod.LOW_VALUE, on, sale_on
        )

    before = snapshot(world.services)
    with pytest.raises(PermissionDeniedError):  # the accountant holds no such duty
        made(Role.ACCOUNTANT, date(2026, 11, 6), MONDAY)()
    assert snapshot(world.services) == before
    _refused(world, made(None, TUESDAY, date(2026, 11, 11)), "auction.date_in_future",
             "10/11/2026", "10/11/2026")  # fmt: skip
    _refused(world, made(None, date(2026, 11, 6), date(2026, 11, 6)),
             "auction.sale_notice_late", "chậm nhất ngày 05/11/2026",
             "by 05/11/2026")  # fmt: skip
    announce(world, lot.id)
    _refused(world, made(None, MONDAY, TUESDAY), "auction.sale_already_announced",
             "đã có thông báo bán không qua đấu giá ngày 06/11/2026",
             "already announced")  # fmt: skip


def test_gold_goes_to_the_dealer_without_an_announcement(world: World) -> None:
    """Decree 152/2026 Art 61.2: gold bars are sold to a dealer; there is no notice of Art
    64.2 to announce them by."""
    use_clock(world, VALUED)
    lot = new_lot(world, gold(world), gold_bullion=True)
    world.services.auctions.today.day = MONDAY  # type: ignore[attr-defined]
    _refused(world, lambda: announce(world, lot.id, SaleMethod.GOLD_DEALER),
             "auction.not_a_direct_sale", "không phải là hình thức bán không qua đấu giá",
             "is not a sale without auction")  # fmt: skip
    sold = _sell(world, lot.id, MONDAY, SaleMethod.GOLD_DEALER)()
    assert sold.status is LotStatus.SOLD and sold.sale_announced_on is None
