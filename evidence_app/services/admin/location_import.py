"""A warehouse's locations from a spreadsheet (.xlsx or .csv), as an agency has them listed:
one row a location, its place as the path of names from the top ("Khu A › Phòng 1 › Kệ A1"),
its kind (Khu, Phòng, Kệ, Ô — or zone, room, shelf, bin), and its code if it has one.

Every row is checked first, each problem named with its row; a single problem writes nothing.
Parents come before their children whatever the order of the rows; a parent must be in the
file or already in the warehouse. One transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Location, Warehouse
from evidence_app.domain.enums import LocationKind
from evidence_app.domain.errors import DomainError, NotFoundError, ValidationError
from evidence_app.domain.labels import label
from evidence_app.domain.permissions import Permission
from evidence_app.domain.text import fold
from evidence_app.services.admin.ledger_import import ImportRefusedError, RowProblem, cell_text
from evidence_app.services.admin.table_files import read_table
from evidence_app.services.catalogue import new_location
from evidence_app.services.core.auth import Actor, authorize
from evidence_app.services.core.uow import unit_of_work

#: Column headers as people write them (folded, spaces removed) → what they hold.
HEADERS = {
    "vitri": "path", "location": "path", "duongdan": "path", "path": "path",
    "loai": "kind", "loaivitri": "kind", "kind": "kind",
    "ma": "code", "mavitri": "code", "code": "code",
}  # fmt: skip
SEPARATOR = re.compile(r"\s*(?:›|>|/|\\)\s*")
MAX_ROWS = 5000
MAX_DEPTH = 4


def _kinds() -> dict[str, LocationKind]:
    table: dict[str, LocationKind] = {}
    for kind in LocationKind:
        for name in (kind.value, label(kind, "vi"), label(kind, "en")):
            table[fold(name)] = kind
    table.update({"ngan": LocationKind.BIN, "tang": LocationKind.BIN, "o": LocationKind.BIN})
    return table


@dataclass(frozen=True)
class LocationRow:
    row: int
    names: tuple[str, ...]
    kind: LocationKind
    code: str | None

    @property
    def path(self) -> str:
        return " › ".join(self.names)


def read_locations(path: str | Path) -> tuple[str, list[LocationRow], list[RowProblem]]:
    """The rows of the file, and each row's problem that can be seen without the database."""
    file_name, table = read_table(path)
    rows = iter(table)
    header = next(rows, None)
    if header is None:
        raise ValidationError("import.empty")
    columns = {
        i: HEADERS[key]
        for i, cell in enumerate(header)
        if (key := fold(cell_text(cell)).replace(" ", "")) in HEADERS
    }
    missing = [
        name for key, name in (("path", "Vị trí"), ("kind", "Loại")) if key not in columns.values()
    ]
    if missing:
        raise ValidationError("import.missing_columns", columns=", ".join(missing))
    kinds = _kinds()
    found: list[LocationRow] = []
    problems: list[RowProblem] = []
    for number, cells in enumerate(rows, start=2):
        values = {
            key: cell_text(cells[i]).strip() if i < len(cells) else "" for i, key in columns.items()
        }
        if not any(values.values()):
            continue
        if len(found) + len(problems) >= MAX_ROWS:
            raise ValidationError("import.too_big", rows=f"> {MAX_ROWS}", limit=MAX_ROWS)
        names = tuple(n for n in SEPARATOR.split(values.get("path", "")) if n)
        kind = kinds.get(fold(values.get("kind", "")))
        if not names or len(names) > MAX_DEPTH or any(len(n) > 200 for n in names):
            error: DomainError = ValidationError(
                "validation.value", field="field.location", value=values.get("path", "")[:60]
            )
        elif kind is None:
            error = ValidationError(
                "validation.value", field="field.location_kind", value=values.get("kind", "")[:40]
            )
        else:
            found.append(LocationRow(number, names, kind, values.get("code") or None))
            continue
        problems.append(RowProblem(number, error))
    if not found and not problems:
        raise ValidationError("import.empty")
    return file_name, found, problems


@dataclass(frozen=True)
class LocationImport:
    file_name: str
    codes: tuple[str, ...]


class LocationImportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def import_file(self, actor: Actor, warehouse_id: int, path: str | Path) -> LocationImport:
        """Every row's location in the warehouse, or nothing and every problem named."""
        file_name, rows, problems = read_locations(path)
        with unit_of_work(self.db, "noun.location", file_name) as session:
            authorize(session, actor, Permission.MANAGE_WAREHOUSES)
            warehouse = session.get(Warehouse, warehouse_id)
            if warehouse is None:
                raise NotFoundError(what="noun.warehouse", ref=warehouse_id)
            existing = _paths(session, warehouse_id)
            made: dict[tuple[str, ...], Location] = {}
            codes = []
            for row in sorted(rows, key=lambda r: (len(r.names), r.row)):
                key = tuple(fold(n) for n in row.names)
                parent = made.get(key[:-1]) or existing.get(key[:-1])
                if key in made or key in existing:
                    problems.append(
                        RowProblem(row.row, ValidationError("location.import_twice", path=row.path))
                    )
                elif len(key) > 1 and parent is None:
                    parent_path = " › ".join(row.names[:-1])
                    problems.append(
                        RowProblem(
                            row.row, ValidationError("location.import_no_parent", path=parent_path)
                        )
                    )
                else:
                    try:
                        node = new_location(
                            session, warehouse, parent, row.names[-1], row.kind, row.code
                        )
                    except DomainError as exc:
                        problems.append(RowProblem(row.row, exc))
                        continue
                    made[key] = node
                    codes.append(node.code)
            if problems:
                # The whole file or nothing: the transaction rolls back what was added.
                raise ImportRefusedError(tuple(sorted(problems, key=lambda p: p.row)))
            return LocationImport(file_name, tuple(codes))


def _paths(session: Session, warehouse_id: int) -> dict[tuple[str, ...], Location]:
    """The warehouse's active locations by the folded names of their path."""
    rows = list(
        session.scalars(
            select(Location).where(Location.warehouse_id == warehouse_id, Location.active.is_(True))
        )
    )
    by_id = {loc.id: loc for loc in rows}
    found: dict[tuple[str, ...], Location] = {}
    for loc in rows:
        ids = [int(p) for p in loc.path.strip("/").split("/") if p]
        if all(i in by_id for i in ids):
            found[tuple(fold(by_id[i].name) for i in ids)] = loc
    return found
