"""Messages about valuations, auctions, sales and holidays, in Vietnamese and English."""

from __future__ import annotations

from evidence_app.domain.rules import RULES

AUCTION_MESSAGES: dict[str, tuple[str, str]] = {
    "noun.auction_lot": ("Lô tài sản", "Lot"),
    "noun.holiday": ("Ngày nghỉ lễ", "Holiday"),
    "field.lot_name": ("tên lô tài sản", "the lot name"),
    "field.holiday_name": ("tên ngày nghỉ", "the holiday's name"),
    "field.cancelled_on": ("ngày hủy bán", "the cancellation date"),
    "field.deposit": ("tiền đặt trước", "the deposit"),
    "field.cancel_record": ("biên bản, quyết định hủy", "the cancellation record"),
    "auction.cancel_not_auction": (
        "Chỉ hủy được việc bán đấu giá mà người mua không nộp đủ tiền (Nghị định 152/2026/NĐ-CP "
        "khoản 1 Điều 65).",
        "Only an auction sale whose buyer did not pay in full can be cancelled (Decree "
        "152/2026 Art 65.1).",
    ),
    "auction.cancel_partly_paid": (
        "Người mua đã nộp {paid} đồng: hoàn trả số tiền này trước khi hủy việc bán (Nghị định "
        "152/2026/NĐ-CP khoản 5 Điều 65).",
        "The buyer paid {paid} đồng: refund it before cancelling the sale (Decree 152/2026 "
        "Art 65.5).",
    ),
    "auction.cancelled_resale_price": (
        "Đấu giá lại sau khi hủy việc bán với giá khởi điểm {price} đồng của lần trước: chưa "
        "có căn cứ giảm giá (Luật Thi hành án dân sự 2025 khoản 3 Điều 83).",
        "The auction after a cancelled sale starts at the previous {price} đồng: there are no "
        "grounds for a reduction (Law on Civil Judgment Enforcement 2025 Art 83.3).",
    ),
    "auction.cancel_before_due": (
        "Người mua còn được nộp tiền đến hết ngày {due}: chưa được hủy việc bán ngày {day} "
        "(Nghị định 152/2026/NĐ-CP khoản 1 Điều 65; Bộ luật Dân sự 2015 khoản 5 Điều 148).",
        "The buyer may pay until the end of {due}: the sale cannot be cancelled on {day} "
        "(Decree 152/2026 Art 65.1; Civil Code 2015 Art 148.5).",
    ),
    "calendar.working_day_not_weekend": (
        "Ngày {day} vốn là ngày làm việc: chỉ thứ Bảy, Chủ nhật mới được khai báo là ngày "
        "làm việc bù (Bộ luật Lao động 2019 khoản 3 Điều 112).",
        "{day} is a working day already: only a Saturday or Sunday can be declared a working "
        "day in exchange for a day off (Labour Code 2019 Art 112.3).",
    ),
    "field.seized_on": ("ngày kê biên xong", "the seizure date"),
    "field.valuation_method": ("hình thức định giá", "the valuation method"),
    "field.valuer": ("doanh nghiệp thẩm định giá", "the valuation firm"),
    "field.council_member": ("thành viên Hội đồng", "the council member"),
    "field.price": ("giá", "the price"),
    "field.valued_on": ("ngày có kết quả định giá", "the valuation date"),
    "field.previous_valuation": ("ngày định giá lần trước", "the previous valuation date"),
    "field.notified_on": ("ngày thông báo cho đương sự", "the notice date"),
    "field.organisation": ("tổ chức đấu giá", "the auction organisation"),
    "field.contract_number": ("số hợp đồng", "the contract number"),
    "field.contract_on": ("ngày ký hợp đồng", "the contract date"),
    "field.auction_on": ("ngày đấu giá", "the auction date"),
    "field.previous_auction": ("ngày đấu giá lần trước", "the previous auction date"),
    "field.posted_on": ("ngày niêm yết", "the posting date"),
    "field.starting_price": ("giá khởi điểm", "the starting price"),
    "field.buyer": ("người mua", "the buyer"),
    "field.buyer_address": ("địa chỉ người mua", "the buyer's address"),
    "field.sold_on": ("ngày bán", "the sale date"),
    "field.sale_on": ("thời gian bán đã thông báo", "the announced time of sale"),
    "field.sale_method": ("hình thức bán", "the way of sale"),
    "field.announced_on": ("ngày thông báo bán", "the announcement date"),
    "field.paid_on": ("ngày nộp tiền", "the payment date"),
    "field.left_warehouse_on": ("ngày xuất kho", "the day the items left the warehouse"),
    "field.handed_over_on": ("ngày giao tài sản", "the handover date"),
    "auction.no_items": (
        "Lô tài sản phải có ít nhất một vật chứng, tài sản.",
        "A lot needs at least one item.",
    ),
    "auction.item_not_in_case": (
        "Tài sản {code} không thuộc vụ việc của lô.",
        "Item {code} does not belong to the lot's case.",
    ),
    "auction.item_not_available": (
        "Tài sản {code} đang ở trạng thái «{status}»; chỉ đưa vào lô tài sản đang bảo quản "
        "hoặc chờ bán đấu giá.",
        "Item {code} is “{status}”; only items in storage or awaiting auction can join a lot.",
    ),
    "auction.item_on_lot": (
        "Tài sản {code} đã thuộc lô số {lot}.",
        "Item {code} is already on lot {lot}.",
    ),
    "auction.gold_needs_precious_metal": (
        "Chỉ lô gồm toàn vàng bạc, kim khí quý mới được đánh dấu là vàng miếng, vàng nhẫn "
        "tròn trơn.",
        "Only a lot of precious metals can be marked as gold bars or plain rings.",
    ),
    "auction.jewellery_after_publicity": (
        "Lô {lot} đã niêm yết hoặc thông báo công khai từ ngày {day}: không còn được ghi hoặc "
        "bỏ ghi vàng trang sức, mỹ nghệ, vàng nguyên liệu (thủ tục rút gọn theo Nghị định "
        "152/2026/NĐ-CP khoản 3 Điều 61 phải được xác định trước khi niêm yết, thông báo).",
        "Lot {lot} was posted or publicly announced on {day}: its gold-jewellery flag can no "
        "longer be set or cleared (the shortened procedure of Decree 152/2026 Art 61.3 is "
        "fixed before the posting and the notices).",
    ),
    "auction.jewellery_set": (
        "Ghi lô {lot} là vàng trang sức, mỹ nghệ, vàng nguyên liệu (khoản 3 Điều 61 Nghị định "
        "152/2026/NĐ-CP).",
        "Lot {lot} recorded as gold jewellery, fine-art or raw gold (Decree 152/2026 Art 61.3).",
    ),
    "auction.jewellery_cleared": (
        "Bỏ ghi lô {lot} là vàng trang sức, mỹ nghệ, vàng nguyên liệu (khoản 3 Điều 61 Nghị "
        "định 152/2026/NĐ-CP).",
        "Lot {lot} no longer recorded as gold jewellery, fine-art or raw gold (Decree 152/2026 "
        "Art 61.3).",
    ),
    "auction.jewellery_unchanged": (
        "Lô {lot} đã được ghi như vậy; không có gì thay đổi.",
        "Lot {lot} is already recorded so; nothing changes.",
    ),
    "auction.jewellery_needs_precious_metal": (
        "Chỉ lô gồm toàn vàng bạc, kim khí quý mới được ghi là vàng trang sức, mỹ nghệ, vàng "
        "nguyên liệu (Nghị định 152/2026/NĐ-CP khoản 3 Điều 61).",
        "Only a lot of precious metals can be recorded as gold jewellery, fine-art or raw gold "
        "(Decree 152/2026 Art 61.3).",
    ),
    "auction.gold_bullion_or_jewellery": (
        "Vàng miếng, vàng nhẫn tròn trơn (khoản 2 Điều 61) và vàng trang sức, mỹ nghệ, vàng "
        "nguyên liệu (khoản 3 Điều 61 Nghị định 152/2026/NĐ-CP) được xử lý khác nhau: chỉ ghi "
        "một loại cho mỗi lô.",
        "Gold bars and plain rings (Art 61.2) and gold jewellery, fine-art or raw gold (Decree "
        "152/2026 Art 61.3) are sold differently: record one kind per lot.",
    ),
    "auction.wrong_status": (
        "Lô số {ref} đang ở trạng thái «{status}»; việc này cần trạng thái: {allowed}.",
        "Lot {ref} is “{status}”; this needs: {allowed}.",
    ),
    "auction.date_in_future": (
        "Không thể ghi {field} là {day}: ngày này chưa đến.",
        "Cannot record {field} as {day}: that day has not come yet.",
    ),
    "auction.date_before": (
        "Không thể ghi {field} là {day}: trước {other} ({earliest}).",
        "Cannot record {field} as {day}: it is before {other} ({earliest}).",
    ),
    "auction.revaluation_refused": (
        "Tài sản đã được định giá {count} lần; chỉ được thẩm định giá lại, xác định giá lại "
        "một lần (Điều 60.6 Nghị định 152/2026/NĐ-CP).",
        "The lot was valued {count} times already; only one re-valuation is allowed "
        "(Decree 152/2026 Art 60.6).",
    ),
    "auction.council_too_small": (
        "Hội đồng xác định giá phải có ít nhất {minimum} thành viên (hiện có {count}).",
        "A price council needs at least {minimum} members ({count} given).",
    ),
    "auction.chair_not_officer": (
        "Chủ tịch Hội đồng xác định giá phải là Chấp hành viên đang làm việc.",
        "The price council must be chaired by an active enforcement officer.",
    ),
    "auction.no_valuation": (
        "Lô số {ref} chưa có kết quả thẩm định giá, xác định giá.",
        "Lot {ref} has no valuation yet.",
    ),
    "auction.already_notified": (
        "Đương sự đã được thông báo kết quả định giá ngày {day}.",
        "The parties were already notified of the valuation on {day}.",
    ),
    "auction.first_round_price": (
        "Giá khởi điểm lần đấu giá đầu tiên là giá đã định: {price} đồng.",
        "The first auction starts at the valued price: VND {price}.",
    ),
    "auction.price_above_previous": (
        "Giá khởi điểm mới không được cao hơn giá khởi điểm lần trước ({previous} đồng).",
        "The new starting price cannot exceed the previous one (VND {previous}).",
    ),
    "auction.reduction_too_large": (
        "Giá khởi điểm {price} đồng giảm quá {percent}% so với giá khởi điểm lần trước "
        "({previous} đồng); giá thấp nhất được phép là {minimum} đồng.",
        "A starting price of VND {price} cuts more than {percent}% from the previous "
        "starting price (VND {previous}); the lowest allowed is VND {minimum}.",
    ),
    "auction.auction_in_past": (
        "Ngày đấu giá {day} đã qua.",
        "The auction date {day} has passed.",
    ),
    "auction.held_late": (
        "Ngày đấu giá {day} quá hạn: cuộc đấu giá phải được tổ chức chậm nhất ngày {latest} "
        "({days} ngày kể từ ngày ký hợp đồng dịch vụ đấu giá {contract}, Điều 83.2.a Luật Thi "
        "hành án dân sự 2025).",
        "The auction date {day} is too late: the auction must be held by {latest} ({days} "
        "days from the auction contract of {contract}, Law 106/2025 Art 83.2.a).",
    ),
    "auction.posting_late": (
        "Niêm yết ngày {day} là quá muộn cho cuộc đấu giá ngày {auction}: động sản phải niêm "
        "yết ít nhất 07 ngày làm việc trước, chậm nhất ngày {latest}.",
        "Posting on {day} is too late for the auction on {auction}: movables are posted at "
        "least 7 working days before, by {latest} at the latest.",
    ),
    "auction.posting_late_real": (
        "Niêm yết ngày {day} là quá muộn cho cuộc đấu giá ngày {auction}: bất động sản phải "
        "niêm yết ít nhất 15 ngày trước, chậm nhất ngày {latest}.",
        "Posting on {day} is too late for the auction on {auction}: real property is posted "
        "at least 15 days before, by {latest} at the latest.",
    ),
    "auction.already_posted": (
        "Cuộc đấu giá đã được niêm yết ngày {day}.",
        "The auction was already posted on {day}.",
    ),
    "auction.not_posted": (
        "Cuộc đấu giá ngày {auction} chưa được niêm yết.",
        "The auction of {auction} has not been posted.",
    ),
    "auction.not_held_yet": (
        "Cuộc đấu giá ngày {auction} chưa diễn ra.",
        "The auction of {auction} has not taken place yet.",
    ),
    "auction.price_below_start": (
        "Giá trúng đấu giá không được thấp hơn giá khởi điểm {start} đồng.",
        "The winning price cannot be below the starting price of VND {start}.",
    ),
    "auction.creditor_not_yet": (
        "Người được thi hành án chỉ được nhận tài sản từ sau lần giảm giá thứ {needed} mà "
        "đấu giá không thành (mới giảm giá {done} lần).",
        "The creditor may take the asset only after reduction {needed} fails "
        "({done} reductions so far).",
    ),
    "auction.not_gold": (
        "Chỉ vàng miếng, vàng nhẫn tròn trơn được bán cho doanh nghiệp, tổ chức tín dụng "
        "kinh doanh vàng không qua đấu giá.",
        "Only gold bars and plain rings are sold to a gold dealer without auction.",
    ),
    "auction.not_a_direct_sale": (
        "«{method}» không phải là hình thức bán không qua đấu giá.",
        "“{method}” is not a sale without auction.",
    ),
    "auction.not_perishable": (
        "Tài sản {code} không phải hàng hóa dễ hư hỏng; phải bán đấu giá.",
        "Item {code} is not perishable; it must go to auction.",
    ),
    "auction.not_low_value": (
        "Giá tài sản {price} đồng vượt quá {multiple} lần mức lương tối thiểu vùng ({limit} "
        "đồng); phải bán đấu giá.",
        "The valued price of VND {price} exceeds {multiple} × the regional minimum wage "
        "(VND {limit}); it must go to auction.",
    ),
    "auction.sale_notice_late": (
        "Thông báo bán ngày {day} là quá muộn cho việc bán ngày {sold}: phải thông báo trước "
        "ít nhất 01 ngày làm việc, chậm nhất ngày {latest}.",
        "An announcement on {day} is too late for the sale on {sold}: announce at least 1 "
        "working day before, by {latest}.",
    ),
    "auction.sale_not_announced": (
        "Lô số {ref} chưa có thông báo bán tài sản không qua đấu giá: phải thông báo trước "
        "thời điểm bán ít nhất 01 ngày làm việc (khoản 2 Điều 64 Nghị định 152/2026/NĐ-CP).",
        "Lot {ref} has no announcement of the sale without auction: it must be announced at "
        "least 1 working day before the sale (Decree 152/2026 Art 64.2).",
    ),
    "auction.sale_already_announced": (
        "Lô số {ref} đã có thông báo bán không qua đấu giá ngày {day} (bán ngày {planned}).",
        "Lot {ref} was already announced for sale without auction on {day} (sale on {planned}).",
    ),
    "auction.sale_other_ground": (
        "Thông báo bán ghi hình thức «{announced}», không phải «{method}».",
        "The announcement states “{announced}”, not “{method}”.",
    ),
    "auction.sale_before_announced": (
        "Không bán ngày {day}: thông báo ngày {announced} ấn định thời gian bán là ngày {planned}.",
        "No sale on {day}: the announcement of {announced} states the sale on {planned}.",
    ),
    "auction.payment_late": (
        "Đã hết thời hạn nộp tiền ngày {due}; không ghi nhận khoản nộp ngày {day} "
        "(Điều 65.1 Nghị định 152/2026/NĐ-CP).",
        "The payment period ended on {due}; a payment on {day} cannot be recorded "
        "(Decree 152/2026 Art 65.1).",
    ),
    "auction.overpaid": (
        "Số tiền {amount} đồng vượt quá số còn phải nộp ({left} đồng).",
        "VND {amount} exceeds the amount still due (VND {left}).",
    ),
    "rule.not_configurable": (
        "Quy định «{rule}» không được thay đổi theo cơ quan.",
        "Rule “{rule}” cannot be changed per agency.",
    ),
    "rule.out_of_range": (
        "Giá trị {value} của «{rule}» không hợp lệ: phải lớn hơn 0 và không quá {limit_vi}.",
        "Value {value} of “{rule}” is not valid: it must be above 0 and at most {limit_en}.",
    ),
    "rule.whole_number": (
        "«{rule}» phải là số nguyên (không có phần thập phân), không phải {value}.",
        "“{rule}” must be a whole number (no decimals), not {value}.",
    ),
    # The configurable rules by name, so a message names the rule as the user reads it.
    **{f"rule.text.{r.key}": (r.text_vi, r.text_en) for r in RULES if r.configurable},
    # What falls due (Deadline.kind), as the dashboard, the auction screen and the reports name it.
    "deadline.valuation_notice": ("Thông báo kết quả định giá", "Valuation notice"),
    "deadline.gold_sale": ("Bán vàng cho tổ chức được phép", "Gold sale to a dealer"),
    "deadline.auction_posting": ("Niêm yết đấu giá", "Auction posting"),
    "deadline.auction_contract": ("Ký hợp đồng dịch vụ đấu giá", "Auction contract"),
    "deadline.auction_held": ("Tổ chức cuộc đấu giá", "Holding the auction"),
    "deadline.sale_without_auction": ("Bán không qua đấu giá", "Sale without auction"),
    "deadline.sale_payment": ("Người mua nộp tiền", "Buyer's payment"),
    "deadline.buyer_handover": ("Giao tài sản cho người mua", "Handover to the buyer"),
    "deadline.sale_money_to_bank": (
        "Chưa giao được tài sản: gửi tiền bán tài sản vào ngân hàng thương mại",
        "Asset not handed over: deposit the sale money in a commercial bank",
    ),
}
