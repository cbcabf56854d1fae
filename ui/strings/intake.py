"""Texts of the handover (giao nhận) screen."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "intake.title": ("Giao nhận vật chứng, tài sản", "Handover of evidence and assets"),
    "intake.subtitle": (
        "Đối chiếu từng vật chứng với biên bản thu giữ ban đầu rồi ghi nhận giao nhận, "
        "nhập kho trong một lần.",
        "Check each item against the initial seizure record, then record the handover and "
        "book the items in at once.",
    ),
    # header: the delivering side and the seizure record
    "intake.giver": ("Bên giao", "Delivering side"),
    "intake.delivering_body": ("Cơ quan giao", "Delivering body"),
    "intake.delivering_body_hint": (
        "Ví dụ: Cơ quan Cảnh sát điều tra Công an quận Hoàn Kiếm",
        "e.g. Investigation police of Hoàn Kiếm district",
    ),
    "intake.representative": ("Người đại diện", "Representative"),
    "intake.position": ("Chức vụ", "Position"),
    "intake.seizure_number": ("Số biên bản thu giữ ban đầu", "Initial seizure record no."),
    "intake.seizure_date": ("Ngày biên bản thu giữ", "Seizure record date"),
    "intake.note": ("Ghi chú", "Note"),
    # case
    "intake.case": ("Vụ việc", "Case"),
    "intake.case_search": (
        "Tìm vụ việc theo tên, số bản án, số quyết định…",
        "Find the case by name, judgment or decision number…",
    ),
    "intake.case_pick": ("Vụ việc đã có", "Existing case"),
    "intake.case_none": ("— chưa chọn vụ việc —", "— no case chosen —"),
    "intake.new_case": ("Vụ việc mới", "New case"),
    "intake.case_name": ("Tên vụ việc", "Case name"),
    "intake.judgment_number": ("Số bản án", "Judgment no."),
    "intake.judgment_date": ("Ngày bản án", "Judgment date"),
    "intake.court": ("Tòa án", "Court"),
    "intake.decision_number": ("Số quyết định thi hành án", "Enforcement decision no."),
    "intake.decision_date": ("Ngày quyết định", "Decision date"),
    "intake.owner_party": ("Chủ sở hữu", "Owner"),
    "intake.liable_party": ("Người phải thi hành án", "Liable person"),
    "intake.creditor_party": ("Người được thi hành án", "Creditor"),
    # the line form
    "intake.items": ("Vật chứng giao nhận", "Items handed over"),
    "intake.kind": ("Loại", "Kind"),
    "intake.category": ("Chủng loại", "Category"),
    "intake.name": ("Tên vật chứng", "Item name"),
    "intake.quantity": ("Số lượng thực nhận", "Quantity counted"),
    "intake.unit": ("Đơn vị tính", "Unit"),
    "intake.recorded_quantity": ("Số lượng theo biên bản thu giữ", "Quantity per seizure record"),
    "intake.condition": ("Hiện trạng", "Condition"),
    "intake.recorded_condition": ("Hiện trạng theo biên bản thu giữ", "Condition per record"),
    "intake.seal_check": ("Kiểm tra niêm phong", "Seal check"),
    "intake.seal_numbers": ("Số niêm phong", "Seal numbers"),
    "intake.discrepancy": ("Chênh lệch so với biên bản", "Discrepancy from the record"),
    "intake.conclusion": ("Kết luận của cơ quan có thẩm quyền", "Competent body's conclusion"),
    "intake.conclusion_hint": (
        "Số, ngày và nội dung kết luận giám định hoặc văn bản xác nhận về niêm phong",
        "Number, date and content of the expert conclusion or the letter about the seal",
    ),
    "intake.value": ("Giá trị ước tính (đồng)", "Estimated value (VND)"),
    "intake.owner": ("Chủ sở hữu", "Owner"),
    "intake.plate": ("Biển số", "Plate number"),
    "intake.frame": ("Số khung", "Frame number"),
    "intake.engine": ("Số máy", "Engine number"),
    "intake.imei": ("Số IMEI", "IMEI"),
    "intake.weight": ("Trọng lượng (gam)", "Weight (grams)"),
    "intake.identifiers": ("Đặc điểm nhận dạng khác", "Other identifying features"),
    "intake.warehouse": ("Kho", "Warehouse"),
    "intake.location": ("Vị trí nhập kho", "Put-away location"),
    "intake.no_location": ("— chưa xếp vị trí —", "— not placed yet —"),
    "intake.target": (
        "Vị trí đang chọn: {location}. Quét mã vị trí để đổi; dòng đang chọn cũng được xếp vào đó.",
        "Current location: {location}. Scan a location to change it; selected lines go there too.",
    ),
    "intake.seal.unsealed": ("Không niêm phong", "Not sealed"),
    "intake.seal.intact": ("Niêm phong còn nguyên vẹn", "Seal intact"),
    "intake.seal.torn": ("Niêm phong bị rách", "Seal torn"),
    "intake.seal.suspicious": (
        "Niêm phong có dấu hiệu bất thường",
        "Seal shows signs of tampering",
    ),
    # actions
    "intake.add": ("Thêm dòng (Enter)", "Add line (Enter)"),
    "intake.update": ("Cập nhật dòng {line} (Enter)", "Update line {line} (Enter)"),
    "intake.copy": ("Chép dòng trước (Ctrl+D)", "Copy previous line (Ctrl+D)"),
    "intake.remove": ("Xóa dòng (Delete)", "Remove line (Delete)"),
    "intake.commit": ("Ghi nhận giao nhận (Ctrl+S)", "Record the handover (Ctrl+S)"),
    "intake.new_session": ("Phiên giao nhận mới", "New handover"),
    # table
    "intake.col_no": ("STT", "No."),
    "intake.col_name": ("Tên vật chứng", "Item"),
    "intake.col_category": ("Chủng loại", "Category"),
    "intake.col_quantity": ("Thực nhận", "Counted"),
    "intake.col_recorded": ("Theo biên bản", "Per record"),
    "intake.col_seal": ("Niêm phong", "Seal"),
    "intake.col_location": ("Vị trí", "Location"),
    "intake.col_problem": ("Vấn đề", "Problem"),
    "intake.lines_count": ("{count} dòng", "{count} lines"),
    "intake.problems": (
        "Còn {count} vấn đề; chưa thể ghi nhận giao nhận.",
        "{count} problem(s) remain; the handover cannot be recorded yet.",
    ),
    # after the commit
    "intake.done_title": ("Đã ghi nhận giao nhận", "Handover recorded"),
    "intake.done": (
        "Đã nhập {count} vật chứng: {codes}.",
        "{count} items booked in: {codes}.",
    ),
    "intake.documents": ("Văn bản đã lập: {documents}.", "Documents issued: {documents}."),
    "intake.no_documents": ("Chưa lập văn bản nào.", "No documents issued."),
    "intake.choose_category": ("— chọn chủng loại —", "— choose a category —"),
}
