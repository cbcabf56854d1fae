"""A correction of a case (amount, officer, decision date, a void) counts in the statistics
only once a head who did not record it accepts it, as outcomes and payments do (migration
0027; Law 106/2025 Art 22: the head decides; Decree 152/2026 Art 38: the head answers for
the agency's statistics). Awaiting the head or refused it counts nowhere; the recorder
cannot confirm his own; plain SQL cannot accept one inside a closed period."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from evidence_app.domain.errors import DomainError, ValidationError
from evidence_app.domain.outcomes import ChangeKind
from evidence_app.reports.params import ReportParams
from evidence_app.reports.working_year import statistics_period
from evidence_app.services.catalogue import CaseDraft
from evidence_app.services.outcomes import ChangeDraft
from tests.services.outcomes.scenario import M, build, close_by_sql, paper
from tests.services.rows import snapshot
from tests.world import World

LATER = date(2026, 11, 20)
NEXT = (date(2026, 10, 1), LATER)  # the period that holds the corrections


def _carried_money(world: World) -> int:
    """The agency's money carried over into NEXT (thousands of đồng)."""
    params = ReportParams(date_from=NEXT[0], date_to=NEXT[1], lang="vi")
    table = world.services.reports.build(world.head, "enforcement_results", params)
    return int(str(table.rows[1][4]))


def _amount(world: World, case_id: int, value: int, on: date = LATER) -> int:
    draft = ChangeDraft(ChangeKind.AMOUNT, on, paper(on, "05/QĐ-CCTHADS"), value=value)
    return world.services.case_results.record_change(world.officer, case_id, draft)


def test_a_correction_counts_only_once_the_head_accepts_it(world: World) -> None:
    cases = build(world)
    results = world.services.case_results
    before = _carried_money(world)
    change_id = _amount(world, cases.g, 60 * M)  # G: 40 M to enforce -> 60 M
    # Awaiting the head: the statistics keep 40 M; the head's queue shows the correction.
    assert _carried_money(world) == before
    waiting = [r for r in results.pending(world.head) if r.is_change]
    assert [(r.id, r.change, r.old_value, r.new_value) for r in waiting] == [
        (change_id, ChangeKind.AMOUNT, 40 * M, 60 * M)
    ]
    assert results.history(world.head, cases.g)[0].accepted is None
    accepted = results.confirm(world.head, waiting[0])
    assert accepted.accepted is True and accepted.confirmed_by == world.head.user_id
    assert _carried_money(world) == before + 20_000
    assert results.history(world.head, cases.g)[0].accepted is True
    assert not [r for r in results.pending(world.head) if r.is_change]


def test_a_refused_correction_never_counts_and_the_case_goes_back(world: World) -> None:
    cases = build(world)
    results = world.services.case_results
    before = _carried_money(world)
    change_id = _amount(world, cases.g, 60 * M)
    results.confirm(world.head, results.change(world.head, change_id), accept=False)
    assert _carried_money(world) == before
    assert world.services.cases.get(world.head, cases.g).amount_to_enforce == 40 * M
    assert results.history(world.head, cases.g)[0].accepted is False
    # Refused once, never accepted afterwards.
    with pytest.raises(ValidationError) as err:
        results.confirm(world.head, results.change(world.head, change_id))
    assert err.value.key == "outcome.already_confirmed"
    assert _carried_money(world) == before


def test_a_void_awaiting_the_head_voids_nothing(world: World) -> None:
    cases = build(world)
    results = world.services.case_results
    with world.services.db.engine.connect() as conn:
        payment = int(
            conn.execute(
                text("SELECT max(id) FROM case_payment WHERE case_id = :c"), {"c": cases.b}
            ).scalar_one()
        )
    collected = results.results(world.head, cases.b).collected
    draft = ChangeDraft(ChangeKind.VOID_PAYMENT, LATER, paper(LATER), record_id=payment)
    change_id = results.record_change(world.officer, cases.b, draft)
    assert results.results(world.head, cases.b).collected == collected
    # The same payment is not voided twice while the first void awaits the head.
    with pytest.raises(ValidationError) as err:
        results.record_change(world.officer, cases.b, draft)
    assert err.value.key == "history.void_not_latest"
    results.confirm(world.head, results.change(world.head, change_id))
    assert results.results(world.head, cases.b).collected < collected


def test_the_recorder_cannot_confirm_his_own_correction(world: World) -> None:
    """The head who edits a case on its form recorded the change: another head confirms."""
    cases = build(world)
    results = world.services.case_results
    view = world.services.cases.get(world.head, cases.g)
    draft = CaseDraft(
        name=view.name, decision_number=view.decision_number, decision_date=view.decision_date,
        amount_to_enforce=70 * M, officer_id=view.officer_id,
    )  # fmt: skip
    world.services.cases.update(world.head, cases.g, view.version, draft)
    own = next(r for r in results.pending(world.head) if r.change is ChangeKind.AMOUNT)
    assert own.recorded_by == world.head.user_id
    before = snapshot(world.services)
    for actor, key in ((world.head, "outcome.own_record"), (world.officer, None)):
        with pytest.raises(DomainError) as err:  # wrong person, or not a head at all
            results.confirm(actor, own)
        assert key is None or getattr(err.value, "key", None) == key
        assert snapshot(world.services) == before


def test_no_correction_is_accepted_inside_a_closed_period(world: World) -> None:
    cases = build(world)
    results = world.services.case_results
    day = date(2026, 9, 15)
    change_id = _amount(world, cases.g, 50 * M, on=day)
    # The service refuses to close while the correction awaits the head (Circular 12/2021
    # Art 9): closed by plain SQL, the confirmation is still refused below.
    close_by_sql(world, *statistics_period(2026, 12))
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        results.confirm(world.head, results.change(world.head, change_id))
    assert err.value.key == "history.period_closed"
    now = datetime(2026, 12, 1, tzinfo=UTC)
    sql = (
        "INSERT INTO case_confirmation (change_id, accepted, confirmed_at, note)"
        f" VALUES ({change_id}, true, :at, '')"
    )
    with pytest.raises(DBAPIError), world.services.db.engine.begin() as conn:
        conn.execute(text(sql), {"at": now})
    # Append-only: a refusal cannot be turned into an acceptance afterwards.
    results.confirm(world.head, results.change(world.head, change_id), accept=False)
    after_refusal = snapshot(world.services)
    for statement in (
        "UPDATE case_confirmation SET accepted = true WHERE change_id IS NOT NULL",
        "DELETE FROM case_confirmation WHERE change_id IS NOT NULL",
    ):
        with pytest.raises(DBAPIError), world.services.db.engine.begin() as conn:
            conn.execute(text(statement))
    assert snapshot(world.services) == after_refusal != before
