"""The destruction area (Tiêu hủy): councils, members, items, execution, vote, minutes."""

from ui.destruction.view import DestructionView

__all__ = [
    "DestructionView",
]
