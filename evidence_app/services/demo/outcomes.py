"""The demo's case outcomes and payments, recorded by the officer and confirmed by the head
through the services (issue 19), over the working years since each decision: most cases
paid in parts and completed, some not enforceable (some of those enforceable again), some
postponed, suspended, terminated or entrusted, some still open. One case in ten has its
amount to enforce corrected by a decision amending the enforcement decision (a change of the
case, counted from its day). One case in three lists its obligations first (a bank's loan
and the court fees, summing to its amount: Law 106/2025 Art 3.8); its payments then name
the obligation they pay and its completion is recorded for each obligation. A sample of at
most ``MAX_CASES`` cases, spread over the whole range, keeps a million-item demo quick.
Finally the head closes the statistics year (12 months) of every working year already over:
nothing dated inside it can be written."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from sqlalchemy import select

from db.models import Case
from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import Role
from evidence_app.domain.outcomes import (
    FINISHED,
    ChangeKind,
    NotEnforceableReason,
    ObligationKind,
    OutcomeKind,
)
from evidence_app.reports.working_year import statistics_period, working_year_of
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.demo import vocabulary as voc
from evidence_app.services.facade import Services
from evidence_app.services.outcomes import (
    CaseResultService,
    ChangeDraft,
    ObligationDraft,
    OutcomeDraft,
    Paper,
    PaymentDraft,
    RecordView,
)

MAX_CASES = 150
ISSUER = "Thi hành án dân sự thành phố Hà Nội"
K = OutcomeKind

#: A story: (days after the previous step, what happens); ("pay", share) pays that share of
#: what remains. Chosen per case by its own random draw.
Story = list[tuple[int, object]]


def _story(rng: random.Random) -> Story:
    r = rng.random()
    pay: Story = [(rng.randint(20, 200), ("pay", rng.choice((0.3, 0.5, 1.0))))]
    if r < 0.5:
        return [*pay, (rng.randint(20, 250), ("pay", 1.0)), (rng.randint(1, 15), K.COMPLETED)]
    if r < 0.62:
        reason = rng.choice(list(NotEnforceableReason))
        story: Story = [(rng.randint(30, 120), (K.NOT_ENFORCEABLE, reason))]
        if rng.random() < 0.4:
            story += [(rng.randint(200, 500), K.ENFORCEABLE_AGAIN), *pay]
        return story
    if r < 0.7:
        return [*pay, (rng.randint(10, 90), K.POSTPONED), (rng.randint(30, 120), K.RESUMED)]
    if r < 0.75:
        return [(rng.randint(30, 200), K.SUSPENDED)]
    if r < 0.8:
        return [*pay, (rng.randint(30, 300), K.TERMINATED)]
    if r < 0.84:
        return [(rng.randint(15, 90), K.ENTRUSTED)]
    return pay


def _actors(ids: dict[str, int]) -> tuple[Actor, Actor]:
    officer = Actor(ids["officer"], "chv.tran", voc.DEMO_USERS[2][1], frozenset({Role.OFFICER}))
    head = Actor(ids["head"], "thutruong", voc.DEMO_USERS[1][1], frozenset({Role.HEAD}))
    return officer, head


def _sample(services: Services) -> list[tuple[int, date, int]]:
    with unit_of_work(services.db, read_only=True) as session:
        rows = session.execute(
            select(Case.id, Case.decision_date, Case.amount_to_enforce)
            .where(Case.decision_date.is_not(None))
            .order_by(Case.id)
        ).all()
    step = max(1, len(rows) // MAX_CASES)
    return [(i, d, int(a)) for i, d, a in rows[::step][:MAX_CASES]]


def _steps(rng: random.Random, start: date, today: date) -> Iterator[tuple[date, object]]:
    day = start
    for gap, what in _story(rng):
        day += timedelta(days=gap)
        if day > today:
            return
        yield day, what


def _list_obligations(
    results: CaseResultService, officer: Actor, case_id: int, amount: int
) -> bool:
    """One case in three, by its own draw (so its story stays as it was), lists a bank's
    loan and the court fees (3–5 % of it), summing to the amount to enforce as the service
    requires (Law 106/2025 Art 3.8: one decision, one case, however many obligations)."""
    draw = random.Random(f"obligations-{case_id}")
    if draw.random() >= 1 / 3 or amount < 100_000:
        return False
    fees = max(amount * draw.choice((3, 4, 5)) // 100 // 1000 * 1000, 1000)
    loan = ObligationDraft(ObligationKind.TO_PARTY, amount - fees, "Trả nợ vay cho ngân hàng")
    court = ObligationDraft(ObligationKind.COURT_FEES, fees, "Án phí dân sự sơ thẩm")
    results.list_obligations(officer, case_id, [loan, court])
    return True


def _obligation_payments(
    results: CaseResultService, actors: tuple[Actor, Actor], case_id: int, share: float,
    day: date, receipt: str,
) -> list[RecordView]:  # fmt: skip
    """A listed case's payment names the obligation it pays: a part of the first one still
    owed, or, paying in full, what remains of each (one receipt line per obligation)."""
    officer, head = actors
    open_ = [
        o for o in results.obligations(head, case_id)
        if o.remaining > 0 and o.state not in FINISHED
    ]  # fmt: skip
    if share < 1:
        open_ = open_[:1]
    records = []
    for o in open_:
        paid = o.remaining if share >= 1 else int(o.remaining * share) // 1000 * 1000
        if paid <= 0:
            continue
        paper = Paper(f"{receipt}-K{o.position}", day, ISSUER)
        draft = PaymentDraft(paid, day, paper, obligation_id=o.id)
        records.append(results.record_payment(officer, case_id, draft))
    return records


def _completions(
    results: CaseResultService, actors: tuple[Actor, Actor], case_id: int, day: date,
    paper: Paper,
) -> list[RecordView]:  # fmt: skip
    """A listed case is completed obligation by obligation (Art 55.1: the case ends when
    every obligation has); each record waits for the head before the next is written."""
    officer, head = actors
    records = []
    for o in results.obligations(head, case_id):
        if o.state in FINISHED:
            continue
        draft = OutcomeDraft(K.COMPLETED, day, paper, obligation_id=o.id)
        record = results.record_outcome(officer, case_id, draft)
        results.confirm(head, record)
        records.append(record)
    return records


def demo_case_outcomes(services: Services, ids: dict[str, int]) -> int:
    """Record and confirm the sampled cases' stories; the auction proceeds awaiting the head
    are confirmed too. Returns the number of records written."""
    officer, head = _actors(ids)
    results, today = services.case_results, agency_today()
    written = 0
    for record in results.pending(head):
        results.confirm(head, record)
    first_year = None
    for case_id, decided, amount in _sample(services):
        rng = random.Random(case_id)
        first_year = min(first_year or 9999, working_year_of(decided))
        if case_id % 10 == 3 and decided + timedelta(days=10) <= today:
            # A decision amending the enforcement decision raises the amount (Law 106/2025
            # Art 36); its own random draw, so the case's story stays as it was.
            day = decided + timedelta(days=10)
            more = max(amount // 10 // 1000 * 1000, 1000)
            change = ChangeDraft(
                ChangeKind.AMOUNT, day, Paper(f"{case_id}/QĐ-SĐBS", day, ISSUER), amount + more,
                note="Sửa đổi, bổ sung quyết định thi hành án",
            )  # fmt: skip
            change_id = results.record_change(officer, case_id, change)
            # It counts once the head accepts it (migration 0027; Decree 152/2026 Art 38).
            results.confirm(head, results.change(head, change_id))
            amount += more
            written += 1
        listed = _list_obligations(results, officer, case_id, amount)
        written += int(listed)
        left = amount - results.results(head, case_id).collected
        for number, (day, what) in enumerate(_steps(rng, decided, today), 1):
            paper = Paper(f"{case_id}-{number}/QĐ-THADS", day, ISSUER)
            records: list[RecordView] = []
            if isinstance(what, tuple) and what[0] == "pay" and listed:
                records = _obligation_payments(
                    results, (officer, head), case_id, float(what[1]), day, f"BL-{case_id}-{number}"
                )
            elif isinstance(what, tuple) and what[0] == "pay":
                share = float(what[1])
                paid = left if share >= 1 else int(left * share) // 1000 * 1000
                if paid <= 0:
                    continue
                receipt = Paper(f"BL-{case_id}-{number}", day, ISSUER)
                records = [
                    results.record_payment(officer, case_id, PaymentDraft(paid, day, receipt))
                ]
                left -= paid
            elif isinstance(what, tuple):
                draft = OutcomeDraft(K.NOT_ENFORCEABLE, day, paper, what[1])
                records = [results.record_outcome(officer, case_id, draft)]
            elif what == K.COMPLETED and listed:
                written += 2 * len(_completions(results, (officer, head), case_id, day, paper))
            else:
                kind = OutcomeKind(str(what))
                draft = OutcomeDraft(kind, day, paper)
                records = [results.record_outcome(officer, case_id, draft)]
            for record in records:
                results.confirm(head, record)
                written += 2
    # Circular 12/2021 Art 5, 9: each working year's statistics closed once it is over.
    for year in range(first_year or working_year_of(today), working_year_of(today)):
        results.close_period(head, *statistics_period(year, 12))
        written += 1
    return written
