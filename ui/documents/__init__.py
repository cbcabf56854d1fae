"""Official documents on screen: the list of a case's or an item's papers (open, save, print,
check), the paper check dialog, the label print dialog.
"""

from ui.documents.check_dialog import DocumentCheckDialog
from ui.documents.label_print_dialog import LabelPrintDialog
from ui.documents.listing import DocumentList

__all__ = [
    "DocumentCheckDialog",
    "DocumentList",
    "LabelPrintDialog",
]
