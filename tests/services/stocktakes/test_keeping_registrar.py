"""Who registers a keeper (issue 19): the enforcement officer who leaves the items signs the
service contract with the keeper (Law 106/2025 Art 40.1.c; Decree 152/2026 Art 24.3), so
whoever may leave items (officer, store keeper) registers one, as whoever manages warehouses
(administrator, head) does; the keeping place is of his own unit; every other role is
refused in words, writing nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import Warehouse
from evidence_app.domain.enums import CustodianKind, Role
from evidence_app.domain.errors import NoneOfPermissionsError
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.uow import unit_of_work
from tests.services.rows import snapshot
from tests.world import PASSWORD, World

MAY = {Role.ADMIN, Role.HEAD, Role.OFFICER, Role.KEEPER}
WORDS = {
    "vi": ("giao vật chứng, tài sản cho người khác bảo quản", "quản lý kho và vị trí"),
    "en": ("leave items with a keeper", "manage warehouses and locations"),
}


def _office_officer(world: World, unit_id: int, name: str) -> Actor:
    """An officer holding his role in ``unit_id`` only."""
    s = world.services
    s.users.create(world.admin, name, name, "mat-khau-lan-dau-2026", [Role.OFFICER],
                   unit_id=unit_id)  # fmt: skip
    first = s.users.authenticate(name, "mat-khau-lan-dau-2026")
    s.users.change_own_password(first, "mat-khau-lan-dau-2026", PASSWORD)
    return s.users.authenticate(name, PASSWORD)


@pytest.mark.parametrize("role", list(Role))
def test_each_role_registers_a_keeper_or_is_refused_writing_nothing(
    world: World, role: Role
) -> None:
    actor = world.actors[role]
    before = snapshot(world.services)
    s = world.services.keeping
    if role in MAY:
        made = s.add_keeper(actor, CustodianKind.THIRD_PARTY, "Bãi giữ xe Minh Phát", "Số 5")
        assert made.code == "GBQ0001" and made.kind is CustodianKind.THIRD_PARTY
        assert [k.id for k in s.keepers(actor)] == [made.id]
        assert snapshot(world.services) != before
        return
    with pytest.raises(NoneOfPermissionsError) as refused:
        s.add_keeper(actor, CustodianKind.OWNER, "Nguyễn Văn Chủ", "Số 1")
    for lang, labels in WORDS.items():
        message = refused.value.message(lang)
        assert actor.username in message and all(words in message for words in labels)
    assert snapshot(world.services) == before


def test_an_office_officers_keeper_is_of_his_office(world: World) -> None:
    """A regional office's officer registers the keeper of his own office (Law 106/2025
    Art 13-14): his office sees it, another office does not."""
    s, admin = world.services, world.admin
    mine = s.units.create(admin, "KV2", "Phòng Thi hành án dân sự khu vực 2")
    other = s.units.create(admin, "KV3", "Phòng Thi hành án dân sự khu vực 3")
    officer, stranger = (_office_officer(world, unit.id, name) for unit, name in
                         ((mine, "kv2-chv"), (other, "kv3-chv")))  # fmt: skip
    made = s.keeping.add_keeper(officer, CustodianKind.OWNER, "Nguyễn Văn Chủ", "Thôn Đông")
    with unit_of_work(s.db, read_only=True) as session:
        unit_id = session.scalar(select(Warehouse.unit_id).where(Warehouse.id == made.id))
    assert unit_id == mine.id
    assert [k.id for k in s.keeping.keepers(officer)] == [made.id]
    assert s.keeping.keepers(stranger) == []
