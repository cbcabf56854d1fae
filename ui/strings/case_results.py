"""Texts of a case's outcomes, payments and the head's confirmation (issue 19)."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "result.state": ("Kết quả thi hành", "Enforcement result"),
    "result.state_line": (
        "{state} (từ ngày {since}); đã thu {collected}, còn phải thi hành {remaining}{pending}",
        "{state} (since {since}); collected {collected}, remaining {remaining}{pending}",
    ),
    "result.state_line_open": (
        "{state}; đã thu {collected}, còn phải thi hành {remaining}{pending}",
        "{state}; collected {collected}, remaining {remaining}{pending}",
    ),
    "result.obligations_suffix": (
        "; {count} khoản: {standing}",
        "; {count} obligations: {standing}",
    ),
    "result.pending_suffix": (
        "; {count} bản ghi chờ Thủ trưởng xác nhận",
        "; {count} records awaiting the head's confirmation",
    ),
    "result.record_outcome": ("Ghi kết quả thi hành…", "Record an outcome…"),
    "result.record_payment": ("Ghi tiền thu được…", "Record a payment…"),
    "result.confirm": ("Xác nhận kết quả…", "Confirm results…"),
    "result.outcome_title": ("Ghi kết quả thi hành án", "Record an enforcement outcome"),
    "result.outcome_hint": (
        "Ghi theo văn bản (quyết định, thông báo) của cơ quan thi hành án; chỉ được tính vào "
        "thống kê khi Thủ trưởng xác nhận.",
        "As the agency's document (decision, notice) says; it counts in the statistics once "
        "the head confirms it.",
    ),
    "result.kind": ("Kết quả", "Outcome"),
    "result.procuracy_number": ("Số thông báo gửi Viện kiểm sát", "Notice sent to the procuracy"),
    "result.procuracy_on": ("Ngày gửi Viện kiểm sát", "Sent to the procuracy on"),
    "result.procuracy": ("Viện kiểm sát nhận", "Procuracy"),
    "result.record_verification": ("Xác minh điều kiện THA…", "Record a verification…"),
    "result.record_verification_tip": (
        "Ghi biên bản xác minh điều kiện thi hành án (khoản 3 Điều 38 Luật Thi hành án dân sự)",
        "Record the verification of the means to enforce (Law on Civil Judgment Enforcement "
        "Art 38.3)",
    ),
    "result.verification_title": (
        "Xác minh điều kiện thi hành án (khoản 3 Điều 38)",
        "Verification of the liable person's means (Art 38.3)",
    ),
    "result.verification_hint": (
        "Việc chưa có điều kiện thi hành được xác minh ít nhất 06 tháng một lần; sau 02 năm, "
        "không có thông tin mới thì xử lý theo Điều 22 Nghị định 152/2026/NĐ-CP.",
        "A case not yet enforceable is verified at least every 6 months; after 2 years with "
        "no new information, Decree 152/2026 Art 22 applies.",
    ),
    "result.verified_on": ("Ngày xác minh", "Verified on"),
    "result.new_information": (
        "Có thông tin mới về điều kiện thi hành án",
        "New information on the means to pay",
    ),
    "result.verified": ("Đã ghi biên bản xác minh.", "Verification recorded."),
    "result.reason": ("Căn cứ (khoản 1 Điều 38)", "Ground (Art 38.1)"),
    "result.effective_on": ("Có hiệu lực từ ngày", "Effective from"),
    "result.doc_number": ("Số văn bản", "Document number"),
    "result.doc_date": ("Ngày văn bản", "Document date"),
    "result.doc_issuer": ("Cơ quan, người ban hành", "Issued by"),
    "result.note": ("Ghi chú", "Note"),
    "result.payment_title": ("Ghi tiền thi hành án thu được", "Record money collected"),
    "result.payment_hint": (
        "Mỗi lần thu một bản ghi, theo biên lai hoặc chứng từ; tiền bán tài sản ghi số "
        "thu được và chi phí thi hành án được trừ (khoản 1 Điều 54).",
        "One record per payment, as its receipt says; for an asset's proceeds, the amount "
        "and the enforcement costs deducted (Art 54.1).",
    ),
    "result.amount": ("Số tiền thu được (đồng)", "Amount collected (VND)"),
    "result.costs": ("Chi phí được trừ (đồng)", "Costs deducted (VND)"),
    "result.paid_on": ("Ngày thu", "Collected on"),
    "result.bad_money": (
        "Số tiền chỉ gồm chữ số, ví dụ 15.000.000.",
        "An amount has digits only, e.g. 15,000,000.",
    ),
    "result.recorded": (
        "Đã ghi; chờ Thủ trưởng xác nhận.",
        "Recorded; awaiting the head's confirmation.",
    ),
    "result.record_change": ("Ghi thay đổi, đính chính…", "Record a change…"),
    "result.history": ("Lịch sử vụ việc…", "Case history…"),
    "history.title": ("Lịch sử vụ việc: {case}", "History of the case: {case}"),
    "history.hint": (
        "Mọi kết quả, khoản thu và thay đổi, mới nhất trước. Không sửa, không xóa: đính chính "
        "là một bản ghi mới từ ngày của nó, nên số liệu các kỳ đã qua không đổi.",
        "Every result, payment and change, newest first. Nothing is edited or deleted: a "
        "correction is a new record from its day, so past periods' figures stay as they were.",
    ),
    "history.col_detail": ("Chi tiết", "Details"),
    "history.col_status": ("Tình trạng", "Status"),
    "history.voided": ("Đã hủy từ {day}", "Voided from {day}"),
    "history.waiting": ("Chờ xác nhận", "Awaiting confirmation"),
    "history.counts": ("Được tính", "Counts"),
    "history.refused": ("Bị từ chối", "Refused"),
    "history.kind.amount": ("Thay đổi số tiền phải thi hành", "Amount to enforce changed"),
    "history.kind.officer": ("Thay đổi Chấp hành viên", "Officer changed"),
    "history.kind.void_outcome": ("Hủy kết quả đã ghi nhận", "Recorded result voided"),
    "history.kind.void_payment": ("Hủy khoản thu đã ghi nhận", "Recorded payment voided"),
    "history.kind.decision_date": (
        "Sửa ngày ra quyết định thi hành án",
        "Enforcement decision date corrected",
    ),
    "history.no_officer": ("(chưa phân công)", "(unassigned)"),
    "history.change_title": ("Ghi thay đổi, đính chính vụ việc", "Record a change of the case"),
    "history.change_hint": (
        "Thay đổi có hiệu lực từ ngày ghi; các kỳ thống kê trước ngày đó giữ nguyên số liệu. "
        "Kỳ đã khóa không nhận thay đổi.",
        "The change counts from its day; statistics periods before it keep their figures. "
        "A closed period takes no change.",
    ),
    "history.change_kind": ("Loại thay đổi", "Change"),
    "history.new_amount": ("Số tiền phải thi hành mới (đồng)", "New amount to enforce (VND)"),
    "history.new_officer": ("Chấp hành viên mới", "New officer"),
    "history.record": ("Bản ghi bị hủy", "Record voided"),
    "result.close_period": ("Khóa kỳ thống kê…", "Close a statistics period…"),
    "history.close_title": ("Khóa kỳ thống kê", "Close a statistics period"),
    "history.close_hint": (
        "Sau khi khóa, không ghi thêm kết quả, khoản thu hay thay đổi nào có ngày trong kỳ.",
        "Once closed, no result, payment or change dated inside the period can be written.",
    ),
    "history.working_year": ("Năm công tác", "Working year"),
    "history.period": ("Kỳ báo cáo", "Period"),
    "history.months": ("{months} tháng", "{months} months"),
    "result.confirm_title": ("Xác nhận kết quả thi hành án", "Confirm enforcement results"),
    "result.confirm_hint": (
        "Các bản ghi chờ xác nhận. Người đã ghi không được tự xác nhận; bản ghi bị từ chối "
        "không bao giờ được tính.",
        "Records awaiting confirmation. Whoever recorded one cannot confirm it; a refused "
        "record never counts.",
    ),
    "result.col_case": ("Vụ việc", "Case"),
    "result.col_what": ("Nội dung", "What"),
    "result.col_day": ("Ngày", "Day"),
    "result.col_document": ("Văn bản", "Document"),
    "result.col_by": ("Người ghi", "Recorded by"),
    "result.payment_line": ("Thu {amount}", "Collected {amount}"),
    "result.accept": ("Xác nhận", "Confirm"),
    "result.refuse": ("Từ chối", "Refuse"),
    "result.none_pending": ("Không có bản ghi nào chờ xác nhận.", "Nothing awaits confirmation."),
    "result.choose_record": ("Hãy chọn một bản ghi.", "Choose a record first."),
    "result.obligation": ("Khoản nghĩa vụ", "Obligation"),
    "result.list_obligations": ("Liệt kê các khoản…", "List obligations…"),
    "obligation.title": ("Các khoản nghĩa vụ của vụ việc", "The case's obligations"),
    "obligation.hint": (
        "Mỗi khoản một dòng: loại và số tiền (tài sản phải giao: giá trị của nó). Các khoản "
        "cộng lại phải bằng số tiền phải thi hành ({amount}) và chỉ liệt kê một lần. Tiền thu "
        "cho cả vụ việc được trừ vào các khoản theo thứ tự này.",
        "One obligation a row: its kind and amount (an asset to hand over: its value). They "
        "must add up to the amount to enforce ({amount}) and are listed once. Money collected "
        "for the whole case fills them in this order.",
    ),
    "obligation.col_kind": ("Loại nghĩa vụ", "Kind"),
    "obligation.col_amount": ("Số tiền (đồng)", "Amount (VND)"),
    "obligation.col_note": ("Ghi chú", "Note"),
    "obligation.col_state": ("Tình trạng", "Standing"),
    "obligation.col_collected": ("Đã thu", "Collected"),
    "obligation.add_row": ("Thêm dòng", "Add a row"),
    "obligation.remove_row": ("Xóa dòng đang chọn", "Remove the selected row"),
    "result.whole_case": ("Cả vụ việc (mọi khoản)", "The whole case (every obligation)"),
    "result.obligation_line": ("Khoản {position} – {kind}", "Obligation {position} – {kind}"),
}
