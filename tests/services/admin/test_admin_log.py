"""Every user, role, password and setting change is an append-only, hash-chained event of the
administrators' record, which ``verify`` checks (issue 17), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from db.models import AdminEvent
from evidence_app.domain import rules
from evidence_app.domain.enums import AdminEventKind as K
from evidence_app.domain.enums import Role
from evidence_app.domain.errors import AuthenticationError, PermissionDeniedError
from evidence_app.services.core.verify import verify_chains
from tests.services.rows import snapshot, tamper
from tests.world import PASSWORD, World

NEW_PASSWORD = "kho-bac-moi-2026"


def _kinds_since(world: World, seq: int) -> list[tuple[K, str, str]]:
    """(kind, subject, actor's name) of the events after ``seq``, oldest first."""
    events = world.services.users.admin_log(world.admin)
    return [(e.kind, e.subject, e.actor) for e in reversed(events) if e.seq > seq]


def _last_seq(world: World) -> int:
    return world.services.users.admin_log(world.admin, limit=1)[0].seq


def test_every_user_role_password_and_setting_change_is_recorded(world: World) -> None:
    users, admin = world.services.users, world.admin
    second = world.second_admin()
    start = _last_seq(world)
    user = users.create(admin, "thu-kho-3", "Lê Văn Tám", PASSWORD, [Role.KEEPER])
    user = users.set_roles(admin, user.id, [Role.KEEPER, Role.CASHIER], user.version)
    users.reset_password(admin, user.id, NEW_PASSWORD, second)
    actor = users.authenticate("thu-kho-3", NEW_PASSWORD)
    users.change_own_password(actor, NEW_PASSWORD, PASSWORD)
    for _ in range(int(rules.value("security.lockout_attempts"))):
        with pytest.raises(AuthenticationError):
            users.authenticate("thu-kho-3", "doan-mo-mat-khau")
    user = users.unlock(admin, user.id)
    user = users.deactivate(admin, user.id, user.version)
    users.reactivate(admin, user.id, user.version)
    world.services.rules.set(admin, "sale.low_value_wage_multiple", 4)
    agency = world.services.agency.current()
    assert agency is not None
    world.services.agency.save(admin, agency.name, agency.managing_agency, "Hải Phòng")
    holiday = world.services.calendar.add(admin, date(2027, 9, 2), "Quốc khánh")
    world.services.calendar.deactivate(admin, holiday.id)

    name = admin.full_name
    assert _kinds_since(world, start) == [
        (K.USER_CREATED, "thu-kho-3", name),
        (K.ROLES_SET, "thu-kho-3", name),
        (K.PASSWORD_RESET, "thu-kho-3", name),
        (K.PASSWORD_CHANGED, "thu-kho-3", "Lê Văn Tám"),
        (K.ACCOUNT_LOCKED, "thu-kho-3", ""),  # by the system, after the failed logins
        (K.ACCOUNT_UNLOCKED, "thu-kho-3", name),
        (K.USER_DEACTIVATED, "thu-kho-3", name),
        (K.USER_REACTIVATED, "thu-kho-3", name),
        (K.RULE_SET, "sale.low_value_wage_multiple", name),
        (K.AGENCY_SAVED, agency.name, name),
        (K.HOLIDAY_ADDED, "2027-09-02", name),
        (K.HOLIDAY_REMOVED, "2027-09-02", name),
    ]
    events = {e.kind: e for e in world.services.users.admin_log(admin)}
    assert events[K.ROLES_SET].data == {"before": ["keeper"], "after": ["cashier", "keeper"]}
    assert events[K.RULE_SET].data == {"before": "", "after": "4"}
    assert events[K.PASSWORD_RESET].data == {"confirmed_by": "u-admin-2"}
    assert events[K.PASSWORD_CHANGED].data == {"first": True}  # the owner's own, after it
    # No secret is written: the log says a password changed, never what it became.
    log_text = repr(world.services.users.admin_log(admin))
    assert "argon2" not in log_text and NEW_PASSWORD not in log_text
    report = verify_chains(world.services.db, admin)
    assert report.intact and report.admin_events_checked == _last_seq(world)


def test_the_inspector_reads_the_log_a_keeper_does_not(world: World) -> None:
    assert world.services.users.admin_log(world.actors[Role.INSPECTOR])
    with pytest.raises(PermissionDeniedError):
        world.services.users.admin_log(world.keeper)


@pytest.mark.parametrize(
    "sql",
    [
        pytest.param("UPDATE admin_event SET subject = 'u-khac'", id="update"),
        pytest.param("DELETE FROM admin_event WHERE seq = 2", id="delete-one"),
        pytest.param("DELETE FROM admin_event", id="delete-all"),
    ],
)
def test_the_applications_connection_cannot_rewrite_the_log(world: World, sql: str) -> None:
    before = snapshot(world.services)
    with pytest.raises(DBAPIError) as refused, world.services.db.engine.begin() as conn:
        conn.execute(text(sql))
    assert "append-only" in str(refused.value)
    assert snapshot(world.services) == before


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        pytest.param(
            'UPDATE admin_event SET data = \'{"after":["admin","head"]}\' WHERE seq = 3',
            "verify.content_changed",
            id="roles-rewritten",
        ),
        pytest.param("DELETE FROM admin_event WHERE seq = 3", "verify.sequence_gap", id="deleted"),
        pytest.param(
            "UPDATE admin_event SET seq = seq + 1000 WHERE seq = 3",
            "verify.sequence_gap",
            id="moved",
        ),
    ],
)
def test_a_rewritten_log_is_named_by_verify(world: World, sql: str, reason: str) -> None:
    """Someone holding the file or the owner's password lifts the guards and rewrites the log:
    the chain no longer holds, and verify says where."""
    assert _last_seq(world) >= 4
    tamper(world.services, sql)
    report = verify_chains(world.services.db, world.admin)
    assert not report.intact
    assert report.admin_break is not None
    assert report.admin_break.seq == 3 or reason != "verify.content_changed"
    assert report.admin_break.reason == reason


def test_a_rewrite_with_recomputed_hashes_breaks_the_next_link(world: World) -> None:
    """A forger who rewrites one event and recomputes its hash still leaves the next event
    pointing at the old one."""
    from evidence_app.domain.chain import admin_event_content, event_hash

    table = AdminEvent.__table__
    with world.services.db.engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.seq == 2)).one()
    content = admin_event_content(
        seq=2, kind=row.kind, occurred_at=row.occurred_at, actor_id=row.actor_id,
        subject="u-gia-mao", data=None,
    )  # fmt: skip
    forged = event_hash(row.prev_hash, content)
    tamper(
        world.services,
        "UPDATE admin_event SET subject = 'u-gia-mao', data = NULL, hash = :h WHERE seq = 2",
        h=forged,
    )
    report = verify_chains(world.services.db, world.admin)
    assert report.admin_break is not None
    assert (report.admin_break.seq, report.admin_break.reason) == (3, "verify.previous_mismatch")
