"""One obligation of a case (issue 19; Law 106/2025 Art 3.8: one decision, one case): the
obligations are listed once and sum to the case's amount; an outcome or payment may concern
one of them; the case's state is derived from theirs (Art 38, 46–49, 55); money paid for the
case fills them in listed order; the list is append-only in the database."""

from __future__ import annotations

from datetime import date

import pytest

from evidence_app.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from evidence_app.domain.outcomes import (
    CaseState,
    ChangeKind,
    NotEnforceableReason,
    ObligationKind,
    Paid,
    Standing,
    Step,
    allocate,
    case_standing,
    combined_standing,
)
from evidence_app.services.outcomes import ChangeDraft, ObligationDraft, OutcomeDraft, PaymentDraft
from tests.services.outcomes.scenario import K, M, new_case, paper, use_today
from tests.services.rows import refused_by_database, snapshot
from tests.world import World

S = CaseState
OB = ObligationKind
DAY = date(2026, 3, 2)
BANK = ObligationDraft(OB.TO_PARTY, 70 * M, "Ngân hàng")
FEES = ObligationDraft(OB.COURT_FEES, 30 * M)


def _listed(world: World, amount: int = 100 * M) -> tuple[int, int, int]:
    use_today(world)
    case_id = new_case(world, "Vụ nhiều khoản", date(2026, 1, 5), amount, world.officer)
    bank, fees = world.services.case_results.list_obligations(world.officer, case_id, [BANK, FEES])
    return case_id, bank.id, fees.id


def _outcome(world: World, case_id: int, kind: K, day: date, obligation: int | None) -> None:
    results = world.services.case_results
    reason = NotEnforceableReason.NO_INCOME_OR_ASSETS if kind is K.NOT_ENFORCEABLE else None
    draft = OutcomeDraft(kind, day, paper(day), reason, obligation_id=obligation)
    results.confirm(world.head, results.record_outcome(world.officer, case_id, draft))


def _pay(world: World, case_id: int, amount: int, day: date, obligation: int | None) -> None:
    results = world.services.case_results
    draft = PaymentDraft(amount, day, paper(day, "BL-01"), obligation_id=obligation)
    results.confirm(world.head, results.record_payment(world.officer, case_id, draft))


# the pure rules --------------------------------------------------------------------------


def test_the_case_ends_only_when_every_obligation_has_ended() -> None:
    done = Standing(S.COMPLETED, date(2026, 2, 1))
    ended = Standing(S.TERMINATED, date(2026, 3, 1))
    ongoing = Standing(S.ENFORCEABLE, None)
    unable = Standing(S.NOT_ENFORCEABLE, date(2026, 1, 1), date(2026, 1, 1))
    assert combined_standing([done, ongoing]).state is S.ENFORCEABLE
    assert combined_standing([done, unable]) == unable
    assert combined_standing([done, ended]) == Standing(S.COMPLETED, date(2026, 3, 1))
    assert combined_standing([ended, ended]).state is S.TERMINATED
    assert combined_standing([unable, Standing(S.POSTPONED, DAY)]).state is S.POSTPONED
    assert combined_standing([done, Standing(S.ENTRUSTED, DAY)]).state is S.ENTRUSTED
    assert combined_standing([]).state is S.ENFORCEABLE


def test_a_case_wide_outcome_applies_to_every_obligation_and_its_own_to_one() -> None:
    steps = [
        Step(K.COMPLETED, date(2026, 2, 1), 1, obligation_id=10),
        Step(K.SUSPENDED, date(2026, 3, 1), 2),
    ]
    # The completed obligation stays completed; the other is suspended, and so the case.
    assert case_standing(steps, [10, 11]).state is S.SUSPENDED
    assert case_standing(steps, [10, 11], date(2026, 2, 15)).state is S.ENFORCEABLE
    # Without obligations the fold is as before.
    assert case_standing(steps).state is S.SUSPENDED


def test_payments_for_the_case_fill_the_obligations_in_listed_order() -> None:
    listed = [(1, 70), (2, 30)]
    shares = allocate(listed, [Paid(DAY, 1, 50), Paid(DAY, 2, 10, 2), Paid(DAY, 3, 40)])
    assert [p.amount for p in shares[1]] == [50, 20]
    assert [p.amount for p in shares[2]] == [10, 20]
    assert allocate([], [Paid(DAY, 1, 5)]) == {}


# through the service ---------------------------------------------------------------------


def test_obligations_listed_once_summing_to_the_case_amount(world: World) -> None:
    use_today(world)
    results = world.services.case_results
    case_id = new_case(world, "Vụ nhiều khoản", date(2026, 1, 5), 100 * M, world.officer)
    before = snapshot(world.services)
    for drafts in ([BANK], [BANK, FEES, ObligationDraft(OB.OTHER, 1)], []):
        with pytest.raises(ValidationError) as wrong:
            results.list_obligations(world.officer, case_id, drafts)
        assert wrong.value.message("vi") and wrong.value.message("en")
    with pytest.raises(ValidationError) as short:
        results.list_obligations(world.officer, case_id, [BANK])
    assert "70.000.000 đồng" in short.value.message("vi")
    assert "100.000.000 VND" in short.value.message("en")
    with pytest.raises(ValidationError):
        results.list_obligations(world.officer, case_id, [BANK, ObligationDraft(OB.OTHER, 0)])
    with pytest.raises(PermissionDeniedError):
        results.list_obligations(world.keeper, case_id, [BANK, FEES])
    assert snapshot(world.services) == before
    listed = results.list_obligations(world.officer, case_id, [BANK, FEES])
    assert [(o.position, o.kind, o.amount, o.state) for o in listed] == [
        (1, OB.TO_PARTY, 70 * M, S.ENFORCEABLE),
        (2, OB.COURT_FEES, 30 * M, S.ENFORCEABLE),
    ]
    again = snapshot(world.services)
    with pytest.raises(ValidationError) as twice:
        results.list_obligations(world.officer, case_id, [BANK, FEES])
    assert "một lần" in twice.value.message("vi")
    # The amount the list rests on can no longer be corrected.
    with pytest.raises(ValidationError):
        results.record_change(
            world.officer, case_id, ChangeDraft(ChangeKind.AMOUNT, DAY, paper(DAY), 90 * M)
        )
    assert snapshot(world.services) == again


def test_the_list_is_append_only_in_the_database(world: World) -> None:
    case_id, bank, _ = _listed(world)
    refused_by_database(
        world.services,
        f"UPDATE case_obligation SET amount = 1 WHERE id = {bank}",
        f"DELETE FROM case_obligation WHERE case_id = {case_id}",
    )


def test_the_case_is_completed_when_all_its_obligations_are(world: World) -> None:
    results = world.services.case_results
    case_id, bank, fees = _listed(world)
    _pay(world, case_id, 70 * M, date(2026, 2, 1), bank)
    _outcome(world, case_id, K.COMPLETED, date(2026, 2, 2), bank)
    assert results.results(world.officer, case_id).state is S.ENFORCEABLE
    _outcome(world, case_id, K.NOT_ENFORCEABLE, date(2026, 2, 3), fees)
    now = results.results(world.officer, case_id)
    assert (now.state, now.since) == (S.NOT_ENFORCEABLE, date(2026, 2, 3))
    # The completed obligation takes nothing more; the other follows its own history.
    before = snapshot(world.services)
    with pytest.raises(ValidationError):
        results.record_outcome(
            world.officer, case_id, OutcomeDraft(K.SUSPENDED, DAY, paper(DAY), obligation_id=bank)
        )
    with pytest.raises(ValidationError):
        results.record_payment(
            world.officer, case_id, PaymentDraft(M, DAY, paper(DAY), obligation_id=bank)
        )
    assert snapshot(world.services) == before
    _outcome(world, case_id, K.ENFORCEABLE_AGAIN, date(2026, 2, 10), fees)
    _pay(world, case_id, 30 * M, date(2026, 2, 11), None)
    _outcome(world, case_id, K.COMPLETED, date(2026, 2, 12), fees)
    now = results.results(world.officer, case_id)
    assert (now.state, now.since, now.collected) == (S.COMPLETED, date(2026, 2, 12), 100 * M)
    case = world.services.cases.get(world.officer, case_id)
    assert case.amount_enforced == 100 * M


def test_money_for_the_case_is_allocated_and_never_beyond_an_obligation(world: World) -> None:
    results = world.services.case_results
    case_id, bank, fees = _listed(world)
    _pay(world, case_id, 80 * M, date(2026, 2, 1), None)
    views = results.obligations(world.officer, case_id)
    assert [(v.collected, v.remaining) for v in views] == [(70 * M, 0), (10 * M, 20 * M)]
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as over:
        results.record_payment(
            world.officer, case_id, PaymentDraft(M, DAY, paper(DAY), obligation_id=bank)
        )
    assert "khoản nghĩa vụ" in over.value.message("vi")
    assert "obligation" in over.value.message("en")
    assert snapshot(world.services) == before
    _pay(world, case_id, 20 * M, date(2026, 2, 5), fees)
    assert [v.remaining for v in results.obligations(world.officer, case_id)] == [0, 0]


def test_an_obligation_of_another_case_is_refused(world: World) -> None:
    results = world.services.case_results
    case_id, bank, _ = _listed(world)
    other = new_case(world, "Vụ khác", date(2026, 1, 5), 10 * M, world.officer)
    before = snapshot(world.services)
    with pytest.raises(NotFoundError):
        results.record_outcome(
            world.officer, other, OutcomeDraft(K.COMPLETED, DAY, paper(DAY), obligation_id=bank)
        )
    with pytest.raises(NotFoundError):
        results.record_payment(
            world.officer, other, PaymentDraft(M, DAY, paper(DAY), obligation_id=bank)
        )
    assert snapshot(world.services) == before
    assert case_id != other


def test_the_history_and_the_results_name_the_obligation_a_record_concerns(
    world: World,
) -> None:
    """Each outcome and payment says which obligation (its place in the list and its kind)
    it concerns; a record for the whole case names none."""
    results = world.services.case_results
    case_id, bank, fees = _listed(world)
    _pay(world, case_id, 20 * M, date(2026, 2, 1), fees)
    _outcome(world, case_id, K.SUSPENDED, date(2026, 2, 2), bank)
    _pay(world, case_id, 5 * M, date(2026, 2, 3), None)
    pending = PaymentDraft(M, DAY, paper(DAY, "BL-02"), obligation_id=fees)
    results.record_payment(world.officer, case_id, pending)  # awaiting the head
    expected = [
        (DAY, "payment", 2, OB.COURT_FEES),
        (date(2026, 2, 3), "payment", None, None),
        (date(2026, 2, 2), "suspended", 1, OB.TO_PARTY),
        (date(2026, 2, 1), "payment", 2, OB.COURT_FEES),
    ]
    entries = results.history(world.officer, case_id)
    assert [(e.day, e.what, e.obligation_position, e.obligation_kind) for e in entries] == (
        expected
    )
    records = results.results(world.officer, case_id).records
    named = [(r.day, r.obligation_id, r.obligation_position, r.obligation_kind) for r in records]
    assert named == [
        (DAY, fees, 2, OB.COURT_FEES),
        (date(2026, 2, 3), None, None, None),
        (date(2026, 2, 2), bank, 1, OB.TO_PARTY),
        (date(2026, 2, 1), fees, 2, OB.COURT_FEES),
    ]
    # A case that lists no obligation names none anywhere.
    plain = new_case(world, "Vụ một khoản", date(2026, 1, 5), 10 * M, world.officer)
    _pay(world, plain, M, date(2026, 2, 1), None)
    assert [e.obligation_position for e in results.history(world.officer, plain)] == [None]
    assert [r.obligation_kind for r in results.results(world.officer, plain).records] == [None]
