"""Every role × every permission, through a real service call that needs it.

One world per backend; each role tries each operation on fresh data, and every mismatch
with the matrix is reported at once.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import (
    Category,
    CustodianKind,
    Disposition,
    ItemKind,
    LocationKind,
    PartyRole,
    ReleaseRequestPurpose,
    Role,
    StocktakeKind,
)
from evidence_app.domain.errors import AccountInactiveError, PermissionDeniedError
from evidence_app.domain.labels import label
from evidence_app.domain.ledger_periods import PeriodKind
from evidence_app.domain.permissions import MATRIX, Permission, is_allowed, permissions_of
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from evidence_app.services.core.auth import SYSTEM, Actor
from evidence_app.services.core.dto import ItemView
from evidence_app.services.core.verify import verify_chains
from evidence_app.services.custody import (
    BodyKeeper,
    DispositionOrder,
    Recipient,
    ReleaseRequestView,
)
from evidence_app.services.destruction import CouncilDraft, MemberDraft, Supervisor
from evidence_app.services.outcomes import Paper, PaymentDraft, RecordView
from evidence_app.services.reports import ClosingSigners
from evidence_app.services.stocktakes import Handover
from tests.people import hire
from tests.services.auctions.steps import AUCTION_1, BUYER, contracted_lot, notices, use_clock
from tests.services.rows import snapshot
from tests.world import JUDGMENT, PASSWORD, World

_counter = itertools.count(1)


def _item(world: World, *, stored: bool = True) -> ItemView:
    """A fresh item booked in by the system, so preparing it needs no role."""
    draft = ItemDraft(
        kind=ItemKind.EVIDENCE,
        category=Category.PHONE,
        name=f"Điện thoại số {next(_counter)}",
        case_id=world.case.id,
        location_id=world.shelf_a.id if stored else None,
    )
    return world.services.items.receive(SYSTEM, draft)


def _ordered(world: World, disposition: Disposition) -> ItemView:
    """A fresh stored item whose disposition the judgment ordered (recorded by the system)."""
    item = _item(world)
    order = DispositionOrder(disposition, JUDGMENT)
    return world.services.dispositions.record(SYSTEM, [item.id], order)[0]


def _returned_item(world: World) -> ItemView:
    return _ordered(world, Disposition.RETURN_TO_OWNER)


def _record_disposition(w: World, a: Actor, item: ItemView) -> object:
    order = DispositionOrder(Disposition.CONFISCATE, JUDGMENT)
    return w.services.dispositions.record(a, [item.id], order)


@dataclass(frozen=True)
class Operation:
    permission: Permission
    name: str
    prepare: Callable[[World], Any]
    run: Callable[[World, Actor, Any], object]
    writes: bool = True
    #: Another permission that allows the operation as well (either one suffices).
    also: Permission | None = None

    def allowed(self, role: Role) -> bool:
        return bool({self.permission, self.also} & MATRIX[role])


def _no_prep(world: World) -> None:
    return None


def _create_user(w: World, a: Actor, _: Any) -> object:
    return w.services.users.create(
        a, f"nv-{next(_counter)}", "Trần Văn Bình", PASSWORD, [Role.CASHIER]
    )


def _save_agency(w: World, a: Actor, _: Any) -> object:
    return w.services.agency.save(a, f"THADS tỉnh số {next(_counter)}", "Bộ Tư pháp", "Huế")


def _create_warehouse(w: World, a: Actor, _: Any) -> object:
    return w.services.warehouses.create(
        a, f"K{next(_counter)}", "Kho phụ", CustodianKind.POLICE, address="Huế"
    )


def _add_location(w: World, a: Actor, _: Any) -> object:
    return w.services.warehouses.add_location(
        a, w.warehouse.id, f"Ô {next(_counter)}", LocationKind.BIN, parent_id=w.shelf_a.id
    )


def _create_case(w: World, a: Actor, _: Any) -> object:
    return w.services.cases.create(a, CaseDraft(name=f"Vụ việc số {next(_counter)}"))


def _add_party(w: World, a: Actor, _: Any) -> object:
    return w.services.cases.add_party(a, w.case.id, PartyRole.CREDITOR, "Hoàng Văn Em")


def _update_case(w: World, a: Actor, _: Any) -> object:
    case = w.services.cases.get(SYSTEM, w.case.id)
    kept = {f.name: getattr(case, f.name) for f in fields(CaseDraft) if f.name != "name"}
    draft = CaseDraft(name=f"{w.case.name} ({next(_counter)})", **kept)
    return w.services.cases.update(a, case.id, case.version, draft)


def _receive(w: World, a: Actor, _: Any) -> object:
    draft = ItemDraft(kind=ItemKind.EVIDENCE, category=Category.OTHER, name="Túi xách")
    return w.services.items.receive(a, draft)


def _edit(w: World, a: Actor, item: ItemView) -> object:
    return w.services.items.edit(a, item.id, item.version, {"condition": "Màn hình vỡ"})


def _move(w: World, a: Actor, item: ItemView) -> object:
    return w.services.items.move(a, item.id, w.shelf_b.id, item.version)


def _put_away(w: World, a: Actor, item: ItemView) -> object:
    return w.services.items.put_away(a, item.id, w.shelf_b.id, item.version)


def _get(w: World, a: Actor, item: ItemView) -> object:
    assert w.services.items.get(a, item.id).id == item.id
    return None


def _by_code(w: World, a: Actor, item: ItemView) -> object:
    assert w.services.items.by_code(a, item.code).id == item.id
    return None


def _search(w: World, a: Actor, item: ItemView) -> object:
    assert item.id in {hit.id for hit in w.services.search.search(a, item.name)}
    return None


def _history(w: World, a: Actor, item: ItemView) -> object:
    assert len(w.services.items.history(a, item.id)) == item.event_count
    return None


def _print_labels(w: World, a: Actor, item: ItemView) -> object:
    return w.services.labels.item_labels(a, [item.code], "zpl", "50x30", deliver=len)


def _location_labels(w: World, a: Actor, _: Any) -> object:
    return w.services.labels.location_labels(a, [w.shelf_a.id], "zpl", "50x30")


def _verify(w: World, a: Actor, _: Any) -> object:
    assert verify_chains(w.services.db, a).intact
    return None


_SOON = datetime.now(UTC) + timedelta(days=1)


def _release_request(world: World) -> ReleaseRequestView:
    """A stored item on a fresh release request, made by the system."""
    item = _returned_item(world)
    return world.services.release_requests.request(
        SYSTEM, world.case.id, [item.id], ReleaseRequestPurpose.RETURN_TO_OWNER,
        Recipient("Phạm Thị Dung"),
    )  # fmt: skip


def _fresh_warehouse(world: World) -> int:
    """A warehouse of its own, so each role's stocktake is the only open one there."""
    return world.services.warehouses.create(
        SYSTEM, f"KK{next(_counter)}", "Kho kiểm kê", CustodianKind.AGENCY
    ).id


def _start_stocktake(w: World, a: Actor, warehouse_id: int) -> object:
    return w.services.stocktakes.start(a, warehouse_id, StocktakeKind.AD_HOC)


def _approved_request(world: World) -> ReleaseRequestView:
    r = _release_request(world)
    # This minute: the keeper may issue at once, never before the hour (Decree 152 Art 37.3).
    return world.services.release_requests.approve(SYSTEM, r.id, datetime.now(UTC), r.version)


def _request_release(w: World, a: Actor, item: ItemView) -> object:
    return w.services.release_requests.request(
        a, w.case.id, [item.id], ReleaseRequestPurpose.RETURN_TO_OWNER, Recipient("Phạm Thị Dung")
    )


def _approve_release(w: World, a: Actor, r: ReleaseRequestView) -> object:
    return w.services.release_requests.approve(a, r.id, _SOON, r.version)


def _issue_release(w: World, a: Actor, r: ReleaseRequestView) -> object:
    return w.services.release_requests.issue(a, r.id, r.lines[0].item_id)


def _set_up_council(w: World, a: Actor, _: Any) -> object:
    members = (
        MemberDraft("Nguyễn Văn Hùng", "Chấp hành viên", "THADS", is_chair=True),
        MemberDraft("Trần Thị Lan", "Kế toán", "THADS"),
        MemberDraft("Lê Minh Tuấn", "Cán bộ", "Sở Tài chính"),
    )
    supervisor = Supervisor("Phạm Quốc Bảo", "Kiểm sát viên", "Viện kiểm sát nhân dân")
    draft = CouncilDraft(f"{next(_counter)}/QĐ-THADS", agency_today(), members, supervisor)
    return w.services.destruction.set_up(a, draft)


def _lot_item(world: World) -> ItemView:
    use_clock(world, date(2026, 11, 6))
    return _ordered(world, Disposition.AUCTION)


def _create_lot(w: World, a: Actor, item: ItemView) -> object:
    return w.services.auctions.create_lot(a, w.case.id, [item.id], seized_on=date(2026, 11, 2))


def _sold_lot(world: World) -> int:
    auctions = world.services.auctions
    lot = contracted_lot(world)
    auctions.today.day = date(2026, 11, 17)  # type: ignore[attr-defined]
    lot = auctions.schedule_round(
        SYSTEM, lot.id, AUCTION_1, posted_on=date(2026, 11, 17), notices=notices(date(2026, 11, 17))
    )
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    return auctions.record_winner(SYSTEM, lot.id, BUYER, 100_000_000).id


def _record_payment(w: World, a: Actor, lot_id: int) -> object:
    return w.services.auctions.record_payment(a, lot_id, 1_000_000, AUCTION_1)


_years = itertools.count(1950)


def _fresh_year(_world: World) -> int:
    """A working year of its own, so each role's closing is of a quarter nobody closed."""
    return next(_years)


def _close_ledger(w: World, a: Actor, year: int) -> object:
    signers = ClosingSigners("Ngô Văn Trưởng", "Trần Văn Toán", "Lê Thị Kho", "Phạm Thị Quỹ")
    return w.services.ledger_closing.close(
        a, "evidence_ledger", year, PeriodKind.QUARTER, 1, signers
    )


def _decided_case(world: World) -> int:
    draft = CaseDraft(
        name=f"Vụ số {next(_counter)}", decision_date=agency_today() - timedelta(days=10),
        amount_to_enforce=10_000_000,
    )  # fmt: skip
    return world.services.cases.create(SYSTEM, draft).id


def _result_draft() -> PaymentDraft:
    day = agency_today() - timedelta(days=1)
    return PaymentDraft(1_000_000, day, Paper("BL-01", day, "Thi hành án dân sự"))


def _record_result(w: World, a: Actor, case_id: int) -> object:
    return w.services.case_results.record_payment(a, case_id, _result_draft())


def _pending_result(world: World) -> RecordView:
    return world.services.case_results.record_payment(SYSTEM, _decided_case(world), _result_draft())


def _confirm_result(w: World, a: Actor, record: RecordView) -> object:
    return w.services.case_results.confirm(a, record)


def _keeper_and_item(w: World) -> tuple[int, int]:
    """An owner to keep an item stored on our shelf (Law 106/2025 Art 40.1.a)."""
    keeper = w.services.keeping.add_keeper(w.keeper, CustodianKind.OWNER, "Nguyễn Văn Chủ", "Số 1")
    return keeper.id, _item(w).id


def _add_keeper(w: World, a: Actor, _: Any) -> object:
    return w.services.keeping.add_keeper(a, CustodianKind.OWNER, f"Chủ số {next(_counter)}", "Số 1")


def _leave_with_keeper(w: World, a: Actor, prepared: tuple[int, int]) -> object:
    # An officer names himself on the minutes he draws up (Decree 152/2026 Art 24.4).
    mine = Role.OFFICER in a.roles and not a.is_system
    officer = a.user_id if mine else w.officer.user_id
    handover = Handover(officer, BodyKeeper("Nguyễn Văn Chủ"))
    return w.services.keeping.leave(a, prepared[0], [prepared[1]], handover)


P = Permission
OPERATIONS = [
    Operation(P.VIEW, "items.get", _item, _get, writes=False),
    Operation(P.VIEW, "items.by_code", _item, _by_code, writes=False),
    Operation(P.VIEW, "items.history", _item, _history, writes=False),
    Operation(P.VIEW, "search", _item, _search, writes=False),
    Operation(P.MANAGE_USERS, "users.create", _no_prep, _create_user),
    Operation(P.MANAGE_SETTINGS, "agency.save", _no_prep, _save_agency),
    Operation(P.MANAGE_WAREHOUSES, "warehouses.create", _no_prep, _create_warehouse),
    Operation(P.MANAGE_WAREHOUSES, "warehouses.add_location", _no_prep, _add_location),
    Operation(P.MANAGE_CASES, "cases.create", _no_prep, _create_case),
    Operation(P.MANAGE_CASES, "cases.add_party", _no_prep, _add_party),
    Operation(P.MANAGE_CASES, "cases.update", _no_prep, _update_case),
    Operation(P.RECEIVE_ITEMS, "items.receive", _no_prep, _receive),
    Operation(P.EDIT_ITEMS, "items.edit", _item, _edit),
    Operation(P.MOVE_ITEMS, "items.move", _item, _move),
    Operation(P.MOVE_ITEMS, "items.put_away", lambda w: _item(w, stored=False), _put_away),
    Operation(P.RECORD_CUSTODY, "labels.item_labels", _item, _print_labels),
    Operation(P.MANAGE_WAREHOUSES, "labels.location_labels", _no_prep, _location_labels, False),
    Operation(P.VERIFY, "verify_chains", _no_prep, _verify, writes=False),
    Operation(P.DECIDE_DISPOSITION, "dispositions.record", _item, _record_disposition),
    Operation(P.REQUEST_RELEASE, "release_requests.request", _returned_item, _request_release),
    Operation(P.APPROVE_RELEASE, "release_requests.approve", _release_request, _approve_release),
    Operation(P.ISSUE_RELEASE, "release_requests.issue", _approved_request, _issue_release),
    Operation(P.MANAGE_DESTRUCTION, "destruction.set_up", _no_prep, _set_up_council),
    Operation(P.STOCKTAKE, "stocktakes.start", _fresh_warehouse, _start_stocktake),
    Operation(P.CLOSE_LEDGER, "ledger_closing.close", _fresh_year, _close_ledger),
    Operation(P.MANAGE_AUCTIONS, "auctions.create_lot", _lot_item, _create_lot),
    Operation(P.RECORD_SALE_PAYMENT, "auctions.record_payment", _sold_lot, _record_payment),
    Operation(P.RECORD_CASE_RESULT, "case_results.record_payment", _decided_case, _record_result),
    Operation(P.CONFIRM_CASE_RESULT, "case_results.confirm", _pending_result, _confirm_result),
    Operation(P.LEAVE_WITH_KEEPER, "keeping.leave", _keeper_and_item, _leave_with_keeper),
    # The officer signs the keeper's service contract (Decree 152/2026 Art 24.3).
    Operation(
        P.LEAVE_WITH_KEEPER, "keeping.add_keeper", _no_prep, _add_keeper, also=P.MANAGE_WAREHOUSES
    ),
]


def test_every_permission_has_an_operation_and_every_role_a_row() -> None:
    assert {op.permission for op in OPERATIONS} == set(Permission)
    assert set(MATRIX) == set(Role)
    assert all(Permission.VIEW in MATRIX[role] for role in Role)


def test_every_role_and_permission_pair_is_enforced_by_the_services(world: World) -> None:
    mismatches: list[str] = []
    checked = 0
    for role, op in itertools.product(Role, OPERATIONS):
        actor = world.actors[role]
        allowed = op.allowed(role)
        prepared = op.prepare(world)
        before = snapshot(world.services)
        outcome = f"{role.value} × {op.permission.value} ({op.name})"
        try:
            op.run(world, actor, prepared)
        except PermissionDeniedError as refused:
            if allowed:
                mismatches.append(f"{outcome}: refused but the matrix grants it")
            for lang in ("vi", "en"):
                message = refused.message(lang)
                named = [label(p, lang) for p in (op.permission, op.also) if p is not None]
                if actor.username not in message or not all(n in message for n in named):
                    mismatches.append(f"{outcome}: unclear refusal {message!r}")
            if snapshot(world.services) != before:
                mismatches.append(f"{outcome}: refused but something was written")
        else:
            if not allowed:
                mismatches.append(f"{outcome}: succeeded but the matrix refuses it")
            changed = snapshot(world.services) != before
            if changed != op.writes:
                mismatches.append(f"{outcome}: wrote {changed}, expected {op.writes}")
        checked += 1
    assert checked == len(Role) * len(OPERATIONS)
    assert not mismatches, "\n".join(mismatches)


def test_the_system_actor_may_do_everything(world: World) -> None:
    for op in OPERATIONS:
        op.run(world, SYSTEM, op.prepare(world))


def test_a_deactivated_user_is_refused_everything(world: World) -> None:
    keeper = world.keeper
    granted = [op for op in OPERATIONS if op.allowed(Role.KEEPER)]
    prepared = [op.prepare(world) for op in granted]
    view = next(u for u in world.services.users.all(world.admin) if u.id == keeper.user_id)
    world.services.users.deactivate(world.admin, keeper.user_id or 0, view.version)
    before = snapshot(world.services)
    for op, ready in zip(granted, prepared, strict=True):
        with pytest.raises(AccountInactiveError) as caught:
            op.run(world, keeper, ready)
        assert keeper.username in caught.value.message("vi")
        assert keeper.username in caught.value.message("en")
    assert snapshot(world.services) == before
    with pytest.raises(AccountInactiveError):
        world.services.users.authenticate(keeper.username, PASSWORD)


def test_a_role_change_applies_to_the_next_call_of_an_open_session(world: World) -> None:
    officer = world.officer
    _create_case(world, officer, None)
    view = next(u for u in world.services.users.all(world.admin) if u.id == officer.user_id)
    world.services.users.set_roles(world.admin, view.id, [Role.INSPECTOR], view.version)
    assert Role.OFFICER in officer.roles  # the session's Actor still says officer
    before = snapshot(world.services)
    with pytest.raises(PermissionDeniedError):
        _create_case(world, officer, None)
    assert snapshot(world.services) == before
    assert verify_chains(world.services.db, officer).intact  # inspectors may verify


def test_a_user_with_several_roles_has_the_union_of_their_permissions(world: World) -> None:
    roles = [Role.CASHIER, Role.KEEPER]
    actor = hire(world.services, world.admin, "thu-quy-kho", "Đỗ Thị Giang", PASSWORD, roles)
    assert permissions_of(roles) == MATRIX[Role.KEEPER] | MATRIX[Role.CASHIER]
    assert is_allowed(roles, Permission.MOVE_ITEMS)
    item = _item(world)
    assert world.services.items.move(actor, item.id, world.shelf_b.id).location_id == (
        world.shelf_b.id
    )
    with pytest.raises(PermissionDeniedError):
        _create_case(world, actor, None)
