"""Every report as a clerk reads it, in both languages, on both databases: words, never message
keys; every percentage with the same decimals; quantities without ",00"; the signature blocks
with the names filled from the roles, on the last page with the table's end; user text in the
spreadsheet always text, never a formula."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import text

from evidence_app.domain import display
from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import Category, Role
from evidence_app.domain.messages import MESSAGES
from evidence_app.reports import registry
from evidence_app.reports.params import ReportParams
from evidence_app.reports.pdf import render_pdf
from evidence_app.reports.table import Align, Column, ReportTable, Signer
from evidence_app.reports.working_year import statistics_period
from evidence_app.services.catalogue import CaseDraft
from evidence_app.services.core import deadlines
from tests.documents.pdf_pages import page_images, page_texts
from tests.services.outcomes.scenario import build as build_outcomes
from tests.world import World

LANGS = ("vi", "en")
#: A word.word token: a message key when MESSAGES knows it.
KEY = re.compile(r"\b[a-z_]+(?:\.[a-z_0-9]+)+\b")
#: Names the test world gives its users (tests/world.py: "Người dùng {role}").
NAME = {role: f"Người dùng {role.value}" for role in Role}
#: Spreadsheet formulas a user might type as an item's name.
FORMULAS = ("=1+2", "+SUM(A1)", "-2+3", "@x")


#: The first words of message keys ("area", "deadline"…): a token starting with one is a key,
#: known or not ("area.cases" printed as such when MESSAGES lacked it).
NAMESPACES = frozenset(k.split(".", 1)[0] for k in MESSAGES)


def _keys(found: str) -> list[str]:
    return [k for k in KEY.findall(found) if k in MESSAGES or k.split(".")[0] in NAMESPACES]


def _data(world: World) -> None:
    """Items with whole and fractional quantities; cases whose rates are 50 % and 10,45 %."""
    world.receive("Xe máy Honda Wave", quantity=Decimal("2"), unit="chiếc")
    world.receive("Vàng miếng", quantity=Decimal("2.5"), unit="chỉ", category=Category.OTHER)
    s = world.services
    ids = [
        s.cases.create(world.officer, CaseDraft(name=f"Vụ {n}", amount_to_enforce=1_000)).id
        for n in range(2)
    ]
    rows = [
        (world.case.id, True, date(2026, 9, 1), 5_000, 1_045),
        (ids[0], True, None, 5_000, 0),
        (ids[1], False, None, 1_000, 0),
    ]
    with s.db.engine.begin() as conn:
        for case_id, able, done, due, paid in rows:
            conn.execute(
                text(
                    "UPDATE enforcement_case SET enforceable = :a, completed_on = :d, "
                    "decision_date = :dd, amount_to_enforce = :m, amount_enforced = :p "
                    "WHERE id = :i"
                ),
                {"a": able, "d": done, "dd": date(2025, 11, 1), "m": due, "p": paid,
                 "i": case_id},
            )  # fmt: skip


def _params(name: str, lang: str) -> ReportParams:
    if name == "enforcement_results":
        start, end = statistics_period(2026, 3)
        return ReportParams(date_from=start, date_to=end, lang=lang)
    if name in ("deadlines", "ageing", "overdue_releases", "stock"):
        return ReportParams(lang=lang)
    today = agency_today()
    return ReportParams(date_from=today - timedelta(days=400), date_to=today, lang=lang)


def _pdf(world: World, name: str, lang: str) -> tuple[ReportTable, list[str]]:
    """The report built by the officer and printed, as the text of each page."""
    s = world.services
    table = s.reports.build(world.officer, name, _params(name, lang))
    return table, page_texts(s.reports.render(table, "pdf", agency_today()))


@pytest.mark.parametrize("lang", LANGS)
def test_every_report_prints_words_and_the_signers_of_its_form(world: World, lang: str) -> None:
    _data(world)
    for spec in registry.specs():
        table, pages = _pdf(world, spec.name, lang)
        whole = " ".join(pages)
        assert not _keys(whole), (spec.name, _keys(whole))
        last = pages[-1]
        head = "HEAD OF AGENCY" if lang == "en" else "THỦ TRƯỞNG CƠ QUAN"
        # The person making it (the officer printing) and the head, named from the roles.
        assert head in last and NAME[Role.HEAD] in last, (spec.name, last)
        assert NAME[Role.OFFICER] in last, (spec.name, last)
        if spec.name == "evidence_ledger":
            assert ("WAREHOUSE KEEPER" if lang == "en" else "THỦ KHO") in last
            assert NAME[Role.KEEPER] in last
        elif spec.name == "auction_ledger":
            assert ("ACCOUNTANT" if lang == "en" else "KẾ TOÁN") in last
            assert NAME[Role.ACCOUNTANT] in last
        else:
            assert ("PREPARED BY" if lang == "en" else "NGƯỜI LẬP BIỂU") in last
        assert [s.name for s in table.signers].count("") == 0, spec.name
        # The table's end is on the signatures' page: its totals row when it has one.
        if table.totals is not None:
            label = next(v for v in table.totals if isinstance(v, str))
            assert label in last, (spec.name, label, last)


@pytest.mark.parametrize("lang", LANGS)
def test_percentages_have_one_precision_on_paper_in_the_sheet_and_on_screen(
    world: World, lang: str
) -> None:
    build_outcomes(world)  # the hand-computed cases of tests/reports/test_enforcement.py
    world.services.rules.set(world.admin, "enforcement.target_cases_percent", 81.5)
    table, pages = _pdf(world, "enforcement_results", lang)
    whole = " ".join(pages)
    comma = "," if lang == "vi" else "."
    # The 3-month rates by money and by cases, printed with their two decimals alike.
    assert f"7{comma}41" in whole and f"0{comma}00" in whole, whole
    assert f"81{comma}50%" in " ".join(table.footer), table.footer
    # No number with a single decimal (the "76,1" beside "10,45" of issue 20).
    single = r"\b\d+,\d(?!\d)" if lang == "vi" else r"\b\d+\.\d(?!\d)"
    assert not re.findall(single, whole), re.findall(single, whole)
    assert display.cell(table.rows[1][15], lang) == f"7{comma}41"
    sheet = openpyxl.load_workbook(io.BytesIO(world.services.reports.render(table, "xlsx"))).active
    rates = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, Decimal | float)
             and c.column == 16]  # fmt: skip
    assert rates and {c.number_format for c in rates} == {"0.00"}


@pytest.mark.parametrize("lang", LANGS)
def test_quantities_print_without_spurious_decimals(world: World, lang: str) -> None:
    _data(world)
    table, pages = _pdf(world, "evidence_ledger", lang)
    whole = " ".join(pages)
    comma = "," if lang == "vi" else "."
    assert not re.findall(rf"\b\d+{re.escape(comma)}00\b", whole), re.findall(
        rf".{{30}}\d+{re.escape(comma)}00\b.{{10}}", whole
    )
    assert f"2{comma}5" in whole, whole[:3000]
    assert re.search(r"chiếc 2 ", whole), whole
    sheet = openpyxl.load_workbook(io.BytesIO(world.services.reports.render(table, "xlsx"))).active
    formats = {
        c.value: c.number_format
        for row in sheet.iter_rows()
        for c in row
        if c.column == 7 and isinstance(c.value, int | float | Decimal)
    }
    assert formats == {2: "#,##0", 2.5: "#,##0.0"}, formats


def test_user_text_in_the_spreadsheet_stays_text(world: World) -> None:
    for name in FORMULAS:
        world.receive(name)
    s = world.services
    data = s.reports.export(world.officer, "evidence_ledger", _params("evidence_ledger", "vi"),
                            "xlsx")  # fmt: skip
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    cells = {c.value: c for row in sheet.iter_rows() for c in row if c.value in FORMULAS}
    assert set(cells) == set(FORMULAS)
    for cell in cells.values():
        assert cell.data_type == "s" and cell.quotePrefix, (cell.value, cell.data_type)
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        xml = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    # The whole book has no formula at all, read back as the spreadsheet program would.
    values = openpyxl.load_workbook(io.BytesIO(data), data_only=True).active
    assert {c.value for row in values.iter_rows() for c in row} >= set(FORMULAS)


@pytest.fixture
def every_deadline_kind(world: World) -> Iterator[list[str]]:
    """One open deadline of every kind the workflows name (deadline.*), through the report's
    own source list."""
    kinds = [k for k in MESSAGES if k.startswith("deadline.") and ".subject_" not in k]
    lot = [k for k in MESSAGES if k.startswith("deadline.subject_")]
    today = agency_today()

    def source(_session: object, _today: date, _until: date) -> list[deadlines.Deadline]:
        return [
            deadlines.Deadline(kind, today + timedelta(days=i % 5), f"Lô {i}", "Điều 67.1",
                               "auctions", i, subject_key=lot[i % len(lot)])
            for i, kind in enumerate(kinds)
        ]  # fmt: skip

    deadlines.SOURCES.append(source)
    try:
        yield kinds
    finally:
        deadlines.SOURCES.remove(source)


@pytest.mark.parametrize("lang", LANGS)
def test_the_deadlines_report_names_every_kind_in_words(
    world: World, every_deadline_kind: list[str], lang: str
) -> None:
    assert "deadline.buyer_handover" in every_deadline_kind
    _table, pages = _pdf(world, "deadlines", lang)
    whole = " ".join(pages)
    assert not _keys(whole), _keys(whole)
    assert "deadline." not in whole
    for kind in every_deadline_kind:
        words = display.words(kind, lang)
        assert words != kind and " ".join(words.split()) in whole, (kind, words)


def _synthetic(rows: int) -> ReportTable:
    return ReportTable(
        name="synthetic",
        title="SỔ THỬ",
        columns=(Column("STT", 0.5, Align.CENTER), Column("Tên", 3), Column("Số lượng", 1)),
        rows=tuple((i, f"Dòng số {i}", Decimal(i)) for i in range(1, rows + 1)),
        totals=(None, "Cộng", Decimal(rows * (rows + 1) // 2)),
        footer=("Ghi chú cuối bảng.",),
        signers=(
            Signer("Người lập biểu", "(Ký, ghi rõ họ tên)", "Trần Văn Lập"),
            Signer("Thủ trưởng cơ quan", "(Ký, ghi rõ họ tên, đóng dấu)", "Lê Thị Trưởng"),
        ),
    )


def test_the_signatures_never_stand_alone_on_a_page() -> None:
    """Every row count from one page to three: the last page holds the last rows, the totals,
    the footer and both names; a tail that starts a page repeats the header row."""
    broke_page = 0
    for rows in range(1, 75):
        pdf = render_pdf(
            _synthetic(rows), "BỘ TƯ PHÁP", "CHI CỤC THADS", "Hà Nội", date(2026, 3, 5)
        )
        pages = page_texts(pdf)
        last = pages[-1]
        assert f"Dòng số {rows} " in last and "Cộng" in last, (rows, last)
        assert "Ghi chú cuối bảng." in last and "Trần Văn Lập" in last, rows
        assert "Lê Thị Trưởng" in last and "THỦ TRƯỞNG CƠ QUAN" in last, rows
        if len(pages) > 1:
            assert "Số lượng" in last, (rows, last)  # the header row over the tail
            assert f"Dòng số {rows - 1} " in last, (rows, last)
            broke_page += 1
    assert broke_page > 10


def test_report_pages_as_images(
    world: World, every_deadline_kind: list[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The last page of each report rendered, for looking at (saved under the test's temp
    dir); the deadlines report with one deadline of every kind."""
    _data(world)
    out = tmp_path_factory.mktemp("report_pages")
    for spec in registry.specs():
        table = world.services.reports.build(world.officer, spec.name, _params(spec.name, "vi"))
        images = page_images(world.services.reports.render(table, "pdf", agency_today()), dpi=80)
        images[-1].save(out / f"{spec.name}.png")
        assert images[-1].getbbox() is not None


@pytest.mark.parametrize("lang", LANGS)
def test_a_cases_deadline_names_its_area_in_words(world: World, lang: str) -> None:
    """What a judgment orders (Law 106/2025 Art 57.1) falls due in the "cases" area: the
    deadlines report prints the area's name, not its message key "area.cases"."""
    world.receive("Dao bấm", disposition="confiscate")
    with world.services.db.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE enforcement_case SET decision_date = :d, "
                "decision_number = COALESCE(decision_number, '12/QĐ-THADS') WHERE id = :i"
            ),
            {"d": date(2025, 11, 1), "i": world.case.id},
        )
    table, pages = _pdf(world, "deadlines", lang)
    whole = " ".join(pages)
    assert any(row[-1] == ("Cases" if lang == "en" else "Vụ việc") for row in table.rows)
    assert not _keys(whole), _keys(whole)
