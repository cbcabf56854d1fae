"""The headless commands as an administrator or a script runs them: a real process each time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from db.engine import resolve_url
from evidence_app.domain.disposition import RELEASE_PURPOSES, SALE_DISPOSITIONS
from tests.services.rows import guards_lifted

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )


#: The demo every test with ``demo_url`` gets a copy of (``conftest.py``), and what its
#: report must name: the items made and the keeper's login.
DEMO_ARGS = ("--items", "300", "--seed", "5", "--password", "demo-kho-2026")
DEMO_SAYS = ("300", "thukho")


def _execute(url: str, sql: str) -> None:
    """Tamper as an outsider would: plain SQL, no application code, the append-only triggers
    lifted first as the database file's or the tables' owner can."""
    engine = create_engine(resolve_url(url))
    with engine.begin() as conn, guards_lifted(conn):
        conn.execute(text(sql))
    engine.dispose()


def test_demo_then_verify_passes_and_names_no_break(demo_url: str) -> None:
    result = run("verify", "--db", demo_url)
    assert result.returncode == 0, result.stderr
    assert "300 vật chứng" in result.stdout
    assert "Nhật ký quản trị (người dùng, vai trò, mật khẩu, tham số): " in result.stdout
    # Issue 17: a role grant rewritten in the administrators' record is named, exit 1.
    _execute(demo_url, 'UPDATE admin_event SET data = \'{"roles":["admin"]}\' WHERE seq = 3')
    result = run("verify", "--db", demo_url)
    assert result.returncode == 1
    assert "SAI LỆCH trong nhật ký quản trị tại sự kiện thứ 3" in result.stderr


def _scalars(url: str, sql: str) -> list[object]:
    engine = create_engine(resolve_url(url))
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text(sql))]
    engine.dispose()
    return [r[0] if len(r) == 1 else r for r in rows]


def test_demo_holds_moves_temporary_releases_and_requests_at_every_stage(demo_url: str) -> None:
    stages = _scalars(demo_url, "SELECT DISTINCT status FROM release_request")
    assert set(stages) == {"requested", "approved", "rejected", "issued"}
    kinds = set(_scalars(demo_url, "SELECT DISTINCT kind FROM document"))
    assert {"release_order", "release_slip", "release_minutes"} <= kinds
    events = set(_scalars(demo_url, "SELECT DISTINCT kind FROM custody_event"))
    assert {"moved", "temporary_release", "returned", "release_issued"} <= events
    [(out, overdue)] = _scalars(
        demo_url,
        "SELECT COUNT(*), SUM(CASE WHEN due_on < CURRENT_DATE THEN 1 ELSE 0 END) "
        "FROM temporary_release WHERE returned_at IS NULL",
    )
    checked_out = _scalars(demo_url, "SELECT COUNT(*) FROM item WHERE status = 'checked_out'")
    assert out == checked_out[0] and int(overdue or 0) >= 1  # every item out has its release


def test_demo_items_leave_only_as_their_judgment_ordered(demo_url: str) -> None:
    """Law 106/2025 Art 56–60 in the demo: orders recorded as events, a return notice given,
    every request, lot and council holding only items ordered for it."""
    events = set(_scalars(demo_url, "SELECT DISTINCT kind FROM custody_event"))
    assert "disposition_set" in events
    assert "return_to_owner" in _scalars(demo_url, "SELECT kind FROM case_notice")
    pairs = _scalars(
        demo_url,
        "SELECT DISTINCT r.purpose, i.disposition FROM release_request r "
        "JOIN release_request_item ri ON ri.request_id = r.id JOIN item i ON i.id = ri.item_id",
    )
    allowed = {(p.value, d.value) for d, ps in RELEASE_PURPOSES.items() for p in ps}
    # A temporary release serves the proceedings and comes back, whatever was ordered.
    allowed |= {("temporary_release", d.value) for d in RELEASE_PURPOSES}
    assert pairs and set(pairs) <= allowed  # type: ignore[arg-type]
    in_lots = _scalars(
        demo_url,
        "SELECT DISTINCT i.disposition FROM auction_lot_item li JOIN item i ON i.id = li.item_id",
    )
    assert in_lots and set(in_lots) <= {d.value for d in SALE_DISPOSITIONS}
    on_councils = _scalars(
        demo_url,
        "SELECT DISTINCT i.disposition FROM destruction_item di JOIN item i ON i.id = di.item_id",
    )
    assert on_councils == ["destroy"]
    money_off_treasury = _scalars(
        demo_url,
        "SELECT COUNT(*) FROM item i JOIN warehouse w ON w.id = i.warehouse_id "
        "WHERE i.category IN ('cash', 'foreign_currency') AND w.custodian_kind <> 'treasury' "
        "AND i.location_id IS NOT NULL",
    )
    assert money_off_treasury == [0]


def test_verify_names_the_first_tampered_item_and_event(demo_url: str) -> None:
    _execute(demo_url, "UPDATE custody_event SET note = 'sửa lén' WHERE item_id = 7 AND seq = 1")
    result = run("verify", "--db", demo_url, "--lang", "en")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "(id 7)" in lines[0] and "sequence 1" in lines[0] and "changed" in lines[0]


def test_verify_names_items_whose_row_was_changed_without_an_event(demo_url: str) -> None:
    """Issue 16: status, location and warehouse changed with plain SQL, no custody event."""
    [(first, code_a)] = _scalars(
        demo_url, "SELECT id, code FROM item WHERE status = 'in_storage' ORDER BY id LIMIT 1"
    )
    [(second, code_b, warehouse, shelf)] = _scalars(
        demo_url,
        "SELECT i.id, i.code, w.code, l.code FROM item i "
        "JOIN location l ON l.id = i.location_id JOIN warehouse w ON w.id = i.warehouse_id "
        f"WHERE i.status = 'in_storage' AND i.id > {first} ORDER BY i.id LIMIT 1",
    )
    [(elsewhere, other_warehouse, other_code)] = _scalars(
        demo_url,
        "SELECT l.id, w.code, l.code FROM location l JOIN warehouse w ON w.id = l.warehouse_id "
        f"WHERE w.code <> '{warehouse}' ORDER BY l.id LIMIT 1",
    )
    _execute(demo_url, f"UPDATE item SET status = 'destroyed' WHERE id = {first}")
    _execute(
        demo_url,
        f"UPDATE item SET location_id = {elsewhere}, warehouse_id = "
        f"(SELECT warehouse_id FROM location WHERE id = {elsewhere}) WHERE id = {second}",
    )
    result = run("verify", "--db", demo_url)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert f"{code_a} (id {first}): trạng thái trên hồ sơ là “Đã tiêu hủy”" in lines[0]
    assert "chuỗi giám sát ghi “Đang bảo quản”" in lines[0]
    assert f"{code_b} (id {second}): kho trên hồ sơ là “{other_warehouse}”" in lines[1]
    assert f"ghi “{warehouse}”" in lines[1]
    assert f"vị trí trên hồ sơ là “{other_code}”, chuỗi giám sát ghi “{shelf}”" in lines[2]
    assert lines[3].startswith("3 sai lệch")
    english = run("verify", "--db", demo_url, "--lang", "en")
    assert english.returncode == 1
    assert f"{code_a} (id {first}): its status on record is “Destroyed”" in english.stderr
    assert "its custody chain says “In storage”" in english.stderr


def test_search_prints_codes_best_first(demo_url: str) -> None:
    first = run("search", "--db", demo_url, "dien thoai", "--limit", "5")
    assert first.returncode == 0, first.stderr
    codes = first.stdout.split()
    assert 1 <= len(codes) <= 5
    exact = run("search", "--db", demo_url, codes[-1].lower())
    assert exact.stdout.split()[0] == codes[-1]


def test_bench_json_has_the_promised_figures(demo_url: str) -> None:
    """Every figure, each measured at ``--quick``'s small size (the full size took minutes:
    1,000 PDF and 10,000 ZPL labels, a 200-item handover, 500 scans in the desktop)."""
    result = run(
        "bench", "--db", demo_url, "--json", "--quick", "--samples", "100", "--desk-seconds", "1"
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["quick"] is True
    assert (figures["labels_pdf_count"], figures["labels_zpl_count"]) == (100, 1000)
    assert figures["intake_20_s"] > 0 and figures["intake_documents"] > 0
    assert "ui_bench_error" not in figures, figures["ui_bench_error"]
    for key in (
        "lookup_p50_ms",
        "lookup_p95_ms",
        "lookup_baseline_p95_ms",
        "search_p50_ms",
        "search_p95_ms",
        "search_baseline_p95_ms",
        "labels_pdf_1000_s",
        "labels_pdf_1000_baseline_s",
        "labels_zpl_10000_s",
        "labels_zpl_10000_baseline_s",
        "dashboard_s",
        "reconcile_10000_s",
        "report_max_s",
        "scan_to_panel_p95_ms",
        "catalogue_first_rows_ms",
        "catalogue_scroll_end_mb",
        "cold_start_ms",
    ):
        assert figures[key] >= 0
    assert figures["items"] == 300
    if demo_url.startswith("postgresql"):  # twenty workstations scanning and moving at once
        assert figures["pg_moves_per_s"] > 0 and figures["pg_single_moves_per_s"] > 0, figures
        assert figures["pg_lost_updates"] == 0, figures
        desks = {k: v for k, v in figures.items() if k.startswith("ws_")}
        assert desks["ws_desks"] == 20 and desks["ws_scans"] >= 20, desks
        assert desks["ws_moves"] > 0 and desks["ws_move_errors"] == 0, desks
        assert desks["ws_scan_alone_p95_ms"] > 0 and desks["ws_scan_p95_ms"] > 0, desks


def test_demo_refuses_a_database_that_holds_data(demo_url: str) -> None:
    result = run("demo", "--db", demo_url, "--items", "10")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "đã có dữ liệu" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("verify", "--db", "postgresql://nobody:wrong@127.0.0.1:1/none"),
        ("verify", "--db", "mysql://x/y"),
        ("nosuchcommand",),
        ("search",),
        ("demo", "--db", "sqlite:////nonexistent-dir/\x01/x.db", "--items", "abc"),
    ],
)
def test_command_line_errors_are_one_line_never_a_traceback(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_default_database_lives_in_the_user_data_directory(tmp_path: Path) -> None:
    """Without --db the commands use the user's SQLite file; only demo may create it."""
    env = {k: v for k, v in os.environ.items() if k != "EVIDENCE_DB_URL"}
    env["XDG_DATA_HOME"] = str(tmp_path)
    default = tmp_path / "evidence-warehouse" / "evidence.db"

    def main(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *args],
            capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
        )  # fmt: skip

    refused = main("verify")
    assert refused.returncode == 1 and str(default) in refused.stderr
    assert not default.exists()
    built = main("demo", "--items", "20", "--password", "demo-kho-2026")
    assert built.returncode == 0, built.stderr
    assert default.is_file()
    assert main("verify").returncode == 0


def test_report_list_names_every_report(tmp_path: Path) -> None:
    result = run("report", "--list", "--db", f"sqlite:///{tmp_path / 'r.db'}")
    assert result.returncode == 0, result.stderr
    for name in ("evidence_ledger", "stock", "ageing", "deadlines", "enforcement_results"):
        assert name in result.stdout


def test_report_writes_pdf_and_xlsx_and_refuses_bad_input_in_one_line(
    demo_url: str, tmp_path: Path
) -> None:
    for out in (tmp_path / "stock.pdf", tmp_path / "ledger.xlsx"):
        name = "stock" if out.suffix == ".pdf" else "evidence_ledger"
        result = run("report", name, "--db", demo_url, "--out", str(out), "--from", "01/01/2020")
        assert result.returncode == 0, result.stderr
        assert out.read_bytes()[:4] in (b"%PDF", b"PK\x03\x04")
    bad = run("report", "nope", "--db", demo_url, "--out", str(tmp_path / "x.pdf"))
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
    assert "stock" in bad.stderr
    fmt = run("report", "stock", "--db", demo_url, "--out", str(tmp_path / "x.docx"))
    assert fmt.returncode == 1 and ".pdf" in fmt.stderr


def test_demo_holds_finished_stocktakes_with_minutes_and_one_open(demo_url: str) -> None:
    engine = create_engine(resolve_url(demo_url))
    with engine.connect() as conn:
        # The warehouses' stocktakes; the monthly checks of items left with a keeper
        # (owner, commune, third party) are the keeping places' own.
        rows = conn.execute(
            text("SELECT s.status, s.minutes_document_id, s.missing_count, s.misplaced_count, "
                 "s.unknown_count FROM stocktake s JOIN warehouse w ON w.id = s.warehouse_id "
                 "WHERE w.custodian_kind NOT IN ('owner', 'commune', 'third_party') "
                 "ORDER BY s.id")
        ).all()  # fmt: skip
        checks = conn.execute(
            text("SELECT s.status, s.minutes_document_id FROM stocktake s "
                 "JOIN warehouse w ON w.id = s.warehouse_id "
                 "WHERE w.custodian_kind IN ('owner', 'commune', 'third_party')")
        ).all()  # fmt: skip
        completed = conn.execute(
            text("SELECT COUNT(*) FROM enforcement_case WHERE completed_on IS NOT NULL")
        ).scalar()
    engine.dispose()
    finished = [r for r in rows if r[0] == "finished"]
    assert len(finished) == 2 and all(r[1] is not None for r in finished)
    assert all(r[2:] == (1, 1, 1) for r in finished)
    assert [r[0] for r in rows].count("open") == 1
    assert all(c == ("finished", c[1]) and c[1] is not None for c in checks)
    assert completed


def test_help_lists_every_command_with_one_line_each() -> None:
    from evidence_app.cli import COMMANDS
    from evidence_app.cli_national import COMMANDS as NATIONAL

    result = run("--help")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for name in [*COMMANDS, *NATIONAL]:
        line = next(line for line in lines if line.strip().startswith(f"{name} "))
        assert " / " in line, line  # Vietnamese / English on that one line
    assert "Without a command: opens the desktop application" in result.stdout.replace("\n", " ")


def test_a_command_refuses_a_database_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "khong-co.db"
    for args in (
        ("verify", "--db", str(missing)),
        ("search", "xe", "--db", f"sqlite:///{missing}"),
        ("report", "stock", "--db", str(missing), "--out", str(tmp_path / "r.pdf")),
    ):
        result = run(*args)
        assert result.returncode == 1, (args, result.stdout)
        assert "Không có cơ sở dữ liệu" in result.stderr and str(missing) in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert not missing.exists(), "the refused command created the database"


def test_options_in_any_order_run_the_command_never_the_desktop(demo_url: str) -> None:
    for args in (
        ("--lang", "en", "verify", "--db", demo_url),
        ("--db", demo_url, "verify", "--lang", "en"),
        ("verify", "--lang", "en", "--db", demo_url),
    ):
        result = run(*args)
        assert result.returncode == 0, (args, result.stderr)
        assert "300 items" in result.stdout, (args, result.stdout)


def test_the_command_word_is_found_wherever_it_stands() -> None:
    from main import command_word

    assert command_word(["--lang", "en", "search", "xe"]) == "search"
    assert command_word(["--db", "x.db", "verify"]) == "verify"
    assert command_word(["-platform", "offscreen"]) is None  # Qt's own options: the desktop
    assert command_word(["--lang", "en"]) is None
    assert command_word(["serch", "xe"]) == "serch"  # refused by the command line, in one line
