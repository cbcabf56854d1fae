"""Texts of the auction screen (đấu giá, bán tài sản): lots, their steps and deadlines."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "nav.auctions": ("Đấu giá, bán tài sản", "Auctions and sales"),
    "auction.title": ("Đấu giá, bán tài sản", "Auctions and sales of assets"),
    "auction.subtitle": (
        "Định giá, bán không qua đấu giá hoặc bán đấu giá từng lô tài sản, thu tiền và giao "
        "tài sản cho người mua trong thời hạn luật định.",
        "Value each lot, sell it without auction or at auction, collect the price and hand "
        "the asset to the buyer within the legal periods.",
    ),
    "auction.filter_all": ("Tất cả trạng thái", "All statuses"),
    "auction.col_lot": ("Lô số", "Lot"),
    "auction.col_name": ("Tài sản", "Assets"),
    "auction.col_case": ("Vụ việc", "Case"),
    "auction.col_status": ("Trạng thái", "Status"),
    "auction.col_price": ("Giá (đồng)", "Price (VND)"),
    "auction.col_deadline": ("Hạn tiếp theo", "Next deadline"),
    "auction.col_day": ("Ngày", "Date"),
    "auction.col_step": ("Bước", "Step"),
    "auction.col_detail": ("Nội dung", "Details"),
    "auction.timeline": ("Diễn biến của lô", "The lot's timeline"),
    "auction.items": ("Tài sản trong lô", "Items in the lot"),
    "auction.no_deadline": ("Không có hạn nào đang mở.", "No open deadline."),
    "auction.next_deadline": (
        "Hạn tiếp theo: {what} – {day} ({left})",
        "Next deadline: {what} – {day} ({left})",
    ),
    "auction.days_left": ("còn {n} ngày", "{n} days left"),
    "auction.due_today": ("hết hạn hôm nay", "due today"),
    "auction.overdue": ("quá hạn {n} ngày", "{n} days overdue"),
    "auction.deadline_short": ("{what}: {day}", "{what}: {day}"),
    # actions
    "auction.new": ("Lập lô tài sản…", "New lot…"),
    "auction.value": ("Định giá…", "Valuation…"),
    "auction.notify": ("Đã thông báo đương sự…", "Parties notified…"),
    "auction.announce_sale": (
        "Thông báo bán không qua đấu giá…",
        "Announce a sale without auction…",
    ),
    "auction.direct_sale": ("Bán không qua đấu giá…", "Sell without auction…"),
    "auction.contract": ("Hợp đồng đấu giá…", "Auction contract…"),
    "auction.schedule": ("Lịch đấu giá…", "Schedule an auction…"),
    "auction.post": ("Niêm yết…", "Posting…"),
    "auction.failed": ("Đấu giá không thành", "Auction failed"),
    "auction.winner": ("Trúng đấu giá…", "Winning bid…"),
    "auction.creditor": ("Người được THA nhận…", "Creditor takes…"),
    "auction.payment": ("Ghi nhận nộp tiền…", "Record a payment…"),
    "auction.handover": ("Giao cho người mua…", "Hand to the buyer…"),
    "auction.print": ("In biên bản giao tài sản", "Print the handover minutes"),
    "auction.failed_confirm": (
        "Ghi nhận cuộc đấu giá ngày {day} của lô số {lot} không thành?",
        "Record the auction of {day} for lot {lot} as failed?",
    ),
    # timeline
    "auction.step_created": ("Lập lô tài sản", "Lot created"),
    "auction.step_valued": ("Định giá lần {n}", "Valuation {n}"),
    "auction.step_notified": ("Thông báo đương sự", "Parties notified"),
    "auction.step_contract": ("Hợp đồng đấu giá", "Auction contract"),
    "auction.step_posted": ("Niêm yết lần {n}", "Posting {n}"),
    "auction.step_round": ("Đấu giá lần {n}", "Auction {n}"),
    "auction.step_sold": ("Bán tài sản", "Sale"),
    "auction.step_paid": ("Nộp tiền", "Payment"),
    "auction.step_handed": ("Giao tài sản", "Handover"),
    "auction.start_price": ("giá khởi điểm {price}", "starting price {price}"),
    "auction.posting_by": ("niêm yết chậm nhất {day}", "post by {day}"),
    "auction.buyer_price": ("{buyer}: {price}", "{buyer}: {price}"),
    "auction.council": ("Hội đồng xác định giá", "Price council"),
    # dialogs
    "auction.new_title": ("Lập lô tài sản để bán", "New lot for sale"),
    "auction.case": ("Vụ việc", "Case"),
    "auction.lot_items": ("Tài sản", "Items"),
    "auction.lot_name": ("Tên lô (không bắt buộc)", "Lot name (optional)"),
    "auction.real_property": ("Bất động sản", "Real property"),
    "auction.gold_bullion": ("Vàng miếng, vàng nhẫn tròn trơn", "Gold bars, plain rings"),
    "auction.gold_jewellery": (
        "Vàng trang sức, mỹ nghệ, vàng nguyên liệu",
        "Gold jewellery, fine-art or raw gold",
    ),
    "auction.gold_jewellery_row": ("Vàng khác (Điều 61.3)", "Other gold (Art 61.3)"),
    "auction.gold_flag": ("Vàng trang sức…", "Gold jewellery…"),
    "auction.gold_flag_title": ("Ghi lô là vàng trang sức", "Lot of gold jewellery"),
    "auction.gold_flag_hint": (
        "Chỉ sửa được trước khi niêm yết hoặc thông báo công khai lần đầu; lô vàng trang sức, "
        "mỹ nghệ, vàng nguyên liệu đấu giá theo thủ tục rút gọn (Nghị định 152/2026/NĐ-CP "
        "khoản 3 Điều 61)",
        "Can be changed only before the first posting or public notice; a lot of gold "
        "jewellery, fine-art or raw gold is auctioned by the shortened procedure (Decree "
        "152/2026 Art 61.3)",
    ),
    "auction.gold_jewellery_tip": (
        "Theo biên bản kê biên: đấu giá theo thủ tục rút gọn (Nghị định 152/2026/NĐ-CP "
        "khoản 3 Điều 61)",
        "As the seizure record says: auctioned by the shortened procedure (Decree 152/2026 "
        "Art 61.3)",
    ),
    "auction.seized_on": ("Ngày kê biên xong", "Seizure completed"),
    "auction.choose_items": ("Chọn ít nhất một tài sản.", "Choose at least one item."),
    "auction.value_title": ("Kết quả thẩm định giá, xác định giá", "Valuation result"),
    "auction.method": ("Hình thức", "Method"),
    "auction.valuer": ("Doanh nghiệp thẩm định giá", "Valuation firm"),
    "auction.valuer_agreement": ("Các đương sự thỏa thuận giá", "Parties agreeing the price"),
    "auction.valuer_officer": ("Chấp hành viên xác định giá", "Officer fixing the price"),
    "auction.valuer_price_council": ("Tên Hội đồng (nếu có)", "Council name (if any)"),
    "auction.chair": ("Chủ tịch Hội đồng (Chấp hành viên)", "Council chair (officer)"),
    "auction.council_members": ("Thành viên và ý kiến", "Members and opinions"),
    "council.name": ("Họ và tên", "Full name"),
    "council.position": ("Chức vụ, cơ quan", "Position, body"),
    "council.opinion": ("Ý kiến", "Opinion"),
    "council.price": ("Giá đề xuất", "Proposed price"),
    "council.reasons": ("Lý do (nếu không đồng ý)", "Reasons (if dissenting)"),
    "council.agrees": ("Đồng ý", "Agrees"),
    "council.dissents": ("Không đồng ý", "Dissents"),
    "council.add": ("Thêm thành viên", "Add a member"),
    "council.remove": ("Bớt thành viên", "Remove a member"),
    "auction.papers": ("Giấy tờ…", "Papers…"),
    "auction.papers_hint": (
        "Giấy tờ của các bước đã thực hiện; in lại vẫn là văn bản đã cấp số.",
        "The papers of the steps taken; a reprint is the paper already numbered.",
    ),
    "auction.papers_none": ("Lô này chưa có giấy tờ để in.", "This lot has no paper to print yet."),
    "auction.paper": ("Giấy tờ", "Paper"),
    "auction.paper_numbered": ("{name} – số {number}", "{name} – no. {number}"),
    "auction.paper_valuation_notice": ("Thông báo kết quả định giá", "Valuation notice"),
    "auction.paper_council_minutes": ("Biên bản xác định giá (Hội đồng)", "Price council minutes"),
    "auction.paper_reduction_decision": ("Quyết định giảm giá", "Price reduction decision"),
    "auction.paper_taking_debtor_notice": (
        "Thông báo người phải THA (nhận tài sản)",
        "Notice to the debtor (taking)",
    ),
    "auction.paper_taking_creditor_notice": (
        "Thông báo người được THA nộp chênh lệch",
        "Notice to the creditor (difference)",
    ),
    "auction.paper_cancel_decision": ("Quyết định hủy kết quả bán", "Decision cancelling the sale"),
    "auction.paper_failure_notice": (
        "Thông báo đấu giá không thành",
        "Notice of the failed auction",
    ),
    "auction.paper_priority_notice": (
        "Thông báo quyền ưu tiên mua (chủ sở hữu chung)",
        "Notice of the right of first purchase",
    ),
    "auction.paper_direct_sale_notice": (
        "Thông báo bán tài sản không qua đấu giá",
        "Announcement of the sale without auction",
    ),
    "auction.paper_direct_sale_minutes": (
        "Biên bản bán tài sản không qua đấu giá",
        "Minutes of the sale without auction",
    ),
    "auction.paper_return_to_debtor": (
        "Thông báo giao lại tài sản cho người phải THA",
        "Notice handing the asset back to the debtor",
    ),
    "auction.barred": (
        "người phải THA không được đưa tài sản tham gia giao dịch dân sự cho đến khi thực "
        "hiện xong nghĩa vụ (khoản 3 Điều 83 Luật THADS)",
        "the debtor may not put the asset into any civil transaction until the obligation "
        "is done (Law 106/2025 Art 83.3)",
    ),
    "auction.price": ("Giá (đồng)", "Price (VND)"),
    "auction.valued_on": ("Ngày có kết quả", "Valuation date"),
    "auction.notify_title": ("Thông báo kết quả định giá cho đương sự", "Notice to the parties"),
    "auction.notified_on": ("Ngày thông báo", "Notice date"),
    "auction.contract_title": ("Hợp đồng dịch vụ đấu giá tài sản", "Auction service contract"),
    "auction.organisation": ("Tổ chức đấu giá", "Auction organisation"),
    "auction.contract_number": ("Số hợp đồng", "Contract number"),
    "auction.contract_on": ("Ngày ký", "Signed on"),
    "auction.schedule_title": ("Lịch đấu giá", "Auction schedule"),
    "auction.auction_on": ("Ngày đấu giá", "Auction date"),
    "auction.starting_price": ("Giá khởi điểm (đồng)", "Starting price (VND)"),
    "auction.starting_hint": (
        "Lần đầu: giá đã định {valued}. Sau lần không thành: giảm tối đa {percent}% của "
        "{previous} (thấp nhất {minimum}).",
        "First round: the valued price {valued}. After a failed round: at most {percent}% "
        "off {previous} (lowest {minimum}).",
    ),
    "auction.post_title": ("Niêm yết việc đấu giá", "Auction posting"),
    "auction.posted_on": ("Ngày niêm yết", "Posted on"),
    "auction.winner_title": ("Kết quả đấu giá thành", "Winning bid"),
    "auction.buyer": ("Người mua", "Buyer"),
    "auction.buyer_address": ("Địa chỉ", "Address"),
    "auction.winning_price": ("Giá trúng (đồng)", "Winning price (VND)"),
    "auction.by_agreement": (
        "Các bên thỏa thuận gia hạn nộp tiền đến 60 ngày",
        "The parties agreed to extend payment to 60 days",
    ),
    "auction.creditor_title": ("Người được thi hành án nhận tài sản", "Creditor takes the asset"),
    "auction.creditor_name": ("Người được thi hành án", "Creditor"),
    "auction.taken_on": ("Ngày nhận", "Taken on"),
    "auction.direct_title": ("Bán tài sản không qua đấu giá", "Sale without auction"),
    "auction.sale_method": ("Hình thức bán", "Way of sale"),
    "auction.sale_price": ("Giá bán (đồng)", "Sale price (VND)"),
    "auction.sold_on": ("Ngày bán", "Sale date"),
    "auction.announced_on": ("Ngày thông báo bán", "Announced on"),
    "auction.step_announced": ("Thông báo bán không qua đấu giá", "Sale without auction announced"),
    "auction.sale_planned": ("bán ngày {day}", "sale on {day}"),
    "auction.sale_on": ("Thời gian bán (theo thông báo)", "Time of sale (as announced)"),
    "auction.announce_title": (
        "Thông báo bán tài sản không qua đấu giá",
        "Announcement of a sale without auction",
    ),
    "auction.announce_hint": (
        "Niêm yết tại cơ quan hoặc đăng trên Trang thông tin điện tử và thông báo cho Viện "
        "kiểm sát trước thời điểm bán ít nhất 01 ngày làm việc (khoản 2 Điều 64 Nghị định "
        "152/2026/NĐ-CP).",
        "Post it at the agency or on its web page and tell the procuracy at least 1 working "
        "day before the sale (Decree 152/2026 Art 64.2).",
    ),
    "auction.payment_title": ("Người mua nộp tiền", "Buyer's payment"),
    "auction.amount": ("Số tiền (đồng)", "Amount (VND)"),
    "auction.paid_on": ("Ngày nộp", "Paid on"),
    "auction.payment_note": ("Ghi chú", "Note"),
    "auction.payment_left": ("Còn phải nộp: {left}, hạn {due}", "Still due: {left} by {due}"),
    "auction.handover_title": ("Giao tài sản cho người mua", "Handover to the buyer"),
    "auction.handed_over_on": ("Ngày giao", "Handed over on"),
    "auction.bad_money": ("Số tiền phải là số nguyên đồng.", "Amounts are whole VND."),
    # failed rounds, the creditor's taking, the debtor's redemption (Law 106/2025 Art 83.3–83.4)
    "auction.failure_noticed_on": (
        "Ngày nhận thông báo đấu giá không thành",
        "Notice of failure received on",
    ),
    "auction.reduction_decided_on": ("Ngày quyết định giảm giá", "Reduction decided on"),
    "auction.costs": ("Chi phí THA…", "Enforcement costs…"),
    "auction.costs_title": ("Chi phí thi hành án đã phát sinh", "Enforcement costs so far"),
    "auction.costs_amount": ("Chi phí thi hành án (đồng)", "Enforcement costs (VND)"),
    "auction.costs_hint": (
        "Khi giá đã giảm bằng hoặc thấp hơn chi phí này mà người được thi hành án không nhận, "
        "tài sản giao lại người phải thi hành án (khoản 3 Điều 83 Luật THADS 2025).",
        "Once the price reaches these costs and the creditor declines, the asset goes back to "
        "the debtor (Law 106/2025 Art 83.3).",
    ),
    "auction.decline": ("Người được THA không nhận…", "Creditor declines…"),
    "auction.decline_title": (
        "Người được thi hành án không nhận tài sản",
        "The creditor declines the asset",
    ),
    "auction.declined_on": ("Ngày từ chối", "Declined on"),
    "auction.creditor_ask": ("Người được THA đề nghị nhận…", "Creditor asks to take…"),
    "auction.creditor_ask_title": (
        "Đề nghị nhận tài sản của người được thi hành án",
        "The creditor's request to take the asset",
    ),
    "auction.request_on": ("Ngày nhận đề nghị", "Request received on"),
    "auction.notify_debtor": ("Thông báo người phải THA…", "Notify the debtor…"),
    "auction.notify_creditor": ("Thông báo người được THA nộp tiền…", "Notify the creditor…"),
    "auction.taking_notice_title": ("Thông báo về việc nhận tài sản", "Notice of the taking"),
    "auction.taking_notice_on": ("Ngày thông báo", "Notice date"),
    "auction.difference": ("Tiền chênh lệch phải nộp (đồng)", "Difference to pay (VND)"),
    "auction.redeem": ("Người phải THA nộp tiền nhận lại…", "Debtor redeems…"),
    "auction.redeem_title": (
        "Người phải thi hành án nộp đủ tiền, nhận lại tài sản",
        "The debtor pays in full and takes the asset back",
    ),
    "auction.redeem_hint": (
        "Phải nộp {due} (tiền thi hành án còn lại và chi phí), chậm nhất 01 ngày làm việc "
        "trước ngày mở cuộc đấu giá.",
        "Due: {due} (the debt left and the costs), at least one working day before the auction.",
    ),
    "auction.redeemed_on": ("Ngày nộp tiền", "Paid on"),
    "auction.redeem_amount": ("Số tiền nộp (đồng)", "Amount paid (VND)"),
    "auction.step_reduced": ("Quyết định giảm giá (lần đấu giá {n})", "Reduction (auction {n})"),
    "auction.step_ended": ("Kết thúc", "Ended"),
    "auction.notify_failure": ("Thông báo đấu giá không thành…", "Tell the parties…"),
    "auction.notify_failure_title": (
        "Thông báo cho đương sự về việc đấu giá không thành (Điều 65.6 Nghị định 152/2026)",
        "Tell the parties the auction failed (Decree 152/2026 Art 65.6)",
    ),
    "auction.failure_told_on": ("Ngày thông báo", "Notice date"),
    "auction.step_failure_told": (
        "Thông báo đương sự đấu giá lần {n} không thành",
        "Parties told auction {n} failed",
    ),
    "auction.cancel_sale": ("Hủy bán do không nộp tiền…", "Cancel the unpaid sale…"),
    "auction.cancel_title": (
        "Hủy kết quả bán do người mua không nộp đủ tiền",
        "Cancel the sale: the buyer did not pay",
    ),
    "auction.cancel_hint": (
        "Hạn nộp tiền đến hết ngày {due}; từ ngày hôm sau mới được hủy. Tiền đặt trước thuộc "
        "về cơ quan thi hành án, lô được đấu giá lại (Điều 65.1, 65.5 Nghị định 152/2026).",
        "The buyer may pay until the end of {due}; the sale is cancelled only from the next "
        "day. The deposit goes to the agency and the lot is auctioned again (Decree 152/2026 "
        "Art 65.1, 65.5).",
    ),
    "auction.cancelled_on": ("Ngày hủy", "Cancelled on"),
    "auction.cancel_record": ("Biên bản / quyết định hủy", "Record or decision of cancellation"),
    "auction.deposit_kept": ("Tiền đặt trước bị thu (đồng)", "Deposit forfeited (VND)"),
}
