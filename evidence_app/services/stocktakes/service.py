"""Stocktakes (kiểm kê, Decree 152 Art 38): start, scan, reconcile, finish, follow up.

Every scan is one transaction, so an interrupted session resumes where it stopped. Finishing
freezes the missing, misplaced and unknown codes as findings and issues the minutes signed by
the keeper, the accountant and the head; the follow-up actions (mark missing, move misplaced
to where it was seen) are custody events on the items.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.engine import Database
from db.models import Item, Location, Stocktake, StocktakeFinding, StocktakeScan, Warehouse
from evidence_app.domain.codes import CodeKind, parse_code
from evidence_app.domain.enums import (
    EventKind,
    ItemStatus,
    StocktakeKind,
    StocktakeOutcome,
    StocktakeStatus,
)
from evidence_app.domain.errors import DomainError, NotFoundError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.domain.states import STORED_STATES, check_transition
from evidence_app.domain.stocktake import (
    KEEPING_CHECK_CUSTODIANS,
    WHOLE_WAREHOUSE_KINDS,
    Reconciliation,
    reconcile,
)
from evidence_app.services.catalogue import clean_scan
from evidence_app.services.core import validate as v
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.checkpoint import record_checkpoint
from evidence_app.services.core.checkpoint_key import KeySource, default_signing_key
from evidence_app.services.core.events import DATA_KEY, append_event
from evidence_app.services.core.scope import check_warehouse, visible_unit_ids
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody import (
    BodyKeeper,
    active_location,
    body_of,
    check_place,
    keeper_data,
)
from evidence_app.services.stocktakes.papers import (
    checkpoint_note,
    freeze_findings,
    issue_minutes,
    reconciliation_view,
)
from evidence_app.services.stocktakes.scope import (
    draw_sample,
    expected_condition,
    expected_map,
    subtree_ids,
)
from evidence_app.services.stocktakes.views import (
    LiveCounts,
    ReconciliationView,
    ScanResult,
    Signers,
    StocktakeView,
    live_counts,
    location_names,
    stocktake_view,
)


class StocktakeService:
    def __init__(self, db: Database, signing_key: KeySource = default_signing_key) -> None:
        self.db = db
        #: The checkpoint key, read (or made on first use) when a stocktake is completed.
        self.signing_key = signing_key

    def start(
        self,
        actor: Actor,
        warehouse_id: int,
        kind: StocktakeKind,
        location_id: int | None = None,
        note: str = "",
        seed: int | None = None,
    ) -> StocktakeView:
        """Open a stocktake of a warehouse or a location subtree; a sample draws its items."""
        kind = v.member(StocktakeKind, kind, "field.kind")
        note = v.text_field(note, "field.note", limit=1000)
        with unit_of_work(self.db, "noun.stocktake") as session:
            authorize(session, actor, Permission.STOCKTAKE)
            # A unit counts its own warehouses (issue 21).
            check_warehouse(session, actor, Permission.STOCKTAKE, warehouse_id)
            open_one = session.scalar(
                select(Stocktake.id).where(
                    Stocktake.warehouse_id == warehouse_id,
                    Stocktake.status == StocktakeStatus.OPEN,
                )
            )
            if open_one is not None:
                raise ValidationError("stocktake.already_open", ref=open_one)
            if location_id is not None:
                location = active_location(session, location_id)
                if location.warehouse_id != warehouse_id:
                    raise ValidationError(
                        "stocktake.location_other_warehouse", location=location.code
                    )
            _check_cycle_kind(session, warehouse_id, kind, location_id)
            s = Stocktake(
                kind=kind, status=StocktakeStatus.OPEN, warehouse_id=warehouse_id,
                location_id=location_id, started_by=actor.user_id, started_at=utcnow(), note=note,
            )  # fmt: skip
            session.add(s)
            session.flush()
            if kind is StocktakeKind.SAMPLE:
                draw_sample(session, s, seed)
            return stocktake_view(session, s)

    def list(self, actor: Actor, *, open_only: bool = False) -> list[StocktakeView]:
        """Stocktakes, the newest first."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            query = select(Stocktake).order_by(Stocktake.id.desc())
            visible = visible_unit_ids(session, actor)
            if visible is not None:
                query = query.join(Warehouse, Warehouse.id == Stocktake.warehouse_id).where(
                    Warehouse.unit_id.in_(visible)
                )
            if open_only:
                query = query.where(Stocktake.status == StocktakeStatus.OPEN)
            return [stocktake_view(session, s) for s in session.scalars(query)]

    def get(self, actor: Actor, stocktake_id: int) -> StocktakeView:
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            return stocktake_view(session, _stocktake(session, stocktake_id))

    def counts(self, actor: Actor, stocktake_id: int) -> LiveCounts:
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            s = _stocktake(session, stocktake_id)
            return live_counts(session, s, _expected_count(session, s))

    def scan(
        self, actor: Actor, stocktake_id: int, text: str, location_id: int | None
    ) -> ScanResult:
        """Record one scan in the context of ``location_id``; a location code changes the
        context instead (returned in the result)."""
        code = clean_scan(text).strip()
        if not code:
            raise ValidationError("stocktake.empty_code")
        code = v.text_field(code, "field.code", limit=64, required=True)
        with unit_of_work(self.db, "noun.stocktake", str(stocktake_id)) as session:
            authorize(session, actor, Permission.STOCKTAKE)
            s = _open(session, stocktake_id)
            check_warehouse(session, actor, Permission.STOCKTAKE, s.warehouse_id)
            location = _scanned_location(session, code)
            if location is not None:
                if location.warehouse_id != s.warehouse_id:
                    raise ValidationError("stocktake.location_other_warehouse", location=code)
                names = location_names(session, [location.id])
                counts = live_counts(session, s, _expected_count(session, s))
                return ScanResult(code, True, location.id, names[location.id], None, "", counts)
            if location_id is not None:
                active_location(session, location_id)
            item = session.scalars(select(Item).where(Item.code == code)).first()
            outcome, expected = _outcome(session, s, item, location_id)
            session.add(
                StocktakeScan(
                    stocktake_id=s.id, code=item.code if item else code, location_id=location_id,
                    item_id=item.id if item else None, outcome=outcome, expected=expected,
                    scanned_by=actor.user_id, scanned_at=utcnow(),
                )
            )  # fmt: skip
            session.flush()
            counts = live_counts(session, s, _expected_count(session, s))
            name = location_names(session, [location_id])[location_id] if location_id else ""
            return ScanResult(
                code, False, location_id, name, outcome, item.name if item else "", counts
            )

    def reconcile(self, actor: Actor, stocktake_id: int) -> ReconciliationView:
        """The four lists: live while open, the frozen findings once finished."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            s = _stocktake(session, stocktake_id)
            return reconciliation_view(session, s, *reconciled(session, s))

    def finish(
        self, actor: Actor, stocktake_id: int, signers: Signers, note: str = ""
    ) -> StocktakeView:
        """Freeze the lists, write the counts, take the signed checkpoint of every chain head
        and issue the minutes (biên bản kiểm kê) that print it, in one transaction.

        The checkpoint is taken first, so the minutes can print its root; a failure after it
        rolls it back with the rest, so no checkpoint claims a stocktake left open. The key is
        read before anything is written: an unusable one refuses the completion."""
        signers = clean_signers(signers)
        note = v.text_field(note, "field.note", limit=1000)
        key = self.signing_key()
        with unit_of_work(self.db, "noun.stocktake", str(stocktake_id)) as session:
            authorize(session, actor, Permission.STOCKTAKE)
            s = _open(session, stocktake_id)
            check_warehouse(session, actor, Permission.STOCKTAKE, s.warehouse_id)
            finish_open(session, actor, s, signers, note, key)
            return stocktake_view(session, s)

    def mark_missing(self, actor: Actor, stocktake_id: int, codes: Sequence[str]) -> int:
        """Record each missing item MISSING (a custody event naming the stocktake)."""
        with unit_of_work(self.db, "noun.stocktake", str(stocktake_id)) as session:
            authorize(session, actor, Permission.RECORD_CUSTODY)
            _check_unit_of(session, actor, Permission.RECORD_CUSTODY, stocktake_id)
            for finding, item in _findings(session, stocktake_id, codes, StocktakeOutcome.MISSING):
                check_transition(item.status, ItemStatus.MISSING)
                append_event(
                    session, item, EventKind.MARKED_MISSING, actor_id=actor.user_id,
                    status_before=item.status, status_after=ItemStatus.MISSING,
                    note=f"Kiểm kê số {stocktake_id}: không thấy", data={"stocktake": stocktake_id},
                )  # fmt: skip
                item.status = ItemStatus.MISSING
                _resolve(finding, actor)
            session.flush()
            return len(codes)

    def keeping_body(self, actor: Actor, stocktake_id: int, codes: Sequence[str]) -> str:
        """The other body (police, third party) keeping a warehouse these misplaced items are
        recorded in or were seen in, whose keeper moves them (Decree 152/2026 Art 37.2.đ);
        "" when every one is ours."""
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.VIEW)
            pairs = _findings(session, stocktake_id, codes, StocktakeOutcome.MISPLACED)
            return body_of(session, _warehouses_of(session, pairs))

    def move_misplaced(
        self,
        actor: Actor,
        stocktake_id: int,
        codes: Sequence[str],
        keeper: BodyKeeper | None = None,
    ) -> int:
        """Move each misplaced item, in the books, to the location where it was seen. In a
        police or third-party warehouse that body's keeper moves it, ``keeper``, named on the
        event; refused without one, nothing written (Decree 152/2026 Art 37.2.đ, 37.3)."""
        with unit_of_work(self.db, "noun.stocktake", str(stocktake_id)) as session:
            authorize(session, actor, Permission.MOVE_ITEMS)
            _check_unit_of(session, actor, Permission.MOVE_ITEMS, stocktake_id)
            wanted = StocktakeOutcome.MISPLACED
            for finding, item in _findings(session, stocktake_id, codes, wanted):
                assert finding.seen_location_id is not None
                target = active_location(session, finding.seen_location_id)
                if item.status not in STORED_STATES:
                    raise ValidationError(
                        "validation.item_not_stored", ref=item.code, status=item.status
                    )
                check_place(session, item, target)
                places = (item.warehouse_id, target.warehouse_id)
                by = keeper_data(session, places, keeper, item.code)
                data: dict[str, object] = {"stocktake": stocktake_id}
                if by:
                    data[DATA_KEY] = by
                append_event(
                    session, item, EventKind.STOCKTAKE_MOVED, actor_id=actor.user_id,
                    from_location_id=item.location_id, to_location_id=target.id,
                    note=f"Kiểm kê số {stocktake_id}: thấy tại {target.code}", data=data,
                )  # fmt: skip
                item.location_id, item.warehouse_id = target.id, target.warehouse_id
                _resolve(finding, actor)
            session.flush()
            return len(codes)


def clean_signers(signers: Signers) -> Signers:
    """The signers' names checked: keeper, accountant and head required."""
    return Signers(
        v.text_field(signers.keeper, "field.keeper_name", limit=200, required=True),
        v.text_field(signers.accountant, "field.accountant_name", limit=200, required=True),
        v.text_field(signers.head, "field.head_name", limit=200, required=True),
        v.text_field(signers.custodian, "field.custodian_name", limit=200),
    )


def finish_open(
    session: Session,
    actor: Actor,
    s: Stocktake,
    signers: Signers,
    note: str,
    key: Ed25519PrivateKey,
) -> None:
    """Finish the open stocktake ``s`` in the caller's transaction (``StocktakeService.finish``);
    ``signers`` and ``note`` already checked, ``key`` the checkpoint's signing key."""
    if s.kind is StocktakeKind.KEEPING_CHECK and not signers.custodian:
        # The one it was entrusted to signs the check's minutes (Circular 01/2017 Art 12.2).
        raise ValidationError("validation.required", field="field.custodian_name")
    checkpoint, _size = record_checkpoint(session, actor.user_id, "stocktake", key)
    expected, result, known = reconciled(session, s)
    findings = freeze_findings(session, s, expected, result, known)
    now = utcnow()
    s.status, s.finished_at, s.finished_by = StocktakeStatus.FINISHED, now, actor.user_id
    s.expected_count = len(expected)
    s.present_count, s.missing_count, s.misplaced_count, s.unknown_count = result.counts()
    if note:
        s.note = f"{s.note}\n{note}".strip()
    # The minutes speak of what was counted (the warehouse, the location or the sample; at
    # the monthly check what this keeper holds), the whole system's count beside it.
    printed = replace(checkpoint_note(checkpoint), held=len(expected))
    minutes = issue_minutes(session, actor, s, findings, signers, now, printed)
    s.minutes_document_id = minutes.id
    session.flush()


def _warehouses_of(
    session: Session, pairs: Sequence[tuple[StocktakeFinding, Item]]
) -> set[int | None]:
    """The warehouses the items are recorded in and were seen in."""
    seen = [f.seen_location_id for f, _item in pairs if f.seen_location_id is not None]
    there = session.scalars(select(Location.warehouse_id).where(Location.id.in_(seen)))
    return {item.warehouse_id for _f, item in pairs} | set(there)


def _check_cycle_kind(
    session: Session, warehouse_id: int, kind: StocktakeKind, location_id: int | None
) -> None:
    """The legal cycle's counts are of a whole warehouse (Decree 152/2026 Art 38.1.e, 38.2.c);
    the monthly check is of a warehouse a third party keeps (Circular 01/2017/TT-BTP Art 12.2).
    A count of one bin is an ad hoc count, and cannot be entered as the periodic one."""
    if kind in WHOLE_WAREHOUSE_KINDS and location_id is not None:
        raise ValidationError("stocktake.periodic_whole_warehouse", kind=kind)
    if kind is StocktakeKind.KEEPING_CHECK:
        warehouse = session.get(Warehouse, warehouse_id)
        if warehouse is None or warehouse.custodian_kind not in KEEPING_CHECK_CUSTODIANS:
            name = warehouse.name if warehouse else str(warehouse_id)
            raise ValidationError("stocktake.keeping_check_not_third_party", warehouse=name)


def _stocktake(session: Session, stocktake_id: int) -> Stocktake:
    s = session.get(Stocktake, stocktake_id)
    if s is None:
        raise NotFoundError(what="noun.stocktake", ref=stocktake_id)
    return s


def _open(session: Session, stocktake_id: int) -> Stocktake:
    s = _stocktake(session, stocktake_id)
    if s.status is not StocktakeStatus.OPEN:
        raise ValidationError("stocktake.not_open", ref=stocktake_id)
    return s


def _expected_count(session: Session, s: Stocktake) -> int:
    if s.status is StocktakeStatus.FINISHED:
        return s.expected_count
    query = select(func.count()).select_from(Item).where(expected_condition(session, s))
    return session.scalar(query) or 0


def _scanned_location(session: Session, code: str) -> Location | None:
    try:
        parsed = parse_code(code)
    except DomainError:
        return None
    if parsed.kind is not CodeKind.LOCATION:
        return None
    return session.scalars(select(Location).where(Location.code == parsed.text)).first()


def _outcome(
    session: Session, s: Stocktake, item: Item | None, location_id: int | None
) -> tuple[StocktakeOutcome, bool]:
    """The scan's outcome as ``reconcile`` would judge it, and whether the item is expected."""
    if item is None:
        return StocktakeOutcome.UNKNOWN, False
    expected = item.id in set(
        session.scalars(select(Item.id).where(Item.id == item.id, expected_condition(session, s)))
    )
    recorded = item.location_id
    if location_id is None or recorded is None or location_id == recorded:
        return StocktakeOutcome.PRESENT, expected
    return StocktakeOutcome.MISPLACED, expected


def reconciled(
    session: Session, s: Stocktake
) -> tuple[dict[str, int | None], Reconciliation, dict[str, int | None]]:
    expected = expected_map(session, s)
    scans = [
        (loc, code)
        for loc, code in session.execute(
            select(StocktakeScan.location_id, StocktakeScan.code)
            .where(StocktakeScan.stocktake_id == s.id)
            .order_by(StocktakeScan.id)
        )
    ]
    others = sorted({code for _, code in scans} - set(expected))
    known: dict[str, int | None] = {}
    for start in range(0, len(others), 900):
        rows = session.execute(
            select(Item.code, Item.location_id).where(Item.code.in_(others[start : start + 900]))
        )
        known.update({code: loc for code, loc in rows})
    return expected, reconcile(expected, scans, known), known


def _findings(
    session: Session, stocktake_id: int, codes: Sequence[str], outcome: StocktakeOutcome
) -> list[tuple[StocktakeFinding, Item]]:
    # Checked before they reach the query (PostgreSQL refuses a NUL in a text parameter).
    codes = [v.text_field(code, "field.code", limit=64, required=True) for code in codes]
    s = _stocktake(session, stocktake_id)
    if s.status is not StocktakeStatus.FINISHED:
        raise ValidationError("stocktake.not_finished", ref=stocktake_id)
    found = {
        f.code: f
        for f in session.scalars(
            select(StocktakeFinding).where(
                StocktakeFinding.stocktake_id == stocktake_id,
                StocktakeFinding.outcome == outcome,
                StocktakeFinding.resolved.is_(False),
                StocktakeFinding.code.in_(list(codes)),
            )
        )
    }
    pairs = []
    for code in codes:
        finding = found.get(code)
        if finding is None or finding.item_id is None:
            raise ValidationError("stocktake.no_finding", code=code, outcome=outcome)
        item = session.get(Item, finding.item_id)
        assert item is not None
        pairs.append((finding, item))
    if not pairs:
        raise ValidationError("validation.required", field="noun.item")
    return pairs


def _resolve(finding: StocktakeFinding, actor: Actor) -> None:
    finding.resolved, finding.resolved_by, finding.resolved_at = True, actor.user_id, utcnow()


__all__ = ["Signers", "StocktakeService", "clean_signers", "finish_open", "subtree_ids"]


def _check_unit_of(
    session: Session, actor: Actor, permission: Permission, stocktake_id: int
) -> None:
    s = session.get(Stocktake, stocktake_id)
    if s is not None:
        check_warehouse(session, actor, permission, s.warehouse_id)
