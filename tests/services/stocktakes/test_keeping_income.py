"""A keeper's income from exploiting an asset left with him (Law 106/2025 Art 40.2-3): after
the related costs it is paid to the agency to enforce the judgment. The officer records it
against the keeping minutes (Decree 152/2026 Art 24.4); it is credited to the case net of
the costs, awaiting the head like any payment, and the keeping's history lists it. Each
refusal says why in Vietnamese and English and writes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import CustodianKind, Role
from evidence_app.domain.errors import OtherUnitError, PermissionDeniedError, ValidationError
from evidence_app.services.core.auth import Actor
from evidence_app.services.custody import BodyKeeper
from evidence_app.services.stocktakes import HandoverResult, IncomeDraft, KeeperView
from tests.services.rows import snapshot
from tests.services.stocktakes.keeping_cases import OTHER_CASE, left_for_two_cases, other_case
from tests.services.stocktakes.keeping_people import handover
from tests.world import World

TODAY = agency_today()
OWNER = "Nguyễn Văn Chủ"


def _left(world: World, kind: CustodianKind = CustodianKind.OWNER,
          name: str = OWNER) -> tuple[KeeperView, HandoverResult, int]:  # fmt: skip
    """A car left with its owner, who may go on using it (Art 40.1.a)."""
    s = world.services
    item = world.receive("Ô tô con Toyota Vios 29A-123.45")
    keeper = s.keeping.add_keeper(world.keeper, kind, name, "Số 1 Hàng Bài, Hà Nội")
    done = s.keeping.leave(world.keeper, keeper.id, [item.id],
                           handover(world, BodyKeeper(name, "Đại diện")))  # fmt: skip
    return keeper, done, item.id


def _draft(done: HandoverResult, gross: int | None = 6_000_000, costs: int | None = 1_500_000,
           days: int = 0, receipt: str = "BL-0001") -> IncomeDraft:  # fmt: skip
    return IncomeDraft(done.minutes_document_id, gross, costs, TODAY + timedelta(days=days),
                       receipt)  # fmt: skip


def test_the_income_is_credited_to_the_case_net_of_its_costs_and_listed_on_the_keeping(
    world: World,
) -> None:
    s = world.services
    keeper, done, _ = _left(world)
    assert [m.number for m in s.keeping_income.minutes(world.officer, keeper.id)] == [
        done.minutes_number
    ]
    income = s.keeping_income.record(world.officer, keeper.id, _draft(done))
    assert (income.gross, income.costs, income.net) == (6_000_000, 1_500_000, 4_500_000)
    assert income.case_id == world.case.id and income.accepted is None
    # A payment of the case, awaiting the head's word as any other.
    pending = [r for r in s.case_results.pending(world.head) if r.is_payment]
    assert [(r.amount, r.costs, r.doc_number, r.day) for r in pending] == [
        (6_000_000, 1_500_000, "BL-0001", TODAY)
    ]
    assert f"Biên bản số {done.minutes_number}" in pending[0].note
    assert s.case_results.results(world.officer, world.case.id).collected == 0
    s.case_results.confirm(world.head, pending[0])
    results = s.case_results.results(world.officer, world.case.id)
    assert results.collected == 4_500_000 and results.remaining == 10_500_000
    listed = s.keeping_income.incomes(world.officer, keeper.id)
    assert [(i.minutes_number, i.net, i.receipt_number, i.accepted) for i in listed] == [
        (done.minutes_number, 4_500_000, "BL-0001", True)
    ]
    history = s.case_results.history(world.officer, world.case.id)
    assert [(h.what, h.detail, h.doc_number) for h in history] == [
        ("payment", "4500000", "BL-0001")
    ]


def test_each_refusal_says_why_and_writes_nothing(world: World) -> None:
    s = world.services
    keeper, done, _ = _left(world)
    _commune, by_commune, _ = _left(world, CustodianKind.COMMUNE, "Ủy ban nhân dân phường Cửa Nam")
    office = s.units.create(world.admin, "KV2", "Phòng Thi hành án dân sự khu vực 2")
    s.users.create(world.admin, "kv2-chv", "Lê Văn Khu Vực", "mat-khau-lan-dau-2026",
                   [Role.OFFICER], unit_id=office.id)  # fmt: skip
    first = s.users.authenticate("kv2-chv", "mat-khau-lan-dau-2026")
    s.users.change_own_password(first, "mat-khau-lan-dau-2026", "kv2-mat-khau-2026")
    stranger = s.users.authenticate("kv2-chv", "kv2-mat-khau-2026")
    handed = f"{TODAY:%d/%m/%Y}"
    before = snapshot(s)
    refused = [
        (keeper.id, _draft(done, 1_000_000, 1_200_000), "income.costs_exceed", "1.200.000",
         "exceed"),
        (keeper.id, _draft(done, 1_000_000, 1_000_000), "income.no_net", "0 đồng", "nothing"),
        (keeper.id, _draft(done, 0, 0), "income.no_net", "khoản 3 Điều 40", "Art 40.3"),
        (keeper.id, _draft(done, -5, 0), "validation.negative", "lợi tức", "income"),
        (keeper.id, _draft(done, None, 0), "validation.required", "lợi tức", "income"),
        (keeper.id, _draft(done, receipt=" "), "validation.required", "biên lai", "receipt"),
        (keeper.id, _draft(done, days=-1), "income.before_handover", handed, "before the"),
        (keeper.id, _draft(done, days=1), "outcome.date_in_future", "chưa đến", "future"),
        (keeper.id, _draft(by_commune), "income.not_its_minutes", OWNER, OWNER),
    ]  # fmt: skip
    for keeper_id, draft, key, vi, en in refused:
        with pytest.raises(ValidationError) as err:
            s.keeping_income.record(world.officer, keeper_id, draft)
        assert err.value.key == key, draft
        assert vi in err.value.message("vi") and en in err.value.message("en"), draft
    for other in (world.keeper, world.accountant):  # the store keeper records no money
        with pytest.raises(PermissionDeniedError):
            s.keeping_income.record(other, keeper.id, _draft(done))
    with pytest.raises(OtherUnitError):  # an officer of another office
        s.keeping_income.record(stranger, keeper.id, _draft(done))
    assert snapshot(s) == before
    # The case fully enforced: the whole amount paid in, a further payment is refused.
    s.keeping_income.record(world.officer, keeper.id, _draft(done, 16_000_000, 1_000_000))
    paid = snapshot(s)
    with pytest.raises(ValidationError) as err:
        s.keeping_income.record(world.officer, keeper.id, _draft(done, receipt="BL-0002"))
    assert err.value.key == "income.case_enforced"
    assert "15.000.000" in err.value.message("vi") and "Art 54" in err.value.message("en")
    assert snapshot(s) == paid


def _confirm_all(world: World) -> None:
    for pending in world.services.case_results.pending(world.head):
        world.services.case_results.confirm(world.head, pending)


def test_the_commune_given_the_asset_pays_in_its_income_too(world: World) -> None:
    """Law 106/2025 Art 40.3: "người được giao bảo quản tài sản phải nộp" — any keeper, the
    commune of Art 40.1.đ included."""
    s = world.services
    commune, done, _ = _left(world, CustodianKind.COMMUNE, "Ủy ban nhân dân phường Cửa Nam")
    income = s.keeping_income.record(world.officer, commune.id, _draft(done, 3_000_000, 500_000))
    assert (income.net, income.case_id) == (2_500_000, world.case.id)
    _confirm_all(world)
    assert s.case_results.results(world.officer, world.case.id).collected == 2_500_000
    listed = s.keeping_income.incomes(world.officer, commune.id)
    assert [(i.net, i.accepted) for i in listed] == [(2_500_000, True)]


def test_income_earned_while_kept_is_paid_in_after_the_keeping_ended(world: World) -> None:
    """Art 40.3: the income earned while the asset was kept is owed once it is taken back;
    the day paid is still on or after the handover and not in the future."""
    s = world.services
    keeper, done, item_id = _left(world)
    s.keeping_income.record(world.officer, keeper.id, _draft(done))  # 4.500.000 while kept
    version = s.items.get(world.keeper, item_id).version
    s.moves.move_batch(world.keeper, [(item_id, version)], world.shelf_a.id,
                       keeper=BodyKeeper(OWNER, "Chủ sở hữu"))  # fmt: skip
    ended = s.keeping_income.minutes(world.officer, keeper.id)
    assert [(m.number, m.held) for m in ended] == [(done.minutes_number, 0)]
    before = snapshot(s)
    for days, key in ((-1, "income.before_handover"), (1, "outcome.date_in_future")):
        with pytest.raises(ValidationError) as err:
            s.keeping_income.record(world.officer, keeper.id,
                                    _draft(done, days=days, receipt="BL-0002"))  # fmt: skip
        assert err.value.key == key
    assert snapshot(s) == before
    late = s.keeping_income.record(
        world.officer, keeper.id, _draft(done, 2_000_000, 0, receipt="BL-0002")
    )
    assert late.net == 2_000_000 and late.minutes_number == done.minutes_number
    _confirm_all(world)
    results = s.case_results.results(world.officer, world.case.id)
    assert (results.collected, results.remaining) == (6_500_000, 8_500_000)
    listed = s.keeping_income.incomes(world.officer, keeper.id)
    assert sorted(i.net for i in listed) == [2_000_000, 4_500_000]


def _office_officer(world: World) -> Actor:
    """An officer of a regional office, holding his role there only."""
    s = world.services
    office = s.units.create(world.admin, "KV2", "Phòng Thi hành án dân sự khu vực 2")
    s.users.create(world.admin, "kv2-chv", "Lê Văn Khu Vực", "mat-khau-lan-dau-2026",
                   [Role.OFFICER], unit_id=office.id)  # fmt: skip
    first = s.users.authenticate("kv2-chv", "mat-khau-lan-dau-2026")
    s.users.change_own_password(first, "mat-khau-lan-dau-2026", "kv2-mat-khau-2026")
    return s.users.authenticate("kv2-chv", "kv2-mat-khau-2026")


def test_minutes_of_two_cases_offer_both_and_credit_the_one_chosen(world: World) -> None:
    """One minutes may leave items of several cases (Decree 152/2026 Art 24.4): the officer
    picks the case the income is credited to (Law 106/2025 Art 40.3); none picked, refused."""
    s = world.services
    second = other_case(world)
    keeper, done = left_for_two_cases(world, second)
    (choice,) = s.keeping_income.minutes(world.officer, keeper.id)
    assert [c.name for c in choice.cases] == [OTHER_CASE, world.case.name]  # P before T
    before = snapshot(s)
    with pytest.raises(ValidationError) as err:
        s.keeping_income.record(world.officer, keeper.id, _draft(done))
    assert (
        "vụ việc" in err.value.message("vi").lower() and "case" in err.value.message("en").lower()
    )
    assert snapshot(s) == before
    draft = replace(_draft(done, 3_000_000, 0), case_id=second.id)
    income = s.keeping_income.record(world.officer, keeper.id, draft)
    assert (income.case_id, income.case_name, income.net) == (second.id, OTHER_CASE, 3_000_000)
    _confirm_all(world)
    assert s.case_results.results(world.officer, second.id).collected == 3_000_000
    assert s.case_results.results(world.officer, world.case.id).collected == 0


def test_only_the_cases_of_the_officers_unit_are_offered(world: World) -> None:
    """Each office acts on its own cases (Law 106/2025 Art 13-14): a case of another office
    on the minutes is not offered, and crediting it is refused, writing nothing."""
    s = world.services
    elsewhere = other_case(world, _office_officer(world), "Vụ khu vực 2 – Đỗ Văn Hải")
    keeper, done = left_for_two_cases(world, elsewhere)
    (choice,) = s.keeping_income.minutes(world.officer, keeper.id)
    assert choice.case_ids == tuple(sorted((world.case.id, elsewhere.id)))
    assert [c.id for c in choice.cases] == [world.case.id]
    before = snapshot(s)
    with pytest.raises(OtherUnitError):
        s.keeping_income.record(world.officer, keeper.id,
                                replace(_draft(done), case_id=elsewhere.id))  # fmt: skip
    assert snapshot(s) == before
