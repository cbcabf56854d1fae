"""Texts of the administration area, backup, ledger import and the password change."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "nav.admin": ("Quản trị", "Administration"),
    "admin.title": ("Quản trị hệ thống", "Administration"),
    "admin.subtitle": (
        "Người dùng, thông tin cơ quan, kho và vị trí, số văn bản, sao lưu, ngày nghỉ, tham số "
        "và ngôn ngữ.",
        "Users, agency details, warehouses and locations, document numbers, backups, holidays, "
        "legal values and language.",
    ),
    "admin.tab_start": ("Bắt đầu", "Getting started"),
    "admin.tab_users": ("Người dùng", "Users"),
    "admin.tab_agency": ("Cơ quan", "Agency"),
    "admin.tab_warehouses": ("Thiết lập kho", "Warehouse set-up"),
    "admin.tab_sequences": ("Số văn bản", "Document numbers"),
    "admin.tab_backup": ("Sao lưu", "Backup"),
    "admin.tab_language": ("Ngôn ngữ", "Language"),
    # users
    "admin.col_username": ("Tên đăng nhập", "User name"),
    "admin.col_full_name": ("Họ và tên", "Full name"),
    "admin.col_position": ("Chức vụ", "Position"),
    "admin.col_roles": ("Vai trò", "Roles"),
    "admin.col_state": ("Tình trạng", "State"),
    "admin.state_active": ("Đang hoạt động", "Active"),
    "admin.state_inactive": ("Ngừng hoạt động", "Deactivated"),
    "admin.state_locked": ("Bị khóa", "Locked"),
    "admin.state_one_time": (
        "Chờ người dùng đặt mật khẩu của mình",
        "Waiting for the user to set their own password",
    ),
    "admin.new_user": ("Thêm người dùng…", "New user…"),
    "admin.edit_roles": ("Vai trò…", "Roles…"),
    "admin.reset_password": ("Đặt lại mật khẩu…", "Reset password…"),
    "admin.deactivate": ("Ngừng hoạt động", "Deactivate"),
    "admin.reactivate": ("Cho hoạt động lại", "Reactivate"),
    "admin.choose_user": ("Hãy chọn một người dùng.", "Choose a user first."),
    "admin.users_note": (
        "Người dùng không bao giờ bị xóa: tên của họ còn trên mọi sự kiện họ đã ký. Mật khẩu "
        "do quản trị viên đặt chỉ dùng cho lần đăng nhập đầu, khi người dùng đặt mật khẩu của "
        "mình.",
        "Users are never deleted: their names stay on every event they signed. A password an "
        "administrator sets is for the first login only, where the user sets their own.",
    ),
    "admin.user_dialog": ("Thêm người dùng", "New user"),
    "admin.roles_dialog": ("Vai trò của {user}", "Roles of {user}"),
    "admin.username": ("Tên đăng nhập", "User name"),
    "admin.full_name": ("Họ và tên", "Full name"),
    "admin.position": ("Chức vụ", "Position"),
    "admin.password": ("Mật khẩu", "Password"),
    "admin.password_again": ("Nhập lại mật khẩu", "Password again"),
    "admin.second_admin_title": ("Quản trị viên thứ hai xác nhận", "Second administrator confirms"),
    "admin.second_admin_subtitle": (
        "Việc này không để một người làm một mình: một quản trị viên khác nhập tên và mật khẩu "
        "của mình để xác nhận. Việc xác nhận được ghi vào nhật ký quản trị.",
        "One person does not do this alone: another administrator types their own name and "
        "password to confirm. The confirmation is written to the administration log.",
    ),
    "admin.passwords_differ": ("Hai mật khẩu không giống nhau.", "The two passwords differ."),
    "admin.reset_dialog": ("Đặt lại mật khẩu của {user}", "Reset the password of {user}"),
    "admin.saved_user": ("Đã lưu người dùng {user}.", "User {user} saved."),
    # own password
    "password.title": ("Đổi mật khẩu", "Change password"),
    "password.first_title": ("Đặt mật khẩu của bạn", "Set your own password"),
    "password.first_note": (
        "Mật khẩu bạn vừa nhập do quản trị viên đặt và chỉ dùng cho lần này. Hãy đặt mật khẩu "
        "chỉ mình bạn biết trước khi làm việc.",
        "The password you typed was set by an administrator and is for this time only. Set "
        "one only you know before working.",
    ),
    "password.first_needed": (
        "Cần đặt mật khẩu của riêng bạn để đăng nhập.",
        "Set your own password to log in.",
    ),
    "password.old": ("Mật khẩu hiện tại", "Current password"),
    "password.new": ("Mật khẩu mới", "New password"),
    "password.again": ("Nhập lại mật khẩu mới", "New password again"),
    "password.done": ("Đã đổi mật khẩu.", "Password changed."),
    "action.change_password": ("Đổi mật khẩu…", "Change password…"),
    "action.log_out": ("Đăng xuất, đổi người dùng…", "Log out, switch user…"),
    "action.import_ledger": ("Nhập sổ theo dõi giấy…", "Import paper ledger…"),
    # agency
    "admin.agency_note": (
        "Các thông tin này in ở đầu mọi văn bản.",
        "These details head every document.",
    ),
    "admin.agency_name": ("Tên cơ quan", "Agency name"),
    "admin.managing_agency": ("Cơ quan quản lý cấp trên", "Managing agency"),
    "admin.place_name": ("Địa danh", "Place name"),
    "admin.seal_text": ("Dòng chữ trên con dấu", "Seal text"),
    "admin.address": ("Địa chỉ", "Address"),
    "admin.save": ("Lưu", "Save"),
    "admin.agency_saved": ("Đã lưu thông tin cơ quan.", "Agency details saved."),
    # sequences
    "admin.sequences_note": (
        "Số tiếp theo của mỗi loại văn bản trong năm; không được đặt bằng hoặc thấp hơn số "
        "đã dùng. Mỗi đơn vị (cơ quan cấp tỉnh, từng Phòng khu vực) đánh số văn bản riêng.",
        "The next number of each kind of document in the year; it cannot be set at or below "
        "a number already used. Each unit (the provincial agency, each regional office) "
        "numbers its own documents.",
    ),
    "admin.year": ("Năm", "Year"),
    "admin.col_kind": ("Loại văn bản", "Document kind"),
    "admin.col_used": ("Số đã dùng", "Last used"),
    "admin.col_next": ("Số tiếp theo", "Next number"),
    "admin.set_next": ("Đặt số tiếp theo", "Set next number"),
    "admin.next_value": ("Số tiếp theo mới", "New next number"),
    "admin.sequence_set": (
        "{kind} năm {year} của {unit}: số tiếp theo là {number}.",
        "{kind} {year} of {unit}: the next number is {number}.",
    ),
    "admin.sequence_unit": ("Đơn vị", "Unit"),
    "admin.choose_kind": ("Hãy chọn một loại văn bản.", "Choose a document kind first."),
    # backup
    "backup.section": ("Sao lưu và khôi phục", "Backup and restore"),
    "backup.last": ("Lần sao lưu gần nhất: {when}", "Last backup: {when}"),
    "backup.never_short": ("chưa có", "never"),
    "backup.days": ("Nhắc sao lưu sau (ngày)", "Remind after (days)"),
    "backup.save_days": ("Lưu số ngày", "Save days"),
    "backup.backup": ("Sao lưu…", "Back up…"),
    "backup.restore": ("Khôi phục…", "Restore…"),
    "backup.choose_target": ("Lưu bản sao lưu", "Save the backup"),
    "backup.choose_source": ("Chọn bản sao lưu để khôi phục", "Choose a backup to restore"),
    "backup.files": (
        "Bản sao lưu (*.db *.backup *.dump);;Mọi tệp (*)",
        "Backups (*.db *.backup *.dump);;All files (*)",
    ),
    "backup.done": (
        "Đã sao lưu và kiểm tra: {path} ({tables} bảng, {rows} dòng).",
        "Backed up and checked: {path} ({tables} tables, {rows} rows).",
    ),
    "backup.confirm_restore": (
        "Khôi phục sẽ thay toàn bộ dữ liệu hiện tại bằng dữ liệu trong {path}. Tệp được "
        "kiểm tra trước; với SQLite, dữ liệu hiện tại được sao lại bên cạnh. Sau khi khôi "
        "phục, chương trình sẽ đóng để mở lại. Tiếp tục?",
        "Restoring replaces all current data with the data in {path}. The file is checked "
        "first; with SQLite the current data is copied beside it. After restoring, the "
        "application closes to be opened again. Continue?",
    ),
    "backup.restored": (
        "Đã khôi phục từ {path} ({rows} dòng). Chương trình sẽ đóng; hãy mở lại.",
        "Restored from {path} ({rows} rows). The application will close; open it again.",
    ),
    "backup.days_saved": ("Đã lưu: nhắc sau {days} ngày.", "Saved: remind after {days} days."),
    "import.section": ("Nhập sổ theo dõi giấy", "Import a paper ledger"),
    "import.explain": (
        "Tệp .xlsx hoặc .csv, dòng đầu là tên cột: Mã vật chứng, Tên vật chứng, Loại, Chủng "
        "loại, Số lượng, Đơn vị tính, Số niêm phong, Giá trị ước tính, Số quyết định THA, Mã "
        "vị trí, Ngày nhập kho… (tên cột tiếng Anh cũng được).",
        "An .xlsx or .csv file whose first row names the columns: Code, Name, Kind, "
        "Category, Quantity, Unit, Seal numbers, Estimated value, Decision number, Location "
        "code, Date received… (Vietnamese names work too).",
    ),
    "import.open": ("Nhập sổ…", "Import ledger…"),
    # import dialog
    "import.title": ("Nhập sổ theo dõi giấy", "Import a paper ledger"),
    "import.choose": ("Chọn tệp sổ theo dõi", "Choose the ledger file"),
    "import.files": ("Sổ theo dõi (*.xlsx *.csv)", "Ledgers (*.xlsx *.csv)"),
    "import.summary": (
        "{file}: {rows} dòng, {valid} hợp lệ, {errors} có lỗi.",
        "{file}: {rows} rows, {valid} valid, {errors} with errors.",
    ),
    "import.col_row": ("Dòng", "Row"),
    "import.col_name": ("Tên vật chứng", "Name"),
    "import.col_category": ("Chủng loại", "Category"),
    "import.col_code": ("Mã", "Code"),
    "import.col_result": ("Kết quả kiểm tra", "Check"),
    "import.ok": ("Hợp lệ", "Valid"),
    "import.all": ("Nhập tất cả", "Import all"),
    "import.valid_only": ("Chỉ nhập {count} dòng hợp lệ", "Import only the {count} valid rows"),
    "import.done": (
        "Đã nhập {count} vật chứng; bỏ qua {skipped} dòng.",
        "Imported {count} items; skipped {skipped} rows.",
    ),
    # language
    "admin.language_note": (
        "Ngôn ngữ giao diện và máy quét được lưu riêng cho từng máy trạm.",
        "The interface language and the scanner are kept per workstation.",
    ),
    "admin.open_settings": ("Mở thiết lập máy trạm…", "Open workstation settings…"),
    "status.backup_due": ("Nhắc sao lưu", "Backup due"),
    # warehouse set-up (ui/admin/warehouses.py)
    "setup.note": (
        "Các kho mà cơ quan sử dụng (kho của cơ quan, kho của cơ quan công an, nơi gửi giữ) và "
        "sơ đồ vị trí trong từng kho: khu, phòng, kệ, ngăn. Chọn một vị trí để thêm vị trí con "
        "hoặc in nhãn của nó và các vị trí bên dưới.",
        "The warehouses the agency uses (its own, the police's, a custodian's) and the map of "
        "locations in each: zones, rooms, shelves, bins. Choose a location to add below it or "
        "to print its labels and those below it.",
    ),
    "setup.col_code": ("Mã kho", "Code"),
    "setup.col_name": ("Tên kho", "Name"),
    "setup.col_custodian_kind": ("Nơi quản lý", "Kept by"),
    "setup.col_custodian_name": ("Đơn vị quản lý", "Custodian"),
    "setup.col_location": ("Vị trí", "Location"),
    "setup.col_location_code": ("Mã vị trí", "Location code"),
    "setup.new_warehouse": ("Thêm kho…", "New warehouse…"),
    "setup.new_location": ("Thêm vị trí…", "New location…"),
    "setup.new_range": ("Thêm dãy vị trí…", "New row of locations…"),
    "setup.print_labels": ("In nhãn vị trí…", "Print location labels…"),
    "setup.import_file": ("Nhập từ bảng tính…", "Import from a spreadsheet…"),
    "setup.import_filter": ("Bảng tính (*.xlsx *.csv)", "Spreadsheets (*.xlsx *.csv)"),
    "setup.imported": (
        "Đã nhập {count} vị trí từ {file}.",
        "Imported {count} locations from {file}.",
    ),
    "setup.warehouse_dialog": ("Thêm kho", "New warehouse"),
    "setup.warehouse_note": (
        "Mã kho (chữ in hoa và số, tối đa 12 ký tự) đứng trong mã của mọi vị trí của kho.",
        "The warehouse code (capitals and digits, up to 12) is part of every location's code.",
    ),
    "setup.code": ("Mã kho", "Code"),
    "setup.name": ("Tên", "Name"),
    "setup.name_example": ("Kho vật chứng số 1", "Evidence warehouse no. 1"),
    "setup.custodian_kind": ("Nơi quản lý", "Kept by"),
    "setup.custodian_name": ("Đơn vị quản lý", "Custodian"),
    "setup.address": ("Địa chỉ", "Address"),
    "setup.location_dialog": ("Thêm vị trí", "New location"),
    "setup.location_example": ("Kệ A1", "Shelf A1"),
    "setup.under": ("Thuộc", "Under"),
    "setup.kind": ("Loại vị trí", "Kind"),
    "setup.top_of": ("{warehouse} (cấp cao nhất)", "{warehouse} (top level)"),
    "setup.range_dialog": ("Thêm dãy vị trí", "New row of locations"),
    "setup.range_note": (
        "Ví dụ: kệ «Kệ A» từ 1 đến 20, mỗi kệ 5 tầng. Mỗi lần tạo tối đa {limit} vị trí.",
        "For example: shelves “Kệ A” 1 to 20, five levels each. At most {limit} at once.",
    ),
    "setup.prefix": ("Tên đầu", "Name before the number"),
    "setup.numbers": ("Từ số – đến số", "Numbers from – to"),
    "setup.levels": ("Số tầng mỗi vị trí", "Levels in each"),
    "setup.level_name": ("Tên tầng", "Level name"),
    "setup.level_default": ("Tầng", "Tầng"),
    "setup.preview": (
        "Sẽ tạo: {names} – tổng cộng {count} vị trí.",
        "Makes: {names} – {count} locations in all.",
    ),
    "setup.preview_levels": (
        "Mỗi vị trí {levels} tầng ({first}…).",
        "Each with {levels} levels ({first}…).",
    ),
    "setup.warehouse_saved": ("Đã thêm kho {code} – {name}.", "Warehouse {code} – {name} added."),
    "setup.location_saved": ("Đã thêm {name} ({code}).", "Added {name} ({code})."),
    "setup.range_saved": (
        "Đã thêm {count} vị trí vào {under}.",
        "Added {count} locations to {under}.",
    ),
    "setup.choose_warehouse": ("Hãy chọn một kho trước.", "Choose a warehouse first."),
    "setup.no_locations": ("Kho này chưa có vị trí nào.", "This warehouse has no locations yet."),
    # first-start checklist (ui/admin/start.py)
    "start.not_ready": (
        "Những việc cần làm trước lần giao nhận đầu tiên (✘: chưa xong):",
        "What to set up before the first handover (✘: not yet):",
    ),
    "start.ready": (
        "Đã thiết lập đủ để giao nhận, nhập kho và xuất kho.",
        "Set up for handovers, storage and releases.",
    ),
    "start.agency": (
        "Thông tin cơ quan và địa chỉ in trên văn bản",
        "The agency's details and address",
    ),
    "start.warehouses": ("Kho đang dùng: {count}", "Warehouses in use: {count}"),
    "start.locations": ("Vị trí trong kho: {count}", "Locations in the warehouses: {count}"),
    "start.people": (
        "Người dùng: có Thủ trưởng, Chấp hành viên và Thủ kho",
        "Users: a head, an enforcement officer and a keeper",
    ),
    "start.people_missing": ("Chưa có người dùng là: {roles}", "No user yet who is: {roles}"),
    "start.printers": ("Máy in: {names}", "Printers: {names}"),
    "start.no_printer": (
        "Chưa thấy máy in nào; vẫn có thể in ra tệp PDF.",
        "No printer found; documents can still be printed to PDF.",
    ),
    "start.open": ("Thiết lập…", "Set up…"),
}
