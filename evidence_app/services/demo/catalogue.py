"""Demo warehouses, location trees, cases and parties, as plain rows."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from evidence_app.domain.enums import CustodianKind, LocationKind, PartyRole
from evidence_app.services.demo import vocabulary as voc

WAREHOUSES = (
    (
        "K01",
        "Kho vật chứng Thi hành án dân sự thành phố Hà Nội",
        CustodianKind.AGENCY,
        "Thi hành án dân sự thành phố Hà Nội",
        "Số 2 phố Trần Hưng Đạo, Hà Nội",
    ),
    (
        "K02",
        "Kho vật chứng Phòng THADS khu vực 1 – Hà Nội",
        CustodianKind.AGENCY,
        "Phòng THADS khu vực 1 – Hà Nội",
        "Phường Cầu Giấy, Hà Nội",
    ),
    (
        "CA1",
        "Kho vật chứng Công an thành phố Hà Nội",
        CustodianKind.POLICE,
        "Công an thành phố Hà Nội",
        "Phường Hà Đông, Hà Nội",
    ),
    (
        "CA2",
        "Kho vật chứng Công an khu vực Sóc Sơn",
        CustodianKind.POLICE,
        "Công an xã Sóc Sơn",
        "Xã Sóc Sơn, Hà Nội",
    ),
    (
        "BX1",
        "Bãi giữ phương tiện Công ty TNHH Bảo Tín",
        CustodianKind.THIRD_PARTY,
        "Công ty TNHH Bảo Tín",
        "Xã Gia Lâm, Hà Nội",
    ),
    (
        "KB1",
        "Kho bạc Nhà nước thành phố Hà Nội",
        CustodianKind.TREASURY,
        "Kho bạc Nhà nước thành phố Hà Nội",
        "Số 32 phố Cát Linh, Hà Nội",
    ),
)
ZONES, ROOMS, SHELVES, BINS = ("A", "B", "C"), 3, 8, 4


@dataclass
class Catalogue:
    warehouse_rows: list[tuple[object, ...]] = field(default_factory=list)
    location_rows: list[tuple[object, ...]] = field(default_factory=list)
    #: warehouse code → (warehouse id, ids of its bins)
    bins: dict[str, tuple[int, list[int]]] = field(default_factory=dict)
    location_counts: dict[str, int] = field(default_factory=dict)


def warehouses(agency_id: int, created: str | datetime) -> Catalogue:
    """Six warehouses of every custodian kind, each zone → room → shelf → bin."""
    cat = Catalogue()
    next_id = 1
    for wid, (code, name, kind, custodian, address) in enumerate(WAREHOUSES, start=1):
        cat.warehouse_rows.append(
            (wid, agency_id, code, name, address, kind.value, custodian, True, created)
        )
        bins: list[int] = []
        number = 0

        def add(
            parent: int | None,
            path: str,
            title: str,
            lkind: LocationKind,
            wid: int = wid,
            code: str = code,
        ) -> tuple[int, str]:
            nonlocal next_id, number
            number += 1
            lid, lpath = next_id, f"{path}{next_id}/"
            row = (lid, wid, parent, f"VT-{code}-{number}", title, lkind.value, lpath, True)
            cat.location_rows.append((*row, created))
            next_id += 1
            return lid, lpath

        for zone in ZONES:
            zid, zpath = add(None, "/", f"Khu {zone}", LocationKind.ZONE)
            for room in range(1, ROOMS + 1):
                rid, rpath = add(zid, zpath, f"Phòng {zone}{room}", LocationKind.ROOM)
                for shelf in range(1, SHELVES + 1):
                    sid, spath = add(rid, rpath, f"Kệ {zone}{room}.{shelf:02d}", LocationKind.SHELF)
                    for bin_no in range(1, BINS + 1):
                        bid, _ = add(
                            sid, spath, f"Ô {zone}{room}.{shelf:02d}.{bin_no}", LocationKind.BIN
                        )
                        bins.append(bid)
        cat.bins[code] = (wid, bins)
        cat.location_counts[code] = number
    return cat


def person(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return (
            f"{rng.choice(voc.FAMILY)} {rng.choice(voc.MIDDLE_MALE)} {rng.choice(voc.GIVEN_MALE)}"
        )
    return (
        f"{rng.choice(voc.FAMILY)} {rng.choice(voc.MIDDLE_FEMALE)} {rng.choice(voc.GIVEN_FEMALE)}"
    )


@dataclass(frozen=True)
class DemoCase:
    id: int
    name: str
    judgment_number: str
    judgment_day: date
    court: str
    decision_number: str
    owner: str
    transferring_body: str
    received_day: datetime


def case_rows(
    rng: random.Random,
    case_id: int,
    agency_id: int,
    officer_id: int,
    day: datetime,
    created: object,
) -> tuple[DemoCase, tuple[Any, ...], list[tuple[Any, ...]]]:
    """One case with its judgment, enforcement decision and two or three parties."""
    crime = rng.choice(voc.CRIMES)
    liable, owner = person(rng), person(rng)
    year = day.year
    judgment_day: date = (day - timedelta(days=rng.randint(20, 200))).date()
    decision_day: date = judgment_day + timedelta(days=rng.randint(5, 40))
    judgment_number = f"{rng.randint(1, 999)}/{year}/{'DS' if 'hợp đồng' in crime else 'HS'}-ST"
    decision_number = f"{rng.randint(1, 2999)}/QĐ-THADS"
    amount = rng.choice((0, 5, 10, 20, 50, 120, 300, 800)) * 1_000_000
    # Money collected is recorded per payment through the services (demo/outcomes.py); the
    # draw stays so the rest of the demo is the same for a seed.
    _ = amount if rng.random() < 0.6 else amount * rng.randint(0, 9) // 10
    name = f"{crime} – {liable}"
    court = rng.choice(voc.COURTS)
    row = (
        case_id,
        agency_id,
        name,
        judgment_number,
        judgment_day,
        court,
        decision_number,
        decision_day,
        officer_id,
        amount,
        0,
        1,
        created,
    )
    parties: list[tuple[object, ...]] = [
        (PartyRole.LIABLE.value, liable),
        (PartyRole.OWNER.value, owner),
    ]
    if amount:
        parties.append((PartyRole.CREDITOR.value, person(rng)))
    party_rows = [
        (
            case_id,
            role,
            full_name,
            f"0{rng.randint(10**10, 10**11 - 1)}",
            f"Số {rng.randint(1, 200)} phố {rng.choice(voc.GIVEN_MALE)}, Hà Nội",
            created,
        )
        for role, full_name in parties
    ]
    case = DemoCase(
        case_id,
        name,
        judgment_number,
        judgment_day,
        court,
        decision_number,
        owner,
        rng.choice(voc.TRANSFERRING_BODIES),
        day,
    )
    return case, row, party_rows
