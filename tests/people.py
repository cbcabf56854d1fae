"""People a test adds to its world: made by an administrator, then logged in once to set
their own password (an administrator's password is for the first login only, issue 17)."""

from __future__ import annotations

from collections.abc import Iterable

from evidence_app.domain.enums import Role
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.login import Witness
from evidence_app.services.facade import Services

#: What the administrator types for a new account; the owner replaces it at the first login.
FIRST_PASSWORD = "mat-khau-lan-dau-2026"


def hire(
    services: Services,
    admin: Actor,
    username: str,
    full_name: str,
    password: str,
    roles: Iterable[Role],
    position: str = "",
    second_admin: Witness | None = None,
) -> Actor:
    """A new account whose owner has logged in once and set ``password``; logged in."""
    services.users.create(admin, username, full_name, FIRST_PASSWORD, roles, position, second_admin)
    first = services.users.authenticate(username, FIRST_PASSWORD)
    services.users.change_own_password(first, FIRST_PASSWORD, password)
    return services.users.authenticate(username, password)
