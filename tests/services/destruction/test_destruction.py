"""Destruction councils on both databases: set-up (≥3 members, one chair, a supervisor who
is not a member), items listed by scan or filter, each scanned at the destruction, the vote,
completion with the minutes; every refusal leaves nothing written."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from evidence_app.domain.clock import agency_today, day_start
from evidence_app.domain.enums import (
    Category,
    CouncilStatus,
    DestructionMethod,
    Disposition,
    DocumentKind,
    EventKind,
    ItemKind,
    ItemStatus,
    ReleaseRequestPurpose,
    Role,
    Vote,
)
from evidence_app.domain.errors import FinalStateError, PermissionDeniedError, ValidationError
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.deadlines import collect
from evidence_app.services.core.dto import ItemView
from evidence_app.services.core.verify import verify_chains
from evidence_app.services.custody import Recipient
from evidence_app.services.destruction import (
    CouncilDraft,
    CouncilView,
    Execution,
    MemberDraft,
    Supervisor,
)
from tests.documents.pdf_pages import page_images, page_texts
from tests.people import hire
from tests.services.rows import snapshot
from tests.world import PASSWORD, World

MEMBERS = (
    MemberDraft("Nguyễn Văn Hùng", "Chấp hành viên", "Phòng THADS khu vực 1", is_chair=True),
    MemberDraft("Trần Thị Lan", "Kế toán nghiệp vụ", "Phòng THADS khu vực 1"),
    MemberDraft("Lê Minh Tuấn", "Cán bộ", "Sở Tài chính thành phố Hà Nội"),
)
SUPERVISOR = Supervisor("Phạm Quốc Bảo", "Kiểm sát viên", "Viện kiểm sát nhân dân khu vực 1")
SHOTS = Path("/tmp/wt7-shots")


def _draft(members: tuple[MemberDraft, ...] = MEMBERS, on: date | None = None) -> CouncilDraft:
    return CouncilDraft("12/QĐ-THADS", on or agency_today(), members, SUPERVISOR)


def _doomed(world: World, name: str = "Dao găm", *, out: bool = True, **fields: object) -> ItemView:
    """An item ordered destroyed; ``out``: already issued to the council on the head's release
    order (Decree 152 Art 37.3), as the destruction needs."""
    fields.setdefault("condition", "Gỉ sét")
    item = world.receive(name, disposition=Disposition.DESTROY, **fields)  # type: ignore[arg-type]
    if out:
        world.exit_on_order([item.id], ReleaseRequestPurpose.TO_DESTRUCTION)
    return world.services.items.get(world.officer, item.id)


def _council(world: World, items: list[ItemView] = (), **kw: object) -> CouncilView:  # type: ignore[assignment]
    d = world.services.destruction
    council = d.set_up(world.officer, _draft(**kw))  # type: ignore[arg-type]
    for item in items:
        council = d.add_by_code(world.officer, council.id, item.code)
    return council


def _all_for(council: CouncilView) -> dict[int, Vote]:
    return {m.id: Vote.FOR for m in council.members}


def _run(hours_ago: int = 2) -> Execution:
    """A run that ended before now and began on the council's day (today, agency time)."""
    now = datetime.now(UTC)
    start = max(now - timedelta(hours=hours_ago), day_start(agency_today()))
    return Execution(DestructionMethod.BURN, "Bãi xử lý chất thải Nam Sơn", start,
                     min(start + timedelta(hours=1), now))  # fmt: skip


def _status(world: World, item: ItemView) -> ItemStatus:
    return world.services.items.get(world.officer, item.id).status


def test_a_council_runs_from_decision_to_minutes_and_items_are_destroyed(world: World) -> None:
    d = world.services.destruction
    knife, pills = _doomed(world), _doomed(world, "Hồng phiến 200 viên", category=Category.DRUGS)
    council = _council(world, [knife, pills])
    assert council.status is CouncilStatus.OPEN and [i.code for i in council.items] == [
        knife.code,
        pills.code,
    ]
    assert council.due_on == agency_today() + timedelta(days=20)
    assert _status(world, knife) is ItemStatus.AWAITING_DESTRUCTION
    d.record_contractor(world.officer, council.id, "Công ty Môi trường đô thị", "05/2026/HĐ")
    d.record_seen(world.officer, council.id, knife.code, "Gỉ sét, cán gãy")
    d.record_seen(world.officer, council.id, pills.code)
    d.record_vote(world.officer, council.id, _all_for(council))
    d.add_photo(world.officer, council.id, b"\xff\xd8\xff\xe0 jpeg", "image/jpeg", "Đốt")
    done = d.complete(world.officer, council.id, _run())
    assert done.status is CouncilStatus.COMPLETED and done.approved is True
    assert done.item(knife.code).condition == "Gỉ sét, cán gãy"  # type: ignore[union-attr]
    assert done.item(pills.code).condition == "Gỉ sét"  # type: ignore[union-attr]
    assert [doc.kind for doc in done.documents] == [DocumentKind.DESTRUCTION_MINUTES]
    assert done.documents[0].number.endswith("/BBTH-THADS")
    for item in (knife, pills):
        assert _status(world, item) is ItemStatus.DESTROYED
        last = world.services.items.history(world.officer, item.id)[0]
        assert last.kind is EventKind.STATUS_CHANGED and last.document_id == done.documents[0].id
    assert verify_chains(world.services.db, world.actors[Role.INSPECTOR]).intact


def test_the_minutes_name_every_member_and_every_item(world: World) -> None:
    d = world.services.destruction
    items = [_doomed(world, f"Dao tự chế số {n}") for n in range(1, 4)]
    members = (*MEMBERS, MemberDraft("Đỗ Thị Ngọc Ánh", "Thủ kho", "Kho vật chứng số 1"))
    council = _council(world, items, members=members)
    for item in items:
        d.record_seen(world.officer, council.id, item.code, "Còn nguyên")
    d.record_vote(world.officer, council.id, _all_for(council))
    done = d.complete(world.officer, council.id, _run())
    pdf = world.services.documents.pdf(world.officer, done.documents[0].id)
    text = unicodedata.normalize("NFC", " ".join(page_texts(pdf)))
    assert "BIÊN BẢN TIÊU HỦY" in text and "12/QĐ-THADS" in text
    for member in members:
        assert member.full_name in text
    assert SUPERVISOR.full_name in text and "Viện kiểm sát nhân dân cùng cấp" in text
    assert "Cơ quan tài chính cùng cấp" in text and "hồ sơ thi hành án" in text
    for item in items:
        assert item.code in text and item.name in text
    assert "Đốt cháy" in text and "Bãi xử lý chất thải Nam Sơn" in text
    assert "4/4 thành viên tán thành" in text
    SHOTS.mkdir(exist_ok=True)
    for n, image in enumerate(page_images(pdf, dpi=80), 1):
        image.save(SHOTS / f"minutes-{world.services.db.dialect}-{n}.png")


@pytest.mark.parametrize(
    ("members", "key"),
    [
        (MEMBERS[:2], "destruction.too_few_members"),
        ((MemberDraft("A Văn Một", "CHV", "THADS"), *MEMBERS[1:]), "destruction.chair_count"),
        (
            (*MEMBERS, MemberDraft("Hà Văn Hai", "CHV", "THADS", is_chair=True)),
            "destruction.chair_count",
        ),
        ((*MEMBERS, MemberDraft("Phạm Quốc Bảo", "CB", "VKS")), "destruction.supervisor_is_member"),
        ((*MEMBERS[:2], MemberDraft("", "Cán bộ", "Sở Tài chính")), "validation.required"),
    ],
)
def test_a_council_without_three_members_or_one_chair_is_refused(
    world: World, members: tuple[MemberDraft, ...], key: str
) -> None:
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.destruction.set_up(world.officer, _draft(members))
    assert err.value.key == key and err.value.message("vi") != key
    assert snapshot(world.services) == before


def test_an_item_not_ordered_for_destruction_is_refused(world: World) -> None:
    d = world.services.destruction
    council = _council(world)
    kept = world.receive("Xe máy Honda Wave", disposition=Disposition.RETURN_TO_OWNER)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        d.add_by_code(world.officer, council.id, kept.code)
    assert err.value.key == "disposition.mismatch"
    message = err.value.message("vi")
    for part in (kept.code, "Trả lại", "123/2026/HS-ST", "Tòa án nhân dân quận Hoàn Kiếm",
                 "Điều 59 Luật Thi hành án dân sự 2025"):  # fmt: skip
        assert part in message
    assert "Art 59" in err.value.message("en")
    with pytest.raises(ValidationError):
        d.add_items(world.officer, council.id, [kept.id])
    assert snapshot(world.services) == before and _status(world, kept) is ItemStatus.IN_STORAGE


def test_an_item_of_a_case_without_its_enforcement_decision_is_refused(world: World) -> None:
    """Ordered destroyed by the judgment, but the case has no QĐ THA yet (Art 58.2)."""
    d = world.services.destruction
    council = _council(world)
    undecided = CaseDraft("Vụ chưa có QĐ THA", "9/2026/HS-ST")
    case = world.services.cases.create(world.officer, undecided)
    item = world.services.items.receive(world.keeper, ItemDraft(
        kind=ItemKind.EVIDENCE, category=Category.WEAPON, name="Dao bấm", case_id=case.id,
        location_id=world.shelf_a.id,
    ))  # fmt: skip
    world.order([item], Disposition.DESTROY)
    before = snapshot(world.services)
    for attempt in (
        lambda: d.add_by_code(world.officer, council.id, item.code),
        lambda: d.add_items(world.officer, council.id, [item.id]),
    ):
        with pytest.raises(ValidationError) as err:
            attempt()
        assert err.value.key == "disposition.no_decision" and item.code in err.value.message("vi")
    with pytest.raises(ValidationError) as err:  # the filter finds nothing it may list
        d.add_by_filter(world.officer, council.id, case_id=case.id)
    assert snapshot(world.services) == before and _status(world, item) is ItemStatus.IN_STORAGE


def test_filters_list_only_items_ordered_destroyed_and_stored(world: World) -> None:
    d = world.services.destruction
    a = _doomed(world, "Ma túy đá 5 g", category=Category.DRUGS)
    _doomed(world, "Dao găm")  # another category
    world.receive("Heroin trả lại?", category=Category.DRUGS)  # not ordered destroyed
    _doomed(world, "Cần sa chưa cất", category=Category.DRUGS, stored=False, out=False)  # RECEIVED
    council = _council(world)
    listed = d.add_by_filter(world.officer, council.id, category=Category.DRUGS)
    assert [i.code for i in listed.items] == [a.code]
    with pytest.raises(ValidationError) as err:
        d.add_by_filter(world.officer, council.id, category=Category.DRUGS)
    assert err.value.key == "destruction.none_found"
    other = _council(world)
    with pytest.raises(ValidationError) as err:
        d.add_by_code(world.officer, other.id, a.code)
    assert err.value.key == "destruction.on_other_council"
    whole_case = d.add_by_filter(world.officer, other.id, case_id=world.case.id)
    assert len(whole_case.items) == 1  # the knife: the drugs are on the first council


def test_an_item_not_scanned_at_the_destruction_cannot_be_marked_destroyed(world: World) -> None:
    d = world.services.destruction
    seen, unseen = _doomed(world), _doomed(world, "Súng tự chế")
    council = _council(world, [seen, unseen])
    d.record_seen(world.officer, council.id, seen.code, "Gỉ")
    d.record_vote(world.officer, council.id, _all_for(council))
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        d.complete(world.officer, council.id, _run())
    assert err.value.key == "destruction.not_seen" and unseen.code in err.value.message("vi")
    assert seen.code not in err.value.message("en")
    assert snapshot(world.services) == before
    assert _status(world, unseen) is ItemStatus.AWAITING_DESTRUCTION
    withdrawn = d.withdraw(world.officer, council.id, unseen.id, "Chủ sở hữu đến nhận (Điều 41.5)")
    assert [i.code for i in withdrawn.items] == [seen.code]
    assert _status(world, unseen) is ItemStatus.IN_STORAGE
    done = d.complete(world.officer, council.id, _run())
    assert _status(world, seen) is ItemStatus.DESTROYED and done.status is CouncilStatus.COMPLETED
    assert _status(world, unseen) is ItemStatus.IN_STORAGE


def test_an_item_off_the_list_cannot_be_scanned_as_seen(world: World) -> None:
    d = world.services.destruction
    council = _council(world, [_doomed(world)])
    stranger = _doomed(world, "Lựu đạn")
    with pytest.raises(ValidationError) as err:
        d.record_seen(world.officer, council.id, stranger.code)
    assert err.value.key == "destruction.not_listed"


@pytest.mark.parametrize("category", [Category.DRUGS, Category.TOXIC_CHEMICAL, Category.EXPLOSIVE])
def test_hazardous_items_need_a_contracted_body(world: World, category: Category) -> None:
    d = world.services.destruction
    item = _doomed(world, "Vật chứng nguy hiểm", category=category)
    council = _council(world, [item])
    d.record_seen(world.officer, council.id, item.code, "Niêm phong nguyên vẹn")
    d.record_vote(world.officer, council.id, _all_for(council))
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        d.complete(world.officer, council.id, _run())
    assert err.value.key == "destruction.contractor_required" and item.code in str(err.value)
    assert snapshot(world.services) == before
    d.record_contractor(world.officer, council.id, "Công ty TNHH Xử lý chất thải Việt Úc")
    assert d.complete(world.officer, council.id, _run()).status is CouncilStatus.COMPLETED


def test_the_deadline_is_twenty_days_from_set_up(world: World) -> None:
    d = world.services.destruction
    today = agency_today()
    on_time = d.set_up(world.officer, _draft(on=today - timedelta(days=20)))
    late = d.set_up(world.officer, CouncilDraft("13/QĐ-THADS", today - timedelta(days=21),
                                                MEMBERS, SUPERVISOR))  # fmt: skip
    assert on_time.due_on == today and on_time.days_left(today) == 0
    assert not on_time.is_overdue(today) and on_time.is_overdue(today + timedelta(days=1))
    assert late.is_overdue(today) and late.days_left(today) == -1
    fresh = d.set_up(world.officer, _draft(on=today))
    with world.services.db.session(read_only=True) as session:
        found = collect(session, today, today)
    mine = [x for x in found if x.area == "destruction"]
    assert [(x.ref_id, x.due_on) for x in mine] == [
        (late.id, today - timedelta(days=1)),
        (on_time.id, today),
    ]
    assert mine[0].is_overdue(today) and "Điều 40.1" in mine[0].article
    assert fresh.id not in {x.ref_id for x in mine}


def test_destroyed_items_can_no_longer_change(world: World) -> None:
    d = world.services.destruction
    item = _doomed(world)
    council = _council(world, [item])
    d.record_seen(world.officer, council.id, item.code)
    d.record_vote(world.officer, council.id, _all_for(council))
    d.complete(world.officer, council.id, _run())
    current = world.services.items.get(world.officer, item.id)
    second = _council(world)
    before = snapshot(world.services)
    with pytest.raises(FinalStateError):
        world.services.items.move(world.keeper, item.id, world.shelf_b.id)
    with pytest.raises(ValidationError) as refused:
        world.services.moves.move_batch(world.keeper, [(item.id, None)], world.shelf_b.id)
    assert refused.value.key == "validation.item_not_stored"
    with pytest.raises(FinalStateError):
        world.services.items.edit(world.keeper, item.id, current.version, {"condition": "x"})
    with pytest.raises(FinalStateError):
        world.services.release_requests.request(
            world.officer, world.case.id, [item.id], ReleaseRequestPurpose.OTHER,
            Recipient("Phạm Thị Dung"),
        )  # fmt: skip
    with pytest.raises(FinalStateError):
        d.add_by_code(world.officer, second.id, item.code)
    with pytest.raises(ValidationError) as err:
        d.withdraw(world.officer, council.id, item.id, "Nhầm")
    assert err.value.key == "destruction.completed"
    assert snapshot(world.services) == before
    assert _status(world, item) is ItemStatus.DESTROYED


def _four(world: World) -> tuple[CouncilView, ItemView]:
    item = _doomed(world)
    four = (*MEMBERS, MemberDraft("Vũ Đức Thắng", "Cán bộ", "Công an quận"))
    council = _council(world, [item], members=four)
    world.services.destruction.record_seen(world.officer, council.id, item.code)
    return council, item


def test_a_tie_is_decided_by_the_chair(world: World) -> None:
    d = world.services.destruction
    council, item = _four(world)
    chair, *others = council.members
    assert chair.is_chair
    votes = {chair.id: Vote.FOR, others[0].id: Vote.FOR}
    votes |= {others[1].id: Vote.AGAINST, others[2].id: Vote.AGAINST}
    assert d.record_vote(world.officer, council.id, votes).approved is True
    votes |= {chair.id: Vote.AGAINST, others[0].id: Vote.FOR, others[1].id: Vote.FOR}
    votes[others[2].id] = Vote.AGAINST
    decided = d.record_vote(world.officer, council.id, votes)
    assert decided.approved is False  # 2–2, the chair against
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        d.complete(world.officer, council.id, _run())
    assert err.value.key == "destruction.not_approved"
    assert snapshot(world.services) == before and _status(world, item) is not ItemStatus.DESTROYED


def test_a_majority_of_all_members_decides_and_every_member_must_vote(world: World) -> None:
    d = world.services.destruction
    council, _item = _four(world)
    ids = [m.id for m in council.members]
    with pytest.raises(ValidationError) as err:
        d.record_vote(world.officer, council.id, {i: Vote.FOR for i in ids[:3]})
    assert err.value.key == "destruction.vote_incomplete" and "Vũ Đức Thắng" in str(err.value)
    three_of_four = {i: Vote.FOR for i in ids[:3]} | {ids[3]: Vote.AGAINST}
    assert d.record_vote(world.officer, council.id, three_of_four).approved is True
    one_of_four = {ids[0]: Vote.FOR} | {i: Vote.AGAINST for i in ids[1:]}
    assert d.record_vote(world.officer, council.id, one_of_four).approved is False


def test_a_member_in_an_items_custody_chain_is_flagged(world: World) -> None:
    item = _doomed(world, transferring_body="Công an quận Đống Đa - Trần Thị Lan")
    keeper = world.keeper
    members = (
        *MEMBERS,
        MemberDraft("Thủ kho Lý", "Thủ kho", "Kho vật chứng", user_id=keeper.user_id),
        MemberDraft("Hoàng Văn Độc Lập", "Cán bộ", "Sở Tài chính"),
    )
    council = _council(world, [item], members=members)
    flagged = {m.full_name: m.flagged_codes for m in council.members}
    assert flagged["Trần Thị Lan"] == (item.code,)  # the counterpart, by name
    assert flagged["Thủ kho Lý"] == (item.code,)  # received and put away by that user
    assert flagged["Hoàng Văn Độc Lập"] == () and flagged["Nguyễn Văn Hùng"] == ()


def test_only_officers_and_heads_manage_destruction(world: World) -> None:
    d = world.services.destruction
    before = snapshot(world.services)
    for role in (Role.KEEPER, Role.ACCOUNTANT, Role.COUNCIL_MEMBER, Role.INSPECTOR, Role.ADMIN):
        with pytest.raises(PermissionDeniedError):
            d.set_up(world.actors[role], _draft())
    assert snapshot(world.services) == before
    council = d.set_up(world.head, _draft())
    item = _doomed(world)
    actor: Actor = world.keeper
    with pytest.raises(PermissionDeniedError):
        d.add_by_code(actor, council.id, item.code)
    with pytest.raises(PermissionDeniedError):
        d.record_vote(actor, council.id, _all_for(council))
    assert d.get(actor, council.id).id == council.id  # everyone may look


def test_an_item_already_released_to_the_council_is_listed_and_relisted_unseen(
    world: World,
) -> None:
    d, rr = world.services.destruction, world.services.release_requests
    item = _doomed(world, "Pháo nổ tự chế", category=Category.WEAPON)
    to_council = ReleaseRequestPurpose.TO_DESTRUCTION
    recipient = Recipient("Trần Văn Hùng", "Hội đồng tiêu hủy")
    request = rr.request(world.officer, world.case.id, [item.id], to_council, recipient)
    rr.approve(world.head, request.id, datetime.now(UTC) + timedelta(days=1), request.version)
    assert _status(world, item) is ItemStatus.AWAITING_DESTRUCTION
    council = _council(world, [item])
    assert [i.code for i in council.items] == [item.code]
    d.record_seen(world.officer, council.id, item.code, "Còn nguyên")
    d.withdraw(world.officer, council.id, item.id, "Chủ sở hữu đến nhận")
    assert _status(world, item) is ItemStatus.IN_STORAGE
    again = d.add_by_code(world.officer, council.id, item.code)
    line = again.item(item.code)
    assert line is not None and not line.seen and line.condition == ""
    assert _status(world, item) is ItemStatus.AWAITING_DESTRUCTION


def test_no_destruction_of_an_item_not_issued_on_a_release_order(world: World) -> None:
    """Listed, seen and voted, but never issued from the warehouse on the head's order (D66,
    C05): the council cannot record it destroyed; once issued, it can."""
    d = world.services.destruction
    item = _doomed(world, "Dao găm tự chế", out=False)
    council = _council(world, [item])
    d.record_seen(world.officer, council.id, item.code)
    d.record_vote(world.officer, council.id, _all_for(council))
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        d.complete(world.officer, council.id, _run())
    assert err.value.key == "custody.no_release_order" and item.code in str(err.value)
    assert "Điều 37.3" in err.value.message("vi")
    assert snapshot(world.services) == before
    world.exit_on_order([item.id], ReleaseRequestPurpose.TO_DESTRUCTION)
    assert d.complete(world.officer, council.id, _run()).status is CouncilStatus.COMPLETED
    assert _status(world, item) is ItemStatus.DESTROYED


def test_the_keeper_who_booked_the_items_in_does_not_witness_their_destruction_alone(
    world: World,
) -> None:
    """Issue 17: a council member who booked the items in is refused at the destruction,
    naming them and the items; only the head may go ahead, with a reason recorded on each
    item's destruction event (the chain keeps who overrode and why)."""
    d = world.services.destruction
    knife = _doomed(world)  # booked in by world.keeper
    keeper = MemberDraft("Người dùng keeper", "Thủ kho", "Kho vật chứng số 1",
                         user_id=world.keeper.user_id)  # fmt: skip
    council = _council(world, [knife], members=(*MEMBERS, keeper))
    d.record_seen(world.officer, council.id, knife.code)
    d.record_vote(world.officer, council.id, _all_for(council))
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as refused:
        d.complete(world.officer, council.id, _run())
    assert refused.value.key == "destruction.member_booked_items"
    assert "Người dùng keeper" in refused.value.message(
        "vi"
    ) and knife.code in refused.value.message("vi")
    reason = "Kho chỉ có một thủ kho; đã có Kiểm sát viên giám sát"
    with pytest.raises(ValidationError) as refused:
        d.complete(world.officer, council.id, replace(_run(), override_reason=reason))
    assert refused.value.key == "destruction.override_head_only"
    assert snapshot(world.services) == before
    done = d.complete(world.head, council.id, replace(_run(), override_reason=reason))
    assert done.status is CouncilStatus.COMPLETED
    with world.services.db.engine.connect() as conn:
        data = conn.execute(
            text("SELECT data FROM custody_event WHERE item_id = :i ORDER BY seq DESC LIMIT 1"),
            {"i": knife.id},
        ).scalar_one()
    recorded = json.loads(data)
    assert recorded["member_conflicts"] == ["Người dùng keeper"]
    assert recorded["override_by"] == world.head.username
    assert recorded["override_reason"] == reason


def test_whoever_booked_an_item_in_does_not_record_its_destruction(world: World) -> None:
    """Issue 17: an officer who booked the item in cannot complete its destruction himself —
    nor, holding the head's role too, by giving the head's reason to go ahead (that covers a
    member's conflict, not the completer's own, Decree 152/2026 Art 40.1). Nothing is
    written; another officer completes it."""
    d = world.services.destruction
    chief = hire(world.services, world.admin, "chv-truong", "Hồ Văn Kiêm", PASSWORD,
                 [Role.OFFICER, Role.HEAD], "", world.second_admin())  # fmt: skip
    draft = ItemDraft(kind=ItemKind.EVIDENCE, category=Category.OTHER, name="Dao găm",
                      case_id=world.case.id, location_id=world.shelf_a.id)  # fmt: skip
    knife = world.services.items.receive(chief, draft)
    world.order([knife], Disposition.DESTROY)
    world.exit_on_order([knife.id], ReleaseRequestPurpose.TO_DESTRUCTION)
    council = _council(world, [world.services.items.get(world.officer, knife.id)])
    d.record_seen(world.officer, council.id, knife.code)
    d.record_vote(world.officer, council.id, _all_for(council))
    before = snapshot(world.services)
    reason = "Đã có Kiểm sát viên giám sát"
    for run in (_run(), replace(_run(), override_reason=reason)):
        with pytest.raises(ValidationError) as refused:
            d.complete(chief, council.id, run)
        assert refused.value.key == "destruction.own_booking"
        assert "Hồ Văn Kiêm" in refused.value.message("vi")
        assert knife.code in refused.value.message("en")
    assert snapshot(world.services) == before
    assert _status(world, knife) is ItemStatus.AWAITING_DESTRUCTION
    assert d.complete(world.officer, council.id, _run()).status is CouncilStatus.COMPLETED
