"""Temporary releases (trích xuất): out only on the head's release order (Decree 152 Art 37.3),
handover minutes out and back in 4 copies (Art 37.2.đ), refusals, and the overdue list."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import (
    Category,
    Disposition,
    DocumentKind,
    EventKind,
    ItemKind,
    ItemStatus,
    ReleasePurpose,
    ReleaseRequestPurpose,
    Role,
)
from evidence_app.domain.errors import (
    IllegalTransitionError,
    PermissionDeniedError,
    ValidationError,
)
from evidence_app.domain.states import check_transition
from evidence_app.services.catalogue import CaseDraft, CatalogueFilter, ItemDraft
from evidence_app.services.core.auth import SYSTEM
from evidence_app.services.core.verify import verify_chains
from evidence_app.services.custody import CheckoutService, CheckoutTerms, Recipient, Witness
from tests.documents.pdf_pages import page_texts
from tests.people import hire
from tests.services.rows import execute, snapshot
from tests.world import COURT, PASSWORD, World

TEMPORARY = ReleaseRequestPurpose.TEMPORARY_RELEASE
COURIER = Recipient("Trần Văn Bình", COURT)


def _terms(days: int = 7, **changes: object) -> CheckoutTerms:
    terms = CheckoutTerms(
        "123/TA ngày 20/11/2026", ReleasePurpose.TRIAL, agency_today() + timedelta(days=days)
    )
    return replace(terms, **changes)


def _request(world: World, item_ids: list[int], terms: CheckoutTerms | None, note: str = ""):
    return world.services.release_requests.request(
        world.officer, world.case.id, item_ids, TEMPORARY, COURIER, note, terms
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


def _pdf_text(world: World, document_id: int) -> str:
    return " ".join(page_texts(world.services.documents.pdf(world.keeper, document_id)))


def test_items_go_out_on_the_heads_order_with_minutes_in_four_copies(world: World) -> None:
    first, second = world.receive(), world.receive("Điện thoại Samsung")
    views = world.checkout([first.id, second.id])
    assert [v.item_id for v in views] == [first.id, second.id]
    assert views[0].responsible_name == world.officer.full_name
    assert views[0].from_location_id == world.shelf_a.id
    assert views[0].requesting_body == COURT and views[0].purpose is ReleasePurpose.TRIAL
    item = world.services.items.get(world.keeper, first.id)
    assert item.status is ItemStatus.CHECKED_OUT
    assert item.location_id is None
    history = world.services.items.history(world.keeper, first.id)
    event = history[0]
    assert event.kind is EventKind.TEMPORARY_RELEASE
    assert event.status_after is ItemStatus.CHECKED_OUT
    assert event.counterpart is not None and COURT in event.counterpart
    assert event.note is not None and "123/TA" in event.note
    # The head's approval and the keeper's scan came first, on the order.
    kinds = [e.kind for e in history[:3]]
    assert kinds == [
        EventKind.TEMPORARY_RELEASE,
        EventKind.RELEASE_ISSUED,
        EventKind.STATUS_CHANGED,
    ]
    request = world.services.release_requests.list(world.head)[0]
    kinds_issued = [d.kind for d in request.documents]
    assert kinds_issued == [
        DocumentKind.RELEASE_ORDER,
        DocumentKind.RELEASE_SLIP,
        DocumentKind.RELEASE_MINUTES,
    ]
    assert event.document_id == request.documents[2].id
    order = _pdf_text(world, request.documents[0].id)
    assert "trích xuất có thời hạn (phục vụ xét xử)" in order
    assert "Văn bản đề nghị trích xuất số 123/TA ngày 20/11/2026" in order
    minutes = _pdf_text(world, request.documents[2].id)
    due = f"{agency_today() + timedelta(days=7):%d/%m/%Y}"
    assert "TRÍCH XUẤT CÓ THỜI HẠN" in minutes.upper()
    assert f"chậm nhất ngày {due}" in minutes
    assert "04 bản" in minutes
    assert "tại Kho vật chứng số 1, Hà Nội" in minutes  # at the storage place (Art 37.3)
    assert world.services.checkouts.open_for(world.officer, first.id) == views[0]
    assert verify_chains(world.services.db, SYSTEM).intact


def test_no_temporary_release_without_the_heads_order(world: World) -> None:
    """The keeper alone has no way out: no release call, no request, no direct transition;
    an officer's request and the head's approval do not move the item out either."""
    item = world.receive()
    assert not hasattr(CheckoutService, "release")
    with pytest.raises(IllegalTransitionError):
        check_transition(ItemStatus.IN_STORAGE, ItemStatus.CHECKED_OUT)
    before = snapshot(world.services)
    with pytest.raises(PermissionDeniedError):
        world.services.release_requests.request(
            world.keeper, world.case.id, [item.id], TEMPORARY, COURIER, "", _terms()
        )
    assert snapshot(world.services) == before
    r = _request(world, [item.id], _terms())
    assert world.services.items.get(world.keeper, item.id).status is ItemStatus.IN_STORAGE
    with pytest.raises(ValidationError) as caught:
        world.services.release_requests.issue(world.keeper, r.id, item.id)
    assert caught.value.key == "release.wrong_status"
    with pytest.raises(PermissionDeniedError):
        world.services.release_requests.approve(
            world.officer, r.id, datetime.now(UTC) + timedelta(hours=1), r.version
        )
    r = world.services.release_requests.approve(world.head, r.id, datetime.now(UTC), r.version)
    assert world.services.items.get(world.keeper, item.id).status is ItemStatus.RELEASE_APPROVED
    with pytest.raises(ValidationError) as caught:
        world.services.release_requests.finish(world.keeper, r.id)
    assert caught.value.key == "release.not_all_issued"
    assert world.services.checkouts.open_for(world.keeper, item.id) is None


def test_a_temporary_release_needs_no_disposition_nor_enforcement_decision(world: World) -> None:
    """Items go to the trial before any judgment: neither the order nor the QĐ THA is asked."""
    case = world.services.cases.create(world.officer, CaseDraft("Vụ chưa xét xử", ""))
    item = world.services.items.receive(world.keeper, ItemDraft(
        kind=ItemKind.EVIDENCE, category=Category.VEHICLE, name="Xe đạp", case_id=case.id,
        location_id=world.shelf_a.id,
    ))  # fmt: skip
    assert item.disposition is Disposition.UNDECIDED
    r = world.services.release_requests.request(
        world.officer, case.id, [item.id], TEMPORARY, COURIER, "", _terms()
    )
    assert r.checkout == _terms()


def test_the_written_request_and_due_date_are_required_and_checked(world: World) -> None:
    item = world.receive()
    before = snapshot(world.services)
    cases: list[tuple[CheckoutTerms | None, str, str]] = [
        (None, "", "validation.required"),
        (_terms(reference="  "), "", "validation.required"),
        (_terms(days=-1), "", "checkout.past_due"),
        (_terms(purpose=ReleasePurpose.OTHER), "", "validation.required"),
    ]
    for terms, note, key in cases:
        with pytest.raises(ValidationError) as caught:
            _request(world, [item.id], terms, note)
        assert caught.value.key == key, terms
    with pytest.raises(ValidationError) as caught:
        world.services.release_requests.request(
            world.officer,
            world.case.id,
            [item.id],
            ReleaseRequestPurpose.RETURN_TO_OWNER,
            COURIER,
            "",
            _terms(),
        )
    assert caught.value.key == "checkout.terms_only_for_temporary"
    assert snapshot(world.services) == before
    today = _request(world, [item.id], _terms(days=0))
    assert today.checkout is not None and today.checkout.due_on == agency_today()


def test_the_head_cannot_fix_a_release_hour_after_the_due_date(world: World) -> None:
    item = world.receive()
    r = _request(world, [item.id], _terms(days=1))
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        world.services.release_requests.approve(
            world.head, r.id, datetime.now(UTC) + timedelta(days=3), r.version
        )
    assert caught.value.key == "checkout.due_before_release"
    assert snapshot(world.services) == before


def test_return_puts_the_item_back_with_its_condition_and_return_minutes(world: World) -> None:
    item = world.receive()
    world.checkout([item.id])
    back = world.services.checkouts.return_item(
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
    assert back.return_document_id is not None and event.document_id == back.return_document_id
    minutes = world.services.documents.get(world.keeper, back.return_document_id)
    assert minutes.kind is DocumentKind.RETURN_MINUTES
    order = world.services.release_requests.list(world.head)[0].documents[0]
    text = _pdf_text(world, back.return_document_id)
    assert "BIÊN BẢN NHẬN LẠI" in text
    assert f"Lệnh xuất kho số {order.number}" in text
    assert "Còn nguyên niêm phong" in text and "04 bản" in text
    assert "Trần Văn Bình" in text and world.keeper.full_name in text
    assert world.officer.full_name in text
    assert world.services.checkouts.open_for(world.keeper, item.id) is None
    assert verify_chains(world.services.db, SYSTEM).intact


def test_a_return_not_as_it_left_says_so_on_the_minutes(world: World) -> None:
    item = world.receive()
    world.checkout([item.id])
    back = world.services.checkouts.return_item(
        world.keeper, item.id, "Trầy xước nhẹ", False, location_id=world.shelf_b.id
    )
    assert world.services.items.get(world.keeper, item.id).location_id == world.shelf_b.id
    assert back.return_document_id is not None
    text = _pdf_text(world, back.return_document_id)
    assert "không đúng hiện trạng khi xuất" in text and "Trầy xước nhẹ" in text


def test_an_item_not_in_storage_is_not_requested(world: World) -> None:
    stored, received = world.receive(), world.receive(stored=False)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        _request(world, [stored.id, received.id], _terms())
    assert caught.value.key == "release.item_not_stored"
    assert received.code in caught.value.message("vi")
    assert snapshot(world.services) == before


def test_an_item_out_cannot_go_out_again(world: World) -> None:
    item = world.receive()
    world.checkout([item.id])
    with pytest.raises(ValidationError) as caught:
        _request(world, [item.id], _terms())
    assert caught.value.key == "release.item_not_stored"


def test_return_of_an_item_never_out_is_refused_with_a_clear_message(world: World) -> None:
    item = world.receive()
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as caught:
        world.services.checkouts.return_item(world.keeper, item.id, "", True)
    assert caught.value.key == "checkout.not_out"
    assert "không đang được trích xuất" in caught.value.message("vi")
    assert "not out on a temporary release" in caught.value.message("en")
    assert snapshot(world.services) == before


def test_roles_without_custody_rights_may_not_take_items_back(world: World) -> None:
    item = world.receive()
    world.checkout([item.id])
    before = snapshot(world.services)
    for role in (Role.HEAD, Role.OFFICER, Role.INSPECTOR):
        with pytest.raises(PermissionDeniedError):
            world.services.checkouts.return_item(world.actors[role], item.id, "", True)
    assert snapshot(world.services) == before


def test_overdue_list_boundaries_due_today_is_not_overdue_due_yesterday_is(world: World) -> None:
    today_item, late_item, returned_item = world.receive(), world.receive(), world.receive()
    (on_time,) = world.checkout([today_item.id], 0)
    (late,) = world.checkout([late_item.id], 0)
    (back,) = world.checkout([returned_item.id], 0)
    _overdue_by(world, late.id, 1)
    _overdue_by(world, back.id, 5)
    world.services.checkouts.return_item(world.keeper, returned_item.id, "", True)
    overdue = world.services.checkouts.overdue(world.actors[Role.INSPECTOR])
    assert [c.item_id for c in overdue] == [late_item.id]
    assert overdue[0].days_overdue() == 1
    assert on_time.days_overdue() == 0
    later = world.services.checkouts.overdue(world.keeper, agency_today() + timedelta(days=1))
    assert {c.item_id for c in later} == {today_item.id, late_item.id}


def test_due_for_user_lists_what_the_requesting_officer_answers_for(world: World) -> None:
    mine = world.receive()
    world.checkout([mine.id])
    assert [c.item_id for c in world.services.checkouts.due_for_user(world.officer)] == [mine.id]
    assert world.services.checkouts.due_for_user(world.keeper) == []


def test_catalogue_overdue_also_holds_items_out_past_their_due_date(world: World) -> None:
    late_item, on_time_item = world.receive(), world.receive()
    (late,) = world.checkout([late_item.id], 0)
    world.checkout([on_time_item.id], 0)
    overdue = CatalogueFilter(overdue=True)
    assert list(world.services.catalogue.ids(world.keeper, overdue)) == []
    _overdue_by(world, late.id, 1)
    assert list(world.services.catalogue.ids(world.keeper, overdue)) == [late_item.id]
    world.services.checkouts.return_item(world.keeper, late_item.id, "", True)
    assert list(world.services.catalogue.ids(world.keeper, overdue)) == []


def test_dual_control_issuing_cash_for_a_trial_needs_a_second_custody_user(world: World) -> None:
    cash = world.receive("Tiền mặt 50.000.000 đồng", category=Category.CASH)
    phone = world.receive("Điện thoại Nokia", category=Category.PHONE)
    r = _request(world, [phone.id, cash.id], _terms())
    rr = world.services.release_requests
    r = rr.approve(world.head, r.id, datetime.now(UTC), r.version)
    rr.issue(world.keeper, r.id, phone.id)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        rr.issue(world.keeper, r.id, cash.id)
    assert err.value.key == "release.second_user_required"
    with pytest.raises(ValidationError) as err:
        rr.issue(world.keeper, r.id, cash.id, world.witness(world.keeper))
    assert err.value.key == "release.second_user_same"
    assert snapshot(world.services) == before
    hire(world.services, world.admin, "thu-kho-2", "Trần Văn Đức", PASSWORD, [Role.KEEPER])
    rr.issue(world.keeper, r.id, cash.id, Witness("thu-kho-2", PASSWORD))
    done = rr.finish(world.keeper, r.id)
    issued = next(
        e
        for e in world.services.items.history(world.keeper, cash.id)
        if e.kind is EventKind.RELEASE_ISSUED
    )
    assert issued.note is not None and "Trần Văn Đức" in issued.note
    assert world.services.items.get(world.keeper, cash.id).status is ItemStatus.CHECKED_OUT
    assert "Trần Văn Đức" in _pdf_text(world, done.documents[2].id)


@pytest.mark.parametrize(
    "condition",
    [
        pytest.param("Ԕ" * 521, id="one-unbreakable-word"),
        pytest.param(("Trầy xước nhẹ ở ốp lưng, vỡ góc màn hình. " * 24)[:1000], id="1000-chars"),
    ],
)
def test_a_condition_too_long_for_its_column_still_prints_across_pages(
    world: World, condition: str
) -> None:
    """A row taller than a page (a long condition in a narrow column) made the return minutes
    fail with reportlab's LayoutError (found by the hostile-input test); such a row now
    splits across pages, and the minutes carry the whole text."""
    item = world.receive("Điện thoại Nokia")
    world.checkout([item.id])
    back = world.services.checkouts.return_item(world.keeper, item.id, condition, False)
    assert back.return_document_id is not None
    pdf = world.services.documents.pdf(world.keeper, back.return_document_id)
    text = "".join("".join(page_texts(pdf)).split())
    assert item.code in text
    if condition.startswith("Trầy"):  # the serif font has no glyph for "Ԕ": nothing to read
        assert "".join(condition.split())[:200] in text
