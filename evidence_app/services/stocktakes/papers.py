"""A stocktake's four lists as views, frozen as findings, and its minutes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.models import Agency, Document, Item, Stocktake, StocktakeFinding, Warehouse
from evidence_app.documents.content import (
    CheckpointNote,
    DocumentHeader,
    Signer,
    StocktakeItem,
    StocktakeLine,
    StocktakeMinutes,
)
from evidence_app.domain.clock import agency_date
from evidence_app.domain.enums import DocumentKind, StocktakeOutcome
from evidence_app.domain.keeping import KEEPER_KINDS
from evidence_app.domain.labels import label
from evidence_app.domain.stocktake import Reconciliation
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.checkpoint_dto import CheckpointFile
from evidence_app.services.documents import issue_document
from evidence_app.services.stocktakes.views import (
    FindingView,
    ReconciliationView,
    Signers,
    item_names,
    location_names,
    stocktake_view,
)

_ORDER = (
    StocktakeOutcome.MISSING,
    StocktakeOutcome.MISPLACED,
    StocktakeOutcome.UNKNOWN,
)


def _rows(
    expected: dict[str, int | None], result: Reconciliation, known: dict[str, int | None]
) -> list[tuple[StocktakeOutcome, str, int | None, int | None]]:
    """(outcome, code, recorded location, seen location) for every code of the four lists."""
    rows: list[tuple[StocktakeOutcome, str, int | None, int | None]] = [
        (StocktakeOutcome.PRESENT, c, expected.get(c, known.get(c)), None) for c in result.present
    ]
    rows += [(StocktakeOutcome.MISSING, c, expected[c], None) for c in result.missing]
    rows += [(StocktakeOutcome.MISPLACED, m.code, m.recorded, m.seen) for m in result.misplaced]
    rows += [(StocktakeOutcome.UNKNOWN, c, None, None) for c in result.unknown]
    return rows


def live_findings(
    session: Session,
    expected: dict[str, int | None],
    result: Reconciliation,
    known: dict[str, int | None],
) -> list[FindingView]:
    rows = _rows(expected, result, known)
    items = item_names(session, [code for _, code, _, _ in rows])
    places = location_names(session, [x for _, _, r, s in rows for x in (r, s) if x])
    return [
        FindingView(
            code, outcome, items.get(code, (None, ""))[0], items.get(code, (None, ""))[1],
            places.get(recorded, "") if recorded else "", places.get(seen, "") if seen else "",
            seen, False,
        )
        for outcome, code, recorded, seen in rows
    ]  # fmt: skip


def frozen_findings(session: Session, s: Stocktake) -> list[FindingView]:
    rows = list(
        session.scalars(
            select(StocktakeFinding)
            .where(StocktakeFinding.stocktake_id == s.id)
            .order_by(StocktakeFinding.code)
        )
    )
    names = item_names(session, [f.code for f in rows if f.item_id])
    places = location_names(
        session, [x for f in rows for x in (f.recorded_location_id, f.seen_location_id) if x]
    )
    return [
        FindingView(
            f.code, f.outcome, f.item_id, names.get(f.code, (None, ""))[1],
            places.get(f.recorded_location_id or 0, ""), places.get(f.seen_location_id or 0, ""),
            f.seen_location_id, f.resolved,
        )
        for f in rows
    ]  # fmt: skip


def reconciliation_view(
    session: Session,
    s: Stocktake,
    expected: dict[str, int | None],
    result: Reconciliation,
    known: dict[str, int | None],
) -> ReconciliationView:
    """The four lists: the frozen findings of a finished stocktake, else computed now."""
    if s.finished_at is not None:
        findings = frozen_findings(session, s)
    else:
        findings = live_findings(session, expected, result, known)
    by = {o: tuple(f for f in findings if f.outcome is o) for o in StocktakeOutcome}
    return ReconciliationView(
        stocktake_view(session, s),
        by[StocktakeOutcome.PRESENT],
        by[StocktakeOutcome.MISSING],
        by[StocktakeOutcome.MISPLACED],
        by[StocktakeOutcome.UNKNOWN],
    )


def freeze_findings(
    session: Session,
    s: Stocktake,
    expected: dict[str, int | None],
    result: Reconciliation,
    known: dict[str, int | None],
) -> list[FindingView]:
    """Store the four lists as findings; the views, for the minutes."""
    findings = live_findings(session, expected, result, known)
    rows = _rows(expected, result, known)
    if rows:
        session.execute(
            insert(StocktakeFinding),
            [
                {
                    "stocktake_id": s.id, "outcome": outcome, "code": code,
                    "item_id": f.item_id, "recorded_location_id": recorded,
                    "seen_location_id": seen, "resolved": False,
                }
                for (outcome, code, recorded, seen), f in zip(rows, findings, strict=True)
            ],
        )  # fmt: skip
    return findings


def issue_minutes(
    session: Session,
    actor: Actor,
    s: Stocktake,
    findings: list[FindingView],
    signers: Signers,
    at: datetime,
    checkpoint: CheckpointNote | None = None,
) -> Document:
    """The biên bản kiểm kê, printed against the chain heads of the items it names, with the
    signed checkpoint taken at its completion."""
    agency = session.scalars(select(Agency).order_by(Agency.id)).first()
    warehouse = session.get(Warehouse, s.warehouse_id)
    view = stocktake_view(session, s)
    differences = [f for o in _ORDER for f in findings if f.outcome is o]
    lines = tuple(
        StocktakeLine(f.code, f.name, label(f.outcome, "vi"), f.recorded_location, f.seen_location)
        for f in differences
    )
    items = _counted_items(session, findings)
    listed = tuple(_listed(items[f.item_id], f) for f in _by_code(findings) if f.item_id in items)
    content = StocktakeMinutes(
        header=DocumentHeader(
            agency.managing_agency if agency else "", agency.name if agency else "",
            agency.place_name if agency else "", agency_date(at),
        ),
        stocktake_kind=label(s.kind, "vi"),
        warehouse=_where(warehouse),
        scope=view.location_name or _whole(warehouse),
        started_at=s.started_at, finished_at=at,
        expected=s.expected_count, present=s.present_count, missing=s.missing_count,
        misplaced=s.misplaced_count, unknown=s.unknown_count, lines=lines, items=listed,
        keeper=Signer("Thủ kho", signers.keeper),
        accountant=Signer("Kế toán", signers.accountant),
        head=Signer("Thủ trưởng đơn vị", signers.head), note=s.note, checkpoint=checkpoint,
        custodian=_custodian(signers),
    )  # fmt: skip
    return issue_document(
        session, actor.user_id, DocumentKind.STOCKTAKE_MINUTES, content, case_id=None,
        items=list(items.values()),
        # The minutes are the counted warehouse's unit's (issue 21), even with nothing found.
        unit_id=warehouse.unit_id if warehouse else None,
    )  # fmt: skip


def _where(warehouse: Warehouse | None) -> str:
    """Where the count took place: a keeper's keeping place is his address, not his name."""
    if warehouse is None:
        return ""
    if warehouse.custodian_kind in KEEPER_KINDS:
        return f"{warehouse.address or warehouse.name} (nơi bảo quản {warehouse.code})"
    return warehouse.name


def _whole(warehouse: Warehouse | None) -> str:
    if warehouse is None:
        return "Toàn bộ kho"
    if warehouse.custodian_kind in KEEPER_KINDS:
        keeper = warehouse.custodian_name or warehouse.name
        return f"Toàn bộ vật chứng, tài sản đã giao {keeper} bảo quản"
    return f"Toàn bộ {warehouse.name}"


def _counted_items(session: Session, findings: list[FindingView]) -> dict[int, Item]:
    """The items the stocktake counted (present, misplaced, missing), by id, in chunks."""
    ids = sorted({f.item_id for f in findings if f.item_id is not None})
    found: dict[int, Item] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        found.update((i.id, i) for i in session.scalars(select(Item).where(Item.id.in_(chunk))))
    return found


def _by_code(findings: list[FindingView]) -> list[FindingView]:
    return sorted(findings, key=lambda f: f.code)


def _listed(item: Item, f: FindingView) -> StocktakeItem:
    """An item as the minutes list it: where it was seen (else where the books say) and what
    was found there (Circular 01/2016/TT-BTP Art 12.4: name, quantity, condition)."""
    return StocktakeItem(
        f.code, item.name, item.unit, item.quantity, item.condition,
        f.seen_location or f.recorded_location, label(f.outcome, "vi"),
    )  # fmt: skip


def _custodian(signers: Signers) -> Signer | None:
    """The person entrusted with the items, signing the monthly check (Circular 01/2017/TT-BTP
    Art 12.2); the place named in the minutes is the warehouse the third party keeps."""
    return Signer("Người được giao bảo quản", signers.custodian) if signers.custodian else None


def checkpoint_note(file: CheckpointFile) -> CheckpointNote:
    """The checkpoint as the minutes print it."""
    return CheckpointNote(
        file.id, datetime.fromisoformat(file.taken_at), file.item_count, file.root,
        file.fingerprint,
    )  # fmt: skip
