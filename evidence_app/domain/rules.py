"""The legal rules table: every deadline and threshold the software applies, with its article.

Rules change with the law; keep them here, never as literals elsewhere. Values marked
``configurable`` may be overridden per agency (e.g. the regional minimum wage).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class Unit(StrEnum):
    DAYS = "days"
    WORKING_DAYS = "working_days"
    MONTHS = "months"
    YEARS = "years"
    COUNT = "count"
    PERCENT = "percent"
    MULTIPLE = "multiple"
    VND = "vnd"
    #: A minimum-wage region, 1 = region I … 4 = region IV (Decree 293/2025 Art 2).
    REGION = "region"


@dataclass(frozen=True, slots=True)
class Rule:
    key: str
    value: float
    unit: Unit
    article: str
    text_vi: str
    text_en: str
    configurable: bool = False


_D152 = "Nghị định 152/2026/NĐ-CP"
_LAW = "Luật Thi hành án dân sự 2025"
_LAA = "Luật Đấu giá tài sản 2016"
RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "handover.copies",
        4,
        Unit.COUNT,
        f"{_D152}, Điều 37.2.đ",
        "Số bản biên bản giao nhận (bên giao, bên nhận, kế toán bên nhận, hồ sơ)",
        "Copies of the handover minutes (giver, receiver, receiver's accountant, case file)",
    ),
    Rule(
        "stocktake.period_months",
        6,
        Unit.MONTHS,
        f"{_D152}, Điều 38.1.e, 38.2.c",
        "Kiểm kê toàn bộ kho vật chứng định kỳ 06 tháng",
        "Whole-warehouse stocktake every 6 months",
    ),
    Rule(
        "stocktake.yearly_months",
        12,
        Unit.MONTHS,
        f"{_D152}, Điều 38.1.e, 38.2.c",
        "Kiểm kê toàn bộ kho vật chứng hằng năm",
        "Whole-warehouse stocktake every year",
    ),
    Rule(
        "keeping_check.period_months",
        1,
        Unit.MONTHS,
        "Thông tư 01/2017/TT-BTP, Điều 12.2 (Nghị định 152/2026/NĐ-CP không quy định)",
        "Kiểm tra hằng tháng vật chứng, tài sản tạm giữ giao tổ chức, cá nhân khác bảo quản",
        "Monthly check of items left with another organisation or person to keep",
    ),
    Rule(
        "stocktake.sample_min_percent",
        10,
        Unit.PERCENT,
        "Quy chế kiểm kê chọn mẫu của cơ quan",
        "Kiểm kê chọn mẫu: tối thiểu 10% số vật chứng",
        "Sample stocktake: at least 10% of items",
    ),
    Rule(
        "stocktake.sample_min_per_category",
        10,
        Unit.COUNT,
        "Quy chế kiểm kê chọn mẫu của cơ quan",
        "Kiểm kê chọn mẫu: tối thiểu 10 vật chứng mỗi loại",
        "Sample stocktake: at least 10 items per category",
    ),
    Rule(
        "backlog.no_judgment_years",
        5,
        Unit.YEARS,
        f"{_D152}, Điều 38.3",
        "Vật chứng tiếp nhận trên 05 năm không xác định được bản án, quyết định",
        "Items held over 5 years with no identifiable judgment",
    ),
    Rule(
        "ageing.long_held_years",
        1,
        Unit.YEARS,
        f"{_D152}, Điều 38",
        "Vật chứng bảo quản trên 01 năm (báo cáo tồn đọng)",
        "Items held over 1 year (ageing)",
    ),
    Rule(
        "confiscated_cash.to_budget_days",
        7,
        Unit.DAYS,
        f"{_D152}, Điều 39.4",
        "Chuyển nộp tiền tịch thu vào ngân sách nhà nước",
        "Pay confiscated cash into the state budget",
    ),
    Rule(
        "destruction.council_min_members",
        3,
        Unit.COUNT,
        f"{_D152}, Điều 40.1",
        "Hội đồng tiêu hủy có từ ba thành viên trở lên",
        "A destruction council has at least 3 members",
    ),
    Rule(
        "destruction.deadline_days",
        20,
        Unit.DAYS,
        f"{_D152}, Điều 40.1",
        "Tiêu hủy trong thời hạn 20 ngày kể từ ngày thành lập Hội đồng",
        "Destroy within 20 days of the council's set-up",
    ),
    Rule(
        "unclaimed_cash.savings_multiple",
        2,
        Unit.MULTIPLE,
        f"{_D152}, Điều 41.2",
        "Tiền trả lại không nhận lớn hơn 02 lần lương tối thiểu vùng gửi tiết kiệm",
        "Unclaimed cash above 2 × the regional minimum wage goes to a savings deposit",
    ),
    Rule(
        "valuation.notify_working_days",
        3,
        Unit.WORKING_DAYS,
        f"{_D152}, Điều 60.6",
        "Thông báo kết quả thẩm định giá, xác định giá cho đương sự trong 03 ngày làm việc",
        "Notify the parties of the valuation within 3 working days",
    ),
    Rule(
        "valuation.price_council_min_members",
        3,
        Unit.COUNT,
        f"{_D152}, Điều 60.3",
        "Hội đồng xác định giá có từ ba thành viên trở lên, Chấp hành viên là Chủ tịch",
        "A price council has at least 3 members, chaired by the enforcement officer",
    ),
    Rule(
        "valuation.firm_contract_working_days",
        5,
        Unit.WORKING_DAYS,
        f"{_LAW}, Điều 82.1.a",
        "Ký hợp đồng dịch vụ với doanh nghiệp thẩm định giá trong 05 ngày làm việc kể từ ngày "
        "kê biên xong",
        "Sign the valuation firm's contract within 5 working days of the seizure",
    ),
    Rule(
        "valuation.request_working_days",
        5,
        Unit.WORKING_DAYS,
        f"{_LAW}, Điều 82.2.c",
        "Đương sự yêu cầu thẩm định giá lại trong 05 ngày làm việc kể từ ngày nhận thông báo",
        "A party asks for a re-valuation within 5 working days of the notice",
    ),
    Rule(
        "valuation.revaluation_working_days",
        5,
        Unit.WORKING_DAYS,
        f"{_LAW}, Điều 82.3",
        "Thẩm định giá lại, xác định giá lại trong 05 ngày làm việc kể từ ngày có căn cứ",
        "Re-value within 5 working days of the day the ground arose",
    ),
    Rule(
        "priority.real_property_days",
        15,
        Unit.DAYS,
        f"{_LAW}, Điều 83.1",
        "Chủ sở hữu chung, người được ưu tiên mua thực hiện quyền trong 15 ngày (bất động sản)",
        "Co-owners and priority buyers have 15 days to buy (real property)",
    ),
    Rule(
        "priority.movable_working_days",
        5,
        Unit.WORKING_DAYS,
        f"{_LAW}, Điều 83.1",
        "Chủ sở hữu chung, người được ưu tiên mua thực hiện quyền trong 05 ngày làm việc "
        "(động sản)",
        "Co-owners and priority buyers have 5 working days to buy (movables)",
    ),
    Rule(
        "priority.payment_working_days",
        5,
        Unit.WORKING_DAYS,
        f"{_LAW}, Điều 83.1",
        "Nộp tiền mua trong 05 ngày làm việc kể từ ngày hết thời hạn ưu tiên",
        "Pay within 5 working days of the end of the priority period",
    ),
    Rule(
        "valuation.max_revaluations",
        1,
        Unit.COUNT,
        f"{_D152}, Điều 60.6; {_LAW}, Điều 82.2.c",
        "Thẩm định giá lại, xác định giá lại theo yêu cầu của đương sự một lần",
        "One re-valuation at a party's request",
    ),
    Rule(
        "sale.gold_dealer_days",
        10,
        Unit.DAYS,
        f"{_D152}, Điều 61.2",
        "Bán vàng miếng, vàng nhẫn tròn trơn cho doanh nghiệp, tổ chức tín dụng được phép "
        "kinh doanh vàng trong 10 ngày kể từ ngày kê biên xong",
        "Sell gold bars and plain rings to a licensed dealer within 10 days of the seizure",
    ),
    Rule(
        "sale.low_value_wage_multiple",
        5,
        Unit.MULTIPLE,
        f"{_D152}, Điều 60.5, 64.1",
        "Tài sản giá trị không quá 05 lần lương tối thiểu vùng bán không qua đấu giá",
        "Assets worth no more than 5 × the regional minimum wage are sold without auction",
        configurable=True,
    ),
    Rule(
        "sale.notice_working_days",
        1,
        Unit.WORKING_DAYS,
        f"{_D152}, Điều 64.2",
        "Thông báo bán tài sản không qua đấu giá trước thời điểm bán ít nhất 01 ngày làm việc",
        "Announce a sale without auction at least 1 working day before it",
    ),
    Rule(
        "sale.handover_working_days",
        3,
        Unit.WORKING_DAYS,
        f"{_D152}, Điều 67.1.b",
        "Giao tài sản bán không qua đấu giá cho người mua trong 03 ngày làm việc",
        "Hand an asset sold without auction to the buyer within 3 working days",
    ),
    Rule(
        "auction.contract_working_days",
        5,
        Unit.WORKING_DAYS,
        f"{_LAW}, Điều 83.2.a",
        "Ký hợp đồng dịch vụ đấu giá trong 05 ngày làm việc kể từ ngày hết thời hạn yêu cầu "
        "thẩm định giá lại (hoặc kể từ ngày có kết quả thẩm định giá lại)",
        "Sign the auction contract within 5 working days of the end of the re-valuation "
        "request period (or of the re-valuation's result)",
    ),
    Rule(
        "auction.held_movable_days",
        30,
        Unit.DAYS,
        f"{_LAW}, Điều 83.2.a",
        "Tổ chức đấu giá động sản trong 30 ngày kể từ ngày ký hợp đồng dịch vụ đấu giá",
        "Hold the auction of movables within 30 days of the auction contract",
    ),
    Rule(
        "auction.held_real_property_days",
        45,
        Unit.DAYS,
        f"{_LAW}, Điều 83.2.a",
        "Tổ chức đấu giá bất động sản trong 45 ngày kể từ ngày ký hợp đồng dịch vụ đấu giá",
        "Hold the auction of real property within 45 days of the auction contract",
    ),
    Rule(
        "sale.without_auction_working_days",
        5,
        Unit.WORKING_DAYS,
        f"{_LAW}, Điều 83.2.b",
        "Bán tài sản giá trị nhỏ, hàng hóa dễ hư hỏng không qua đấu giá trong 05 ngày làm việc "
        "kể từ ngày có kết quả xác định giá",
        "Sell a low-value or perishable asset without auction within 5 working days of the "
        "valuation",
    ),
    Rule(
        "auction.posting_movable_working_days",
        7,
        Unit.WORKING_DAYS,
        "Luật Đấu giá tài sản 2016, Điều 35.1.a",
        "Niêm yết ít nhất 07 ngày làm việc trước ngày mở cuộc đấu giá (động sản)",
        "Post at least 7 working days before the auction (movables)",
    ),
    Rule(
        "auction.posting_real_property_days",
        15,
        Unit.DAYS,
        "Luật Đấu giá tài sản 2016, Điều 35.1.b",
        "Niêm yết ít nhất 15 ngày trước ngày mở cuộc đấu giá (bất động sản)",
        "Post at least 15 days before the auction (real property)",
    ),
    Rule(
        "auction.shortened_below_vnd",
        50_000_000,
        Unit.VND,
        f"{_LAA}, Điều 53.1.a",
        "Đấu giá theo thủ tục rút gọn khi giá khởi điểm của tất cả tài sản trong một cuộc đấu giá "
        "dưới năm mươi triệu đồng",
        "The shortened procedure when the starting price of all the assets of one auction is "
        "under fifty million đồng",
    ),
    Rule(
        "auction.shortened_after_failed",
        2,
        Unit.COUNT,
        f"{_LAA}, Điều 53.1.b",
        "Đấu giá lại theo thủ tục rút gọn khi đã đấu giá lần thứ hai nhưng vẫn không thành",
        "A re-auction by the shortened procedure once the second auction has failed too",
    ),
    Rule(
        "auction.shortened_posting_movable_working_days",
        3,
        Unit.WORKING_DAYS,
        f"{_LAA}, Điều 53.2.a; {_D152}, Điều 61.3",
        "Thủ tục rút gọn: niêm yết ít nhất 03 ngày làm việc trước ngày mở cuộc đấu giá (động sản, "
        "kể cả vàng trang sức, mỹ nghệ, vàng nguyên liệu)",
        "Shortened procedure: post at least 3 working days before the auction (movables, gold "
        "jewellery and other gold included)",
    ),
    Rule(
        "auction.shortened_posting_real_property_working_days",
        5,
        Unit.WORKING_DAYS,
        f"{_LAA}, Điều 53.2.b",
        "Thủ tục rút gọn: niêm yết ít nhất 05 ngày làm việc trước ngày mở cuộc đấu giá (bất động "
        "sản)",
        "Shortened procedure: post at least 5 working days before the auction (real property)",
    ),
    Rule(
        "auction.public_notice_from_vnd",
        50_000_000,
        Unit.VND,
        f"{_LAA}, Điều 57.1",
        "Động sản có giá khởi điểm từ năm mươi triệu đồng trở lên và bất động sản: thông báo "
        "công khai việc đấu giá",
        "Movables starting at fifty million đồng or more and real property: public notices of "
        "the auction",
    ),
    Rule(
        "auction.public_notices",
        2,
        Unit.COUNT,
        f"{_LAA}, Điều 57.1, 57.2",
        "Thông báo công khai ít nhất hai lần (một lần khi đấu giá lại theo thủ tục rút gọn sau "
        "lần thứ hai không thành)",
        "At least two public notices (one for a shortened re-auction after a second failure)",
    ),
    Rule(
        "auction.public_notice_gap_working_days",
        2,
        Unit.WORKING_DAYS,
        f"{_LAA}, Điều 57.1",
        "Mỗi lần thông báo công khai cách nhau ít nhất 02 ngày làm việc",
        "The public notices at least 2 working days apart",
    ),
    Rule(
        "auction.public_notice_movable_working_days",
        7,
        Unit.WORKING_DAYS,
        f"{_LAA}, Điều 57.3",
        "Thông báo công khai lần thứ hai ít nhất 07 ngày làm việc trước ngày mở cuộc đấu giá "
        "(động sản)",
        "The second public notice at least 7 working days before the auction (movables)",
    ),
    Rule(
        "auction.public_notice_real_property_days",
        15,
        Unit.DAYS,
        f"{_LAA}, Điều 57.3",
        "Thông báo công khai lần thứ hai ít nhất 15 ngày trước ngày mở cuộc đấu giá (bất động sản)",
        "The second public notice at least 15 days before the auction (real property)",
    ),
    Rule(
        "auction.deposit_min_percent",
        5,
        Unit.PERCENT,
        f"{_LAA}, Điều 39.1",
        "Tiền đặt trước tối thiểu năm phần trăm giá khởi điểm",
        "The deposit is at least five per cent of the starting price",
    ),
    Rule(
        "auction.deposit_max_percent",
        20,
        Unit.PERCENT,
        f"{_LAA}, Điều 39.1",
        "Tiền đặt trước tối đa hai mươi phần trăm giá khởi điểm",
        "The deposit is at most twenty per cent of the starting price",
    ),
    Rule(
        "auction.max_reduction_percent",
        10,
        Unit.PERCENT,
        f"{_LAW}, Điều 83.3",
        "Mỗi lần giảm giá không quá 10% giá khởi điểm của lần đấu giá liền kề trước đó",
        "Each reduction is at most 10% of the previous starting price",
        configurable=True,
    ),
    Rule(
        "auction.failure_notice_working_days",
        2,
        Unit.WORKING_DAYS,
        f"{_D152}, Điều 65.6",
        "Thông báo cho đương sự về việc đấu giá không thành trong 02 ngày làm việc kể từ ngày "
        "nhận được thông báo của tổ chức đấu giá",
        "Tell the parties an auction failed within 2 working days of the auctioneer's notice",
    ),
    Rule(
        "auction.reduction_decision_working_days",
        5,
        Unit.WORKING_DAYS,
        f"{_LAW}, Điều 83.3",
        "Quyết định giảm giá trong 05 ngày làm việc kể từ ngày nhận thông báo đấu giá không thành",
        "The reduction is decided within 5 working days of the notice of failure",
    ),
    Rule(
        "taking.debtor_notice_working_days",
        3,
        Unit.WORKING_DAYS,
        f"{_D152}, Điều 65.6",
        "Thông báo cho người phải thi hành án trong 03 ngày làm việc kể từ ngày nhận đề nghị "
        "nhận tài sản của người được thi hành án",
        "The debtor is told within 3 working days of the creditor's request",
    ),
    Rule(
        "taking.redeem_working_days",
        5,
        Unit.WORKING_DAYS,
        f"{_D152}, Điều 65.6",
        "Người phải thi hành án nộp đủ tiền để lấy lại tài sản trong 05 ngày làm việc",
        "The debtor may redeem the asset within 5 working days of the notice",
    ),
    Rule(
        "taking.creditor_pay_working_days",
        5,
        Unit.WORKING_DAYS,
        f"{_D152}, Điều 65.6, 66",
        "Người được thi hành án nộp tiền chênh lệch trong 05 ngày làm việc kể từ ngày nhận "
        "thông báo",
        "The creditor pays the difference within 5 working days of the notice",
    ),
    Rule(
        "auction.creditor_option_after_reductions",
        2,
        Unit.COUNT,
        f"{_D152}, Điều 65.6",
        "Từ sau lần giảm giá thứ hai mà đấu giá không thành, người được thi hành án có quyền "
        "nhận tài sản để trừ vào tiền thi hành án",
        "After the second reduction, a failed auction lets the creditor take the asset",
    ),
    Rule(
        "auction.payment_days",
        30,
        Unit.DAYS,
        f"{_D152}, Điều 65.1",
        "Người mua được tài sản đấu giá nộp tiền trong 30 ngày kể từ ngày đấu giá thành",
        "The winning bidder pays within 30 days of the auction",
    ),
    Rule(
        "auction.payment_days_by_agreement",
        60,
        Unit.DAYS,
        f"{_D152}, Điều 65.1",
        "Thời hạn nộp tiền gia hạn theo thỏa thuận không quá 60 ngày",
        "Payment within 60 days when the parties agree to extend",
    ),
    Rule(
        "auction.money_to_bank_days",
        10,
        Unit.DAYS,
        f"{_D152}, Điều 65.2, 30.7",
        "Sau 10 ngày kể từ ngày người mua nộp đủ tiền mà chưa giao được tài sản, cơ quan thi "
        "hành án đứng tên gửi số tiền đó vào ngân hàng thương mại",
        "10 days after full payment without handover, the agency deposits the money in a "
        "commercial bank in its name",
    ),
    Rule(
        "auction.handover_days",
        60,
        Unit.DAYS,
        f"{_D152}, Điều 67.1.c",
        "Giao tài sản cho người mua trong 60 ngày kể từ ngày nộp đủ tiền",
        "Hand the asset to the buyer within 60 days of full payment",
    ),
    Rule(
        "region.zone",
        1,
        Unit.REGION,
        "Nghị định 293/2025/NĐ-CP, Điều 2, 3.1 và Phụ lục",
        "Vùng lương tối thiểu nơi cơ quan có trụ sở (1 = vùng I … 4 = vùng IV)",
        "Minimum-wage region of the agency's seat (1 = region I … 4 = region IV)",
        configurable=True,
    ),
    Rule(
        "region.minimum_wage_vnd",
        5_310_000,
        Unit.VND,
        "Nghị định 293/2025/NĐ-CP, Điều 3.1 (theo vùng của cơ quan, từ 01/01/2026)",
        "Mức lương tối thiểu tháng theo vùng",
        "Regional monthly minimum wage",
        configurable=True,
    ),
    Rule(
        "enforcement.target_cases_percent",
        81.5,
        Unit.PERCENT,
        "Chỉ tiêu giao hằng năm (năm công tác 01/10 – 30/9)",
        "Chỉ tiêu tỷ lệ thi hành xong về việc trên số có điều kiện thi hành",
        "Target completion rate by cases (completed ÷ enforceable)",
        configurable=True,
    ),
    Rule(
        "enforcement.target_money_percent",
        40.1,
        Unit.PERCENT,
        "Chỉ tiêu giao hằng năm (năm công tác 01/10 – 30/9)",
        "Chỉ tiêu tỷ lệ thi hành xong về tiền trên số có điều kiện thi hành",
        "Target completion rate by money (completed ÷ enforceable)",
        configurable=True,
    ),
    Rule(
        "confiscation.handover_days",
        10,
        Unit.DAYS,
        f"{_LAW}, Điều 57.1",
        "Thông báo và giao vật chứng tịch thu cho cơ quan tài chính cấp tỉnh hoặc UBND cấp xã",
        "Notify and hand confiscated items to the provincial finance body or commune committee",
    ),
    Rule(
        "return.notice_working_days",
        3,
        Unit.WORKING_DAYS,
        f"{_LAW}, Điều 59.1",
        "Thông báo cho đương sự nhận tiền, tài sản được trả lại",
        "Notify the parties to collect the money and property returned",
    ),
    Rule(
        "return.money_days",
        15,
        Unit.DAYS,
        f"{_LAW}, Điều 59.1",
        "Tiền không đến nhận: gửi Kho bạc Nhà nước hoặc tiết kiệm không kỳ hạn",
        "Money not collected: to the State Treasury or an on-demand savings deposit",
    ),
    Rule(
        "return.savings_wage_multiple",
        2,
        Unit.MULTIPLE,
        f"{_D152}, Điều 41.2",
        "Tiền không đến nhận lớn hơn số lần lương tối thiểu vùng này: gửi tiết kiệm không kỳ hạn "
        "tại ngân hàng thương mại; từ đó trở xuống: tài khoản tại Kho bạc Nhà nước",
        "Uncollected money above this many regional minimum wages goes to an on-demand savings "
        "deposit at a commercial bank; up to it, to an account at the State Treasury",
    ),
    Rule(
        "return.property_days",
        30,
        Unit.DAYS,
        f"{_LAW}, Điều 59.1",
        "Tài sản không đến nhận: thẩm định giá, bán theo Điều 82, 83",
        "Property not collected: valued and sold (Art 82–83)",
    ),
    Rule(
        "return.perishable_working_days",
        5,
        Unit.WORKING_DAYS,
        f"{_LAW}, Điều 59.1",
        "Hàng mau hỏng không đến nhận: bán theo Điều 83.2.b",
        "Perishables not collected: sold under Art 83.2.b",
    ),
    Rule(
        "return.papers_months",
        3,
        Unit.MONTHS,
        f"{_LAW}, Điều 59.2",
        "Giấy tờ không đến nhận: chuyển cơ quan đã ban hành",
        "Papers not collected: to the body that issued them",
    ),
    Rule(
        "return.unclaimed_years",
        5,
        Unit.YEARS,
        f"{_LAW}, Điều 59.1",
        "Tiền, tài sản không đến nhận sau 05 năm: sung quỹ nhà nước",
        "Unclaimed after 5 years: to the state budget",
    ),
    Rule(
        "security.lockout_attempts",
        5,
        Unit.COUNT,
        "Quy chế an toàn thông tin của cơ quan",
        "Khóa tài khoản sau 5 lần đăng nhập sai liên tiếp",
        "Lock an account after 5 consecutive failed logins",
    ),
    Rule(
        "security.lockout_minutes",
        15,
        Unit.COUNT,
        "Quy chế an toàn thông tin của cơ quan",
        "Tài khoản bị khóa được mở lại sau 15 phút (hoặc do quản trị viên khác mở)",
        "A locked account opens again after 15 minutes (or when another administrator unlocks it)",
    ),
)

_BY_KEY: Final[dict[str, Rule]] = {rule.key: rule for rule in RULES}


def rule(key: str) -> Rule:
    """The rule named ``key``; a KeyError names a programming mistake, not user input."""
    return _BY_KEY[key]


def value(key: str) -> int:
    """The rule's value as a whole number (days, counts, percents, VND)."""
    return int(_BY_KEY[key].value)
