from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from evidence_app.domain.enums import Category, ItemStatus
from evidence_app.services.search import SearchHit
from ui.search_model import CodeRole, ItemIdRole, SearchModel
from ui.strings import set_language


def _hit(n: int) -> SearchHit:
    return SearchHit(
        id=n,
        code=f"VC-2026-{n:06d}",
        name=f"Xe máy số {n}",
        category=Category.VEHICLE,
        status=ItemStatus.IN_STORAGE,
        owner_name="Phạm Thị Dung",
        received_at=datetime(2026, 3, 5, 12, 0, tzinfo=UTC),
    )


def test_search_model_passes_the_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = SearchModel()
    model.set_hits([_hit(1), _hit(2), _hit(3)])
    qtmodeltester.check(model)
    model.set_hits([])
    qtmodeltester.check(model)


def test_cells_show_labels_in_vietnamese_and_the_date_as_dd_mm_yyyy() -> None:
    model = SearchModel()
    model.set_hits([_hit(7)])
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    local_day = datetime(2026, 3, 5, 12, 0, tzinfo=UTC).astimezone().strftime("%d/%m/%Y")
    assert row == [
        "VC-2026-000007",
        "Xe máy số 7",
        "Phương tiện",
        "Đang bảo quản",
        "Phạm Thị Dung",
        local_day,
    ]
    assert model.index(0, 3).data(ItemIdRole) == 7
    assert model.index(0, 0).data(CodeRole) == "VC-2026-000007"


def test_headers_follow_the_language() -> None:
    model = SearchModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Mã", "Tên", "Chủng loại", "Trạng thái", "Chủ sở hữu", "Ngày tiếp nhận"]
    set_language("en")
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Category"
    assert model.index(0, 0).data() is None


def test_row_of_finds_an_item_among_the_hits() -> None:
    model = SearchModel()
    model.set_hits([_hit(1), _hit(9)])
    assert model.row_of(9) == 1
    assert model.row_of(5) is None
