"""The move area (Chuyển vị trí): a location and items scanned, moved in one go."""

from ui.moves.transfers import UnitTransferScreen
from ui.moves.view import MoveLinesModel, MoveView

__all__ = [
    "MoveLinesModel",
    "MoveView",
    "UnitTransferScreen",
]
