"""Messages of administration: backup and restore, ledger import, settings, in vi and en."""

from __future__ import annotations

ADMIN_MESSAGES: dict[str, tuple[str, str]] = {
    "noun.backup": ("Tệp sao lưu", "Backup file"),
    "noun.setting": ("Thiết lập", "Setting"),
    "noun.sequence": ("Dãy số văn bản", "Document number sequence"),
    "field.backup_file": ("tệp sao lưu", "the backup file"),
    "field.reminder_days": ("số ngày nhắc sao lưu", "the backup reminder days"),
    "field.next_number": ("số tiếp theo", "the next number"),
    "field.year": ("năm", "the year"),
    "field.password": ("mật khẩu", "the password"),
    # backup and restore
    "backup.not_found": (
        "Không tìm thấy tệp sao lưu {path}.",
        "Backup file {path} not found.",
    ),
    "backup.cannot_write": (
        "Không ghi được tệp sao lưu {path}: {reason}.",
        "Cannot write the backup file {path}: {reason}.",
    ),
    "backup.same_file": (
        "Tệp sao lưu không được trùng với tệp cơ sở dữ liệu đang dùng.",
        "The backup file must not be the database file in use.",
    ),
    "backup.not_sqlite": (
        "Tệp {path} không phải là bản sao lưu SQLite của phần mềm này.",
        "{path} is not a SQLite backup of this application.",
    ),
    "backup.integrity": (
        "Tệp sao lưu {path} bị hỏng (kiểm tra toàn vẹn: {reason}).",
        "The backup file {path} is damaged (integrity check: {reason}).",
    ),
    "backup.no_revision": (
        "Tệp {path} không có phiên bản cấu trúc dữ liệu của phần mềm này.",
        "{path} holds no schema revision of this application.",
    ),
    "backup.unknown_revision": (
        "Tệp {path} có phiên bản cấu trúc {revision}, phần mềm này không biết "
        "(có thể do phiên bản phần mềm mới hơn tạo ra).",
        "{path} has schema revision {revision}, unknown to this application "
        "(perhaps written by a newer version).",
    ),
    "backup.revision_mismatch": (
        "Bản sao lưu có phiên bản cấu trúc {found}, cơ sở dữ liệu có {expected}.",
        "The backup has schema revision {found}, the database {expected}.",
    ),
    "backup.count_mismatch": (
        "Số dòng của bảng {table} trong bản sao lưu ({found}) khác với cơ sở dữ liệu "
        "({expected}); bản sao lưu không dùng được.",
        "Table {table} has {found} rows in the backup but {expected} in the database; "
        "the backup is not usable.",
    ),
    "backup.tool_missing": (
        "Không tìm thấy công cụ {tool} của PostgreSQL; hãy cài đặt gói PostgreSQL client.",
        "PostgreSQL's {tool} was not found; install the PostgreSQL client tools.",
    ),
    "backup.tool_failed": (
        "{tool} báo lỗi: {reason}",
        "{tool} failed: {reason}",
    ),
    "backup.not_pg_dump": (
        "Tệp {path} không phải là bản sao lưu PostgreSQL (pg_dump, định dạng custom).",
        "{path} is not a PostgreSQL backup (pg_dump custom format).",
    ),
    "backup.wrong_kind": (
        "Tệp {path} là bản sao lưu {found}, còn cơ sở dữ liệu là {expected}.",
        "{path} is a {found} backup but the database is {expected}.",
    ),
    "backup.memory": (
        "Không sao lưu được cơ sở dữ liệu trong bộ nhớ.",
        "An in-memory database cannot be backed up.",
    ),
    # restore: a candidate checked completely before it replaces anything
    "restore.refused": (
        "Không khôi phục từ {path}: {found}. Cơ sở dữ liệu đang dùng không bị thay đổi.",
        "Not restored from {path}: {found}. The database in use was not changed.",
    ),
    "restore.unusable": (
        "Không khôi phục từ {path}: tệp không dùng được ({reason}). "
        "Cơ sở dữ liệu đang dùng không bị thay đổi.",
        "Not restored from {path}: the file is not usable ({reason}). "
        "The database in use was not changed.",
    ),
    "restore.no_scratch": (
        "Không tạo được cơ sở dữ liệu tạm để kiểm tra bản sao lưu ({reason}); "
        "hãy khôi phục bằng tài khoản chủ sở hữu có quyền CREATEDB.",
        "Cannot create a scratch database to check the backup ({reason}); "
        "restore as the owner role with the CREATEDB right.",
    ),
    "restore.schema_differs": (
        "cấu trúc dữ liệu khác với cấu trúc của phần mềm ở {count} đối tượng ({objects}); "
        "tệp có thể đã bị sửa",
        "its schema differs from the application's in {count} objects ({objects}); "
        "the file may have been tampered with",
    ),
    "restore.object": ("{change} {kind} {name}", "{change} {kind} {name}"),
    "restore.more": ("và {count} đối tượng khác", "and {count} more"),
    "restore.change.missing": ("thiếu", "missing"),
    "restore.change.extra": ("thừa", "extra"),
    "restore.change.changed": ("bị sửa", "changed"),
    "restore.kind.table": ("bảng", "table"),
    "restore.kind.index": ("chỉ mục", "index"),
    "restore.kind.trigger": ("trigger", "trigger"),
    "restore.kind.view": ("view", "view"),
    "restore.kind.constraint": ("ràng buộc", "constraint"),
    "restore.kind.event trigger": ("event trigger", "event trigger"),
    "restore.kind.rule": ("rule", "rule"),
    "restore.kind.policy": ("policy", "policy"),
    "restore.kind.function": ("hàm", "function"),
    "restore.kind.sequence": ("sequence", "sequence"),
    "restore.kind.extension": ("extension", "extension"),
    "restore.kind.schema": ("schema", "schema"),
    "restore.foreign_keys": (
        "{count} dòng tham chiếu tới dòng không tồn tại ({tables})",
        "{count} rows refer to rows that do not exist ({tables})",
    ),
    "users.second_admin_required": (
        "Giao cho {user} cùng lúc các vai trò không nên kiêm nhiệm ({pairs_vi}) cần một quản trị "
        "viên thứ hai xác nhận bằng mật khẩu của mình.",
        "Giving {user} roles that should not go together ({pairs_en}) needs a second "
        "administrator to confirm with their own password.",
    ),
    "users.reset_needs_second_admin": (
        "Đặt lại mật khẩu của {user} cần một quản trị viên thứ hai xác nhận bằng mật khẩu của "
        "mình: một người không thể tự đặt mật khẩu rồi làm việc dưới tên người khác.",
        "Resetting {user}'s password needs a second administrator to confirm with their own "
        "password: one person cannot set a password and then work in someone else's name.",
    ),
    "witness.one_time_password": (
        "{name} đang dùng mật khẩu do quản trị viên đặt nên chưa thể xác nhận: hãy đăng nhập và "
        "đặt mật khẩu của riêng mình trước.",
        "{name} still has a password an administrator set and cannot confirm yet: log in and set "
        "your own password first.",
    ),
    "users.second_admin_same": (
        "{name} không thể là quản trị viên thứ hai: cần một người khác người thực hiện và người "
        "có tài khoản được thay đổi.",
        "{name} cannot be the second administrator: it must be someone other than the one "
        "acting and the account's owner.",
    ),
    "users.second_admin_not_admin": (
        "{name} không phải quản trị viên nên không thể xác nhận việc này.",
        "{name} is not an administrator and cannot confirm this.",
    ),
    "restore.admin_broken": (
        "nhật ký quản trị bị phá vỡ tại sự kiện thứ {seq} ({reason})",
        "the administration log is broken at event {seq} ({reason})",
    ),
    "restore.broken_chains": (
        "{count} chuỗi giám sát bị phá vỡ ({codes})",
        "{count} broken custody chains ({codes})",
    ),
    "restore.state_mismatches": (
        "{count} vật chứng có trạng thái hoặc vị trí khác với chuỗi giám sát ({codes})",
        "{count} items whose status or place differs from their custody chain ({codes})",
    ),
    "restore.documents_changed": (
        "{count} văn bản không còn khớp với mã xác thực đã in ({codes})",
        "{count} documents no longer match their printed verification codes ({codes})",
    ),
    "restore.attachments_changed": (
        "{count} tệp đính kèm có nội dung khác với mã băm đã ghi ({codes})",
        "{count} attachments whose bytes differ from their recorded hash ({codes})",
    ),
    "cli.backup_done": (
        "Đã sao lưu vào {path} ({size}); đã kiểm tra: phiên bản {revision}, "
        "{tables} bảng, {rows} dòng.",
        "Backed up to {path} ({size}); checked: revision {revision}, {tables} tables, {rows} rows.",
    ),
    "cli.restore_done": (
        "Đã khôi phục từ {path}: phiên bản {revision}, {tables} bảng, {rows} dòng.{safety}",
        "Restored from {path}: revision {revision}, {tables} tables, {rows} rows.{safety}",
    ),
    "cli.user_unlocked": (
        "Đã mở khóa tài khoản {name}; lần mở khóa được ghi vào nhật ký quản trị.",
        "Account {name} unlocked; the unlock is recorded in the administration log.",
    ),
    "cli.restore_safety": (
        " Bản sao an toàn của dữ liệu cũ: {path}.",
        " Safety copy of the previous data: {path}.",
    ),
    "backup.reminder": (
        "Lần sao lưu gần nhất cách đây {days} ngày (nhắc sau {limit} ngày); hãy sao lưu.",
        "The last backup was {days} days ago (reminder after {limit} days); please back up.",
    ),
    "backup.never": (
        "Cơ sở dữ liệu chưa được sao lưu lần nào; hãy sao lưu.",
        "The database has never been backed up; please back up.",
    ),
    # ledger import
    "import.no_file": ("Không tìm thấy tệp {path}.", "File {path} not found."),
    "import.unreadable": (
        "Không đọc được tệp {path}: {reason}.",
        "Cannot read {path}: {reason}.",
    ),
    "import.format": (
        "Chỉ nhận tệp .xlsx hoặc .csv (tệp {path}).",
        "Only .xlsx or .csv files are accepted ({path}).",
    ),
    "import.too_big": (
        "Tệp có {rows} dòng, vượt quá giới hạn {limit} dòng mỗi lần nhập.",
        "The file has {rows} rows, over the limit of {limit} rows per import.",
    ),
    "import.file_too_big": (
        "Tệp {path} nặng {size} MB, vượt giới hạn {limit} MB mỗi lần nhập; hãy chia thành "
        "nhiều tệp.",
        "The file {path} is {size} MB, over the limit of {limit} MB per import; split it into "
        "several files.",
    ),
    "import.denied": (
        "Không có quyền đọc tệp {path}; hãy chép tệp vào thư mục của mình hoặc nhờ quản trị "
        "máy cấp quyền.",
        "Permission denied reading {path}; copy the file into your own folder or ask the "
        "computer's administrator for access.",
    ),
    "import.not_xlsx": (
        "Tệp {path} không phải bảng tính .xlsx (có thể là tệp .xls cũ, tệp có mật khẩu hoặc "
        "tệp hỏng); hãy mở bằng Excel và lưu lại dạng .xlsx.",
        "{path} is not an .xlsx workbook (perhaps an old .xls, a password-protected or a "
        "damaged file); open it in Excel and save it as .xlsx.",
    ),
    "import.corrupt": (
        "Tệp {path} bị hỏng, không đọc được ({reason}); hãy mở bằng Excel và lưu lại dạng .xlsx.",
        "{path} is damaged and cannot be read ({reason}); open it in Excel and save it as .xlsx.",
    ),
    "import.unpacks_too_big": (
        "Tệp {path} khi giải nén chiếm {size} MB, vượt giới hạn {limit} MB; tệp này không phải "
        "một sổ theo dõi bình thường.",
        "{path} unpacks to {size} MB, over the limit of {limit} MB; it is not an ordinary ledger.",
    ),
    "import.sheet_too_large": (
        "Bảng tính trong tệp {path} khai báo {rows} dòng × {columns} cột, vượt giới hạn "
        "{row_limit} dòng và {column_limit} cột mỗi lần nhập; hãy xóa các dòng, cột trống thừa "
        "hoặc chia thành nhiều tệp.",
        "The sheet in {path} declares {rows} rows × {columns} columns, over the limit of "
        "{row_limit} rows and {column_limit} columns per import; delete the extra empty rows "
        "and columns or split it into several files.",
    ),
    "import.sheet_too_many_rows": (
        "Bảng tính trong tệp {path} có hơn {row_limit} dòng (kể cả dòng trống), vượt giới hạn "
        "mỗi lần nhập; hãy xóa các dòng trống thừa hoặc chia thành nhiều tệp.",
        "The sheet in {path} has more than {row_limit} rows (empty ones included), over the "
        "limit per import; delete the extra empty rows or split it into several files.",
    ),
    "import.empty": ("Tệp không có dòng dữ liệu nào.", "The file has no data rows."),
    "import.missing_columns": (
        "Thiếu cột bắt buộc: {columns}.",
        "Required columns missing: {columns}.",
    ),
    "import.row": ("Dòng {row}: {message}", "Row {row}: {message}"),
    "import.unknown_case": (
        "không có vụ việc nào có số quyết định thi hành án «{ref}»",
        "no case has the enforcement decision number “{ref}”",
    ),
    "import.unknown_location": (
        "không có vị trí nào có mã «{ref}»",
        "no location has the code “{ref}”",
    ),
    "import.duplicate_code": (
        "mã vật chứng {code} đã có trong cơ sở dữ liệu hoặc ở dòng khác",
        "item code {code} already exists or appears on another row",
    ),
    "import.bad_code": (
        "mã vật chứng «{code}» không hợp lệ",
        "item code “{code}” is not valid",
    ),
    "import.bad_date": (
        "ngày nhập kho «{value}» không hợp lệ (cần dd/mm/yyyy)",
        "the date received “{value}” is not valid (expected dd/mm/yyyy)",
    ),
    "import.refused": (
        "Không nhập gì: {count} dòng có lỗi. {first}",
        "Nothing imported: {count} rows have errors. {first}",
    ),
    "import.nothing_valid": (
        "Không có dòng hợp lệ nào để nhập.",
        "There is no valid row to import.",
    ),
    "import.note": (
        "Nhập từ sổ theo dõi giấy: tệp {file}, dòng {row}",
        "Imported from the paper ledger: file {file}, row {row}",
    ),
    "cli.import_done": (
        "Đã nhập {count} vật chứng từ {path}; bỏ qua {skipped} dòng có lỗi.",
        "Imported {count} items from {path}; skipped {skipped} rows with errors.",
    ),
    # sequences
    "sequence.exhausted": (
        "Đã dùng hết số của dãy {name} năm {year} (tối đa {limit}).",
        "The numbers of {name} for {year} are used up (at most {limit}).",
    ),
    "sequence.too_low": (
        "Số tiếp theo của {name} năm {year} không được nhỏ hơn {minimum} (đã dùng đến số {used}).",
        "The next number of {name} for {year} must be at least {minimum} "
        "(numbers up to {used} are used).",
    ),
    "validation.same_password": (
        "Mật khẩu mới phải khác mật khẩu cũ.",
        "The new password must differ from the old one.",
    ),
    # location rows generated at set-up (Kệ A1–A20, 5 tầng)
    "location.range_order": (
        "Số đầu của dãy ({first}) phải nhỏ hơn hoặc bằng số cuối ({last}).",
        "The first number of the row ({first}) must not be above the last ({last}).",
    ),
    "location.no_levels": (
        "Vị trí loại «{kind}» là cấp thấp nhất, không chia tầng được.",
        "A location of kind “{kind}” is the lowest level and has no levels below it.",
    ),
    "location.range_too_big": (
        "Dãy này tạo {count} vị trí; mỗi lần chỉ tạo được tối đa {limit}. Hãy chia nhỏ dãy.",
        "This row makes {count} locations; at most {limit} can be made at once. Split it.",
    ),
    "location.import_twice": (
        "vị trí «{path}» đã có (trong kho hoặc ở dòng trước)",
        "the location “{path}” is there already (in the warehouse or on an earlier row)",
    ),
    "location.import_no_parent": (
        "chưa có vị trí cha «{path}» (trong kho hoặc trong tệp)",
        "no parent location “{path}” (in the warehouse or in the file)",
    ),
    "field.range_first": ("số đầu của dãy", "the first number"),
    "field.range_last": ("số cuối của dãy", "the last number"),
    "field.range_levels": ("số tầng", "the number of levels"),
    "field.range_level_name": ("tên tầng", "the level name"),
}
