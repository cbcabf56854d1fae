"""Texts of the stocktake (kiểm kê) screen."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "nav.stocktake": ("Kiểm kê", "Stocktake"),
    "stocktake.title": ("Kiểm kê kho vật chứng", "Warehouse stocktake"),
    "stocktake.subtitle": (
        "Chọn kho (hoặc một vị trí) và hình thức kiểm kê, bắt đầu, rồi quét mã vị trí và từng "
        "vật chứng. Mỗi lần quét được lưu ngay; đóng chương trình rồi mở lại vẫn tiếp tục được.",
        "Choose the warehouse (or a location) and the kind of stocktake, start, then scan a "
        "location and each item. Every scan is saved at once; you can close the application "
        "and resume later.",
    ),
    "stocktake.warehouse": ("Kho", "Warehouse"),
    "stocktake.scope": ("Phạm vi", "Scope"),
    "stocktake.whole_warehouse": ("Toàn bộ kho", "The whole warehouse"),
    "stocktake.kind": ("Hình thức", "Kind"),
    "stocktake.start": ("Bắt đầu kiểm kê", "Start the stocktake"),
    "stocktake.session": ("Đợt kiểm kê", "Stocktake"),
    "stocktake.session_item": (
        "Số {id} – {kind} – {warehouse} ({status})",
        "No. {id} – {kind} – {warehouse} ({status})",
    ),
    "stocktake.none": ("Chưa có đợt kiểm kê nào.", "No stocktake yet."),
    "stocktake.location": ("Vị trí đang quét: {location}", "Scanning at: {location}"),
    "stocktake.no_location": (
        "Chưa quét mã vị trí — quét mã vị trí trước khi quét vật chứng ở đó.",
        "No location scanned — scan a location before the items stored there.",
    ),
    "stocktake.counts": (
        "Theo sổ: {expected} · Đã thấy: {found} · Chưa thấy: {left} · Sai vị trí: {misplaced}"
        " · Mã lạ: {unknown} · Lượt quét: {scans}",
        "Expected: {expected} · Found: {found} · Not yet seen: {left} · Misplaced: {misplaced}"
        " · Unknown: {unknown} · Scans: {scans}",
    ),
    "stocktake.scanned": ("{code}: {outcome}", "{code}: {outcome}"),
    "stocktake.kept": (
        "Mất kết nối máy chủ: đã giữ {count} mã quét, sẽ ghi khi kết nối lại.",
        "Server connection lost: {count} scans kept, written once it is back.",
    ),
    "stocktake.kept_written": (
        "Đã ghi {count} mã quét được giữ khi mất kết nối.",
        "{count} scans kept while the connection was lost are written.",
    ),
    "stocktake.reconcile": ("Đối chiếu", "Reconcile"),
    "stocktake.finish": ("Kết thúc và lập biên bản", "Finish and issue the minutes"),
    "stocktake.print": ("In biên bản", "Print the minutes"),
    "stocktake.mark_missing": ("Ghi nhận thất lạc", "Mark missing"),
    "stocktake.move_misplaced": ("Chuyển về vị trí thực tế", "Move to where seen"),
    "stocktake.tab_present": ("Đúng vị trí ({count})", "Present ({count})"),
    "stocktake.tab_missing": ("Không thấy ({count})", "Missing ({count})"),
    "stocktake.tab_misplaced": ("Sai vị trí ({count})", "Misplaced ({count})"),
    "stocktake.tab_unknown": ("Mã lạ ({count})", "Unknown ({count})"),
    "stocktake.col_code": ("Mã", "Code"),
    "stocktake.col_name": ("Tên vật chứng", "Item"),
    "stocktake.col_recorded": ("Vị trí theo sổ", "Recorded at"),
    "stocktake.col_seen": ("Vị trí thực tế", "Seen at"),
    "stocktake.col_done": ("Đã xử lý", "Done"),
    "stocktake.yes": ("Đã xử lý", "Done"),
    "stocktake.finished": (
        "Đã kết thúc đợt kiểm kê số {id}; biên bản đã được lập.",
        "Stocktake {id} is finished; its minutes were issued.",
    ),
    "stocktake.acted": ("Đã xử lý {count} vật chứng.", "{count} items done."),
    "stocktake.signers_title": ("Ký biên bản kiểm kê", "Sign the stocktake minutes"),
    "stocktake.signers_hint": (
        "Họ tên những người ký biên bản kiểm kê.",
        "Full names of those who sign the stocktake minutes.",
    ),
    "stocktake.keeper": ("Thủ kho", "Keeper"),
    "stocktake.accountant": ("Kế toán", "Accountant"),
    "stocktake.head": ("Thủ trưởng đơn vị", "Head of agency"),
    "stocktake.custodian": ("Người được giao bảo quản", "Entrusted keeper"),
    "stocktake.note": ("Ghi chú", "Note"),
    "nav.keeping": ("Giao bảo quản", "Left with keepers"),
    "keeping.title": ("Giao bảo quản vật chứng, tài sản", "Items left with keepers"),
    "keeping.subtitle": (
        "Vật chứng giao chủ sở hữu, tổ chức, cá nhân hoặc Ủy ban nhân dân cấp xã bảo quản "
        "(Luật Thi hành án dân sự, Điều 40.1); mỗi tháng kiểm tra một lần, có biên bản "
        "(Thông tư 01/2017/TT-BTP, Điều 12.2).",
        "Items left with their owner, a third party or the commune to keep (Law 106/2025, "
        "Art 40.1); checked every month, with minutes (Circular 01/2017/TT-BTP, Art 12.2).",
    ),
    "keeping.col.code": ("Mã nơi bảo quản", "Place code"),
    "keeping.col.kind": ("Loại", "Kind"),
    "keeping.col.name": ("Người được giao bảo quản", "Keeper"),
    "keeping.col.address": ("Địa chỉ", "Address"),
    "keeping.col.held": ("Đang giữ", "Holding"),
    "keeping.col.since": ("Giao từ ngày", "Left on"),
    "keeping.col.checked": ("Kiểm tra lần cuối", "Last checked"),
    "keeping.col.due": ("Hạn kiểm tra", "Check due"),
    "keeping.col.seen": ("Có mặt", "Seen"),
    "keeping.col.item": ("Mã vật chứng", "Item code"),
    "keeping.col.item_name": ("Tên vật chứng", "Item"),
    "keeping.tab_check": ("Kiểm tra hằng tháng", "Monthly check"),
    "keeping.tab_leave": ("Giao vật chứng", "Leave items"),
    "keeping.tab_new": ("Thêm người được giao bảo quản", "New keeper"),
    "keeping.kind": ("Người được giao", "Keeper is"),
    "keeping.name": ("Họ tên, tên cơ quan, tổ chức", "Name of the person or body"),
    "keeping.address": ("Địa chỉ nơi bảo quản", "Where the items are kept"),
    "keeping.codes": ("Mã vật chứng (quét hoặc gõ, mỗi dòng một mã)", "Item codes (one a line)"),
    "keeping.codes_hint": ("VC-2026-000123", "VC-2026-000123"),
    "keeping.officer": ("Chấp hành viên lập biên bản", "Enforcement officer"),
    "keeping.choose_officer": ("— Chọn Chấp hành viên —", "— Choose the officer —"),
    "keeping.contract": ("Hợp đồng dịch vụ bảo quản", "Service contract"),
    "keeping.contract_number": ("Số hợp đồng", "Contract no."),
    "keeping.contract_fee": ("Chi phí bảo quản (đồng)", "Keeping fee (VND)"),
    "keeping.keeper_name": ("Người nhận bảo quản ký", "Keeper who signs"),
    "keeping.keeper_position": ("Chức vụ", "Position"),
    "keeping.party": ("Đương sự", "Party"),
    "keeping.witness": ("Người chứng kiến", "Witness"),
    "keeping.refused": ("Người từ chối ký (nếu có)", "Refused to sign (if any)"),
    "keeping.refusal_reason": ("Lý do từ chối ký", "Reason for refusing"),
    "keeping.held": ("Vật chứng đang giao bảo quản", "Items with this keeper"),
    "keeping.add": ("Thêm", "Add"),
    "keeping.leave": ("Giao bảo quản, lập biên bản", "Leave them, issue the minutes"),
    "keeping.check": ("Ghi nhận kiểm tra, lập biên bản", "Record the check, issue the minutes"),
    "keeping.choose_keeper": (
        "Chọn người được giao bảo quản trong danh sách trước.",
        "Choose the keeper in the list first.",
    ),
    "keeping.added": ("Đã thêm {code} – {name}.", "Added {code} – {name}."),
    "keeping.left": (
        "Đã giao {count} vật chứng cho {name} bảo quản, Biên bản số {number}.",
        "{count} item(s) left with {name}, minutes no. {number}.",
    ),
    "keeping.checked": (
        "Đã kiểm tra việc bảo quản của {name}: có mặt {present}, không thấy {missing}.",
        "Check of {name} recorded: {present} seen, {missing} not found.",
    ),
}
