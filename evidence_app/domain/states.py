"""The item state machine of DESIGN.md: which status may follow which."""

from __future__ import annotations

from collections.abc import Mapping

from evidence_app.domain.enums import ItemStatus as S
from evidence_app.domain.errors import FinalStateError, IllegalTransitionError

#: States from which an item can be found missing at a stocktake.
STORED_STATES = frozenset(
    {S.RECEIVED, S.IN_STORAGE, S.RELEASE_APPROVED, S.AWAITING_AUCTION, S.AWAITING_DESTRUCTION}
)
#: States that close an item's life; nothing about the item may change afterwards.
FINAL_STATES = frozenset({S.RELEASED, S.HANDED_TO_BUYER, S.DESTROYED})

_MISSING = frozenset({S.MISSING})

#: Allowed next states. Withdrawal paths back to IN_STORAGE exist because an order can be
#: cancelled or a decision changed (e.g. the owner collects before destruction, Art 41.5).
TRANSITIONS: Mapping[S, frozenset[S]] = {
    S.RECEIVED: frozenset({S.IN_STORAGE}) | _MISSING,
    S.IN_STORAGE: frozenset({S.RELEASE_APPROVED, S.AWAITING_AUCTION, S.AWAITING_DESTRUCTION})
    | _MISSING,
    S.CHECKED_OUT: frozenset({S.IN_STORAGE}),
    # A temporary release leaves on the head's order too (Decree 152 Art 37.3): approved first,
    # then out (CHECKED_OUT) when the keeper hands it over.
    S.RELEASE_APPROVED: frozenset({S.RELEASED, S.CHECKED_OUT, S.IN_STORAGE}) | _MISSING,
    # Back to the debtor (redeemed, or down to the costs and declined by the creditor: Law
    # 106/2025 Art 83.3–83.4): back to storage, then out on the head's exit order (Decree
    # 152/2026 Art 37.3), never straight out.
    S.AWAITING_AUCTION: frozenset({S.SOLD, S.IN_STORAGE}) | _MISSING,
    # The buyer did not pay in time: the sale is cancelled, the lot auctioned again
    # (Decree 152/2026 Art 65.1).
    S.SOLD: frozenset({S.HANDED_TO_BUYER, S.AWAITING_AUCTION}),
    S.AWAITING_DESTRUCTION: frozenset({S.DESTROYED, S.IN_STORAGE}) | _MISSING,
    S.MISSING: frozenset({S.IN_STORAGE}),
    S.RELEASED: frozenset(),
    S.HANDED_TO_BUYER: frozenset(),
    S.DESTROYED: frozenset(),
}


def allowed_next(status: S) -> frozenset[S]:
    """The states an item in ``status`` may move to, in no particular order."""
    return TRANSITIONS[status]


def is_final(status: S) -> bool:
    return status in FINAL_STATES


def check_transition(current: S, target: S) -> None:
    """Refuse an illegal transition with a message naming what is allowed instead."""
    if current in FINAL_STATES:
        raise FinalStateError(status=current)
    if target not in TRANSITIONS[current]:
        raise IllegalTransitionError(
            current=current, target=target, allowed=sorted(TRANSITIONS[current])
        )
