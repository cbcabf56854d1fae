"""Decree 152/2026 Art 22 (Law 106/2025 Art 38.3–38.4): 2 years after the decision that a
case is not yet enforceable, once a verification (at least every 6 months) found no new
information, a case decided ex officio moves to the separate tracking book and a case on
request has its request returned with a written notice, copy to the procuracy. Too early,
unverified, stale or new information, no procuracy copy: refused, nothing written. The Mẫu
20 ledger and the results form count them apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from evidence_app.domain.errors import DomainError, ValidationError
from evidence_app.domain.outcomes import CaseState, NotEnforceableReason
from evidence_app.reports.params import ReportParams
from evidence_app.reports.working_year import statistics_period
from evidence_app.services.catalogue import CaseDraft
from evidence_app.services.outcomes import OutcomeDraft, Paper, PaymentDraft, VerificationDraft
from tests.documents.pdf_pages import page_images, page_texts
from tests.services.outcomes.scenario import K, M, new_case, outcome, paper, payment, use_today
from tests.services.rows import snapshot
from tests.world import World

PROCURACY = Paper("15/TB-THADS", date(2026, 2, 11), "Viện kiểm sát nhân dân TP Hà Nội")


def _verify(world: World, case_id: int, day: date, *, new: bool = False) -> int:
    draft = VerificationDraft(day, Paper(f"BB-{day:%d%m%y}", day, "Chấp hành viên"), new)
    return world.services.case_results.record_verification(world.officer, case_id, draft)


def _not_enforceable_since_2024(world: World, name: str, *, ex_officio: bool = True) -> int:
    case_id = new_case(world, name, date(2024, 1, 10), 12 * M, world.officer, ex_officio=ex_officio)
    outcome(world, case_id, K.NOT_ENFORCEABLE, date(2024, 2, 1),
            NotEnforceableReason.NO_INCOME_OR_ASSETS)  # fmt: skip
    return case_id


def _refused(world: World, call: object, key: str) -> None:
    before = snapshot(world.services)
    with pytest.raises(DomainError) as err:
        call()  # type: ignore[operator]
    assert getattr(err.value, "key", None) == key, err.value
    assert snapshot(world.services) == before


def test_a_case_moves_to_the_separate_book_only_when_the_law_allows(world: World) -> None:
    use_today(world)
    results = world.services.case_results
    year = statistics_period(2026, 12)
    x = _not_enforceable_since_2024(world, "Vụ X – chủ động thi hành")
    y = _not_enforceable_since_2024(world, "Vụ Y – theo yêu cầu", ex_officio=False)
    able = new_case(world, "Vụ W – đang thi hành", date(2025, 1, 10), M, world.officer)
    # A third, younger one stays in the ledger: 7 M with 2 M already collected before.
    z = new_case(world, "Vụ Z – còn trong sổ", date(2025, 3, 1), 7 * M, world.officer)
    payment(world, z, 2 * M, date(2025, 4, 1))
    outcome(world, z, K.NOT_ENFORCEABLE, date(2025, 6, 1), NotEnforceableReason.NO_INCOME_OR_ASSETS)
    params = ReportParams(date_from=year[0], date_to=year[1], lang="vi")
    form_before = world.services.reports.build(world.head, "enforcement_results", params)

    def move(case_id: int, day: date, kind: K = K.SEPARATE_BOOK, **kw: object) -> object:
        draft = OutcomeDraft(kind, day, paper(day, "20/QĐ-CCTHADS"), **kw)  # type: ignore[arg-type]
        return lambda: results.record_outcome(world.officer, case_id, draft)

    # Before 2 years (1/2/2026), with no verification, or a stale one (over 6 months).
    _refused(world, move(x, date(2026, 1, 15)), "outcome.art22_too_early")
    _refused(world, move(x, date(2026, 2, 10)), "outcome.art22_not_verified")
    _verify(world, x, date(2025, 6, 1))
    _refused(world, move(x, date(2026, 2, 10)), "outcome.art22_not_verified")
    # The latest verification found new information: verify and enforce (Art 38.2).
    _verify(world, x, date(2026, 1, 20), new=True)
    _refused(world, move(x, date(2026, 2, 10)), "outcome.art22_new_information")
    # An enforceable case is not verified under Art 38.3.
    _refused(world, lambda: _verify(world, able, date(2026, 2, 1)), "outcome.verify_not_needed")
    _verify(world, x, date(2026, 2, 5))
    # Ex officio (Law 106/2025 Art 33.2): no request to return (Art 22.1 only).
    _refused(world, move(x, date(2026, 2, 10), K.REQUEST_RETURNED, procuracy=PROCURACY),
             "outcome.art22_wrong_kind")  # fmt: skip
    record = move(x, date(2026, 2, 10))()  # type: ignore[operator]
    results.confirm(world.head, record)
    assert results.results(world.head, x).state is CaseState.SEPARATE_BOOK

    # On request: the notice returning the request goes to the procuracy too.
    _verify(world, y, date(2026, 2, 5))
    # On request (Art 34): the request goes back, never to the separate book (Art 22.2).
    _refused(world, move(y, date(2026, 2, 10)), "outcome.art22_on_request")
    _refused(world, move(y, date(2026, 2, 10), K.REQUEST_RETURNED),
             "outcome.procuracy_copy_required")  # fmt: skip
    record = move(y, date(2026, 2, 10), K.REQUEST_RETURNED, procuracy=PROCURACY)()  # type: ignore[operator]
    results.confirm(world.head, record)
    assert results.results(world.head, y).state is CaseState.REQUEST_RETURNED
    # The case has ended here: no more money.
    pay = PaymentDraft(M, date(2026, 3, 1), paper(date(2026, 3, 1), "BL-9"))
    _refused(world, lambda: results.record_payment(world.officer, y, pay), "outcome.finished")

    # Mẫu 20: X in the separate book, Y out of the ledger, both counted in the footer.
    ledger = world.services.reports.build(
        world.officer, "not_enforceable", ReportParams(today=date(2026, 3, 1))
    )
    names = [r[3] for r in ledger.rows]
    assert "Vụ X – chủ động thi hành" in names and "Vụ Y – theo yêu cầu" not in names
    row = next(r for r in ledger.rows if r[3] == "Vụ X – chủ động thi hành")
    assert row[10] == "Sổ riêng 10/02/2026"
    assert ledger.footer[1].startswith("Đã chuyển sang sổ theo dõi riêng")
    assert ": 1; đã gửi lại yêu cầu" in ledger.footer[1] and ledger.footer[1].endswith(": 1.")
    # Money by hand: the ledger's own total is Z's 7 M - 2 M = 5 M; X's 12 M is the separate
    # book's, totalled apart (Art 22.1), and Y's returned request is in neither.
    assert ledger.totals is not None and ledger.totals[6] == 5 * M
    assert ledger.totals[10] == 0  # none of the ledger's own past 2 years awaiting Art 22
    assert ledger.footer[2].startswith("Cộng số tiền còn phải thi hành của sổ theo dõi riêng")
    assert ledger.footer[2].endswith(": 12.000.000 đồng.")
    pdf = world.services.reports.render(ledger, "pdf", date(2026, 3, 1))
    page_images(pdf)[0].save("/tmp/mau20_separate_book.png")
    words = " ".join(" ".join(page_texts(pdf)).split())
    assert "Sổ riêng" in words and "Đã chuyển sang sổ theo dõi riêng" in words
    # The results form: neither received nor not enforceable any more, counted apart.
    form = world.services.reports.build(world.head, "enforcement_results", params)
    cases_before, cases_after = form_before.rows[0], form.rows[0]
    assert int(str(cases_after[3])) == int(str(cases_before[3])) - 2  # received
    assert int(str(cases_after[8])) == int(str(cases_before[8])) - 2  # not enforceable
    assert any(
        "chuyển sang sổ theo dõi riêng 1 việc" in n and "gửi lại yêu cầu thi hành án 1 việc" in n
        for n in form.footer
    ), form.footer


def test_only_an_officer_verifies(world: World) -> None:
    use_today(world)
    x = _not_enforceable_since_2024(world, "Vụ Z")
    draft = VerificationDraft(date(2026, 2, 5), Paper("BB-1", date(2026, 2, 5), "CHV"), False)
    before = snapshot(world.services)
    with pytest.raises(DomainError):
        world.services.case_results.record_verification(world.keeper, x, draft)
    with pytest.raises(ValidationError):  # a record dated in the future
        world.services.case_results.record_verification(
            world.officer, x, VerificationDraft(date(2027, 1, 1), draft.paper, False)
        )
    assert snapshot(world.services) == before


def test_ex_officio_or_on_request_is_set_on_the_case_and_fixed_once_recorded(
    world: World,
) -> None:
    """Law 106/2025 Art 33.2 / Art 34: the officer says which on the case; corrected freely
    until an outcome or payment is recorded, then refused with nothing written (the split
    figures of a reported period and the road of Decree 152/2026 Art 22 never change)."""
    use_today(world)
    cases = world.services.cases
    case_id = new_case(world, "Vụ K – theo đơn", date(2026, 1, 5), 9 * M, world.officer,
                       ex_officio=False)  # fmt: skip
    view = cases.get(world.officer, case_id)
    assert view.ex_officio is False
    draft = CaseDraft(name=view.name, decision_number=view.decision_number,
                      decision_date=view.decision_date, amount_to_enforce=view.amount_to_enforce,
                      officer_id=view.officer_id, ex_officio=True)  # fmt: skip
    view = cases.update(world.officer, case_id, view.version, draft)
    assert view.ex_officio is True
    payment(world, case_id, M, date(2026, 2, 1))
    back = replace(draft, ex_officio=False)
    version = cases.get(world.officer, case_id).version
    _refused(world, lambda: cases.update(world.officer, case_id, version, back),
             "case.kind_fixed")  # fmt: skip
    # Plain SQL is not the way either: the column is there, NOT NULL, ex officio by default.
    with world.services.db.engine.begin() as conn:
        row = conn.execute(
            text("SELECT ex_officio FROM enforcement_case WHERE id = :i"), {"i": case_id}
        ).scalar_one()
    assert bool(row) is True
