"""Messages about official documents and their verification, in Vietnamese and English."""

from __future__ import annotations

DOCUMENT_MESSAGES: dict[str, tuple[str, str]] = {
    "code.document": (
        "cần mã QR của văn bản dạng THADS-DOC|số|năm|loại|mã xác thực|đầu chuỗi",
        "expected a document QR as THADS-DOC|number|year|kind|code|heads",
    ),
    "noun.document": ("Văn bản", "Document"),
    "error.unknown_document_code": (
        "Không tìm thấy văn bản {code} trong cơ sở dữ liệu.",
        "No document {code} is recorded in the database.",
    ),
    "doccheck.ok": (
        "Văn bản {number} khớp với cơ sở dữ liệu.",
        "Document {number} matches the database.",
    ),
    "doccheck.content_changed": (
        "nội dung đã ghi của văn bản bị sửa (không còn khớp mã xác thực)",
        "the document's recorded content was changed (it no longer matches its code)",
    ),
    "doccheck.pdf_changed": (
        "tệp PDF lưu trữ bị thay đổi hoặc bị mất",
        "the stored PDF was changed or is missing",
    ),
    "doccheck.paper_code": (
        "mã xác thực trên giấy khác với mã trong cơ sở dữ liệu",
        "the verification code on the paper differs from the database",
    ),
    "doccheck.paper_heads": (
        "đầu chuỗi giám sát in trên giấy khác với cơ sở dữ liệu",
        "the chain heads printed on the paper differ from the database",
    ),
    "doccheck.heads_unreadable": (
        "danh sách đầu chuỗi giám sát của văn bản bị hỏng",
        "the document's list of chain heads is damaged",
    ),
    "doccheck.item_missing": (
        "vật chứng {code} không còn trong cơ sở dữ liệu",
        "item {code} is no longer in the database",
    ),
    "doccheck.head_missing": (
        "sự kiện giám sát của vật chứng {code} mà văn bản được in theo không còn trong chuỗi",
        "the custody event of item {code} the document was printed against is gone",
    ),
    "doccheck.chain_broken": (
        "chuỗi giám sát của vật chứng {code} bị sai lệch: {reason}",
        "the custody chain of item {code} is broken: {reason}",
    ),
    "verify.documents_ok": (
        "Đã đối chiếu {count} văn bản: tất cả khớp với cơ sở dữ liệu.",
        "Checked {count} documents: all match the database.",
    ),
    "verify.document_broken": (
        "PHÁT HIỆN SAI LỆCH tại văn bản {number} (id {id}): {reason}.",
        "TAMPERING FOUND at document {number} (id {id}): {reason}.",
    ),
    "cli.documents_exported": (
        "Đã xuất {count} văn bản vào {folder}.",
        "Exported {count} documents to {folder}.",
    ),
    "error.export_folder": (
        "Không ghi được vào thư mục {folder}: {reason}",
        "Cannot write to the folder {folder}: {reason}",
    ),
    "validation.document_kind": (
        "Loại văn bản «{value}» không hợp lệ; các loại: {allowed}.",
        "“{value}” is not a document kind; kinds: {allowed}.",
    ),
}
