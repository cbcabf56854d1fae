"""Official document kinds: number suffixes, form codes and titles.

Numbers read ``<seq>/<suffix>`` in a per-kind, per-year sequence, e.g. ``15/BB-THADS``.
The suffixes follow Decree 30/2020's abbreviation habit (kind of paper + issuing agency):

| kind | suffix | form (Circular 04/2023/TT-BTP) | title |
|---|---|---|---|
| handover minutes | ``BB-THADS`` (biên bản) | — | BIÊN BẢN GIAO NHẬN |
| entry order | ``LNK-THADS`` (lệnh nhập kho) | D65-THADS | LỆNH NHẬP KHO |
| entry slip | ``PNK-THADS`` (phiếu nhập kho) | C04-THADS | PHIẾU NHẬP KHO |
| stock card | ``TK-THADS`` (thẻ kho) | D67-THADS | THẺ KHO |
"""

from __future__ import annotations

from evidence_app.domain.enums import DocumentKind

SUFFIXES: dict[DocumentKind, str] = {
    DocumentKind.HANDOVER_MINUTES: "BB-THADS",
    DocumentKind.ENTRY_ORDER: "LNK-THADS",
    DocumentKind.ENTRY_SLIP: "PNK-THADS",
    DocumentKind.STOCK_CARD: "TK-THADS",
}
FORMS: dict[DocumentKind, str] = {
    DocumentKind.ENTRY_ORDER: "D65-THADS",
    DocumentKind.ENTRY_SLIP: "C04-THADS",
    DocumentKind.STOCK_CARD: "D67-THADS",
}
TITLES: dict[DocumentKind, str] = {
    DocumentKind.HANDOVER_MINUTES: "Biên bản giao nhận vật chứng, tài sản",
    DocumentKind.ENTRY_ORDER: "Lệnh nhập kho",
    DocumentKind.ENTRY_SLIP: "Phiếu nhập kho",
    DocumentKind.STOCK_CARD: "Thẻ kho",
}


def document_number(kind: DocumentKind, seq_no: int) -> str:
    """``15/BB-THADS``: the number printed after "Số:"."""
    return f"{seq_no}/{SUFFIXES[kind]}"
