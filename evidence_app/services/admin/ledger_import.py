"""Import of a paper-era ledger (sổ theo dõi vật chứng) from XLSX or CSV.

The first row holds the column headers, in Vietnamese or English (case, diacritics and
punctuation do not matter); columns may come in any order, unknown columns are ignored.

=========================  ======================  ========  ====================================
Vietnamese header          English header          required  content
=========================  ======================  ========  ====================================
Mã vật chứng               Code                    no        an existing code (VC-2019-000123)
                                                             kept as printed; assigned if empty
Tên vật chứng              Name                    yes       the item's name
Loại                       Kind                    no        Vật chứng / Tài sản tạm giữ / Tài
                                                             sản kê biên (default: from the
                                                             code's prefix, else Vật chứng)
Chủng loại                 Category                yes       Phương tiện, Tiền mặt, Điện thoại…
Số lượng                   Quantity                no        default 1 (``1,5`` or ``1.5``)
Đơn vị tính                Unit                    no        default ``cái``
Trọng lượng (g)            Weight (g)              no        grams
Đặc điểm nhận dạng         Identifiers             no        frame/engine numbers, serials…
Số niêm phong              Seal numbers            no        given: the seal is recorded intact
Hiện trạng                 Condition               no
Giá trị ước tính           Estimated value         no        VND, ``15.000.000`` or ``15000000``
Chủ sở hữu                 Owner                   no
Cơ quan chuyển giao        Transferring body       no
Số quyết định THA          Decision number         no        the case, by its enforcement
                                                             decision (or judgment) number
Mã vị trí                  Location code           no        given: the item is put away there
Ngày nhập kho              Date received           no        dd/mm/yyyy (default: today)
=========================  ======================  ========  ====================================

``preview`` checks every row and names each problem with its row number in the user's
language; ``commit`` writes nothing unless every row is valid, or the caller explicitly
imports only the valid rows. Everything is written in one transaction; each item's first
custody event (RECEIVED) names the file and the row it came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import case, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from db.column_types import utcnow
from db.engine import Database
from db.models import Case, Item, Location, NumberSequence
from evidence_app.domain.clock import agency_today
from evidence_app.domain.codes import (
    ITEM_PREFIXES,
    CodeKind,
    kept_code_problem,
    normalise,
    parse_code,
)
from evidence_app.domain.enums import Category, EventKind, ItemKind, ItemStatus, SealState
from evidence_app.domain.errors import DomainError, ValidationError
from evidence_app.domain.labels import label
from evidence_app.domain.messages import render
from evidence_app.domain.permissions import Permission
from evidence_app.domain.text import fold
from evidence_app.services.admin.table_files import read_table
from evidence_app.services.catalogue import ItemDraft, cleaned, new_item
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.closed_periods import require_open_period
from evidence_app.services.core.events import append_event
from evidence_app.services.core.uow import unit_of_work
from evidence_app.services.custody import put_away_item

MAX_ROWS = 20_000
MAX_CELL = 5_000

#: Column key → accepted headers (Vietnamese first, then English), compared folded.
COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("Mã vật chứng", "Mã", "Code", "Item code"),
    "name": ("Tên vật chứng", "Tên", "Name", "Item name"),
    "kind": ("Loại", "Kind"),
    "category": ("Chủng loại", "Category"),
    "quantity": ("Số lượng", "Quantity"),
    "unit": ("Đơn vị tính", "Đơn vị", "Unit"),
    "weight_grams": ("Trọng lượng (g)", "Trọng lượng", "Weight (g)", "Weight"),
    "identifiers": ("Đặc điểm nhận dạng", "Identifiers"),
    "seal_numbers": ("Số niêm phong", "Seal numbers"),
    "condition": ("Hiện trạng", "Condition"),
    "estimated_value": ("Giá trị ước tính", "Estimated value", "Value"),
    "owner_name": ("Chủ sở hữu", "Owner"),
    "transferring_body": ("Cơ quan chuyển giao", "Transferring body"),
    "decision_number": (
        "Số quyết định THA",
        "Số quyết định thi hành án",
        "Decision number",
        "Case",
    ),
    "location_code": ("Mã vị trí", "Location code", "Location"),
    "received_on": ("Ngày nhập kho", "Date received", "Received on"),
}
REQUIRED = ("name", "category")
_HEADERS = {
    fold(header).replace(" ", ""): key for key, names in COLUMNS.items() for header in names
}
_MONEY = re.compile(r"^\d{1,3}(?:[.,\s]\d{3})+$|^\d{1,16}$")
_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$")


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with one row (row numbers as the spreadsheet shows them)."""

    row: int
    error: DomainError

    def message(self, lang: str = "vi") -> str:
        return render("import.row", lang, row=self.row, message=self.error.message(lang))


@dataclass(frozen=True)
class PreviewRow:
    row: int
    values: dict[str, str]
    draft: ItemDraft | None
    code: str | None
    case_id: int | None
    location_id: int | None
    received_on: date | None
    problem: RowProblem | None

    @property
    def valid(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class LedgerPreview:
    file_name: str
    rows: tuple[PreviewRow, ...]

    @property
    def problems(self) -> tuple[RowProblem, ...]:
        return tuple(r.problem for r in self.rows if r.problem is not None)

    @property
    def valid_count(self) -> int:
        return sum(1 for r in self.rows if r.valid)


@dataclass(frozen=True)
class ImportResult:
    codes: tuple[str, ...]
    skipped: int
    file_name: str = ""
    rows: tuple[int, ...] = field(default=())


class ImportRefusedError(DomainError):
    """Rows with problems and no explicit "valid rows only": nothing was written."""

    key = "import.refused"

    def __init__(self, problems: tuple[RowProblem, ...]) -> None:
        self.problems = problems
        super().__init__(count=len(problems))

    def message(self, lang: str = "vi") -> str:
        first = self.problems[0].message(lang) if self.problems else ""
        return render(self.key, lang, count=len(self.problems), first=first)


# ---- reading the file -------------------------------------------------------------------
@dataclass(frozen=True)
class LedgerSheet:
    file_name: str
    rows: tuple[tuple[int, dict[str, str]], ...]


def read_ledger(path: str | Path) -> LedgerSheet:
    """The data rows of an .xlsx or .csv ledger, keyed by column; file-level problems raise."""
    return parse_table(*read_table(path))


def parse_table(file_name: str, table: Iterable[list[Any]]) -> LedgerSheet:
    """Header row then data rows (cells of any type) → keyed text rows; blank rows skipped."""
    rows = iter(table)
    header = next(rows, None)
    if header is None:
        raise ValidationError("import.empty")
    columns: dict[int, str] = {}
    for index, cell in enumerate(header):
        key = _HEADERS.get(fold(cell_text(cell)).replace(" ", ""))
        if key is not None and key not in columns.values():
            columns[index] = key
    missing = [COLUMNS[key][0] for key in REQUIRED if key not in columns.values()]
    if missing:
        raise ValidationError("import.missing_columns", columns=", ".join(missing))
    data: list[tuple[int, dict[str, str]]] = []
    for number, cells in enumerate(rows, start=2):
        values = {
            key: cell_text(cells[index]) if index < len(cells) else ""
            for index, key in columns.items()
        }
        if not any(value.strip() for value in values.values()):
            continue
        if len(data) >= MAX_ROWS:
            raise ValidationError("import.too_big", rows=f"> {MAX_ROWS}", limit=MAX_ROWS)
        data.append((number, values))
    if not data:
        raise ValidationError("import.empty")
    return LedgerSheet(file_name, tuple(data))


def cell_text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.strftime("%d/%m/%Y")
    if isinstance(cell, date):
        return cell.strftime("%d/%m/%Y")
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e16:
        return str(int(cell))
    text = str(cell)
    return text[: MAX_CELL + 1]


# ---- checking the rows --------------------------------------------------------------------
def _enum_lookup(enum_type: type[ItemKind] | type[Category]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for member in enum_type:
        for spelling in (member.value, label(member, "vi"), label(member, "en")):
            table[fold(spelling)] = member
    return table


_KINDS = _enum_lookup(ItemKind)
_CATEGORIES = _enum_lookup(Category)
_PREFIX_KIND = {prefix: kind for kind, prefix in ITEM_PREFIXES.items()}


def _money(raw: str) -> int | None:
    text = raw.strip()
    if not text:
        return None
    if not _MONEY.match(text):
        raise ValidationError("validation.value", field="field.value", value=text[:40])
    return int(re.sub(r"\D", "", text))


def _date(raw: str, today: date) -> date | None:
    text = raw.strip()
    if not text:
        return None
    match = _DATE.match(text)
    iso = _ISO_DATE.match(text)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
        elif iso:
            year, month, day = (int(g) for g in iso.groups())
        else:
            raise ValueError(text)
        when = date(year, month, day)
    except ValueError:
        raise ValidationError("import.bad_date", value=text[:40]) from None
    if when.year < 1945 or when > today:
        raise ValidationError("import.bad_date", value=text[:40])
    return when


def _row_draft(values: dict[str, str]) -> tuple[ItemDraft, str | None]:
    """The row as a cleaned item draft and its given code (not yet checked against the DB)."""
    code: str | None = None
    kind: ItemKind | None = None
    raw_code = values.get("code", "").strip()
    if raw_code:
        try:
            parsed = parse_code(raw_code)
        except DomainError:
            raise ValidationError("import.bad_code", code=raw_code[:40]) from None
        if parsed.kind is not CodeKind.ITEM:
            raise ValidationError("import.bad_code", code=raw_code[:40])
        if (reason := kept_code_problem(parsed.text)) is not None:
            raise ValidationError(reason, code=parsed.text)
        code = parsed.text
        kind = _PREFIX_KIND[code[:2]]
    raw_kind = values.get("kind", "").strip()
    if raw_kind:
        wanted = _KINDS.get(fold(raw_kind))
        if wanted is None:
            raise ValidationError("validation.value", field="field.kind", value=raw_kind[:40])
        if kind is not None and wanted is not kind:
            raise ValidationError("import.bad_code", code=code)
        kind = wanted
    raw_category = values.get("category", "").strip()
    category = _CATEGORIES.get(fold(raw_category)) if raw_category else None
    if category is None:
        if not raw_category:
            raise ValidationError("validation.required", field="field.category")
        raise ValidationError("validation.value", field="field.category", value=raw_category[:40])
    seal_numbers = values.get("seal_numbers", "")
    weight = values.get("weight_grams", "").strip()
    draft = ItemDraft(
        kind=kind or ItemKind.EVIDENCE,
        category=category,
        name=values.get("name", ""),
        quantity=values.get("quantity", "").strip() or 1,
        unit=values.get("unit", "").strip() or "cái",
        weight_grams=weight or None,
        identifiers=values.get("identifiers", ""),
        seal_state=SealState.INTACT if seal_numbers.strip() else SealState.UNSEALED,
        seal_numbers=seal_numbers,
        condition=values.get("condition", ""),
        estimated_value=_money(values.get("estimated_value", "")),
        owner_name=values.get("owner_name", ""),
        transferring_body=values.get("transferring_body", ""),
    )
    return cleaned(draft), code


def _check_rows(session: Session, sheet: LedgerSheet, today: date) -> tuple[PreviewRow, ...]:
    given = [
        normalise(values.get("code", "")) for _, values in sheet.rows if values.get("code", "")
    ]
    taken: set[str] = set()
    for start in range(0, len(given), 500):
        chunk = given[start : start + 500]
        taken.update(session.scalars(select(Item.code).where(Item.code.in_(chunk))))
    seen: set[str] = set()
    cases: dict[str, int | None] = {}
    locations: dict[str, int | None] = {}
    checked: list[PreviewRow] = []
    for number, values in sheet.rows:
        try:
            draft, code = _row_draft(values)
            if code is not None:
                if code in taken or code in seen:
                    raise ValidationError("import.duplicate_code", code=code)
                seen.add(code)
            case_id = _case_id(session, values.get("decision_number", ""), cases)
            location_id = _location_id(session, values.get("location_code", ""), locations)
            received_on = _date(values.get("received_on", ""), today)
            if received_on is not None:  # a closed period does not change (Art 30.4.c)
                require_open_period(session, "evidence_ledger", received_on)
        except DomainError as error:
            problem = RowProblem(number, error)
            checked.append(PreviewRow(number, values, None, None, None, None, None, problem))
            continue
        draft = replace(draft, case_id=case_id)
        checked.append(
            PreviewRow(number, values, draft, code, case_id, location_id, received_on, None)
        )
    return tuple(checked)


def _case_id(session: Session, raw: str, cache: dict[str, int | None]) -> int | None:
    ref = " ".join(raw.split())
    if not ref:
        return None
    if ref not in cache:
        if len(ref) > 60:
            raise ValidationError("validation.too_long", field="field.number", limit=60)
        cache[ref] = session.scalars(
            select(Case.id)
            .where(or_(Case.decision_number == ref, Case.judgment_number == ref))
            .order_by(Case.id)
        ).first()
    found = cache[ref]
    if found is None:
        raise ValidationError("import.unknown_case", ref=ref[:60])
    return found


def _location_id(session: Session, raw: str, cache: dict[str, int | None]) -> int | None:
    code = normalise(raw)
    if not code:
        return None
    if code not in cache:
        cache[code] = (
            session.scalars(
                select(Location.id).where(Location.code == code, Location.active.is_(True))
            ).first()
            if len(code) <= 64
            else None
        )
    found = cache[code]
    if found is None:
        raise ValidationError("import.unknown_location", ref=code[:64])
    return found


# ---- the service ----------------------------------------------------------------------------
class LedgerImportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def preview(self, actor: Actor, path: str | Path, today: date | None = None) -> LedgerPreview:
        """Read and check a ledger file; nothing is written."""
        sheet = read_ledger(path)
        return self.preview_sheet(actor, sheet, today)

    def preview_sheet(
        self, actor: Actor, sheet: LedgerSheet, today: date | None = None
    ) -> LedgerPreview:
        with unit_of_work(self.db, read_only=True) as session:
            authorize(session, actor, Permission.RECEIVE_ITEMS)
            rows = _check_rows(session, sheet, today or agency_today())
        return LedgerPreview(sheet.file_name, rows)

    def commit(
        self, actor: Actor, preview: LedgerPreview, *, valid_only: bool = False
    ) -> ImportResult:
        """Write the previewed rows in one transaction, checked again against the database."""
        sheet = LedgerSheet(preview.file_name, tuple((r.row, r.values) for r in preview.rows))
        with unit_of_work(self.db, "noun.item", preview.file_name) as session:
            authorize(session, actor, Permission.RECEIVE_ITEMS)
            rows = _check_rows(session, sheet, agency_today())
            problems = tuple(r.problem for r in rows if r.problem is not None)
            if problems and not valid_only:
                raise ImportRefusedError(problems)
            valid = [r for r in rows if r.valid]
            if not valid:
                raise ValidationError("import.nothing_valid")
            codes = [_write_row(session, actor, preview.file_name, row) for row in valid]
            session.flush()
        return ImportResult(
            tuple(codes), len(rows) - len(valid), preview.file_name, tuple(r.row for r in valid)
        )


def _write_row(session: Session, actor: Actor, file_name: str, row: PreviewRow) -> str:
    assert row.draft is not None
    now = utcnow()
    case_row = session.get(Case, row.case_id) if row.case_id is not None else None
    item = new_item(session, row.draft, case_row, now, code=row.code)
    if row.received_on is not None:
        item.received_at = datetime(
            row.received_on.year, row.received_on.month, row.received_on.day, tzinfo=UTC
        )
    session.flush()
    if row.code is not None:
        _raise_sequence(session, row.code)
    append_event(
        session,
        item,
        EventKind.RECEIVED,
        actor_id=actor.user_id,
        counterpart=row.draft.transferring_body or None,
        status_after=ItemStatus.RECEIVED,
        note=render("import.note", "vi", file=file_name, row=row.row),
        data={
            "import": file_name,
            "row": row.row,
            "received_on": row.received_on.isoformat() if row.received_on else None,
        },
        occurred_at=now,
    )
    if row.location_id is not None:
        location = session.get(Location, row.location_id)
        assert location is not None
        put_away_item(session, actor, item, location)
    return item.code


def _raise_sequence(session: Session, code: str) -> None:
    """A kept code's number is taken: later codes of its year continue after it."""
    prefix, year, number = code[:2], int(code[3:7]), int(code[8:])
    name = f"item:{prefix}"
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(
        insert(NumberSequence)
        .values(name=name, year=year, last_value=0)
        .on_conflict_do_nothing(index_elements=["name", "year"])
    )
    session.execute(
        update(NumberSequence)
        .where(NumberSequence.name == name, NumberSequence.year == year)
        .values(
            last_value=case(
                (NumberSequence.last_value < number, number), else_=NumberSequence.last_value
            )
        )
    )


__all__ = [
    "COLUMNS",
    "ImportRefusedError",
    "ImportResult",
    "LedgerImportService",
    "LedgerPreview",
    "LedgerSheet",
    "PreviewRow",
    "RowProblem",
    "parse_table",
    "read_ledger",
    "read_table",
]
