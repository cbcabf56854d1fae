"""Messages about the shortened procedure, public notices and deposits (Law on Asset Auctions
2016 Art 39, 53, 57; Decree 152/2026 Art 61.3), the sale money in a bank (Art 65.2, 30.7) and
a late handover (Art 67.1.c, 67.4), in Vietnamese and English."""

from __future__ import annotations

SALE_MESSAGES: dict[str, tuple[str, str]] = {
    "field.notice_medium": (
        "nơi thông báo (báo, đài, trang thông tin điện tử)",
        "where published (newspaper, broadcaster, website)",
    ),
    "field.notice_published_on": ("ngày thông báo công khai", "the public notice date"),
    "field.bank": ("ngân hàng thương mại", "the commercial bank"),
    "field.bank_deposited_on": ("ngày gửi tiền vào ngân hàng", "the bank deposit date"),
    "field.buyer_cancel_request": (
        "đơn yêu cầu hủy hợp đồng của người mua",
        "the buyer's request to cancel",
    ),
    "field.late_handover_ground": ("lý do giao chậm", "the ground for the late handover"),
    "field.late_handover_reason": ("diễn giải lý do giao chậm", "the account of the delay"),
    "auction.gold_shortened_required": (
        "Vàng trang sức, mỹ nghệ, vàng nguyên liệu được đấu giá theo thủ tục rút gọn (Nghị định "
        "152/2026/NĐ-CP khoản 3 Điều 61).",
        "Gold jewellery, fine-art and raw gold are auctioned by the shortened procedure "
        "(Decree 152/2026 Art 61.3).",
    ),
    "auction.shortened_not_allowed": (
        "Không được đấu giá theo thủ tục rút gọn: giá khởi điểm không dưới {limit} đồng và chưa "
        "đấu giá không thành {failed} lần (Luật Đấu giá tài sản khoản 1 Điều 53).",
        "The shortened procedure is not allowed: the starting price is not under {limit} đồng "
        "and the auction has not failed {failed} times (Law on Asset Auctions Art 53.1).",
    ),
    "auction.posting_late_shortened": (
        "Niêm yết ngày {day} là quá muộn cho cuộc đấu giá theo thủ tục rút gọn ngày {auction}: "
        "chậm nhất ngày {latest} (03 ngày làm việc với động sản, 05 ngày làm việc với bất động "
        "sản, Luật Đấu giá tài sản khoản 2 Điều 53).",
        "Posting on {day} is too late for the shortened-procedure auction on {auction}: by "
        "{latest} at the latest (3 working days for movables, 5 for real property, Law on "
        "Asset Auctions Art 53.2).",
    ),
    "auction.notice_after_auction": (
        "Thông báo công khai ngày {day} không trước ngày đấu giá {auction}.",
        "A public notice on {day} is not before the auction on {auction}.",
    ),
    "auction.notice_missing_one": (
        "Chưa thông báo công khai cuộc đấu giá ngày {auction}: đấu giá lại theo thủ tục rút gọn "
        "phải thông báo một lần cùng với việc niêm yết, chậm nhất ngày {latest} (Luật Đấu giá "
        "tài sản khoản 2, 3 Điều 57).",
        "The auction on {auction} was not publicly notified: a shortened re-auction is notified "
        "once with its posting, by {latest} at the latest (Law on Asset Auctions Art 57.2–57.3).",
    ),
    "auction.notices_missing": (
        "Cuộc đấu giá ngày {auction} mới thông báo công khai {count} lần, cần ít nhất {need} "
        "lần, lần cuối chậm nhất ngày {latest} (Luật Đấu giá tài sản khoản 1, 3 Điều 57).",
        "The auction on {auction} was publicly notified {count} times; at least {need} are "
        "needed, the last by {latest} (Law on Asset Auctions Art 57.1, 57.3).",
    ),
    "auction.notices_not_in_time": (
        "Thông báo công khai không đúng hạn: sau lần đầu ngày {first}, lần thứ hai phải từ ngày "
        "{earliest} (cách ít nhất 02 ngày làm việc) đến ngày {latest} (trước ngày đấu giá "
        "{auction} theo khoản 3 Điều 57 Luật Đấu giá tài sản).",
        "The public notices were not in time: after the first on {first} the second must fall "
        "from {earliest} (2 working days apart) to {latest} (before the auction on {auction}, "
        "Law on Asset Auctions Art 57.3).",
    ),
    "auction.deposit_out_of_range": (
        "Tiền đặt trước {deposit} đồng không hợp lệ: từ {low}% đến {high}% giá khởi điểm "
        "{start} đồng (Luật Đấu giá tài sản khoản 1 Điều 39).",
        "A deposit of {deposit} đồng is not allowed: {low}% to {high}% of the starting price "
        "of {start} đồng (Law on Asset Auctions Art 39.1).",
    ),
    "auction.deposit_not_rounds": (
        "Tiền đặt trước bị giữ phải là {agreed} đồng đã thỏa thuận cho cuộc đấu giá, không "
        "phải {deposit} đồng (Nghị định 152/2026/NĐ-CP khoản 5 Điều 65).",
        "The deposit kept is the {agreed} đồng agreed for the auction, not {deposit} đồng "
        "(Decree 152/2026 Art 65.5).",
    ),
    "auction.bank_not_auction": (
        "Chỉ tiền mua tài sản đấu giá mới gửi ngân hàng khi chưa giao được tài sản (Nghị định "
        "152/2026/NĐ-CP khoản 2 Điều 65).",
        "Only an auction buyer's money goes to a bank while the asset is not handed over "
        "(Decree 152/2026 Art 65.2).",
    ),
    "auction.already_banked": (
        "Tiền bán tài sản đã được gửi ngân hàng ngày {day}.",
        "The sale money was already deposited in a bank on {day}.",
    ),
    "field.bank_movement": ("loại giao dịch tiền gửi", "the kind of bank movement"),
    "field.bank_movement_note": ("ghi chú giao dịch tiền gửi", "the bank movement's note"),
    "field.bank_moved_on": ("ngày giao dịch tiền gửi", "the bank movement date"),
    "auction.bank_nothing_deposited": (
        "Tiền bán tài sản của lô này chưa được gửi ngân hàng: chưa có tiền lãi hay khoản rút "
        "nào để ghi (Nghị định 152/2026/NĐ-CP khoản 2 Điều 65, khoản 7 Điều 30).",
        "This lot's sale money was not deposited in a bank: there is no interest or withdrawal "
        "to record (Decree 152/2026 Art 65.2, 30.7).",
    ),
    "auction.bank_above_balance": (
        "Không rút được {amount} đồng: số dư tiền gửi (kể cả tiền lãi) chỉ còn {balance} đồng.",
        "Cannot take out {amount} đồng: the deposit's balance (interest included) is only "
        "{balance} đồng.",
    ),
    "auction.bank_return_not_cancelled": (
        "Chỉ trả lại tiền gửi ngân hàng cho người mua khi người mua đã yêu cầu hủy hợp đồng vì "
        "không được giao tài sản (Nghị định 152/2026/NĐ-CP khoản 4 Điều 67).",
        "The banked money goes back to the buyer only once he cancelled the purchase for want "
        "of handover (Decree 152/2026 Art 67.4).",
    ),
    "auction.bank_payout_before_handover": (
        "Tiền gửi ngân hàng chỉ được rút để thanh toán cho việc thi hành án sau khi đã giao tài "
        "sản cho người mua (Nghị định 152/2026/NĐ-CP khoản 2 Điều 65).",
        "The banked money is paid out to the case only after the asset was handed to the buyer "
        "(Decree 152/2026 Art 65.2).",
    ),
    "auction.bank_amount": (
        "Số tiền gửi {amount} đồng phải bằng số tiền người mua đã nộp {paid} đồng (Nghị định "
        "152/2026/NĐ-CP khoản 7 Điều 30).",
        "The deposit of {amount} đồng must be the {paid} đồng the buyer paid (Decree 152/2026 "
        "Art 30.7).",
    ),
    "auction.handover_late": (
        "Giao tài sản ngày {day} là quá thời hạn (đến ngày {due}): phải ghi rõ lý do – tình "
        "trạng khẩn cấp, sự kiện bất khả kháng hoặc trở ngại khách quan (Nghị định "
        "152/2026/NĐ-CP điểm c khoản 1 Điều 67).",
        "A handover on {day} is after the period (which ended on {due}): record the ground – "
        "an emergency, force majeure or an objective obstacle – and the account of it (Decree "
        "152/2026 Art 67.1.c).",
    ),
    "auction.buyer_cancel_early": (
        "Người mua chỉ được hủy hợp đồng khi đã hết thời hạn giao tài sản ({due}) mà chưa "
        "giao; ngày {day} chưa hết hạn (Nghị định 152/2026/NĐ-CP khoản 4 Điều 67).",
        "The buyer may cancel only once the handover period (to {due}) ran out without a "
        "handover; {day} is not after it (Decree 152/2026 Art 67.4).",
    ),
}
