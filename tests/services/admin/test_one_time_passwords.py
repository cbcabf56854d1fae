"""A password an administrator types is for its owner's first login only, and a reset needs a
second administrator: no one person can set someone's password and then act in their name
(issue 17). Both databases; every refusal writes nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from evidence_app.domain.enums import (
    AdminEventKind,
    Category,
    ItemKind,
    ReleaseRequestPurpose,
    Role,
)
from evidence_app.domain.errors import (
    AuthenticationError,
    PasswordChangeRequiredError,
    ValidationError,
)
from evidence_app.services.catalogue import ItemDraft
from evidence_app.services.core.auth import Actor
from evidence_app.services.custody import Recipient, Witness
from tests.people import FIRST_PASSWORD
from tests.services.rows import snapshot
from tests.world import PASSWORD, World

OWN_PASSWORD = "mat-khau-cua-toi-2026"


def _draft(world: World) -> ItemDraft:
    return ItemDraft(ItemKind.EVIDENCE, Category.PHONE, "Điện thoại Samsung",
                     case_id=world.case.id, location_id=world.shelf_a.id)  # fmt: skip


def _every_act_refused(world: World, actor: Actor) -> None:
    """A keeper's work and a plain look at the catalogue are refused alike, writing nothing."""
    before = snapshot(world.services)
    for act in (
        lambda: world.services.items.receive(actor, _draft(world)),
        lambda: world.services.search.search(actor, "Samsung"),
        lambda: world.services.users.all(actor),
    ):
        with pytest.raises(PasswordChangeRequiredError) as refused:
            act()
        assert "đặt mật khẩu của riêng mình" in refused.value.message("vi")
        assert "set your own" in refused.value.message("en")
    assert snapshot(world.services) == before


def test_a_new_accounts_password_is_for_the_first_login_only(world: World) -> None:
    users = world.services.users
    users.create(world.admin, "thu-kho-moi", "Hoàng Văn Mới", FIRST_PASSWORD, [Role.KEEPER])
    first = users.authenticate("thu-kho-moi", FIRST_PASSWORD)
    assert first.password_one_time
    _every_act_refused(world, first)
    users.change_own_password(first, FIRST_PASSWORD, OWN_PASSWORD)
    owner = users.authenticate("thu-kho-moi", OWN_PASSWORD)
    assert not owner.password_one_time
    assert world.services.items.receive(first, _draft(world)).name == "Điện thoại Samsung"
    with pytest.raises(AuthenticationError):
        users.authenticate("thu-kho-moi", FIRST_PASSWORD)  # the administrator's is gone
    changed = users.admin_log(world.admin, limit=1)[0]
    assert changed.kind is AdminEventKind.PASSWORD_CHANGED and changed.data == {"first": True}
    assert changed.actor == "Hoàng Văn Mới"


def test_a_reset_needs_a_second_administrator_and_is_for_one_login(world: World) -> None:
    users = world.services.users
    keeper_id = world.keeper.user_id or 0
    second = world.second_admin()
    before = snapshot(world.services)
    refusals = (
        (None, "users.reset_needs_second_admin"),
        (world.witness(world.admin), "users.second_admin_same"),  # the one resetting
        (world.witness(world.head), "users.second_admin_not_admin"),
    )
    for witness, key in refusals:
        with pytest.raises(ValidationError) as refused:
            users.reset_password(world.admin, keeper_id, "mat-khau-moi-2026", witness)
        assert refused.value.key == key
    assert "quản trị viên thứ hai" in users_message(world, keeper_id)
    assert snapshot(world.services) == before
    assert users.authenticate(world.keeper.username, PASSWORD)  # the keeper's own still works
    users.reset_password(world.admin, keeper_id, "mat-khau-moi-2026", second)
    reset = users.admin_log(world.admin, limit=1)[0]
    assert reset.kind is AdminEventKind.PASSWORD_RESET and reset.actor == world.admin.full_name
    assert reset.data == {"confirmed_by": "u-admin-2"}
    with pytest.raises(AuthenticationError):
        users.authenticate(world.keeper.username, PASSWORD)
    # Whoever knows the new password (the two administrators) cannot work as the keeper with
    # it: the keeper's actor of before is refused too, the state is read from the database.
    as_keeper = users.authenticate(world.keeper.username, "mat-khau-moi-2026")
    assert as_keeper.password_one_time
    _every_act_refused(world, as_keeper)
    _every_act_refused(world, world.keeper)


def users_message(world: World, keeper_id: int) -> str:
    try:
        world.services.users.reset_password(world.admin, keeper_id, "mat-khau-moi-2026")
    except ValidationError as exc:
        return exc.message("vi")
    raise AssertionError("a reset without a second administrator went through")


def test_an_account_with_an_administrators_password_confirms_nothing(world: World) -> None:
    """Neither as the second person of dual control nor as the second administrator."""
    users, rr = world.services.users, world.services.release_requests
    users.create(world.admin, "ke-toan-moi", "Phan Thị Mới", FIRST_PASSWORD, [Role.ACCOUNTANT])
    users.create(world.admin, "quan-tri-moi", "Bùi Văn Mới", FIRST_PASSWORD, [Role.ADMIN])
    cash = world.receive("Tiền mặt 50.000.000 đồng", category=Category.CASH)
    purpose, owner = ReleaseRequestPurpose.RETURN_TO_OWNER, Recipient("Phạm Thị Dung", "")
    world.order_for([cash], purpose)
    r = rr.request(world.officer, world.case.id, [cash.id], purpose, owner)
    r = rr.approve(world.head, r.id, datetime.now(UTC), r.version)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as refused:
        rr.issue(world.keeper, r.id, cash.id, Witness("ke-toan-moi", FIRST_PASSWORD))
    assert refused.value.key == "witness.one_time_password"
    assert "Phan Thị Mới" in refused.value.message("vi")
    with pytest.raises(ValidationError) as refused:
        users.reset_password(world.admin, world.keeper.user_id or 0, "mat-khau-moi-2026",
                             Witness("quan-tri-moi", FIRST_PASSWORD))  # fmt: skip
    assert refused.value.key == "witness.one_time_password"
    assert snapshot(world.services) == before
    first = users.authenticate("ke-toan-moi", FIRST_PASSWORD)
    users.change_own_password(first, FIRST_PASSWORD, OWN_PASSWORD)
    issued = rr.issue(world.keeper, r.id, cash.id, Witness("ke-toan-moi", OWN_PASSWORD))
    line = issued.line(cash.code)
    assert line is not None and line.second_user_id == first.user_id
