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
}
