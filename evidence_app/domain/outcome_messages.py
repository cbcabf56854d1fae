"""Messages of case outcomes and payments (Law 106/2025 Art 38, 46–49, 54–55)."""

from __future__ import annotations

OUTCOME_MESSAGES: dict[str, tuple[str, str]] = {
    "outcome.no_decision": (
        "Vụ việc «{case}» chưa có quyết định thi hành án: chưa thể ghi kết quả thi hành.",
        "Case “{case}” has no enforcement decision yet: no result can be recorded.",
    ),
    "outcome.before_decision": (
        "{field} ({day}) trước ngày ra quyết định thi hành án ({decision}).",
        "{field} ({day}) is before the enforcement decision ({decision}).",
    ),
    "outcome.date_in_future": (
        "{field} ({day}) chưa đến: chỉ ghi những việc đã xảy ra.",
        "{field} ({day}) is in the future: only what has happened can be recorded.",
    ),
    "outcome.doc_after_effect": (
        "Ngày văn bản ({doc}) sau ngày có hiệu lực ({day}).",
        "The document's date ({doc}) is after the day it takes effect ({day}).",
    ),
    "outcome.reason_required": (
        "Quyết định về việc chưa có điều kiện thi hành án phải ghi rõ căn cứ "
        "(khoản 1 Điều 38 Luật Thi hành án dân sự).",
        "A decision that the case is not yet enforceable must give its ground "
        "(Law 106/2025 Art 38.1).",
    ),
    "outcome.reason_not_allowed": (
        "Chỉ quyết định chưa có điều kiện thi hành án mới ghi căn cứ của Điều 38.",
        "Only a not-yet-enforceable decision takes a ground of Art 38.",
    ),
    "outcome.not_allowed": (
        "Vụ việc đang «{state}» từ ngày {since}: không thể ghi «{kind}». Có thể ghi: {allowed}.",
        "The case is “{state}” since {since}: “{kind}” cannot be recorded. Allowed: {allowed}.",
    ),
    "outcome.before_last": (
        "Ngày có hiệu lực ({day}) trước kết quả đã xác nhận gần nhất ({last}): "
        "lịch sử chỉ được ghi thêm theo thứ tự ngày.",
        "The effective day ({day}) is before the last confirmed result ({last}): "
        "the history only grows in date order.",
    ),
    "outcome.pending_exists": (
        "Vụ việc còn một kết quả chờ Thủ trưởng xác nhận ({kind}, ngày {day}).",
        "The case has a result awaiting the head's confirmation ({kind}, {day}).",
    ),
    "outcome.finished": (
        "Vụ việc đã «{state}» từ ngày {since}: không ghi thêm tiền thu được.",
        "The case is “{state}” since {since}: no further payment can be recorded.",
    ),
    "outcome.overpaid": (
        "Số tiền {amount} vượt số còn phải thi hành ({left}).",
        "The amount {amount} exceeds what remains to enforce ({left}).",
    ),
    "outcome.costs_exceed": (
        "Chi phí được trừ ({costs}) lớn hơn số tiền thu được ({amount}).",
        "The costs deducted ({costs}) exceed the amount collected ({amount}).",
    ),
    "outcome.art22_too_early": (
        "Chưa hết 02 năm kể từ ngày có quyết định về việc chưa có điều kiện thi hành án "
        "({since}): chỉ từ ngày {earliest} (Điều 22 Nghị định 152/2026/NĐ-CP).",
        "Two years have not passed since the not-enforceable decision ({since}): only from "
        "{earliest} (Decree 152/2026 Art 22).",
    ),
    "outcome.art22_not_verified": (
        "Chưa có biên bản xác minh điều kiện thi hành án trong 06 tháng trước ngày {day} "
        "(khoản 3 Điều 38 Luật Thi hành án dân sự; Điều 22 Nghị định 152/2026/NĐ-CP).",
        "No verification of the liable person's means in the 6 months before {day} "
        "(Law 106/2025 Art 38.3; Decree 152/2026 Art 22).",
    ),
    "outcome.art22_new_information": (
        "Lần xác minh ngày {day} có thông tin mới về điều kiện thi hành án: phải xác minh và "
        "tổ chức thi hành (khoản 2 Điều 38 Luật Thi hành án dân sự).",
        "The verification of {day} found new information on the liable person's means: "
        "it is verified and enforced (Law 106/2025 Art 38.2).",
    ),
    "outcome.art22_wrong_kind": (
        "Việc chủ động thi hành án được chuyển sang sổ theo dõi riêng, không gửi lại yêu cầu "
        "thi hành án (khoản 1 Điều 22 Nghị định 152/2026/NĐ-CP).",
        "A case enforced ex officio moves to the separate tracking book; there is no request "
        "to return (Decree 152/2026 Art 22.1).",
    ),
    "outcome.art22_on_request": (
        "Việc thi hành án theo yêu cầu: gửi lại yêu cầu thi hành án cho người đã yêu cầu, "
        "không chuyển sang sổ theo dõi riêng (khoản 2 Điều 22 Nghị định 152/2026/NĐ-CP).",
        "A case enforced on request: the request is returned to the one who made it; it does "
        "not move to the separate tracking book (Decree 152/2026 Art 22.2).",
    ),
    "outcome.procuracy_copy_required": (
        "Thông báo gửi lại yêu cầu thi hành án phải gửi cho Viện kiểm sát nhân dân có thẩm "
        "quyền: ghi số, ngày gửi và Viện kiểm sát nhận (khoản 2 Điều 22 Nghị định 152/2026).",
        "The notice returning the request goes to the competent People's Procuracy: give its "
        "number, the day sent and the procuracy (Decree 152/2026 Art 22.2).",
    ),
    "outcome.verify_not_needed": (
        "Vụ việc đang «{state}»: chỉ xác minh việc chưa có điều kiện thi hành "
        "(khoản 3 Điều 38 Luật Thi hành án dân sự).",
        "The case is “{state}”: only cases not yet enforceable are verified "
        "(Law 106/2025 Art 38.3).",
    ),
    "outcome.lot_not_paid": (
        "Người mua lô {lot} chưa nộp đủ tiền: chưa ghi được tiền bán tài sản.",
        "The buyer of lot {lot} has not paid in full: its proceeds cannot be recorded yet.",
    ),
    "outcome.lot_credit_early": (
        "Ngày thu tiền bán lô {lot} ({day}) trước ngày người mua nộp đủ tiền ({paid}) "
        "(khoản 1 Điều 65 Nghị định số 152/2026/NĐ-CP).",
        "The proceeds of lot {lot} are dated {day}, before the buyer paid in full on {paid} "
        "(Decree 152/2026 Art 65.1).",
    ),
    "outcome.over_lot_price": (
        "Số tiền ({amount}) lớn hơn giá bán của lô ({price}).",
        "The amount ({amount}) exceeds the lot's price ({price}).",
    ),
    "outcome.lot_credited": (
        "Tiền bán lô {lot} đã được ghi cho vụ việc.",
        "The proceeds of lot {lot} are already recorded for the case.",
    ),
    "outcome.costs_from_lot": (
        "Chi phí thi hành án được trừ là chi phí đã ghi cho lô tài sản ({costs}), "
        "không phải {typed} (khoản 1 Điều 54 Luật Thi hành án dân sự).",
        "The enforcement costs deducted are those recorded on the lot ({costs}), "
        "not {typed} (Law 106/2025 Art 54.1).",
    ),
    "outcome.own_record": (
        "Người ghi kết quả không được tự xác nhận; cần một Thủ trưởng khác.",
        "Whoever recorded a result cannot confirm it; another head must.",
    ),
    "outcome.payment_voided": (
        "Khoản tiền này đã bị hủy ghi nhận từ ngày {day} (người mua hủy mua, nhận lại tiền "
        "theo khoản 4 Điều 67 Nghị định số 152/2026/NĐ-CP; căn cứ {paper}): không thể xác nhận, "
        "chỉ có thể từ chối.",
        "This payment was voided from {day} (the buyer cancelled the purchase and took the "
        "money back, Decree 152/2026 Art 67.4; paper {paper}): it cannot be accepted, only "
        "refused.",
    ),
    "outcome.void_of_refunded": (
        "Không thể từ chối: người mua lô {lot} đã hủy mua và nhận lại tiền ngày {day} "
        "(khoản 4 Điều 67 Nghị định số 152/2026/NĐ-CP), nên khoản {amount} đồng không còn là "
        "tiền thu được của vụ việc; việc hủy ghi nhận khoản tiền này chỉ có thể được xác nhận.",
        "This cannot be refused: the buyer of lot {lot} cancelled the purchase and took the "
        "money back on {day} (Decree 152/2026 Art 67.4), so the {amount} VND are no longer money "
        "collected for the case; the void of this payment can only be accepted.",
    ),
    "outcome.lot_void_first": (
        "Tiền bán lần trước của lô {lot} ({amount} đồng, ngày {day}) vẫn đang được tính cho vụ "
        "việc: cần xác nhận việc hủy ghi nhận khoản đó trước (khoản 4 Điều 67 Nghị định số "
        "152/2026/NĐ-CP), để tiền bán một lô không bị tính hai lần.",
        "The earlier proceeds of lot {lot} ({amount} VND, {day}) still count for the case: accept "
        "the void of that payment first (Decree 152/2026 Art 67.4), so the lot's proceeds are "
        "never counted twice.",
    ),
    "outcome.already_confirmed": (
        "Bản ghi này đã được xác nhận hoặc từ chối ngày {day}.",
        "This record was already confirmed or refused on {day}.",
    ),
    "history.period_closed": (
        "Ngày {day} thuộc kỳ thống kê đã khóa ({start} – {end}): không được ghi thêm "
        "(Điều 9 Thông tư liên tịch 12/2021).",
        "{day} falls in a closed statistics period ({start} – {end}): nothing can be written "
        "in it (joint Circular 12/2021 Art 9).",
    ),
    "history.pending_in_period": (
        "Chưa thể khóa kỳ thống kê từ {start} đến {end}: còn {count} bản ghi trong kỳ đang chờ "
        "Thủ trưởng xác nhận (đầu tiên của việc {case}). Hãy xác nhận hoặc từ chối trước.",
        "The statistics period {start} to {end} cannot be closed: {count} record(s) dated in it "
        "still await the head's word (the first of case {case}). Confirm or refuse them first.",
    ),
    "history.period_not_over": (
        "Kỳ thống kê đến ngày {end} chưa kết thúc: chưa thể khóa.",
        "The statistics period to {end} has not ended: it cannot be closed yet.",
    ),
    "history.bad_period": (
        "Ngày bắt đầu ({start}) sau ngày kết thúc ({end}).",
        "The start ({start}) is after the end ({end}).",
    ),
    "history.void_not_latest": (
        "Chỉ hủy được kết quả đã xác nhận gần nhất, hoặc khoản tiền đã xác nhận chưa bị hủy, "
        "của chính vụ việc này.",
        "Only the case's latest confirmed result, or a confirmed payment not yet voided, "
        "can be voided.",
    ),
    "history.amount_below_collected": (
        "Số tiền phải thi hành không được nhỏ hơn số đã thu.",
        "The amount to enforce cannot be less than what was already collected.",
    ),
    "history.no_change": ("Không có gì thay đổi.", "Nothing changes."),
    "history.decision_after_records": (
        "Ngày ra quyết định thi hành án mới ({day}) sau kết quả hoặc khoản thu đã ghi ngày "
        "{first}: hủy bản ghi đó trước.",
        "The new enforcement decision date ({day}) is after a result or payment recorded on "
        "{first}: void that record first.",
    ),
    "history.on_case_form": (
        "Ngày ra quyết định thi hành án được sửa trên hồ sơ vụ việc.",
        "The enforcement decision's date is corrected on the case form.",
    ),
    "obligation.already_listed": (
        "Các khoản nghĩa vụ của vụ việc «{case}» đã được liệt kê: chỉ liệt kê một lần.",
        "The obligations of case “{case}” are already listed: they are listed once only.",
    ),
    "obligation.period_closed": (
        "Không liệt kê được các khoản nghĩa vụ của vụ việc «{case}»: số liệu của kỳ thống kê đã "
        "khóa ({start} – {end}) sẽ thay đổi, mà số liệu kỳ đã khóa không được sửa (Thông tư "
        "liên tịch số 12/2021/TTLT-BTP-VKSNDTC-TANDTC, Điều 9). Chưa ghi gì.",
        "The obligations of case “{case}” cannot be listed: the figures of the closed "
        "statistics period {start} – {end} would change, and a closed period's figures are not "
        "revised (joint Circular 12/2021, Art 9). Nothing was written.",
    ),
    "obligation.none": (
        "Chưa có khoản nghĩa vụ nào: nhập ít nhất một khoản (loại và số tiền).",
        "No obligation given: enter at least one (kind and amount).",
    ),
    "obligation.amount_not_positive": (
        "Khoản thứ {row}: số tiền phải lớn hơn 0.",
        "Obligation {row}: the amount must be greater than 0.",
    ),
    "obligation.sum_mismatch": (
        "Tổng các khoản ({listed} đồng) khác số tiền phải thi hành của vụ việc ({amount} đồng).",
        "The obligations add up to {listed} VND, not the case's amount to enforce ({amount} VND).",
    ),
    "obligation.amount_fixed": (
        "Vụ việc đã liệt kê các khoản nghĩa vụ theo số tiền phải thi hành: không sửa số tiền "
        "này được nữa.",
        "The case's obligations are listed against its amount to enforce: that amount can no "
        "longer be corrected.",
    ),
    "outcome.obligation_overpaid": (
        "Số tiền {amount} vượt số còn phải thi hành của khoản nghĩa vụ ({left}).",
        "The amount {amount} exceeds what remains of the obligation ({left}).",
    ),
    "noun.case_obligation": ("khoản nghĩa vụ thi hành án", "obligation of the case"),
    "field.obligation_kind": ("loại nghĩa vụ", "the kind of obligation"),
    "noun.case_change": ("thay đổi vụ việc", "change of a case"),
    "noun.statistics_closing": ("khóa kỳ thống kê", "closing of a statistics period"),
    "noun.case_outcome": ("kết quả thi hành án", "enforcement result"),
    "noun.case_payment": ("khoản tiền thu được", "payment collected"),
    "field.effective_on": ("ngày có hiệu lực", "the effective day"),
    "field.doc_number": ("số văn bản", "the document number"),
    "field.doc_date": ("ngày văn bản", "the document date"),
    "field.doc_issuer": ("cơ quan, người ban hành", "the issuer"),
    "field.collected_on": ("ngày thu tiền", "the day collected"),
    "field.costs": ("chi phí được trừ", "the costs deducted"),
    "noun.case_verification": ("biên bản xác minh", "verification record"),
    "field.verified_on": ("ngày xác minh", "the verification day"),
    "field.sent_on": ("ngày gửi Viện kiểm sát", "the day sent to the procuracy"),
}
