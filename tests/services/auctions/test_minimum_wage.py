"""The minimum wage by region (Decree 293/2025/NĐ-CP Art 3.1) and the agency's region,
read by every threshold that cites "lương tối thiểu tháng theo vùng" (Decree 152/2026
Art 41.2, 60.5, 64.1)."""

from __future__ import annotations

from datetime import date

import pytest

from evidence_app.domain.enums import SaleMethod
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.minimum_wage import Region, region_of_wage, regional_minimum_wage
from evidence_app.services.auctions import Buyer
from tests.services.auctions.steps import announce, valued_lot
from tests.services.rows import snapshot
from tests.world import World

WAGE = "region.minimum_wage_vnd"
ZONE = "region.zone"


@pytest.mark.parametrize(
    ("region", "figure"),
    [(Region.I, 5_310_000), (Region.II, 4_730_000), (Region.III, 4_140_000),
     (Region.IV, 3_700_000)],
)  # fmt: skip
def test_the_2026_table_is_decree_293s(region: Region, figure: int) -> None:
    assert regional_minimum_wage(region, date(2026, 1, 1)) == figure
    assert regional_minimum_wage(region) == figure
    assert region_of_wage(figure) is region
    assert region_of_wage(5_000_000) is None


@pytest.mark.parametrize(("zone", "figure"), [(1, 5_310_000), (3, 4_140_000), (4, 3_700_000)])
def test_the_agency_region_gives_the_minimum_wage(world: World, zone: int, figure: int) -> None:
    rules = world.services.rules
    if zone != 1:
        rules.set(world.admin, ZONE, zone)
    assert rules.value(world.officer, WAGE) == figure
    shown = {r.rule.key: (r.value, r.overridden) for r in rules.configurable(world.officer)}
    assert shown[WAGE] == (figure, False)
    assert shown[ZONE] == (zone, zone != 1)


@pytest.mark.parametrize("zone", [0, 5, 2.5, -1])
def test_a_region_outside_i_to_iv_is_refused_and_nothing_written(world: World, zone: float) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError):
        world.services.rules.set(world.admin, ZONE, zone)
    assert snapshot(world.services) == before


def test_a_typed_figure_still_overrides_the_table(world: World) -> None:
    rules = world.services.rules
    rules.set(world.admin, ZONE, 2)
    rules.set(world.admin, WAGE, 6_000_000)
    assert rules.value(world.officer, WAGE) == 6_000_000
    rules.set(world.admin, WAGE, None)
    assert rules.value(world.officer, WAGE) == 4_730_000


@pytest.mark.parametrize(
    ("zone", "price", "allowed", "limit"),
    [
        (3, 20_700_000, True, "20.700.000"),  # 5 × 4.140.000, region III
        (3, 20_700_001, False, "20.700.000"),
        (4, 18_500_000, True, "18.500.000"),  # 5 × 3.700.000, region IV
        (4, 18_500_001, False, "18.500.000"),
    ],
)
def test_the_low_value_sale_threshold_follows_the_agency_region(
    world: World, zone: int, price: int, allowed: bool, limit: str
) -> None:
    """Decree 152/2026 Art 60.5, 64.1: 5 × the minimum wage of the agency's region."""
    world.services.rules.set(world.admin, ZONE, zone)
    lot = valued_lot(world, price)
    auctions = world.services.auctions
    auctions.today.day = date(2026, 11, 9)  # type: ignore[attr-defined]

    def sell() -> object:
        announce(world, lot.id)  # the threshold is checked at the announcement (Art 64.2)
        return auctions.sell_without_auction(
            world.officer, lot.id, SaleMethod.LOW_VALUE, Buyer("Trần Văn Hùng"),
            10_000_000, date(2026, 11, 9),
        )  # fmt: skip

    if allowed:
        sell()
        return
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        sell()
    assert limit in caught.value.message("vi")
    assert snapshot(world.services) == before


def test_the_region_is_a_region_not_a_count_of_things() -> None:
    """The rules screen writes "1 (vùng: 1 = I … 4 = IV)", not "1 cái"."""
    from evidence_app.domain.rules import Unit, rule
    from ui.admin.calendar import unit_text

    assert rule(ZONE).unit is Unit.REGION
    assert "vùng" in unit_text(rule(ZONE)) and "cái" not in unit_text(rule(ZONE))
