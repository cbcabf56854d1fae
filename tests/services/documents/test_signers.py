"""Who signs a paper, from the users' roles (issue 20: names left blank under the blocks)."""

from __future__ import annotations

from evidence_app.domain.enums import Role
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.documents import role_holder
from tests.people import hire
from tests.world import PASSWORD, World


def _holder(world: World, role: Role, prefer: list[int | None] | None = None) -> str:
    with unit_of_work(world.services.db, read_only=True) as session:
        return role_holder(session, role, prefer or [])


def _deactivate(world: World, user_id: int) -> None:
    users = world.services.users
    view = next(u for u in users.all(world.admin) if u.id == user_id)
    users.deactivate(world.admin, user_id, view.version)


def test_the_head_signs_before_a_deputy_and_the_one_who_acted_first(world: World) -> None:
    s = world.services
    deputy = hire(s, world.admin, "u-pho", "Phạm Văn Phó", PASSWORD, [Role.HEAD],
                  position="Phó Trưởng phòng")  # fmt: skip
    _deactivate(world, world.head.user_id)
    chief = hire(s, world.admin, "u-truong", "Hoàng Văn Trưởng", PASSWORD, [Role.HEAD],
                 position="Trưởng phòng")  # fmt: skip
    assert deputy.user_id < chief.user_id
    assert _holder(world, Role.HEAD) == "Hoàng Văn Trưởng"
    assert _holder(world, Role.HEAD, [deputy.user_id]) == "Phạm Văn Phó"
    # someone who acted but does not hold the role is passed over
    assert _holder(world, Role.HEAD, [world.keeper.user_id]) == "Hoàng Văn Trưởng"


def test_no_active_holder_leaves_the_name_empty(world: World) -> None:
    assert _holder(world, Role.ACCOUNTANT) == world.accountant.full_name
    _deactivate(world, world.accountant.user_id)
    assert _holder(world, Role.ACCOUNTANT) == ""
