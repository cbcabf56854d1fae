"""The auction ledger (Mẫu số 17): one row per lot of the period, its valuation, auction,
sale, payment and handover, totals, and an overdue deadline noted."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import openpyxl

from evidence_app.domain.enums import BankMovement, HandoverObstacle, Role
from evidence_app.reports.params import ReportParams
from evidence_app.reports.table import ReportTable
from tests.documents.pdf_pages import page_images, page_texts
from tests.services.auctions.steps import (
    AUCTION_1,
    BUYER,
    POSTED_1,
    contracted_lot,
    notices,
    out_on_order,
    valued_lot,
)
from tests.world import World


def _two_lots(world: World) -> None:
    """A lot valued at 30.000.000 đ waiting, and a lot sold for 104.500.000 đ, paid in full."""
    auctions = world.services.auctions
    valued_lot(world, 30_000_000)
    sold = contracted_lot(world)
    auctions.today.day = POSTED_1  # type: ignore[attr-defined]
    auctions.schedule_round(
        world.officer, sold.id, AUCTION_1, posted_on=POSTED_1, notices=notices(POSTED_1)
    )
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    auctions.record_winner(world.officer, sold.id, BUYER, 104_500_000)
    auctions.today.day = date(2026, 12, 10)  # type: ignore[attr-defined]
    auctions.record_payment(world.actors[Role.ACCOUNTANT], sold.id, 104_500_000, date(2026, 12, 10))


PERIOD = ReportParams(date(2026, 10, 1), date(2027, 9, 30), today=date(2027, 2, 15))


def test_the_ledger_is_a_registered_report_on_the_list(world: World) -> None:
    reports = {r.name: r for r in world.services.reports.list()}
    assert reports["auction_ledger"].params == ("period",)
    assert reports["auction_ledger"].title("vi").startswith("Sổ theo dõi xử lý tài sản bán đấu giá")


def test_the_ledger_pdf_reads_in_vietnamese_with_the_buyer_and_the_price(
    world: World, tmp_path: Path
) -> None:
    _two_lots(world)
    reports = world.services.reports
    pdf = reports.export(world.actors[Role.INSPECTOR], "auction_ledger", PERIOD, "pdf")
    words = " ".join(page_texts(pdf))
    for expected in (
        "SỔ THEO DÕI XỬ LÝ TÀI SẢN BÁN ĐẤU GIÁ THI HÀNH ÁN", "Mẫu số 17",
        "Từ ngày 01/10/2026 đến ngày 30/09/2027", "Giá thẩm định, xác định giá (đồng)",
        "Tổ chức đấu giá, hợp đồng", "Hình thức bán, người mua", "Ngày giao tài sản",
        "Công ty TNHH Thương mại Minh Phát", "104.500.000", "30.000.000", "Cộng",
    ):  # fmt: skip
        assert expected in words, expected
    image = page_images(pdf)[0]
    assert image.width > image.height  # A4 landscape
    image.save(tmp_path / "auction_ledger.png")


def test_the_ledger_xlsx_holds_the_numbers_as_numbers(world: World) -> None:
    _two_lots(world)
    reports = world.services.reports
    data = reports.export(world.officer, "auction_ledger", PERIOD, "xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert "Giá bán (đồng)" in values[next(i for i, r in enumerate(values) if r[0] == "STT")]
    lots = [r for r in values if isinstance(r[0], int)]
    assert [r[3] for r in lots] == [30_000_000, 100_000_000]
    assert lots[1][10] == 104_500_000 and lots[1][11] == 104_500_000
    assert "Minh Phát" in str(lots[1][9])
    totals = next(r for r in values if r[1] == "Cộng")
    assert totals[3] == 130_000_000 and isinstance(totals[3], int) and totals[10] == 104_500_000


def test_the_ledger_reads_in_english_when_asked(world: World) -> None:
    _two_lots(world)
    params = ReportParams(date(2026, 10, 1), date(2027, 9, 30), today=date(2027, 2, 15), lang="en")
    table = world.services.reports.build(world.officer, "auction_ledger", params)
    assert table.form == "Form 17" and table.columns[10].header == "Price (VND)"
    assert table.rows[1][9] == "Auction: Công ty TNHH Thương mại Minh Phát"
    assert table.columns[13].header == "Papers issued (number, date)"
    assert str(table.rows[1][13]).startswith("valuation notice ")
    assert str(table.rows[1][13]).endswith(" of 09/11/2026")


def test_the_ledger_lists_each_lot_with_its_sale_and_handover(world: World) -> None:
    auctions = world.services.auctions
    # notified 09/11: its auction contract was due 23/11 (Law 106/2025 Art 83.2.a)
    waiting = valued_lot(world, 30_000_000)
    sold = contracted_lot(world)
    auctions.today.day = POSTED_1  # type: ignore[attr-defined]
    auctions.schedule_round(
        world.officer, sold.id, AUCTION_1, posted_on=POSTED_1, notices=notices(POSTED_1)
    )
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    auctions.record_winner(world.officer, sold.id, BUYER, 104_500_000)
    auctions.today.day = date(2026, 12, 10)  # type: ignore[attr-defined]
    auctions.record_payment(world.actors[Role.ACCOUNTANT], sold.id, 104_500_000, date(2026, 12, 10))
    auctions.today.day = date(2027, 2, 15)  # type: ignore[attr-defined]  # handover overdue
    ledger = auctions.ledger(world.actors[Role.INSPECTOR], date(2026, 10, 1), date(2027, 9, 30))
    assert isinstance(ledger, ReportTable)
    assert ledger.form == "Mẫu số 17" and "BÁN ĐẤU GIÁ" in ledger.title
    assert ledger.subtitle == ("Từ ngày 01/10/2026 đến ngày 30/09/2027",)
    assert all(len(row) == len(ledger.columns) for row in ledger.rows)
    first, second = ledger.rows
    assert first[0] == 1 and first[3] == 30_000_000 and first[4] == date(2026, 11, 6)
    assert first[8] is None and first[14] == "Đã có giá; quá hạn 23/11/2026"
    assert "(QĐ 45/QĐ-THADS)" in str(second[1]) and waiting.items[0].code not in str(second[2])
    assert second[5] == "Công ty Đấu giá hợp danh Lạc Việt; HĐ số 15/2026/HĐ-ĐG ngày 12/11/2026"
    assert second[6:12] == (1, 100_000_000, AUCTION_1,
                            "Bán đấu giá: Công ty TNHH Thương mại Minh Phát", 104_500_000,
                            104_500_000)  # fmt: skip
    assert (
        second[12] is None
        and second[14]
        == "Đã nộp đủ tiền, chờ giao; thông báo công khai 12/11/2026 và 17/11/2026; quá hạn "
        "21/12/2026"  # bank: Art 65.2; the notices: Law on Asset Auctions Art 57
    )  # day 60 in Tết 2027
    assert ledger.totals is not None
    assert ledger.totals[3] == 130_000_000 and ledger.totals[10] == 104_500_000
    out_on_order(world, sold.id)
    auctions.hand_over(  # after the period: on a recorded ground (Decree 152/2026 Art 67.1.c)
        world.head, sold.id, date(2027, 2, 15), late_ground=HandoverObstacle.FORCE_MAJEURE,
        late_reason="Lũ lụt chia cắt đường vào kho",
    )  # fmt: skip
    later = auctions.ledger(world.officer, date(2027, 3, 1), date(2027, 9, 30))
    assert [row[2] for row in later.rows] == [first[2]]  # handed over before the period
    # The papers column: the valuation notice with its number, then the handover minutes.
    row = auctions.ledger(world.officer, date(2027, 2, 1), date(2027, 2, 28)).rows[-1]
    papers = str(row[13])
    assert papers.startswith("TB kết quả định giá số ") and "ngày 09/11/2026" in papers
    assert "; BB giao tài sản cho người mua số " in papers and papers.endswith(" ngày 15/02/2027")


# -- every event of the sale in the Notes column (issue 18) -----------------------------------

BANK = "Ngân hàng TMCP Ngoại thương Việt Nam – Chi nhánh Hà Nội"
MOVED = "Chưa niêm yết việc đấu giá, quá hạn niêm yết"
LATE = "Lũ lụt chia cắt đường vào kho"


def _paid_and_banked(world: World) -> int:
    """A lot valued at 100.000.000 đ, two public notices, sold on 30/11/2026, paid 10/12/2026
    (the clock then moves back for the next lot)."""
    auctions = world.services.auctions
    lot = contracted_lot(world)
    auctions.today.day = POSTED_1  # type: ignore[attr-defined]
    auctions.schedule_round(
        world.officer, lot.id, AUCTION_1, posted_on=POSTED_1, notices=notices(POSTED_1)
    )
    auctions.today.day = AUCTION_1  # type: ignore[attr-defined]
    auctions.record_winner(world.officer, lot.id, BUYER, 100_000_000)
    auctions.today.day = date(2026, 12, 10)  # type: ignore[attr-defined]
    auctions.record_payment(world.actors[Role.ACCOUNTANT], lot.id, 100_000_000, date(2026, 12, 10))
    auctions.today.day = date(2026, 12, 21)  # type: ignore[attr-defined]
    auctions.deposit_in_bank(
        world.actors[Role.ACCOUNTANT], lot.id, date(2026, 12, 21), BANK, 100_000_000
    )
    return lot.id


def _every_event(world: World) -> tuple[int, int, int]:
    """Three lots: (a) 49.999.999 đ by the shortened procedure (Law on Asset Auctions Art 53)
    with a deposit of 5.000.000 đ (Art 39.1), not posted in time and moved from 30/11 to
    14/12/2026 (Art 35, 53; Law 106/2025 Art 83.2.a), then sold; (b) two public notices (Art
    57), paid, banked (Decree 152/2026 Art 65.2, 30.7), interest credited, the buyer cancels
    after the 60 days (Art 67.4, Tết 2027 at the end: from 11/02/2027) and gets the money back;
    (c) the same, handed over late on a recorded ground (Art 67.1.c), the money paid out."""
    auctions = world.services.auctions
    accountant = world.actors[Role.ACCOUNTANT]
    short = contracted_lot(world, 49_999_999)
    auctions.today.day = POSTED_1  # type: ignore[attr-defined]
    short = auctions.schedule_round(world.officer, short.id, AUCTION_1, deposit=5_000_000)
    assert short.current_round is not None and short.current_round.shortened
    cancelled = _paid_and_banked(world)
    late = _paid_and_banked(world)
    auctions.today.day = date(2026, 11, 25)  # type: ignore[attr-defined]  # posting due 24/11
    auctions.reschedule_round(world.officer, short.id, date(2026, 12, 14), MOVED)
    auctions.record_posting(world.officer, short.id, date(2026, 11, 25))
    auctions.today.day = date(2026, 12, 14)  # type: ignore[attr-defined]
    auctions.record_winner(world.officer, short.id, BUYER, 49_999_999)
    auctions.today.day = date(2027, 1, 21)  # type: ignore[attr-defined]
    auctions.record_bank_movement(accountant, cancelled, BankMovement.INTEREST,
                                  date(2027, 1, 21), 350_000, "Lãi kỳ hạn 1 tháng")  # fmt: skip
    after = date(2027, 2, 11)
    auctions.today.day = after  # type: ignore[attr-defined]
    auctions.buyer_cancels(world.officer, cancelled, after, "Đơn đề nghị hủy hợp đồng")
    auctions.record_bank_movement(accountant, cancelled, BankMovement.RETURNED_TO_BUYER, after,
                                  100_350_000, "UNC số 12")  # fmt: skip
    out_on_order(world, late)
    auctions.hand_over(world.head, late, after, late_ground=HandoverObstacle.FORCE_MAJEURE,
                       late_reason=LATE)  # fmt: skip
    auctions.record_bank_movement(accountant, late, BankMovement.PAID_TO_CASE, after,
                                  100_000_000)  # fmt: skip
    return short.id, cancelled, late


#: What the clerk reads in the Notes column of each lot, in Vietnamese (dd/mm/yyyy, money with
#: dot thousands).
SHORT_NOTES = (
    "lần 1 đấu giá theo thủ tục rút gọn",
    "tiền đặt trước 5.000.000",
    "lần 1 dời ngày đấu giá 30/11/2026 sang 14/12/2026 (quyết định ngày 25/11/2026: "
    + MOVED + ")",
)  # fmt: skip
CANCELLED_NOTES = (
    "thông báo công khai 12/11/2026 và 17/11/2026",
    "lần 1: người mua hủy hợp đồng do chậm giao tài sản",
    f"gửi 100.000.000 đồng vào ngân hàng ({BANK}) ngày 21/12/2026",
    "lãi tiền gửi 350.000 đồng ngày 21/01/2027 (Lãi kỳ hạn 1 tháng)",
    "trả lại người mua 100.350.000 đồng ngày 11/02/2027 (UNC số 12)",
    "số dư tiền gửi 0 đồng",
)
LATE_NOTES = (
    "thông báo công khai 12/11/2026 và 17/11/2026",
    f"gửi 100.000.000 đồng vào ngân hàng ({BANK}) ngày 21/12/2026",
    f"giao chậm: Sự kiện bất khả kháng – {LATE}",
    "rút chi trả thi hành án 100.000.000 đồng ngày 11/02/2027",
    "số dư tiền gửi 0 đồng",
)


def test_the_notes_show_every_event_of_the_sale(world: World, tmp_path: Path) -> None:
    _every_event(world)
    since, until, today = date(2026, 11, 1), date(2027, 2, 28), date(2027, 2, 11)
    params = ReportParams(since, until, today=today)
    ledger = world.services.reports.build(world.officer, "auction_ledger", params)
    short, cancelled, late = (str(row[14]) for row in ledger.rows)
    for notes, expected in ((short, SHORT_NOTES), (cancelled, CANCELLED_NOTES),
                            (late, LATE_NOTES)):  # fmt: skip
        for part in expected:
            assert part in notes, (part, notes)
    # in the order they happened, each once
    assert cancelled.index("lãi tiền gửi") < cancelled.index("trả lại người mua")
    assert late.index("gửi 100") < late.index("giao chậm") < late.index("rút chi trả")
    assert late.endswith("số dư tiền gửi 0 đồng")
    assert late.count("ngân hàng") == 1 and "chậm giao" not in late
    assert "dời ngày" not in cancelled + late and "ngân hàng" not in short
    assert ledger.rows[0][8] == date(2026, 12, 14)  # sold on the new date
    # the same in English
    params_en = ReportParams(since, until, today=today, lang="en")
    english = world.services.reports.build(world.officer, "auction_ledger", params_en)
    short_en, cancelled_en, late_en = (str(row[14]) for row in english.rows)
    assert "deposit 5,000,000" in short_en
    assert f"auction 1 moved from 30/11/2026 to 14/12/2026 on 25/11/2026 ({MOVED})" in short_en
    assert "bank interest 350,000 VND on 21/01/2027" in cancelled_en
    assert "returned to the buyer 100,350,000 VND on 11/02/2027" in cancelled_en
    assert "paid out to the case 100,000,000 VND on 11/02/2027" in late_en
    # the PDF reads the same words (a cell's lines are joined by spaces)
    pdf = world.services.reports.export(
        world.actors[Role.INSPECTOR], "auction_ledger", params, "pdf"
    )
    words = " ".join(page_texts(pdf))
    for part in SHORT_NOTES + CANCELLED_NOTES + LATE_NOTES:
        assert part in words, part
    for index, image in enumerate(page_images(pdf)):
        image.save(tmp_path / f"ledger_events_{index}.png")
