"""Temporary releases (trích xuất): release, return, refusals and the overdue list."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import Category, EventKind, ItemStatus, ReleasePurpose, Role
from evidence_app.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from evidence_app.services.catalogue import CatalogueFilter
from evidence_app.services.core.auth import SYSTEM
from evidence_app.services.core.verify import verify_chains
from evidence_app.services.custody import CheckoutDraft
from tests.services.rows import execute, snapshot
from tests.world import PASSWORD, World


def _draft(world: World, days: int = 7) -> CheckoutDraft:
    return CheckoutDraft(
        requester_name="Trần Văn Bình",
        requesting_body="Tòa án nhân dân quận Hoàn Kiếm",
        purpose=ReleasePurpose.TRIAL,
        request_reference="Công văn số 123/TA ngày 20/11/2026",
        due_on=agency_today() + timedelta(days=days),
        responsible_user_id=world.officer.user_id,
    )


def _overdue_by(world: World, release_id: int, days: int) -> None:
    """Move a release's due date into the past, as time passing would."""
    due = agency_today() - timedelta(days=days)
    execute(
        world.services,
        "UPDATE temporary_release SET due_on = :due WHERE id = :id",
        due=due,
        id=release_id,
    )


def test_release_checks_items_out_with_one_event_each_naming_the_body(world: World) -> None:
    first, second = world.receive(), world.receive("Điện thoại Samsung")
    views = world.services.checkouts.release(world.keeper, [first.id, second.id], _draft(world))
    assert [v.item_id for v in views] == [first.id, second.id]
    assert views[0].responsible_name == world.officer.full_name
    assert views[0].from_location_id == world.shelf_a.id
    item = world.services.items.get(world.keeper, first.id)
    assert item.status is ItemStatus.CHECKED_OUT
    assert item.location_id is None
    event = world.services.items.history(world.keeper, first.id)[0]
    assert event.kind is EventKind.TEMPORARY_RELEASE
    assert event.status_after is ItemStatus.CHECKED_OUT
    assert event.counterpart is not None and "Tòa án nhân dân quận Hoàn Kiếm" in event.counterpart
    assert event.note is not None and "123/TA" in event.note
    assert world.services.checkouts.open_for(world.officer, first.id) == views[0]
    assert verify_chains(world.services.db, SYSTEM).intact


def test_return_puts_the_item_back_where_it_was_with_its_condition(world: World) -> None:
    item = world.receive()
    world.services.checkouts.release(world.keeper, [item.id], _draft(world))
    back = world.services.checkouts.return_items(
        world.keeper, item.id, "Còn nguyên niêm phong", True
    )
    assert back.returned_at is not None
    assert back.condition_ok is True and back.return_condition == "Còn nguyên niêm phong"
    stored = world.services.items.get(world.keeper, item.id)
    assert stored.status is ItemStatus.IN_STORAGE
    assert stored.location_id == world.shelf_a.id
    event = world.services.items.history(world.keeper, item.id)[0]
    assert event.kind is EventKind.RETURNED
    assert event.to_location_id == world.shelf_a.id
    assert world.services.checkouts.open_for(world.keeper, item.id) is None
    assert verify_chains(world.services.db, SYSTEM).intact


def test_return_to_another_location_when_one_is_given(world: World) -> None:
    item = world.receive()
    world.services.checkouts.release(world.keeper, [item.id], _draft(world))
    world.services.checkouts.return_items(
        world.keeper, item.id, "Trầy xước nhẹ", False, location_id=world.shelf_b.id
    )
    assert world.services.items.get(world.keeper, item.id).location_id == world.shelf_b.id


def test_release_of_an_item_not_in_storage_is_refused_and_writes_nothing(world: World) -> None:
    stored, received = world.receive(), world.receive(stored=False)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        world.services.checkouts.release(world.keeper, [stored.id, received.id], _draft(world))
    assert caught.value.key == "checkout.item_not_stored"
    assert received.code in caught.value.message("vi")
    assert snapshot(world.services) == before


def test_release_twice_is_refused(world: World) -> None:
    item = world.receive()
    world.services.checkouts.release(world.keeper, [item.id], _draft(world))
    with pytest.raises(ValidationError) as caught:
        world.services.checkouts.release(world.keeper, [item.id], _draft(world))
    assert caught.value.key == "checkout.item_not_stored"


def test_return_of_an_item_never_out_is_refused_with_a_clear_message(world: World) -> None:
    item = world.receive()
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        world.services.checkouts.return_items(world.keeper, item.id, "", True)
    assert caught.value.key == "checkout.not_out"
    assert "không đang được trích xuất" in caught.value.message("vi")
    assert "not out on a temporary release" in caught.value.message("en")
    assert snapshot(world.services) == before


def test_a_past_due_date_is_refused(world: World) -> None:
    item = world.receive()
    with pytest.raises(ValidationError) as caught:
        world.services.checkouts.release(world.keeper, [item.id], _draft(world, days=-1))
    assert caught.value.key == "checkout.past_due"
    today = world.services.checkouts.release(world.keeper, [item.id], _draft(world, days=0))
    assert today[0].due_on == agency_today()


@pytest.mark.parametrize("field", ["requester_name", "requesting_body", "request_reference"])
def test_a_missing_requester_body_or_reference_is_refused(world: World, field: str) -> None:
    item = world.receive()
    with pytest.raises(ValidationError) as caught:
        world.services.checkouts.release(
            world.keeper, [item.id], replace(_draft(world), **{field: "  "})
        )
    assert caught.value.key == "validation.required"


def test_no_items_an_unknown_item_or_an_item_twice_are_refused(world: World) -> None:
    item = world.receive()
    with pytest.raises(ValidationError):
        world.services.checkouts.release(world.keeper, [], _draft(world))
    with pytest.raises(NotFoundError):
        world.services.checkouts.release(world.keeper, [item.id, 999_999], _draft(world))
    with pytest.raises(ValidationError) as caught:
        world.services.checkouts.release(world.keeper, [item.id, item.id], _draft(world))
    assert caught.value.key == "checkout.duplicate_item"


def test_roles_without_custody_rights_may_not_release_or_return(world: World) -> None:
    item = world.receive()
    with pytest.raises(PermissionDeniedError):
        world.services.checkouts.release(world.officer, [item.id], _draft(world))
    world.services.checkouts.release(world.keeper, [item.id], _draft(world))
    with pytest.raises(PermissionDeniedError):
        world.services.checkouts.return_items(world.head, item.id, "", True)


def test_overdue_list_boundaries_due_today_is_not_overdue_due_yesterday_is(world: World) -> None:
    today_item, late_item, returned_item = world.receive(), world.receive(), world.receive()
    (on_time,) = world.services.checkouts.release(world.keeper, [today_item.id], _draft(world, 0))
    (late,) = world.services.checkouts.release(world.keeper, [late_item.id], _draft(world, 0))
    (back,) = world.services.checkouts.release(world.keeper, [returned_item.id], _draft(world, 0))
    _overdue_by(world, late.id, 1)
    _overdue_by(world, back.id, 5)
    world.services.checkouts.return_items(world.keeper, returned_item.id, "", True)
    overdue = world.services.checkouts.overdue(world.actors[Role.INSPECTOR])
    assert [c.item_id for c in overdue] == [late_item.id]
    assert overdue[0].days_overdue() == 1
    assert on_time.days_overdue() == 0
    later = world.services.checkouts.overdue(world.keeper, agency_today() + timedelta(days=1))
    assert {c.item_id for c in later} == {today_item.id, late_item.id}


def test_due_for_user_lists_only_what_that_officer_answers_for(world: World) -> None:
    mine, other = world.receive(), world.receive()
    world.services.checkouts.release(world.keeper, [mine.id], _draft(world))
    world.services.checkouts.release(
        world.keeper, [other.id], replace(_draft(world), responsible_user_id=None)
    )
    assert [c.item_id for c in world.services.checkouts.due_for_user(world.officer)] == [mine.id]
    assert world.services.checkouts.due_for_user(world.keeper) == []


def test_catalogue_overdue_also_holds_items_out_past_their_due_date(world: World) -> None:
    late_item, on_time_item = world.receive(), world.receive()
    (late,) = world.services.checkouts.release(world.keeper, [late_item.id], _draft(world, 0))
    world.services.checkouts.release(world.keeper, [on_time_item.id], _draft(world, 0))
    overdue = CatalogueFilter(overdue=True)
    assert list(world.services.catalogue.ids(world.keeper, overdue)) == []
    _overdue_by(world, late.id, 1)
    assert list(world.services.catalogue.ids(world.keeper, overdue)) == [late_item.id]
    world.services.checkouts.return_items(world.keeper, late_item.id, "", True)
    assert list(world.services.catalogue.ids(world.keeper, overdue)) == []


def test_dual_control_releasing_cash_needs_a_second_different_user(world: World) -> None:
    cash = world.receive("Tiền mặt 50.000.000 đồng", category=Category.CASH)
    phone = world.receive("Điện thoại Nokia", category=Category.PHONE)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.checkouts.release(world.keeper, [phone.id, cash.id], _draft(world))
    assert err.value.key == "release.second_user_required"
    with pytest.raises(ValidationError) as err:
        world.services.checkouts.release(
            world.keeper, [cash.id], _draft(world), second_actor=world.keeper
        )
    assert err.value.key == "release.second_user_same"
    assert snapshot(world.services) == before
    world.services.users.create(world.admin, "thu-kho-2", "Trần Văn Đức", PASSWORD, [Role.KEEPER])
    second = world.services.users.authenticate("thu-kho-2", PASSWORD)
    world.services.checkouts.release(
        world.keeper, [phone.id, cash.id], _draft(world), second_actor=second
    )
    event = world.services.items.history(world.keeper, cash.id)[0]
    assert event.note is not None and "Trần Văn Đức" in event.note
    assert event.actor_id == world.keeper.user_id
    phone_event = world.services.items.history(world.keeper, phone.id)[0]
    assert phone_event.note is not None and "Trần Văn Đức" not in phone_event.note
