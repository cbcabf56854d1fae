"""The catalogue: items (receive, edit, look up, details for the panel), the catalogue listing and
its search, scanning, cases and warehouses with their locations.

Modules: ``items``, ``details``, ``rows``, ``listing`` and ``query`` (the catalogue's ids and
rows), ``search``, ``scan`` and ``barcode_image``, ``cases`` and ``case_search``,
``warehouses`` and ``location_counts``.
"""

from evidence_app.services.catalogue.cases import CaseDraft, CaseService, cleaned_case
from evidence_app.services.catalogue.items import (
    ItemDraft,
    ItemService,
    cleaned,
    new_codes,
    new_item,
    record_receipt,
)
from evidence_app.services.catalogue.listing import (
    SEARCH_LIMIT,
    CatalogueFilter,
    CatalogueRow,
    CatalogueService,
    CatalogueSort,
)
from evidence_app.services.catalogue.locations import (
    MAX_RANGE,
    LocationRange,
    new_location,
    range_names,
)
from evidence_app.services.catalogue.scan import ScanService, clean_scan
from evidence_app.services.catalogue.search import SearchService
from evidence_app.services.catalogue.warehouses import WarehouseService

__all__ = [
    "MAX_RANGE",
    "SEARCH_LIMIT",
    "CaseDraft",
    "CaseService",
    "CatalogueFilter",
    "CatalogueRow",
    "CatalogueService",
    "CatalogueSort",
    "ItemDraft",
    "ItemService",
    "LocationRange",
    "ScanService",
    "SearchService",
    "WarehouseService",
    "clean_scan",
    "cleaned",
    "cleaned_case",
    "new_codes",
    "new_item",
    "new_location",
    "range_names",
    "record_receipt",
]
