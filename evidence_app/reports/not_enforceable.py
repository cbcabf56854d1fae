"""Sổ theo dõi việc chưa có điều kiện thi hành án (Mẫu số 20, Circular 04/2023/TT-BTP Art
30.1.s, Phụ lục I): every case not yet enforceable on the day, with the head's
decision and its ground (Law 106/2025 Art 38.1), what remains to enforce, and the cases past
2 years since that decision counted apart (Law 106/2025 Art 38.4; Decree 152/2026 Art 22:
moved to a separate ledger and counted separately). Read from the confirmed outcomes."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Case,
    CaseChange,
    CaseConfirmation,
    CaseObligation,
    CaseOutcome,
    CasePayment,
    Party,
    User,
)
from db.models.case_history import voided
from db.unit_scope import case_in_units
from evidence_app.domain.display import money
from evidence_app.domain.enums import PartyRole
from evidence_app.domain.labels import label
from evidence_app.domain.outcomes import CaseState, OutcomeKind, Step, case_standing, over_two_years
from evidence_app.reports.params import ReportParams
from evidence_app.reports.table import Align, Cell, Column, ReportTable

NAME = "not_enforceable"
TITLE = (
    "Sổ theo dõi việc chưa có điều kiện thi hành án",
    "Ledger of cases not yet enforceable",
)

_ACCEPTED = CaseConfirmation.accepted.is_(True)


def _decisions(
    session: Session, day: date
) -> tuple[dict[int, CaseOutcome], dict[int, date], set[int]]:
    """Each case still not enforceable on ``day``, with the decision that made it so; the
    cases moved to the separate tracking book (Decree 152/2026 Art 22.1) are in ``moved``
    with the day they moved, the requests returned (Art 22.2) in ``returned``."""
    rows = session.scalars(
        select(CaseOutcome)
        .join(CaseConfirmation, CaseConfirmation.outcome_id == CaseOutcome.id)
        .where(_ACCEPTED, CaseOutcome.effective_on <= day)
        # a decision voided by an accepted correction by ``day`` no longer stands (issue 19)
        .where(CaseOutcome.id.not_in(voided(CaseChange.outcome_id, day)))
        .where(
            CaseOutcome.case_id.in_(
                select(CaseOutcome.case_id).where(CaseOutcome.kind == OutcomeKind.NOT_ENFORCEABLE)
            )
        )
    )
    by_case: dict[int, list[CaseOutcome]] = defaultdict(list)
    for row in rows:
        by_case[row.case_id].append(row)
    found: dict[int, CaseOutcome] = {}
    moved: dict[int, date] = {}
    returned: set[int] = set()
    # A case that lists its obligations is not enforceable only when each of its open
    # obligations is (issue 19; Law 106/2025 Art 3.8, 38: ``case_standing``).
    listed: dict[int, list[int]] = defaultdict(list)
    for case_id, obligation_id in session.execute(
        select(CaseObligation.case_id, CaseObligation.id)
        .where(CaseObligation.case_id.in_(sorted(by_case)))
        .order_by(CaseObligation.case_id, CaseObligation.position)
    ):
        listed[case_id].append(obligation_id)
    for case_id, outcomes in by_case.items():
        steps = [Step(o.kind, o.effective_on, o.id, o.obligation_id) for o in outcomes]
        now = case_standing(steps, listed[case_id])
        if now.state is CaseState.REQUEST_RETURNED:
            returned.add(case_id)
        if now.state is CaseState.SEPARATE_BOOK and now.since is not None:
            moved[case_id] = now.since
        if now.state in (CaseState.NOT_ENFORCEABLE, CaseState.SEPARATE_BOOK):
            found[case_id] = max(
                (o for o in outcomes if o.kind is OutcomeKind.NOT_ENFORCEABLE),
                key=lambda o: (o.effective_on, o.id),
            )
    return found, moved, returned


def build(session: Session, params: ReportParams) -> ReportTable:
    t, day = params.t, params.day()
    decisions, moved, returned = _decisions(session, day)
    if params.unit_ids is not None:  # a regional office's own cases (issue 21)
        mine = set(session.scalars(select(Case.id).where(
            Case.id.in_(set(decisions) | set(moved) | returned), case_in_units(params.unit_ids)
        )))  # fmt: skip
        decisions = {k: v for k, v in decisions.items() if k in mine}
        moved = {k: v for k, v in moved.items() if k in mine}
        returned = returned & mine
    cases = {c.id: c for c in session.scalars(select(Case).where(Case.id.in_(decisions)))}
    liable: dict[int, Party] = {}
    for found_party in session.scalars(
        select(Party)
        .where(Party.case_id.in_(decisions), Party.role == PartyRole.LIABLE)
        .order_by(Party.id.desc())
    ):
        liable[found_party.case_id] = found_party
    paid: dict[int, int] = defaultdict(int)
    for case_id, counted in session.execute(
        select(CasePayment.case_id, CasePayment.amount - CasePayment.costs)
        .join(CaseConfirmation, CaseConfirmation.payment_id == CasePayment.id)
        .where(_ACCEPTED, CasePayment.paid_on <= day, CasePayment.case_id.in_(decisions))
        # money voided by ``day`` (a buyer who took it back, Decree 152/2026 Art 67.4) is
        # still owed: it never lowers what remains to enforce
        .where(CasePayment.id.not_in(voided(CaseChange.payment_id, day)))
    ):
        paid[case_id] += int(counted)
    names = dict(session.execute(select(User.id, User.full_name)).tuples().all())
    # The ledger's own cases first, then those in the separate tracking book (Art 22.1).
    ordered = sorted(decisions.values(), key=lambda o: (o.case_id in moved, o.doc_date, o.case_id))
    rows: list[tuple[Cell, ...]] = []
    old = 0
    for number, decision in enumerate(ordered, 1):
        case = cases[decision.case_id]
        party = liable.get(case.id)
        past = over_two_years(decision.doc_date, day) and case.id not in moved
        old += past
        mark = "x" if past else ""
        if case.id in moved:
            mark = t(f"Sổ riêng {moved[case.id]:%d/%m/%Y}", f"Separate {moved[case.id]:%d/%m/%Y}")
        rows.append((
            number, party.full_name if party else "", party.address if party else "",
            case.name, _judgment(case), _decision(case),
            max(case.amount_to_enforce - paid[case.id], 0),
            f"{decision.doc_number}, {decision.doc_date:%d/%m/%Y}",
            label(decision.reason, params.lang) if decision.reason else "",
            names.get(case.officer_id or 0, ""), mark,
        ))  # fmt: skip
    # The ledger's own money and the separate book's are totalled apart: the cases moved
    # under Decree 152/2026 Art 22.1 are "thống kê riêng", so they never swell the ledger's
    # total (issue 19); the separate book's sum is its own line under the table.
    owed = [(int(str(r[6])), o.case_id in moved) for r, o in zip(rows, ordered, strict=True)]
    remaining = sum(amount for amount, apart_ in owed if not apart_)
    apart = sum(amount for amount, apart_ in owed if apart_)
    return ReportTable(
        name=NAME,
        title=t(*TITLE).upper(),
        subtitle=(t(f"Đến ngày {day:%d/%m/%Y}", f"As of {day:%d/%m/%Y}"),),
        form=t("Mẫu số 20", "Form 20"),
        columns=(
            Column(t("STT", "No."), 0.45, Align.CENTER),
            Column(t("Người phải thi hành án", "Liable person"), 1.6),
            Column(t("Địa chỉ", "Address"), 1.4),
            Column(t("Vụ việc", "Case"), 1.5),
            Column(t("Bản án, quyết định", "Judgment"), 1.3),
            Column(t("Quyết định thi hành án", "Enforcement decision"), 1.5),
            Column(t("Số tiền còn phải thi hành (đ)", "Remaining (VND)"), 1.2, Align.RIGHT),
            Column(t("Quyết định chưa có điều kiện thi hành", "Decision not enforceable"), 1.5),
            Column(t("Lý do (khoản 1 Điều 38)", "Ground (Art 38.1)"), 1.6),
            Column(t("Chấp hành viên", "Officer"), 1.3),
            Column(t("Quá 02 năm / sổ riêng", "Over 2 years / separate"), 1.1, Align.CENTER),
        ),
        rows=tuple(rows),
        totals=(None, t("Cộng", "Total"), *[None] * 4, remaining, *[None] * 3, old),
        footer=(
            t(
                f"Số việc chưa có điều kiện thi hành: {len(rows) - len(moved)}; trong đó quá 02 "
                f"năm kể từ ngày có quyết định về việc chưa có điều kiện thi hành án (khoản 4 "
                f"Điều 38 Luật Thi hành án dân sự), chờ xử lý theo Điều 22 Nghị định "
                f"152/2026/NĐ-CP: {old}.",
                f"Cases not yet enforceable: {len(rows) - len(moved)}; of which over 2 years "
                f"since the decision (Law 106/2025 Art 38.4), awaiting Decree 152/2026 Art 22: "
                f"{old}.",
            ),
            t(
                f"Đã chuyển sang sổ theo dõi riêng để thống kê riêng (khoản 1 Điều 22 Nghị định "
                f"152/2026/NĐ-CP): {len(moved)}; đã gửi lại yêu cầu thi hành án, không còn "
                f"trong sổ (khoản 2 Điều 22): {len(returned)}.",
                f"Moved to the separate tracking book, counted apart (Decree 152/2026 Art "
                f"22.1): {len(moved)}; requests returned, no longer in the ledger (Art 22.2): "
                f"{len(returned)}.",
            ),
            t(
                f"Cộng số tiền còn phải thi hành của sổ theo dõi riêng (khoản 1 Điều 22 Nghị "
                f"định 152/2026/NĐ-CP), không tính vào dòng Cộng: {money(apart, 'vi')}.",
                f"Remaining to enforce in the separate tracking book (Decree 152/2026 Art "
                f"22.1), not in the Total line: {money(apart, 'en')}.",
            ),
        ),
    )


def _judgment(case: Case) -> str:
    when = f", {case.judgment_date:%d/%m/%Y}" if case.judgment_date else ""
    return f"{case.judgment_number}{when}" if case.judgment_number else ""


def _decision(case: Case) -> str:
    when = f", {case.decision_date:%d/%m/%Y}" if case.decision_date else ""
    return f"{case.decision_number}{when}" if case.decision_number else ""
