"""The item state machine: exactly the transitions of TRANSITIONS, refusals that say why."""

from __future__ import annotations

import itertools

import pytest

from evidence_app.domain.enums import ItemStatus
from evidence_app.domain.errors import FinalStateError, IllegalTransitionError
from evidence_app.domain.labels import label
from evidence_app.domain.states import (
    FINAL_STATES,
    STORED_STATES,
    TRANSITIONS,
    allowed_next,
    check_transition,
    is_final,
)

PAIRS = list(itertools.product(ItemStatus, ItemStatus))
LEGAL = [(c, t) for c, t in PAIRS if t in TRANSITIONS[c]]
ILLEGAL = [(c, t) for c, t in PAIRS if c not in FINAL_STATES and t not in TRANSITIONS[c]]
FROM_FINAL = [(c, t) for c, t in PAIRS if c in FINAL_STATES]


def test_every_status_has_an_entry_and_final_states_have_no_exit() -> None:
    assert set(TRANSITIONS) == set(ItemStatus)
    for status in ItemStatus:
        assert allowed_next(status) == TRANSITIONS[status]
        assert is_final(status) == (not TRANSITIONS[status])
    assert {s for s in ItemStatus if is_final(s)} == FINAL_STATES


def test_the_design_diagram_is_the_transition_table() -> None:
    s = ItemStatus
    expected = {
        (s.RECEIVED, s.IN_STORAGE),
        # A temporary release leaves on the head's order too (Decree 152 Art 37.3).
        (s.RELEASE_APPROVED, s.CHECKED_OUT),
        (s.CHECKED_OUT, s.IN_STORAGE),
        (s.IN_STORAGE, s.RELEASE_APPROVED),
        (s.RELEASE_APPROVED, s.RELEASED),
        (s.RELEASE_APPROVED, s.IN_STORAGE),
        (s.IN_STORAGE, s.AWAITING_AUCTION),
        (s.AWAITING_AUCTION, s.SOLD),
        (s.AWAITING_AUCTION, s.IN_STORAGE),
        (s.SOLD, s.HANDED_TO_BUYER),
        # The buyer did not pay in time: sale cancelled, back to auction (Decree 152 Art 65.1).
        (s.SOLD, s.AWAITING_AUCTION),
        (s.IN_STORAGE, s.AWAITING_DESTRUCTION),
        (s.AWAITING_DESTRUCTION, s.DESTROYED),
        (s.AWAITING_DESTRUCTION, s.IN_STORAGE),
        (s.MISSING, s.IN_STORAGE),
        *((stored, s.MISSING) for stored in STORED_STATES),
    }
    assert set(LEGAL) == expected


def test_no_status_may_follow_itself() -> None:
    assert all(status not in TRANSITIONS[status] for status in ItemStatus)


@pytest.mark.parametrize(("current", "target"), LEGAL)
def test_check_transition_accepts_an_allowed_pair(current: ItemStatus, target: ItemStatus) -> None:
    assert check_transition(current, target) is None


@pytest.mark.parametrize(("current", "target"), ILLEGAL)
def test_check_transition_refuses_a_pair_not_in_the_table_naming_the_allowed_states(
    current: ItemStatus, target: ItemStatus
) -> None:
    with pytest.raises(IllegalTransitionError) as caught:
        check_transition(current, target)
    error = caught.value
    for lang in ("vi", "en"):
        message = error.message(lang)
        assert label(current, lang) in message
        assert label(target, lang) in message
        allowed_part = message.rsplit(":", 1)[1]
        for allowed in TRANSITIONS[current]:
            assert label(allowed, lang) in allowed_part, (lang, allowed, message)
        for other in set(ItemStatus) - TRANSITIONS[current]:
            assert label(other, lang) not in allowed_part, (lang, other, message)


@pytest.mark.parametrize(("current", "target"), FROM_FINAL)
def test_check_transition_refuses_anything_from_a_final_state(
    current: ItemStatus, target: ItemStatus
) -> None:
    with pytest.raises(FinalStateError) as caught:
        check_transition(current, target)
    assert label(current, "vi") in caught.value.message("vi")
    assert label(current, "en") in caught.value.message("en")
    assert caught.value.message("vi") != caught.value.message("en")


def test_refusal_messages_differ_between_languages() -> None:
    with pytest.raises(IllegalTransitionError) as caught:
        check_transition(ItemStatus.RECEIVED, ItemStatus.RELEASED)
    vi, en = caught.value.message("vi"), caught.value.message("en")
    assert vi != en
    assert "Đang bảo quản" in vi and "Thất lạc" in vi
    assert "In storage" in en and "Missing" in en
