"""A lot sold again after its buyer cancelled counts for its case once, whatever the order
in which the head gives his word (issue 18): the buyer took his money back (Decree 152/2026
Art 67.4), so the void of his credit can only be accepted, and the second sale's credit
waits for that acceptance. Both databases; every refusal writes nothing.

The lot: sold for 100.000.000 đồng on 30/11/2026 and paid 10/12/2026; the buyer cancels on
11/02/2027 (the handover period ended 10/02, Tết 2027 inside it); sold again on 08/03/2027
for 120.000.000 đồng, paid 12/03/2027. The case enforces 200.000.000 đồng, so each credit
is the whole price and the two are told apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from evidence_app.domain.enums import Role
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.outcomes import ChangeKind
from evidence_app.services.auctions import Buyer
from evidence_app.services.catalogue import CaseDraft
from evidence_app.services.outcomes import Paper, PaymentDraft, RecordView
from tests.services.auctions.steps import AUCTION_1, BUYER, contracted_lot, notices
from tests.services.rows import snapshot
from tests.world import World

FIRST, SECOND = 100_000_000, 120_000_000
CANCELLED = date(2027, 2, 11)
SECOND_BUYER = Buyer("Trần Thị Bình", "45 Hàng Bạc, Hoàn Kiếm, Hà Nội")


def _refused(world: World, key: str, words: tuple[str, str], call: object) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    assert caught.value.key == key
    vi, en = caught.value.message("vi"), caught.value.message("en")
    assert words[0] in vi and words[1] in en, (vi, en)
    assert snapshot(world.services) == before


def _collected(world: World) -> int:
    return world.services.case_results.results(world.head, world.case.id).collected


def _pending(world: World, *, change: bool) -> list[RecordView]:
    records = world.services.case_results.pending(world.head)
    if change:
        return [r for r in records if r.change is ChangeKind.VOID_PAYMENT]
    return [r for r in records if r.is_payment]


def _sold_and_paid(world: World) -> int:
    """The first sale, paid in full: the case credited 100.000.000 đồng (awaiting the head)."""
    auctions = world.services.auctions
    view = world.services.cases.get(world.head, world.case.id)
    draft = CaseDraft(
        name=view.name, decision_number=view.decision_number, decision_date=view.decision_date,
        amount_to_enforce=200_000_000, officer_id=view.officer_id,
    )  # fmt: skip
    world.services.cases.update(world.head, world.case.id, view.version, draft)
    lot = contracted_lot(world)
    auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    auctions.schedule_round(world.officer, lot.id, AUCTION_1, posted_on=date(2026, 11, 17),
                            notices=notices(date(2026, 11, 17)))  # fmt: skip
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    auctions.record_winner(world.officer, lot.id, BUYER, FIRST)
    auctions.today.day = date(2026, 12, 10)  # type: ignore[attr-defined]
    auctions.record_payment(world.actors[Role.ACCOUNTANT], lot.id, FIRST, date(2026, 12, 10))
    world.services.case_results.today = lambda: date(2027, 4, 20)
    return lot.id


def _cancel(world: World, lot_id: int) -> None:
    world.services.auctions.today.day = CANCELLED  # type: ignore[attr-defined]
    world.services.auctions.buyer_cancels(world.officer, lot_id, CANCELLED, "Đơn đề nghị hủy")


def _resold(world: World, lot_id: int) -> None:
    """Sold again at 120.000.000 đồng and paid: the case credited again (awaiting the head)."""
    auctions = world.services.auctions
    posted = date(2027, 2, 22)
    auctions.today.day = posted  # type: ignore[attr-defined]
    auctions.schedule_round(world.officer, lot_id, date(2027, 3, 8), posted_on=posted,
                            notices=notices(posted))  # fmt: skip
    auctions.today.day = date(2027, 3, 8)  # type: ignore[attr-defined]
    auctions.record_winner(world.officer, lot_id, SECOND_BUYER, SECOND)
    auctions.today.day = date(2027, 3, 12)  # type: ignore[attr-defined]
    auctions.record_payment(world.actors[Role.ACCOUNTANT], lot_id, SECOND, date(2027, 3, 12))


NO_REFUSAL = ("Không thể từ chối", "cannot be refused")
VOID_FIRST = ("cần xác nhận việc hủy ghi nhận khoản đó trước", "accept the void of that")


def _try_to_refuse(world: World, void: RecordView) -> None:
    results = world.services.case_results
    refuse = lambda: results.confirm(world.head, void, accept=False, note="Sai")  # noqa: E731
    _refused(world, "outcome.void_of_refunded", NO_REFUSAL, refuse)
    _refused(world, "outcome.void_of_refunded", ("11/02/2027", "11/02/2027"),
             lambda: results.confirm(world.head, void, accept=False))  # fmt: skip


def test_the_lawful_path_counts_the_second_sale_only(world: World) -> None:
    """The head accepts the first credit, then the void the cancellation made, then the
    second sale's credit: the case counts 100, then 0, then 120 million, never 220."""
    results = world.services.case_results
    lot_id = _sold_and_paid(world)
    results.confirm(world.head, _pending(world, change=False)[0])
    assert _collected(world) == FIRST
    _cancel(world, lot_id)
    void = _pending(world, change=True)[0]
    results.confirm(world.head, void)
    assert _collected(world) == 0
    _resold(world, lot_id)
    second = _pending(world, change=False)
    assert [(r.day, r.amount) for r in second] == [(date(2027, 3, 12), SECOND)]
    results.confirm(world.head, second[0])
    assert _collected(world) == SECOND


@pytest.mark.parametrize("resold_first", [False, True])
def test_the_void_of_money_the_buyer_took_back_cannot_be_refused(
    world: World, resold_first: bool
) -> None:
    """Refusing the void would count the 100 million returned to the first buyer (alone,
    before the lot is sold again; with the second sale's 120 million after it): refused,
    in words, before and after the resale is credited, and nothing is written."""
    results = world.services.case_results
    lot_id = _sold_and_paid(world)
    results.confirm(world.head, _pending(world, change=False)[0])
    _cancel(world, lot_id)
    void = _pending(world, change=True)[0]
    if resold_first:
        _resold(world, lot_id)
    _try_to_refuse(world, void)
    # The lawful word is still open to him, and settles the case at the lot's real proceeds.
    results.confirm(world.head, void)
    if not resold_first:
        assert _collected(world) == 0
        _resold(world, lot_id)
    results.confirm(world.head, _pending(world, change=False)[0])
    assert _collected(world) == SECOND


def test_the_second_credit_waits_for_the_void_of_the_first(world: World) -> None:
    """With the void still awaiting him, the head cannot accept the second sale's credit: the
    case would count the lot twice (220 million) until he accepted the void."""
    results = world.services.case_results
    lot_id = _sold_and_paid(world)
    results.confirm(world.head, _pending(world, change=False)[0])
    _cancel(world, lot_id)
    void = _pending(world, change=True)[0]
    _resold(world, lot_id)
    second = _pending(world, change=False)[0]
    _refused(world, "outcome.lot_void_first", VOID_FIRST,
             lambda: results.confirm(world.head, second))  # fmt: skip
    _refused(world, "outcome.lot_void_first", ("100.000.000", "100.000.000"),
             lambda: results.confirm(world.head, second))  # fmt: skip
    assert _collected(world) == FIRST  # the void awaits the head: the record stands as it was
    results.confirm(world.head, void)
    assert _collected(world) == 0
    results.confirm(world.head, second)
    assert _collected(world) == SECOND


@pytest.mark.parametrize("void_word", ["accept", "refuse"])
@pytest.mark.parametrize("resold_first", [False, True])
def test_a_first_credit_still_awaiting_the_head_never_counts(
    world: World, void_word: str, resold_first: bool
) -> None:
    """Cancelled before the head saw the first credit: he can only refuse that credit (it is
    voided), and a void of a refused credit changes nothing, so he may refuse it too; the
    second sale then counts alone, whichever he did and in whatever order."""
    results = world.services.case_results
    lot_id = _sold_and_paid(world)
    first = _pending(world, change=False)[0]
    _cancel(world, lot_id)
    void = _pending(world, change=True)[0]
    if resold_first:
        _resold(world, lot_id)
    _try_to_refuse(world, void)  # the first credit may still be accepted: no refusal yet
    results.confirm(world.head, first, accept=False, note="Người mua đã hủy mua")
    results.confirm(world.head, void, accept=void_word == "accept")
    assert _collected(world) == 0
    if not resold_first:
        _resold(world, lot_id)
    results.confirm(world.head, _pending(world, change=False)[0])
    assert _collected(world) == SECOND


def test_a_credit_by_hand_is_not_dated_before_the_sale_was_paid(world: World) -> None:
    """The second sale's credit refused, the officer credits the lot by hand: not dated
    before its buyer paid in full on 12/03/2027 (Art 65.1), where a period's figures would
    count it beside the first buyer's credit (counted until the void of 11/02/2027)."""
    results = world.services.case_results
    lot_id = _sold_and_paid(world)
    results.confirm(world.head, _pending(world, change=False)[0])
    _cancel(world, lot_id)
    results.confirm(world.head, _pending(world, change=True)[0])
    _resold(world, lot_id)
    results.confirm(world.head, _pending(world, change=False)[0], accept=False, note="Sai")
    paper = Paper("BL-0312", date(2026, 12, 15), "THADS")
    early = PaymentDraft(SECOND, date(2026, 12, 15), paper, lot_id=lot_id)
    _refused(world, "outcome.lot_credit_early", ("12/03/2027", "12/03/2027"),
             lambda: results.record_payment(world.officer, world.case.id, early))  # fmt: skip
    on_time = PaymentDraft(SECOND, date(2027, 3, 12), replace(paper, on=date(2027, 3, 12)),
                           lot_id=lot_id)  # fmt: skip
    results.confirm(world.head, results.record_payment(world.officer, world.case.id, on_time))
    assert _collected(world) == SECOND


def test_the_debtor_redeems_the_lot_after_the_cancellation_not_before(world: World) -> None:
    """After the cancellation the debtor pays everything and takes the lot back (Law
    106/2025 Art 83.4): not dated before 11/02/2027, when the first buyer's credit still
    counted; his payment waits for the void of that credit, then counts alone."""
    auctions, results = world.services.auctions, world.services.case_results
    accountant = world.actors[Role.ACCOUNTANT]
    lot_id = _sold_and_paid(world)
    results.confirm(world.head, _pending(world, change=False)[0])
    _cancel(world, lot_id)
    auctions.today.day = date(2027, 2, 15)  # type: ignore[attr-defined]
    early = lambda: auctions.redeem(accountant, lot_id, date(2027, 2, 10), 200 * 10**6)  # noqa: E731
    _refused(world, "auction.date_before", ("11/02/2027", "11/02/2027"), early)
    auctions.redeem(accountant, lot_id, date(2027, 2, 15), 200_000_000)
    redeemed = _pending(world, change=False)[0]
    _refused(world, "outcome.lot_void_first", VOID_FIRST,
             lambda: results.confirm(world.head, redeemed))  # fmt: skip
    results.confirm(world.head, _pending(world, change=True)[0])
    results.confirm(world.head, redeemed)
    assert _collected(world) == 200_000_000
