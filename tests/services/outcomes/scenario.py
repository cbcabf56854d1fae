"""Hand-computed cases of working year 2026 (1/10/2025 – 30/9/2026), recorded through the
services by two officers and confirmed by the head; the expected figures are worked out in
tests/reports/test_enforcement.py beside each period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import text

from evidence_app.domain.enums import Role
from evidence_app.domain.outcomes import NotEnforceableReason, OutcomeKind
from evidence_app.services.catalogue import CaseDraft
from evidence_app.services.core.auth import Actor
from evidence_app.services.outcomes import OutcomeDraft, Paper, PaymentDraft, RecordView
from tests.people import hire
from tests.world import PASSWORD, World

K = OutcomeKind
M = 1_000_000
TODAY = date(2026, 12, 1)


def paper(day: date, number: str = "01/QĐ-THADS") -> Paper:
    return Paper(number, day, "Thi hành án dân sự TP Hà Nội")


def close_by_sql(world: World, start: date, end: date) -> None:
    """A statistics period closed by plain SQL, past the service's refusal while a record
    dated inside awaits the head: what the database alone still refuses is then shown."""
    with world.services.db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO statistics_closing (period_start, period_end, closed_by, "
                 "closed_at, note) VALUES (:s, :e, :b, :at, '')"),
            {"s": start, "e": end, "b": world.head.user_id,
             "at": datetime(2026, 12, 1, tzinfo=UTC)},
        )  # fmt: skip


def use_today(world: World, day: date = TODAY) -> None:
    world.services.case_results.today = lambda: day


def new_case(
    world: World, name: str, decided: date, amount: int, officer: Actor, *,
    ex_officio: bool = True,
) -> int:  # fmt: skip
    draft = CaseDraft(
        name=name, decision_number=f"{decided:%d%m}/QĐ-THADS", decision_date=decided,
        amount_to_enforce=amount, officer_id=officer.user_id, ex_officio=ex_officio,
    )  # fmt: skip
    return world.services.cases.create(world.officer, draft).id


def outcome(
    world: World, case_id: int, kind: OutcomeKind, day: date,
    reason: NotEnforceableReason | None = None, by: Actor | None = None,
) -> RecordView:  # fmt: skip
    """Recorded by the officer (or ``by``) and confirmed by the head."""
    results = world.services.case_results
    record = results.record_outcome(
        by or world.officer, case_id, OutcomeDraft(kind, day, paper(day), reason)
    )
    return results.confirm(world.head, record)


def payment(world: World, case_id: int, amount: int, day: date) -> RecordView:
    results = world.services.case_results
    record = results.record_payment(
        world.officer, case_id, PaymentDraft(amount, day, paper(day, "BL-01"))
    )
    return results.confirm(world.head, record)


@dataclass(frozen=True)
class Cases:
    a: int  # carried over, 60 M collected last year, 40 M this year, completed 20/2/2026
    b: int  # on request; new 10/11/2025, suspended 10/1 – 5/5/2026, paid thrice, completed 25/8
    c: int  # carried over, 5 M collected last year, terminated (đình chỉ) 10/4/2026
    d: int  # carried over, not enforceable 1/7/2025, enforceable again 1/3/2026, completed
    e: int  # on request, new 20/10/2025, entrusted to another agency 15/1/2026
    f: int  # completed in the year before: never counted in 2026
    g: int  # new 1/5/2026, postponed 1/6/2026, resumed 10/9/2026
    second_officer: Actor


def build(world: World) -> Cases:
    use_today(world)
    second = hire(world.services, world.admin, "chv.hai", "Đỗ Văn Hai", PASSWORD, [Role.OFFICER])
    one = world.officer
    a = new_case(world, "Vụ A – chuyển sang", date(2025, 3, 1), 100 * M, one)
    # B and E were decided on a creditor's request (Law 106/2025 Art 34), the rest ex officio.
    b = new_case(world, "Vụ B – tạm đình chỉ", date(2025, 11, 10), 50 * M, one, ex_officio=False)
    c = new_case(world, "Vụ C – đình chỉ", date(2025, 8, 1), 30 * M, one)
    d = new_case(world, "Vụ D – chưa có điều kiện", date(2025, 5, 1), 80 * M, second)
    e = new_case(world, "Vụ E – ủy thác", date(2025, 10, 20), 20 * M, second, ex_officio=False)
    f = new_case(world, "Vụ F – xong năm trước", date(2024, 11, 1), 10 * M, second)
    g = new_case(world, "Vụ G – hoãn", date(2026, 5, 1), 40 * M, second)
    payment(world, a, 60 * M, date(2025, 6, 10))
    payment(world, a, 40 * M, date(2026, 2, 15))
    outcome(world, a, K.COMPLETED, date(2026, 2, 20))
    payment(world, b, 10 * M, date(2025, 12, 5))
    outcome(world, b, K.SUSPENDED, date(2026, 1, 10))
    outcome(world, b, K.RESUMED, date(2026, 5, 5))
    payment(world, b, 20 * M, date(2026, 6, 1))
    payment(world, b, 20 * M, date(2026, 8, 20))
    outcome(world, b, K.COMPLETED, date(2026, 8, 25))
    payment(world, c, 5 * M, date(2025, 9, 15))
    outcome(world, c, K.TERMINATED, date(2026, 4, 10))
    outcome(world, d, K.NOT_ENFORCEABLE, date(2025, 7, 1), NotEnforceableReason.NO_INCOME_OR_ASSETS)
    outcome(world, d, K.ENFORCEABLE_AGAIN, date(2026, 3, 1))
    payment(world, d, 80 * M, date(2026, 6, 20))
    outcome(world, d, K.COMPLETED, date(2026, 6, 25))
    outcome(world, e, K.ENTRUSTED, date(2026, 1, 15))
    payment(world, f, 10 * M, date(2025, 1, 10))
    outcome(world, f, K.COMPLETED, date(2025, 1, 15))
    outcome(world, g, K.POSTPONED, date(2026, 6, 1))
    outcome(world, g, K.RESUMED, date(2026, 9, 10))
    return Cases(a, b, c, d, e, f, g, second)
