"""Importing a paper-era ledger: preview with row errors, all-or-nothing, the intake event."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.models import CustodyEvent, Item, NumberSequence
from evidence_app.domain.codes import CodeKind, parse_code
from evidence_app.domain.enums import Category, EventKind, ItemKind, ItemStatus, Role, SealState
from evidence_app.domain.errors import DomainError, PermissionDeniedError, ValidationError
from evidence_app.services.admin.ledger_import import ImportRefusedError, parse_table
from evidence_app.services.core.auth import SYSTEM
from evidence_app.services.core.numbering import MAX_VALUE
from evidence_app.services.core.verify import verify_chains
from tests.services.rows import execute, snapshot
from tests.world import World

VI_HEADER = [
    "Mã vật chứng",
    "Tên vật chứng",
    "Loại",
    "Chủng loại",
    "Số lượng",
    "Đơn vị tính",
    "Số niêm phong",
    "Giá trị ước tính",
    "Số quyết định THA",
    "Mã vị trí",
    "Ngày nhập kho",
]


def _rows(world: World) -> list[list[object]]:
    shelf = world.shelf_a.code
    decision = world.case.decision_number
    return [
        VI_HEADER,
        ["VC-2019-000120", "Xe máy Honda Wave", "Vật chứng", "Phương tiện", 1, "chiếc",
         "NP-01", "15.000.000", decision, shelf, "12/03/2019"],
        ["", "Điện thoại Nokia", "", "Điện thoại", "2", "cái", "", "", "", "", ""],
        [None, None, None, None, None, None, None, None, None, None, None],  # blank: skipped
        ["", "Dao găm", "Tài sản tạm giữ", "Vũ khí", "1", "con", "", "", decision, "", ""],
    ]  # fmt: skip


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _csv(path: Path, rows: list[list[object]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        for row in rows:
            writer.writerow(["" if c is None else c for c in row])
    return path


def test_a_valid_xlsx_ledger_is_imported_in_one_go(world: World, tmp_path: Path) -> None:
    services = world.services
    path = _xlsx(tmp_path / "sổ vật chứng 2019.xlsx", _rows(world))
    preview = services.ledger_import.preview(world.keeper, path)
    assert [r.row for r in preview.rows] == [2, 3, 5]
    assert preview.problems == () and preview.valid_count == 3
    result = services.ledger_import.commit(world.keeper, preview)
    assert result.skipped == 0 and len(result.codes) == 3
    assert result.codes[0] == "VC-2019-000120"
    assert result.codes[2].startswith("TG-")

    with services.db.session() as session:
        kept = session.scalars(select(Item).where(Item.code == "VC-2019-000120")).one()
        assert kept.status is ItemStatus.IN_STORAGE and kept.location_id == world.shelf_a.id
        assert kept.case_id == world.case.id and kept.estimated_value == 15_000_000
        assert kept.seal_state is SealState.INTACT and kept.category is Category.VEHICLE
        assert kept.received_at.date().isoformat() == "2019-03-12"
        first = session.scalars(
            select(CustodyEvent).where(CustodyEvent.item_id == kept.id, CustodyEvent.seq == 1)
        ).one()
        assert first.kind is EventKind.RECEIVED
        assert "sổ vật chứng 2019.xlsx" in (first.note or "") and "dòng 2" in (first.note or "")
        assert json.loads(first.data or "{}")["row"] == 2
        phone = session.scalars(select(Item).where(Item.name == "Điện thoại Nokia")).one()
        assert phone.status is ItemStatus.RECEIVED and phone.kind is ItemKind.EVIDENCE
        # The kept number is taken: the next 2019 evidence code continues after it.
        sequence = session.get(NumberSequence, ("item:VC", 2019))
        assert sequence is not None and sequence.last_value == 120
    assert verify_chains(services.db, SYSTEM).first_break is None


def test_english_headers_and_semicolon_csv_are_accepted(world: World, tmp_path: Path) -> None:
    rows = [
        ["Name", "Category", "Quantity", "Unit", "Estimated value"],
        ["Gold ring", "Jewellery", "1,5", "chỉ", "3000000"],
        ["Laptop Dell", "electronics", "1", "cái", ""],
    ]
    path = _csv(tmp_path / "ledger.csv", rows, delimiter=";")
    preview = world.services.ledger_import.preview(world.keeper, path)
    assert preview.problems == ()
    result = world.services.ledger_import.commit(world.keeper, preview)
    assert len(result.codes) == 2


def test_rows_with_errors_are_named_and_nothing_is_written(world: World, tmp_path: Path) -> None:
    services = world.services
    world.receive("Đã có")
    rows = [
        *_rows(world),
        ["", "", "", "Phương tiện", "1", "", "", "", "", "", ""],  # row 6: no name
        ["", "Bàn", "", "Bàn ghế", "1", "", "", "", "", "", ""],  # row 7: unknown category
        ["", "Ô tô", "", "Phương tiện", "-1", "", "", "", "", "", ""],  # row 8: quantity
        ["VC-2019-000120", "Trùng", "", "Khác", "1", "", "", "", "", "", ""],  # row 9: dup
        ["", "Ghế", "", "Khác", "1", "", "", "", "99/QĐ-XYZ", "", ""],  # row 10: case
        ["", "Tủ", "", "Khác", "1", "", "", "", "", "VT-KHONG-CO", ""],  # row 11: location
        ["", "Két", "", "Khác", "1", "", "", "", "", "", "31/02/2019"],  # row 12: date
        ["", "Két", "", "Khác", "1", "", "", "12,5 triệu", "", "", ""],  # row 13: money
        ["XX-1", "Két", "", "Khác", "1", "", "", "", "", "", ""],  # row 14: code
    ]
    path = _xlsx(tmp_path / "lỗi.xlsx", rows)
    before = snapshot(services)
    preview = services.ledger_import.preview(world.keeper, path)
    problems = {p.row: p for p in preview.problems}
    assert sorted(problems) == list(range(6, 15))
    assert "Dòng 6" in problems[6].message("vi") and "tên" in problems[6].message("vi")
    assert "Row 7" in problems[7].message("en") and "Bàn ghế" in problems[7].message("en")
    assert "VC-2019-000120" in problems[9].message("vi")
    assert "99/QĐ-XYZ" in problems[10].message("vi")
    assert "VT-KHONG-CO" in problems[11].message("vi")
    assert "31/02/2019" in problems[12].message("vi")
    with pytest.raises(ImportRefusedError) as refused:
        services.ledger_import.commit(world.keeper, preview)
    assert "9" in refused.value.message("vi") and "Dòng 6" in refused.value.message("vi")
    assert snapshot(services) == before

    # Explicitly only the valid rows: the three good ones, in one transaction.
    result = services.ledger_import.commit(world.keeper, preview, valid_only=True)
    assert len(result.codes) == 3 and result.skipped == 9


def test_the_file_itself_refused_with_a_clear_message(world: World, tmp_path: Path) -> None:
    services = world.services
    before = snapshot(services)
    cases: dict[str, tuple[bytes, str]] = {
        "a.txt": (b"x", ".xlsx"),
        "empty.csv": (b"", "dữ liệu"),
        "header.csv": ("Tên vật chứng\n".encode(), "Chủng loại"),
        "broken.xlsx": (b"PK\x03\x04 not really a zip", "broken.xlsx"),
    }
    for name, (content, expected) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(DomainError) as caught:
            services.ledger_import.preview(world.keeper, path)
        assert expected in caught.value.message("vi"), caught.value.message("vi")
    with pytest.raises(DomainError):
        services.ledger_import.preview(world.keeper, tmp_path / "missing.csv")
    assert snapshot(services) == before


def test_only_those_who_receive_items_import(world: World, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "s.xlsx", _rows(world))
    with pytest.raises(PermissionDeniedError):
        world.services.ledger_import.preview(world.admin, path)
    preview = world.services.ledger_import.preview(world.officer, path)
    with pytest.raises(PermissionDeniedError):
        world.services.ledger_import.commit(world.actors[Role.INSPECTOR], preview)


def test_a_header_only_sheet_or_blank_rows_are_empty() -> None:
    with pytest.raises(DomainError) as caught:
        parse_table("x.csv", [["Tên", "Chủng loại"], ["", ""], [None]])
    assert "không có dòng" in caught.value.message("vi")


def test_a_code_past_the_printed_width_is_refused_naming_its_row(
    world: World, tmp_path: Path
) -> None:
    """VC-2026-999999999 would leave the year's next code unscannable (ten digits)."""
    services = world.services
    rows = [
        ["Mã vật chứng", "Tên vật chứng", "Chủng loại"],
        ["VC-2026-000010", "Xe đạp", "Phương tiện"],
        ["VC-2026-999999999", "Xe máy", "Phương tiện"],  # row 3
        ["VC-2026-0000011", "Ô tô", "Phương tiện"],  # row 4: a second spelling of 11
    ]
    before = snapshot(services)
    preview = services.ledger_import.preview(world.keeper, _xlsx(tmp_path / "s.xlsx", rows))
    problems = {p.row: p for p in preview.problems}
    assert sorted(problems) == [3, 4]
    assert problems[3].message("vi").startswith("Dòng 3: mã vật chứng «VC-2026-999999999»")
    assert "6 chữ số" in problems[3].message("vi")
    assert problems[4].message("en").startswith("Row 4: item code “VC-2026-0000011”")
    with pytest.raises(ImportRefusedError) as refused:
        services.ledger_import.commit(world.keeper, preview)
    assert "Dòng 3" in refused.value.message("vi")
    assert snapshot(services) == before


def test_the_code_after_the_largest_kept_code_still_parses_and_scans(
    world: World, tmp_path: Path
) -> None:
    services = world.services
    year = datetime.now(UTC).year  # the year new codes are given in
    largest = f"VC-{year}-999999"
    kept = [["Mã vật chứng", "Tên vật chứng", "Chủng loại"], [largest, "Xe máy", "Phương tiện"]]
    preview = services.ledger_import.preview(world.keeper, _xlsx(tmp_path / "a.xlsx", kept))
    services.ledger_import.commit(world.keeper, preview)
    given = [["Tên vật chứng", "Chủng loại"], ["Ô tô", "Phương tiện"]]
    preview = services.ledger_import.preview(world.keeper, _xlsx(tmp_path / "b.xlsx", given))
    (code,) = services.ledger_import.commit(world.keeper, preview).codes
    assert code == f"VC-{year}-1000000"
    assert parse_code(code).kind is CodeKind.ITEM
    assert services.items.by_code(world.keeper, code.lower()).name == "Ô tô"


def test_a_used_up_year_refuses_a_new_code_and_writes_nothing(world: World) -> None:
    services = world.services
    world.receive("Đã có")  # the year's sequence row exists
    year = datetime.now(UTC).year
    execute(
        services,
        "UPDATE number_sequence SET last_value = :last WHERE name = 'item:VC' AND year = :year",
        last=MAX_VALUE,
        year=year,
    )
    before = snapshot(services)
    with pytest.raises(ValidationError) as caught:
        world.receive("Thêm một")
    assert caught.value.key == "code.exhausted"
    assert f"VC của năm {year}" in caught.value.message("vi")
    assert snapshot(services) == before
