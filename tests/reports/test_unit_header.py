"""An office's reports (issue 21): headed, like its papers, by the provincial agency over the
office's own name (Decree 30/2020 Appendix I) and signed by the office's own head, keeper and
accountant; the province's reports keep the agency's header and the provincial head."""

from __future__ import annotations

import io

import openpyxl
import pytest

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import Disposition, Role
from evidence_app.reports import registry
from evidence_app.reports.params import ReportParams
from evidence_app.reports.working_year import statistics_period
from evidence_app.services.core.scope import provincial_unit_id
from tests.documents.pdf_pages import page_texts
from tests.services.core.test_units_sales import office
from tests.world import World

PROVINCE = "THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HÀ NỘI"
OFFICE = "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3"


def _params(name: str, **kw: object) -> ReportParams:
    if name == "enforcement_results":
        start, end = statistics_period(2026, 3)
        return ReportParams(date_from=start, date_to=end, **kw)  # type: ignore[arg-type]
    return ReportParams(**kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", [s.name for s in registry.specs()])
def test_an_offices_report_carries_its_header_and_its_heads_name(world: World, name: str) -> None:
    s = world.services
    kv = office(world)
    kv.item(world, "Xe máy khu vực 3", Disposition.RETURN_TO_OWNER)
    table = s.reports.build(kv.officer, name, _params(name))
    assert table.unit_id == kv.unit_id
    first, *_, last = page_texts(s.reports.render(table, "pdf", agency_today())) * 2
    # The provincial agency over the office, top left.
    assert first.index(PROVINCE) < first.index(OFFICE), first[:300]
    # The office's own people sign; the provincial head does not.
    assert kv.people[Role.HEAD].full_name in last, last[-400:]
    assert world.head.full_name not in last, last[-400:]
    sheet = openpyxl.load_workbook(io.BytesIO(s.reports.render(table, "xlsx"))).active
    assert sheet is not None and sheet["A1"].value == OFFICE


def test_the_province_keeps_its_header_and_asks_for_an_office_by_name(world: World) -> None:
    s = world.services
    kv = office(world)
    name = "stock"
    whole = s.reports.build(world.head, name, _params(name))
    assert whole.unit_id is None
    first = page_texts(s.reports.render(whole, "pdf", agency_today()))[0]
    assert PROVINCE in first and OFFICE not in first
    # The provincial head printing one office's report: the office's header, its head signs.
    one = s.reports.build(world.head, name, _params(name, unit_ids=frozenset({kv.unit_id})))
    assert one.unit_id == kv.unit_id
    last = page_texts(s.reports.render(one, "pdf", agency_today()))[-1]
    # She prepared it; the office's head signs as head.
    assert [b.name for b in one.signers] == [world.head.full_name, kv.people[Role.HEAD].full_name]
    assert last.endswith(f"{world.head.full_name} {kv.people[Role.HEAD].full_name}")
    # The province alone (its own unit) is the agency's report.
    with s.db.session() as session:
        provincial = provincial_unit_id(session)
    assert provincial is not None and provincial != kv.unit_id
    province = s.reports.build(world.head, name, _params(name, unit_ids=frozenset({provincial})))
    assert province.unit_id is None
