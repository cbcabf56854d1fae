"""Messages about files the user asked for (labels, reports) and about the benchmark."""

from __future__ import annotations

FILE_MESSAGES: dict[str, tuple[str, str]] = {
    "file.cannot_write": (
        "Không ghi được tệp {path}: {reason}. Tệp đã có ở đường dẫn này (nếu có) được giữ nguyên.",
        "Cannot write the file {path}: {reason}. Any file already at that path is left as it was.",
    ),
    "labels.cannot_write": (
        "Không ghi được tệp nhãn {path}: {reason}. Chưa ghi nhận in nhãn nào; tệp đã có ở "
        "đường dẫn này (nếu có) được giữ nguyên.",
        "Cannot write the label file {path}: {reason}. No label was recorded as printed; any "
        "file already at that path is left as it was.",
    ),
    "file.reason.no_space": ("ổ đĩa đã đầy", "the disk is full"),
    "file.reason.denied": ("không có quyền ghi vào đó", "permission denied"),
    "file.reason.read_only": ("ổ đĩa chỉ cho phép đọc", "the disk is read-only"),
    "file.reason.no_folder": ("thư mục không tồn tại", "the folder does not exist"),
    "file.reason.not_folder": (
        "một phần của đường dẫn là tệp, không phải thư mục",
        "part of the path is a file, not a folder",
    ),
    "file.reason.is_folder": ("đó là một thư mục", "it is a folder"),
    "file.reason.bad_name": ("tên tệp không hợp lệ", "the file name is not valid"),
    "bench.not_demo": (
        "Không chạy đo hiệu năng trên {url}: đây không phải cơ sở dữ liệu mẫu do lệnh demo tạo. "
        "Phép đo ghi thêm một phiên giao nhận 200 vật chứng, một vụ việc và các văn bản lấy số "
        "thật (trên PostgreSQL còn hàng nghìn lần chuyển vị trí). Hãy tạo cơ sở dữ liệu mẫu "
        "(main.py demo --db …) rồi đo trên đó.",
        "Not benchmarking {url}: it is not a demo database made by the demo command. The "
        "benchmark adds a 200-item handover, a case and documents taking real numbers (and "
        "thousands of moves on PostgreSQL). Build a demo database (main.py demo --db …) and "
        "benchmark that.",
    ),
}
