"""Messages about transfers between units' warehouses (issue 21), in Vietnamese and English."""

from __future__ import annotations

TRANSFER_MESSAGES: dict[str, tuple[str, str]] = {
    "noun.transfer": ("Phiếu chuyển kho giữa đơn vị", "Transfer between units"),
    "transfer.same_unit": (
        "Kho nhận thuộc cùng đơn vị {unit}; hãy dùng chức năng chuyển vị trí.",
        "The receiving warehouse belongs to the same unit ({unit}); use a move instead.",
    ),
    "transfer.mixed_units": (
        "Vật chứng {code} không ở kho của đơn vị giao ({unit}).",
        "Item {code} is not in a warehouse of the sending unit ({unit}).",
    ),
    "transfer.not_stored": (
        "Vật chứng {code} đang ở trạng thái «{status}», không nằm trong kho; "
        "chỉ chuyển được vật chứng đang bảo quản trong kho.",
        "Item {code} is “{status}”, not in a warehouse; only stored items can be transferred.",
    ),
    "transfer.in_transit": (
        "Vật chứng {code} đang trên đường chuyển sang đơn vị khác (biên bản giao {number}).",
        "Item {code} is in transit to another unit (handover paper {number}).",
    ),
    "transfer.same_person": (
        "Người giao và người nhận phải là hai người khác nhau; {name} đã ký bên giao.",
        "The sender and the receiver must be two different people; {name} signed as sender.",
    ),
    "transfer.already_received": (
        "Biên bản giao {number} đã được nhận ngày {on}.",
        "Handover paper {number} was already received on {on}.",
    ),
}
