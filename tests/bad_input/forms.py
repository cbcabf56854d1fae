"""Hostile text for every form, and the forms themselves as one list to extend.

``FORMS`` holds each user action that takes typed text: a ``prepare`` that sets up what the
form acts on (not part of the check) and a ``submit`` that sends the form with texts drawn by
``t()``. A workflow added later (auctions, destruction, stocktakes…) adds its forms here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from evidence_app.domain.enums import (
    Category,
    CustodianKind,
    ItemKind,
    LocationKind,
    PartyRole,
    ReleasePurpose,
    ReleaseRequestPurpose,
    Role,
)
from evidence_app.services.cases import CaseDraft
from evidence_app.services.checkouts import CheckoutDraft, local_today
from evidence_app.services.intake_checks import IntakeDraft, IntakeLineDraft
from evidence_app.services.items import ItemDraft
from evidence_app.services.release_requests import Recipient
from tests.world import PASSWORD, World

VIETNAMESE = [
    "Xe", "máy", "Điện", "thoại", "Nhẫn", "vàng", "Đồng", "hồ", "Nguyễn", "Thị", "Hương",
    "Trần", "Quốc", "Tuấn", "ỹ", "Ữ", "Công", "an", "quận", "Hoàn", "Kiếm", "Biên", "bản",
    "tạm", "giữ", "số", "12/BB-TG",
]  # fmt: skip
SQL_LIKE = [
    "'; DROP TABLE item; --",
    "Robert'); DELETE FROM custody_event; --",
    "1 OR 1=1",
    '" OR ""="',
    "%_\\",
    "NEAR(xe may)",
    "$$ LANGUAGE plpgsql $$",
    "\\x00",
    "VC-2026-000001' OR '1'='1",
    "admin'--",
]
CONTROLS = ["\x00", "\x07", "\x1b[31m", "\x7f", "\u202e", "\u200b", "\ufeff", "\r", "\x85"]
_NFD = st.builds(lambda s: unicodedata.normalize("NFD", s), st.sampled_from(VIETNAMESE))
_MIXED = st.builds(
    lambda a, b: unicodedata.normalize("NFD", a) + " " + unicodedata.normalize("NFC", b),
    st.sampled_from(VIETNAMESE),
    st.sampled_from(VIETNAMESE),
)
#: Anything a form may receive: plain and Vietnamese text (NFC, NFD, both), SQL, control
#: characters, and strings far over every limit.
hostile: st.SearchStrategy[str] = st.one_of(
    st.text(max_size=30),
    _NFD,
    _MIXED,
    st.sampled_from(SQL_LIKE),
    st.builds(
        lambda a, c, b: a + c + b,
        st.text(max_size=8),
        st.sampled_from(CONTROLS),
        st.text(max_size=8),
    ),
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=4), st.integers(50, 5000)),
    st.sampled_from(["", " ", "\n", "0", "-1", "9" * 40, "1e308", "NaN", "١٢", "12/13/2026"]),
)

Draw = Callable[[], Any]


@dataclass(frozen=True)
class Form:
    prepare: Callable[[World], Any]
    submit: Callable[[World, Any, Draw], object]


def _nothing(_world: World) -> None:
    return None


def _stored_item(world: World) -> Any:
    return world.receive(f"Vật chứng {id(world)}")


def _open_request(world: World) -> Any:
    item = world.receive("Xe đạp")
    return world.services.release_requests.request(
        world.officer, world.case.id, [item.id], ReleaseRequestPurpose.RETURN_TO_OWNER,
        Recipient("Phạm Thị Dung"),
    )  # fmt: skip


def _checked_out(world: World) -> Any:
    item = world.receive("Máy ảnh")
    draft = CheckoutDraft(
        "Trần Văn Bình", "Tòa án", ReleasePurpose.TRIAL, "CV 1", local_today() + timedelta(7)
    )
    world.services.checkouts.release(world.keeper, [item.id], draft)
    return item


def _intake(world: World, _ctx: Any, t: Draw) -> object:
    line = IntakeLineDraft(
        item=ItemDraft(ItemKind.EVIDENCE, Category.OTHER, t(), identifiers=t(), unit=t() or "cái"),
        recorded_quantity=t(),
        recorded_condition=t(),
        discrepancy=t(),
        location_id=world.shelf_a.id,
    )
    draft = IntakeDraft(
        delivering_body=t(),
        representative=t(),
        representative_position=t(),
        case_id=world.case.id,
        seizure_record_number=t(),
        seizure_record_date=date(2026, 3, 2),
        note=t(),
        lines=(line,),
    )
    return world.services.intake.commit(world.keeper, draft)


def _checkout(world: World, item: Any, t: Draw) -> object:
    draft = CheckoutDraft(
        requester_name=t(),
        requesting_body=t(),
        purpose=ReleasePurpose.OTHER,
        request_reference=t(),
        due_on=local_today() + timedelta(days=3),
        purpose_note=t(),
        note=t(),
    )
    return world.services.checkouts.release(world.keeper, [item.id], draft)


FORMS: dict[str, Form] = {
    "users.create": Form(
        _nothing,
        lambda w, _, t: w.services.users.create(w.admin, t(), t(), t(), [Role.KEEPER], t()),
    ),
    "users.reset_password": Form(
        _nothing,
        lambda w, _, t: w.services.users.reset_password(w.admin, w.keeper.user_id or 0, t()),
    ),
    "users.change_own_password": Form(
        _nothing, lambda w, _, t: w.services.users.change_own_password(w.keeper, t(), t())
    ),
    "users.authenticate": Form(_nothing, lambda w, _, t: w.services.users.authenticate(t(), t())),
    "agency.save": Form(
        _nothing, lambda w, _, t: w.services.agency.save(w.admin, t(), t(), t(), t(), t())
    ),
    "warehouses.create": Form(
        _nothing,
        lambda w, _, t: w.services.warehouses.create(
            w.admin, t(), t(), CustodianKind.AGENCY, t(), t()
        ),
    ),
    "warehouses.add_location": Form(
        _nothing,
        lambda w, _, t: w.services.warehouses.add_location(
            w.admin, w.warehouse.id, t(), LocationKind.SHELF, w.zone.id
        ),
    ),
    "cases.create": Form(
        _nothing,
        lambda w, _, t: w.services.cases.create(
            w.officer, CaseDraft(t(), t(), None, t(), t(), amount_to_enforce=0)
        ),
    ),
    "cases.add_party": Form(
        _nothing,
        lambda w, _, t: w.services.cases.add_party(
            w.officer, w.case.id, PartyRole.OWNER, t(), t(), t()
        ),
    ),
    "items.receive": Form(
        _nothing,
        lambda w, _, t: w.services.items.receive(
            w.keeper,
            ItemDraft(
                ItemKind.EVIDENCE,
                Category.OTHER,
                t(),
                case_id=w.case.id,
                description=t(),
                quantity=t(),
                unit=t(),
                weight_grams=t() or None,
                owner_name=t(),
            ),
        ),
    ),
    "items.edit": Form(
        _stored_item,
        lambda w, item, t: w.services.items.edit(
            w.officer, item.id, item.version, {"name": t(), "condition": t()}
        ),
    ),
    "items.move": Form(
        _stored_item,
        lambda w, item, t: w.services.items.move(w.keeper, item.id, w.shelf_b.id, None, t()),
    ),
    "intake.commit": Form(_nothing, _intake),
    "moves.move_batch": Form(
        _stored_item,
        lambda w, item, t: w.services.moves.move_batch(
            w.keeper, [(item.id, None)], w.shelf_b.id, t()
        ),
    ),
    "checkouts.release": Form(_stored_item, _checkout),
    "checkouts.return_items": Form(
        _checked_out,
        lambda w, item, t: w.services.checkouts.return_items(w.keeper, item.id, t(), False),
    ),
    "release_requests.request": Form(
        _stored_item,
        lambda w, item, t: w.services.release_requests.request(
            w.officer, w.case.id, [item.id], ReleaseRequestPurpose.OTHER, Recipient(t(), t()), t()
        ),
    ),
    "release_requests.reject": Form(
        _open_request,
        lambda w, r, t: w.services.release_requests.reject(w.head, r.id, t(), r.version),
    ),
    "backup.set_reminder_days": Form(
        _nothing, lambda w, _, t: w.services.backup.set_reminder_days(w.admin, t())
    ),
    "search": Form(_nothing, lambda w, _, t: w.services.search.search(w.officer, t())),
    "scan.route": Form(_nothing, lambda w, _, t: w.services.scan.route(w.keeper, t())),
    "items.by_code": Form(_nothing, lambda w, _, t: w.services.items.by_code(w.keeper, t())),
}

__all__ = ["FORMS", "PASSWORD", "Form", "hostile"]
