"""Which role may do what: the permission matrix every service call checks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from evidence_app.domain.enums import Role


class Permission(StrEnum):
    VIEW = "view"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_WAREHOUSES = "manage_warehouses"
    MANAGE_CASES = "manage_cases"
    RECEIVE_ITEMS = "receive_items"
    EDIT_ITEMS = "edit_items"
    MOVE_ITEMS = "move_items"
    RECORD_CUSTODY = "record_custody"
    VERIFY = "verify"
    DECIDE_DISPOSITION = "decide_disposition"  # record what a judgment orders (not the keeper)
    REQUEST_RELEASE = "request_release"
    APPROVE_RELEASE = "approve_release"
    ISSUE_RELEASE = "issue_release"
    MANAGE_DESTRUCTION = "manage_destruction"
    STOCKTAKE = "stocktake"
    MANAGE_AUCTIONS = "manage_auctions"
    RECORD_SALE_PAYMENT = "record_sale_payment"
    CLOSE_LEDGER = "close_ledger"  # kết sổ (Circular 04/2023/TT-BTP Art 30.4.c)
    #: A case's outcomes and the money collected, with their documents (the officer's, Law
    #: 106/2025 Art 25); the head's confirmation makes them count (Art 22).
    RECORD_CASE_RESULT = "record_case_result"
    CONFIRM_CASE_RESULT = "confirm_case_result"
    #: Leave items with their owner, a third party or the commune on the keeping minutes:
    #: the enforcement officer draws them up (Decree 152/2026 Art 24.4), the store keeper
    #: hands the items over from the warehouse.
    LEAVE_WITH_KEEPER = "leave_with_keeper"


P = Permission
MATRIX: Mapping[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(
        {P.VIEW, P.MANAGE_USERS, P.MANAGE_SETTINGS, P.MANAGE_WAREHOUSES, P.VERIFY}
    ),
    Role.HEAD: frozenset(
        {
            P.VIEW,
            P.MANAGE_SETTINGS,
            P.MANAGE_WAREHOUSES,
            P.MANAGE_CASES,
            P.DECIDE_DISPOSITION,
            P.VERIFY,
            P.APPROVE_RELEASE,
            P.MANAGE_DESTRUCTION,
            P.STOCKTAKE,
            P.MANAGE_AUCTIONS,
            P.CLOSE_LEDGER,
            P.RECORD_CASE_RESULT,
            P.CONFIRM_CASE_RESULT,
        }
    ),
    Role.OFFICER: frozenset(
        {
            P.VIEW,
            P.MANAGE_CASES,
            P.RECEIVE_ITEMS,
            P.EDIT_ITEMS,
            P.DECIDE_DISPOSITION,
            P.REQUEST_RELEASE,
            P.MANAGE_DESTRUCTION,
            P.MANAGE_AUCTIONS,
            P.CLOSE_LEDGER,
            P.RECORD_CASE_RESULT,
            P.LEAVE_WITH_KEEPER,
        }
    ),
    Role.KEEPER: frozenset(
        {
            P.VIEW,
            P.MANAGE_WAREHOUSES,
            P.RECEIVE_ITEMS,
            P.EDIT_ITEMS,
            P.MOVE_ITEMS,
            P.LEAVE_WITH_KEEPER,
            P.RECORD_CUSTODY,
            P.ISSUE_RELEASE,
            P.STOCKTAKE,
            P.CLOSE_LEDGER,
        }
    ),
    Role.ACCOUNTANT: frozenset(
        {P.VIEW, P.VERIFY, P.STOCKTAKE, P.RECORD_SALE_PAYMENT, P.CLOSE_LEDGER}
    ),
    Role.CASHIER: frozenset({P.VIEW, P.RECORD_SALE_PAYMENT}),
    Role.COUNCIL_MEMBER: frozenset({P.VIEW}),
    Role.INSPECTOR: frozenset({P.VIEW, P.VERIFY}),
}


#: Roles answerable for items in custody: only they may be the second person of dual control
#: (the read-only inspector supervises; he never witnesses an issue).
CUSTODY_ROLES = frozenset({Role.KEEPER, Role.ACCOUNTANT, Role.CASHIER, Role.HEAD})


def permissions_of(roles: Iterable[Role]) -> frozenset[Permission]:
    """Union of the permissions of ``roles``."""
    granted: frozenset[Permission] = frozenset()
    for role in roles:
        granted |= MATRIX[role]
    return granted


def is_allowed(roles: Iterable[Role], permission: Permission) -> bool:
    return permission in permissions_of(roles)
