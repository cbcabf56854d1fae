"""Valuation by the methods of Law 106/2025 Art 82.1 and re-valuation only on the grounds
of Art 82.2, within the periods of Art 82.1.a, 82.2.c and 82.3 (Decree 152/2026 Art 60), on
both databases; every refusal writes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from evidence_app.domain.enums import Category, Disposition, ValuationMethod
from evidence_app.domain.errors import ValidationError
from evidence_app.services.auctions import CouncilOpinion, LotView, ValuationDraft
from tests.services.auctions.steps import SEIZED, firm, new_lot, use_clock
from tests.services.rows import snapshot
from tests.world import World

M = ValuationMethod
LATE = date(2026, 12, 15)  # "today" after every date below


def _refused(world: World, lot_id: int, draft: ValuationDraft, shown: str) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        world.services.auctions.record_valuation(world.officer, lot_id, draft)
    assert shown in caught.value.message("vi"), caught.value.message("vi")
    assert caught.value.message("en")
    assert snapshot(world.services) == before


def _contract(on: date) -> ValuationDraft:
    return replace(firm(100_000_000, on), paper_number="15/2026/HĐ-TĐG", paper_on=on)


@pytest.mark.parametrize(
    ("seized", "contract_on", "allowed"),
    [
        (SEIZED, date(2026, 11, 6), True),  # Monday 02/11: 5 working days end Monday 09/11
        (SEIZED, date(2026, 11, 9), True),  # the weekend inside does not count
        (SEIZED, date(2026, 11, 10), False),
        (date(2026, 11, 17), date(2026, 11, 24), True),  # 24/11 is a holiday (NQ 28/2026)
        (date(2026, 11, 17), date(2026, 11, 25), True),  # so the period ends on 25/11
        (date(2026, 11, 17), date(2026, 11, 26), False),
    ],
)
def test_the_firm_is_under_contract_within_five_working_days_of_the_seizure(
    world: World, seized: date, contract_on: date, allowed: bool
) -> None:
    """Law 106/2025 Art 82.1.a."""
    use_clock(world, LATE)
    item = world.receive("Xe ô tô Toyota Vios biển số 30A-123.45")
    world.order((item,), Disposition.AUCTION)
    lot = world.services.auctions.create_lot(world.officer, world.case.id, [item.id],
                                             seized_on=seized)  # fmt: skip
    if allowed:
        world.services.auctions.record_valuation(world.officer, lot.id, _contract(contract_on))
        return
    _refused(world, lot.id, _contract(contract_on), "05 ngày làm việc")


def test_a_firm_contract_without_its_number_is_refused(world: World) -> None:
    use_clock(world, LATE)
    lot = new_lot(world)
    _refused(world, lot.id, replace(_contract(SEIZED), paper_number=""), "số văn bản")


def test_the_parties_agreed_price_replaces_the_firm(world: World) -> None:
    """Law Art 82.1.a, 82.4; Decree 152 Art 60.1."""
    use_clock(world, LATE)
    lot = new_lot(world)
    agreed = ValuationDraft(M.AGREEMENT, 90_000_000, date(2026, 11, 5),
                            valuer="Nguyễn Văn An và Trần Thị Bình")  # fmt: skip
    _refused(world, lot.id, agreed, "ngày văn bản thỏa thuận giá")
    _refused(world, lot.id, replace(agreed, paper_on=date(2026, 10, 30)), "trước ngày kê biên")
    lot = world.services.auctions.record_valuation(
        world.officer, lot.id, replace(agreed, paper_on=date(2026, 11, 4))
    )
    assert lot.valuation is not None and lot.valuation.price == 90_000_000


@pytest.mark.parametrize(("price", "allowed"), [(26_550_000, True), (26_550_001, False)])
def test_the_officer_values_a_low_value_asset_himself(
    world: World, price: int, allowed: bool
) -> None:
    """Law Art 82.1.b; Decree 152 Art 60.5: at most 5 × 5.310.000 (region I)."""
    use_clock(world, LATE)
    lot = new_lot(world)
    draft = ValuationDraft(M.OFFICER, price, date(2026, 11, 5), valuer=world.officer.full_name,
                           basis="low_value")  # fmt: skip
    if allowed:
        world.services.auctions.record_valuation(world.officer, lot.id, draft)
    else:
        _refused(world, lot.id, draft, "26.550.000")


def test_the_low_value_limit_follows_the_agency_region(world: World) -> None:
    world.services.rules.set(world.admin, "region.zone", 4)  # 5 × 3.700.000 = 18.500.000
    use_clock(world, LATE)
    lot = new_lot(world)
    draft = ValuationDraft(M.OFFICER, 18_500_001, date(2026, 11, 5), valuer="CHV",
                           basis="low_value")  # fmt: skip
    _refused(world, lot.id, draft, "18.500.000")


def test_the_officer_values_perishables_but_not_a_car_and_needs_a_ground(world: World) -> None:
    use_clock(world, LATE)
    car = new_lot(world)
    draft = ValuationDraft(M.OFFICER, 60_000_000, date(2026, 11, 5), valuer="CHV",
                           basis="perishable")  # fmt: skip
    _refused(world, car.id, draft, "")
    _refused(world, car.id, replace(draft, basis=""), "hãy chọn căn cứ")
    fish = world.receive("Cá đông lạnh 200 kg", category=Category.PERISHABLE)
    lot = new_lot(world, fish)
    world.services.auctions.record_valuation(world.officer, lot.id, draft)
    no_firm = new_lot(world, world.receive("Máy xúc Komatsu"))
    world.services.auctions.record_valuation(
        world.officer, no_firm.id, replace(draft, price=900_000_000, basis="no_firm")
    )


def test_a_price_council_only_when_no_firm_can_be_chosen(world: World) -> None:
    """Decree 152 Art 60.3."""
    use_clock(world, LATE)
    lot = new_lot(world)
    council = ValuationDraft(
        M.PRICE_COUNCIL, 50_000_000, date(2026, 11, 6), chair_user_id=world.officer.user_id,
        members=("Lê Thị Hoa – Sở Tài chính", "Ngô Văn Nam – Phòng Tài nguyên"),
        basis="low_value", opinions=(CouncilOpinion(agrees=True),) * 3,
    )  # fmt: skip
    _refused(world, lot.id, council, "không lựa chọn được doanh nghiệp")
    world.services.auctions.record_valuation(world.officer, lot.id, replace(council, basis=""))


# -- re-valuation (Law Art 82.2, 82.3) -----------------------------------------------------


def _notified(world: World) -> LotView:
    """Valued Friday 06/11 by a firm, the parties notified Wednesday 11/11: a request is due
    by Wednesday 18/11."""
    clock = use_clock(world, date(2026, 11, 6))
    lot = new_lot(world)
    world.services.auctions.record_valuation(world.officer, lot.id, firm())
    clock.day = LATE
    return world.services.auctions.notify_parties(world.officer, lot.id, date(2026, 11, 11))


def _request(on: date, valued_on: date, advance: int = 2_000_000) -> ValuationDraft:
    return replace(firm(110_000_000, valued_on), basis="party_request",
                   paper_number="Đơn ngày " + on.isoformat(), paper_on=on,
                   advance_paid=advance)  # fmt: skip


def test_a_revaluation_without_a_ground_of_article_82_2_is_refused(world: World) -> None:
    lot = _notified(world)
    _refused(world, lot.id, firm(110_000_000, date(2026, 11, 12)), "Điều 82.2")
    _refused(world, lot.id, replace(firm(110_000_000, date(2026, 11, 12)), basis="low_value"),
             "Điều 82.2")  # fmt: skip


@pytest.mark.parametrize(
    ("requested", "allowed"),
    [(date(2026, 11, 17), True), (date(2026, 11, 18), True), (date(2026, 11, 19), False)],
)
def test_a_party_asks_within_five_working_days_of_the_notice(
    world: World, requested: date, allowed: bool
) -> None:
    """Law Art 82.2.c: notified Wednesday 11/11, the weekend inside, due Wednesday 18/11."""
    lot = _notified(world)
    draft = _request(requested, requested)
    if allowed:
        lot = world.services.auctions.record_valuation(world.officer, lot.id, draft)
        assert [v.price for v in lot.valuations] == [100_000_000, 110_000_000]
    else:
        _refused(world, lot.id, draft, "18/11/2026")


def test_a_party_request_needs_the_advance_paid_and_the_notice_given(world: World) -> None:
    lot = _notified(world)
    _refused(world, lot.id, _request(date(2026, 11, 12), date(2026, 11, 12), 0), "tạm ứng")
    use_clock(world, date(2026, 11, 6))
    fresh = new_lot(world)
    world.services.auctions.record_valuation(world.officer, fresh.id, firm())
    use_clock(world, LATE)
    _refused(world, fresh.id, _request(date(2026, 11, 12), date(2026, 11, 12)),
             "Chưa thông báo")  # fmt: skip


@pytest.mark.parametrize(
    ("valued_on", "allowed"),
    [(date(2026, 11, 25), True), (date(2026, 11, 26), True), (date(2026, 11, 27), False)],
)
def test_the_revaluation_is_done_within_five_working_days_of_its_ground(
    world: World, valued_on: date, allowed: bool
) -> None:
    """Law Art 82.3: requested Wednesday 18/11; 19, 20, 23, (24/11 holiday), 25, 26."""
    lot = _notified(world)
    draft = _request(date(2026, 11, 18), valued_on)
    if allowed:
        world.services.auctions.record_valuation(world.officer, lot.id, draft)
    else:
        _refused(world, lot.id, draft, "26/11/2026")


def test_an_expired_certificate_needs_a_firm_and_a_breach_its_conclusion(world: World) -> None:
    """Law Art 82.2.a, 82.2.b."""
    lot = _notified(world)
    expired = replace(firm(95_000_000, date(2026, 11, 20)), basis="expired_certificate",
                      paper_on=date(2026, 11, 20))  # fmt: skip
    breach = replace(expired, basis="serious_breach")
    _refused(world, lot.id, breach, "số kết luận")
    world.services.auctions.record_valuation(world.officer, lot.id, expired)
    use_clock(world, LATE)
    council = new_lot(world)
    world.services.auctions.record_valuation(
        world.officer, council.id,
        ValuationDraft(M.OFFICER, 20_000_000, date(2026, 11, 5), valuer="CHV", basis="low_value"),
    )  # fmt: skip
    _refused(world, council.id, replace(expired, price=21_000_000), "không có chứng thư")


def test_an_agreement_is_never_a_revaluation(world: World) -> None:
    lot = _notified(world)
    agreed = ValuationDraft(M.AGREEMENT, 95_000_000, date(2026, 11, 12), valuer="Các đương sự",
                            basis="serious_breach", paper_number="KL 1",
                            paper_on=date(2026, 11, 12))  # fmt: skip
    _refused(world, lot.id, agreed, "không phải định giá lại")


@pytest.mark.parametrize(("today", "overdue"), [(date(2026, 11, 9), False),
                                                (date(2026, 11, 10), True)])  # fmt: skip
def test_the_valuation_contract_deadline_is_on_the_dashboard(
    world: World, today: date, overdue: bool
) -> None:
    """Law Art 82.1.a: seized Monday 02/11, the contract is due Monday 09/11; it leaves the
    list once the lot is valued."""
    from evidence_app.services.core.deadlines import collect
    from evidence_app.services.core.uow import unit_of_work

    use_clock(world, LATE)
    lot = new_lot(world)
    with unit_of_work(world.services.db, read_only=True) as session:
        found = [d for d in collect(session, today, date(2099, 1, 1))
                 if d.ref_id == lot.id and d.kind == "deadline.valuation_contract"]  # fmt: skip
    assert [d.due_on for d in found] == [date(2026, 11, 9)]
    assert (found[0].due_on < today) is overdue
    world.services.auctions.record_valuation(world.officer, lot.id, _contract(SEIZED))
    with unit_of_work(world.services.db, read_only=True) as session:
        assert not [d for d in collect(session, today, date(2099, 1, 1))
                    if d.ref_id == lot.id and d.kind == "deadline.valuation_contract"]  # fmt: skip
