"""Units (issue 21), the read side: a regional office's user finds, lists, scans, counts and
reports their own units' items and cases only; another unit's item, case or location named
by id or code is refused as another unit's; the provincial head, inspector and
administrator see every unit (the head's results report lists each unit)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update

from db.models import Item
from evidence_app.domain.enums import Disposition, Role, StocktakeKind
from evidence_app.domain.errors import OtherUnitError
from evidence_app.domain.ledger_periods import PeriodKind, period_of
from evidence_app.domain.outcomes import NotEnforceableReason, OutcomeKind
from evidence_app.reports.params import ReportParams
from evidence_app.services.catalogue import CatalogueFilter
from evidence_app.services.core.auth import Actor
from evidence_app.services.outcomes import OutcomeDraft, Paper
from evidence_app.services.reports import ClosingSigners
from tests.services.auctions.steps import valued_lot
from tests.services.core.test_units_sales import Office, office
from tests.services.rows import snapshot
from tests.world import World

PROVINCIAL = (Role.HEAD, Role.INSPECTOR, Role.ADMIN)


def _other_unit(world: World, call: Callable[[], object]) -> None:
    before = snapshot(world.services)
    with pytest.raises(OtherUnitError) as caught:
        call()
    assert "đơn vị khác" in caught.value.message("vi")
    assert snapshot(world.services) == before


def _setup(world: World) -> tuple[Office, int, int]:
    """The office with a phone of its own; the province with a phone of its own."""
    kv = office(world)
    theirs = kv.item(world, "Điện thoại Samsung khu vực", Disposition.RETURN_TO_OWNER)
    ours = world.receive("Điện thoại Samsung tỉnh")
    return kv, theirs.id, ours.id


def _searched(world: World, actor: Actor, text: str) -> set[int]:
    return {h.id for h in world.services.search.search(actor, text)}


def test_search_and_catalogue_keep_to_the_users_units(world: World) -> None:
    s = world.services
    kv, theirs, ours = _setup(world)
    keeper = kv.people[Role.KEEPER]
    assert _searched(world, keeper, "dien thoai samsung") == {theirs}
    assert ours in _searched(world, world.keeper, "dien thoai samsung")
    assert theirs not in _searched(world, world.keeper, "dien thoai samsung")
    for role in PROVINCIAL:
        assert {theirs, ours} <= _searched(world, world.actors[role], "dien thoai samsung")
    # An exact code of another unit's item finds nothing.
    code = s.items.get(world.keeper, ours).code
    assert ours not in _searched(world, keeper, code)
    assert _searched(world, world.head, code) >= {ours}
    # The catalogue: ids, the search inside it, and rows asked for by id.
    assert set(s.catalogue.ids(keeper)) == {theirs}
    assert set(s.catalogue.ids(keeper, CatalogueFilter(text="samsung"))) == {theirs}
    assert [r.id for r in s.catalogue.rows(keeper, [ours, theirs])] == [theirs]
    assert theirs not in set(s.catalogue.ids(world.keeper))
    assert {theirs, ours} <= set(s.catalogue.ids(world.head))
    assert {theirs, ours} <= set(s.catalogue.ids(world.actors[Role.INSPECTOR]))


def test_scan_and_look_ups_name_another_units_item_as_such(world: World) -> None:
    s = world.services
    kv, theirs, ours = _setup(world)
    keeper = kv.people[Role.KEEPER]
    our_code = s.items.get(world.keeper, ours).code
    their_code = s.items.get(keeper, theirs).code
    assert s.scan.route(keeper, their_code).id == theirs
    assert s.items.details_by_code(keeper, their_code).item.id == theirs
    for call in (
        lambda: s.scan.route(keeper, our_code),
        lambda: s.scan.route(keeper, world.shelf_a.code),
        lambda: s.items.get(keeper, ours),
        lambda: s.items.by_code(keeper, our_code),
        lambda: s.items.details(keeper, ours),
        lambda: s.items.details_by_code(keeper, our_code),
        lambda: s.items.history(keeper, ours),
        lambda: s.scan.route(world.keeper, their_code),
        lambda: s.scan.route(world.keeper, kv.shelf.code),
        lambda: s.items.details(world.keeper, theirs),
    ):
        _other_unit(world, call)
    for role in PROVINCIAL:
        person = world.actors[role]
        assert s.scan.route(person, our_code).id == ours
        assert s.scan.route(person, their_code).id == theirs
        assert s.scan.route(person, kv.shelf.code).id == kv.shelf.id
        assert s.items.details(person, theirs).item.id == theirs


def test_case_lists_keep_to_the_users_units(world: World) -> None:
    s = world.services
    kv, _theirs, _ours = _setup(world)
    officer = kv.officer
    assert [c.id for c in s.cases.recent(officer)] == [kv.case_id]
    assert [c.id for c in s.cases.search(officer, "")] == [kv.case_id]
    assert [c.id for c in s.cases.search(officer, "trom cap")] == [kv.case_id]
    assert kv.case_id not in [c.id for c in s.cases.recent(world.officer)]
    assert kv.case_id not in [c.id for c in s.cases.search(world.officer, "trom cap")]
    assert world.case.id in [c.id for c in s.cases.recent(world.officer)]
    for role in PROVINCIAL:
        person = world.actors[role]
        assert {kv.case_id, world.case.id} <= {c.id for c in s.cases.recent(person)}
        assert kv.case_id in [c.id for c in s.cases.search(person, "trom cap")]
    assert s.cases.get(officer, kv.case_id).id == kv.case_id
    _other_unit(world, lambda: s.cases.get(officer, world.case.id))
    _other_unit(world, lambda: s.cases.items(officer, world.case.id))
    _other_unit(world, lambda: s.cases.get(world.officer, kv.case_id))


def test_documents_of_another_units_item_or_case_are_refused(world: World) -> None:
    s = world.services
    kv, theirs, ours = _setup(world)
    officer, keeper = kv.officer, kv.people[Role.KEEPER]
    assert s.documents.for_case(officer, kv.case_id) is not None
    assert s.documents.for_item(keeper, theirs) is not None
    _other_unit(world, lambda: s.documents.for_case(officer, world.case.id))
    _other_unit(world, lambda: s.documents.for_item(keeper, ours))
    _other_unit(world, lambda: s.documents.for_case(world.officer, kv.case_id))
    _other_unit(world, lambda: s.documents.for_item(world.keeper, theirs))
    for role in PROVINCIAL:
        person = world.actors[role]
        s.documents.for_case(person, kv.case_id)
        s.documents.for_item(person, theirs)


def test_the_dashboard_counts_the_users_units(world: World) -> None:
    s = world.services
    kv, _theirs, _ours = _setup(world)
    keeper = kv.people[Role.KEEPER]
    mine = s.dashboard.summary(keeper)
    assert mine.held == 1
    assert sum(n for _c, n in mine.by_category) == 1
    assert sum(f.received for f in mine.flows) == 1
    whole = s.dashboard.summary(world.head)
    province = s.dashboard.summary(world.keeper)
    assert whole.held == province.held + 1
    assert s.dashboard.summary(world.actors[Role.INSPECTOR]).held == whole.held
    # An open stocktake of the office counts for it and the head, not for the province's keeper.
    s.stocktakes.start(keeper, kv.shelf.warehouse_id, StocktakeKind.AD_HOC)
    assert s.dashboard.summary(keeper).open_stocktakes == 1
    assert s.dashboard.summary(world.keeper).open_stocktakes == province.open_stocktakes
    assert s.dashboard.summary(world.head).open_stocktakes == whole.open_stocktakes + 1


def _codes(table: object, column: int) -> set[object]:
    return {row[column] for row in table.rows}  # type: ignore[attr-defined]


def test_reports_cover_the_users_units_and_the_province_sums_them(world: World) -> None:
    s = world.services
    kv, theirs, ours = _setup(world)
    keeper = kv.people[Role.KEEPER]
    their_code = s.items.get(keeper, theirs).code
    our_code = s.items.get(world.keeper, ours).code
    params = ReportParams()
    ledger = {p: s.reports.build(p, "evidence_ledger", params) for p in (keeper, world.keeper)}
    whole = s.reports.build(world.head, "evidence_ledger", params)
    assert _codes(ledger[keeper], 2) == {their_code}
    assert our_code in _codes(ledger[world.keeper], 2)
    assert their_code not in _codes(ledger[world.keeper], 2)
    assert len(whole.rows) == len(ledger[keeper].rows) + len(ledger[world.keeper].rows)
    stock = {p: s.reports.build(p, "stock", params) for p in (keeper, world.keeper, world.head)}
    assert _codes(stock[keeper], 1) == {"Kho khu vực 3"}
    assert "Kho khu vực 3" not in _codes(stock[world.keeper], 1)
    assert "Kho khu vực 3" in _codes(stock[world.head], 1)
    assert stock[world.head].totals[4] == stock[keeper].totals[4] + stock[world.keeper].totals[4]
    # The results report: the head's lists both units; the office's only its own officers.
    year = ReportParams(date_from=date(2025, 10, 1), date_to=date(2026, 12, 31))
    head_cells = {row[1] for row in s.reports.build(world.head, "enforcement_results", year).rows}
    office_cells = {row[1] for row in s.reports.build(kv.officer, "enforcement_results", year).rows}
    assert "Phòng Thi hành án dân sự khu vực 3" in head_cells
    assert kv.officer.full_name in head_cells and kv.officer.full_name in office_cells
    assert world.officer.full_name in head_cells
    assert world.officer.full_name not in office_cells


def test_the_auction_ledger_keeps_to_the_users_units(world: World) -> None:
    s = world.services
    kv = office(world)
    valued_lot(world)  # the province's lot
    period = ReportParams(date_from=date(2026, 1, 1), date_to=date(2026, 12, 31))
    assert len(s.reports.build(world.head, "auction_ledger", period).rows) == 1
    assert len(s.reports.build(world.officer, "auction_ledger", period).rows) == 1
    assert s.reports.build(kv.officer, "auction_ledger", period).rows == ()


def test_each_unit_closes_its_own_ledger(world: World) -> None:
    """Kết sổ per unit (Circular 04/2023/TT-BTP Art 30.4.c; issue 21): a regional keeper closes
    the office's ledger, never the province's, nor the province's keeper the office's."""

    s = world.services
    kv, theirs, ours = _setup(world)
    keeper = kv.people[Role.KEEPER]
    with s.db.session() as session:
        session.execute(
            update(Item)
            .where(Item.id.in_([theirs, ours]))
            .values(received_at=datetime(2025, 11, 20, 3, tzinfo=UTC))
        )
    signers = ClosingSigners("Ngô Văn Trưởng", "Trần Văn Toán", "Lê Thị Kho", "Phạm Thị Quỹ")
    q1 = PeriodKind.QUARTER
    closing = s.ledger_closing
    before = snapshot(s)
    for call in (
        lambda: closing.close(keeper, "evidence_ledger", 2026, q1, 1, signers, _province(world)),
        lambda: closing.close(world.keeper, "evidence_ledger", 2026, q1, 1, signers, kv.unit_id),
        lambda: closing.periods(keeper, "evidence_ledger", 2026, _province(world)),
    ):
        with pytest.raises(OtherUnitError):
            call()
    assert snapshot(s) == before
    # The office's keeper closes the office's quarter: its own item only.
    state = closing.close(keeper, "evidence_ledger", 2026, q1, 1, signers)
    assert state.rows == 1
    assert closing.periods(keeper, "evidence_ledger", 2026)[0].closed
    # The province's quarter is still open, and closes on its own.
    assert not closing.periods(world.keeper, "evidence_ledger", 2026)[0].closed
    assert closing.periods(world.head, "evidence_ledger", 2026, kv.unit_id)[0].closed
    province = closing.close(world.keeper, "evidence_ledger", 2026, q1, 1, signers)
    assert province.rows == 1
    # Each prints its own closing; the province-wide report stays live.
    quarter = period_of(2026, q1, 1)
    params = ReportParams(date_from=quarter.start, date_to=quarter.end)
    office_paper = s.reports.build(keeper, "evidence_ledger", params)
    assert any("Kết sổ" in line for line in office_paper.subtitle)
    assert [r[3] for r in office_paper.rows] == ["Điện thoại Samsung khu vực"]
    head_office = s.reports.build(
        world.head, "evidence_ledger", replace(params, unit_ids=frozenset({kv.unit_id}))
    )
    assert head_office == office_paper
    whole = s.reports.build(world.head, "evidence_ledger", params)
    assert len(whole.rows) == 2 and not any("Kết sổ" in line for line in whole.subtitle)


def _province(world: World) -> int:
    return next(u.id for u in world.services.units.all(world.admin) if u.code == "TINH")


def test_warehouses_and_their_locations_keep_to_the_users_units(world: World) -> None:
    s = world.services
    kv, theirs, _ours = _setup(world)
    keeper = kv.people[Role.KEEPER]
    house = kv.shelf.warehouse_id
    assert [w.id for w in s.warehouses.all(keeper)] == [house]
    assert house not in [w.id for w in s.warehouses.all(world.keeper)]
    for role in PROVINCIAL:
        assert {house, world.warehouse.id} <= {w.id for w in s.warehouses.all(world.actors[role])}
    assert s.warehouses.tree(keeper, house).total == 1
    assert [r.id for r in s.warehouses.location_items(keeper, kv.shelf.id)] == [theirs]
    for call in (
        lambda: s.warehouses.tree(keeper, world.warehouse.id),
        lambda: s.warehouses.locations(keeper, world.warehouse.id),
        lambda: s.warehouses.item_counts(keeper, world.warehouse.id),
        lambda: s.warehouses.location(keeper, world.shelf_a.id),
        lambda: s.warehouses.location_by_code(keeper, world.shelf_a.code),
        lambda: s.warehouses.location_items(keeper, world.shelf_a.id),
        lambda: s.warehouses.tree(world.keeper, house),
    ):
        _other_unit(world, call)
    assert s.warehouses.tree(world.head, house).total == 1


def test_ageing_overdue_and_not_enforceable_reports_keep_to_the_users_units(
    world: World,
) -> None:
    """The ageing report, the overdue temporary releases and the not-yet-enforceable ledger
    (Mẫu 20) of an office hold its own items and cases; the head's hold both."""
    s = world.services
    kv, _theirs, ours = _setup(world)
    keeper = kv.people[Role.KEEPER]
    years_on = ReportParams(today=date(2030, 1, 2))  # both items held over a year by then
    ageing = {p: s.reports.build(p, "ageing", years_on) for p in (keeper, world.keeper, world.head)}
    assert _codes(ageing[keeper], 1) == {"Kho khu vực 3"}
    assert "Kho khu vực 3" not in _codes(ageing[world.keeper], 1)
    assert "Kho khu vực 3" in _codes(ageing[world.head], 1)
    assert ageing[world.head].totals[3] == ageing[keeper].totals[3] + ageing[world.keeper].totals[3]
    # The province's item out for a trial, due back today: overdue in three days.
    world.checkout([ours], 0)
    later = ReportParams(today=date.today() + timedelta(days=3))
    our_code = s.items.get(world.keeper, ours).code
    assert _codes(s.reports.build(world.keeper, "overdue_releases", later), 1) == {our_code}
    assert _codes(s.reports.build(world.head, "overdue_releases", later), 1) == {our_code}
    assert s.reports.build(keeper, "overdue_releases", later).rows == ()
    # Each unit's case found not yet enforceable, confirmed by that unit's head.
    results = s.case_results
    decided = (s.cases.get(world.head, c).decision_date for c in (kv.case_id, world.case.id))
    day = max(d for d in decided if d is not None)
    results.today = lambda: day
    for officer, head, case_id in (
        (kv.officer, kv.head, kv.case_id),
        (world.officer, world.head, world.case.id),
    ):
        draft = OutcomeDraft(
            OutcomeKind.NOT_ENFORCEABLE, day, Paper("01/QĐ-THADS", day, "THADS"),
            NotEnforceableReason.ASSET_GONE,
        )  # fmt: skip
        results.confirm(head, results.record_outcome(officer, case_id, draft))
    as_of = ReportParams(today=day)
    rows = {p: s.reports.build(p, "not_enforceable", as_of).rows for p in (kv.officer, world.head)}
    assert len(rows[kv.officer]) == 1 and len(rows[world.head]) == 2


def test_lot_and_release_lists_keep_to_the_users_units(world: World) -> None:
    """The auction screen's lots and the open or overdue temporary releases of an office are
    its own; the head's are every unit's."""
    s = world.services
    kv, _theirs, ours = _setup(world)
    keeper = kv.people[Role.KEEPER]
    lot = valued_lot(world)  # the province's lot
    assert [v.id for v in s.auctions.list(world.head)] == [lot.id]
    assert [v.id for v in s.auctions.list(world.officer)] == [lot.id]
    assert s.auctions.list(kv.officer) == []
    world.checkout([ours], 0)
    later = date.today() + timedelta(days=3)
    for actor in (world.keeper, world.head):
        assert [c.item_id for c in s.checkouts.open_releases(actor)] == [ours]
        assert [c.item_id for c in s.checkouts.overdue(actor, later)] == [ours]
    assert s.checkouts.open_releases(keeper) == []
    assert s.checkouts.overdue(keeper, later) == []
