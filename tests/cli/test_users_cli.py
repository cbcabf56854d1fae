"""``users unlock NAME``: the way back in when the only administrator is locked out (issue 17)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import User
from evidence_app.domain import rules
from evidence_app.domain.enums import AdminEventKind as K
from evidence_app.domain.errors import AccountLockedError, AuthenticationError
from tests.cli.test_cli import run
from tests.world import PASSWORD, World

WRONG = "khong-phai-mat-khau"


def _locked(world: World, username: str) -> bool:
    with world.services.db.session() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        return user.locked_at is not None


def test_users_unlock_lets_the_only_administrator_in_again_and_is_on_the_chain(
    world: World, db_url: str
) -> None:
    users = world.services.users
    for _ in range(int(rules.value("security.lockout_attempts"))):
        with pytest.raises((AuthenticationError, AccountLockedError)):
            users.authenticate("admin", WRONG)
    assert _locked(world, "admin")
    with pytest.raises(AccountLockedError):  # locked: even the right password is refused
        users.authenticate("admin", PASSWORD)
    start = users.admin_log(world.admin, limit=1)[0].seq
    world.services.close()

    done = run("users", "unlock", "admin", "--db", db_url)
    assert done.returncode == 0, done.stderr
    assert "Đã mở khóa tài khoản admin" in done.stdout
    done = run("--lang", "en", "users", "unlock", "admin", "--db", db_url)
    assert done.returncode == 0, done.stderr
    assert "Account admin unlocked" in done.stdout

    assert not _locked(world, "admin")
    assert world.services.users.authenticate("admin", PASSWORD).username == "admin"
    events = [e for e in world.services.users.admin_log(world.admin, limit=20) if e.seq > start]
    unlocks = [e for e in events if e.kind == K.ACCOUNT_UNLOCKED]
    assert len(unlocks) == 2
    assert all(e.subject == "admin" and e.actor == "" for e in unlocks)
    assert all(e.data == {"command": "users unlock"} for e in unlocks)
    world.services.close()
    verified = run("verify", "--db", db_url)  # the administrators' chain still links
    assert verified.returncode == 0, verified.stderr


def test_users_unlock_refuses_an_unknown_name_and_an_unknown_action_in_one_line(
    world: World, db_url: str
) -> None:
    before = len(world.services.users.admin_log(world.admin, limit=10_000))
    world.services.close()
    done = run("users", "unlock", "khong-co-ai", "--db", db_url, "--lang", "en")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "khong-co-ai" in lines[0] and "Traceback" not in done.stderr
    done = run("users", "delete", "admin", "--db", db_url)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    assert len(world.services.users.admin_log(world.admin, limit=10_000)) == before
