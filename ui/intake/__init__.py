"""The handover area (Giao nhận, nhập kho): header, lines, entry form, places, summary."""

from ui.intake.view import IntakeView

__all__ = [
    "IntakeView",
]
