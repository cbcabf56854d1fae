"""Messages about the valuation methods and re-valuation grounds (Law 106/2025 Art 82;
Decree 152/2026 Art 60), in Vietnamese and English."""

from __future__ import annotations

VALUATION_MESSAGES: dict[str, tuple[str, str]] = {
    "deadline.valuation_contract": (
        "Ký hợp đồng thẩm định giá (hoặc nhận thỏa thuận giá)",
        "Valuation contract (or the parties' agreed price)",
    ),
    "field.valuation_basis": ("căn cứ định giá", "the valuation ground"),
    "field.paper_number": ("số văn bản", "the document number"),
    "field.firm_contract_on": ("ngày ký hợp đồng thẩm định giá", "the valuation contract date"),
    "field.agreement_on": ("ngày văn bản thỏa thuận giá", "the date of the price agreement"),
    "field.ground_on": ("ngày có căn cứ định giá lại", "the date of the re-valuation ground"),
    "field.conclusion_number": (
        "số kết luận của cơ quan có thẩm quyền",
        "the competent body's conclusion number",
    ),
    "valuation.not_a_revaluation": (
        "Chưa có kết quả định giá lần đầu; căn cứ định giá lại (Điều 82.2 Luật Thi hành án dân "
        "sự 2025) chưa thể áp dụng.",
        "There is no first valuation yet; a re-valuation ground (Law 106/2025 Art 82.2) "
        "cannot apply.",
    ),
    "valuation.firm_has_no_ground": (
        "Thẩm định giá bởi doanh nghiệp không cần căn cứ của Chấp hành viên.",
        "A valuation firm needs no officer's ground.",
    ),
    "valuation.firm_contract_late": (
        "Hợp đồng thẩm định giá ngày {day} quá hạn: phải ký chậm nhất ngày {due} (05 ngày làm "
        "việc kể từ ngày kê biên {seized}, Điều 82.1.a Luật Thi hành án dân sự 2025).",
        "The valuation contract of {day} is late: it had to be signed by {due} (5 working "
        "days from the seizure on {seized}, Law 106/2025 Art 82.1.a).",
    ),
    "valuation.contract_before_seizure": (
        "Ngày ký hợp đồng {day} trước ngày kê biên {earliest}.",
        "The contract date {day} is before the seizure on {earliest}.",
    ),
    "valuation.agreement_before_seizure": (
        "Ngày thỏa thuận giá {day} trước ngày kê biên {earliest}.",
        "The price agreement of {day} is before the seizure on {earliest}.",
    ),
    "valuation.valued_before_paper": (
        "Ngày định giá {day} trước ngày của văn bản làm căn cứ ({earliest}).",
        "The valuation date {day} is before its document's date ({earliest}).",
    ),
    "paper.unknown": ("Không có loại giấy tờ «{paper}».", "There is no paper “{paper}”."),
    "paper.step_not_done": (
        "Chưa thể in {paper}: bước này của việc bán tài sản chưa thực hiện.",
        "{paper} cannot be printed yet: this step of the sale has not happened.",
    ),
    "paper.no_opinions": (
        "Hội đồng xác định giá này được ghi trước khi có ý kiến từng thành viên: không in "
        "biên bản từ dữ liệu thiếu (khoản 3 Điều 60 Nghị định 152/2026/NĐ-CP).",
        "This price council was recorded before each member's opinion was kept: no minutes "
        "are printed from missing data (Decree 152/2026 Art 60.3).",
    ),
    "paper.valuation_notice": ("thông báo kết quả định giá", "the valuation notice"),
    "paper.council_minutes": ("biên bản xác định giá của Hội đồng", "the price council's minutes"),
    "paper.reduction_decision": ("quyết định giảm giá tài sản", "the price reduction decision"),
    "paper.taking_debtor_notice": (
        "thông báo cho người phải thi hành án về việc nhận tài sản",
        "the notice of the taking to the debtor",
    ),
    "paper.taking_creditor_notice": (
        "thông báo cho người được thi hành án nộp tiền chênh lệch",
        "the notice to the creditor to pay the difference",
    ),
    "paper.cancel_decision": (
        "quyết định hủy bỏ kết quả bán đấu giá",
        "the decision cancelling the sale",
    ),
    "paper.failure_notice": (
        "thông báo cho đương sự về việc đấu giá không thành",
        "the notice to the parties of the failed auction",
    ),
    "auction.barred_from_transactions": (
        "Giao lại cho người phải thi hành án quản lý, sử dụng: không được đưa tài sản tham gia "
        "giao dịch dân sự cho đến khi thực hiện xong nghĩa vụ thi hành án (khoản 3 Điều 83 "
        "Luật Thi hành án dân sự).",
        "Handed back to the debtor to manage and use: he may not put it into any civil "
        "transaction until the obligation is done (Law 106/2025 Art 83.3).",
    ),
    "paper.priority_notice": (
        "thông báo quyền ưu tiên mua tài sản",
        "the notice of the right of first purchase",
    ),
    "paper.direct_sale_notice": (
        "thông báo bán tài sản không qua thủ tục đấu giá",
        "the announcement of the sale without auction",
    ),
    "paper.direct_sale_minutes": (
        "biên bản bán tài sản không qua thủ tục đấu giá",
        "the minutes of the sale without auction",
    ),
    "paper.return_to_debtor": (
        "thông báo giao lại tài sản cho người phải thi hành án",
        "the notice handing the asset back to the debtor",
    ),
    "valuation.opinions_only_for_council": (
        "Chỉ Hội đồng xác định giá mới ghi ý kiến từng thành viên.",
        "Members' opinions are recorded only for a price council.",
    ),
    "valuation.opinion_per_member": (
        "Biên bản xác định giá phải ghi rõ ý kiến của từng thành viên Hội đồng: {members} "
        "thành viên, {opinions} ý kiến (khoản 3 Điều 60 Nghị định 152/2026/NĐ-CP).",
        "The council's minutes state every member's opinion: {members} members, {opinions} "
        "opinions (Decree 152/2026 Art 60.3).",
    ),
    "valuation.dissent_needs_price_and_reasons": (
        "Thành viên {member} không đồng ý: ghi giá do thành viên đề xuất và lý do (khoản 3 "
        "Điều 60 Nghị định 152/2026/NĐ-CP).",
        "Member {member} dissents: record the price he proposes and his reasons (Decree "
        "152/2026 Art 60.3).",
    ),
    "valuation.council_no_majority": (
        "Giá chưa được quá nửa tổng số thành viên Hội đồng tán thành ({agreeing}/{members}; "
        "khi bằng nhau, theo ý kiến Chủ tịch Hội đồng — khoản 3 Điều 60 Nghị định "
        "152/2026/NĐ-CP).",
        "The price is not carried by more than half of all council members ({agreeing}/"
        "{members}; on a tie the chair decides — Decree 152/2026 Art 60.3).",
    ),
    "field.opinion_note": ("ý kiến, lý do", "the opinion and reasons"),
    "field.proposed_price": ("giá đề xuất", "the proposed price"),
    "valuation.council_only_without_firm": (
        "Hội đồng xác định giá chỉ được thành lập khi không lựa chọn được doanh nghiệp thẩm "
        "định giá (Điều 60.3 Nghị định 152/2026/NĐ-CP).",
        "A price council is set up only when no valuation firm can be chosen (Decree "
        "152/2026 Art 60.3).",
    ),
    "valuation.officer_ground_required": (
        "Chấp hành viên chỉ tự xác định giá khi tài sản dễ hư hỏng, có giá trị nhỏ hoặc không "
        "lựa chọn được doanh nghiệp thẩm định giá (Điều 82.1.b Luật Thi hành án dân sự 2025); "
        "hãy chọn căn cứ.",
        "The officer fixes the price himself only for perishables, low-value assets or when "
        "no valuation firm can be chosen (Law 106/2025 Art 82.1.b); choose the ground.",
    ),
    "valuation.not_low_value": (
        "Giá {price} đồng vượt quá 05 lần mức lương tối thiểu vùng ({limit} đồng): không phải "
        "tài sản giá trị nhỏ (Điều 60.5 Nghị định 152/2026/NĐ-CP).",
        "VND {price} exceeds 5 × the regional minimum wage (VND {limit}): not a low-value "
        "asset (Decree 152/2026 Art 60.5).",
    ),
    "valuation.revaluation_ground_required": (
        "Chỉ thẩm định giá lại, xác định giá lại khi có kết luận vi phạm nghiêm trọng, chứng "
        "thư hết hiệu lực hoặc đương sự yêu cầu đúng hạn (Điều 82.2 Luật Thi hành án dân sự "
        "2025); hãy chọn căn cứ.",
        "A re-valuation needs a ground of Law 106/2025 Art 82.2: a serious breach found, an "
        "expired certificate, or a party's timely request; choose it.",
    ),
    "valuation.agreement_is_not_a_revaluation": (
        "Thỏa thuận giá của đương sự thay cho thẩm định giá lần đầu, không phải định giá lại.",
        "The parties' agreement replaces the first valuation; it is not a re-valuation.",
    ),
    "valuation.no_certificate": (
        "Lần định giá đầu không do doanh nghiệp thẩm định giá thực hiện nên không có chứng "
        "thư (Điều 82.2.b).",
        "The first valuation was not a firm's, so there is no certificate (Art 82.2.b).",
    ),
    "valuation.request_once": (
        "Đương sự đã yêu cầu định giá lại một lần; chỉ được thực hiện một lần (Điều 82.2.c).",
        "A party already had its re-valuation; it is done only once (Art 82.2.c).",
    ),
    "valuation.request_before_notice": (
        "Chưa thông báo kết quả định giá cho đương sự, hoặc yêu cầu trước ngày thông báo.",
        "The parties were not notified of the valuation yet, or the request predates it.",
    ),
    "valuation.request_late": (
        "Yêu cầu ngày {day} quá hạn: phải có chậm nhất ngày {due} (05 ngày làm việc kể từ "
        "ngày nhận thông báo {notified}, Điều 82.2.c Luật Thi hành án dân sự 2025).",
        "The request of {day} is late: it was due by {due} (5 working days from the notice "
        "on {notified}, Law 106/2025 Art 82.2.c).",
    ),
    "valuation.advance_unpaid": (
        "Người yêu cầu phải nộp ngay tạm ứng chi phí định giá lại (Điều 82.2.c; Điều 60.6 Nghị "
        "định 152/2026/NĐ-CP).",
        "The requesting party must pay the advance on re-valuation costs at once (Art 82.2.c; "
        "Decree 152/2026 Art 60.6).",
    ),
    "valuation.revaluation_late": (
        "Định giá lại ngày {day} quá hạn: phải xong chậm nhất ngày {due} (05 ngày làm việc kể "
        "từ ngày có căn cứ {ground}, Điều 82.3 Luật Thi hành án dân sự 2025).",
        "The re-valuation of {day} is late: it was due by {due} (5 working days from the "
        "ground on {ground}, Law 106/2025 Art 82.3).",
    ),
    "field.priority_buyer": (
        "chủ sở hữu chung, người được ưu tiên mua",
        "the co-owner or priority buyer",
    ),
    "field.declared_on": ("ngày đăng ký mua", "the date of the purchase declaration"),
    "priority.first_sale_only": (
        "Thông báo quyền ưu tiên mua theo giá khởi điểm chỉ trước khi bán lần đầu (Điều 83.1 "
        "Luật Thi hành án dân sự 2025).",
        "The right of first purchase at the starting price is notified only before the "
        "first sale (Law 106/2025 Art 83.1).",
    ),
    "priority.declared_late": (
        "Đăng ký mua ngày {day} quá hạn: thời hạn ưu tiên kết thúc ngày {due} (kể từ ngày thông "
        "báo {notified}, Điều 83.1 Luật Thi hành án dân sự 2025).",
        "The declaration of {day} is late: the priority period ended on {due} (from the "
        "notice on {notified}, Law 106/2025 Art 83.1).",
    ),
    "priority.period_running": (
        "Thời hạn ưu tiên mua của {name} chưa hết (đến hết ngày {day}); chưa ký hợp đồng đấu "
        "giá (Điều 83.1 Luật Thi hành án dân sự 2025).",
        "{name}'s priority period runs until {day}; no auction contract before then (Law "
        "106/2025 Art 83.1).",
    ),
}
