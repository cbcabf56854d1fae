"""Which past an item in each status has: the chain of events that leads there."""

from __future__ import annotations

from evidence_app.domain.enums import Disposition
from evidence_app.domain.enums import ItemStatus as S

#: Status → steps after put-away (each a STATUS_CHANGED event), and its share of items (‰).
PATHS: dict[S, tuple[tuple[S, ...], int]] = {
    S.IN_STORAGE: ((), 640),
    S.RECEIVED: ((), 5),
    S.CHECKED_OUT: ((S.CHECKED_OUT,), 20),
    S.RELEASE_APPROVED: ((S.RELEASE_APPROVED,), 15),
    S.RELEASED: ((S.RELEASE_APPROVED, S.RELEASED), 120),
    S.AWAITING_AUCTION: ((S.AWAITING_AUCTION,), 35),
    S.SOLD: ((S.AWAITING_AUCTION, S.SOLD), 10),
    S.HANDED_TO_BUYER: ((S.AWAITING_AUCTION, S.SOLD, S.HANDED_TO_BUYER), 40),
    S.AWAITING_DESTRUCTION: ((S.AWAITING_DESTRUCTION,), 35),
    S.DESTROYED: ((S.AWAITING_DESTRUCTION, S.DESTROYED), 75),
    S.MISSING: ((S.MISSING,), 5),
}

DISPOSITIONS: dict[S, tuple[Disposition, ...]] = {
    S.RELEASE_APPROVED: (Disposition.RETURN_TO_OWNER, Disposition.CONFISCATE),
    S.RELEASED: (Disposition.RETURN_TO_OWNER, Disposition.CONFISCATE),
    S.AWAITING_AUCTION: (Disposition.AUCTION,),
    S.SOLD: (Disposition.AUCTION,),
    S.HANDED_TO_BUYER: (Disposition.AUCTION,),
    S.AWAITING_DESTRUCTION: (Disposition.DESTROY,),
    S.DESTROYED: (Disposition.DESTROY,),
}
UNDECIDED_OR_KEPT = (Disposition.UNDECIDED, Disposition.UNDECIDED, Disposition.KEEP_FOR_ENFORCEMENT)

NOTES: dict[S, str] = {
    S.CHECKED_OUT: "Trích xuất phục vụ xét xử theo văn bản đề nghị của Tòa án",
    S.IN_STORAGE: "Nhận lại sau trích xuất, hiện trạng không thay đổi",
    S.RELEASE_APPROVED: "Thủ trưởng phê duyệt lệnh xuất kho",
    S.RELEASED: "Đã xuất kho, bàn giao theo lệnh xuất kho",
    S.AWAITING_AUCTION: "Chuyển giao tổ chức đấu giá theo hợp đồng",
    S.SOLD: "Đấu giá thành",
    S.HANDED_TO_BUYER: "Đã giao tài sản cho người mua được tài sản",
    S.AWAITING_DESTRUCTION: "Chuyển Hội đồng tiêu hủy",
    S.DESTROYED: "Đã tiêu hủy theo biên bản của Hội đồng",
    S.MISSING: "Không tìm thấy khi kiểm kê",
}
