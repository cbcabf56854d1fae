"""``main.py labels``: labels to a file from the command line, recorded like any print."""

from __future__ import annotations

from pathlib import Path

from evidence_app.domain.enums import EventKind
from tests.cli.test_cli import run
from tests.label_pdf import all_codes
from tests.world import World


def _printed(world: World, item_id: int) -> int:
    history = world.services.items.history(world.keeper, item_id)
    return sum(e.kind is EventKind.LABEL_PRINTED for e in history)


def test_labels_to_pdf_decode_and_are_recorded(world: World, db_url: str, tmp_path: Path) -> None:
    first, second = world.receive(), world.receive("Điện thoại Samsung")
    out = tmp_path / "nhan.pdf"
    codes = f"{first.code},{second.code.lower()}"
    result = run(
        "labels",
        "--db",
        db_url,
        "--codes",
        codes,
        "--format",
        "pdf",
        "--size",
        "a4",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert "2 nhãn" in result.stdout
    assert all_codes(out.read_bytes()) == [first.code, second.code]
    assert _printed(world, first.id) == _printed(world, second.id) == 1


def test_labels_to_zpl_at_300_dpi(world: World, db_url: str, tmp_path: Path) -> None:
    item = world.receive()
    out = tmp_path / "nhan.zpl"
    result = run(
        "labels",
        "--db",
        db_url,
        "--codes",
        item.code,
        "--format",
        "zpl",
        "--size",
        "100x50",
        "--dpi",
        "300",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    zpl = out.read_text(encoding="utf-8")
    assert zpl.count("^XA") == 1 and "^PW1181" in zpl and f"^FD{item.code}^FS" in zpl


def test_location_labels(world: World, db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "vitri.pdf"
    result = run(
        "labels",
        "--db",
        db_url,
        "--locations",
        "--codes",
        world.shelf_a.code,
        "--size",
        "100x50",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert all_codes(out.read_bytes()) == [world.shelf_a.code]


def test_an_unknown_code_is_one_line_no_file_and_nothing_recorded(
    world: World, db_url: str, tmp_path: Path
) -> None:
    item = world.receive()
    out = tmp_path / "nhan.pdf"
    result = run(
        "labels",
        "--db",
        db_url,
        "--codes",
        f"{item.code},VC-2026-999999",
        "--out",
        str(out),
        "--lang",
        "en",
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "Item not found: VC-2026-999999."
    assert not out.exists()
    assert _printed(world, item.id) == 0


def test_a_sheet_size_in_zpl_is_refused_in_one_line(
    world: World, db_url: str, tmp_path: Path
) -> None:
    item = world.receive()
    result = run(
        "labels",
        "--db",
        db_url,
        "--codes",
        item.code,
        "--format",
        "zpl",
        "--size",
        "a4",
        "--out",
        str(tmp_path / "x.zpl"),
    )
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "khổ nhãn" in result.stderr
