"""Printing labels: items (each print and reprint is a custody event) and locations."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Case, Item, Location, Warehouse
from evidence_app.documents.label_layout import LabelData, LocationLabelData, label_size
from evidence_app.documents.labels import labels_pdf
from evidence_app.documents.zpl import DPIS, labels_zpl
from evidence_app.domain.clock import agency_date, agency_today
from evidence_app.domain.codes import CodeKind, parse_code
from evidence_app.domain.enums import EventKind
from evidence_app.domain.errors import NotFoundError, ValidationError
from evidence_app.domain.permissions import Permission
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.events import append_event
from evidence_app.services.core.uow import unit_of_work

FORMATS = ("pdf", "zpl")
SEPARATOR = " › "
_CHUNK = 500  # codes per IN (…) list, well under every driver's parameter limit


class LabelService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def item_labels(
        self,
        actor: Actor,
        codes: Iterable[str],
        fmt: str,
        size: str,
        dpi: int = 203,
        *,
        deliver: Callable[[bytes], object],
    ) -> bytes:
        """Labels of the items named by ``codes``, in that order, delivered, then recorded.

        ``deliver`` (a file written whole, a printer) runs inside the transaction that appends
        every item's LABEL_PRINTED event, before its commit: an unknown code or a refused size
        records nothing and delivers nothing, and a delivery that fails records nothing.
        """
        codes = list(codes)
        output = self.preview_items(actor, codes, fmt, size, dpi)
        self.record_printed(actor, codes, fmt, size, before_commit=lambda: deliver(output))
        return output

    def preview_items(
        self, actor: Actor, codes: Iterable[str], fmt: str, size: str, dpi: int = 203
    ) -> bytes:
        """The labels without recording them: for a print preview the user may cancel."""
        check_options(fmt, size, dpi)
        wanted = _codes(codes, CodeKind.ITEM, "noun.item")
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.RECORD_CUSTODY)
            found = item_label_data(session, wanted)
        return render(found.values(), fmt, size, dpi)

    def record_printed(
        self,
        actor: Actor,
        codes: Iterable[str],
        fmt: str,
        size: str,
        before_commit: Callable[[], object] | None = None,
    ) -> int:
        """A LABEL_PRINTED event for each item (a reprint is one more); how many.

        Call it once the labels were printed or saved; ``before_commit`` raising rolls back.
        """
        check_options(fmt, size, DPIS[0])
        wanted = _codes(codes, CodeKind.ITEM, "noun.item")
        note = f"nhãn {size} ({fmt.upper()})"
        with unit_of_work(self.db, ref=wanted[0]) as session:
            authorize(session, actor, Permission.RECORD_CUSTODY)
            items: dict[str, Item] = {}
            for chunk in _chunks(wanted):
                query = select(Item).where(Item.code.in_(chunk))
                items.update({item.code: item for item in session.scalars(query)})
            missing = [code for code in wanted if code not in items]
            if missing:
                raise NotFoundError(what="noun.item", ref=", ".join(missing))
            for code in wanted:
                append_event(
                    session, items[code], EventKind.LABEL_PRINTED, actor_id=actor.user_id, note=note
                )
            session.flush()  # a lost race on a chain is told before anything is delivered
            if before_commit is not None:
                before_commit()
        return len(wanted)

    def location_labels(
        self, actor: Actor, refs: Iterable[int | str], fmt: str, size: str, dpi: int = 203
    ) -> bytes:
        """Labels of locations named by id or code, in that order (locations have no chain)."""
        check_options(fmt, size, dpi)
        refs = list(refs)
        ids = [r for r in refs if isinstance(r, int)]
        codes = _codes([r for r in refs if isinstance(r, str)], CodeKind.LOCATION, "noun.location")
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.MANAGE_WAREHOUSES)
            by_id, by_code = _locations(session, ids, codes)
        missing = [str(i) for i in ids if i not in by_id] + [c for c in codes if c not in by_code]
        if missing:
            raise NotFoundError(what="noun.location", ref=", ".join(missing))
        labels = [by_id[r] if isinstance(r, int) else by_code[parse_code(r).text] for r in refs]
        return render(labels, fmt, size, dpi)


def check_options(fmt: str, size: str, dpi: int) -> None:
    """Refuse a format, size or resolution that cannot be printed, before any work."""
    if fmt not in FORMATS:
        raise ValidationError("validation.value", field="field.label_format", value=fmt)
    spec = label_size(size)
    if fmt == "zpl" and spec.page is not None:
        raise ValidationError("validation.value", field="field.label_size", value=size)
    if dpi not in DPIS:
        raise ValidationError("validation.value", field="field.dpi", value=dpi)


def render(
    labels: Iterable[LabelData | LocationLabelData], fmt: str, size: str, dpi: int = 203
) -> bytes:
    if fmt == "zpl":
        return labels_zpl(list(labels), size, dpi).encode("utf-8")
    return labels_pdf(list(labels), size)


def _codes(raw: Iterable[str], kind: CodeKind, noun: str) -> list[str]:
    """Normalised codes without repeats; a code of another kind is not found."""
    result: dict[str, None] = {}
    for text in raw:
        parsed = parse_code(text)
        if parsed.kind is not kind:
            raise NotFoundError(what=noun, ref=parsed.text)
        result[parsed.text] = None
    if not result and kind is CodeKind.ITEM:
        raise ValidationError("validation.required", field="field.code")
    return list(result)


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    return (values[i : i + _CHUNK] for i in range(0, len(values), _CHUNK))


def item_label_data(session: Session, codes: list[str]) -> dict[str, LabelData]:
    rows: dict[str, Any] = {}
    for chunk in _chunks(codes):
        query = (
            select(
                Item.code,
                Item.name,
                Case.name.label("case_name"),
                Item.owner_name,
                Item.transferring_body,
                Item.received_at,
                Warehouse.name.label("warehouse"),
                Location.path,
                Item.identifiers,
            )
            .outerjoin(Case, Case.id == Item.case_id)
            .outerjoin(Warehouse, Warehouse.id == Item.warehouse_id)
            .outerjoin(Location, Location.id == Item.location_id)
            .where(Item.code.in_(chunk))
        )
        rows.update({row.code: row for row in session.execute(query)})
    missing = [code for code in codes if code not in rows]
    if missing:
        raise NotFoundError(what="noun.item", ref=", ".join(missing))
    names = _location_names(session, {i for r in rows.values() for i in _path_ids(r.path)})
    return {code: _label_data(rows[code], names) for code in codes}


def _label_data(row: Any, names: dict[int, str]) -> LabelData:
    place = [row.warehouse or "", *(names.get(i, "?") for i in _path_ids(row.path))]
    return LabelData(
        code=row.code,
        name=row.name,
        case_name=row.case_name or "",
        owner=row.owner_name or "",
        transferring_body=row.transferring_body or "",
        received_on=_local_day(row.received_at),
        location=SEPARATOR.join(p for p in place if p),
        identifiers=row.identifiers or "",
    )


def _locations(
    session: Session, ids: list[int], codes: list[str]
) -> tuple[dict[int, LocationLabelData], dict[str, LocationLabelData]]:
    query = select(Location.id, Location.code, Location.path, Warehouse.name).join(
        Warehouse, Warehouse.id == Location.warehouse_id
    )
    rows = []
    for chunk in _chunks(ids):
        rows += list(session.execute(query.where(Location.id.in_(chunk))))
    for chunk in _chunks(codes):
        rows += list(session.execute(query.where(Location.code.in_(chunk))))
    names = _location_names(session, {i for r in rows for i in _path_ids(r.path)})
    labels = {
        r.id: LocationLabelData(
            r.code, SEPARATOR.join(names.get(i, "?") for i in _path_ids(r.path)), r.name
        )
        for r in rows
    }
    return labels, {label.code: label for label in labels.values()}


def _location_names(session: Session, ids: set[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    for chunk in _chunks(sorted(ids)):
        query = select(Location.id, Location.name).where(Location.id.in_(chunk))
        names.update({i: n for i, n in session.execute(query)})
    return names


def _path_ids(path: str | None) -> list[int]:
    return [int(p) for p in (path or "").strip("/").split("/") if p]


def _local_day(when: datetime | None) -> date:
    """The day of reception as the agency's clock showed it (stored times are UTC)."""
    if when is None:
        return agency_today()
    return agency_date(when)
