"""Messages about signed checkpoints of the chain heads (issue 16)."""

from __future__ import annotations

CHECKPOINT_MESSAGES: dict[str, tuple[str, str]] = {
    "noun.checkpoint": ("Điểm chốt chuỗi", "Chain checkpoint"),
    "checkpoint.key_created": (
        "Đã tạo khóa ký mới tại {path} (chỉ chủ tài khoản đọc được). Hãy cất giữ tệp này "
        "ngoài máy chủ cơ sở dữ liệu.",
        "Created a new signing key at {path} (readable by its owner only). Keep this file "
        "away from the database server.",
    ),
    "checkpoint.key_exists": (
        "Đã có tệp khóa tại {path}; không ghi đè khóa ký.",
        "A key file already exists at {path}; a signing key is never overwritten.",
    ),
    "checkpoint.key_unreadable": (
        "Không đọc được tệp khóa ký {path}: {reason}.",
        "Cannot read the signing key {path}: {reason}.",
    ),
    "checkpoint.key_invalid": (
        "Tệp {path} không phải khóa ký Ed25519 hợp lệ.",
        "{path} is not a valid Ed25519 signing key.",
    ),
    "checkpoint.file_invalid": (
        "Tệp {path} không phải tệp điểm chốt chuỗi hợp lệ.",
        "{path} is not a valid chain checkpoint file.",
    ),
    "checkpoint.taken": (
        "Đã chốt chuỗi số {id} lúc {taken_at}: {items} vật chứng, gốc Merkle {root}. "
        "Dấu vân tay khóa: {fingerprint}. Tệp: {path} ({seconds} giây).",
        "Checkpoint {id} taken at {taken_at}: {items} items, Merkle root {root}. "
        "Key fingerprint: {fingerprint}. File: {path} ({seconds} s).",
    ),
    "checkpoint.ok": (
        "Điểm chốt số {id} ({taken_at}, khóa {fingerprint}): chữ ký hợp lệ; cả {items} chuỗi "
        "vật chứng và nhật ký quản trị đều nối tiếp điểm chốt ({seconds} giây).",
        "Checkpoint {id} ({taken_at}, key {fingerprint}): signature valid; all {items} item "
        "chains and the administration log extend the checkpoint ({seconds} s).",
    ),
    "checkpoint.rewritten": (
        "PHÁT HIỆN SAI LỆCH: {count} chuỗi vật chứng đã bị viết lại sau điểm chốt số {id} "
        "({taken_at}): {codes}.",
        "TAMPERING FOUND: {count} item chains were rewritten after checkpoint {id} "
        "({taken_at}): {codes}.",
    ),
    "checkpoint.admin_rewritten": (
        "PHÁT HIỆN SAI LỆCH: nhật ký quản trị đã bị viết lại sau điểm chốt số {id} ({taken_at}).",
        "TAMPERING FOUND: the administration log was rewritten after checkpoint {id} ({taken_at}).",
    ),
    "checkpoint.bad_signature": (
        "Chữ ký của tệp điểm chốt không hợp lệ: tệp đã bị sửa hoặc không do khóa này ký.",
        "The checkpoint file's signature is not valid: the file was edited or not signed by "
        "its key.",
    ),
    "checkpoint.other_key": (
        "Tệp điểm chốt được ký bằng khóa khác (vân tay {fingerprint}), không phải khóa của "
        "cơ quan.",
        "The checkpoint file was signed by another key (fingerprint {fingerprint}), not the "
        "agency's.",
    ),
    "checkpoint.row_missing": (
        "PHÁT HIỆN SAI LỆCH: điểm chốt số {id} không còn trong cơ sở dữ liệu hoặc đã bị sửa.",
        "TAMPERING FOUND: checkpoint {id} is no longer in the database, or was altered.",
    ),
    "checkpoint.leaves_altered": (
        "PHÁT HIỆN SAI LỆCH: dữ liệu đầu chuỗi lưu cho điểm chốt số {id} không khớp gốc đã ký.",
        "TAMPERING FOUND: the chain heads stored for checkpoint {id} do not match the signed root.",
    ),
    "checkpoint.taken_stored": (
        "Đã chốt chuỗi số {id} lúc {taken_at}: {items} vật chứng, gốc Merkle {root}. "
        "Dấu vân tay khóa: {fingerprint} ({seconds} giây).",
        "Checkpoint {id} taken at {taken_at}: {items} items, Merkle root {root}. "
        "Key fingerprint: {fingerprint} ({seconds} s).",
    ),
    "checkpoint.daily_exists": (
        "Ngày {day} đã có điểm chốt hằng ngày; không chốt thêm.",
        "{day} already has its daily checkpoint; none taken.",
    ),
    "checkpoint.out_required": (
        "Cần chỉ ra tệp điểm chốt (--out), trừ khi chốt hằng ngày (--daily).",
        "Give the checkpoint file (--out), unless taking the daily checkpoint (--daily).",
    ),
    "checkpoint.daily_done": (
        "Đã chốt chuỗi hằng ngày số {id} lúc {taken_at} ({items} vật chứng).",
        "Daily checkpoint {id} taken at {taken_at} ({items} items).",
    ),
    "checkpoint.daily_failed": (
        "Không chốt được chuỗi hằng ngày: {reason}",
        "The daily checkpoint could not be taken: {reason}",
    ),
    "checkpoint.none_yet": (
        "Chưa có điểm chốt chuỗi nào để lưu. Điểm chốt được lập hằng ngày và mỗi lần kết thúc "
        "kiểm kê.",
        "There is no checkpoint to save yet. One is taken daily and whenever a stocktake is "
        "completed.",
    ),
    "checkpoint.saved": (
        "Đã lưu điểm chốt số {id} ({taken_at}, gốc {root}) vào {path}.",
        "Checkpoint {id} ({taken_at}, root {root}) saved to {path}.",
    ),
}
