"""The cases area (Vụ việc): search, the case's details, parties and items."""

from ui.cases.view import CaseView

__all__ = [
    "CaseView",
]
