"""A case's recorded facts change only by append-only change events, read as of each
period's end, so a past period's report is the same, byte for byte, after later changes;
the head closes a statistics period and nothing dated inside it can be written afterwards,
by the services or by plain SQL (issue 19; joint Circular 12/2021/TTLT-BTP-VKSNDTC-TANDTC
Art 5, 9)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from evidence_app.domain.clock import agency_today
from evidence_app.domain.errors import DomainError, PermissionDeniedError, ValidationError
from evidence_app.domain.outcomes import ChangeKind
from evidence_app.reports.params import ReportParams
from evidence_app.reports.table import ReportTable
from evidence_app.reports.working_year import statistics_period
from evidence_app.services.catalogue import CaseDraft
from evidence_app.services.outcomes import ChangeDraft, OutcomeDraft, PaymentDraft
from tests.documents.pdf_pages import page_texts
from tests.services.outcomes.scenario import TODAY, K, M, build, close_by_sql, paper
from tests.services.rows import snapshot
from tests.world import World

LATER = date(2026, 11, 20)
YEAR = statistics_period(2026, 12)


def _report(world: World, start: date, end: date) -> ReportTable:
    params = ReportParams(date_from=start, date_to=end, lang="vi")
    return world.services.reports.build(world.head, "enforcement_results", params)


def _pdf(world: World, table: ReportTable) -> bytes:
    return world.services.reports.render(table, "pdf", TODAY)


def _change(world: World, case_id: int, kind: ChangeKind, **kw: object) -> int:
    """Recorded by the officer and accepted by the head (migration 0027)."""
    draft = ChangeDraft(kind, LATER, paper(LATER, "05/QĐ-CCTHADS"), **kw)  # type: ignore[arg-type]
    results = world.services.case_results
    change_id = results.record_change(world.officer, case_id, draft)
    _confirm_change(world, change_id)
    return change_id


def _confirm_change(world: World, change_id: int, *, accept: bool = True) -> None:
    results = world.services.case_results
    record = next(r for r in results.pending(world.head) if r.change and r.id == change_id)
    results.confirm(world.head, record, accept=accept)


def _latest_outcome(world: World, case_id: int) -> int:
    with world.services.db.engine.connect() as conn:
        return int(
            conn.execute(
                text("SELECT max(id) FROM case_outcome WHERE case_id = :c"), {"c": case_id}
            ).scalar_one()
        )


def _payments(world: World, case_id: int) -> list[int]:
    with world.services.db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id FROM case_payment WHERE case_id = :c ORDER BY id"), {"c": case_id}
        )
        return [int(r) for r in rows.scalars()]


def test_a_past_period_is_byte_identical_after_later_changes_of_its_cases(world: World) -> None:
    cases = build(world)
    periods = [statistics_period(2026, m) for m in (3, 6, 10, 12)]
    before = [_report(world, *p) for p in periods]
    pdf_before = _pdf(world, before[-1])
    # Later corrections: the amount of G, the officer of A and of G, G's last outcome (its
    # resumption) voided as a mistake, one of B's payments voided.
    _change(world, cases.g, ChangeKind.AMOUNT, value=60 * M)
    _change(world, cases.a, ChangeKind.OFFICER, value=cases.second_officer.user_id)
    _change(world, cases.g, ChangeKind.OFFICER, value=world.officer.user_id)
    _change(world, cases.g, ChangeKind.VOID_OUTCOME, record_id=_latest_outcome(world, cases.g))
    _change(world, cases.b, ChangeKind.VOID_PAYMENT, record_id=_payments(world, cases.b)[-1])
    after = [_report(world, *p) for p in periods]
    assert [t.rows for t in after] == [t.rows for t in before]
    pdf_after = _pdf(world, after[-1])
    assert page_texts(pdf_after) == page_texts(pdf_before)
    assert pdf_after == pdf_before
    # The period that holds the changes sees them: G to enforce 60 M, postponed again.
    nxt = _report(world, date(2026, 10, 1), LATER)
    agency_money = nxt.rows[1]
    assert int(agency_money[4]) == 60_000  # carried over: G's 60 M (thousands)
    assert int(agency_money[12]) == 60_000  # G postponed again (its resumption voided)
    # Today's view of the case follows the changes; the history lists them.
    history = world.services.case_results.history(world.head, cases.g)
    assert [h.what for h in history[:3]] == ["void_outcome", "officer", "amount"]
    assert history[3].voided_on == LATER
    assert world.services.cases.get(world.head, cases.g).amount_to_enforce == 60 * M


def test_changes_refused_write_nothing(world: World) -> None:
    cases = build(world)
    results = world.services.case_results
    before = snapshot(world.services)
    first_of_a = min(_payments(world, cases.a))
    refusals = [
        # Only the latest accepted outcome is voided.
        lambda: _change(world, cases.b, ChangeKind.VOID_OUTCOME, record_id=1),
        # A payment of another case.
        lambda: _change(world, cases.b, ChangeKind.VOID_PAYMENT, record_id=first_of_a),
        # Less than already collected.
        lambda: _change(world, cases.a, ChangeKind.AMOUNT, value=10 * M),
        # A head-only step by the officer.
        lambda: results.close_period(world.officer, *YEAR),
    ]
    for attempt in refusals:
        with pytest.raises((ValidationError, PermissionDeniedError)):
            attempt()
    assert snapshot(world.services) == before


def test_a_closed_period_takes_nothing_dated_inside_it(world: World) -> None:
    cases = build(world)
    results = world.services.case_results
    day = date(2026, 9, 15)
    pending = results.record_payment(world.officer, cases.g, PaymentDraft(M, day, paper(day)))
    with pytest.raises(ValidationError) as early:
        results.close_period(world.head, date(2025, 10, 1), TODAY)
    assert "chưa kết thúc" in early.value.message("vi")
    # The payment dated in the period awaits the head: once closed it could never be
    # accepted, so he decides it first.
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as waiting:
        results.close_period(world.head, *YEAR)
    assert "còn 1 bản ghi trong kỳ đang chờ Thủ trưởng xác nhận" in waiting.value.message("vi")
    assert "1 record(s) dated in it still await the head's word" in waiting.value.message("en")
    assert snapshot(world.services) == before
    results.confirm(world.head, pending)
    results.close_period(world.head, *YEAR)
    with pytest.raises(ValidationError) as again:
        results.close_period(world.head, *YEAR)
    assert "đã khóa" in again.value.message("vi")
    before = snapshot(world.services)
    done = OutcomeDraft(K.COMPLETED, day, paper(day))
    amount = ChangeDraft(ChangeKind.AMOUNT, day, paper(day), value=50 * M)
    attempts = [
        lambda: results.record_outcome(world.officer, cases.g, done),
        lambda: results.record_payment(world.officer, cases.g, PaymentDraft(M, day, paper(day))),
        lambda: results.record_change(world.officer, cases.g, amount),
    ]
    for attempt in attempts:
        with pytest.raises(DomainError) as caught:
            attempt()
        assert "kỳ thống kê đã khóa" in caught.value.message("vi")
    assert snapshot(world.services) == before
    # After the period, the work goes on.
    results.record_payment(world.officer, cases.g, PaymentDraft(M, LATER, paper(LATER)))


def test_the_database_refuses_rows_dated_in_a_closed_period(world: World) -> None:
    cases = build(world)
    results = world.services.case_results
    day = date(2026, 9, 15)
    pending = results.record_outcome(
        world.officer, cases.g, OutcomeDraft(K.COMPLETED, day, paper(day))
    )
    now = datetime(2026, 12, 1, tzinfo=UTC)
    close_by_sql(world, *YEAR)  # the service refuses while the outcome awaits the head
    doc = {"n": "X", "d": day, "i": "X", "note": "", "at": now, "c": cases.g}
    statements = [
        "INSERT INTO case_outcome (case_id, kind, doc_number, doc_date, doc_issuer, effective_on,"
        " note, recorded_at) VALUES (:c, 'completed', :n, :d, :i, :d, :note, :at)",
        "INSERT INTO case_payment (case_id, amount, costs, paid_on, doc_number, doc_date,"
        " doc_issuer, note, recorded_at) VALUES (:c, 1000, 0, :d, :n, :d, :i, :note, :at)",
        "INSERT INTO case_change (case_id, kind, old_value, new_value, effective_on, doc_number,"
        " doc_date, doc_issuer, note, recorded_at) VALUES (:c, 'amount', 1, 2, :d, :n, :d, :i,"
        " :note, :at)",
        f"INSERT INTO case_confirmation (outcome_id, accepted, confirmed_at, note)"
        f" VALUES ({pending.id}, true, :at, :note)",
        "UPDATE statistics_closing SET period_end = period_start",
        "DELETE FROM statistics_closing",
    ]
    before = snapshot(world.services)
    for sql in statements:
        with pytest.raises(DBAPIError), world.services.db.engine.begin() as conn:
            conn.execute(text(sql), doc)
    assert snapshot(world.services) == before
    # The same rows dated after the period go in (inside a transaction rolled back).
    after = dict(doc, d=LATER)
    with world.services.db.engine.connect() as conn, conn.begin() as tx:
        for sql in statements[:3]:
            conn.execute(text(sql), after)
        conn.execute(
            text(
                f"INSERT INTO case_confirmation (outcome_id, accepted, confirmed_at, note)"
                f" VALUES ({pending.id}, false, :at, :note)"
            ),
            doc,
        )
        tx.rollback()


def test_editing_a_case_keeps_the_past_periods_of_its_statistics(world: World) -> None:
    cases = build(world)
    before = [_report(world, *statistics_period(2026, m)) for m in (3, 12)]
    view = world.services.cases.get(world.head, cases.g)
    draft = CaseDraft(
        name=view.name, decision_number=view.decision_number, decision_date=view.decision_date,
        amount_to_enforce=70 * M, officer_id=world.officer.user_id,
    )  # fmt: skip
    world.services.cases.update(world.head, cases.g, view.version, draft)
    after = [_report(world, *statistics_period(2026, m)) for m in (3, 12)]
    assert [t.rows for t in after] == [t.rows for t in before]
    kinds = [h.what for h in world.services.case_results.history(world.head, cases.g)[:2]]
    assert sorted(kinds) == ["amount", "officer"]


def _redate(world: World, case_id: int, decided: date | None) -> None:
    """The officer corrects the date on the case form; the head accepts it (0027)."""
    view = world.services.cases.get(world.head, case_id)
    draft = CaseDraft(
        name=view.name, decision_number=view.decision_number, decision_date=decided,
        amount_to_enforce=view.amount_to_enforce, officer_id=view.officer_id,
    )  # fmt: skip
    world.services.cases.update(world.officer, case_id, view.version, draft)
    for record in world.services.case_results.pending(world.head):
        if record.change is ChangeKind.DECISION_DATE and record.case_id == case_id:
            world.services.case_results.confirm(world.head, record)


def test_a_corrected_decision_date_leaves_past_periods_as_they_were(world: World) -> None:
    """The decision date decides the period a case is received in (Circular 12/2021 Art 6):
    corrected on the case form it is an append-only change effective today, so every period
    that ended before keeps the date that stood then, byte for byte."""
    cases = build(world)
    before = [_report(world, *statistics_period(2026, m)) for m in (3, 6, 10, 12)]
    pdf_before = _pdf(world, before[-1])
    today = agency_today()
    since = (date(2026, 4, 15), today)  # a period still running when the date is corrected
    carried, new = _report(world, *since).rows[0][4:6]  # G new (decided 1/5/2026)
    _redate(world, cases.g, date(2026, 4, 1))
    after = [_report(world, *statistics_period(2026, m)) for m in (3, 6, 10, 12)]
    assert [t.rows for t in after] == [t.rows for t in before]
    assert _pdf(world, after[-1]) == pdf_before
    # The running period reads the corrected date: G decided before it began, carried over.
    assert _report(world, *since).rows[0][4:6] == (carried + 1, new - 1)  # type: ignore[operator]
    entry = world.services.case_results.history(world.head, cases.g)[0]
    assert (entry.what, entry.detail) == ("decision_date", "01/05/2026 → 01/04/2026")


def test_a_decision_date_is_never_moved_past_its_records_nor_into_a_closed_period(
    world: World,
) -> None:
    cases = build(world)
    results = world.services.case_results
    results.close_period(world.head, *statistics_period(2026, 3))
    before = snapshot(world.services)
    refusals = (
        # G was postponed on 1/6/2026: its decision cannot follow that record.
        (lambda: _redate(world, cases.g, date(2026, 7, 1)), "history.decision_after_records"),
        (lambda: _redate(world, cases.g, None), "history.decision_after_records"),
        # Into the closed 3-month period, on the form or for a new case.
        (lambda: _redate(world, cases.g, date(2025, 12, 15)), "history.period_closed"),
        (
            lambda: world.services.cases.create(
                world.officer, CaseDraft(name="Vụ nhập muộn", decision_date=date(2025, 11, 20))
            ),
            "history.period_closed",
        ),
        # Not a correction with its own paper: it is made on the case form.
        (
            lambda: results.record_change(
                world.officer,
                cases.g,
                ChangeDraft(ChangeKind.DECISION_DATE, LATER, paper(LATER), value=1),
            ),
            "history.on_case_form",
        ),
    )
    for call, key in refusals:
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.key == key, (key, err.value.key)
        assert snapshot(world.services) == before
    assert "01/06/2026" in ValidationError(
        "history.decision_after_records", day="01/07/2026", first="01/06/2026"
    ).message("vi")
