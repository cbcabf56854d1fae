"""Release requests on both databases: request → approve (D66, C05) → issue by scanning,
with dual control → finish (release minutes); every refusal leaves nothing written."""

from __future__ import annotations

import threading
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from evidence_app.domain.enums import (
    Category,
    DocumentKind,
    EventKind,
    ItemStatus,
    ReleaseRequestPurpose,
    ReleaseRequestStatus,
    Role,
)
from evidence_app.domain.errors import (
    AccountInactiveError,
    AuthenticationError,
    FinalStateError,
    PermissionDeniedError,
    StaleEditError,
    ValidationError,
)
from evidence_app.services.core.dto import ItemView
from evidence_app.services.core.verify import verify_chains
from evidence_app.services.custody import Recipient, ReleaseRequestView, Witness
from tests.documents.pdf_pages import page_images, page_texts, qr_texts
from tests.people import hire
from tests.services.rows import snapshot
from tests.world import PASSWORD, World

P = ReleaseRequestPurpose
OWNER = Recipient("Phạm Thị Dung", "")
#: A body receives for these purposes, and its name is required (the minutes name who signs).
BODY = Recipient("Đinh Công Tráng", "Sở Tài chính thành phố Hà Nội")


def _now() -> datetime:
    """The hour a test's head fixes: this minute, so the keeper may issue at once (no item
    leaves before the hour fixed, Decree 152/2026 Art 37.3)."""
    return datetime.now(UTC)


def _second_keeper(world: World) -> Witness:
    """Another keeper who types his own password at the moment of issue (dual control)."""
    hire(world.services, world.admin, "thu-kho-2", "Trần Văn Đức", PASSWORD, [Role.KEEPER])
    return Witness("thu-kho-2", PASSWORD)


def _who(purpose: P) -> Recipient:
    return OWNER if purpose in (P.RETURN_TO_OWNER, P.OTHER) else BODY


def _request(world: World, items: list[ItemView], purpose: P = P.RETURN_TO_OWNER
             ) -> ReleaseRequestView:  # fmt: skip
    world.order_for(items, purpose)
    return world.services.release_requests.request(
        world.officer, world.case.id, [i.id for i in items], purpose, _who(purpose), "Theo QĐ 45"
    )


def _approved(world: World, items: list[ItemView], purpose: P = P.RETURN_TO_OWNER
              ) -> ReleaseRequestView:  # fmt: skip
    r = _request(world, items, purpose)
    return world.services.release_requests.approve(world.head, r.id, _now(), r.version)


def _status(world: World, item: ItemView) -> ItemStatus:
    return world.services.items.get(world.officer, item.id).status


def test_full_release_request_approve_issue_finish_with_papers(world: World) -> None:
    rr = world.services.release_requests
    bike = world.receive("Xe máy Honda Wave")
    cash = world.receive("Tiền mặt 5.000.000 đồng", category=Category.CASH)
    r = _request(world, [bike, cash])
    assert r.status is ReleaseRequestStatus.REQUESTED and not r.documents
    assert _status(world, bike) is ItemStatus.IN_STORAGE  # untouched until approval
    at = _now()
    approved = rr.approve(world.head, r.id, at, r.version)
    assert approved.status is ReleaseRequestStatus.APPROVED
    assert approved.release_at == at and approved.decided_by == world.head.user_id
    assert [d.kind for d in approved.documents] == [
        DocumentKind.RELEASE_ORDER,
        DocumentKind.RELEASE_SLIP,
    ]
    assert approved.documents[0].number.endswith("/LXK-THADS")
    assert approved.documents[1].number.endswith("/PXK-THADS")
    assert _status(world, bike) is ItemStatus.RELEASE_APPROVED
    second = _second_keeper(world)
    rr.issue(world.keeper, r.id, bike.id)
    issued = rr.issue(world.keeper, r.id, cash.id, second)
    line = issued.line(cash.code)
    assert line is not None and line.second_user_id == _user_id(world, "thu-kho-2")
    assert line.issued_by == world.keeper.user_id and line.needs_second_user
    done = rr.finish(world.keeper, r.id)
    assert done.status is ReleaseRequestStatus.ISSUED
    assert done.documents[2].kind is DocumentKind.RELEASE_MINUTES
    assert _status(world, bike) is ItemStatus.RELEASED
    assert _status(world, cash) is ItemStatus.RELEASED
    history = world.services.items.history(world.officer, cash.id)
    kinds = [e.kind for e in history[:3]]
    assert kinds == [EventKind.STATUS_CHANGED, EventKind.RELEASE_ISSUED, EventKind.STATUS_CHANGED]
    assert "Trần Văn Đức" in (history[1].note or "")
    assert history[0].document_id == done.documents[2].id
    assert verify_chains(world.services.db, world.actors[Role.INSPECTOR]).intact


def test_release_papers_read_their_case_and_items_and_check_against_the_database(
    world: World, tmp_path: Path
) -> None:
    rr = world.services.release_requests
    bike = world.receive("Xe máy Honda Wave biển số 29-Đ1 123.45")
    r = _approved(world, [bike], P.CONFISCATION_HANDOVER)
    rr.issue(world.keeper, r.id, bike.id)
    done = rr.finish(world.keeper, r.id)
    titles = {
        DocumentKind.RELEASE_ORDER: "LỆNH XUẤT KHO",
        DocumentKind.RELEASE_SLIP: "PHIẾU XUẤT KHO",
        DocumentKind.RELEASE_MINUTES: "BIÊN BẢN GIAO NHẬN",
    }
    for view in done.documents:
        pdf = world.services.documents.pdf(world.officer, view.id)
        text = unicodedata.normalize("NFC", " ".join(page_texts(pdf)))
        assert titles[view.kind] in text, view.kind
        assert "Trộm cắp tài sản – Lê Văn Cường" in text
        assert "Xe máy Honda Wave biển số 29-Đ1 123.45" in text and bike.code in text
        assert f"Số: {view.number}" in text
        images = page_images(pdf, dpi=200)
        images[0].save(tmp_path / f"{view.kind}-{world.services.db.dialect}.png")
        check = world.services.documents.check(world.officer, qr_texts(images[0])[0])
        assert check.ok and check.paper_checked, (view.number, check.problems)


@pytest.mark.parametrize(
    ("purpose", "state"),
    [
        (P.TO_AUCTION, ItemStatus.AWAITING_AUCTION),
        (P.TO_DESTRUCTION, ItemStatus.AWAITING_DESTRUCTION),
        (P.OTHER, ItemStatus.RELEASE_APPROVED),
    ],
)
def test_approval_moves_items_to_the_state_the_purpose_leads_to(
    world: World, purpose: P, state: ItemStatus
) -> None:
    item = world.receive()
    r = _approved(world, [item], purpose)
    assert _status(world, item) is state
    world.services.release_requests.issue(world.keeper, r.id, item.id)
    world.services.release_requests.finish(world.keeper, r.id)
    final = ItemStatus.RELEASED if state is ItemStatus.RELEASE_APPROVED else state
    assert _status(world, item) is final


def test_each_step_refuses_the_wrong_role_and_writes_nothing(world: World) -> None:
    rr = world.services.release_requests
    item = world.receive()
    before = snapshot(world.services)
    for role in (Role.KEEPER, Role.HEAD, Role.INSPECTOR, Role.ADMIN):
        with pytest.raises(PermissionDeniedError):
            rr.request(world.actors[role], world.case.id, [item.id], P.OTHER, OWNER)
    assert snapshot(world.services) == before
    r = _request(world, [item])
    for role in (Role.OFFICER, Role.KEEPER, Role.ACCOUNTANT):
        with pytest.raises(PermissionDeniedError):
            rr.approve(world.actors[role], r.id, _now(), r.version)
        with pytest.raises(PermissionDeniedError):
            rr.reject(world.actors[role], r.id, "Không đủ căn cứ", r.version)
    r = rr.approve(world.head, r.id, _now(), r.version)
    for role in (Role.OFFICER, Role.HEAD, Role.CASHIER):
        with pytest.raises(PermissionDeniedError):
            rr.issue(world.actors[role], r.id, item.id)
    rr.issue(world.keeper, r.id, item.id)
    with pytest.raises(PermissionDeniedError):
        rr.finish(world.head, r.id)
    assert rr.get(world.officer, r.id).status is ReleaseRequestStatus.APPROVED


def test_an_item_not_on_the_order_is_refused(world: World) -> None:
    rr = world.services.release_requests
    on_order, other = world.receive("Điện thoại Samsung"), world.receive("Máy tính xách tay")
    r = _approved(world, [on_order])
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        rr.issue(world.keeper, r.id, other.id)
    assert err.value.key == "release.not_on_order" and other.code in err.value.message("vi")
    assert snapshot(world.services) == before
    with pytest.raises(ValidationError) as err:
        rr.finish(world.keeper, r.id)
    assert err.value.key == "release.not_all_issued"


DUAL = [
    Category.CASH, Category.FOREIGN_CURRENCY, Category.PRECIOUS_METAL, Category.JEWELLERY,
    Category.GEMSTONE, Category.ANTIQUE, Category.DRUGS, Category.WEAPON, Category.EXPLOSIVE,
]  # fmt: skip


@pytest.mark.parametrize("category", DUAL)
def test_dual_control_needs_a_second_different_user(world: World, category: Category) -> None:
    rr = world.services.release_requests
    item = world.receive("Vật chứng kiểm soát", category=category)
    r = _approved(world, [item])
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        rr.issue(world.keeper, r.id, item.id)
    assert err.value.key == "release.second_user_required"
    with pytest.raises(ValidationError) as err:
        rr.issue(world.keeper, r.id, item.id, world.witness(world.keeper))
    assert err.value.key == "release.second_user_same"
    assert snapshot(world.services) == before
    done = rr.issue(world.keeper, r.id, item.id, world.witness(world.head))
    line = done.line(item.code)
    assert line is not None and line.second_user_id == world.head.user_id


def test_items_in_a_final_or_other_state_cannot_be_requested(world: World) -> None:
    rr = world.services.release_requests
    item = world.receive()
    r = _approved(world, [item])
    with pytest.raises(ValidationError) as err:  # already on an open request
        _request(world, [item])
    assert err.value.key == "release.item_not_stored"
    rr.issue(world.keeper, r.id, item.id)
    rr.finish(world.keeper, r.id)
    with pytest.raises(FinalStateError):
        _request(world, [item])
    unstored = world.receive(stored=False)
    with pytest.raises(ValidationError) as err:
        _request(world, [unstored])
    assert err.value.key == "release.item_not_stored"
    with pytest.raises(ValidationError) as err:
        rr.issue(world.keeper, r.id, item.id)  # the request is finished
    assert err.value.key == "release.wrong_status"


def test_an_item_on_an_open_request_cannot_be_requested_twice(world: World) -> None:
    item = world.receive()
    first = _request(world, [item])
    with pytest.raises(ValidationError) as err:
        _request(world, [item])
    assert err.value.key == "release.item_on_open_request"
    assert str(first.id) in err.value.message("en")


def test_reject_with_a_reason_leaves_the_items_stored(world: World) -> None:
    rr = world.services.release_requests
    item = world.receive()
    r = _request(world, [item])
    with pytest.raises(ValidationError):
        rr.reject(world.head, r.id, "   ", r.version)
    rejected = rr.reject(world.head, r.id, "Chưa có quyết định thi hành án", r.version)
    assert rejected.status is ReleaseRequestStatus.REJECTED
    assert rejected.reject_reason == "Chưa có quyết định thi hành án"
    assert _status(world, item) is ItemStatus.IN_STORAGE and not rejected.documents
    with pytest.raises(ValidationError):
        rr.approve(world.head, r.id, _now(), rejected.version)
    assert _request(world, [item]).status is ReleaseRequestStatus.REQUESTED


def test_a_decision_on_a_stale_version_is_refused(world: World) -> None:
    rr = world.services.release_requests
    r = _request(world, [world.receive()])
    rr.reject(world.head, r.id, "Sai người nhận", r.version)
    with pytest.raises(StaleEditError):
        rr.approve(world.head, r.id, _now(), r.version)


def test_the_hour_and_date_must_be_in_the_future(world: World) -> None:
    r = _request(world, [world.receive()])
    with pytest.raises(ValidationError) as err:
        world.services.release_requests.approve(
            world.head, r.id, datetime.now(UTC) - timedelta(hours=1), r.version
        )
    assert err.value.key == "release.release_at_past"


def test_items_of_another_case_are_refused(world: World) -> None:
    from evidence_app.services.catalogue import CaseDraft

    other = world.services.cases.create(world.officer, CaseDraft(name="Vụ khác"))
    item = world.receive()
    with pytest.raises(ValidationError) as err:
        world.services.release_requests.request(world.officer, other.id, [item.id], P.OTHER, OWNER)
    assert err.value.key == "release.item_not_in_case"


def test_requests_are_listed_by_status(world: World) -> None:
    rr = world.services.release_requests
    a = _request(world, [world.receive("Một")])
    b = _approved(world, [world.receive("Hai")])
    listed = rr.list(world.keeper, ReleaseRequestStatus.APPROVED)
    assert [x.id for x in listed] == [b.id]
    assert {x.id for x in rr.list(world.keeper)} == {a.id, b.id}


@pytest.mark.parametrize("role", [Role.INSPECTOR, Role.OFFICER, Role.COUNCIL_MEMBER, Role.ADMIN])
def test_only_a_custody_role_can_be_the_second_person(world: World, role: Role) -> None:
    """The read-only inspector (or an officer, a council member, the administrator) is no
    witness to an issue of cash: refused, nothing written; an accountant is accepted."""
    rr = world.services.release_requests
    cash = world.receive("Tiền mặt 50.000.000 đồng", category=Category.CASH)
    r = _approved(world, [cash])
    hire(world.services, world.admin, "nguoi-2", "Lê Thị Hoa", PASSWORD, [role])
    witness = Witness("nguoi-2", PASSWORD)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        rr.issue(world.keeper, r.id, cash.id, witness)
    assert err.value.key == "release.second_user_role"
    assert "Lê Thị Hoa" in err.value.message("vi")
    assert snapshot(world.services) == before
    done = rr.issue(world.keeper, r.id, cash.id, world.witness(world.accountant))
    line = done.line(cash.code)
    assert line is not None and line.second_user_id == world.accountant.user_id


@pytest.mark.parametrize(
    "purpose", [P.CONFISCATION_HANDOVER, P.TO_AUCTION, P.TO_DESTRUCTION, P.TEMPORARY_RELEASE]
)
def test_a_body_receives_and_must_be_named(world: World, purpose: P) -> None:
    """The finance body or commune People's Committee takes the confiscated items (Law Art
    57.1); the minutes are signed by its representative, so the body is named on the request."""
    item = world.receive()
    if purpose is not P.TEMPORARY_RELEASE:
        world.order_for([item], purpose)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.release_requests.request(
            world.officer, world.case.id, [item.id], purpose, Recipient("Đinh Công Tráng", " ")
        )
    assert err.value.key == "validation.required"
    assert "cơ quan" in err.value.message("vi").lower()
    assert snapshot(world.services) == before


def test_one_person_holding_every_role_completes_no_two_duties_of_a_release(world: World) -> None:
    """Separation of duties rests on the service, not on the roles a person holds: whoever
    requests neither approves nor issues; whoever approves does not issue. Each refusal
    writes nothing; other people complete the release."""
    rr = world.services.release_requests
    roles = [Role.OFFICER, Role.HEAD, Role.KEEPER]
    second = world.second_admin()
    all_roles = hire(world.services, world.admin, "ca-ba", "Vũ Văn Ba Vai", PASSWORD, roles, "",
                     second)  # fmt: skip
    item = world.receive()
    world.order_for([item], P.RETURN_TO_OWNER)
    r = rr.request(all_roles, world.case.id, [item.id], P.RETURN_TO_OWNER, OWNER)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        rr.approve(all_roles, r.id, _now(), r.version)
    assert err.value.key == "release.own_request"
    assert "Vũ Văn Ba Vai" in err.value.message("vi") and "phê duyệt" in err.value.message("vi")
    assert snapshot(world.services) == before
    r = rr.approve(world.head, r.id, _now(), r.version)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        rr.issue(all_roles, r.id, item.id)
    assert err.value.key == "release.own_request" and "issue" in err.value.message("en")
    assert snapshot(world.services) == before
    rr.issue(world.keeper, r.id, item.id)
    with pytest.raises(ValidationError) as err:
        rr.finish(all_roles, r.id)
    assert err.value.key == "release.own_request"
    assert rr.finish(world.keeper, r.id).status is ReleaseRequestStatus.ISSUED


def test_whoever_asked_does_not_reject_his_own_request(world: World) -> None:
    """Deciding is one duty whichever way it goes: an officer who is also head neither
    approves nor rejects what he asked for (he would otherwise choose which of his requests
    any other head ever sees). Another head decides."""
    rr = world.services.release_requests
    roles, second = [Role.OFFICER, Role.HEAD], world.second_admin()
    officer_head = hire(
        world.services, world.admin, "cv-tt", "Phan Văn Hai Ghế", PASSWORD, roles, "", second
    )
    item = world.receive()
    world.order_for([item], P.RETURN_TO_OWNER)
    r = rr.request(officer_head, world.case.id, [item.id], P.RETURN_TO_OWNER, OWNER)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        rr.reject(officer_head, r.id, "Tự thấy chưa đủ căn cứ", r.version)
    assert err.value.key == "release.own_request"
    assert "từ chối" in err.value.message("vi") and "reject" in err.value.message("en")
    assert snapshot(world.services) == before
    assert rr.reject(world.head, r.id, "Chưa đủ căn cứ", r.version).status is (
        ReleaseRequestStatus.REJECTED
    )


def test_whoever_approved_does_not_issue(world: World) -> None:
    rr = world.services.release_requests
    roles, second = [Role.HEAD, Role.KEEPER], world.second_admin()
    head_keeper = hire(
        world.services, world.admin, "tt-kho", "Lý Thị Hai Vai", PASSWORD, roles, "", second
    )
    other = world.receive()
    world.order_for([other], P.RETURN_TO_OWNER)
    mine = rr.request(world.officer, world.case.id, [other.id], P.RETURN_TO_OWNER, OWNER)
    mine = rr.approve(head_keeper, mine.id, _now(), mine.version)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        rr.issue(head_keeper, mine.id, other.id)
    assert err.value.key == "release.own_approval" and "Lý Thị Hai Vai" in str(err.value)
    assert snapshot(world.services) == before
    rr.issue(world.keeper, mine.id, other.id)


def _user_id(world: World, username: str) -> int:
    return next(u.id for u in world.services.users.all(world.admin) if u.username == username)


def test_the_second_person_is_checked_by_the_service_not_trusted_from_the_caller(
    world: World,
) -> None:
    """A witness is a name and a password the service checks itself: a wrong password, a
    locked or deactivated account issues nothing (the wrong password counts toward the lock,
    as at the login screen); the account's own password does."""
    rr = world.services.release_requests
    cash = world.receive("Tiền mặt 50.000.000 đồng", category=Category.CASH)
    r = _approved(world, [cash])
    before = snapshot(world.services)
    with pytest.raises(AuthenticationError):
        rr.issue(world.keeper, r.id, cash.id, Witness(world.accountant.username, "doan-bua-thoi"))
    after = snapshot(world.services)
    assert {t for t in after if after[t] != before[t]} == {"app_user"}  # the attempt, counted
    with world.services.db.engine.connect() as conn:
        failed = conn.execute(
            text("SELECT failed_attempts FROM app_user WHERE username = 'u-accountant'")
        ).scalar_one()
    assert failed == 1
    cashier = next(u for u in world.services.users.all(world.admin) if u.username == "u-cashier")
    world.services.users.deactivate(world.admin, cashier.id, cashier.version)
    before = snapshot(world.services)
    with pytest.raises(AccountInactiveError):
        rr.issue(world.keeper, r.id, cash.id, world.witness(world.actors[Role.CASHIER]))
    assert snapshot(world.services) == before
    done = rr.issue(world.keeper, r.id, cash.id, world.witness(world.accountant))
    line = done.line(cash.code)
    assert line is not None and line.second_user_id == world.accountant.user_id


def test_two_officers_asking_for_the_same_item_at_once_make_one_request(world: World) -> None:
    """On PostgreSQL two requests for one item at the same moment both succeeded; the item is
    now locked while a request is written, so the second officer is refused. Six items, four
    officers asking for each at once: one open request per item (SQLite: one writer anyway)."""
    rr = world.services.release_requests
    items = [world.receive(f"Xe máy số {n}") for n in range(6)]
    world.order_for(items, P.RETURN_TO_OWNER)
    barrier = threading.Barrier(4)

    def ask(item: ItemView) -> str:
        barrier.wait()
        try:
            rr.request(world.officer, world.case.id, [item.id], P.RETURN_TO_OWNER, OWNER)
        except ValidationError as exc:
            return exc.key
        return "requested"

    for item in items:
        with ThreadPoolExecutor(max_workers=4) as pool:
            answers = sorted(pool.map(ask, [item] * 4))
        assert answers == ["release.item_on_open_request"] * 3 + ["requested"], item.code
    assert sorted(len(r.lines) for r in rr.list(world.officer)) == [1] * 6
