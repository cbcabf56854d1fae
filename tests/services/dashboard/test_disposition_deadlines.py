"""Deadlines of Law 106/2025 Art 57 and 59 at their boundaries (the day before, of, after; a
weekend and a holiday inside the working-day periods), on the dashboard, closed by the act."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from db.models import Item
from evidence_app.domain.enums import (
    Category,
    Disposition,
    ItemKind,
    NoticeKind,
    ReleaseRequestPurpose,
)
from evidence_app.domain.errors import PermissionDeniedError, ValidationError
from evidence_app.domain.messages import text
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from evidence_app.services.core.deadlines import Deadline, collect
from evidence_app.services.core.dto import CaseView, ItemView
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody import NoticeDraft, Recipient
from tests.services.rows import snapshot
from tests.world import World

DECIDED = date(2026, 11, 5)  # a Thursday
JUDGED = date(2026, 10, 1)


def _case(world: World, decided: date = DECIDED) -> CaseView:
    return world.services.cases.create(world.officer, CaseDraft(
        "Đánh bạc – Hoàng Văn Nam", "301/2026/HS-ST", JUDGED, "Tòa án nhân dân quận Đống Đa",
        "88/QĐ-THADS", decided, officer_id=world.officer.user_id,
    ))  # fmt: skip


def _held(world: World, case: CaseView, name: str, category: Category, d: Disposition) -> ItemView:
    location = (
        world.vault if category in (Category.CASH, Category.FOREIGN_CURRENCY) else world.shelf_a
    )
    item = world.services.items.receive(world.keeper, ItemDraft(
        kind=ItemKind.EVIDENCE, category=category, name=name, case_id=case.id,
        location_id=location.id,
    ))  # fmt: skip
    return world.order([item], d)[0]


def _due(world: World, case: CaseView, today: date, until: date) -> dict[str, date]:
    with unit_of_work(world.services.db, read_only=True) as session:
        found = collect(session, today, until)
    return {d.kind: d.due_on for d in found if d.case_id == case.id}


def _one(world: World, case: CaseView, kind: str, today: date) -> Deadline:
    with unit_of_work(world.services.db, read_only=True) as session:
        found = collect(session, today, today + timedelta(days=400))
    return next(d for d in found if d.case_id == case.id and d.kind == kind)


def test_confiscated_items_are_handed_over_within_ten_days(world: World) -> None:
    case = _case(world)
    bike = _held(world, case, "Xe máy Exciter", Category.VEHICLE, Disposition.CONFISCATE)
    due = date(2026, 11, 15)  # ten calendar days, a Sunday included as it falls
    assert _due(world, case, due, due - timedelta(days=1)) == {}  # not yet due by then
    assert _due(world, case, due, due)["deadline.confiscation_handover"] == due
    deadline = _one(world, case, "deadline.confiscation_handover", due)
    assert deadline.days_left(due - timedelta(days=1)) == 1
    assert not deadline.is_overdue(due) and deadline.is_overdue(due + timedelta(days=1))
    assert deadline.article == "Luật Thi hành án dân sự 2025, Điều 57.1"
    assert deadline.area == "cases" and deadline.ref_id == case.id
    assert deadline.subject_text("vi") == f"Vụ việc: {case.name}"
    assert deadline.responsible_user_id == world.officer.user_id
    # Handed over on a release order: the deadline closes.
    rr = world.services.release_requests
    r = rr.request(world.officer, case.id, [bike.id], ReleaseRequestPurpose.CONFISCATION_HANDOVER,
                   Recipient("Nguyễn Văn Tài", "Sở Tài chính thành phố Hà Nội"))  # fmt: skip
    r = rr.approve(world.head, r.id, datetime.now(UTC), r.version)
    rr.issue(world.keeper, r.id, bike.id)
    rr.finish(world.keeper, r.id)
    assert _due(world, case, due, due + timedelta(days=30)) == {}


def test_the_return_notice_counts_working_days_past_a_weekend_and_a_holiday(
    world: World,
) -> None:
    case = _case(world)
    _held(world, case, "Điện thoại iPhone 13", Category.PHONE, Disposition.RETURN_TO_OWNER)
    # Thursday 05/11 + 3 working days: Friday 6, Monday 9, Tuesday 10.
    assert _due(world, case, DECIDED, date(2026, 11, 30))["deadline.return_notice"] == date(
        2026, 11, 10
    )
    world.services.calendar.add(world.head, date(2026, 11, 9), "Nghỉ bù")
    notice_due = date(2026, 11, 11)  # the holiday on Monday pushes it to Wednesday
    assert _due(world, case, DECIDED, notice_due - timedelta(days=1)) == {}
    assert _due(world, case, DECIDED, notice_due)["deadline.return_notice"] == notice_due
    deadline = _one(world, case, "deadline.return_notice", notice_due)
    assert deadline.article == "Luật Thi hành án dân sự 2025, Điều 59.1"
    assert not deadline.is_overdue(notice_due) and deadline.is_overdue(date(2026, 11, 12))


def test_after_the_notice_each_kind_of_item_has_its_own_step(world: World) -> None:
    case = _case(world)
    for name, category in (
        ("Tiền mặt 12.000.000 đồng", Category.CASH),
        ("Cá đông lạnh 200 kg", Category.PERISHABLE),
        ("Căn cước công dân", Category.DOCUMENT),
        ("Xe đạp Martin", Category.VEHICLE),
    ):
        _held(world, case, name, category, Disposition.RETURN_TO_OWNER)
    notified = date(2026, 11, 10)  # a Tuesday
    world.services.dispositions.record_notice(world.officer, case.id, NoticeDraft(
        NoticeKind.RETURN_TO_OWNER, "12/TB-THADS", notified, "Hoàng Văn Nam",
    ))  # fmt: skip
    due = _due(world, case, notified, date(2032, 1, 1))
    assert "deadline.return_notice" not in due  # the notice was given
    assert due["deadline.return_money"] == date(2026, 11, 25)  # 15 days
    assert due["deadline.return_property"] == date(2026, 12, 10)  # 30 days
    assert due["deadline.return_perishable"] == date(2026, 11, 17)  # 5 working days
    assert due["deadline.return_papers"] == date(2027, 2, 10)  # 3 months
    assert due["deadline.return_unclaimed"] == date(2031, 10, 1)  # 5 years from the judgment
    assert set(_due(world, case, notified, date(2026, 11, 24))) == {"deadline.return_perishable"}


@pytest.mark.parametrize(
    ("amount", "where"),
    [
        (10_620_000, "deadline.return_money_treasury"),  # exactly twice 5.310.000: the Treasury
        (10_620_001, "deadline.return_money_savings"),  # above it: a savings deposit
    ],
)
def test_uncollected_cash_goes_where_its_amount_says(world: World, amount: int, where: str) -> None:
    """Decree 152 Art 41.2: above twice the regional minimum wage, an on-demand savings
    deposit at a commercial bank; up to it, the Treasury account. The wage is the agency's."""
    case = _case(world)
    item = world.services.items.receive(world.keeper, ItemDraft(
        kind=ItemKind.EVIDENCE, category=Category.CASH, name="Tiền mặt", case_id=case.id,
        location_id=world.vault.id, estimated_value=amount,
    ))  # fmt: skip
    world.order([item], Disposition.RETURN_TO_OWNER)
    notified = date(2026, 11, 10)
    world.services.dispositions.record_notice(world.officer, case.id, NoticeDraft(
        NoticeKind.RETURN_TO_OWNER, "13/TB-THADS", notified, "Hoàng Văn Nam",
    ))  # fmt: skip
    due = _due(world, case, notified, date(2026, 11, 30))
    assert due[where] == date(2026, 11, 25)
    assert "deadline.return_money" not in due
    # A region with a lower wage moves the line: 10.620.001 is then above twice 4.140.000.
    world.services.rules.set(world.admin, "region.minimum_wage_vnd", 4_140_000)
    due = _due(world, case, notified, date(2026, 11, 30))
    assert due["deadline.return_money_savings"] == date(2026, 11, 25)
    assert "tiết kiệm không kỳ hạn" in text("deadline.return_money_savings", "vi")
    assert "Treasury account" in text("deadline.return_money_treasury", "en")
    deadline = _one(world, case, "deadline.return_money_savings", notified)
    assert deadline.article.endswith("Điều 59.1")


def test_the_dashboard_lists_the_steps_for_the_officer_and_the_head(world: World) -> None:
    case = _case(world)
    _held(world, case, "Xe máy Exciter", Category.VEHICLE, Disposition.CONFISCATE)
    today = date(2026, 11, 16)  # one day past the ten
    for actor in (world.officer, world.head, world.keeper):
        board = world.services.dashboard.summary(actor, today)
        mine = [d for d in board.deadlines if d.case_id == case.id]
        assert [d.kind for d in mine] == ["deadline.confiscation_handover"]
        assert mine[0].is_overdue(today)


def test_a_notice_needs_the_decision_the_items_and_an_officer(world: World) -> None:
    case = _case(world)
    draft = NoticeDraft(NoticeKind.RETURN_TO_OWNER, "12/TB-THADS", date(2026, 11, 10))
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:  # nothing ordered returned is held
        world.services.dispositions.record_notice(world.officer, case.id, draft)
    assert err.value.key == "disposition.notice_nothing"
    _held(world, case, "Xe đạp", Category.VEHICLE, Disposition.RETURN_TO_OWNER)
    before = snapshot(world.services)
    for actor in (world.keeper, world.accountant):
        with pytest.raises(PermissionDeniedError):
            world.services.dispositions.record_notice(actor, case.id, draft)
    for day, key in ((date(2026, 11, 4), "disposition.notice_before_decision"),
                     (date(2099, 1, 1), "disposition.notice_future")):  # fmt: skip
        with pytest.raises(ValidationError) as err:
            world.services.dispositions.record_notice(
                world.officer, case.id, NoticeDraft(NoticeKind.RETURN_TO_OWNER, "1/TB", day)
            )
        assert err.value.key == key
    assert snapshot(world.services) == before
    notice = world.services.dispositions.record_notice(world.officer, case.id, draft)
    assert world.services.dispositions.notices(world.keeper, case.id) == [notice]


def _received_on(world: World, item: ItemView, when: datetime) -> None:
    with unit_of_work(world.services.db) as session:
        session.get_one(Item, item.id).received_at = when


def test_confiscated_money_reaches_the_budget_seven_days_from_the_later_of_receipt_and_decision(
    world: World,
) -> None:
    """Decree 152 Art 39.4: from the receipt of the money; from the QĐ THA if it came before."""
    case = _case(world)  # QĐ THA on 05/11/2026
    cash = _held(world, case, "Tiền mặt 30.000.000 đồng", Category.CASH, Disposition.CONFISCATE)
    _received_on(world, cash, datetime(2026, 10, 20, 3, 0, tzinfo=UTC))  # before the decision
    due = date(2026, 11, 12)
    assert _due(world, case, due, due - timedelta(days=1)).get("deadline.confiscated_cash") is None
    assert _due(world, case, due, due)["deadline.confiscated_cash"] == due
    deadline = _one(world, case, "deadline.confiscated_cash", due)
    assert deadline.article == "Nghị định 152/2026/NĐ-CP, Điều 39.4"
    assert not deadline.is_overdue(due) and deadline.is_overdue(due + timedelta(days=1))
    # Received after the decision, at 23:30 on 20/11 in Hà Nội (16:30 UTC): seven days from
    # the agency's day of receipt.
    _received_on(world, cash, datetime(2026, 11, 20, 16, 30, tzinfo=UTC))
    assert _due(world, case, due, date(2026, 12, 31))["deadline.confiscated_cash"] == date(
        2026, 11, 27
    )
    # A confiscated phone is no money: only the ten-day handover for it.
    phone_case = _case(world)
    _held(world, phone_case, "Điện thoại", Category.PHONE, Disposition.CONFISCATE)
    assert set(_due(world, phone_case, due, date(2026, 12, 31))) == {
        "deadline.confiscation_handover"
    }
