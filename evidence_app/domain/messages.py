"""User-facing text of the core in Vietnamese and English: messages and enum labels."""

from __future__ import annotations

from enum import Enum
from typing import Any

from evidence_app.domain.admin_messages import ADMIN_MESSAGES
from evidence_app.domain.auction_messages import AUCTION_MESSAGES
from evidence_app.domain.auction_round_messages import ROUND_MESSAGES
from evidence_app.domain.auction_sale_messages import SALE_MESSAGES
from evidence_app.domain.checkout_messages import CHECKOUT_MESSAGES
from evidence_app.domain.checkpoint_messages import CHECKPOINT_MESSAGES
from evidence_app.domain.destruction_messages import DESTRUCTION_MESSAGES
from evidence_app.domain.disposition_messages import DISPOSITION_MESSAGES
from evidence_app.domain.document_messages import DOCUMENT_MESSAGES
from evidence_app.domain.file_messages import FILE_MESSAGES
from evidence_app.domain.intake_messages import INTAKE_MESSAGES
from evidence_app.domain.labels import label
from evidence_app.domain.national_messages import NATIONAL_MESSAGES
from evidence_app.domain.outcome_messages import OUTCOME_MESSAGES
from evidence_app.domain.release_messages import RELEASE_MESSAGES
from evidence_app.domain.stocktake_messages import STOCKTAKE_MESSAGES
from evidence_app.domain.transfer_messages import TRANSFER_MESSAGES
from evidence_app.domain.valuation_messages import VALUATION_MESSAGES

LANGUAGES = ("vi", "en")

MESSAGES: dict[str, tuple[str, str]] = {
    "error.generic": ("Đã xảy ra lỗi.", "An error occurred."),
    "error.not_found": ("Không tìm thấy {what}: {ref}.", "{what} not found: {ref}."),
    "error.other_unit": (
        "Người dùng {user} không có quyền {permission} tại {unit}: việc này thuộc đơn vị khác.",
        "User {user} may not {permission} in {unit}: it belongs to another unit.",
    ),
    "noun.unit": ("Đơn vị", "Unit"),
    "case.kind_fixed": (
        "Vụ việc «{case}» đã có kết quả hoặc khoản thu được ghi nhận: không sửa được việc chủ "
        "động hay theo yêu cầu (Điều 33, 34 Luật Thi hành án dân sự; số liệu thống kê đã báo "
        "cáo không thay đổi).",
        "Case “{case}” already has outcomes or payments recorded: whether it is enforced ex "
        "officio or on request can no longer change (Law 106/2025 Art 33, 34; reported "
        "statistics never change).",
    ),
    "unit.officer_elsewhere": (
        "Chấp hành viên {name} không thuộc {unit} hay cơ quan thi hành án dân sự tỉnh: "
        "không phân công được cho việc thi hành án của đơn vị này.",
        "Enforcement officer {name} belongs neither to {unit} nor to the provincial agency: "
        "they cannot be assigned this unit's case.",
    ),
    "unit.council_item_elsewhere": (
        "Vật chứng {code} không do {unit} quản lý; Hội đồng chỉ tiêu hủy vật chứng của đơn vị "
        "mình.",
        "Item {code} is not kept by {unit}; a council destroys its own unit's items only.",
    ),
    "unit.member_elsewhere": (
        "Thành viên Hội đồng {name} không thuộc {unit} hay cơ quan thi hành án dân sự tỉnh, "
        "nơi giữ vật chứng, tài sản.",
        "Council member {name} belongs neither to {unit}, which holds the items, nor to the "
        "provincial agency.",
    ),
    "error.permission_denied": (
        "Người dùng {user} không có quyền {permission}.",
        "User {user} is not allowed to {permission}.",
    ),
    "error.permission_denied_any": (
        "Người dùng {user} không có quyền {permission}, cũng không có quyền {other}.",
        "User {user} is allowed neither to {permission} nor to {other}.",
    ),
    "error.disk_full": (
        "Ổ đĩa chứa cơ sở dữ liệu ({url}) đã đầy: thao tác chưa được lưu, dữ liệu trước đó "
        "vẫn nguyên vẹn. Hãy giải phóng dung lượng rồi làm lại.",
        "The disk holding the database ({url}) is full: nothing of this action was saved and "
        "the data before it is intact. Free some space and try again.",
    ),
    "error.bad_credentials": (
        "Tên đăng nhập hoặc mật khẩu không đúng.",
        "Wrong user name or password.",
    ),
    "error.account_locked": (
        "Tài khoản {user} đang bị khóa sau {attempts} lần đăng nhập sai; hãy thử lại sau "
        "{minutes} phút hoặc đề nghị quản trị viên khác mở khóa.",
        "Account {user} is locked after {attempts} failed logins; try again in {minutes} "
        "minutes or ask another administrator to unlock it.",
    ),
    "error.account_inactive": (
        "Tài khoản {user} đã ngừng hoạt động.",
        "Account {user} is deactivated.",
    ),
    "error.password_change_required": (
        "Tài khoản {user} đang dùng mật khẩu do quản trị viên đặt: hãy đặt mật khẩu của riêng "
        "mình trước khi làm việc.",
        "Account {user} has a password an administrator set: set your own before working.",
    ),
    "error.stale_edit": (
        "{what} {ref} vừa được người khác thay đổi (phiên bản {current}, bạn đang sửa "
        "phiên bản {expected}). Thay đổi của bạn chưa được lưu; hãy tải lại và sửa lại.",
        "{what} {ref} was changed by someone else (version {current}, you edited "
        "version {expected}). Your change was not saved; reload and edit again.",
    ),
    "error.conflict": (
        "{what} {ref} đang được người khác cập nhật cùng lúc; chưa có gì được lưu, hãy thử lại.",
        "{what} {ref} was being updated by someone else at the same time; "
        "nothing was saved, please try again.",
    ),
    "error.duplicate": ("{what} {ref} đã tồn tại.", "{what} {ref} already exists."),
    "error.illegal_transition": (
        "Không thể chuyển từ trạng thái «{current}» sang «{target}». "
        "Các trạng thái được phép: {allowed}.",
        "Cannot go from status “{current}” to “{target}”. Allowed next: {allowed}.",
    ),
    "error.final_state": (
        "Vật chứng ở trạng thái «{status}» đã kết thúc, không thể thay đổi.",
        "The item is in the final status “{status}” and can no longer change.",
    ),
    "error.invalid_code": (
        "Mã «{code}» không hợp lệ: {reason}.",
        "Code “{code}” is not valid: {reason}.",
    ),
    "error.database_unavailable": (
        "Không kết nối được cơ sở dữ liệu {url}: {reason}",
        "Cannot reach the database {url}: {reason}",
    ),
    "error.connection_lost": (
        "Mất kết nối tới máy chủ cơ sở dữ liệu {url}; thao tác này chưa được ghi. Phần mềm "
        "đang tự kết nối lại; những gì bạn đang nhập vẫn được giữ.",
        "The connection to the database server {url} was lost; this action was not saved. "
        "The application is reconnecting; what you were typing is kept.",
    ),
    # scanning
    "error.unknown_item_code": (
        "Không tìm thấy vật chứng có mã {code}.",
        "No item has the code {code}.",
    ),
    "error.unknown_location_code": (
        "Không tìm thấy vị trí kho có mã {code}.",
        "No warehouse location has the code {code}.",
    ),
    "error.image_unreadable": (
        "Không đọc được tệp {name}.",
        "Cannot read the file {name}.",
    ),
    "error.image_not_image": (
        "Tệp {name} không phải là ảnh hoặc ảnh đã bị hỏng.",
        "The file {name} is not an image or is damaged.",
    ),
    "error.image_no_code": (
        "Không tìm thấy mã vạch hay mã QR nào trong ảnh {name}.",
        "No barcode or QR code was found in the image {name}.",
    ),
    # validation
    "validation.required": ("Chưa nhập {field}.", "{field} is required."),
    "validation.too_long": (
        "{field} dài quá {limit} ký tự.",
        "{field} is longer than {limit} characters.",
    ),
    "validation.not_positive": ("{field} phải lớn hơn 0.", "{field} must be greater than 0."),
    "validation.negative": ("{field} không được âm.", "{field} must not be negative."),
    "validation.too_large": ("{field} quá lớn.", "{field} is too large."),
    "validation.control_chars": (
        "{field} chứa ký tự điều khiển không hợp lệ.",
        "{field} contains invalid control characters.",
    ),
    "validation.password_long": (
        "Mật khẩu không được dài quá {max} ký tự.",
        "The password may not be longer than {max} characters.",
    ),
    "validation.password_common": (
        "Mật khẩu này quá dễ đoán (nằm trong danh sách mật khẩu hay bị thử, lặp một ký tự hoặc "
        "là một dãy liền); hãy chọn một cụm từ dài hơn, khó đoán hơn.",
        "This password is too easy to guess (on the list of passwords tried first, one "
        "character repeated, or a plain run); choose a longer, less guessable phrase.",
    ),
    "validation.password_has_name": (
        "Mật khẩu không được chứa tên đăng nhập.",
        "The password may not contain the user name.",
    ),
    "validation.password_short": (
        "Mật khẩu phải có ít nhất {limit} ký tự.",
        "The password must be at least {limit} characters long.",
    ),
    "validation.username": (
        "Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang (3–40 ký tự).",
        "A user name has 3–40 letters without accents, digits, dots, underscores or hyphens.",
    ),
    "validation.no_roles": ("Người dùng phải có ít nhất một vai trò.", "A user needs a role."),
    "validation.last_admin": (
        "Không thể bỏ quyền quản trị viên cuối cùng đang hoạt động.",
        "Cannot remove the last active administrator.",
    ),
    "validation.location_cycle": (
        "Không thể đặt vị trí vào chính nó hoặc vị trí con của nó.",
        "A location cannot be placed inside itself or one of its children.",
    ),
    "validation.location_other_warehouse": (
        "Vị trí cha phải thuộc cùng kho.",
        "The parent location must be in the same warehouse.",
    ),
    "validation.not_a_location_of": (
        "Vị trí {location} không thuộc kho {warehouse}.",
        "Location {location} is not in warehouse {warehouse}.",
    ),
    "validation.same_location": (
        "Vật chứng {ref} đã ở vị trí {location}.",
        "Item {ref} is already at {location}.",
    ),
    "validation.value": (
        "Giá trị «{value}» không hợp lệ cho {field}.",
        "“{value}” is not a valid {field}.",
    ),
    "validation.date_range": (
        "Ngày bắt đầu phải trước hoặc trùng với ngày kết thúc.",
        "The start date must not be after the end date.",
    ),
    "validation.item_not_stored": (
        "Vật chứng {ref} đang ở trạng thái «{status}», không thể chuyển vị trí.",
        "Item {ref} is “{status}” and cannot be moved.",
    ),
    # handover (giao nhận)
    "error.intake_refused": (
        "Chưa thể ghi nhận giao nhận: {count} vấn đề cần xử lý. {first}",
        "The handover cannot be recorded yet: {count} problem(s) to resolve. {first}",
    ),
    "intake.line": ("Dòng {line} ({name}): {problem}", "Line {line} ({name}): {problem}"),
    "intake.no_lines": (
        "Biên bản giao nhận phải có ít nhất một vật chứng.",
        "A handover needs at least one item.",
    ),
    "intake.officer_required": (
        "Chưa có Chấp hành viên tham gia giao nhận: chọn Chấp hành viên (người ký biên bản).",
        "No enforcement officer attends the handover: choose the officer who signs the minutes.",
    ),
    "intake.not_an_officer": (
        "{name} không phải Chấp hành viên đang làm việc nên không ký biên bản giao nhận.",
        "{name} is not an active enforcement officer and cannot sign the handover minutes.",
    ),
    "intake.case_required": (
        "Chưa chọn vụ việc hoặc nhập vụ việc mới.",
        "Pick a case or enter a new one.",
    ),
    "intake.seal_needs_conclusion": (
        "{seal} — chỉ tiếp nhận khi có kết luận của cơ quan có thẩm quyền; chưa nhập {field} "
        "(Nghị định 152/2026/NĐ-CP, Điều 37.2.c).",
        "{seal} — accept only with a competent body's conclusion; {field} is missing "
        "(Decree 152/2026/NĐ-CP, Art 37.2.c).",
    ),
    "intake.money_needs_notes": (
        "{category}: phải ghi số tờ của từng mệnh giá, ví dụ «500.000 x 20; 200.000 x 5» "
        "(Nghị định 152/2026/NĐ-CP, Điều 44.2).",
        "{category}: the number of notes of each denomination must be recorded, e.g. "
        "“500.000 x 20; 200.000 x 5” (Decree 152/2026/NĐ-CP, Art 44.2).",
    ),
    "intake.currency_needs_country": (
        "Ngoại tệ: phải ghi là tiền của nước nào (Nghị định 152/2026/NĐ-CP, Điều 44.2).",
        "Foreign currency: the country whose money it is must be recorded "
        "(Decree 152/2026/NĐ-CP, Art 44.2).",
    ),
    "money.notes_format": (
        "Không đọc được «{part}»: ghi mệnh giá x số tờ, ví dụ «500.000 x 20; 200.000 x 5».",
        "Cannot read “{part}”: write denomination x number of notes, e.g. "
        "“500.000 x 20; 200.000 x 5”.",
    ),
    "field.notes": ("số tờ theo mệnh giá", "the notes by denomination"),
    "field.country": ("nước phát hành", "the country"),
    "intake.valuable_needs_seal": (
        "{category} phải được niêm phong, ghi loại, số lượng, khối lượng trên niêm phong "
        "(Nghị định 152/2026/NĐ-CP, Điều 44.2).",
        "{category} must be sealed, with kind, quantity and weight on the seal "
        "(Decree 152/2026/NĐ-CP, Art 44.2).",
    ),
    "intake.valuable_needs_weight": (
        "{category}: phải ghi khối lượng (Nghị định 152/2026/NĐ-CP, Điều 44.2).",
        "{category}: the weight must be recorded (Decree 152/2026/NĐ-CP, Art 44.2).",
    ),
    "intake.expertise_needs_seal": (
        "{category} chỉ được tiếp nhận dưới hình thức gói niêm phong "
        "(Nghị định 152/2026/NĐ-CP, Điều 37.2.c).",
        "{category} is accepted only in a sealed package (Decree 152/2026/NĐ-CP, Art 37.2.c).",
    ),
    "intake.expertise_needs_conclusion": (
        "{category} chỉ được tiếp nhận kèm theo kết luận giám định của cơ quan có thẩm quyền; "
        "chưa nhập {field} (Nghị định 152/2026/NĐ-CP, Điều 37.2.c).",
        "{category} is accepted only with the expert examination conclusion; {field} is "
        "missing (Decree 152/2026/NĐ-CP, Art 37.2.c).",
    ),
    "intake.condition_needs_note": (
        "hiện trạng khi nhận “{condition}” khác biên bản thu giữ (“{recorded}”); phải ghi nội "
        "dung chênh lệch vào biên bản (Nghị định 152/2026/NĐ-CP, Điều 37.2.b).",
        "the condition on receipt “{condition}” differs from the seizure record (“{recorded}”); "
        "write the discrepancy into the minutes (Decree 152/2026/NĐ-CP, Art 37.2.b).",
    ),
    "intake.quantity_needs_note": (
        "số lượng thực nhận {counted} khác biên bản thu giữ ({recorded}); "
        "phải ghi nội dung chênh lệch vào biên bản (Nghị định 152/2026/NĐ-CP, Điều 37.2.b).",
        "the counted quantity {counted} differs from the seizure record ({recorded}); "
        "write the discrepancy into the minutes (Decree 152/2026/NĐ-CP, Art 37.2.b).",
    ),
    "intake.line_missing": (
        "Dòng {line} không còn vật chứng nào để ghi nhận.",
        "Line {line} has no item to record.",
    ),
    "field.delivering_body": ("bên giao (cơ quan chuyển giao)", "the delivering body"),
    "field.body_keeper_name": (
        "họ tên người quản lý kho của cơ quan bảo quản",
        "the name of the keeping body's keeper",
    ),
    "field.body_keeper_position": (
        "chức vụ người quản lý kho của cơ quan bảo quản",
        "the position of the keeping body's keeper",
    ),
    "field.representative": ("người đại diện bên giao", "the delivering representative"),
    "field.position": ("chức vụ", "the position"),
    "field.seizure_record_number": (
        "số biên bản thu giữ ban đầu",
        "the initial seizure record's number",
    ),
    "field.seizure_record_date": (
        "ngày biên bản thu giữ ban đầu",
        "the initial seizure record's date",
    ),
    "field.recorded_quantity": ("số lượng theo biên bản thu giữ", "the recorded quantity"),
    "field.recorded_condition": ("hiện trạng theo biên bản thu giữ", "the recorded condition"),
    "field.seal_check": ("kiểm tra niêm phong", "the seal check"),
    "field.discrepancy": ("nội dung chênh lệch", "the discrepancy"),
    "field.conclusion": ("nội dung kết luận (tóm tắt)", "the conclusion's summary"),
    "noun.intake": ("Biên bản giao nhận", "Handover"),
    "demo.not_empty": (
        "Cơ sở dữ liệu {url} đã có dữ liệu; dữ liệu mẫu chỉ tạo trên cơ sở dữ liệu trống.",
        "The database {url} already holds data; demo data is only built in an empty database.",
    ),
    "demo.half_built": (
        "Cơ sở dữ liệu {url} có người dùng nhưng chưa có vật chứng nào: có thể là dữ liệu mẫu bị "
        "dừng giữa chừng, cũng có thể là cơ sở dữ liệu thật mới bắt đầu dùng, nên lệnh demo không "
        "xóa. Nếu đó là dữ liệu mẫu, hãy xóa tệp SQLite đó (hoặc xóa và tạo lại cơ sở dữ liệu "
        "PostgreSQL) rồi chạy lại demo; nếu không, hãy dùng --db khác.",
        "The database {url} has users but no items: a demo stopped half-way, or a real database "
        "on its first day, so demo does not delete it. If it is demo data, delete that SQLite "
        "file (or drop and create the PostgreSQL database again) and run demo again; if not, "
        "use another --db.",
    ),
    "demo.disk_full": (
        "Ổ đĩa đã đầy khi tạo dữ liệu mẫu trong {url}; dữ liệu mẫu dở dang không được dùng. Hãy "
        "giải phóng dung lượng (dữ liệu mẫu 1.000.000 vật chứng cần vài GB) rồi chạy lại demo.",
        "The disk filled up while building the demo in {url}; the half-built demo is not used. "
        "Free some space (a 1,000,000-item demo needs a few GB) and run demo again.",
    ),
    "demo.denied": (
        "Không có quyền ghi dữ liệu mẫu vào {url}; hãy chọn --db ở thư mục mình có quyền ghi.",
        "Permission denied writing the demo into {url}; choose a --db in a folder you may "
        "write to.",
    ),
    "demo.half_built_locked": (
        "Cơ sở dữ liệu {url} còn dữ liệu mẫu tạo dở nhưng không xóa được ({reason}); hãy chạy "
        "lại demo bằng tài khoản sở hữu các bảng, hoặc xóa và tạo lại cơ sở dữ liệu rồi chạy lại "
        "demo.",
        "The database {url} holds a demo stopped half-way that cannot be emptied ({reason}); "
        "run demo again as the role that owns the tables, or drop and create the database "
        "again and run demo.",
    ),
    "demo.half_built_busy": (
        "Cơ sở dữ liệu {url} còn dữ liệu mẫu tạo dở nhưng một kết nối khác đã giữ nó quá "
        "{seconds} giây nên chưa xóa được; hãy đóng chương trình khác đang mở cơ sở dữ liệu này "
        "(hoặc kết thúc phiên đó trên máy chủ PostgreSQL) rồi chạy lại demo.",
        "The database {url} holds a demo stopped half-way, but another connection held it for "
        "more than {seconds} s, so it could not be emptied; close whatever else has this "
        "database open (or end that session on the PostgreSQL server) and run demo again.",
    ),
    "verify.ok": (
        "Toàn vẹn: đã kiểm tra {items} vật chứng, {events} sự kiện trong {seconds} giây.",
        "Intact: checked {items} items and {events} events in {seconds} s.",
    ),
    "verify.broken": (
        "PHÁT HIỆN SAI LỆCH tại vật chứng {code} (id {item}), sự kiện {event} "
        "(thứ tự {seq}): {reason}.",
        "TAMPERING FOUND at item {code} (id {item}), event {event} (sequence {seq}): {reason}.",
    ),
    "verify.content_changed": (
        "nội dung sự kiện đã bị sửa sau khi ghi",
        "the event's content was changed after it was written",
    ),
    "verify.previous_mismatch": (
        "liên kết với sự kiện trước bị đứt (sự kiện bị xóa hoặc đổi thứ tự)",
        "the link to the previous event is broken (an event was deleted or reordered)",
    ),
    "verify.sequence_gap": (
        "thứ tự sự kiện bị hụt (sự kiện bị xóa hoặc đổi thứ tự)",
        "the sequence has a gap (an event was deleted or reordered)",
    ),
    "verify.head_mismatch": (
        "chuỗi không khớp với đầu chuỗi đã ghi của vật chứng (sự kiện cuối bị xóa hoặc thêm)",
        "the chain does not reach the item's recorded head (last events deleted or added)",
    ),
    "verify.orphan_event": (
        "có sự kiện không thuộc vật chứng nào (vật chứng bị xóa)",
        "an event belongs to no item (the item was deleted)",
    ),
    "verify.state_mismatch": (
        "SAI LỆCH HIỆN TRẠNG tại vật chứng {code} (id {item}): {field} trên hồ sơ là “{row}”, "
        "chuỗi giám sát ghi “{chain}” (bị sửa trực tiếp, không có sự kiện).",
        "STATE MISMATCH at item {code} (id {item}): its {field} on record is “{row}”, its "
        "custody chain says “{chain}” (changed directly, without an event).",
    ),
    "verify.state_mismatches": (
        "{count} sai lệch giữa hồ sơ vật chứng và chuỗi giám sát ({items} vật chứng, "
        "{events} sự kiện đã kiểm tra trong {seconds} giây).",
        "{count} mismatches between item records and their custody chains ({items} items, "
        "{events} events checked in {seconds} s).",
    ),
    "verify.state_more": ("… và {count} sai lệch khác.", "… and {count} more."),
    "verify.admin_ok": (
        "Nhật ký quản trị (người dùng, vai trò, mật khẩu, tham số): {count} sự kiện, toàn vẹn.",
        "Administration log (users, roles, passwords, settings): {count} events, intact.",
    ),
    "verify.admin_broken": (
        "PHÁT HIỆN SAI LỆCH trong nhật ký quản trị tại sự kiện thứ {seq}: {reason}.",
        "TAMPERING FOUND in the administration log at event {seq}: {reason}.",
    ),
    "verify.field.status": ("trạng thái", "status"),
    "verify.field.warehouse": ("kho", "warehouse"),
    "verify.field.location": ("vị trí", "location"),
    "cli.unexpected": ("Lỗi không mong đợi: {error}", "Unexpected error: {error}"),
    "cli.interrupted": ("Đã dừng theo yêu cầu.", "Stopped on request."),
    "cli.no_database": (
        "Không có cơ sở dữ liệu {url}: hãy kiểm tra đường dẫn --db (lệnh demo tạo cơ sở dữ liệu "
        "mẫu; ứng dụng tạo cơ sở dữ liệu khi mở lần đầu).",
        "There is no database {url}: check the --db path (the demo command builds a demo "
        "database; the application creates one on its first start).",
    ),
    "cli.labels_done": ("Đã ghi {count} nhãn vào {path}.", "Wrote {count} labels to {path}."),
    "cli.demo_done": (
        "Đã tạo {items} vật chứng, {events} sự kiện, {cases} vụ việc, {locations} vị trí "
        "trong {seconds} giây. Người dùng: {users} (mật khẩu: {password}).",
        "Created {items} items, {events} events, {cases} cases, {locations} locations in "
        "{seconds} s. Users: {users} (password: {password}).",
    ),
    # code parsing
    "code.empty": ("mã trống", "the code is empty"),
    "code.format": (
        "cần dạng TIỀN TỐ-NĂM-SỐ, ví dụ VC-2026-000123",
        "expected PREFIX-YEAR-NUMBER, for example VC-2026-000123",
    ),
    "code.prefix": ("tiền tố không được hỗ trợ", "unknown prefix"),
    "code.year": ("năm không hợp lệ", "the year is not valid"),
    "code.exhausted": (
        "Đã dùng hết số mã {prefix} của năm {year} (tối đa {limit}); không thể cấp mã mới.",
        "All {prefix} codes of {year} are used (at most {limit}); no new code can be given.",
    ),
    "code.kept_serial": (
        "mã vật chứng «{code}» không đúng dạng: số thứ tự cần đúng 6 chữ số, từ 000001 đến "
        "999999 (ví dụ VC-2026-000123)",
        "item code “{code}” is not in the format: the serial needs exactly 6 digits, 000001 "
        "to 999999 (for example VC-2026-000123)",
    ),
    # nouns used in messages
    "noun.item": ("Vật chứng", "Item"),
    "noun.user": ("Người dùng", "User"),
    "noun.warehouse": ("Kho", "Warehouse"),
    "noun.location": ("Vị trí", "Location"),
    "noun.photo": ("Ảnh", "Photo"),
    "noun.case": ("Vụ việc", "Case"),
    "noun.party": ("Đương sự", "Party"),
    "noun.agency": ("Cơ quan", "Agency"),
    "noun.code": ("Mã", "Code"),
    # field names
    "field.name": ("tên", "the name"),
    "field.code": ("mã", "the code"),
    "field.quantity": ("số lượng", "the quantity"),
    "field.unit": ("đơn vị tính", "the unit"),
    "field.weight": ("trọng lượng", "the weight"),
    "field.value": ("giá trị ước tính", "the estimated value"),
    "field.description": ("mô tả", "the description"),
    "field.full_name": ("họ và tên", "the full name"),
    "field.username": ("tên đăng nhập", "the user name"),
    "field.case_name": ("tên vụ việc", "the case name"),
    "field.address": ("địa chỉ", "the address"),
    "field.note": ("ghi chú", "the note"),
    "field.identifiers": ("đặc điểm nhận dạng", "the identifying features"),
    "field.seal_numbers": ("số niêm phong", "the seal numbers"),
    "field.owner": ("chủ sở hữu", "the owner"),
    "field.amount": ("số tiền", "the amount"),
    "field.number": ("số", "the number"),
    "field.condition": ("hiện trạng", "the condition"),
    "field.role": ("vai trò", "the role"),
    "field.custodian_kind": ("loại đơn vị bảo quản", "the custodian kind"),
    "field.location_kind": ("loại vị trí", "the location kind"),
    "field.kind": ("loại (vật chứng, tạm giữ, kê biên)", "the kind"),
    "field.category": ("chủng loại", "the category"),
    "field.seal_state": ("tình trạng niêm phong", "the seal state"),
    "field.disposition": ("hình thức xử lý", "the disposition"),
    "field.agency_name": ("tên cơ quan", "the agency name"),
    "field.place_name": ("địa danh", "the place name"),
    "field.transferring_body": ("cơ quan chuyển giao", "the transferring body"),
    "field.warehouse": ("kho", "the warehouse"),
    "field.location": ("vị trí", "the location"),
    "field.case": ("vụ việc", "the case"),
    "field.officer": ("Chấp hành viên", "the enforcement officer"),
    "field.status": ("trạng thái", "the status"),
    "field.date": ("ngày", "the date"),
    "field.search": ("nội dung tìm kiếm", "the search text"),
    "field.sort": ("cột sắp xếp", "the sort column"),
    "field.label_size": ("khổ nhãn", "the label size"),
    "field.label_format": ("định dạng nhãn", "the label format"),
    "field.dpi": ("độ phân giải máy in (dpi)", "the printer resolution (dpi)"),
}

MESSAGES.update(DOCUMENT_MESSAGES)
MESSAGES.update(CHECKOUT_MESSAGES)
MESSAGES.update(TRANSFER_MESSAGES)
MESSAGES.update(RELEASE_MESSAGES)
MESSAGES.update(DESTRUCTION_MESSAGES)
MESSAGES.update(ADMIN_MESSAGES)
MESSAGES.update(STOCKTAKE_MESSAGES)
MESSAGES.update(AUCTION_MESSAGES)
MESSAGES.update(ROUND_MESSAGES)
MESSAGES.update(SALE_MESSAGES)
MESSAGES.update(VALUATION_MESSAGES)
MESSAGES.update(DISPOSITION_MESSAGES)
MESSAGES.update(FILE_MESSAGES)
MESSAGES.update(CHECKPOINT_MESSAGES)
MESSAGES.update(INTAKE_MESSAGES)
MESSAGES.update(OUTCOME_MESSAGES)
MESSAGES.update(NATIONAL_MESSAGES)


def text(key: str, lang: str = "vi", **params: Any) -> str:
    """The message ``key`` in ``lang``, with its parameters filled in."""
    return render(key, lang, **params)


def render(key: str, lang: str, **params: Any) -> str:
    vi, en = MESSAGES.get(key, (key, key))
    template = en if lang == "en" else vi
    shown = {name: _show(value, lang) for name, value in params.items()}
    try:
        return template.format(**shown)
    except (KeyError, IndexError):
        return template


def _show(value: Any, lang: str) -> str:
    """Translate a message parameter: enums by label, keys by text, lists joined."""
    if isinstance(value, Enum):
        return label(value, lang)
    if isinstance(value, (list, tuple, frozenset, set)):
        return ", ".join(_show(v, lang) for v in value) or "—"
    if isinstance(value, str) and value in MESSAGES and "." in value:
        vi, en = MESSAGES[value]
        return en if lang == "en" else vi
    return str(value)
