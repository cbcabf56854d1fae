"""The grants ``authorize`` reads are kept for the transaction (issue 21: the unit checks
after it ask nothing more), and forgotten as soon as a role, user or unit is written in it or
the transaction ends, so a change of roles always counts."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from db.models import Unit, UserRole
from evidence_app.domain.enums import Role
from evidence_app.domain.errors import OtherUnitError
from evidence_app.domain.permissions import Permission
from evidence_app.services.core.auth import GRANTS, authorize
from evidence_app.services.core.scope import check_unit, visible_unit_ids
from tests.services.core.test_units_sales import office
from tests.world import World


@contextmanager
def _counted(world: World) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    engine = world.services.db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_the_unit_checks_after_authorize_ask_nothing_more(world: World) -> None:
    kv = office(world)
    keeper = kv.people[Role.KEEPER]
    with world.services.db.session() as session, _counted(world) as seen:
        authorize(session, keeper, Permission.MOVE_ITEMS)
        assert len(seen) == 1
        check_unit(session, keeper, Permission.MOVE_ITEMS, kv.unit_id)
        assert visible_unit_ids(session, keeper) == frozenset({kv.unit_id})
        assert len(seen) == 1, seen[1:]
        with pytest.raises(OtherUnitError):
            check_unit(session, keeper, Permission.MOVE_ITEMS, kv.unit_id + 1000)
    # A new session reads them again.
    with world.services.db.session() as session:
        assert GRANTS not in session.info


def test_a_role_written_in_the_transaction_is_counted_at_once(world: World) -> None:
    kv = office(world)
    keeper = kv.people[Role.KEEPER]
    with world.services.db.session() as session:
        authorize(session, keeper, Permission.MOVE_ITEMS)
        other = Unit(code="KV9", name="Phòng Thi hành án dân sự khu vực 9", provincial=False)
        session.add(other)
        session.flush()
        assert GRANTS not in session.info  # a unit was written
        with pytest.raises(OtherUnitError):
            check_unit(session, keeper, Permission.MOVE_ITEMS, other.id)
        authorize(session, keeper, Permission.MOVE_ITEMS)
        session.add(UserRole(user_id=keeper.user_id, role=Role.KEEPER, unit_id=other.id))
        session.flush()
        check_unit(session, keeper, Permission.MOVE_ITEMS, other.id)  # no refusal
        session.rollback()
