"""Frozen views of stocktakes for the UI and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Item, Location, Stocktake, StocktakeScan, User, Warehouse
from evidence_app.domain.enums import StocktakeKind, StocktakeOutcome, StocktakeStatus


@dataclass(frozen=True, slots=True)
class StocktakeView:
    id: int
    kind: StocktakeKind
    status: StocktakeStatus
    warehouse_id: int
    warehouse_name: str
    location_id: int | None
    #: The subtree's root as people name it, or "" for the whole warehouse.
    location_name: str
    started_at: datetime
    started_by_name: str
    finished_at: datetime | None
    expected_count: int
    present_count: int
    missing_count: int
    misplaced_count: int
    unknown_count: int
    minutes_document_id: int | None
    note: str
    version: int


@dataclass(frozen=True, slots=True)
class Signers:
    """Who signs the minutes: keeper, accountant and head (full names); at the monthly check
    of items left with a third party, also the person it entrusted them to (Circular
    01/2017/TT-BTP Art 12.2)."""

    keeper: str
    accountant: str
    head: str
    custodian: str = ""


@dataclass(frozen=True, slots=True)
class LiveCounts:
    """Counts while scanning: each code counted once, where it was seen last."""

    expected: int
    found: int
    misplaced: int
    unknown: int
    scans: int

    @property
    def not_yet_seen(self) -> int:
        return max(0, self.expected - self.found)


@dataclass(frozen=True, slots=True)
class ScanResult:
    """What a scan did: set the location context, or recorded a code with its outcome."""

    code: str
    is_location: bool
    location_id: int | None
    location_name: str
    outcome: StocktakeOutcome | None
    item_name: str
    counts: LiveCounts


@dataclass(frozen=True, slots=True)
class FindingView:
    """One line of the four lists."""

    code: str
    outcome: StocktakeOutcome
    item_id: int | None
    name: str
    recorded_location: str
    seen_location: str
    seen_location_id: int | None
    resolved: bool


@dataclass(frozen=True, slots=True)
class ReconciliationView:
    stocktake: StocktakeView
    present: tuple[FindingView, ...]
    missing: tuple[FindingView, ...]
    misplaced: tuple[FindingView, ...]
    unknown: tuple[FindingView, ...]


def stocktake_view(session: Session, s: Stocktake) -> StocktakeView:
    warehouse = session.get(Warehouse, s.warehouse_id)
    location = session.get(Location, s.location_id) if s.location_id else None
    starter = session.get(User, s.started_by) if s.started_by else None
    return StocktakeView(
        s.id, s.kind, s.status, s.warehouse_id, warehouse.name if warehouse else "",
        s.location_id, location_names(session, [location.id])[location.id] if location else "",
        s.started_at, starter.full_name if starter else "", s.finished_at, s.expected_count,
        s.present_count, s.missing_count, s.misplaced_count, s.unknown_count,
        s.minutes_document_id, s.note, s.version,
    )  # fmt: skip


def location_names(session: Session, ids: list[int]) -> dict[int, str]:
    """Location ids with their code and name, e.g. "K01-A-01 (Kệ 1)"."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = session.execute(
        select(Location.id, Location.code, Location.name).where(Location.id.in_(wanted))
    )
    return {i: f"{code} ({name})" for i, code, name in rows}


def item_names(session: Session, codes: list[str]) -> dict[str, tuple[int, str]]:
    """Item codes with their id and name (in chunks: a large stocktake has many)."""
    found: dict[str, tuple[int, str]] = {}
    for start in range(0, len(codes), 900):
        chunk = codes[start : start + 900]
        rows = session.execute(select(Item.code, Item.id, Item.name).where(Item.code.in_(chunk)))
        found.update({code: (i, name) for code, i, name in rows})
    return found


def live_counts(session: Session, s: Stocktake, expected: int) -> LiveCounts:
    """Counts over the last scan of each code."""
    last = (
        select(func.max(StocktakeScan.id))
        .where(StocktakeScan.stocktake_id == s.id)
        .group_by(StocktakeScan.code)
    )
    rows = session.execute(
        select(StocktakeScan.outcome, StocktakeScan.expected, func.count())
        .where(StocktakeScan.id.in_(last))
        .group_by(StocktakeScan.outcome, StocktakeScan.expected)
    )
    found = misplaced = unknown = 0
    for outcome, was_expected, n in rows:
        if was_expected:
            found += n
        if outcome is StocktakeOutcome.MISPLACED:
            misplaced += n
        elif outcome is StocktakeOutcome.UNKNOWN:
            unknown += n
    scans = session.scalar(
        select(func.count()).select_from(StocktakeScan).where(StocktakeScan.stocktake_id == s.id)
    )
    return LiveCounts(expected, found, misplaced, unknown, scans or 0)
