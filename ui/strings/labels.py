"""Texts of label printing: sizes, PDF preview or ZPL file, the printer's resolution."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "labels.title": ("In nhãn mã vạch", "Print barcode labels"),
    "labels.count": (
        "{count} nhãn. Mỗi lần in được ghi vào lịch sử giám sát của vật chứng.",
        "{count} label(s). Every print is recorded in the item's custody history.",
    ),
    "labels.count_locations": ("{count} nhãn vị trí.", "{count} location label(s)."),
    "labels.size": ("Khổ giấy", "Paper size"),
    "labels.size.50x30": ("Nhãn 50 × 30 mm (máy in mã vạch)", "50 × 30 mm label (label printer)"),
    "labels.size.100x50": (
        "Nhãn 100 × 50 mm (máy in mã vạch)",
        "100 × 50 mm label (label printer)",
    ),
    "labels.size.a4": (
        "Giấy A4, tờ 24 nhãn 70 × 37 mm (3 × 8)",
        "A4 sheet of 24 labels, 70 × 37 mm (3 × 8)",
    ),
    "labels.output": ("In ra", "Output"),
    "labels.output.pdf": (
        "Xem trước khi in (mọi máy in, hoặc lưu thành PDF)",
        "Print preview (any printer, or save as PDF)",
    ),
    "labels.output.zpl": (
        "Tệp ZPL cho máy in mã vạch Zebra",
        "ZPL file for a Zebra label printer",
    ),
    "labels.dpi": ("Độ phân giải máy in", "Printer resolution"),
    "labels.dpi.value": ("{dpi} dpi", "{dpi} dpi"),
    "labels.zpl_no_sheet": (
        "Máy in mã vạch không in tờ A4; hãy chọn khổ 50 × 30 hoặc 100 × 50 mm.",
        "Label printers do not print A4 sheets; choose 50 × 30 or 100 × 50 mm.",
    ),
    "labels.print": ("In nhãn…", "Print labels…"),
    "labels.save_zpl": ("Lưu tệp ZPL", "Save ZPL file"),
    "labels.zpl_filter": ("Tệp ZPL (*.zpl)", "ZPL files (*.zpl)"),
    "labels.preview_title": ("Xem trước khi in — {count} nhãn", "Print preview — {count} labels"),
    "labels.save_failed": (
        "Không ghi được tệp {path}: {reason}",
        "Could not write {path}: {reason}",
    ),
}
