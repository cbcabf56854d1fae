"""Messages of the national figures (issue 21: provinces replicated to the national
reporting cluster), in vi and en."""

from __future__ import annotations

NATIONAL_MESSAGES: dict[str, tuple[str, str]] = {
    "national.bad_code": (
        "Mã tỉnh «{code}» không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch "
        "dưới, bắt đầu bằng một chữ (ví dụ: ha_noi).",
        "The province code «{code}» is not valid: use lower-case letters without diacritics, "
        "digits and underscores, starting with a letter (e.g. ha_noi).",
    ),
    "national.bad_replica": (
        '«{value}» không đúng dạng TÊN=URL (ví dụ: "Hà Nội=postgresql://…/province_ha_noi").',
        '«{value}» is not NAME=URL (e.g. "Hà Nội=postgresql://…/province_ha_noi").',
    ),
    "national.not_postgres": (
        "Số liệu toàn quốc dùng sao chép logic của PostgreSQL: {url} không phải PostgreSQL.",
        "The national figures use PostgreSQL logical replication: {url} is not PostgreSQL.",
    ),
    "national.no_replicator": (
        "Chưa có vai trò {role} trên máy chủ tỉnh: quản trị viên tạo vai trò này trước "
        "(CREATE ROLE {role} LOGIN REPLICATION PASSWORD '…'; xem db/README.md).",
        "There is no role {role} on the province's server: a superuser creates it first "
        "(CREATE ROLE {role} LOGIN REPLICATION PASSWORD '…'; see db/README.md).",
    ),
    "national.published": (
        "Đã công bố {count} bảng cho máy chủ quốc gia (publication {name}; thêm mới: {added}); "
        "vai trò {role} chỉ được đọc các bảng này.",
        "Published {count} tables to the national server (publication {name}; added: "
        "{added}); the role {role} may only read them.",
    ),
    "national.subscribed": (
        "Bản sao của tỉnh {code}: {url} (subscription {name}); người xem báo cáo {role} chỉ "
        "được đọc.",
        "Replica of province {code}: {url} (subscription {name}); report users {role} may "
        "only read.",
    ),
    "national.not_copied": (
        "Bản sao của {name} chưa chép xong dữ liệu của tỉnh (hoặc chưa đăng ký nhận): chưa "
        "thể lập số liệu toàn quốc; thử lại sau ít phút (xem pg_stat_subscription).",
        "The replica of {name} has not finished copying the province's data (or subscribes "
        "to nothing): the national figures cannot be made yet; try again in a few minutes "
        "(see pg_stat_subscription).",
    ),
    "national.nothing_added": ("không có", "none"),
}
