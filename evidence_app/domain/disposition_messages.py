"""Messages of the disposition gate (Law 106/2025 Art 56–60)."""

from __future__ import annotations

DISPOSITION_MESSAGES: dict[str, tuple[str, str]] = {
    "disposition.second_user_required": (
        "Đổi hình thức xử lý đã ghi của vật chứng {code} ({category}) phải có người thứ hai "
        "đăng nhập xác nhận.",
        "Changing the disposition recorded for item {code} ({category}) needs a second user "
        "to log in and confirm.",
    ),
    "disposition.no_decision": (
        "Vật chứng {code} thuộc vụ việc chưa có quyết định thi hành án: chưa được trả lại, "
        "bán, tiêu hủy hay giao tịch thu (Điều 57–59 Luật Thi hành án dân sự 2025).",
        "Item {code} belongs to a case with no enforcement decision yet: it cannot be returned, "
        "sold, destroyed or handed over as confiscated (Law on Civil Judgment Enforcement 2025, "
        "Art 57–59).",
    ),
    "disposition.barred": (
        "Tài sản {code} đã giao lại người phải thi hành án do giá đã giảm bằng hoặc thấp hơn "
        "chi phí thi hành án: không được đưa vào giao dịch (lập lô, bán, xuất kho cho mục "
        "đích khác, tiêu hủy hay quyết định xử lý khác) cho đến khi vụ việc được ghi nhận thi "
        "hành xong (đoạn 3 khoản 3 Điều 83 Luật Thi hành án dân sự 2025); chỉ xuất kho trả lại "
        "người phải thi hành án.",
        "Asset {code} went back to the debtor when its price fell to the enforcement costs: "
        "it is barred from transactions (a new lot, a sale, a release for another purpose, "
        "destruction or another disposition) until the case is recorded completed (Law on "
        "Civil Judgment Enforcement 2025, Art 83.3, third paragraph); it may only be released "
        "back to the debtor.",
    ),
    "disposition.back_to_debtor": (
        "Vật chứng {code} đã được giao lại người phải thi hành án khi kết thúc việc bán (khoản "
        "3, 4 Điều 83 Luật Thi hành án dân sự 2025): chỉ xuất kho trả lại theo lệnh xuất kho, "
        "không đưa ra bán.",
        "Item {code} went back to the debtor when its sale ended (Law on Civil Judgment "
        "Enforcement 2025, Art 83.3–83.4): it leaves only on an exit order returning it, "
        "never to a sale.",
    ),
    "disposition.undecided": (
        "Vật chứng {code} chưa có hình thức xử lý theo bản án, quyết định nên không thể {step} "
        "({article}).",
        "Item {code} has no disposition ordered by a judgment or decision, so it cannot go to "
        "{step} ({article}).",
    ),
    "disposition.mismatch": (
        "Vật chứng {code}: bản án, quyết định ({source}) tuyên «{ordered}», không thể {step} "
        "({article}).",
        "Item {code}: the judgment or decision ({source}) orders “{ordered}”; it cannot go to "
        "{step} ({article}).",
    ),
    "disposition.release_undecided": (
        "Vật chứng {code} chưa có hình thức xử lý theo bản án, quyết định nên không thể xuất kho "
        "với mục đích «{step}» ({article}).",
        "Item {code} has no disposition ordered by a judgment or decision, so it cannot be "
        "released for “{step}” ({article}).",
    ),
    "disposition.release_mismatch": (
        "Vật chứng {code}: bản án, quyết định ({source}) tuyên «{ordered}», không thể xuất kho "
        "với mục đích «{step}» ({article}).",
        "Item {code}: the judgment or decision ({source}) orders “{ordered}”; it cannot be "
        "released for “{step}” ({article}).",
    ),
    "disposition.other_needs_reason": (
        "Xuất kho vật chứng {code} vì lý do khác phải ghi rõ lý do, căn cứ.",
        "Releasing item {code} for another reason needs the reason and its basis written.",
    ),
    "disposition.step_sale": ("thẩm định giá và bán", "valuation and sale"),
    "disposition.step_destruction": ("đưa vào Hội đồng tiêu hủy", "the destruction council"),
    "disposition.not_changeable": (
        "Vật chứng {code} đang ở trạng thái «{status}»; chỉ thay đổi hình thức xử lý của vật "
        "chứng đang bảo quản hoặc đang trích xuất.",
        "Item {code} is “{status}”; the disposition changes only for items in storage or out "
        "on temporary release.",
    ),
    "disposition.same": (
        "Vật chứng {code} đã có hình thức xử lý «{ordered}» theo {source}.",
        "Item {code} is already ordered “{ordered}” by {source}.",
    ),
    "disposition.source_future": (
        "Ngày của bản án, quyết định không được sau ngày hôm nay.",
        "The date of the judgment or decision cannot be after today.",
    ),
    "field.disposition_number": ("số bản án, quyết định", "the judgment or decision number"),
    "field.disposition_date": ("ngày bản án, quyết định", "the judgment or decision date"),
    "field.disposition_body": ("tòa án, cơ quan ra bản án, quyết định", "the court or body"),
    "article.law_56_60": (
        "Điều 56–60 Luật Thi hành án dân sự 2025",
        "Law on Civil Judgment Enforcement 2025, Art 56–60",
    ),
    "article.law_57": (
        "Điều 57 Luật Thi hành án dân sự 2025",
        "Law on Civil Judgment Enforcement 2025, Art 57",
    ),
    "article.law_58": (
        "Điều 58 Luật Thi hành án dân sự 2025",
        "Law on Civil Judgment Enforcement 2025, Art 58",
    ),
    "article.law_59": (
        "Điều 59 Luật Thi hành án dân sự 2025",
        "Law on Civil Judgment Enforcement 2025, Art 59",
    ),
    "article.law_60": (
        "Điều 60 Luật Thi hành án dân sự 2025",
        "Law on Civil Judgment Enforcement 2025, Art 60",
    ),
    "article.law_82_83": (
        "Điều 82–83 Luật Thi hành án dân sự 2025",
        "Law on Civil Judgment Enforcement 2025, Art 82–83",
    ),
    "article.law_83": (
        "Điều 83 Luật Thi hành án dân sự 2025",
        "Law on Civil Judgment Enforcement 2025, Art 83",
    ),
    "disposition.notice_future": (
        "Ngày thông báo không được sau ngày hôm nay.",
        "The notice date cannot be after today.",
    ),
    "disposition.notice_no_decision": (
        "Vụ việc «{case}» chưa có quyết định thi hành án: chưa thông báo trả lại hay giao "
        "tịch thu được.",
        "Case “{case}” has no enforcement decision yet: no return or confiscation notice.",
    ),
    "disposition.notice_before_decision": (
        "Thông báo phải sau quyết định thi hành án {number}.",
        "The notice must follow the enforcement decision {number}.",
    ),
    "disposition.notice_nothing": (
        "Vụ việc «{case}» không còn vật chứng nào có hình thức xử lý «{ordered}» đang bảo quản.",
        "Case “{case}” holds no item ordered “{ordered}”.",
    ),
    "field.notice_kind": ("loại thông báo", "the notice kind"),
    "field.notice_number": ("số thông báo", "the notice number"),
    "field.notice_date": ("ngày thông báo", "the notice date"),
    "deadline.confiscation_handover": (
        "Giao vật chứng tịch thu cho cơ quan tài chính, UBND cấp xã",
        "Hand confiscated items to the finance body or commune committee",
    ),
    "deadline.return_notice": (
        "Thông báo cho đương sự nhận tiền, tài sản",
        "Notify the parties to collect money and property",
    ),
    "deadline.return_money": (
        "Gửi tiền không đến nhận vào Kho bạc, tiết kiệm",
        "Deposit uncollected money with the Treasury",
    ),
    "deadline.return_money_savings": (
        "Lập bảng kê, gửi tiết kiệm không kỳ hạn số tiền không đến nhận (trên 2 lần lương "
        "tối thiểu vùng)",
        "List and deposit the uncollected money in an on-demand savings account (above twice "
        "the regional minimum wage)",
    ),
    "deadline.return_money_treasury": (
        "Lập bảng kê, gửi số tiền không đến nhận vào tài khoản tại Kho bạc (từ 2 lần lương "
        "tối thiểu vùng trở xuống)",
        "List and pay the uncollected money into the Treasury account (up to twice the "
        "regional minimum wage)",
    ),
    "deadline.return_perishable": (
        "Bán hàng mau hỏng không đến nhận",
        "Sell uncollected perishables",
    ),
    "deadline.return_property": (
        "Thẩm định giá, bán tài sản không đến nhận",
        "Value and sell uncollected property",
    ),
    "deadline.return_papers": (
        "Chuyển giấy tờ không đến nhận cho cơ quan đã cấp",
        "Send uncollected papers to the issuing body",
    ),
    "deadline.return_unclaimed": (
        "Sung quỹ nhà nước tiền, tài sản không đến nhận sau 05 năm",
        "Unclaimed money and property to the state budget",
    ),
    "deadline.subject_case": ("Vụ việc: {name}", "Case: {name}"),
}
