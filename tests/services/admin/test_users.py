"""Users: argon2id hashes, login and lockout, resets, deactivation, the last administrator."""

from __future__ import annotations

import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, text

from db.models import User
from evidence_app.domain import rules
from evidence_app.domain.enums import Role
from evidence_app.domain.errors import (
    AccountInactiveError,
    AccountLockedError,
    AuthenticationError,
    DuplicateError,
    PermissionDeniedError,
    StaleEditError,
    ValidationError,
)
from evidence_app.services.core import passwords
from evidence_app.services.core.dto import UserView
from evidence_app.services.facade import Services
from tests.people import hire
from tests.services.rows import snapshot
from tests.world import PASSWORD, World

WRONG = "sai-mat-khau"
LIMIT = rules.value("security.lockout_attempts")


def _stored_hash(services: Services, username: str) -> str:
    with services.db.engine.connect() as conn:
        return str(
            conn.execute(
                text("SELECT password_hash FROM app_user WHERE username = :u"), {"u": username}
            ).scalar_one()
        )


def _user(world: World, username: str) -> UserView:
    return next(u for u in world.services.users.all(world.admin) if u.username == username)


def _user_count(services: Services) -> int:
    with services.db.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM app_user")).scalar_one())


def test_the_first_administrator_is_created_only_in_an_empty_database(
    services: Services,
) -> None:
    assert not services.users.has_users()
    admin = services.users.create_first_admin("quantri", "Nguyễn Quản Trị", PASSWORD)
    assert admin.roles == (Role.ADMIN,) and admin.active and not admin.locked
    assert services.users.has_users()
    before = snapshot(services)
    with pytest.raises(PermissionDeniedError):
        services.users.create_first_admin("quantri2", "Kẻ Chiếm Quyền", PASSWORD)
    assert snapshot(services) == before


def test_create_first_admin_is_refused_once_users_exist(world: World) -> None:
    count = _user_count(world.services)
    with pytest.raises(PermissionDeniedError):
        world.services.users.create_first_admin("admin2", "Người Khác", PASSWORD)
    assert _user_count(world.services) == count


def test_passwords_are_stored_as_salted_argon2id_hashes(world: World) -> None:
    world.services.users.create(world.admin, "nv-mot", "Nhân viên Một", PASSWORD, [Role.CASHIER])
    first, second = _stored_hash(world.services, "nv-mot"), _stored_hash(world.services, "u-keeper")
    assert first.startswith("$argon2id$") and second.startswith("$argon2id$")
    assert PASSWORD not in first
    assert first != second  # same password, different salt


def test_login_with_the_right_password_gives_the_users_roles(world: World) -> None:
    actor = world.services.users.authenticate("  U-Keeper ", PASSWORD)
    assert actor.username == "u-keeper"
    assert actor.roles == frozenset({Role.KEEPER})
    assert actor.user_id == world.keeper.user_id


@pytest.mark.parametrize(("username", "password"), [("u-keeper", WRONG), ("khong-co", PASSWORD)])
def test_a_wrong_password_or_unknown_user_is_refused_alike(
    world: World, username: str, password: str
) -> None:
    with pytest.raises(AuthenticationError) as caught:
        world.services.users.authenticate(username, password)
    assert caught.value.message("vi") == "Tên đăng nhập hoặc mật khẩu không đúng."
    assert caught.value.message("en") == "Wrong user name or password."


def test_five_consecutive_failures_lock_the_account_even_for_the_right_password(
    world: World,
) -> None:
    assert LIMIT == 5
    users = world.services.users
    for _ in range(LIMIT - 1):
        with pytest.raises(AuthenticationError):
            users.authenticate("u-keeper", WRONG)
    assert not _user(world, "u-keeper").locked
    with pytest.raises(AuthenticationError):  # the fifth: locked, yet the answer is the same
        users.authenticate("u-keeper", WRONG)
    assert _user(world, "u-keeper").locked
    with pytest.raises(AuthenticationError):  # a wrong password never learns the lock
        users.authenticate("u-keeper", WRONG)
    with pytest.raises(AccountLockedError) as caught:  # the right one is told, with the wait
        users.authenticate("u-keeper", PASSWORD)
    assert "u-keeper" in caught.value.message("vi") and "5" in caught.value.message("vi")
    assert "locked after 5 failed logins" in caught.value.message("en")
    assert "15 minutes" in caught.value.message("en")
    assert _user(world, "u-keeper").locked
    assert users.authenticate("u-officer", PASSWORD).username == "u-officer"  # others unaffected


def test_a_successful_login_resets_the_failure_count(world: World) -> None:
    users = world.services.users
    for _ in range(2):
        for _ in range(LIMIT - 1):
            with pytest.raises(AuthenticationError):
                users.authenticate("u-keeper", WRONG)
        users.authenticate("u-keeper", PASSWORD)
    assert not _user(world, "u-keeper").locked


def test_reset_password_unlocks_and_replaces_the_old_password(world: World) -> None:
    users = world.services.users
    for _ in range(LIMIT):
        with pytest.raises((AuthenticationError, AccountLockedError)):
            users.authenticate("u-keeper", WRONG)
    assert _user(world, "u-keeper").locked
    old_hash = _stored_hash(world.services, "u-keeper")
    second = world.second_admin()
    view = users.reset_password(world.admin, world.keeper.user_id or 0, "mat-khau-moi-456", second)
    assert not view.locked
    assert _stored_hash(world.services, "u-keeper") != old_hash
    assert users.authenticate("u-keeper", "mat-khau-moi-456").user_id == world.keeper.user_id
    with pytest.raises(AuthenticationError):
        users.authenticate("u-keeper", PASSWORD)


def test_only_user_managers_may_reset_passwords(world: World) -> None:
    before = snapshot(world.services)
    with pytest.raises(PermissionDeniedError):
        world.services.users.reset_password(world.head, world.keeper.user_id or 0, "x" * 12)
    assert snapshot(world.services) == before


def test_change_own_password_needs_the_old_one(world: World) -> None:
    users = world.services.users
    with pytest.raises(AuthenticationError):
        users.change_own_password(world.officer, WRONG, "mat-khau-moi-789")
    users.authenticate("u-officer", PASSWORD)
    users.change_own_password(world.officer, PASSWORD, "mat-khau-moi-789")
    assert users.authenticate("u-officer", "mat-khau-moi-789").username == "u-officer"
    with pytest.raises(AuthenticationError):
        users.authenticate("u-officer", PASSWORD)


def test_deactivate_keeps_the_row_and_refuses_login(world: World) -> None:
    count = _user_count(world.services)
    view = _user(world, "u-cashier")
    done = world.services.users.deactivate(world.admin, view.id, view.version)
    assert not done.active
    assert _user_count(world.services) == count
    assert not _user(world, "u-cashier").active
    with world.services.db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT full_name, active FROM app_user WHERE id = :i"), {"i": view.id}
        ).one()
    assert row.full_name == view.full_name and not row.active
    with pytest.raises(AccountInactiveError) as caught:
        world.services.users.authenticate("u-cashier", PASSWORD)
    assert "u-cashier" in caught.value.message("vi") and "deactivated" in caught.value.message("en")
    with pytest.raises(AuthenticationError):  # a wrong password is not told it is deactivated
        world.services.users.authenticate("u-cashier", WRONG)


def test_deactivate_with_a_stale_version_is_refused(world: World) -> None:
    view = _user(world, "u-cashier")
    second = world.second_admin()
    world.services.users.reset_password(world.admin, view.id, "mat-khau-moi-456", second)
    before = snapshot(world.services)
    with pytest.raises(StaleEditError):
        world.services.users.deactivate(world.admin, view.id, view.version)
    assert snapshot(world.services) == before


def test_a_second_role_change_from_the_same_version_is_refused(world: World) -> None:
    """Two administrators editing the same user: the later save must not overwrite."""
    users = world.services.users
    view = _user(world, "u-cashier")
    changed = users.set_roles(world.admin, view.id, [Role.CASHIER, Role.ACCOUNTANT], view.version)
    assert changed.version > view.version
    before = snapshot(world.services)
    with pytest.raises(StaleEditError):
        users.set_roles(world.admin, view.id, [Role.INSPECTOR], view.version)
    assert snapshot(world.services) == before
    assert _user(world, "u-cashier").roles == (Role.ACCOUNTANT, Role.CASHIER)


def test_the_last_active_administrator_cannot_be_deactivated_or_demoted(world: World) -> None:
    admin = _user(world, world.admin.username)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        world.services.users.deactivate(world.admin, admin.id, admin.version)
    assert caught.value.key == "validation.last_admin"
    assert caught.value.message("vi") != caught.value.message("en")
    with pytest.raises(ValidationError) as demoted:
        world.services.users.set_roles(world.admin, admin.id, [Role.HEAD], admin.version)
    assert demoted.value.key == "validation.last_admin"
    assert snapshot(world.services) == before


def test_an_administrator_may_be_deactivated_while_another_remains(world: World) -> None:
    users = world.services.users
    successor = hire(world.services, world.admin, "quantri-hai", "Quản Trị Hai", PASSWORD,
                     [Role.ADMIN])  # fmt: skip
    second = _user(world, "quantri-hai")
    first = _user(world, world.admin.username)
    assert not users.deactivate(world.admin, first.id, first.version).active
    # Logging in saved the user again: read the current version.
    second = next(u for u in users.all(successor) if u.id == second.id)
    # The deactivated first admin no longer counts: the second is now the last one.
    with pytest.raises(ValidationError):
        users.deactivate(successor, second.id, second.version)


def test_duplicate_user_names_are_refused_whatever_their_case(world: World) -> None:
    before = snapshot(world.services)
    for name in ("u-keeper", "U-KEEPER", " u-keeper "):
        with pytest.raises(DuplicateError) as caught:
            world.services.users.create(world.admin, name, "Trùng Tên", PASSWORD, [Role.KEEPER])
        assert "u-keeper" in caught.value.message("vi")
    assert snapshot(world.services) == before


@pytest.mark.parametrize(
    ("username", "password", "roles", "key"),
    [
        ("nv", PASSWORD, [Role.KEEPER], "validation.username"),
        ("nguyễn", PASSWORD, [Role.KEEPER], "validation.username"),
        ("nv hai", PASSWORD, [Role.KEEPER], "validation.username"),
        ("nv-hai", "ngan", [Role.KEEPER], "validation.password_short"),
        ("nv-hai", "x" * 1001, [Role.KEEPER], "validation.password_long"),
        ("nv-hai", PASSWORD, [], "validation.no_roles"),
    ],
)
def test_invalid_new_users_are_refused_and_nothing_is_written(
    world: World, username: str, password: str, roles: list[Role], key: str
) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        world.services.users.create(world.admin, username, "Tên Hợp Lệ", password, roles)
    assert caught.value.key == key
    assert "{" not in caught.value.message("vi") and "{" not in caught.value.message("en")
    assert snapshot(world.services) == before


def test_logging_in_does_not_make_an_administrators_open_edit_stale(world: World) -> None:
    users = world.services.users
    keeper = next(u for u in users.all(world.admin) if u.id == world.keeper.user_id)
    users.authenticate(world.keeper.username, PASSWORD)
    with pytest.raises(AuthenticationError):
        users.authenticate(world.keeper.username, "sai mật khẩu")
    changed = users.set_roles(world.admin, keeper.id, [Role.KEEPER, Role.CASHIER], keeper.version)
    assert set(changed.roles) == {Role.KEEPER, Role.CASHIER}


def _lock(world: World, username: str) -> None:
    for _ in range(LIMIT):
        with pytest.raises(AuthenticationError):
            world.services.users.authenticate(username, WRONG)
    assert _user(world, username).locked


def test_a_lock_expires_and_another_administrator_may_lift_it(world: World) -> None:
    """Five wrong passwords from anyone no longer lock the only administrator for ever."""
    users = world.services.users
    _lock(world, "admin")
    minutes = rules.value("security.lockout_minutes")
    with world.services.db.session() as session:  # the lock was taken that long ago
        admin = session.scalars(select(User).where(User.username == "admin")).one()
        assert admin.locked_at is not None
        admin.locked_at -= timedelta(minutes=minutes, seconds=1)
    assert users.authenticate("admin", PASSWORD).username == "admin"
    assert not _user(world, "admin").locked
    _lock(world, "u-keeper")
    with pytest.raises(PermissionDeniedError):
        users.unlock(world.officer, world.keeper.user_id or 0)
    assert users.unlock(world.admin, world.keeper.user_id or 0).locked is False
    assert users.authenticate("u-keeper", PASSWORD).username == "u-keeper"


def test_a_wrong_password_costs_the_same_whatever_the_account(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Active, locked, deactivated or unknown: one argon2 check each, the same refusal.

    Timed with the production parameters (the suite hashes with the cheapest): the accounts'
    hashes are made again with them, as the unknown name's dummy hash was."""
    from evidence_app.services.core import login as users_module

    monkeypatch.setattr(passwords, "_HASHER", PasswordHasher())
    with world.services.db.engine.begin() as conn:
        for name in ("u-officer", "u-keeper", "u-cashier"):
            conn.execute(
                text("UPDATE app_user SET password_hash = :h WHERE username = :u"),
                {"h": passwords.hash_password(PASSWORD), "u": name},
            )

    _lock(world, "u-keeper")
    view = _user(world, "u-cashier")
    world.services.users.deactivate(world.admin, view.id, view.version)
    checks: list[str] = []
    real = users_module.verify_password
    monkeypatch.setattr(
        users_module, "verify_password", lambda h, p: checks.append(p) or real(h, p)
    )
    for name in ("u-officer", "u-keeper", "u-cashier", "khong-co-ai"):
        with pytest.raises(AuthenticationError) as caught:
            world.services.users.authenticate(name, WRONG)
        assert type(caught.value) is AuthenticationError, name
    assert checks == [WRONG] * 4
    # The argon2 check dominates every path. The median of 15 processor times within 10 %
    # and the fastest wall times within 50 % (issue 17). Measured up to three times: another
    # worker on a 2-CPU machine can disturb one measurement at random, while a path that
    # skips argon2 costs a thousandth of the others every time.
    for _attempt in range(3):
        middle, wall = _login_costs(world)
        if _alike(middle, 1.1) and _alike(wall, 1.5):
            break
    assert _alike(middle, 1.1), middle
    assert _alike(wall, 1.5), wall


def _alike(costs: dict[str, float], ratio: float) -> bool:
    return max(costs.values()) < ratio * min(costs.values())


def _login_costs(world: World) -> tuple[dict[str, float], dict[str, float]]:
    """Each account's median processor time and fastest wall time of a failed login.

    Interleaved rounds: a busy machine (other workers, a commit's fsync) slows single
    attempts at random, never the account's own path. The processor time of the attempt
    (argon2 runs in this process) is what the path costs, whatever else the machine does;
    argon2's lanes run on threads, so single attempts vary, hence the median."""
    names = ("u-officer", "u-keeper", "u-cashier", "khong-co-ai")
    wall = dict.fromkeys(names, 1e9)
    cpu: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(15):
        for name in names:
            started, started_cpu = time.perf_counter(), time.process_time()
            with pytest.raises(AuthenticationError):
                world.services.users.authenticate(name, WRONG)
            wall[name] = min(wall[name], time.perf_counter() - started)
            cpu[name].append(time.process_time() - started_cpu)
        # The officer's right password clears his failures: never locked by the rounds.
        world.services.users.authenticate("u-officer", PASSWORD)
    return {name: statistics.median(times) for name, times in cpu.items()}, wall


def test_wrong_current_passwords_in_a_change_count_toward_the_lock(world: World) -> None:
    users = world.services.users
    for _ in range(LIMIT):
        with pytest.raises(AuthenticationError):
            users.change_own_password(world.officer, WRONG, "mot-cum-tu-moi-dai")
    assert _user(world, "u-officer").locked
    with pytest.raises(AccountLockedError):
        users.change_own_password(world.officer, PASSWORD, "mot-cum-tu-moi-dai")


@pytest.mark.parametrize(
    ("password", "key"),
    [
        ("12345678", "validation.password_common"),
        ("matkhau123", "validation.password_common"),
        ("P@ssw0rd", "validation.password_common"),
        ("aaaaaaaaaa", "validation.password_common"),
        ("abababab", "validation.password_common"),
        ("u-new-user-2026", "validation.password_has_name"),
        ("ngan", "validation.password_short"),
    ],
)
def test_the_password_policy_refuses_guessable_passwords(
    world: World, password: str, key: str
) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        world.services.users.create(world.admin, "u-new-user", "Tên", password, [Role.KEEPER])
    assert caught.value.key == key
    assert "{" not in caught.value.message("vi")
    if key != "validation.password_has_name":  # the keeper's name is another
        with pytest.raises(ValidationError):
            world.services.users.reset_password(world.admin, world.keeper.user_id or 0, password)
    assert snapshot(world.services) == before
    world.services.users.create(
        world.admin, "u-new-user", "Tên", "mot cum tu kho doan", [Role.KEEPER]
    )


def test_parallel_wrong_passwords_lock_the_account_at_the_limit_exactly(world: World) -> None:
    """40 guesses at once on PostgreSQL lost counts before (23 wrong, then the right one got
    in); the database now counts each one: four parallel guesses leave it open, the fifth
    locks it, and a storm of guesses then the right password finds it locked."""
    if world.services.db.dialect != "postgresql":
        pytest.skip("the storm is PostgreSQL's: SQLite runs one writer at a time")
    users = world.services.users

    def guess(_n: int) -> str:
        try:
            users.authenticate("u-keeper", WRONG)
        except AuthenticationError as exc:
            return type(exc).__name__
        return "logged in"

    with ThreadPoolExecutor(max_workers=LIMIT - 1) as pool:
        answers = list(pool.map(guess, range(LIMIT - 1)))
    assert answers == ["AuthenticationError"] * (LIMIT - 1)
    assert not _user(world, "u-keeper").locked
    assert guess(0) == "AuthenticationError"
    assert _user(world, "u-keeper").locked
    with pytest.raises(AccountLockedError):
        users.authenticate("u-keeper", PASSWORD)
    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(
            pool.map(lambda n: guess(n) if n % 2 else _login(users, "u-head"), range(40))
        )
    assert "logged in" not in answers[1::2]
    with pytest.raises(AccountLockedError):
        users.authenticate("u-keeper", PASSWORD)


def _login(users: Any, username: str) -> str:
    users.authenticate(username, PASSWORD)  # other accounts go on logging in meanwhile
    return "other"
