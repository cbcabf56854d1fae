"""Messages about failed rounds, the creditor's taking and the debtor's redemption (Law
106/2025 Art 83.3–83.4; Decree 152/2026 Art 65.6, 66), in Vietnamese and English."""

from __future__ import annotations

ROUND_MESSAGES: dict[str, tuple[str, str]] = {
    "field.parties_notified_on": (
        "ngày thông báo đấu giá không thành cho đương sự",
        "the date the parties were told the auction failed",
    ),
    "round.parties_already_notified": (
        "Đương sự đã được thông báo về việc đấu giá không thành ngày {day}.",
        "The parties were already told on {day} that the auction failed.",
    ),
    "deadline.failure_notice": (
        "Thông báo đương sự đấu giá không thành",
        "Tell the parties the auction failed",
    ),
    "field.failure_noticed_on": (
        "ngày nhận thông báo đấu giá không thành",
        "the day the notice of failure was received",
    ),
    "field.reduction_decided_on": ("ngày quyết định giảm giá", "the reduction decision date"),
    "field.declined_on": ("ngày người được thi hành án từ chối", "the day the creditor declined"),
    "field.request_on": ("ngày nhận đề nghị nhận tài sản", "the day the request was received"),
    "field.notified_on_taking": ("ngày thông báo", "the notice date"),
    "field.enforcement_costs": ("chi phí thi hành án", "the enforcement costs"),
    "field.redeemed_on": ("ngày nộp tiền nhận lại tài sản", "the redemption payment date"),
    "field.difference": ("tiền chênh lệch", "the difference"),
    "round.reduction_late": (
        "Quyết định giảm giá ngày {day} quá hạn: chậm nhất {latest} (05 ngày làm việc kể từ "
        "ngày nhận thông báo đấu giá không thành {noticed}, Luật Thi hành án dân sự 2025 "
        "khoản 3 Điều 83).",
        "The reduction decided on {day} is late: {latest} at the latest (5 working days from "
        "the notice of failure of {noticed}, Law 106/2025 Art 83.3).",
    ),
    "round.creditor_must_answer": (
        "Từ sau lần giảm giá thứ hai, người được thi hành án phải được hỏi và từ chối nhận tài "
        "sản trước khi giảm giá tiếp (Nghị định 152/2026/NĐ-CP khoản 6 Điều 65).",
        "After the second reduction the creditor must be offered the asset and decline it "
        "before a further reduction (Decree 152/2026 Art 65.6).",
    ),
    "round.at_cost_floor": (
        "Giá {price} đồng đã bằng hoặc thấp hơn chi phí thi hành án {costs} đồng: không đấu "
        "giá tiếp; tài sản giao lại người phải thi hành án nếu người được thi hành án không "
        "nhận (Luật Thi hành án dân sự 2025 khoản 3 Điều 83).",
        "The price of VND {price} has reached the enforcement costs of VND {costs}: no "
        "further round; the asset goes back to the debtor if the creditor declines it "
        "(Law 106/2025 Art 83.3).",
    ),
    "round.not_failed": (
        "Lần đấu giá gần nhất chưa được ghi nhận là không thành.",
        "The latest round has not been recorded as failed.",
    ),
    "round.already_declined": (
        "Người được thi hành án đã từ chối nhận tài sản ngày {day}.",
        "The creditor already declined the asset on {day}.",
    ),
    "taking.late": (
        # Decree 152/2026 Art 65.6: the debtor told within 3 working days of the creditor's
        # request, 5 for the debtor to redeem, 5 for the creditor to pay (also Art 66).
        "Ngày {day} quá hạn: chậm nhất ngày {latest} ({what} ngày làm việc, Nghị định "
        "152/2026/NĐ-CP khoản 6 Điều 65).",
        "{day} is too late: {latest} at the latest ({what} working days, Decree 152/2026 Art "
        "65.6).",
    ),
    "taking.too_early": (
        "Chưa hết thời hạn người phải thi hành án nộp tiền lấy lại tài sản (đến hết ngày "
        "{until}, Nghị định 152/2026/NĐ-CP khoản 6 Điều 65).",
        "The debtor may still redeem the asset until {until} (Decree 152/2026 Art 65.6).",
    ),
    "taking.wrong_step": (
        "Bước này không thực hiện được ở giai đoạn hiện tại của việc nhận tài sản.",
        "This step cannot be taken at this stage of the creditor's taking.",
    ),
    "taking.before_failure_notice": (
        "Chưa thông báo cho đương sự việc đấu giá lần {seq} không thành: người được thi hành "
        "án chỉ trả lời (nhận hay không nhận tài sản) sau thông báo đó (Nghị định "
        "152/2026/NĐ-CP khoản 6 Điều 65).",
        "The parties have not been told that auction {seq} failed: the creditor answers "
        "(taking the asset or not) only after that notice (Decree 152/2026 Art 65.6).",
    ),
    "taking.difference_wrong": (
        "Tiền chênh lệch người được thi hành án phải nộp là {due} đồng, không phải {paid} "
        "đồng (Nghị định 152/2026/NĐ-CP Điều 66).",
        "The creditor owes a difference of VND {due}, not VND {paid} (Decree 152/2026 Art 66).",
    ),
    "redeem.too_late": (
        "Người phải thi hành án phải nộp đủ tiền chậm nhất ngày {latest}, trước ngày mở cuộc "
        "đấu giá {auction} 01 ngày làm việc (Luật Thi hành án dân sự 2025 khoản 4 Điều 83).",
        "The debtor must pay in full by {latest}, one working day before the auction of "
        "{auction} (Law 106/2025 Art 83.4).",
    ),
    "redeem.not_enough": (
        "Phải nộp đủ {due} đồng (tiền thi hành án còn lại và chi phí thi hành án), không "
        "phải {paid} đồng (Luật Thi hành án dân sự 2025 khoản 4 Điều 83).",
        "The debtor must pay VND {due} in full (the debt left and the costs), not VND {paid} "
        "(Law 106/2025 Art 83.4).",
    ),
    "deadline.reduction_decision": ("Quyết định giảm giá", "Reduction decision"),
    "deadline.taking_debtor_notice": (
        "Thông báo người phải THA về việc nhận tài sản",
        "Notify the debtor of the creditor's taking",
    ),
    "deadline.taking_redeem": (
        "Người phải THA nộp tiền lấy lại tài sản",
        "Debtor's redemption window",
    ),
    "deadline.taking_creditor_pays": (
        "Người được THA nộp tiền chênh lệch",
        "Creditor pays the difference",
    ),
    "field.reschedule_reason": ("lý do dời ngày đấu giá", "why the auction is moved"),
    "field.rescheduled_on": ("ngày quyết định dời ngày đấu giá", "the day the move was decided"),
    "field.new_auction_on": ("ngày đấu giá mới", "the new auction date"),
    "round.reschedule_not_needed": (
        "Cuộc đấu giá ngày {auction} vẫn có thể tổ chức đúng ngày: việc niêm yết và thông báo "
        "công khai còn kịp thời hạn (Luật Đấu giá tài sản Điều 35, 53, 57). Chỉ dời ngày khi "
        "niêm yết hoặc thông báo công khai bị thiếu, muộn.",
        "The auction of {auction} can still be held on its day: the posting and the public "
        "notices can still be made in time (Law on Asset Auctions Art 35, 53, 57). A round is "
        "moved only when they are missing or late.",
    ),
    "round.reschedule_not_later": (
        "Ngày đấu giá mới {day} phải sau ngày đã định {previous}.",
        "The new auction date {day} must be after the one set, {previous}.",
    ),
    "round.reschedule_too_near": (
        "Ngày đấu giá mới {day} quá gần: phải niêm yết chậm nhất ngày {latest}, đã qua (hôm "
        "nay {today}; Luật Đấu giá tài sản khoản 1 Điều 35, khoản 2 Điều 53).",
        "The new auction date {day} is too near: the posting was due by {latest}, already "
        "past (today {today}; Law on Asset Auctions Art 35.1, 53.2).",
    ),
    "round.reschedule_beyond_contract": (
        "Ngày đấu giá mới {day} quá thời hạn tổ chức đấu giá theo hợp đồng ký ngày {contract}: "
        "chậm nhất ngày {latest} (Luật Thi hành án dân sự 2025 điểm a khoản 2 Điều 83). Cần "
        "thỏa thuận, ký lại hợp đồng với tổ chức đấu giá.",
        "The new auction date {day} is past the auction period of the contract signed on "
        "{contract}: {latest} at the latest (Law 106/2025 Art 83.2.a). A new agreement with "
        "the auction organisation is needed.",
    ),
    "round.before_reschedule": (
        "Không ghi được {field} {day}: trước ngày quyết định dời ngày đấu giá {decided}; việc "
        "niêm yết, thông báo trước đó nêu ngày cũ, không tính cho ngày mới.",
        "Cannot record {field} {day}: before the decision of {decided} moving the auction; "
        "what was posted or published earlier named the old date and does not count.",
    ),
}
