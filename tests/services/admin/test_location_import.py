"""A warehouse's locations imported from a spreadsheet: all rows or none, every problem named."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from evidence_app.domain.enums import LocationKind, Role
from evidence_app.domain.errors import PermissionDeniedError
from evidence_app.services.admin.ledger_import import ImportRefusedError
from tests.services.rows import snapshot
from tests.world import World

ROWS = [
    ("Vị trí", "Loại", "Mã vị trí"),
    ("Khu B › Phòng 2 › Kệ B1", "Kệ", ""),  # a child before its parents: order does not matter
    ("Khu B", "Khu", ""),
    ("Khu B > Phòng 2", "room", "VT-K1-900"),
    ("Khu B / Phòng 2 / Kệ B1 / Ngăn 1", "Ngăn", ""),
    ("Khu A › Kệ 9", "Shelf", ""),  # under the world's own Khu A
]


def _csv(tmp_path: Path, rows: list[tuple[str, ...]]) -> Path:
    path = tmp_path / "vi-tri.csv"
    path.write_text("\n".join(";".join(r) for r in rows), encoding="utf-8-sig")
    return path


def test_a_csv_builds_the_tree_in_any_order(world: World, tmp_path: Path) -> None:
    done = world.services.location_import.import_file(
        world.keeper, world.warehouse.id, _csv(tmp_path, ROWS)
    )
    assert len(done.codes) == 5 and "VT-K1-900" in done.codes
    tree = {n.location.full_name: n.location for n in
            world.services.warehouses.tree(world.keeper, world.warehouse.id).nodes}  # fmt: skip
    leaf = tree["Khu B › Phòng 2 › Kệ B1 › Ngăn 1"]
    assert leaf.kind is LocationKind.BIN
    assert tree["Khu B › Phòng 2"].code == "VT-K1-900"
    assert tree["Khu A › Kệ 9"].kind is LocationKind.SHELF
    assert world.services.warehouses.location_by_code(world.keeper, leaf.code).id == leaf.id


def test_an_xlsx_file_reads_the_same(world: World, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    for row in ROWS:
        book.active.append(list(row))
    path = tmp_path / "vi-tri.xlsx"
    book.save(path)
    done = world.services.location_import.import_file(world.keeper, world.warehouse.id, path)
    assert len(done.codes) == 5


def test_every_problem_is_named_with_its_row_and_nothing_is_written(
    world: World, tmp_path: Path
) -> None:
    rows = [
        *ROWS,
        ("Khu C › Kệ 1", "Kệ", ""),  # row 7: no Khu C
        ("Khu B › Phòng 2", "Phòng", ""),  # row 8: twice in the file
        ("Khu A", "Khu", ""),  # row 9: already in the warehouse
        ("Khu B › Kho lạnh", "tủ", ""),  # row 10: no such kind
    ]
    before = snapshot(world.services)
    with pytest.raises(ImportRefusedError) as refused:
        world.services.location_import.import_file(
            world.keeper, world.warehouse.id, _csv(tmp_path, rows)
        )
    assert [p.row for p in refused.value.problems] == [7, 8, 9, 10]
    texts = [p.message("vi") for p in refused.value.problems]
    assert "Dòng 7" in texts[0] and "Khu C" in texts[0]
    assert "Khu A" in texts[2] and "tủ" in texts[3]
    assert refused.value.message("en")
    assert snapshot(world.services) == before


@pytest.mark.parametrize("role", [Role.OFFICER, Role.ACCOUNTANT, Role.INSPECTOR])
def test_only_who_manages_warehouses_may_import_them(
    world: World, tmp_path: Path, role: Role
) -> None:
    before = snapshot(world.services)
    with pytest.raises(PermissionDeniedError):
        world.services.location_import.import_file(
            world.actors[role], world.warehouse.id, _csv(tmp_path, ROWS)
        )
    assert snapshot(world.services) == before
