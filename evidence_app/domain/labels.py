"""Vietnamese and English names of every enum member, as users read them."""

from __future__ import annotations

from enum import Enum

from evidence_app.domain import enums as e
from evidence_app.domain.permissions import Permission as P  # noqa: N817

_PAIRS: tuple[tuple[Enum, tuple[str, str]], ...] = (
    (e.ItemKind.EVIDENCE, ("Vật chứng", "Evidence")),
    (e.ItemKind.TEMPORARILY_HELD, ("Tài sản tạm giữ", "Temporarily held asset")),
    (e.ItemKind.DISTRAINED, ("Tài sản kê biên", "Distrained asset")),
    (e.Category.CASH, ("Tiền mặt", "Cash")),
    (e.Category.FOREIGN_CURRENCY, ("Ngoại tệ", "Foreign currency")),
    (e.Category.PRECIOUS_METAL, ("Vàng bạc, kim khí quý", "Precious metals")),
    (e.Category.GEMSTONE, ("Đá quý", "Gemstones")),
    (e.Category.ANTIQUE, ("Đồ cổ", "Antiques")),
    (e.Category.DRUGS, ("Ma túy", "Drugs")),
    (e.Category.TOXIC_CHEMICAL, ("Hóa chất độc hại", "Toxic chemicals")),
    (e.Category.WEAPON, ("Vũ khí", "Weapons")),
    (e.Category.EXPLOSIVE, ("Vật liệu nổ", "Explosives")),
    (e.Category.VEHICLE, ("Phương tiện", "Vehicles")),
    (e.Category.PHONE, ("Điện thoại", "Phones")),
    (e.Category.ELECTRONICS, ("Thiết bị điện tử", "Electronics")),
    (e.Category.DOCUMENT, ("Giấy tờ, tài liệu", "Papers and documents")),
    (e.Category.PERISHABLE, ("Hàng mau hỏng", "Perishables")),
    (e.Category.JEWELLERY, ("Trang sức", "Jewellery")),
    (e.Category.OTHER, ("Khác", "Other")),
    (e.ItemStatus.RECEIVED, ("Đã tiếp nhận", "Received")),
    (e.ItemStatus.IN_STORAGE, ("Đang bảo quản", "In storage")),
    (e.ItemStatus.CHECKED_OUT, ("Đang trích xuất", "Checked out")),
    (e.ItemStatus.RELEASE_APPROVED, ("Đã duyệt xuất kho", "Release approved")),
    (e.ItemStatus.RELEASED, ("Đã xuất kho", "Released")),
    (e.ItemStatus.AWAITING_AUCTION, ("Chờ bán đấu giá", "Awaiting auction")),
    (e.ItemStatus.SOLD, ("Đã bán", "Sold")),
    (e.ItemStatus.HANDED_TO_BUYER, ("Đã giao người mua", "Handed to buyer")),
    (e.ItemStatus.AWAITING_DESTRUCTION, ("Chờ tiêu hủy", "Awaiting destruction")),
    (e.ItemStatus.DESTROYED, ("Đã tiêu hủy", "Destroyed")),
    (e.ItemStatus.MISSING, ("Thất lạc", "Missing")),
    (e.Disposition.UNDECIDED, ("Chưa có quyết định", "Not yet decided")),
    (e.Disposition.RETURN_TO_OWNER, ("Trả lại", "Return to owner")),
    (e.Disposition.CONFISCATE, ("Tịch thu sung quỹ nhà nước", "Confiscation")),
    (e.Disposition.DESTROY, ("Tiêu hủy", "Destruction")),
    (e.Disposition.AUCTION, ("Bán đấu giá", "Auction")),
    (e.Disposition.SELL_WITHOUT_AUCTION, ("Bán không qua đấu giá", "Sale without auction")),
    (
        e.Disposition.KEEP_FOR_ENFORCEMENT,
        (
            "Tiếp tục tạm giữ để bảo đảm thi hành án",
            "Keep to secure enforcement",
        ),
    ),
    (e.SealState.UNSEALED, ("Không niêm phong", "Not sealed")),
    (e.SealState.INTACT, ("Niêm phong nguyên vẹn", "Seal intact")),
    (e.SealState.TORN, ("Niêm phong bị rách", "Seal torn")),
    (e.SealState.SUSPICIOUS, ("Niêm phong có dấu hiệu khả nghi", "Seal suspicious")),
    (e.CustodianKind.AGENCY, ("Cơ quan thi hành án", "Enforcement agency")),
    (e.CustodianKind.POLICE, ("Cơ quan công an", "Police")),
    (e.CustodianKind.THIRD_PARTY, ("Tổ chức, cá nhân được giao bảo quản", "Third-party keeper")),
    (e.CustodianKind.TREASURY, ("Kho bạc Nhà nước / ngân hàng", "State Treasury or bank")),
    (e.LocationKind.ZONE, ("Khu", "Zone")),
    (e.LocationKind.ROOM, ("Phòng", "Room")),
    (e.LocationKind.SHELF, ("Kệ", "Shelf")),
    (e.LocationKind.BIN, ("Ô", "Bin")),
    (e.PartyRole.OWNER, ("Chủ sở hữu", "Owner")),
    (e.PartyRole.LIABLE, ("Người phải thi hành án", "Judgment debtor")),
    (e.PartyRole.CREDITOR, ("Người được thi hành án", "Judgment creditor")),
    (e.PartyRole.RELATED, ("Người có quyền lợi, nghĩa vụ liên quan", "Related party")),
    (e.Role.ADMIN, ("Quản trị hệ thống", "Administrator")),
    (e.Role.HEAD, ("Thủ trưởng cơ quan", "Head of agency")),
    (e.Role.OFFICER, ("Chấp hành viên", "Enforcement officer")),
    (e.Role.KEEPER, ("Thủ kho vật chứng", "Warehouse keeper")),
    (e.Role.ACCOUNTANT, ("Kế toán nghiệp vụ", "Enforcement accountant")),
    (e.Role.CASHIER, ("Thủ quỹ", "Cashier")),
    (e.Role.COUNCIL_MEMBER, ("Thành viên Hội đồng", "Council member")),
    (e.Role.INSPECTOR, ("Kiểm sát, thanh tra", "Inspector")),
    (e.EventKind.RECEIVED, ("Tiếp nhận", "Received")),
    (e.EventKind.PUT_AWAY, ("Xếp vào vị trí", "Put away")),
    (e.EventKind.MOVED, ("Chuyển vị trí", "Moved")),
    (e.EventKind.STATUS_CHANGED, ("Đổi trạng thái", "Status changed")),
    (e.EventKind.EDITED, ("Sửa thông tin", "Details edited")),
    (e.EventKind.CORRECTION, ("Đính chính", "Correction")),
    (e.EventKind.LABEL_PRINTED, ("In nhãn", "Label printed")),
    (e.EventKind.TEMPORARY_RELEASE, ("Trích xuất", "Temporary release")),
    (e.EventKind.RETURNED, ("Nhận lại sau trích xuất", "Returned after release")),
    (e.ReleasePurpose.TRIAL, ("Phục vụ xét xử", "Trial")),
    (e.ReleasePurpose.EXPERT_EXAMINATION, ("Giám định", "Expert examination")),
    (e.ReleasePurpose.OTHER, ("Mục đích khác", "Other purpose")),
    (e.EventKind.RELEASE_ISSUED, ("Xuất kho", "Issued on a release order")),
    (e.ReleaseRequestPurpose.RETURN_TO_OWNER, ("Trả lại chủ sở hữu", "Return to owner")),
    (
        e.ReleaseRequestPurpose.CONFISCATION_HANDOVER,
        ("Giao tài sản tịch thu sung quỹ nhà nước", "Confiscation handover"),
    ),
    (e.ReleaseRequestPurpose.TO_AUCTION, ("Chuyển tổ chức đấu giá", "To the auction organisation")),
    (
        e.ReleaseRequestPurpose.TO_DESTRUCTION,
        ("Chuyển Hội đồng tiêu hủy", "To the destruction council"),
    ),
    (e.ReleaseRequestPurpose.OTHER, ("Mục đích khác", "Other purpose")),
    (e.ReleaseRequestStatus.REQUESTED, ("Chờ phê duyệt", "Awaiting approval")),
    (e.ReleaseRequestStatus.APPROVED, ("Đã phê duyệt", "Approved")),
    (e.ReleaseRequestStatus.REJECTED, ("Bị từ chối", "Rejected")),
    (e.ReleaseRequestStatus.ISSUED, ("Đã xuất kho", "Issued")),
    (P.VIEW, ("xem dữ liệu", "view records")),
    (P.MANAGE_USERS, ("quản lý người dùng", "manage users")),
    (P.MANAGE_SETTINGS, ("sửa thông tin cơ quan", "change agency settings")),
    (P.MANAGE_WAREHOUSES, ("quản lý kho và vị trí", "manage warehouses and locations")),
    (P.MANAGE_CASES, ("quản lý vụ việc", "manage cases")),
    (P.RECEIVE_ITEMS, ("tiếp nhận vật chứng", "receive items")),
    (P.EDIT_ITEMS, ("sửa thông tin vật chứng", "edit items")),
    (P.MOVE_ITEMS, ("chuyển vị trí vật chứng", "move items")),
    (P.RECORD_CUSTODY, ("ghi nhận thay đổi trạng thái bảo quản", "record custody changes")),
    (P.VERIFY, ("kiểm tra tính toàn vẹn", "verify integrity")),
    (P.REQUEST_RELEASE, ("đề nghị xuất kho", "request releases")),
    (P.APPROVE_RELEASE, ("phê duyệt xuất kho", "approve releases")),
    (P.ISSUE_RELEASE, ("xuất kho theo lệnh", "issue released items")),
)

# Keyed by type and value: StrEnum members of different enums with one value compare equal.
LABELS: dict[tuple[type[Enum], str], tuple[str, str]] = {
    (type(member), member.value): names for member, names in _PAIRS
}


def label(member: Enum, lang: str = "vi") -> str:
    """The name of ``member`` in ``lang``; the raw value if none is defined."""
    vi, en = LABELS.get((type(member), member.value), (str(member.value), str(member.value)))
    return en if lang == "en" else vi
