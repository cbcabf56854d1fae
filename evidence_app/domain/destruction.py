"""Destruction council rules (Decree 152 Art 40.1): its deadline and how it decides."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from evidence_app.domain.enums import HAZARDOUS_CATEGORIES, Category, Vote
from evidence_app.domain.rules import value


def min_members() -> int:
    """At least this many members (rules table ``destruction.council_min_members``)."""
    return value("destruction.council_min_members")


def deadline(set_up_on: date) -> date:
    """The last day to destroy: 20 days from the council's set-up (Art 40.1)."""
    return set_up_on + timedelta(days=value("destruction.deadline_days"))


def is_overdue(set_up_on: date, today: date) -> bool:
    """Overdue from the day after the deadline; the deadline day itself is still in time."""
    return today > deadline(set_up_on)


def is_hazardous(category: Category) -> bool:
    """Drugs, toxic chemicals, explosives: destroyed by a contracted qualified body (Art 40.2)."""
    return category in HAZARDOUS_CATEGORIES


def council_decides(votes: Sequence[Vote | None], chair_vote: Vote | None) -> bool | None:
    """The council's decision: more than half of all members for (True) or against (False);
    on a tie the chair's vote decides; None while the votes cast decide nothing yet."""
    total = len(votes)
    yes = sum(1 for vote in votes if vote is Vote.FOR)
    no = sum(1 for vote in votes if vote is Vote.AGAINST)
    if yes * 2 > total:
        return True
    if no * 2 > total:
        return False
    if yes == no and yes + no == total and chair_vote is not None:
        return chair_vote is Vote.FOR
    return None
