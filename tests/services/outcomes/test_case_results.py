"""Case outcomes and payments (issue 19): the officer records with the document, the head who
did not record it confirms; until then nothing counts; refused attempts write nothing; the
record is append-only in the database (Law 106/2025 Art 38, 46–49, 54–55)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from evidence_app.domain.enums import Role
from evidence_app.domain.errors import DomainError, PermissionDeniedError, ValidationError
from evidence_app.domain.outcomes import CaseState, NotEnforceableReason
from evidence_app.services.catalogue import CaseDraft
from evidence_app.services.outcomes import OutcomeDraft, PaymentDraft
from tests.people import hire
from tests.services.outcomes.scenario import (
    K,
    M,
    build,
    new_case,
    outcome,
    paper,
    payment,
    use_today,
)
from tests.services.rows import snapshot
from tests.world import PASSWORD, World

DAY = date(2026, 3, 2)


def _case(world: World, amount: int = 50 * M) -> int:
    use_today(world)
    return new_case(world, "Vụ thử", date(2026, 1, 5), amount, world.officer)


def test_an_outcome_counts_only_once_a_head_who_did_not_record_it_confirms(world: World) -> None:
    results = world.services.case_results
    case_id = _case(world)
    draft = OutcomeDraft(K.NOT_ENFORCEABLE, DAY, paper(DAY), NotEnforceableReason.ASSET_GONE)
    record = results.record_outcome(world.officer, case_id, draft)
    assert record.accepted is None and record.recorder_name
    assert results.results(world.officer, case_id).state is CaseState.ENFORCEABLE
    assert [r.id for r in results.pending(world.head)] == [record.id]
    with pytest.raises(PermissionDeniedError):
        results.confirm(world.officer, record)
    head_record = results.record_payment(world.head, case_id, PaymentDraft(5 * M, DAY, paper(DAY)))
    with pytest.raises(ValidationError) as own:
        results.confirm(world.head, head_record)
    assert "không được tự xác nhận" in own.value.message("vi")
    confirmed = results.confirm(world.head, record)
    assert confirmed.accepted is True
    now = results.results(world.officer, case_id)
    assert (now.state, now.since) == (CaseState.NOT_ENFORCEABLE, DAY)
    assert world.services.cases.get(world.officer, case_id).amount_enforced == 0
    with pytest.raises(ValidationError) as again:
        results.confirm(world.head, record)
    assert "đã được xác nhận" in again.value.message("vi")
    deputy = hire(world.services, world.admin, "pho.tt", "Vũ Phó", PASSWORD, [Role.HEAD])
    results.confirm(deputy, head_record)
    assert world.services.cases.get(world.officer, case_id).amount_enforced == 5 * M
    assert results.pending(world.head) == []


def test_a_refused_record_never_counts(world: World) -> None:
    results = world.services.case_results
    case_id = _case(world)
    record = results.record_payment(world.officer, case_id, PaymentDraft(7 * M, DAY, paper(DAY)))
    refused = results.confirm(world.head, record, accept=False, note="Sai biên lai")
    assert refused.accepted is False
    assert results.results(world.head, case_id).collected == 0
    payment(world, case_id, 50 * M, DAY)  # the refused 7 M leaves the whole 50 M to collect
    assert results.results(world.head, case_id).remaining == 0


def test_auction_proceeds_count_net_of_costs(world: World) -> None:
    results = world.services.case_results
    case_id = _case(world)
    draft = PaymentDraft(30 * M, DAY, paper(DAY), costs=4 * M, note="Tiền bán đấu giá")
    results.confirm(world.head, results.record_payment(world.officer, case_id, draft))
    assert results.results(world.head, case_id).collected == 26 * M


def _refusals(world: World, case_id: int, done_id: int) -> list[Callable[[], object]]:
    r, officer = world.services.case_results, world.officer
    future = date(2026, 12, 2)
    return [
        lambda: r.record_outcome(world.keeper, case_id, OutcomeDraft(K.COMPLETED, DAY, paper(DAY))),
        lambda: r.record_payment(world.accountant, case_id, PaymentDraft(M, DAY, paper(DAY))),
        lambda: r.record_outcome(
            officer, case_id, OutcomeDraft(K.NOT_ENFORCEABLE, DAY, paper(DAY))
        ),
        lambda: r.record_outcome(
            officer,
            case_id,
            OutcomeDraft(K.COMPLETED, DAY, paper(DAY), NotEnforceableReason.ASSET_GONE),
        ),
        lambda: r.record_outcome(officer, case_id, OutcomeDraft(K.COMPLETED, future, paper(DAY))),
        lambda: r.record_outcome(officer, case_id, OutcomeDraft(K.COMPLETED, DAY, paper(future))),
        lambda: r.record_outcome(
            officer, case_id, OutcomeDraft(K.COMPLETED, DAY, paper(date(2026, 3, 3)))
        ),
        lambda: r.record_outcome(
            officer, case_id, OutcomeDraft(K.COMPLETED, date(2026, 1, 4), paper(date(2026, 1, 4)))
        ),
        lambda: r.record_outcome(officer, case_id, OutcomeDraft(K.RESUMED, DAY, paper(DAY))),
        lambda: r.record_outcome(
            officer, case_id, OutcomeDraft(K.ENFORCEABLE_AGAIN, DAY, paper(DAY))
        ),
        lambda: r.record_outcome(officer, case_id, OutcomeDraft(K.COMPLETED, DAY, paper(DAY, " "))),
        lambda: r.record_payment(officer, case_id, PaymentDraft(0, DAY, paper(DAY))),
        lambda: r.record_payment(officer, case_id, PaymentDraft(-5, DAY, paper(DAY))),
        lambda: r.record_payment(officer, case_id, PaymentDraft(51 * M, DAY, paper(DAY))),
        lambda: r.record_payment(officer, case_id, PaymentDraft(M, DAY, paper(DAY), costs=2 * M)),
        lambda: r.record_payment(officer, case_id, PaymentDraft(M, future, paper(DAY))),
        lambda: r.record_payment(officer, done_id, PaymentDraft(M, DAY, paper(DAY))),
        lambda: r.record_outcome(officer, done_id, OutcomeDraft(K.SUSPENDED, DAY, paper(DAY))),
        lambda: r.record_outcome(officer, 999_999, OutcomeDraft(K.COMPLETED, DAY, paper(DAY))),
    ]


def test_refused_attempts_write_nothing(world: World) -> None:
    case_id = _case(world)
    done_id = new_case(world, "Vụ đã xong", date(2026, 1, 5), 10 * M, world.officer)
    outcome(world, done_id, K.COMPLETED, date(2026, 2, 1))
    undecided = world.services.cases.create(world.officer, CaseDraft(name="Chưa có QĐ")).id
    before = snapshot(world.services)
    attempts = _refusals(world, case_id, done_id)
    attempts.append(
        lambda: world.services.case_results.record_outcome(
            world.officer, undecided, OutcomeDraft(K.COMPLETED, DAY, paper(DAY))
        )
    )
    messages = []
    for attempt in attempts:
        with pytest.raises(DomainError) as caught:
            attempt()
        messages.append(caught.value.message("vi"))
    assert snapshot(world.services) == before
    assert any("chưa đến" in m for m in messages)
    assert any("Điều 38" in m for m in messages)
    assert any("Thi hành xong" in m for m in messages)  # the finished case's state, in words
    assert any("vượt số còn phải thi hành" in m for m in messages)


def test_one_record_awaits_the_head_at_a_time_and_history_grows_in_date_order(world: World) -> None:
    results = world.services.case_results
    case_id = _case(world)
    results.record_outcome(world.officer, case_id, OutcomeDraft(K.POSTPONED, DAY, paper(DAY)))
    with pytest.raises(ValidationError) as waiting:
        results.record_outcome(world.officer, case_id, OutcomeDraft(K.COMPLETED, DAY, paper(DAY)))
    assert "chờ Thủ trưởng xác nhận" in waiting.value.message("vi")
    results.confirm(world.head, results.pending(world.head)[0])
    earlier = date(2026, 2, 1)
    with pytest.raises(ValidationError) as order:
        results.record_outcome(
            world.officer, case_id, OutcomeDraft(K.RESUMED, earlier, paper(earlier))
        )
    assert "theo thứ tự ngày" in order.value.message("vi")


def test_the_record_is_append_only_in_the_database(world: World) -> None:
    build(world)
    for table in ("case_outcome", "case_payment", "case_confirmation"):
        for sql in (f"UPDATE {table} SET id = id", f"DELETE FROM {table}"):
            with pytest.raises(DBAPIError), world.services.db.engine.begin() as conn:
                conn.execute(text(sql))


def test_the_scenario_leaves_each_case_where_its_record_says(world: World) -> None:
    cases = build(world)
    results = world.services.case_results
    states = {name: results.results(world.head, getattr(cases, name)).state for name in "abcdefg"}
    assert states == {
        "a": CaseState.COMPLETED, "b": CaseState.COMPLETED, "c": CaseState.TERMINATED,
        "d": CaseState.COMPLETED, "e": CaseState.ENTRUSTED, "f": CaseState.COMPLETED,
        "g": CaseState.ENFORCEABLE,
    }  # fmt: skip
    assert world.services.cases.get(world.head, cases.a).amount_enforced == 100 * M
    a = results.results(world.head, cases.a)
    assert (a.since, a.collected, a.remaining) == (date(2026, 2, 20), 100 * M, 0)
    assert results.results(world.head, cases.c).since == date(2026, 4, 10)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_outcome_state_and_ground_has_a_name(lang: str) -> None:
    from evidence_app.domain.labels import LABELS
    from evidence_app.domain.outcomes import OutcomeKind

    for enum in (OutcomeKind, CaseState, NotEnforceableReason):
        for member in enum:
            names = LABELS[(enum, member.value)]
            assert names[0] != names[1] and names[lang != "vi"] != member.value
