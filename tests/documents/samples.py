"""Sample contents of every document kind, with Vietnamese names carrying their marks."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from evidence_app.documents.content import (
    Content,
    DocumentHeader,
    DocumentLine,
    EntryOrder,
    EntrySlip,
    HandoverMinutes,
    Signer,
    StockCard,
    StockCardEntry,
    canonical_json,
)
from evidence_app.documents.page import Stamp

AGENCY = "Phòng Thi hành án dân sự khu vực 1 - Hà Nội"
MANAGING = "Thi hành án dân sự thành phố Hà Nội"
HEADER = DocumentHeader(MANAGING, AGENCY, "Hà Nội", date(2026, 3, 5), "15/BB-THADS")
NAMES = (
    "Xe máy Honda Wave biển số 29-H1 123.45",
    "Điện thoại Samsung Galaxy A52",
    "Dây chuyền vàng 18K",
    "Dao găm lưỡi thép",
)
KEEPER = Signer("Thủ kho vật chứng", "Trần Thị Bình")
OFFICER = Signer("Chấp hành viên", "Nguyễn Văn Đức")
HEAD = Signer("Trưởng phòng", "Lê Hoàng Quân")


def lines(count: int = 4) -> tuple[DocumentLine, ...]:
    made = []
    for i in range(count):
        name = NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else f" (số {i + 1})")
        made.append(
            DocumentLine(
                code=f"VC-2026-{i + 1:06d}",
                name=name,
                unit="chiếc",
                quantity=Decimal(1 + i % 3),
                recorded_quantity=Decimal(1 + i % 3) + (1 if i == 2 else 0),
                condition="Đã qua sử dụng, trầy xước nhẹ",
                recorded_condition="Đã qua sử dụng",
                seal_state="Niêm phong nguyên vẹn" if i % 2 else "",
                seal_numbers="NP-0012" if i % 2 else "",
                discrepancy="Thiếu 01 chiếc so với biên bản thu giữ" if i == 2 else "",
            )
        )
    return tuple(made)


def minutes(count: int = 4) -> HandoverMinutes:
    return HandoverMinutes(
        header=HEADER,
        received_at=datetime(2026, 3, 5, 9, 30, tzinfo=UTC),
        place="Kho vật chứng số 1, 25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội",
        case_name="Nguyễn Văn An - trộm cắp tài sản",
        delivering_body="Công an quận Hoàn Kiếm",
        representative="Phạm Minh Tuấn",
        representative_position="Điều tra viên",
        keeper=KEEPER,
        officer=OFFICER,
        seizure_record_number="45/BB-TG",
        seizure_record_date=date(2026, 2, 20),
        lines=lines(count),
    )


def order() -> EntryOrder:
    return EntryOrder(
        header=HEADER,
        case_name="Nguyễn Văn An - trộm cắp tài sản",
        basis=(
            "Luật Thi hành án dân sự số 106/2025/QH15;",
            "Nghị định số 152/2026/NĐ-CP ngày 15/6/2026 của Chính phủ;",
            "Biên bản giao nhận số 15/BB-THADS ngày 05/3/2026;",
        ),
        delivering_body="Công an quận Hoàn Kiếm",
        warehouse="Kho vật chứng số 1",
        keeper=KEEPER,
        officer=OFFICER,
        head=HEAD,
        lines=lines(),
        authority="Trưởng phòng Thi hành án dân sự khu vực 1 - Hà Nội",
    )


def slip() -> EntrySlip:
    return EntrySlip(
        header=HEADER,
        case_name="Nguyễn Văn An - trộm cắp tài sản",
        delivered_by="Phạm Minh Tuấn - Công an quận Hoàn Kiếm",
        entry_order_number="3/LNK-THADS",
        warehouse="Kho vật chứng số 1",
        location="Khu A › Phòng 1 › Kệ 2",
        preparer=Signer("Người lập phiếu", "Vũ Thị Hà"),
        deliverer=Signer("Người giao", "Phạm Minh Tuấn"),
        keeper=KEEPER,
        head=HEAD,
        lines=lines(),
    )


def card() -> StockCard:
    entries = tuple(
        StockCardEntry(
            on=date(2026, 3, 5),
            document_number="7/PNK-THADS",
            code=line.code,
            name=line.name,
            unit=line.unit,
            quantity_in=line.quantity,
            balance=line.quantity,
        )
        for line in lines()
    )
    return StockCard(
        header=HEADER,
        case_name="Nguyễn Văn An - trộm cắp tài sản",
        judgment="Bản án số 12/2026/HS-ST ngày 10/01/2026 của Tòa án nhân dân quận Hoàn Kiếm",
        warehouse="Kho vật chứng số 1",
        entries=entries,
        keeper=KEEPER,
        accountant=Signer("Kế toán nghiệp vụ", "Đỗ Thu Hằng"),
        head=HEAD,
    )


def stamp(content: Content) -> Stamp:
    code = content.verification_code()
    heads = "0123456789abcdef"
    return Stamp(
        code, heads, f"THADS-DOC|{content.header.number}|2026|{content.kind}|{code}|{heads}"
    )


def canonical(value: object) -> str:
    return canonical_json(value)
