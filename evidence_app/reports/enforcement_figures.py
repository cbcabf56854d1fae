"""The enforcement statistics computed from the confirmed record of outcomes and payments,
as of a period's last day (joint Circular 12/2021/TTLT-BTP-VKSNDTC-TANDTC Art 5–7,
Biểu mẫu 01/TKLN-THADS; DOMAIN.md "Enforcement statistics").

A case counts in a period when its enforcement decision is dated on or before the period's
end and it had not ended (completed, terminated, entrusted) before the period began: carried
over when decided before the period, newly received (mới thụ lý) when inside it. Its state
is the fold of its accepted outcomes dated on or before the end. Money: what remained at the
period's start (the amount to enforce less the money collected before it: money of an
earlier year never counts again), and what was collected in the period. Only accepted
records count and only by their own dates, so a later record never changes a past period.

Figures are grouped by a key chosen by the caller (the officer as of the period's end, and
with ``by_unit`` the case's unit too: issue 21); ``Figures.__add__`` makes the sums, so the
agency is the sum of its units and each unit the sum of its officers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from db.models import (
    Case,
    CaseChange,
    CaseConfirmation,
    CaseObligation,
    CaseOutcome,
    CasePayment,
    ChangeKind,
)
from db.models.case_history import confirmed_changes, voided
from evidence_app.domain.outcomes import (
    FINISHED,
    CaseState,
    Paid,
    Step,
    allocate,
    case_standing,
    obligation_steps,
    standing,
)


@dataclass(frozen=True)
class Figures:
    """One line of the form, counted in cases or summed in VND."""

    carried: int = 0  # năm trước chuyển sang (kỳ trước chuyển sang)
    new: int = 0  # mới thụ lý
    entrusted: int = 0  # ủy thác thi hành án (Law 106/2025 Art 49)
    not_enforceable: int = 0  # chưa có điều kiện thi hành (Art 38)
    completed: int = 0  # thi hành xong (Art 55.1); in money, collected in the period
    terminated: int = 0  # đình chỉ thi hành án (Art 48, 55.2)
    postponed: int = 0  # hoãn thi hành án (Art 46)
    suspended: int = 0  # tạm đình chỉ thi hành án (Art 47)
    ongoing: int = 0  # đang thi hành
    #: Decree 152/2026 Art 22, counted apart from the form's figures: moved to the separate
    #: tracking book (22.1), the request returned to the creditor (22.2, Law Art 38.4).
    separate_book: int = 0
    request_returned: int = 0

    def __add__(self, other: Figures) -> Figures:
        # Field by field through the instance dicts: ``fields()`` and ``getattr`` per field
        # cost a third of the results report at a million items (issue 21).
        theirs = other.__dict__
        return Figures(**{name: mine + theirs[name] for name, mine in self.__dict__.items()})

    @property
    def received(self) -> int:
        """Tổng số thụ lý."""
        return self.carried + self.new

    @property
    def due(self) -> int:
        """Tổng số phải thi hành: received less entrusted."""
        return self.received - self.entrusted

    @property
    def enforceable(self) -> int:
        """Có điều kiện thi hành: due less not yet enforceable."""
        return self.due - self.not_enforceable

    @property
    def done(self) -> int:
        """Thi hành xong including đình chỉ: the numerator of the rate."""
        return self.completed + self.terminated


@dataclass(frozen=True)
class Line:
    cases: Figures
    money: Figures

    def __add__(self, other: Line) -> Line:
        return Line(self.cases + other.cases, self.money + other.money)


EMPTY = Line(Figures(), Figures())
#: The states of Decree 152/2026 Art 22, counted apart from the form.
APART = frozenset({CaseState.SEPARATE_BOOK, CaseState.REQUEST_RETURNED})

_COLUMN_OF: dict[CaseState, str] = {
    CaseState.NOT_ENFORCEABLE: "not_enforceable",
    CaseState.COMPLETED: "completed",
    CaseState.TERMINATED: "terminated",
    CaseState.POSTPONED: "postponed",
    CaseState.SUSPENDED: "suspended",
    CaseState.ENFORCEABLE: "ongoing",
    CaseState.ENTRUSTED: "entrusted",
    CaseState.SEPARATE_BOOK: "separate_book",
    CaseState.REQUEST_RETURNED: "request_returned",
}


def case_line(
    decided: date, amount: int, steps: list[Step], paid: list[Paid],
    start: date, end: date, obligations: Sequence[tuple[int, int]] = (),
) -> Line | None:  # fmt: skip
    """One case's line in the period [start, end], or None when it does not count.

    A case that lists its obligations (``obligations``: (id, amount) in listed order) is
    counted once, in the state derived from theirs (Law 106/2025 Art 3.8, 55;
    ``case_standing``), and its money per obligation: each obligation's amount in its own
    state, with its share of the payments (``allocate``). An obligation that had ended
    before the period brings no money into it, as a case that had ended brings none."""
    ids = [i for i, _ in obligations]
    day_before = start.fromordinal(start.toordinal() - 1)
    carried = decided < start
    if carried and case_standing(steps, ids, day_before).state in FINISHED:
        return None
    now = case_standing(steps, ids, end)
    column = _COLUMN_OF[now.state]
    if not obligations:
        money = _money(now.state, carried, amount, paid, start, end)
    else:
        money = Figures()
        shares = allocate(obligations, paid)
        for obligation_id, owed in obligations:
            own = obligation_steps(steps, obligation_id)
            if carried and standing(own, day_before).state in FINISHED:
                continue
            state = standing(own, end).state
            money = money + _money(state, carried, owed, shares[obligation_id], start, end)
    if now.state in APART:
        # Decree 152/2026 Art 22: out of the form's figures, counted apart (22.1 "thống kê
        # riêng"; 22.2 the request returned): neither received nor due in the period.
        return Line(Figures(**{column: 1}), money)
    cases: dict[str, int] = {"carried" if carried else "new": 1, column: 1}
    return Line(Figures(**cases), money)


def _money(
    state: CaseState, carried: bool, amount: int, paid: list[Paid], start: date, end: date
) -> Figures:
    """The money of one case, or of one obligation of it, in ``state`` at the period's end:
    what remained at its start (less what was collected before) and what was collected."""
    earlier = sum(p.amount for p in paid if p.on < start)
    within = sum(p.amount for p in paid if start <= p.on <= end)
    base = max(amount - earlier, 0)
    column = _COLUMN_OF[state]
    if state in APART:
        return Figures(**{column: base})
    money: dict[str, int] = {"carried" if carried else "new": base}
    if state is CaseState.ENTRUSTED:
        money["entrusted"] = base
    elif state is CaseState.NOT_ENFORCEABLE:
        money["not_enforceable"] = base
    elif state is CaseState.TERMINATED:
        # Collected before the termination counts as collected; the rest is terminated.
        money["completed"], money["terminated"] = within, max(base - within, 0)
    else:
        left = max(base - within, 0)
        money["completed"] = within
        if column != "completed":
            money[column] = left
    return Figures(**money)


def lines(
    session: Session, start: date, end: date, group: Any = Case.officer_id, *,
    by_unit: bool = False, by_kind: bool = False, case_id: int | None = None,
) -> dict[Hashable, Line]:  # fmt: skip
    """Every group's line in the period, from the accepted record as of ``end``.

    ``group`` is a column of the case (the officer by default); with ``by_unit`` the key is
    ``(unit id, group)``, so a unit's line is the sum of its officers' (Law 106/2025 Art 13:
    the regional offices report within the provincial agency). Cases are read once, with
    their outcomes and payments dated up to ``end``. With ``by_kind`` the key ends with
    the case's kind, True when ex officio (chủ động, Law 106/2025 Art 33.2) and False on
    request (theo yêu cầu, Art 34): the statistics split every line by it. With ``case_id``
    only that case is read (its lines before and after a change, ``list_obligations``).
    """
    # A decision date corrected later may have stood inside the period: such cases are read
    # too and their date taken as of ``end`` (``facts_as_of``).
    corrected = select(CaseChange.case_id).where(CaseChange.kind == ChangeKind.DECISION_DATE)
    cases = session.execute(
        select(
            Case.id,
            group,
            Case.unit_id,
            Case.decision_date,
            Case.amount_to_enforce,
            Case.ex_officio,
        ).where(
            or_(
                and_(Case.decision_date.is_not(None), Case.decision_date <= end),
                Case.id.in_(corrected),
            ),
            *([Case.id == case_id] if case_id is not None else []),
        )
    ).all()
    steps: dict[int, list[Step]] = defaultdict(list)
    for case_id, kind, on, seq, obligation in session.execute(
        select(
            CaseOutcome.case_id,
            CaseOutcome.kind,
            CaseOutcome.effective_on,
            CaseOutcome.id,
            CaseOutcome.obligation_id,
        )
        .join(CaseConfirmation, CaseConfirmation.outcome_id == CaseOutcome.id)
        .where(CaseConfirmation.accepted.is_(True), CaseOutcome.effective_on <= end)
        .where(CaseOutcome.id.not_in(voided(CaseChange.outcome_id, end)))
    ):
        steps[case_id].append(Step(kind, on, seq, obligation))
    paid: dict[int, list[Paid]] = defaultdict(list)
    for case_id, on, counted, seq, obligation in session.execute(
        select(
            CasePayment.case_id,
            CasePayment.paid_on,
            CasePayment.amount - CasePayment.costs,
            CasePayment.id,
            CasePayment.obligation_id,
        )
        .join(CaseConfirmation, CaseConfirmation.payment_id == CasePayment.id)
        .where(CaseConfirmation.accepted.is_(True), CasePayment.paid_on <= end)
        .where(CasePayment.id.not_in(voided(CaseChange.payment_id, end)))
    ):
        paid[case_id].append(Paid(on, seq, int(counted), obligation))
    # Each case's obligations in listed order (migration 0035): its money counts per
    # obligation (Law 106/2025 Art 3.8).
    listed: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for case_id, obligation, owed in session.execute(
        select(CaseObligation.case_id, CaseObligation.id, CaseObligation.amount).order_by(
            CaseObligation.case_id, CaseObligation.position
        )
    ):
        listed[case_id].append((obligation, int(owed)))
    facts = facts_as_of(session, end)
    by_officer = group is Case.officer_id
    found: dict[Hashable, Line] = defaultdict(lambda: EMPTY)
    # Most cases have no outcome, payment or obligation yet: their lines are tallied (cases
    # and money, carried or new) instead of built one by one, which cost most of the report
    # at a million items (issue 21); ``untouched_line`` is what ``case_line`` gives each.
    tally: dict[Hashable, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for case_id, key, unit_id, decided, amount, ex_officio in cases:
        if case_id in facts:
            amount = facts[case_id].get(ChangeKind.AMOUNT, (amount,))[0]
            if by_officer:
                key = facts[case_id].get(ChangeKind.OFFICER, (key,))[0]
            if ChangeKind.DECISION_DATE in facts[case_id]:
                ordinal = facts[case_id][ChangeKind.DECISION_DATE][0]
                decided = date.fromordinal(ordinal) if ordinal is not None else None
        if decided is None or decided > end:
            continue
        slot: Hashable = (unit_id, key) if by_unit else key
        if by_kind:
            slot = (slot, bool(ex_officio))
        if case_id not in steps and case_id not in paid and case_id not in listed:
            counts = tally[slot]
            new_case = decided >= start
            counts[new_case] += 1
            counts[2 + new_case] += max(int(amount), 0)
            continue
        line = case_line(
            decided, int(amount), steps[case_id], paid[case_id], start, end, listed[case_id]
        )
        if line is not None:
            found[slot] = found[slot] + line
    for slot, (carried, new, carried_money, new_money) in tally.items():
        found[slot] = found[slot] + untouched_line(carried, new, carried_money, new_money)
    return dict(found)


def untouched_line(carried: int, new: int, carried_money: int, new_money: int) -> Line:
    """The summed lines of cases with no outcome, payment or obligation: each is being
    enforced (đang thi hành), its whole amount carried over or newly received and still due
    (``case_line`` on empty steps, payments and obligations, summed)."""
    return Line(
        Figures(carried=carried, new=new, ongoing=carried + new),
        Figures(carried=carried_money, new=new_money, ongoing=carried_money + new_money),
    )


#: The facts a period reads as they stood on its last day.
_AS_OF = (ChangeKind.AMOUNT, ChangeKind.OFFICER, ChangeKind.DECISION_DATE)


def facts_as_of(session: Session, end: date) -> dict[int, dict[ChangeKind, tuple[Any]]]:
    """Each changed case's amount, officer and decision date as they stood on ``end`` by the
    corrections the head accepted (migration 0027; Decree 152/2026 Art 38, Law 106/2025
    Art 22): the last accepted change dated on or before ``end`` gives its new value; when
    there is none, the value from before any change stood (the first change's old value:
    the case row may already hold a value awaiting the head's word, or refused)."""
    found: dict[int, dict[ChangeKind, tuple[Any]]] = defaultdict(dict)
    accepted = set(session.scalars(confirmed_changes()))
    rows = session.execute(
        select(CaseChange.id, CaseChange.case_id, CaseChange.kind, CaseChange.effective_on,
               CaseChange.old_value, CaseChange.new_value)
        .where(CaseChange.kind.in_(_AS_OF))
        .order_by(CaseChange.effective_on, CaseChange.id)
    )  # fmt: skip
    original: dict[tuple[int, ChangeKind], tuple[Any]] = {}
    for change_id, case_id, kind, on, old, new in rows:
        original.setdefault((case_id, kind), (old,))
        if on <= end and change_id in accepted:
            found[case_id][kind] = (new,)
    for (case_id, kind), value in original.items():
        found[case_id].setdefault(kind, value)
    return found


def total(found: dict[Hashable, Line], keep: Callable[[Hashable], bool] = lambda _: True) -> Line:
    result = EMPTY
    for key, line in found.items():
        if keep(key):
            result = result + line
    return result
