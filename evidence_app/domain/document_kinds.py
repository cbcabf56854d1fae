"""Official document kinds: number suffixes, form codes and titles.

Numbers read ``<seq>/<suffix>`` in a per-kind, per-year sequence, e.g. ``15/BB-THADS``.
The suffixes follow Decree 30/2020's abbreviation habit (kind of paper + issuing agency):

| kind | suffix | form (Circular 04/2023/TT-BTP) | title |
|---|---|---|---|
| handover minutes | ``BB-THADS`` (biên bản) | — | BIÊN BẢN GIAO NHẬN |
| entry order | ``LNK-THADS`` (lệnh nhập kho) | D65-THADS | LỆNH NHẬP KHO |
| entry slip | ``PNK-THADS`` (phiếu nhập kho) | C04-THADS | PHIẾU NHẬP KHO |
| stock card | ``TK-THADS`` (thẻ kho) | D67-THADS | THẺ KHO |
| release order | ``LXK-THADS`` (lệnh xuất kho) | D66-THADS | LỆNH XUẤT KHO |
| release slip | ``PXK-THADS`` (phiếu xuất kho) | C05-THADS | PHIẾU XUẤT KHO |
| release minutes | ``BBXK-THADS`` (biên bản xuất kho) | — | BIÊN BẢN GIAO NHẬN (xuất kho) |
| destruction minutes | ``BBTH-THADS`` (biên bản tiêu hủy) | — | BIÊN BẢN TIÊU HỦY |
| stocktake minutes | ``BBKK-THADS`` (biên bản kiểm kê) | — | BIÊN BẢN KIỂM KÊ |
| buyer handover minutes | ``BBGTS-THADS`` (biên bản giao tài sản) | — | BIÊN BẢN GIAO TÀI SẢN |
| return minutes | ``BBNL-THADS`` (biên bản nhận lại) | — | BIÊN BẢN NHẬN LẠI (trích xuất) |
| auction notice | ``TB-THADS`` (thông báo) | — | THÔNG BÁO (giá, nhận tài sản) |
| auction decision | ``QĐ-THADS`` (quyết định) | — | QUYẾT ĐỊNH (giảm giá, hủy bán) |
| council minutes | ``BBXDG-THADS`` (biên bản xác định giá) | — | BIÊN BẢN XÁC ĐỊNH GIÁ |
| direct sale minutes | ``BBBTS-THADS`` (biên bản bán tài sản) | — | BIÊN BẢN BÁN TÀI SẢN |
| keeping minutes | ``BBGBQ-THADS`` (biên bản giao bảo quản) | — | BIÊN BẢN GIAO BẢO QUẢN |

Decisions are ``n/QĐ-THADS``: Decree 30/2020 Appendix III abbreviates Quyết định as "QĐ".
Decisions issued before this spelling keep the ``n/QD-THADS`` they were printed with (stored
rows are never renumbered); ``number_spellings`` lets a lookup find a paper by either
spelling, and ``qr_number`` folds Đ to D in the QR payload, which stays ASCII.
"""

from __future__ import annotations

import re

from evidence_app.domain.enums import DocumentKind

SUFFIXES: dict[DocumentKind, str] = {
    DocumentKind.HANDOVER_MINUTES: "BB-THADS",
    DocumentKind.ENTRY_ORDER: "LNK-THADS",
    DocumentKind.ENTRY_SLIP: "PNK-THADS",
    DocumentKind.STOCK_CARD: "TK-THADS",
    DocumentKind.RELEASE_ORDER: "LXK-THADS",
    DocumentKind.RELEASE_SLIP: "PXK-THADS",
    DocumentKind.RELEASE_MINUTES: "BBXK-THADS",
    DocumentKind.DESTRUCTION_MINUTES: "BBTH-THADS",
    DocumentKind.STOCKTAKE_MINUTES: "BBKK-THADS",
    DocumentKind.BUYER_HANDOVER_MINUTES: "BBGTS-THADS",
    DocumentKind.RETURN_MINUTES: "BBNL-THADS",
    DocumentKind.AUCTION_NOTICE: "TB-THADS",
    DocumentKind.AUCTION_DECISION: "QĐ-THADS",  # Decree 30/2020 Appendix III
    DocumentKind.COUNCIL_MINUTES: "BBXDG-THADS",
    DocumentKind.DIRECT_SALE_MINUTES: "BBBTS-THADS",
    DocumentKind.KEEPING_MINUTES: "BBGBQ-THADS",
}
FORMS: dict[DocumentKind, str] = {
    DocumentKind.ENTRY_ORDER: "D65-THADS",
    DocumentKind.ENTRY_SLIP: "C04-THADS",
    DocumentKind.STOCK_CARD: "D67-THADS",
    DocumentKind.RELEASE_ORDER: "D66-THADS",
    DocumentKind.RELEASE_SLIP: "C05-THADS",
}
TITLES: dict[DocumentKind, str] = {
    DocumentKind.HANDOVER_MINUTES: "Biên bản giao nhận vật chứng, tài sản",
    DocumentKind.ENTRY_ORDER: "Lệnh nhập kho",
    DocumentKind.ENTRY_SLIP: "Phiếu nhập kho",
    DocumentKind.STOCK_CARD: "Thẻ kho",
    DocumentKind.RELEASE_ORDER: "Lệnh xuất kho",
    DocumentKind.RELEASE_SLIP: "Phiếu xuất kho",
    DocumentKind.RELEASE_MINUTES: "Biên bản giao nhận vật chứng, tài sản khi xuất kho",
    DocumentKind.DESTRUCTION_MINUTES: "Biên bản tiêu hủy vật chứng, tài sản",
    DocumentKind.STOCKTAKE_MINUTES: "Biên bản kiểm kê vật chứng, tài sản",
    DocumentKind.BUYER_HANDOVER_MINUTES: "Biên bản giao tài sản cho người mua được tài sản",
    DocumentKind.RETURN_MINUTES: "Biên bản nhận lại vật chứng, tài sản trích xuất",
    DocumentKind.AUCTION_NOTICE: "Thông báo về việc xử lý tài sản thi hành án",
    DocumentKind.AUCTION_DECISION: "Quyết định về việc bán tài sản thi hành án",
    DocumentKind.COUNCIL_MINUTES: "Biên bản xác định giá tài sản",
    DocumentKind.DIRECT_SALE_MINUTES: "Biên bản bán tài sản không qua thủ tục đấu giá",
    DocumentKind.KEEPING_MINUTES: "Biên bản giao bảo quản tài sản",
}


def document_number(kind: DocumentKind, seq_no: int) -> str:
    """``15/BB-THADS``: the number printed after "Số:"."""
    return f"{seq_no}/{SUFFIXES[kind]}"


#: The one non-ASCII letter a suffix holds (QĐ, Decree 30/2020 Appendix III).
_ASCII_FOLD = str.maketrans({"Đ": "D", "đ": "d"})
#: A decision's symbol typed in ASCII: ``/QD-`` is the same paper as ``/QĐ-``.
_ASCII_DECISION = re.compile(r"/QD(?=-|$)")


def qr_number(number: str) -> str:
    """``3/QD-THADS`` for ``3/QĐ-THADS``: the number as the QR payload carries it (ASCII)."""
    return number.translate(_ASCII_FOLD)


def number_spellings(number: str) -> tuple[str, ...]:
    """The stored spellings a typed or scanned number may name, the given one first.

    ``3/QD-THADS`` and ``3/QĐ-THADS`` name the same decision: new decisions are stored with
    QĐ, those issued before with QD (kept as printed), and the QR carries QD.
    """
    text = "".join(number.split()).upper()
    folded = qr_number(text)
    spelled = _ASCII_DECISION.sub("/QĐ", folded)
    return tuple(dict.fromkeys((text, folded, spelled)))
