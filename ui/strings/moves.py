"""Texts of the move (chuyển vị trí) screen."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "moves.title": ("Chuyển vị trí vật chứng", "Move items"),
    "moves.subtitle": (
        "Quét mã vị trí đích rồi quét từng vật chứng (hoặc quét vật chứng trước, vị trí sau), "
        "rồi bấm «Chuyển». Mỗi lần chuyển được ghi vào sổ theo dõi của vật chứng.",
        "Scan the target location's code, then each item (or the items first and the "
        "location last), then press “Move”. Each move is recorded in the item's custody chain.",
    ),
    "moves.target": ("Vị trí đích: {location}", "Target location: {location}"),
    "moves.no_target": (
        "Chưa có vị trí đích — quét mã vị trí rồi quét vật chứng.",
        "No target location yet — scan a location code, then the items.",
    ),
    "moves.count": ("{count} vật chứng trong danh sách", "{count} items in the list"),
    "moves.note": ("Ghi chú", "Note"),
    "moves.commit": ("Chuyển", "Move"),
    "moves.clear": ("Xóa danh sách", "Clear the list"),
    "moves.duplicate": (
        "Vật chứng {code} đã có trong danh sách.",
        "Item {code} is already in the list.",
    ),
    "moves.need_target": (
        "Hãy quét mã vị trí đích trước khi chuyển.",
        "Scan the target location's code before moving.",
    ),
    "moves.done": (
        "Đã chuyển {count} vật chứng đến {location}.",
        "Moved {count} items to {location}.",
    ),
    "moves.col_code": ("Mã vật chứng", "Item code"),
    "moves.col_name": ("Tên vật chứng", "Item"),
    "moves.col_status": ("Trạng thái", "Status"),
    "moves.col_place": ("Vị trí hiện tại", "Current place"),
    # another body's keeper (ui/common/body_keeper_dialog.py)
    "body_keeper.title": ("Người quản lý kho của cơ quan bảo quản", "The keeping body's keeper"),
    "body_keeper.intro": (
        "Vật chứng đang bảo quản tại kho của {body}: người quản lý kho của {body} trực tiếp "
        "chuyển, xuất vật chứng (Điều 37.2.đ, 37.3 Nghị định 152/2026/NĐ-CP).",
        "The items are kept in a warehouse of {body}: that body's keeper moves and issues them "
        "(Decree 152/2026 Art 37.2.đ, 37.3).",
    ),
    "body_keeper.name": ("Họ tên người quản lý kho", "Keeper's full name"),
    "body_keeper.position": ("Chức vụ", "Position"),
    "body_keeper.name_required": (
        "Ghi họ tên người quản lý kho đã trực tiếp chuyển, xuất vật chứng.",
        "Enter the name of the keeper who moved or issued the items.",
    ),
    # Transfers between units' warehouses (issue 21).
    "transfers.open": ("Chuyển sang đơn vị khác…", "Transfer to another unit…"),
    "transfers.title": ("Chuyển vật chứng giữa các đơn vị", "Transfers between units"),
    "transfers.subtitle": (
        "Đơn vị giao lập biên bản giao; thủ kho đơn vị nhận (người khác) xác nhận đã nhận, "
        "đơn vị nhận lập biên bản nhận. Trong lúc chờ nhận, vật chứng đang trên đường chuyển.",
        "The sending unit issues a handover paper; the receiving unit's keeper (another "
        "person) confirms receipt and the receiving unit issues a receipt paper. Until then "
        "the items are in transit.",
    ),
    "transfers.send_section": ("1. Giao (đơn vị giao)", "1. Send (sending unit)"),
    "transfers.scan": ("Quét mã vật chứng", "Scan item codes"),
    "transfers.scan_hint": (
        "Quét hoặc gõ mã vật chứng (hay mã vị trí nhận) rồi nhấn Enter",
        "Scan or type an item code (or the receiving location's code), then Enter",
    ),
    "transfers.col_code": ("Mã vật chứng", "Item code"),
    "transfers.col_name": ("Tên vật chứng", "Item"),
    "transfers.col_unit": ("Đơn vị giao", "Sending unit"),
    "transfers.count": ("Số vật chứng trong danh sách giao: {count}", "Items to send: {count}"),
    "transfers.clear": ("Xóa danh sách", "Clear the list"),
    "transfers.duplicate": (
        "Vật chứng {code} đã có trong danh sách giao.",
        "Item {code} is already in the list.",
    ),
    "transfers.listed": ("Đã thêm {code} – {name}.", "Added {code} – {name}."),
    "transfers.target_set": ("Vị trí nhận: {code}.", "Receiving location: {code}."),
    "transfers.target": ("Mã vị trí nhận (kho đơn vị nhận)", "Receiving location code"),
    "transfers.note": ("Ghi chú", "Note"),
    "transfers.send": ("Lập biên bản giao", "Issue the handover paper"),
    "transfers.sent": (
        "Đã lập biên bản giao số {number}: {count} vật chứng đang chuyển đến {unit}.",
        "Handover paper {number} issued: {count} items in transit to {unit}.",
    ),
    "transfers.unknown_code": ("Không tìm thấy mã {code}.", "Code {code} was not found."),
    "transfers.need_codes": (
        "Quét vật chứng cần giao và nhập (hoặc quét) mã vị trí nhận.",
        "Scan the items to send and enter (or scan) the receiving location's code.",
    ),
    "transfers.receive_section": ("2. Nhận (đơn vị nhận)", "2. Receive (receiving unit)"),
    "transfers.col_number": ("BB giao số", "Handover no."),
    "transfers.col_from": ("Đơn vị giao", "From"),
    "transfers.col_to": ("Đơn vị nhận", "To"),
    "transfers.col_place": ("Vị trí nhận", "Receiving location"),
    "transfers.col_items": ("Vật chứng", "Items"),
    "transfers.col_sender": ("Người giao", "Sent by"),
    "transfers.col_sent": ("Ngày giao", "Sent on"),
    "transfers.receive": ("Xác nhận đã nhận", "Confirm receipt"),
    "transfers.received": (
        "Đã nhận theo biên bản giao {handover}; biên bản nhận số {number}.",
        "Received on handover paper {handover}; receipt paper {number}.",
    ),
    "transfers.none_open": ("Không có vật chứng nào đang chờ nhận.", "Nothing awaits receipt."),
}
