"""The closed vocabularies of the domain: kinds, categories, states, roles."""

from __future__ import annotations

from enum import StrEnum


class ItemKind(StrEnum):
    """Legal nature of a held item (DOMAIN.md, "The item")."""

    EVIDENCE = "evidence"  # vật chứng
    TEMPORARILY_HELD = "temporarily_held"  # tài sản tạm giữ
    DISTRAINED = "distrained"  # tài sản kê biên


class Category(StrEnum):
    """Categories, several of which carry rules of their own."""

    CASH = "cash"
    FOREIGN_CURRENCY = "foreign_currency"
    PRECIOUS_METAL = "precious_metal"
    GEMSTONE = "gemstone"
    ANTIQUE = "antique"
    DRUGS = "drugs"
    TOXIC_CHEMICAL = "toxic_chemical"
    WEAPON = "weapon"
    EXPLOSIVE = "explosive"
    VEHICLE = "vehicle"
    PHONE = "phone"
    ELECTRONICS = "electronics"
    DOCUMENT = "document"
    PERISHABLE = "perishable"
    JEWELLERY = "jewellery"
    OTHER = "other"


#: Categories kept by the Treasury or a bank, not on a shelf.
VALUABLE_CATEGORIES = frozenset(
    {
        Category.CASH,
        Category.FOREIGN_CURRENCY,
        Category.PRECIOUS_METAL,
        Category.GEMSTONE,
        Category.ANTIQUE,
    }
)
#: Categories accepted only sealed with an expert examination conclusion.
EXPERTISE_REQUIRED_CATEGORIES = frozenset({Category.DRUGS, Category.TOXIC_CHEMICAL})
#: Categories accepted only with the expert examination conclusion (Decree 152/2026 Art 37.2.c,
#: "pháp luật quy định phải trưng cầu giám định"): drugs and toxic chemicals, and weapons and
#: explosives, whose rules ask for examination (issue 16).
EXAMINED_CATEGORIES = EXPERTISE_REQUIRED_CATEGORIES | {Category.WEAPON, Category.EXPLOSIVE}
#: Of those, the ones accepted only in a sealed package (Art 37.2.c): a rifle often is not one.
SEALED_EXAMINED_CATEGORIES = EXPERTISE_REQUIRED_CATEGORIES | {Category.EXPLOSIVE}
#: Categories destroyed only by a contracted qualified body.
HAZARDOUS_CATEGORIES = frozenset({Category.DRUGS, Category.TOXIC_CHEMICAL, Category.EXPLOSIVE})
#: Categories whose issue needs a second authenticated user (dual control, DOMAIN.md "Categories
#: with their own rules"): money, gold and jewellery, gems, antiques, drugs, weapons, explosives.
DUAL_CONTROL_CATEGORIES = frozenset(
    {
        Category.CASH,
        Category.FOREIGN_CURRENCY,
        Category.PRECIOUS_METAL,
        Category.JEWELLERY,
        Category.GEMSTONE,
        Category.ANTIQUE,
        Category.DRUGS,
        Category.WEAPON,
        Category.EXPLOSIVE,
    }
)
#: Categories the Treasury or a bank holds, never a shelf (Decree 152 Art 37.1).
MONEY_CATEGORIES = frozenset({Category.CASH, Category.FOREIGN_CURRENCY})


class ItemStatus(StrEnum):
    """Where an item stands in its lifecycle (DESIGN.md, "Item states")."""

    RECEIVED = "received"
    IN_STORAGE = "in_storage"
    CHECKED_OUT = "checked_out"
    RELEASE_APPROVED = "release_approved"
    RELEASED = "released"
    AWAITING_AUCTION = "awaiting_auction"
    SOLD = "sold"
    HANDED_TO_BUYER = "handed_to_buyer"
    AWAITING_DESTRUCTION = "awaiting_destruction"
    DESTROYED = "destroyed"
    MISSING = "missing"


class Disposition(StrEnum):
    """The disposition a judgment or decision orders (hình thức xử lý)."""

    UNDECIDED = "undecided"
    RETURN_TO_OWNER = "return_to_owner"
    CONFISCATE = "confiscate"
    DESTROY = "destroy"
    AUCTION = "auction"
    SELL_WITHOUT_AUCTION = "sell_without_auction"
    KEEP_FOR_ENFORCEMENT = "keep_for_enforcement"


class NoticeKind(StrEnum):
    """Notices that start the deadlines of what a judgment orders (Law 106/2025 Art 57, 59)."""

    RETURN_TO_OWNER = "return_to_owner"  # thông báo nhận tiền, tài sản (Điều 59.1)
    CONFISCATION = "confiscation"  # thông báo giao vật chứng tịch thu (Điều 57.1)


class SealState(StrEnum):
    """State of the seal on receipt."""

    UNSEALED = "unsealed"
    INTACT = "intact"
    TORN = "torn"
    SUSPICIOUS = "suspicious"


class CustodianKind(StrEnum):
    """Who physically keeps a warehouse (Decree 152 Art 37.2), or a keeping place of items
    left with someone to keep (giao bảo quản, Law 106/2025 Art 40.1)."""

    AGENCY = "agency"  # Art 40.1.d: the agency itself
    POLICE = "police"
    #: Art 40.1.c: a person or organisation able to keep it (also a hired keeper).
    THIRD_PARTY = "third_party"
    TREASURY = "treasury"  # Art 40.1.b
    #: Art 40.1.a: the owner, user or whoever was managing it (the debtor or another).
    OWNER = "owner"
    #: Art 40.1.đ: the commune-level People's Committee where the asset is (or its police).
    COMMUNE = "commune"


class LocationKind(StrEnum):
    """Levels of the location tree inside a warehouse."""

    ZONE = "zone"
    ROOM = "room"
    SHELF = "shelf"
    BIN = "bin"


class PartyRole(StrEnum):
    """Role of a party in a case."""

    OWNER = "owner"
    LIABLE = "liable"  # người phải thi hành án
    CREDITOR = "creditor"  # người được thi hành án
    RELATED = "related"


class Role(StrEnum):
    """User roles (DOMAIN.md, "People and roles")."""

    ADMIN = "admin"
    HEAD = "head"
    OFFICER = "officer"
    KEEPER = "keeper"
    ACCOUNTANT = "accountant"
    CASHIER = "cashier"
    COUNCIL_MEMBER = "council_member"
    INSPECTOR = "inspector"  # read-only supervision (kiểm sát, thanh tra)


class AdminEventKind(StrEnum):
    """What an administrators' event records: who may act, and under which settings."""

    USER_CREATED = "user_created"
    ROLES_SET = "roles_set"
    USER_DEACTIVATED = "user_deactivated"
    USER_REACTIVATED = "user_reactivated"
    PASSWORD_RESET = "password_reset"
    PASSWORD_CHANGED = "password_changed"
    ACCOUNT_LOCKED = "account_locked"
    ACCOUNT_UNLOCKED = "account_unlocked"
    RULE_SET = "rule_set"
    AGENCY_SAVED = "agency_saved"
    HOLIDAY_ADDED = "holiday_added"
    HOLIDAY_REMOVED = "holiday_removed"


class EventKind(StrEnum):
    """Kinds of custody event; every one is appended to the item's hash chain."""

    RECEIVED = "received"
    PUT_AWAY = "put_away"
    MOVED = "moved"
    STATUS_CHANGED = "status_changed"
    EDITED = "edited"
    CORRECTION = "correction"
    LABEL_PRINTED = "label_printed"
    RELEASE_ISSUED = "release_issued"  # xuất kho theo lệnh, quét từng vật chứng
    TEMPORARY_RELEASE = "temporary_release"  # trích xuất
    RETURNED = "returned"  # nhận lại sau trích xuất
    MARKED_MISSING = "marked_missing"  # kiểm kê: không thấy, ghi nhận thất lạc
    STOCKTAKE_MOVED = "stocktake_moved"  # kiểm kê: thấy ở vị trí khác, chuyển về sổ đúng chỗ
    VALUED = "valued"  # thẩm định giá, xác định giá
    SOLD = "sold"  # bán đấu giá thành, bán không qua đấu giá
    HANDED_TO_BUYER = "handed_to_buyer"  # giao tài sản cho người mua
    SALE_CANCELLED = "sale_cancelled"  # hủy bán: người mua không nộp đủ tiền đúng hạn
    RETURNED_TO_DEBTOR = "returned_to_debtor"  # giao lại người phải THA (Luật 106/2025 Đ83.3-4)
    DISPOSITION_SET = "disposition_set"  # ghi hình thức xử lý theo bản án, quyết định
    #: giao bảo quản: left with its owner, a third party or the commune, on the minutes
    #: (Law 106/2025 Art 40.1.a, c, đ; Decree 152/2026 Art 24.4)
    LEFT_WITH_KEEPER = "left_with_keeper"


class ReleasePurpose(StrEnum):
    """Why an item leaves temporarily (trích xuất) on a written request."""

    TRIAL = "trial"  # phục vụ xét xử
    EXPERT_EXAMINATION = "expert_examination"  # giám định
    OTHER = "other"


class ReleaseRequestPurpose(StrEnum):
    """Why items leave for good on an approved release order (xuất kho, Decree 152 Art 37.3)."""

    RETURN_TO_OWNER = "return_to_owner"  # trả lại
    CONFISCATION_HANDOVER = "confiscation_handover"  # tịch thu sung quỹ: UBND xã / Sở Tài chính
    TO_AUCTION = "to_auction"  # chuyển tổ chức đấu giá
    TO_DESTRUCTION = "to_destruction"  # chuyển Hội đồng tiêu hủy
    #: Trích xuất: out for the proceedings on a written request, back by a due date.
    TEMPORARY_RELEASE = "temporary_release"
    OTHER = "other"


class ReleaseRequestStatus(StrEnum):
    """Where a release request stands: requested → approved/rejected; approved → issued."""

    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    ISSUED = "issued"


class DocumentKind(StrEnum):
    """Kinds of official document; each has its own per-year number sequence."""

    HANDOVER_MINUTES = "handover_minutes"  # biên bản giao nhận
    ENTRY_ORDER = "entry_order"  # lệnh nhập kho, D65-THADS
    ENTRY_SLIP = "entry_slip"  # phiếu nhập kho, C04-THADS
    STOCK_CARD = "stock_card"  # thẻ kho, D67-THADS
    RELEASE_ORDER = "release_order"  # lệnh xuất kho, D66-THADS
    RELEASE_SLIP = "release_slip"  # phiếu xuất kho, C05-THADS
    RELEASE_MINUTES = "release_minutes"  # biên bản giao nhận khi xuất kho
    DESTRUCTION_MINUTES = "destruction_minutes"  # biên bản tiêu hủy
    STOCKTAKE_MINUTES = "stocktake_minutes"  # biên bản kiểm kê
    BUYER_HANDOVER_MINUTES = "buyer_handover"  # biên bản giao tài sản cho người mua (≤ 20 chars)
    RETURN_MINUTES = "return_minutes"  # biên bản nhận lại vật chứng trích xuất
    AUCTION_NOTICE = "auction_notice"  # thông báo (định giá, nhận tài sản: Luật Đ82, NĐ Đ65.6)
    AUCTION_DECISION = "auction_decision"  # quyết định giảm giá, hủy bán (Luật Đ83.3, NĐ Đ65)
    COUNCIL_MINUTES = "council_minutes"  # biên bản xác định giá của Hội đồng (NĐ 152 Đ60.3)
    DIRECT_SALE_MINUTES = "direct_sale_minutes"  # biên bản bán không qua đấu giá (NĐ Đ64.2)
    KEEPING_MINUTES = "keeping_minutes"  # biên bản giao bảo quản (NĐ 152 Đ24.4)


class DestructionMethod(StrEnum):
    """How a council destroys items (Decree 152 Art 40.2)."""

    BURN = "burn"  # đốt cháy
    SMASH = "smash"  # đập vỡ
    BURY = "bury"  # chôn lấp
    OTHER = "other"  # hình thức phù hợp khác, described in words


class CouncilStatus(StrEnum):
    """A destruction council: open from its set-up until the destruction is completed."""

    OPEN = "open"
    COMPLETED = "completed"


class Vote(StrEnum):
    """A council member's vote on the destruction (Art 40.1: majority, the chair breaks a tie)."""

    FOR = "for"
    AGAINST = "against"


class StocktakeKind(StrEnum):
    """Why a stocktake is held (Decree 152 Art 38: every 6 months and yearly)."""

    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"
    AD_HOC = "ad_hoc"
    CHANGE_OF_KEEPER = "change_of_keeper"  # bàn giao thủ kho
    SAMPLE = "sample"  # chọn mẫu: ≥ 10% and ≥ 10 items per category
    #: kiểm tra việc bảo quản hằng tháng: items left with a third party (Circular 01/2017 Art 12.2)
    KEEPING_CHECK = "keeping_check"


class StocktakeStatus(StrEnum):
    """Open while scanning; finished once reconciled and its minutes issued."""

    OPEN = "open"
    FINISHED = "finished"


class StocktakeOutcome(StrEnum):
    """What a scanned or expected code turned out to be."""

    PRESENT = "present"
    MISSING = "missing"
    MISPLACED = "misplaced"
    UNKNOWN = "unknown"


class LotStatus(StrEnum):
    """Where an auction lot stands (Decree 152 Art 60–67): valuation → sale → handover."""

    AWAITING_VALUATION = "awaiting_valuation"
    VALUED = "valued"
    CONTRACTED = "contracted"  # hợp đồng với tổ chức đấu giá
    ROUND_SCHEDULED = "round_scheduled"
    ROUND_FAILED = "round_failed"  # đấu giá không thành
    SOLD = "sold"  # chờ người mua nộp tiền
    PAID = "paid"  # đã nộp đủ tiền, chờ giao tài sản
    HANDED_OVER = "handed_over"
    #: The creditor asked to take the asset (Decree 152/2026 Art 65.6, 66).
    CREDITOR_TAKING = "creditor_taking"
    #: Down to the enforcement costs and declined by the creditor: back to the debtor, barred
    #: from transactions (Law 106/2025 Art 83.3). The lot ends.
    RETURNED_TO_DEBTOR = "returned_to_debtor"
    #: The debtor paid in full and took the asset back (Law 106/2025 Art 83.4). The lot ends.
    REDEEMED = "redeemed"


class ValuationMethod(StrEnum):
    """Who fixed the price (Decree 152 Art 60.2–60.3)."""

    FIRM = "firm"  # doanh nghiệp thẩm định giá (Law 106/2025 Art 82.1.a)
    PRICE_COUNCIL = "price_council"  # Hội đồng xác định giá (Decree 152 Art 60.3)
    AGREEMENT = "agreement"  # giá do đương sự thỏa thuận (Law Art 82.1.a, 82.4; Art 60.1)
    OFFICER = "officer"  # Chấp hành viên xác định giá (Law Art 82.1.b)


class ValuationBasis(StrEnum):
    """Why the officer (or a price council) fixed the price (Law 106/2025 Art 82.1.b), or
    the ground of a re-valuation (Art 82.2.a–c)."""

    PERISHABLE = "perishable"  # hàng hóa, vật phẩm dễ bị hư hỏng (Decree 152 Art 60.4)
    LOW_VALUE = "low_value"  # giá trị nhỏ: ≤ 5 lần lương tối thiểu vùng (Art 60.5)
    NO_FIRM = "no_firm"  # không lựa chọn được doanh nghiệp thẩm định giá (Art 60.3)
    SERIOUS_BREACH = "serious_breach"  # kết luận vi phạm nghiêm trọng (Law Art 82.2.a)
    EXPIRED_CERTIFICATE = "expired_certificate"  # chứng thư hết hiệu lực (Art 82.2.b)
    PARTY_REQUEST = "party_request"  # đương sự yêu cầu trong 05 ngày làm việc (Art 82.2.c)


class SaleMethod(StrEnum):
    """How a lot was sold: at auction, without auction (Art 61.2, 64), or to the creditor."""

    AUCTION = "auction"
    PERISHABLE = "perishable"  # hàng hóa dễ hư hỏng (Art 60.4)
    LOW_VALUE = "low_value"  # giá trị nhỏ (Art 60.5)
    GOLD_DEALER = "gold_dealer"  # vàng miếng, nhẫn tròn trơn (Art 61.2)
    CREDITOR = "creditor"  # người được thi hành án nhận tài sản (Art 65.6, 66)
    CO_OWNER = "co_owner"  # chủ sở hữu chung, người được ưu tiên mua (Law 106/2025 Art 83.1)


class RoundOutcome(StrEnum):
    SCHEDULED = "scheduled"
    FAILED = "failed"
    SOLD = "sold"
    #: Sold, but the buyer did not pay in time: the sale was cancelled (Decree 152 Art 65.1).
    SALE_CANCELLED = "sale_cancelled"
    #: Paid, but not handed over in time: the buyer cancelled the purchase (Decree 152/2026
    #: Art 67.4); the lot goes back to auction at the same starting price.
    BUYER_CANCELLED = "buyer_cancelled"


class HandoverObstacle(StrEnum):
    """Why the asset reached the buyer after the legal period (Decree 152/2026 Art 67.1.c)."""

    EMERGENCY = "emergency"  # tình trạng khẩn cấp
    FORCE_MAJEURE = "force_majeure"  # sự kiện bất khả kháng
    OBJECTIVE_OBSTACLE = "objective_obstacle"  # trở ngại khách quan


class BankMovement(StrEnum):
    """What happens to the sale money banked in the agency's name (Decree 152/2026 Art 65.2,
    30.7): the bank's interest credited, or the money taken out, returned to the buyer who
    cancelled the purchase (Art 67.4) or paid out to the case once the asset was handed over."""

    INTEREST = "interest"  # tiền lãi
    RETURNED_TO_BUYER = "returned_to_buyer"  # trả lại người mua (Điều 67.4)
    PAID_TO_CASE = "paid_to_case"  # rút để thanh toán tiền thi hành án
