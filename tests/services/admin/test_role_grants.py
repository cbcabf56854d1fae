"""Roles one person should not hold together need a second administrator's own password
(issue 17; domain.duties), on SQLite and PostgreSQL; every refusal writes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from evidence_app.domain.duties import CONFLICTING_ROLES, conflicts, new_conflicts
from evidence_app.domain.enums import AdminEventKind, Role
from evidence_app.domain.errors import AuthenticationError, ValidationError
from evidence_app.services.core.dto import UserView
from evidence_app.services.core.login import Witness
from tests.services.rows import snapshot
from tests.world import PASSWORD, World


def _user(world: World, username: str) -> UserView:
    return next(u for u in world.services.users.all(world.admin) if u.username == username)


def test_every_conflicting_pair_is_named_once_and_only_new_ones_count() -> None:
    assert len(set(CONFLICTING_ROLES)) == len(CONFLICTING_ROLES)
    assert conflicts([Role.CASHIER, Role.KEEPER, Role.INSPECTOR]) == []
    assert conflicts([Role.OFFICER, Role.HEAD, Role.KEEPER]) == [
        frozenset({Role.OFFICER, Role.HEAD}),
        frozenset({Role.HEAD, Role.KEEPER}),
        frozenset({Role.OFFICER, Role.KEEPER}),
    ]
    held = [Role.HEAD, Role.OFFICER]
    assert new_conflicts(held, [*held, Role.INSPECTOR]) == []  # kept, not new
    assert new_conflicts(held, [Role.HEAD]) == []  # taken away
    assert new_conflicts([Role.ADMIN], [Role.ADMIN, Role.HEAD]) == [
        frozenset({Role.ADMIN, Role.HEAD})
    ]


@pytest.mark.parametrize(
    "roles",
    [
        [Role.OFFICER, Role.HEAD],
        [Role.HEAD, Role.KEEPER],
        [Role.OFFICER, Role.KEEPER],
        [Role.KEEPER, Role.ACCOUNTANT],
        [Role.ADMIN, Role.KEEPER],
    ],
)
def test_a_new_account_with_conflicting_roles_needs_a_second_administrator(
    world: World, roles: list[Role]
) -> None:
    users = world.services.users
    second = world.second_admin()
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as refused:
        users.create(world.admin, "hai-vai", "Lê Văn Hai", PASSWORD, roles)
    assert refused.value.key == "users.second_admin_required"
    assert "quản trị viên thứ hai" in refused.value.message("vi")
    assert snapshot(world.services) == before
    made = users.create(world.admin, "hai-vai", "Lê Văn Hai", PASSWORD, roles, "", second)
    assert set(made.roles) == set(roles)
    event = users.admin_log(world.admin, limit=1)[0]
    assert event.kind is AdminEventKind.USER_CREATED and event.subject == "hai-vai"
    assert event.data["confirmed_by"] == "u-admin-2"


def test_the_administrator_cannot_make_himself_head_and_officer_alone(world: World) -> None:
    users, admin = world.services.users, world.admin
    me = _user(world, admin.username)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as refused:
        users.set_roles(admin, me.id, [Role.ADMIN, Role.HEAD, Role.OFFICER], me.version)
    message = refused.value.message("vi")
    assert (
        "(Thủ trưởng cơ quan + Chấp hành viên; Quản trị hệ thống + Thủ trưởng cơ quan; "
        "Quản trị hệ thống + Chấp hành viên)" in message
    )
    assert snapshot(world.services) == before
    # Confirming with his own password is no second administrator.
    with pytest.raises(ValidationError) as refused:
        users.set_roles(admin, me.id, [Role.ADMIN, Role.HEAD], me.version,
                        Witness(admin.username, PASSWORD))  # fmt: skip
    assert refused.value.key == "users.second_admin_same"
    done = users.set_roles(admin, me.id, [Role.ADMIN, Role.HEAD], me.version, world.second_admin())
    assert set(done.roles) == {Role.ADMIN, Role.HEAD}
    event = users.admin_log(admin, limit=1)[0]
    assert event.kind is AdminEventKind.ROLES_SET
    assert event.data == {"before": ["admin"], "after": ["admin", "head"],
                          "confirmed_by": "u-admin-2"}  # fmt: skip


def test_the_second_administrator_must_be_another_active_administrator(world: World) -> None:
    users = world.services.users
    second = world.second_admin()
    target = _user(world, world.keeper.username)
    wanted = [Role.KEEPER, Role.OFFICER]
    # A keeper, however willing, is no administrator.
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as refused:
        users.set_roles(world.admin, target.id, wanted, target.version,
                        world.witness(world.head))  # fmt: skip
    assert refused.value.key == "users.second_admin_not_admin"
    assert snapshot(world.services) == before
    # A wrong password counts toward the second administrator's lock, and grants nothing.
    with pytest.raises(AuthenticationError):
        users.set_roles(world.admin, target.id, wanted, target.version,
                        Witness(second.username, "doan-thu-xem"))  # fmt: skip
    with world.services.db.engine.connect() as conn:
        failed = conn.execute(
            text("SELECT failed_attempts FROM app_user WHERE username = 'u-admin-2'")
        ).scalar_one()
    assert failed == 1
    assert set(_user(world, world.keeper.username).roles) == {Role.KEEPER}
    # Deactivated, the second administrator confirms nothing.
    view = _user(world, "u-admin-2")
    users.deactivate(world.admin, view.id, view.version)
    with pytest.raises(Exception) as refused:
        users.set_roles(world.admin, target.id, wanted, target.version, second)
    assert type(refused.value).__name__ == "AccountInactiveError"
    assert set(_user(world, world.keeper.username).roles) == {Role.KEEPER}


def test_taking_roles_away_or_keeping_a_confirmed_pair_needs_no_second_word(
    world: World,
) -> None:
    users = world.services.users
    made = users.create(world.admin, "hai-vai", "Lê Văn Hai", PASSWORD,
                        [Role.HEAD, Role.OFFICER], "", world.second_admin())  # fmt: skip
    kept = users.set_roles(world.admin, made.id, [Role.HEAD, Role.OFFICER, Role.INSPECTOR],
                           made.version)  # fmt: skip
    fewer = users.set_roles(world.admin, made.id, [Role.HEAD], kept.version)
    assert fewer.roles == (Role.HEAD,)
