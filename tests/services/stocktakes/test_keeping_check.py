"""The monthly check of items left with a keeper (issue 19; Circular 01/2017/TT-BTP Art 12.2):
due a month after the handover or the last check, recorded with its minutes signed by the
keeper, on the dashboard and in the deadlines report the day before, of and after."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import update

from db.models import Stocktake, Warehouse
from evidence_app.domain.calendar import add_months
from evidence_app.domain.clock import agency_today, wall_clock
from evidence_app.domain.enums import CustodianKind
from evidence_app.domain.errors import PermissionDeniedError, ValidationError
from evidence_app.domain.keeping import check_anchor
from evidence_app.reports.params import ReportParams
from evidence_app.services.custody import BodyKeeper
from evidence_app.services.stocktakes import Signers
from evidence_app.services.stocktakes.keeping import KeeperView
from tests.documents.pdf_pages import page_texts
from tests.services.rows import snapshot
from tests.services.stocktakes.keeping_people import handover
from tests.world import World

TODAY = agency_today()
OWNER = "Nguyễn Văn Chủ"
SIGNERS = Signers("Lê Thị Kho", "Trần Văn Toán", "Nguyễn Văn Trưởng", OWNER)


def _owner(world: World, name: str = OWNER) -> KeeperView:
    return world.services.keeping.add_keeper(
        world.keeper, CustodianKind.OWNER, name, "Thôn Đông, xã Đông Anh, Hà Nội"
    )


def _left(world: World) -> tuple[KeeperView, int]:
    """A car left with its owner today; the keeper and the item's id."""
    item = world.receive("Ô tô con Toyota Vios 29A-123.45")
    keeper = _owner(world)
    h = handover(world, BodyKeeper(OWNER), "Phạm Thị Dung", "Lê Văn Chứng")
    world.services.keeping.leave(world.keeper, keeper.id, [item.id], h)
    return keeper, item.id


def _owner(world: World, name: str = OWNER) -> KeeperView:
    return world.services.keeping.add_keeper(
        world.keeper, CustodianKind.OWNER, name, "Thôn Đông, xã Đông Anh, Hà Nội"
    )


def _left(world: World) -> tuple[KeeperView, int]:
    """A car left with its owner today; the keeper and the item's id."""
    item = world.receive("Ô tô con Toyota Vios 29A-123.45")
    keeper = _owner(world)
    h = handover(world, BodyKeeper(OWNER), "Phạm Thị Dung", "Lê Văn Chứng")
    world.services.keeping.leave(world.keeper, keeper.id, [item.id], h)
    return keeper, item.id


def test_the_check_runs_from_the_later_of_the_handover_and_the_last_check() -> None:
    set_up, handed, checked = date(2026, 1, 5), date(2026, 2, 10), date(2026, 3, 1)
    assert check_anchor(None, None, set_up) == set_up
    assert check_anchor(None, checked, set_up) == checked
    assert check_anchor(handed, None, set_up) == handed
    assert check_anchor(handed, checked, set_up) == checked
    # A check made before the items now held were left does not cover them.
    assert check_anchor(date(2026, 3, 20), checked, set_up) == date(2026, 3, 20)


def _keeping_deadlines(world: World, day: date) -> list[tuple[date, int, bool]]:
    board = world.services.dashboard.summary(world.keeper, today=day)
    return [
        (d.due_on, d.days_left(day), d.is_overdue(day))
        for d in board.deadlines
        if d.kind == "deadline.keeping_check" and d.subject == OWNER
    ]


@pytest.mark.parametrize(
    ("offset", "days_left", "overdue"), [(-1, 1, False), (0, 0, False), (1, -1, True)]
)
def test_the_monthly_check_on_the_dashboard_the_day_before_of_and_after(
    world: World, offset: int, days_left: int, overdue: bool
) -> None:
    _left(world)
    due = add_months(TODAY, 1)
    day = due + timedelta(days=offset)
    assert _keeping_deadlines(world, day) == [(due, days_left, overdue)]


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(("offset", "days_left"), [(-1, 1), (0, 0), (1, -1)])
def test_the_monthly_check_in_the_deadlines_report(
    world: World, lang: str, offset: int, days_left: int
) -> None:
    _left(world)
    due = add_months(TODAY, 1)
    day = due + timedelta(days=offset)
    table = world.services.reports.build(
        world.keeper, "deadlines", ReportParams(today=day, lang=lang)
    )
    what = {"vi": "Kiểm tra hằng tháng việc bảo quản", "en": "Monthly check of items left"}[lang]
    rows = [r for r in table.rows if str(r[3]).startswith(what) and r[4] == OWNER]
    assert [(r[1], r[2]) for r in rows] == [(due, days_left)]
    assert "Điều 12" in str(rows[0][5]) or "Art 12" in str(rows[0][5])
    assert table.totals is not None and table.totals[2] == (1 if days_left < 0 else 0)


def test_a_check_recorded_with_its_minutes_moves_the_due_date(world: World) -> None:
    keeper, item_id = _left(world)
    code = world.services.items.get(world.keeper, item_id).code
    s = world.services.keeping
    before = snapshot(world.services)
    # The person entrusted signs the check's minutes: without him nothing is written.
    with pytest.raises(ValidationError):
        s.check(world.keeper, keeper.id, [code], Signers("Lê Thị Kho", "Trần Văn Toán", "Ng"))
    with pytest.raises(ValidationError) as err:
        s.check(world.keeper, keeper.id, ["VC-2026-999999"], SIGNERS)
    assert err.value.key == "keeping.not_held"
    with pytest.raises(PermissionDeniedError):
        s.check(world.officer, keeper.id, [code], SIGNERS)
    assert snapshot(world.services) == before
    # Checked a month and a day later (backdated handover would break the chain; the check
    # is moved forward instead): the next one is due a month after the check.
    take = s.check(world.keeper, keeper.id, [code], SIGNERS)
    assert take.present_count == 1 and take.missing_count == 0 and take.minutes_document_id
    later = add_months(TODAY, 1) + timedelta(days=1)
    with world.services.db.session() as session:
        session.execute(
            update(Stocktake).where(Stocktake.id == take.id)
            .values(finished_at=wall_clock(later, 10))
        )  # fmt: skip
    view = s.keepers(world.keeper)[0]
    assert view.last_check == later and view.check_due == add_months(later, 1)
    due = add_months(later, 1)
    assert _keeping_deadlines(world, due) == [(due, 0, False)]
    pdf = world.services.documents.pdf(world.keeper, take.minutes_document_id)
    text = " ".join(" ".join(page_texts(pdf)).split())
    assert "BIÊN BẢN KIỂM TRA" in text and OWNER in text and code in text


def test_an_item_not_seen_at_the_check_is_missing_on_its_minutes(world: World) -> None:
    keeper, _item = _left(world)
    take = world.services.keeping.check(world.keeper, keeper.id, [], SIGNERS)
    assert take.present_count == 0 and take.missing_count == 1


def test_a_keeper_holding_nothing_has_no_check_and_none_can_be_recorded(world: World) -> None:
    keeper = _owner(world)
    assert _keeping_deadlines(world, add_months(TODAY, 2)) == []
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.keeping.check(world.keeper, keeper.id, [], SIGNERS)
    assert err.value.key == "keeping.nothing_held" and OWNER in err.value.message("en")
    assert snapshot(world.services) == before


def test_the_dashboard_reads_every_keeper_s_check_at_once_as_each_keeper_shows_it(
    world: World,
) -> None:
    """The deadlines read the first handover of all keeping places in one query (issue 21:
    1,000,000 items); each due day is the one the keeper's own page shows."""
    first, _ = _left(world)
    item = world.receive("Xe máy Honda Wave 29B1-678.90")
    second = _owner(world, "Trần Thị Giữ")
    h = handover(world, BodyKeeper("Trần Thị Giữ"), "Phạm Thị Dung", "Lê Văn Chứng")
    world.services.keeping.leave(world.keeper, second.id, [item.id], h)
    _owner(world, "Lê Văn Trống")  # holds nothing: no check due
    with world.services.db.session() as session:  # set up long before: the handovers count
        session.execute(
            update(Warehouse).where(Warehouse.id.in_([first.id, second.id]))
            .values(created_at=wall_clock(TODAY - timedelta(days=90), 9))
        )  # fmt: skip
    views = {v.id: v for v in world.services.keeping.keepers(world.keeper)}
    day = add_months(TODAY, 1)
    board = world.services.dashboard.summary(world.keeper, today=day)
    due = sorted(
        (d.ref_id, d.due_on) for d in board.deadlines if d.kind == "deadline.keeping_check"
    )
    assert due == [(first.id, views[first.id].check_due), (second.id, views[second.id].check_due)]
    assert views[first.id].check_due == add_months(TODAY, 1)
