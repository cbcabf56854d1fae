"""Roles one person should not hold together without a second administrator's word.

The services already refuse one person two duties of the same release (who requested does
not approve; who approved does not issue) whatever roles he holds. These pairs are the
grants that would make that refusal the only thing standing between one person and an item:
the officer who asks, the head who orders, the keeper who hands over; the keeper who holds
items and the accountant who keeps their books; and the administrator — who decides who may
act — acting himself. Such a grant needs a second administrator, who confirms it with their
own password and is named in the administrators' record.
"""

from __future__ import annotations

from collections.abc import Iterable

from evidence_app.domain.enums import Role

_ACTING = (Role.HEAD, Role.OFFICER, Role.KEEPER, Role.ACCOUNTANT, Role.CASHIER,
           Role.COUNCIL_MEMBER)  # fmt: skip

CONFLICTING_ROLES: tuple[frozenset[Role], ...] = (
    frozenset({Role.OFFICER, Role.HEAD}),  # requests a release and orders it
    frozenset({Role.HEAD, Role.KEEPER}),  # orders a release and hands the items over
    frozenset({Role.OFFICER, Role.KEEPER}),  # requests a release and hands the items over
    frozenset({Role.KEEPER, Role.ACCOUNTANT}),  # holds the items and keeps their books
    *(frozenset({Role.ADMIN, role}) for role in _ACTING),  # decides who acts, and acts
)


def conflicts(roles: Iterable[Role]) -> list[frozenset[Role]]:
    """The conflicting pairs ``roles`` hold together."""
    held = set(roles)
    return [pair for pair in CONFLICTING_ROLES if pair <= held]


def new_conflicts(before: Iterable[Role], after: Iterable[Role]) -> list[frozenset[Role]]:
    """The conflicting pairs a change from ``before`` to ``after`` would create."""
    old = conflicts(before)
    return [pair for pair in conflicts(after) if pair not in old]
