"""Texts of the sale rules on the auction screen (issue 18): public notices (Law on Asset
Auctions Art 57), the sale money in a bank (Decree 152/2026 Art 65.2, 30.7), the buyer's
cancellation (Art 67.4) and a late handover's ground (Art 67.1.c)."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "sale.round_deposit": ("Tiền đặt trước (đồng, 5–20% giá khởi điểm)", "Deposit (VND, 5–20 %)"),
    "sale.procedure": ("Thủ tục (Điều 53; vàng trang sức: Điều 61.3)", "Procedure (Art 53, 61.3)"),
    "sale.procedure_by_law": ("Rút gọn nếu luật cho phép", "Shortened where allowed"),
    "sale.procedure_normal": ("Thông thường", "Normal"),
    "sale.step_notice": ("Thông báo công khai (lần đấu giá {n})", "Public notice (auction {n})"),
    "sale.step_bank": ("Gửi tiền vào ngân hàng", "Money deposited in a bank"),
    "sale.public_notice": ("Thông báo công khai…", "Public notice…"),
    "sale.notice_title": ("Thông báo công khai việc đấu giá", "Public notice of the auction"),
    "sale.notice_hint": (
        "Đã thông báo {count} lần. Động sản từ 50 triệu đồng và bất động sản: ít nhất 02 lần, "
        "cách nhau 02 ngày làm việc, lần thứ hai chậm nhất 07 ngày làm việc (bất động sản 15 "
        "ngày) trước ngày đấu giá {auction} (Điều 57 Luật Đấu giá tài sản).",
        "Notified {count} times. Movables of 50 million đồng or more and real property: at "
        "least twice, 2 working days apart, the second at least 7 working days (real property "
        "15 days) before the auction on {auction} (Law on Asset Auctions Art 57).",
    ),
    "sale.notice_on": ("Ngày thông báo", "Published on"),
    "sale.notice_medium": ("Báo, đài, trang thông tin điện tử", "Newspaper, broadcaster, website"),
    "sale.bank": ("Gửi tiền vào ngân hàng…", "Deposit in a bank…"),
    "sale.bank_title": (
        "Gửi tiền bán tài sản vào ngân hàng thương mại",
        "Deposit the sale money in a commercial bank",
    ),
    "sale.bank_hint": (
        "Người mua nộp đủ tiền ngày {paid}; chưa giao được tài sản sau 10 ngày thì gửi tiết "
        "kiệm kỳ hạn 01 tháng, chậm nhất ngày {due} (Điều 65.2, 30.7 Nghị định 152/2026/NĐ-CP).",
        "The buyer paid in full on {paid}; not handed over within 10 days, the money goes to a "
        "1-month term deposit by {due} (Decree 152/2026 Art 65.2, 30.7).",
    ),
    "sale.bank_on": ("Ngày gửi", "Deposited on"),
    "sale.bank_name": ("Ngân hàng thương mại", "Commercial bank"),
    "sale.bank_amount": ("Số tiền (đồng)", "Amount (VND)"),
    "sale.buyer_cancel": ("Người mua hủy hợp đồng…", "Buyer cancels…"),
    "sale.buyer_cancel_title": (
        "Người mua yêu cầu hủy hợp đồng do chậm giao tài sản",
        "The buyer cancels the purchase: the asset was not handed over in time",
    ),
    "sale.buyer_cancel_hint": (
        "Thời hạn giao tài sản đã hết ngày {due}: người mua có quyền yêu cầu hủy hợp đồng, "
        "được hoàn trả tiền; tài sản được đấu giá lại (Điều 67.4 Nghị định 152/2026/NĐ-CP).",
        "The handover period ended on {due}: the buyer may cancel and is refunded; the asset "
        "is auctioned again (Decree 152/2026 Art 67.4).",
    ),
    "sale.buyer_cancel_on": ("Ngày hủy", "Cancelled on"),
    "sale.buyer_cancel_request": ("Đơn yêu cầu của người mua", "The buyer's request"),
    "sale.late_ground": ("Lý do giao chậm", "Ground for the delay"),
    "sale.late_ground_none": ("— không —", "— none —"),
    "sale.late_reason": ("Diễn giải", "Account of the delay"),
    "sale.late_hint": (
        "Thời hạn giao tài sản đã hết ngày {due}: chỉ giao khi ghi rõ lý do (tình trạng khẩn "
        "cấp, sự kiện bất khả kháng hoặc trở ngại khách quan, Điều 67.1.c).",
        "The handover period ended on {due}: hand over only with the ground recorded (an "
        "emergency, force majeure or an objective obstacle, Art 67.1.c).",
    ),
    "sale.bank_movement": ("Tiền lãi, rút tiền gửi…", "Interest, withdrawal…"),
    "sale.bank_movement_title": (
        "Tiền bán tài sản gửi ngân hàng: tiền lãi, rút tiền",
        "The banked sale money: interest, withdrawal",
    ),
    "sale.bank_movement_hint": (
        "Số dư tiền gửi (kể cả tiền lãi): {balance}. Trả lại người mua khi người mua đã hủy "
        "hợp đồng (Điều 67.4); rút để thanh toán sau khi đã giao tài sản (Điều 65.2 Nghị định "
        "152/2026/NĐ-CP).",
        "The deposit's balance (interest included): {balance}. Returned to the buyer once "
        "he cancelled (Art 67.4); paid out to the case after the handover (Decree 152/2026 "
        "Art 65.2).",
    ),
    "sale.bank_movement_kind": ("Loại", "Kind"),
    "sale.bank_movement_on": ("Ngày", "On"),
    "sale.bank_movement_amount": ("Số tiền (đồng)", "Amount (VND)"),
    "sale.bank_movement_note": ("Chứng từ, ghi chú", "Voucher, note"),
    "auction.reschedule": ("Dời ngày đấu giá…", "Move the auction…"),
    "auction.reschedule_title": (
        "Dời ngày đấu giá do niêm yết, thông báo công khai thiếu hoặc muộn",
        "Move the auction: posting or public notices missing or late",
    ),
    "auction.reschedule_hint": (
        "Ngày đấu giá đã định: {auction}. Phải niêm yết, thông báo công khai lại theo ngày mới "
        "(Luật Đấu giá tài sản Điều 35, 53, 57); lần đấu giá đầu theo hợp đồng chậm nhất "
        "ngày {latest} (Điều 83.2.a Luật Thi hành án dân sự 2025).",
        "The auction was set for {auction}. The posting and public notices are made again for "
        "the new date (Law on Asset Auctions Art 35, 53, 57); the first auction under the "
        "contract by {latest} (Law 106/2025 Art 83.2.a).",
    ),
    "auction.reschedule_on": ("Ngày đấu giá mới", "New auction date"),
    "auction.reschedule_decided": ("Ngày quyết định", "Decided on"),
    "auction.reschedule_reason": ("Lý do", "Reason"),
}
