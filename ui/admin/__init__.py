"""The administration area (Quản trị): users, agency, document numbers, backup, holidays and legal
values, language; the paper ledger import dialog.
"""

from ui.admin.ledger_import_dialog import LedgerImportDialog
from ui.admin.view import AdminView

__all__ = [
    "AdminView",
    "LedgerImportDialog",
]
