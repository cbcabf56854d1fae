"""Official documents: issue (numbered, frozen content, stored PDF), list, export, check a printed
paper against the database; barcoded labels and their printing record.

Modules: ``service`` (``DocumentService``, ``issue_document``), ``check``, ``labels``,
``signers`` (who signs a paper, from the users' roles: ``role_holder``, ``items_keeper``).
"""

from evidence_app.services.documents.labels import LabelService, item_label_data
from evidence_app.services.documents.service import (
    DocumentCheck,
    DocumentService,
    DocumentView,
    document_view,
    issue_document,
)
from evidence_app.services.documents.signers import items_keeper, role_holder
from evidence_app.services.documents.unit_papers import sequence_name

__all__ = [
    "DocumentCheck",
    "DocumentService",
    "DocumentView",
    "LabelService",
    "document_view",
    "issue_document",
    "item_label_data",
    "items_keeper",
    "role_holder",
    "sequence_name",
]
