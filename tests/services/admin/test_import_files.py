"""Spreadsheets that lie about their size: refused in little memory, with the limit named."""

from __future__ import annotations

import errno
import json
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from evidence_app.domain.errors import DomainError
from evidence_app.services.admin import table_files
from evidence_app.services.admin.ledger_import import read_ledger
from tests.services.rows import snapshot
from tests.world import World

_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
        "</Relationships>"
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Sổ" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
        "</Relationships>"
    ),
}
_HEADER = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Tên vật chứng</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Chủng loại</t></is></c></row>'
)


def _crafted(path: Path, dimension: str | None, rows: str, padding: int = 0) -> Path:
    """An .xlsx written by hand: its sheet declares ``dimension`` and holds ``rows``."""
    declared = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"{declared}<sheetData>{_HEADER}{rows}</sheetData>{' ' * padding}</worksheet>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in _PARTS.items():
            archive.writestr(name, content)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


_FAR = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'


def _refusal(path: Path) -> tuple[DomainError, int]:
    """The error reading ``path`` raises, and the peak of Python memory it took (measured on a
    second reading: the first imports openpyxl's modules)."""
    with pytest.raises(DomainError):
        read_ledger(path)
    tracemalloc.start()
    try:
        with pytest.raises(DomainError) as caught:
            read_ledger(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return caught.value, peak


def test_a_tiny_xlsx_declaring_a_million_rows_by_16384_columns_is_refused(
    world: World, tmp_path: Path
) -> None:
    path = _crafted(tmp_path / "sổ.xlsx", "A1:XFD1048576", _FAR)
    assert path.stat().st_size < 5_000
    before = snapshot(world.services)
    error, peak = _refusal(path)
    assert error.key == "import.sheet_too_large"
    assert "1.048.576 dòng × 16.384 cột" in error.message("vi")
    assert "100.000 rows and 50 columns" in error.message("en")
    assert peak < 5 * 1024 * 1024, peak
    with pytest.raises(DomainError, match=r"16\.384"):
        world.services.ledger_import.preview(world.keeper, path)
    with pytest.raises(DomainError, match=r"16\.384"):
        world.services.location_import.import_file(world.admin, world.warehouse.id, path)
    assert snapshot(world.services) == before


def test_a_sheet_hiding_its_size_is_read_only_up_to_the_row_limit(tmp_path: Path) -> None:
    for dimension in (None, "A1:B2"):  # no size declared, or a false one
        error, peak = _refusal(_crafted(tmp_path / "giấu.xlsx", dimension, _FAR))
        assert error.key == "import.sheet_too_many_rows"
        assert "hơn 100.000 dòng" in error.message("vi")
        assert peak < 20 * 1024 * 1024, peak


def test_a_row_of_16384_cells_is_read_as_its_first_50(tmp_path: Path) -> None:
    wide = '<row r="2"><c r="A2" t="inlineStr"><is><t>Xe máy</t></is></c>'
    wide += '<c r="B2" t="inlineStr"><is><t>Phương tiện</t></is></c>'
    wide += '<c r="XFD2" t="inlineStr"><is><t>xa</t></is></c></row>'
    _name, rows = table_files.read_table(_crafted(tmp_path / "rộng.xlsx", None, wide))
    assert [len(row) for row in rows] == [50, 50]


def test_an_archive_unpacking_past_the_limit_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_files, "MAX_UNPACKED_BYTES", 1024 * 1024)
    path = _crafted(tmp_path / "bom.xlsx", "A1:B2", "", padding=3 * 1024 * 1024)
    assert path.stat().st_size < 20_000
    error, _peak = _refusal(path)
    assert error.key == "import.unpacks_too_big"
    assert "bom.xlsx" in error.message("vi") and "1.0 MB" in error.message("en")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux /proc")
def test_peak_memory_of_the_whole_process_stays_small(tmp_path: Path) -> None:
    """Measured in a process of its own: C allocations count too (VmHWM, the peak resident
    size of the process's own memory; ru_maxrss would carry pytest's over the exec)."""
    bomb = _crafted(tmp_path / "bomb.xlsx", None, _FAR)
    small = _crafted(tmp_path / "small.xlsx", None, "")
    script = (
        "import json, re, sys\n"
        "from evidence_app.services.admin.ledger_import import read_ledger\n"
        "try:\n    read_ledger(sys.argv[1])\nexcept Exception as e:\n    key = e.key\n"
        "peak = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())\n"
        "print(json.dumps([key, int(peak.group(1))]))\n"
    )
    figures = {}
    for path in (small, bomb):
        done = subprocess.run(
            [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
        )
        figures[path.name] = json.loads(done.stdout)
    assert figures["small.xlsx"][0] == "import.empty"
    assert figures["bomb.xlsx"][0] == "import.sheet_too_many_rows"
    grown_kb = figures["bomb.xlsx"][1] - figures["small.xlsx"][1]
    print(f"peak RSS: small {figures['small.xlsx'][1]} kB, crafted {figures['bomb.xlsx'][1]} kB")
    assert grown_kb < 30 * 1024, grown_kb


@pytest.mark.parametrize(
    ("content", "key", "words"),
    [
        (b"PK\x03\x04 not really a zip", "import.not_xlsx", "không phải bảng tính .xlsx"),
        (b"\xd0\xcf\x11\xe0 an old .xls", "import.not_xlsx", "lưu lại dạng .xlsx"),
    ],
)
def test_a_file_that_is_not_a_workbook_is_named_so(
    tmp_path: Path, content: bytes, key: str, words: str
) -> None:
    path = tmp_path / "sổ.xlsx"
    path.write_bytes(content)
    error, _peak = _refusal(path)
    assert error.key == key and words in error.message("vi") and "sổ.xlsx" in error.message("vi")


def test_a_zip_that_is_not_a_workbook_is_named_damaged(tmp_path: Path) -> None:
    path = tmp_path / "nén.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "không phải sổ")
    error, _peak = _refusal(path)
    assert error.key == "import.corrupt"
    assert "bị hỏng" in error.message("vi") and "damaged" in error.message("en")


def test_a_file_that_may_not_be_read_is_named_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _crafted(tmp_path / "khóa.xlsx", None, "")

    def denied(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(table_files.zipfile, "ZipFile", denied)
    error, _peak = _refusal(path)
    assert error.key == "import.denied"
    assert "Không có quyền đọc tệp khóa.xlsx" in error.message("vi")
