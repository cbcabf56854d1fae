"""Administration: users and their passwords, the agency's details, backup and restore, the paper
ledger import, document number sequences, holidays and the configurable legal values.

Modules: ``users``, ``passwords``, ``agency``, ``backup``, ``ledger_import``, ``sequences``,
``calendar`` (holidays, working days), ``rules`` (per-agency values of the legal rules).
"""

from evidence_app.services.admin.agency import AgencyService
from evidence_app.services.admin.backup import BackupService
from evidence_app.services.admin.calendar import CalendarService, HolidayView, holidays
from evidence_app.services.admin.ledger_import import (
    ImportResult,
    LedgerImportService,
    LedgerPreview,
)
from evidence_app.services.admin.location_import import LocationImport, LocationImportService
from evidence_app.services.admin.rules import (
    RuleService,
    RuleValue,
    agency_value,
    effective,
    effective_value,
)
from evidence_app.services.admin.sequences import SequenceService, SequenceUnit, SequenceView
from evidence_app.services.admin.setup import NEEDED_ROLES, SetupChecklist, SetupService
from evidence_app.services.admin.units import UnitService, UnitView
from evidence_app.services.admin.users import UserService

__all__ = [
    "NEEDED_ROLES",
    "AgencyService",
    "BackupService",
    "CalendarService",
    "HolidayView",
    "ImportResult",
    "LedgerImportService",
    "LedgerPreview",
    "LocationImport",
    "LocationImportService",
    "RuleService",
    "RuleValue",
    "SequenceService",
    "SequenceUnit",
    "SequenceView",
    "SetupChecklist",
    "SetupService",
    "UnitService",
    "UnitView",
    "UserService",
    "agency_value",
    "effective",
    "effective_value",
    "holidays",
]
