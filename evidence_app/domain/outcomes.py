"""What happened to an enforcement case, as the statistics count it: the outcome kinds, the
reasons a case is not yet enforceable, and a case's state at any day, folded from its
confirmed outcomes in date order (pure Python; the services store and confirm them).

Law 106/2025: not yet enforceable Art 38.1 (a–h), enforceable again Art 38.2; postponement
(hoãn) Art 46 and resumption Art 46.3; suspension (tạm đình chỉ) Art 47 and resumption
Art 47.3; termination (đình chỉ) Art 48; entrustment to another agency (ủy thác) Art 49;
the end of enforcement (kết thúc thi hành án) Art 55: done, or terminated. A case of several
obligations (Art 3.8: one decision, one case) takes its state from theirs (``case_standing``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class OutcomeKind(StrEnum):
    #: Có điều kiện thi hành (after verification, Law 106/2025 Art 37).
    ENFORCEABLE = "enforceable"
    #: Chưa có điều kiện thi hành: the head's decision, with a reason of Art 38.1.
    NOT_ENFORCEABLE = "not_enforceable"
    #: Tiếp tục thi hành án once the liable person can pay again (Art 38.2).
    ENFORCEABLE_AGAIN = "enforceable_again"
    #: Hoãn thi hành án (Art 46).
    POSTPONED = "postponed"
    #: Tạm đình chỉ thi hành án (Art 47).
    SUSPENDED = "suspended"
    #: Tiếp tục thi hành án after a postponement or a suspension (Art 46.3, 47.3).
    RESUMED = "resumed"
    #: Đình chỉ thi hành án (Art 48): the case ends (Art 55.2) and counts as completed.
    TERMINATED = "terminated"
    #: Thi hành xong: the parties' duties are done (Art 55.1).
    COMPLETED = "completed"
    #: Ủy thác thi hành án to another agency (Art 49): no longer this agency's to enforce.
    ENTRUSTED = "entrusted"
    #: Decree 152/2026 Art 22.1: 2 years after the not-enforceable decision, verified (Law
    #: Art 38.3) with no new information, a case the agency decided ex officio moves to the
    #: separate tracking book and is counted apart; new information brings it back (38.2).
    SEPARATE_BOOK = "separate_book"
    #: Decree 152/2026 Art 22.2, Law Art 38.4: the same for a case decided on request: the
    #: request is returned with a written notice (copy to the procuracy); the case ends here.
    REQUEST_RETURNED = "request_returned"


class NotEnforceableReason(StrEnum):
    """The grounds of Law 106/2025 Art 38.1, by their point letter."""

    NO_INCOME_OR_ASSETS = "a"
    ASSET_GONE = "b"
    WARD_ADDRESS_UNKNOWN = "c"
    SPECIFIC_THING_GONE = "d"
    INCAPACITATED = "dd"
    PLEDGED_BELOW_DEBT = "e"
    SALE_BELOW_COSTS = "g"
    BAD_DEBT_COLLATERAL = "h"


class CaseState(StrEnum):
    """Where a case stands on a day, as the statistics form sorts it."""

    ENFORCEABLE = "enforceable"
    NOT_ENFORCEABLE = "not_enforceable"
    POSTPONED = "postponed"
    SUSPENDED = "suspended"
    COMPLETED = "completed"
    TERMINATED = "terminated"
    ENTRUSTED = "entrusted"
    #: In the separate tracking book (Decree 152/2026 Art 22.1): counted apart.
    SEPARATE_BOOK = "separate_book"
    #: The request returned to the creditor (Decree 152/2026 Art 22.2; Law Art 38.4).
    REQUEST_RETURNED = "request_returned"


#: Once finished, a case takes no more outcomes and no more payments (Art 55).
FINISHED = frozenset(
    {CaseState.COMPLETED, CaseState.TERMINATED, CaseState.ENTRUSTED, CaseState.REQUEST_RETURNED}
)
#: Thi hành xong, including đình chỉ: the numerator of the rates (DOMAIN, statistics).
DONE = frozenset({CaseState.COMPLETED, CaseState.TERMINATED})
#: Counted as "có điều kiện thi hành": every state but not enforceable and entrusted
#: (postponed and suspended cases stay in the enforceable count, apart in their columns).
ABLE = frozenset(
    set(CaseState)
    - {
        CaseState.NOT_ENFORCEABLE,
        CaseState.ENTRUSTED,
        CaseState.SEPARATE_BOOK,
        CaseState.REQUEST_RETURNED,
    }
)
#: The two ways out of Decree 152/2026 Art 22, after 2 years not enforceable.
ART22 = frozenset({OutcomeKind.SEPARATE_BOOK, OutcomeKind.REQUEST_RETURNED})

_TARGET: dict[OutcomeKind, CaseState] = {
    OutcomeKind.ENFORCEABLE: CaseState.ENFORCEABLE,
    OutcomeKind.NOT_ENFORCEABLE: CaseState.NOT_ENFORCEABLE,
    OutcomeKind.ENFORCEABLE_AGAIN: CaseState.ENFORCEABLE,
    OutcomeKind.POSTPONED: CaseState.POSTPONED,
    OutcomeKind.SUSPENDED: CaseState.SUSPENDED,
    OutcomeKind.RESUMED: CaseState.ENFORCEABLE,
    OutcomeKind.TERMINATED: CaseState.TERMINATED,
    OutcomeKind.COMPLETED: CaseState.COMPLETED,
    OutcomeKind.ENTRUSTED: CaseState.ENTRUSTED,
    OutcomeKind.SEPARATE_BOOK: CaseState.SEPARATE_BOOK,
    OutcomeKind.REQUEST_RETURNED: CaseState.REQUEST_RETURNED,
}

S = CaseState
#: Which outcome may follow which state; a case with no outcome yet is enforceable.
ALLOWED: dict[CaseState, frozenset[OutcomeKind]] = {
    S.ENFORCEABLE: frozenset(
        {
            OutcomeKind.ENFORCEABLE,
            OutcomeKind.NOT_ENFORCEABLE,
            OutcomeKind.POSTPONED,
            OutcomeKind.SUSPENDED,
            OutcomeKind.TERMINATED,
            OutcomeKind.COMPLETED,
            OutcomeKind.ENTRUSTED,
        }
    ),
    # Art 38.2: only a decision to continue, or the case ends (terminated, entrusted).
    S.NOT_ENFORCEABLE: frozenset(
        {
            OutcomeKind.ENFORCEABLE_AGAIN,
            OutcomeKind.TERMINATED,
            OutcomeKind.ENTRUSTED,
            OutcomeKind.SEPARATE_BOOK,  # Decree 152/2026 Art 22.1, after 2 years
            OutcomeKind.REQUEST_RETURNED,  # Decree 152/2026 Art 22.2, after 2 years
        }
    ),
    # Art 22.1: new information is verified and enforcement organised (Law Art 38.2).
    S.SEPARATE_BOOK: frozenset(
        {OutcomeKind.ENFORCEABLE_AGAIN, OutcomeKind.TERMINATED, OutcomeKind.ENTRUSTED}
    ),
    S.REQUEST_RETURNED: frozenset(),
    S.POSTPONED: frozenset({OutcomeKind.RESUMED, OutcomeKind.TERMINATED}),
    S.SUSPENDED: frozenset({OutcomeKind.RESUMED, OutcomeKind.TERMINATED}),
    S.COMPLETED: frozenset(),
    S.TERMINATED: frozenset(),
    S.ENTRUSTED: frozenset(),
}


@dataclass(frozen=True)
class Step:
    """One confirmed outcome as the fold reads it."""

    kind: OutcomeKind
    on: date
    seq: int
    #: The obligation it was recorded for; None for the whole case (issue 19).
    obligation_id: int | None = None


@dataclass(frozen=True)
class Standing:
    """A case's state on a day, and since when it has been in it."""

    state: CaseState
    since: date | None
    #: The day of the decision that it was not enforceable, kept while it stays so (Art 38.4).
    not_enforceable_since: date | None = None


def target_state(kind: OutcomeKind) -> CaseState:
    return _TARGET[kind]


def standing(steps: Iterable[Step], on: date | None = None) -> Standing:
    """The state after every step dated on or before ``on`` (all when None), in date order."""
    current = Standing(CaseState.ENFORCEABLE, None)
    for step in sorted(steps, key=lambda s: (s.on, s.seq)):
        if on is not None and step.on > on:
            break
        state = _TARGET[step.kind]
        if state in (CaseState.NOT_ENFORCEABLE, CaseState.SEPARATE_BOOK):
            current = Standing(state, step.on, current.not_enforceable_since or step.on)
        else:
            current = Standing(state, step.on)
    return current


def may_follow(state: CaseState, kind: OutcomeKind) -> bool:
    return kind in ALLOWED[state]


def over_two_years(since: date, on: date) -> bool:
    """Not enforceable for more than 2 years on ``on`` since the decision (Law 106/2025
    Art 38.4; Decree 152/2026 Art 22: moved to a separate ledger and counted apart)."""
    try:
        anniversary = since.replace(year=since.year + 2)
    except ValueError:  # 29 February
        anniversary = date(since.year + 2, 3, 1)
    return on >= anniversary


class ChangeKind(StrEnum):
    """A correction of a case's recorded fact (issue 19; db/models/case_history.py)."""

    AMOUNT = "amount"  # the amount to enforce (old_value → new_value, đồng)
    OFFICER = "officer"  # the officer in charge (user ids; None = unassigned)
    VOID_OUTCOME = "void_outcome"  # a mistaken outcome stops counting from effective_on
    VOID_PAYMENT = "void_payment"  # a mistaken payment stops counting from effective_on
    #: The enforcement decision's date corrected on the case form (day ordinals; None = no
    #: decision): it decides the period a case is received in (Circular 12/2021 Art 6), so
    #: periods ended before the correction keep the date that stood then.
    DECISION_DATE = "decision_date"

    @property
    def on_case_form(self) -> bool:
        """Recorded by editing the case itself, not as a correction with its own paper."""
        return self is ChangeKind.DECISION_DATE


# One obligation of a case (issue 19) -------------------------------------------------------
#
# Law 106/2025 Art 3.8: each enforcement decision is one case, however many obligations it
# names (money to the state budget, court fees, money to a party, an asset to hand over...).
# The statistics count the case once and its money per obligation. Each obligation has its
# own history: an outcome recorded for it (Art 38, 46–49) applies to it alone, an outcome
# recorded for the case applies to every obligation. The case ends (Art 55) when every
# obligation has ended: completed when all are done (55.1), terminated when all were
# terminated (55.2).


class ObligationKind(StrEnum):
    """What the liable person must do under one obligation of the decision."""

    #: Nộp ngân sách nhà nước (fines, confiscated money, sums to the state).
    STATE_BUDGET = "state_budget"
    #: Án phí, lệ phí Tòa án (court fees, also paid to the state budget).
    COURT_FEES = "court_fees"
    #: Trả tiền cho đương sự (money to the party entitled, e.g. a bank's loan).
    TO_PARTY = "to_party"
    #: Giao tài sản (hand over an asset: its value is the obligation's amount).
    HAND_OVER_ASSET = "hand_over_asset"
    #: Nghĩa vụ khác.
    OTHER = "other"


#: Among a case's obligations still open, which state the case shows: the case is being
#: enforced while any obligation can be (Art 3.6), postponed or suspended only when none
#: can, not yet enforceable (Art 38.1) only when every open obligation is so.
_OPEN_ORDER = (
    CaseState.ENFORCEABLE,
    CaseState.POSTPONED,
    CaseState.SUSPENDED,
    CaseState.NOT_ENFORCEABLE,
    CaseState.SEPARATE_BOOK,
)
#: Among ended obligations of an ended case, the one named when not all were done.
_ENDED_ORDER = (CaseState.ENTRUSTED, CaseState.REQUEST_RETURNED)


def obligation_steps(steps: Iterable[Step], obligation_id: int) -> list[Step]:
    """The steps one obligation folds: those of the whole case and its own."""
    return [s for s in steps if s.obligation_id is None or s.obligation_id == obligation_id]


def combined_standing(parts: Iterable[Standing]) -> Standing:
    """The case's standing from its obligations' standings (Law 106/2025 Art 3.8, 55).

    Every obligation ended: completed when all were done and at least one completed
    (Art 55.1), terminated when all were terminated (Art 48, 55.2), else entrusted (Art 49)
    or the request returned (Decree 152/2026 Art 22.2), since the day the last one ended.
    Some still open: the first of enforceable, postponed (Art 46), suspended (Art 47), not
    yet enforceable (Art 38), the separate book that an open obligation is in."""
    standings = list(parts)
    if not standings:
        return Standing(CaseState.ENFORCEABLE, None)
    open_ = [s for s in standings if s.state not in FINISHED]
    if not open_:
        states = {s.state for s in standings}
        if states <= DONE:
            state = CaseState.COMPLETED if CaseState.COMPLETED in states else S.TERMINATED
        else:
            state = next(s for s in _ENDED_ORDER if s in states)
        return Standing(state, _latest(s.since for s in standings))
    for state in _OPEN_ORDER:
        those = [s for s in open_ if s.state is state]
        if those:
            since = _latest(s.since for s in those)
            marked = [s.not_enforceable_since for s in those if s.not_enforceable_since]
            # Art 38.4: the case is not enforceable since its last obligation became so.
            return Standing(state, since, max(marked) if marked else None)
    raise AssertionError(open_)  # every open state is in _OPEN_ORDER


def case_standing(
    steps: Iterable[Step], obligations: Iterable[int] = (), on: date | None = None
) -> Standing:
    """The case's standing on ``on``: the fold of its steps when it lists no obligation,
    otherwise derived from each obligation's own fold (``combined_standing``)."""
    every = list(steps)
    ids = list(obligations)
    if not ids:
        return standing(every, on)
    return combined_standing(standing(obligation_steps(every, i), on) for i in ids)


def _latest(days: Iterable[date | None]) -> date | None:
    known = [d for d in days if d is not None]
    return max(known) if known else None


@dataclass(frozen=True)
class Paid:
    """One payment as the allocation reads it (after costs)."""

    on: date
    seq: int
    amount: int
    obligation_id: int | None = None


def allocate(
    obligations: Iterable[tuple[int, int]], payments: Iterable[Paid]
) -> dict[int, list[Paid]]:
    """Each obligation's share of the payments, in date order: a payment recorded for an
    obligation is its own; one recorded for the case fills the obligations in the order
    they were listed, each up to what remains of it (Law 106/2025 Art 54 pays the
    obligations in turn; what the case's list puts first is paid first). ``obligations``:
    (id, amount) in listed order. Money beyond every obligation stays on the last one."""
    listed = list(obligations)
    shares: dict[int, list[Paid]] = {i: [] for i, _ in listed}
    if not listed:
        return shares
    left = dict(listed)
    for p in sorted(payments, key=lambda p: (p.on, p.seq)):
        if p.obligation_id is not None and p.obligation_id in left:
            shares[p.obligation_id].append(p)
            left[p.obligation_id] -= p.amount
            continue
        rest = p.amount
        for i, _ in listed:
            part = min(rest, max(left[i], 0))
            if part > 0:
                shares[i].append(Paid(p.on, p.seq, part, i))
                left[i] -= part
                rest -= part
        if rest > 0:
            last = listed[-1][0]
            shares[last].append(Paid(p.on, p.seq, rest, last))
            left[last] -= rest
    return shares
