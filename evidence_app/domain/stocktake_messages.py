"""Messages about stocktakes (kiểm kê) and reports, in Vietnamese and English."""

from __future__ import annotations

STOCKTAKE_MESSAGES: dict[str, tuple[str, str]] = {
    "noun.stocktake": ("Đợt kiểm kê", "Stocktake"),
    "noun.report": ("Báo cáo", "Report"),
    "field.output_file": ("tệp kết quả (--out)", "the output file (--out)"),
    "field.keeper_name": ("họ tên thủ kho", "the keeper's name"),
    "field.accountant_name": ("họ tên kế toán", "the accountant's name"),
    "field.head_name": ("họ tên thủ trưởng", "the head's name"),
    "field.cashier_name": ("họ tên thủ quỹ", "the cashier's name"),
    "field.period": ("kỳ kết sổ", "the period"),
    "ledger.unknown": (
        "Không có sổ «{name}» để kết sổ. Các sổ: {names}.",
        "No ledger “{name}” to close. Ledgers: {names}.",
    ),
    "ledger.no_such_period": (
        "Năm công tác {year} không có kỳ kết sổ này.",
        "Working year {year} has no such closing period.",
    ),
    "ledger.period_not_ended": (
        "{period} chưa kết thúc; chỉ kết sổ sau ngày cuối của kỳ.",
        "{period_en} has not ended; a period is closed after its last day.",
    ),
    "ledger.already_closed": (
        "{period} đã được kết sổ; kỳ đã kết sổ không thay đổi.",
        "{period_en} is already closed; a closed period does not change.",
    ),
    "ledger.earlier_open": (
        "Phải kết sổ {period} trước (kết sổ theo thứ tự các kỳ).",
        "Close {period_en} first (periods are closed in order).",
    ),
    "ledger.closed_period": (
        "Ngày {day} thuộc kỳ đã kết sổ (từ {start} đến {end}); không ghi thêm vào kỳ đã kết "
        "sổ (Thông tư 04/2023/TT-BTP, Điều 30.4).",
        "{day} falls in a closed ledger period ({start} to {end}); nothing is added to a "
        "closed period (Circular 04/2023/TT-BTP, Art 30.4).",
    ),
    "ledger.frozen_changed": (
        "Bản kết sổ số {ref} không còn khớp mã băm đã lưu khi kết sổ.",
        "Closing {ref} no longer matches the hash stored when it was closed.",
    ),
    "field.custodian_name": (
        "họ tên người được giao bảo quản",
        "the name of the person entrusted with the items",
    ),
    "stocktake.periodic_whole_warehouse": (
        "«{kind}» là kiểm kê toàn bộ kho (Nghị định 152/2026/NĐ-CP, Điều 38); kiểm kê một vị "
        "trí hãy chọn loại «Kiểm kê đột xuất».",
        "“{kind}” covers the whole warehouse (Decree 152/2026, Art 38); to count one location "
        "choose “Ad hoc”.",
    ),
    "stocktake.keeping_check_not_third_party": (
        "Kho «{warehouse}» không phải nơi tổ chức, cá nhân khác được giao bảo quản; kiểm tra "
        "hằng tháng chỉ áp dụng cho vật chứng giao người khác bảo quản (Thông tư "
        "01/2017/TT-BTP, Điều 12.2).",
        "Warehouse “{warehouse}” is not kept by another organisation or person; the monthly "
        "check applies only to items left with others to keep (Circular 01/2017/TT-BTP, "
        "Art 12.2).",
    ),
    "stocktake.location_other_warehouse": (
        "Vị trí {location} không thuộc kho của đợt kiểm kê.",
        "Location {location} is not in the stocktake's warehouse.",
    ),
    "stocktake.not_open": (
        "Đợt kiểm kê số {ref} đã kết thúc; không thể quét hoặc kết thúc lại.",
        "Stocktake {ref} is finished; it can no longer be scanned or finished again.",
    ),
    "stocktake.not_finished": (
        "Đợt kiểm kê số {ref} chưa kết thúc; hãy đối chiếu và lập biên bản trước.",
        "Stocktake {ref} is not finished; reconcile it and issue its minutes first.",
    ),
    "stocktake.already_open": (
        "Kho này đang có đợt kiểm kê số {ref} chưa kết thúc; hãy tiếp tục đợt đó.",
        "This warehouse already has open stocktake {ref}; resume it instead.",
    ),
    "stocktake.empty_code": ("Mã quét trống.", "The scanned code is empty."),
    "stocktake.no_finding": (
        "Mã {code} không nằm trong danh sách «{outcome}» chưa xử lý của đợt kiểm kê.",
        "Code {code} is not on the stocktake's unresolved “{outcome}” list.",
    ),
    "report.unknown": (
        "Không có báo cáo «{name}». Các báo cáo: {names}.",
        "No report named “{name}”. Reports: {names}.",
    ),
    "report.bad_period": (
        "Kỳ báo cáo không hợp lệ: từ ngày {start} đến ngày {end}.",
        "Invalid reporting period: from {start} to {end}.",
    ),
    "report.date_out_of_range": (
        "Ngày {day} nằm ngoài khoảng cho phép, từ {first} đến {last}.",
        "The date {day} is outside the allowed range, {first} to {last}.",
    ),
    "report.year_out_of_range": (
        "Năm công tác {year} không hợp lệ; nhập năm từ {first} đến {last}.",
        "Working year {year} is not valid; enter a year from {first} to {last}.",
    ),
    "report.cannot_write": (
        "Không ghi được tệp báo cáo {path}: {reason}.",
        "Cannot write the report file {path}: {reason}.",
    ),
    "report.bad_format": (
        "Định dạng «{ext}» không được hỗ trợ; dùng .pdf hoặc .xlsx.",
        "Format “{ext}” is not supported; use .pdf or .xlsx.",
    ),
    "deadline.temporary_release_due": (
        "Hạn trả vật chứng trích xuất",
        "Temporarily released item due back",
    ),
    "deadline.release_at": (
        "Xuất kho theo giờ, ngày Thủ trưởng ấn định",
        "Release at the hour and date the head fixed",
    ),
    "deadline.confiscated_cash": (
        "Nộp tiền tịch thu vào ngân sách nhà nước",
        "Pay confiscated cash into the state budget",
    ),
    "deadline.intake_conclusion": (
        "Chờ kết luận của cơ quan có thẩm quyền về niêm phong, hiện trạng",
        "Awaiting the competent body's conclusion on seal or condition",
    ),
    "deadline.stocktake": ("Kiểm kê kho định kỳ 06 tháng", "Six-monthly warehouse stocktake"),
    "deadline.stocktake_yearly": ("Kiểm kê kho hằng năm", "Yearly warehouse stocktake"),
    "deadline.keeping_check": (
        "Kiểm tra hằng tháng việc bảo quản vật chứng giao người khác giữ",
        "Monthly check of items left with others to keep",
    ),
    "noun.keeper": ("Người được giao bảo quản", "Keeper"),
    "field.keeper_body": (
        "tên người, cơ quan, tổ chức được giao bảo quản",
        "the keeper's name (person or body)",
    ),
    "field.officer_name": ("Chấp hành viên lập biên bản", "the enforcement officer"),
    "field.party": ("đương sự", "the party"),
    "field.witness": ("người chứng kiến", "the witness"),
    "keeping.not_a_keeper": (
        "«{kind}» không phải người được giao bảo quản; chỉ giao cho chủ sở hữu, người đang "
        "quản lý, sử dụng, tổ chức, cá nhân có điều kiện bảo quản hoặc Ủy ban nhân dân cấp xã "
        "(Luật Thi hành án dân sự, Điều 40.1.a, c, đ).",
        "“{kind}” is no keeper items are left with; only the owner or user, a person or body "
        "able to keep them, or the commune (Law 106/2025, Art 40.1.a, c, đ).",
    ),
    "keeping.not_a_keeper_place": (
        "«{warehouse}» không phải nơi bảo quản của người được giao bảo quản.",
        "“{warehouse}” is not a keeper's keeping place.",
    ),
    "keeping.already_there": (
        "Vật chứng {code} đã được giao «{keeper}» bảo quản.",
        "Item {code} is already left with “{keeper}”.",
    ),
    "keeping.nothing_held": (
        "«{keeper}» không giữ vật chứng nào; không có gì để kiểm tra.",
        "“{keeper}” holds no items; there is nothing to check.",
    ),
    "field.refused": ("người từ chối ký", "who refused to sign"),
    "field.refusal_reason": ("lý do từ chối ký", "the reason for refusing to sign"),
    "keeping.must_sign": (
        "«{name}» phải ký biên bản giao bảo quản: chỉ đương sự hoặc người chứng kiến được ghi "
        "là từ chối ký; người được giao bảo quản ký nhận và cam kết, Chấp hành viên lập biên "
        "bản (Nghị định số 152/2026/NĐ-CP, khoản 1 và khoản 4 Điều 24).",
        "“{name}” must sign the keeping minutes: only the party or the witness may be recorded "
        "as refusing; the keeper signs to accept and undertake, the officer draws them up "
        "(Decree 152/2026, Art 24.1 and 24.4).",
    ),
    "keeping.refuser_absent": (
        "«{name}» không phải đương sự hay người chứng kiến ghi trong biên bản; chỉ ghi từ chối "
        "ký cho người có mặt (Nghị định số 152/2026/NĐ-CP, khoản 4 Điều 24).",
        "“{name}” is neither the party nor the witness named in the minutes; only someone "
        "present can be recorded as refusing to sign (Decree 152/2026, Art 24.4).",
    ),
    "keeping.not_an_officer": (
        "«{name}» không phải Chấp hành viên đang công tác tại {unit} hay cơ quan thi hành án "
        "dân sự tỉnh: biên bản giao bảo quản do Chấp hành viên lập và ký (Nghị định số "
        "152/2026/NĐ-CP, khoản 4 Điều 24).",
        "“{name}” is not an active enforcement officer of {unit} or of the provincial agency: "
        "the keeping minutes are drawn up and signed by an enforcement officer (Decree "
        "152/2026, Art 24.4).",
    ),
    "keeping.officer_not_self": (
        "Chấp hành viên {name} tự lập biên bản giao bảo quản nên đứng tên và ký biên bản với "
        "tư cách Chấp hành viên; không ký thay Chấp hành viên khác (Nghị định số "
        "152/2026/NĐ-CP, khoản 4 Điều 24).",
        "Enforcement officer {name} draws up the keeping minutes and signs them as the "
        "officer; he cannot sign them for another officer (Decree 152/2026, Art 24.4).",
    ),
    "field.keeping_contract_number": (
        "số hợp đồng dịch vụ bảo quản",
        "the service contract's number",
    ),
    "field.keeping_contract_date": (
        "ngày ký hợp đồng dịch vụ bảo quản",
        "the day the service contract was signed",
    ),
    "field.keeping_contract_fee": (
        "chi phí bảo quản theo hợp đồng",
        "the keeping fee in the service contract",
    ),
    "keeping.contract_required": (
        "Giao cho «{keeper}» là tổ chức, cá nhân cung cấp dịch vụ bảo quản thì Chấp hành viên "
        "ký hợp đồng dịch vụ; ghi số hợp đồng, ngày ký và chi phí bảo quản (Nghị định số "
        "152/2026/NĐ-CP, khoản 3 Điều 24).",
        "Leaving items with “{keeper}”, a paid keeping service, needs the service contract the "
        "officer signed: its number, the day signed and the keeping fee (Decree 152/2026, "
        "Art 24.3).",
    ),
    "keeping.contract_not_paid": (
        "«{keeper}» không phải tổ chức, cá nhân cung cấp dịch vụ bảo quản: hợp đồng dịch vụ chỉ "
        "ký với người nhận bảo quản theo điểm c khoản 1 Điều 40 Luật Thi hành án dân sự.",
        "“{keeper}” is no paid keeping service: a service contract is signed only with a "
        "keeper under Law 106/2025, Art 40.1.c.",
    ),
    "keeping.contract_later": (
        "Hợp đồng dịch vụ bảo quản ký ngày {day}, sau ngày giao bảo quản {handed}: phải ký hợp "
        "đồng trước khi giao (Nghị định số 152/2026/NĐ-CP, khoản 3 Điều 24).",
        "The service contract is dated {day}, after the handover on {handed}: it is signed "
        "before the items are left (Decree 152/2026, Art 24.3).",
    ),
    "noun.keeping_income": (
        "lợi tức khai thác tài sản giao bảo quản",
        "income from exploiting a kept asset",
    ),
    "field.receipt_number": ("số biên lai thu tiền", "the receipt number"),
    "field.income_gross": ("lợi tức thu được", "the income earned"),
    "field.income_costs": ("chi phí liên quan", "the related costs"),
    "field.income_paid_on": ("ngày nộp tiền", "the day paid in"),
    "income.costs_exceed": (
        "Chi phí liên quan ({costs} đồng) lớn hơn lợi tức thu được ({gross} đồng): chỉ nộp "
        "phần lợi tức còn lại sau khi trừ chi phí (khoản 3 Điều 40 Luật Thi hành án dân sự).",
        "The related costs ({costs} VND) exceed the income earned ({gross} VND): only what "
        "remains of the income after the costs is paid in (Law 106/2025, Art 40.3).",
    ),
    "income.no_net": (
        "Lợi tức {gross} đồng trừ chi phí {costs} đồng không còn gì để nộp: chỉ ghi khoản "
        "tiền lớn hơn 0 đồng (khoản 3 Điều 40 Luật Thi hành án dân sự).",
        "An income of {gross} VND less {costs} VND of costs leaves nothing to pay in: only an "
        "amount above 0 VND is recorded (Law 106/2025, Art 40.3).",
    ),
    "income.not_its_minutes": (
        "Biên bản giao bảo quản số {ref} không giao tài sản cho «{keeper}».",
        "Keeping minutes {ref} left nothing with “{keeper}”.",
    ),
    "income.before_handover": (
        "Ngày nộp {day} trước ngày giao bảo quản {handed} (Biên bản số {number}): lợi tức "
        "chỉ phát sinh từ khi được giao bảo quản (khoản 3 Điều 40 Luật Thi hành án dân sự).",
        "Paid on {day}, before the handover on {handed} (minutes {number}): income arises only "
        "once the asset is kept (Law 106/2025, Art 40.3).",
    ),
    "income.case_enforced": (
        "Vụ việc «{case}» đã thu đủ {amount} đồng phải thi hành: không ghi thêm khoản nộp "
        "(Điều 54 Luật Thi hành án dân sự).",
        "Case “{case}” has collected all {amount} VND to enforce: no further payment is "
        "recorded (Law 106/2025, Art 54).",
    ),
    "income.other_case": (
        "Vụ việc không có tài sản giao bảo quản theo Biên bản số {number}.",
        "The case has no asset left under minutes {number}.",
    ),
    "keeping.not_held": (
        "Vật chứng {code} không do «{keeper}» bảo quản.",
        "Item {code} is not kept by “{keeper}”.",
    ),
    "deadline.subject_release": ("Đề nghị xuất kho số {ref}", "Release request no. {ref}"),
    "deadline.subject_lot": ("Lô {ref}: {name}", "Lot {ref}: {name}"),
    "area.checkouts": ("Trích xuất", "Temporary release"),
    "area.releases": ("Xuất kho", "Release"),
    "area.intake": ("Tiếp nhận", "Intake"),
    "area.stocktakes": ("Kiểm kê", "Stocktake"),
    "area.auctions": ("Đấu giá", "Auction"),
    "area.destruction": ("Tiêu hủy", "Destruction"),
    "area.cases": ("Vụ việc", "Cases"),
}
