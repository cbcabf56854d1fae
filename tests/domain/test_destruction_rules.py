"""Art 40.1 in the domain: more than half of all members decide, the chair breaks a tie;
the 20-day deadline counts from the set-up and its last day is still in time."""

from __future__ import annotations

from datetime import date

import pytest

from evidence_app.domain.destruction import council_decides, deadline, is_overdue, min_members
from evidence_app.domain.enums import Vote

F, A = Vote.FOR, Vote.AGAINST


@pytest.mark.parametrize(
    ("votes", "chair", "decided"),
    [
        ((F, F, A), F, True),
        ((F, A, A), F, False),
        ((F, F, A, A), F, True),  # tie: the chair for
        ((F, F, A, A), A, False),  # tie: the chair against
        ((F, F, None, None), F, None),  # half is not more than half, and not a tie of all
        ((F, F, F, None, None), A, True),
        ((F, None, None), F, None),
    ],
)
def test_the_council_decides_by_majority_and_the_chair_breaks_a_tie(
    votes: tuple[Vote | None, ...], chair: Vote | None, decided: bool | None
) -> None:
    assert council_decides(votes, chair) is decided


def test_the_deadline_is_day_twenty_from_set_up_and_overdue_from_day_twenty_one() -> None:
    assert min_members() == 3
    set_up = date(2026, 3, 1)
    assert deadline(set_up) == date(2026, 3, 21)
    assert not is_overdue(set_up, date(2026, 3, 21))
    assert is_overdue(set_up, date(2026, 3, 22))
