"""The service contract with a paid keeper: when items are left with a body or person that
keeps them as a service (Law 106/2025 Art 40.1.c), the officer signs a service contract with
it, stating the cost (Decree 152/2026 Art 24.3); the keeping minutes name it, and without it
no such handover is recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.models import Warehouse
from evidence_app.domain.enums import CustodianKind
from evidence_app.domain.errors import ValidationError
from evidence_app.services.core import validate as v


@dataclass(frozen=True, slots=True)
class ServiceContract:
    """Số hợp đồng, ngày ký, chi phí bảo quản (đồng)."""

    number: str
    signed_on: date | None
    fee: int | None


def check_contract(
    w: Warehouse, contract: ServiceContract | None, handed_on: date
) -> ServiceContract | None:
    """The contract cleaned, required for a paid keeper and refused for any other."""
    keeper = w.custodian_name or w.name
    paid = w.custodian_kind is CustodianKind.THIRD_PARTY
    empty = contract is None or (
        not (contract.number or "").strip() and contract.signed_on is None and contract.fee is None
    )
    if empty:
        if paid:
            raise ValidationError("keeping.contract_required", keeper=keeper)
        return None
    assert contract is not None
    if not paid:
        raise ValidationError("keeping.contract_not_paid", keeper=keeper)
    number = v.text_field(
        contract.number, "field.keeping_contract_number", limit=100, required=True
    )
    if contract.signed_on is None:
        raise ValidationError("validation.required", field="field.keeping_contract_date")
    if contract.signed_on > handed_on:
        raise ValidationError(
            "keeping.contract_later",
            day=f"{contract.signed_on:%d/%m/%Y}",
            handed=f"{handed_on:%d/%m/%Y}",
        )
    fee = v.money(contract.fee, "field.keeping_contract_fee")
    if fee is None:
        raise ValidationError("validation.required", field="field.keeping_contract_fee")
    return ServiceContract(number, contract.signed_on, fee)
