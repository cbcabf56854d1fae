"""Every document kind, issued by the services from one small world, read back as a clerk
would read the paper (issue 20): no blank signer, no message key, no number or code split
across lines, no page holding only the closing blocks, and the elements of its form (title,
"Số:", place and date, the items).

The world is the smallest that produces every kind: one handover to three places (entry
order, slip and stock card), a release to the owner, a temporary release and its return,
a destruction, a sale handed to its buyer and a stocktake. It is built once per database and
its papers kept; each kind is then checked on its own.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from db.models import Document
from evidence_app.documents.parts import BLANK_NAME, UNASSIGNED, date_words
from evidence_app.domain.document_kinds import FORMS
from evidence_app.domain.enums import (
    CustodianKind,
    Disposition,
    DocumentKind,
    ReleaseRequestPurpose,
    SaleMethod,
    SealState,
    StocktakeKind,
    ValuationMethod,
)
from evidence_app.services.auctions import Buyer, CouncilOpinion, ValuationDraft
from evidence_app.services.custody import BodyKeeper
from evidence_app.services.stocktakes import Signers
from evidence_app.services.stocktakes.keeping import Handover
from tests.services.auctions.steps import (
    CONTRACT,
    ORG,
    SEIZED,
    VALUED,
    failed_rounds,
    firm,
    out_on_order,
    use_clock,
)
from tests.services.auctions.test_auctions import _paid_lot
from tests.services.destruction.test_destruction import _all_for, _council, _doomed, _run
from tests.services.intake.test_intake import CONTENTS, SEAL_CONCLUDED, _draft, _line, _three
from tests.world import World

#: The title each kind prints (upper case, as on the paper).
TITLES = {
    DocumentKind.HANDOVER_MINUTES: "BIÊN BẢN GIAO NHẬN",
    DocumentKind.ENTRY_ORDER: "LỆNH NHẬP KHO",
    DocumentKind.ENTRY_SLIP: "PHIẾU NHẬP KHO",
    DocumentKind.STOCK_CARD: "THẺ KHO",
    DocumentKind.RELEASE_ORDER: "LỆNH XUẤT KHO",
    DocumentKind.RELEASE_SLIP: "PHIẾU XUẤT KHO",
    DocumentKind.RELEASE_MINUTES: "BIÊN BẢN GIAO NHẬN",
    DocumentKind.RETURN_MINUTES: "BIÊN BẢN NHẬN LẠI",
    DocumentKind.DESTRUCTION_MINUTES: "BIÊN BẢN TIÊU HỦY",
    DocumentKind.STOCKTAKE_MINUTES: "BIÊN BẢN KIỂM KÊ",
    DocumentKind.BUYER_HANDOVER_MINUTES: "BIÊN BẢN GIAO TÀI SẢN",
    DocumentKind.AUCTION_NOTICE: "THÔNG BÁO",
    DocumentKind.AUCTION_DECISION: "QUYẾT ĐỊNH",
    DocumentKind.COUNCIL_MINUTES: "BIÊN BẢN",
    DocumentKind.DIRECT_SALE_MINUTES: "BIÊN BẢN",
    DocumentKind.KEEPING_MINUTES: "BIÊN BẢN GIAO BẢO QUẢN",
}
#: A conclusion whose number is long enough to be split in a narrow column (it was:
#: "Công văn số 7 / 15/CSĐT-PC0 / 1").
LONG_CONCLUSION = "Công văn số 715/CSĐT-PC01 xác nhận nguyên trạng bên trong"
#: A message key or a raw enum value, as a paper must never print them.
KEY = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)*\.[a-z][a-z0-9_]*\b|\b[a-z]+_[a-z_]+\b")
#: Numbers and codes as written in the content: "715/CSĐT-PC01", "VC-2026-000123".
NUMBER = re.compile(r"[0-9A-Za-zĐđ]+(?:[/-][0-9A-Za-zĐđ.]+)+")
FOOTER = ("Văn bản số", "Mã xác thực:", "Đầu chuỗi giám sát:", "Quét mã QR")


@dataclass(frozen=True)
class Paper:
    kind: DocumentKind
    number: str
    content: dict[str, Any]
    #: The extracted text of each page, line by line (NFC), footer and page number removed.
    pages: tuple[tuple[str, ...], ...]

    @property
    def lines(self) -> list[str]:
        return [line for page in self.pages for line in page]

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.lines).split())


#: Papers by database kind, built on first use.
_BUILT: dict[str, tuple[dict[DocumentKind, list[Paper]], frozenset[str]]] = {}


@pytest.fixture
def papers(world: World) -> tuple[dict[DocumentKind, list[Paper]], frozenset[str]]:
    """Every paper of the world, by kind, and the codes the stocktake found present."""
    backend = world.services.db.dialect
    if backend not in _BUILT:
        present = _produce_every_kind(world)
        _BUILT[backend] = (_read_papers(world), present)
    return _BUILT[backend]


def _produce_every_kind(world: World) -> frozenset[str]:
    s = world.services
    torn = _line("Túi niêm phong điện thoại", seal_check=SealState.TORN,
                 conclusion=LONG_CONCLUSION, contents=CONTENTS,
                 seal_conclusion=SEAL_CONCLUDED, location_id=world.shelf_b.id)  # fmt: skip
    vehicle_line, phone_line, cash_line = _three(world)
    cash_line = replace(cash_line, location_id=world.vault.id)  # the Treasury (Art 37.1)
    lines = (vehicle_line, phone_line, cash_line, torn)
    intake = s.intake.commit(world.keeper, _draft(world, *lines))
    vehicle, phone = intake.items[0], intake.items[1]
    world.order([vehicle], Disposition.RETURN_TO_OWNER)
    world.exit_on_order([vehicle.id], ReleaseRequestPurpose.RETURN_TO_OWNER)
    world.checkout([phone.id])
    s.checkouts.return_item(world.keeper, phone.id, "Còn nguyên niêm phong", True)
    knife = _doomed(world)
    council = _council(world, [knife])
    s.destruction.record_seen(world.officer, council.id, knife.code, "Gỉ sét, cán gãy")
    s.destruction.record_vote(world.officer, council.id, _all_for(council))
    s.destruction.complete(world.officer, council.id, _run())
    lot = _paid_lot(world)
    out_on_order(world, lot.id)
    s.auctions.hand_over(world.head, lot.id, date(2027, 1, 4))
    take = s.stocktakes.start(world.keeper, world.warehouse.id, StocktakeKind.HALF_YEARLY)
    expected = s.stocktakes.reconcile(world.keeper, take.id).missing
    for finding in expected[1:]:  # the first is not found, the others where they belong
        assert finding.item_id is not None
        place = s.items.get(world.keeper, finding.item_id).location_id
        s.stocktakes.scan(world.keeper, take.id, finding.code, place)
    signers = Signers(world.keeper.full_name, world.accountant.full_name, world.head.full_name)
    s.stocktakes.finish(world.keeper, take.id, signers)
    _sale_papers(world)
    _keeping_papers(world)
    return frozenset(f.code for f in expected[1:])


def _keeping_papers(world: World) -> None:
    """A tractor left with its owner to keep (Law 106/2025 Art 40.1.a): the keeping minutes
    (Decree 152/2026 Art 24.4)."""
    s = world.services
    tractor = world.receive("Máy cày Kubota L3408")
    owner = s.keeping.add_keeper(world.keeper, CustodianKind.OWNER, "Đinh Văn Cày", "Xã Mê Linh")
    handover = Handover(
        world.officer.user_id, BodyKeeper("Đinh Văn Cày"), "Phạm Thị Dung", "Lê Văn Chứng"
    )
    s.keeping.leave(world.keeper, owner.id, [tractor.id], handover)


def _sale_papers(world: World) -> None:
    """A lot valued by a price council, notified, failed twice down to the creditor's
    taking: the council's minutes, the notices and the reduction decision (issue 18)."""
    s = world.services
    car = world.receive("Xe máy Honda SH biển số 29B1-456.78")
    world.order([car], Disposition.AUCTION)
    clock = use_clock(world, VALUED)
    lot = s.auctions.create_lot(world.officer, world.case.id, [car.id], seized_on=SEIZED)
    members = ("Lê Thị Hoa – Sở Tài chính", "Ngô Văn Nam – Phòng Kinh tế")
    dissent = CouncilOpinion(False, 45_000_000, "Xe đã qua sử dụng")
    opinions = (CouncilOpinion(True), CouncilOpinion(True), dissent)
    draft = ValuationDraft(ValuationMethod.PRICE_COUNCIL, 50_000_000, VALUED,
                           chair_user_id=world.officer.user_id, members=members,
                           opinions=opinions)  # fmt: skip
    lot = s.auctions.record_valuation(world.officer, lot.id, draft)
    clock.day = date(2026, 11, 9)
    lot = s.auctions.notify_parties(world.officer, lot.id, clock.day)
    clock.day = CONTRACT
    lot = s.auctions.sign_contract(world.officer, lot.id, ORG, "16/2026/HĐ-ĐG", CONTRACT)
    lot = failed_rounds(world, lot, [50_000_000, 45_000_000, 40_500_000])
    clock.day = day = date(2027, 1, 26)
    s.auctions.notify_failure(world.officer, lot.id, day)
    s.auctions.creditor_requests(world.officer, lot.id, day)
    s.auctions.notify_debtor_of_taking(world.officer, lot.id, day)
    for paper in ("council_minutes", "valuation_notice", "reduction_decision",
                  "taking_debtor_notice"):  # fmt: skip
        s.auctions.issue_paper(world.officer, lot.id, paper)
    # A low-value asset sold without auction: its announcement and minutes (Decree Art 64.2).
    bike = world.receive("Xe đạp Asama màu xanh")
    world.order([bike], Disposition.AUCTION)
    small = s.auctions.create_lot(world.officer, world.case.id, [bike.id], seized_on=SEIZED)
    s.auctions.record_valuation(world.officer, small.id, firm(10_000_000, day))
    clock.day = date(2027, 1, 28)
    s.auctions.announce_sale_without_auction(world.officer, small.id, SaleMethod.LOW_VALUE,
                                             date(2027, 1, 27), clock.day)  # fmt: skip
    s.auctions.sell_without_auction(world.officer, small.id, SaleMethod.LOW_VALUE,
                                    Buyer("Trần Văn Hùng", "Hà Đông, Hà Nội"), 10_000_000,
                                    clock.day)  # fmt: skip


def _read_papers(world: World) -> dict[DocumentKind, list[Paper]]:
    found: dict[DocumentKind, list[Paper]] = {}
    with world.services.db.session(read_only=True) as session:
        for doc in session.scalars(select(Document).order_by(Document.id)):
            kind = DocumentKind(doc.kind)
            paper = Paper(kind, doc.number, json.loads(doc.content)["content"], _pages(doc.pdf))
            found.setdefault(kind, []).append(paper)
    return found


def _pages(pdf: bytes | None) -> tuple[tuple[str, ...], ...]:
    pages = []
    for page in pdfium.PdfDocument(pdf or b""):
        raw = unicodedata.normalize("NFC", page.get_textpage().get_text_range())
        lines = [" ".join(line.split()) for line in raw.splitlines()]
        body = [ln for ln in lines if ln and not ln.startswith(FOOTER) and not ln.isdigit()]
        pages.append(tuple(body))
    return tuple(pages)


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


#: Where each kind keeps the names printed under its signature blocks (its renderer's
#: ``parts.signatures``): a Signer field's name, a plain name, or a list of either.
SIGNING: dict[DocumentKind, tuple[str, ...]] = {
    DocumentKind.HANDOVER_MINUTES: ("representative", "officer", "keeper"),
    DocumentKind.ENTRY_ORDER: ("head",),
    DocumentKind.ENTRY_SLIP: ("preparer", "deliverer", "keeper", "head"),
    DocumentKind.STOCK_CARD: ("keeper", "accountant", "head"),
    DocumentKind.RELEASE_ORDER: ("head",),
    DocumentKind.RELEASE_SLIP: ("preparer", "receiver", "keeper", "other_issuers", "head"),
    DocumentKind.RELEASE_MINUTES: ("recipient", "officer", "keeper"),
    DocumentKind.RETURN_MINUTES: ("returned_by", "officer", "keeper"),
    DocumentKind.DESTRUCTION_MINUTES: ("members", "supervisor"),
    DocumentKind.STOCKTAKE_MINUTES: ("keeper", "accountant", "head"),
    DocumentKind.BUYER_HANDOVER_MINUTES: ("buyer", "keeper", "officer"),
    DocumentKind.AUCTION_NOTICE: ("officer",),
    DocumentKind.AUCTION_DECISION: ("officer",),
    DocumentKind.COUNCIL_MINUTES: ("members",),
    DocumentKind.DIRECT_SALE_MINUTES: ("buyer", "officer"),
    DocumentKind.KEEPING_MINUTES: ("keeper", "party", "witness", "officer"),
}


def _signers(paper: Paper) -> list[tuple[str, str]]:
    """(field, name) of every signature block the paper prints."""
    found: list[tuple[str, str]] = []
    for name in SIGNING[paper.kind]:
        value = paper.content[name]
        for one in value if isinstance(value, list) else [value]:
            found.append((name, one["name"] if isinstance(one, dict) else one))
    return found


def _items(paper: Paper) -> list[dict[str, Any]]:
    c = paper.content
    return list(c.get("lines") or c.get("entries") or [])


def _each(papers: dict[DocumentKind, list[Paper]], kind: DocumentKind) -> list[Paper]:
    assert papers.get(kind), f"the world issued no {kind}"
    return papers[kind]


KINDS = list(DocumentKind)


def test_the_world_issues_every_kind(papers) -> None:
    by_kind, _present = papers
    assert set(by_kind) == set(DocumentKind)
    assert set(TITLES) == set(DocumentKind)


@pytest.mark.parametrize("kind", KINDS)
def test_header_title_number_place_and_date(papers, kind: DocumentKind) -> None:
    for paper in _each(papers[0], kind):
        header = paper.content["header"]
        assert f"Số: {paper.number}" in paper.lines, paper.number
        assert TITLES[kind] in paper.text
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in paper.lines
        assert "Độc lập - Tự do - Hạnh phúc" in paper.lines
        on = date.fromisoformat(header["issued_on"])
        assert f"{header['place']}, {date_words(on)}" in paper.lines
        if kind in FORMS:
            assert f"Mẫu số {FORMS[kind]}" in paper.lines


@pytest.mark.parametrize("kind", [k for k in KINDS if k is not DocumentKind.STOCKTAKE_MINUTES])
def test_every_item_is_listed(papers, kind: DocumentKind) -> None:
    for paper in _each(papers[0], kind):
        items = _items(paper)
        assert items, f"{paper.number} lists no item"
        for line in items:
            assert line["code"] in paper.text and " ".join(line["name"].split()) in paper.text


def test_the_stocktake_lists_every_item_it_counted(papers) -> None:
    by_kind, present = papers
    (paper,) = _each(by_kind, DocumentKind.STOCKTAKE_MINUTES)
    assert present and all(code in paper.text for code in present)


@pytest.mark.parametrize("kind", KINDS)
def test_every_signer_is_named(papers, kind: DocumentKind) -> None:
    for paper in _each(papers[0], kind):
        signers = _signers(paper)
        assert signers, f"{paper.number} has no signer"
        blank = [field for field, name in signers if not name.strip()]
        assert blank == [], paper.number
        closing = paper.text[paper.text.index("(Ký") :]
        for field, name in signers:
            assert " ".join(name.split()) in closing, (paper.number, field)
        assert UNASSIGNED not in paper.text and BLANK_NAME not in paper.text


@pytest.mark.parametrize("kind", KINDS)
def test_no_message_key_or_raw_value(papers, kind: DocumentKind) -> None:
    for paper in _each(papers[0], kind):
        assert KEY.findall(paper.text) == [], paper.number


@pytest.mark.parametrize("kind", KINDS)
def test_no_number_or_code_split_across_lines(papers, kind: DocumentKind) -> None:
    for paper in _each(papers[0], kind):
        joined = "".join("".join(paper.lines).split())
        numbers = {n for s in _strings(paper.content) for n in NUMBER.findall(s)}
        numbers |= {line["code"] for line in _items(paper)}
        checked = [n for n in numbers if any(ch.isdigit() for ch in n) and n in joined]
        assert checked, paper.number
        split = [n for n in checked if not any(n in line for line in paper.lines)]
        assert split == [], paper.number


@pytest.mark.parametrize("kind", KINDS)
def test_no_page_holds_only_the_closing_blocks(papers, kind: DocumentKind) -> None:
    for paper in _each(papers[0], kind):
        for page in paper.pages[1:]:
            first = page[0]
            letters = [ch for ch in first if ch.isalpha()]
            alone = first.startswith("Nơi nhận") or all(ch.isupper() for ch in letters)
            assert not alone, (paper.number, first)


def test_the_release_order_cites_the_enforcement_decision(papers, world: World) -> None:
    """Decree 152/2026 Art 37.3: the items leave as the QĐ THA orders."""
    case = world.services.cases.get(world.officer, world.case.id)
    assert case.decision_date is not None
    grounds = f"Quyết định thi hành án số {case.decision_number} ngày {case.decision_date:%d/%m/%Y}"
    for paper in _each(papers[0], DocumentKind.RELEASE_ORDER):
        assert grounds in paper.text, paper.number


@pytest.mark.parametrize(
    ("kind", "lead"),
    [
        (DocumentKind.ENTRY_ORDER, "Nhập vào"),
        (DocumentKind.ENTRY_SLIP, "Nhập vào"),
        (DocumentKind.STOCK_CARD, "Bảo quản tại"),
    ],
)
def test_the_booking_papers_say_where_each_item_goes(
    papers, world: World, kind: DocumentKind, lead: str
) -> None:
    (paper,) = _each(papers[0], kind)
    lines = _items(paper)
    places = {(line["warehouse"], line["location"]) for line in lines}
    assert len(places) == 3  # shelf A, shelf B and the Treasury's vault: two warehouses
    for warehouse, location in places:
        heading = f"{lead} {warehouse}, vị trí {location}:"
        assert heading in paper.text
        below = paper.text[paper.text.index(heading) + len(heading) :].split(f"{lead} ")[0]
        codes = {
            x["code"] for x in lines if (x["warehouse"], x["location"]) == (warehouse, location)
        }
        assert codes and all(code in below for code in codes), heading
    assert any(line.startswith(f"{lead} {world.warehouse.name}") for line in paper.lines)


def test_no_item_goes_unplaced(papers) -> None:
    for kind in (DocumentKind.ENTRY_ORDER, DocumentKind.ENTRY_SLIP):
        for paper in _each(papers[0], kind):
            assert "chưa xác định" not in paper.text
            assert all(line["warehouse"] for line in paper.content["lines"])


def test_the_heads_and_accountants_names_fill_the_forms(papers, world: World) -> None:
    by_kind = papers[0]
    head, accountant = world.head.full_name, world.accountant.full_name
    for kind in (DocumentKind.ENTRY_ORDER, DocumentKind.ENTRY_SLIP, DocumentKind.STOCK_CARD):
        for paper in _each(by_kind, kind):
            assert paper.content["head"]["name"] == head
    (card,) = _each(by_kind, DocumentKind.STOCK_CARD)
    assert card.content["accountant"]["name"] == accountant
    for kind in (DocumentKind.RELEASE_ORDER, DocumentKind.RELEASE_SLIP):
        for paper in _each(by_kind, kind):
            assert paper.content["keeper"]["name"], paper.number
    (buyer,) = _each(by_kind, DocumentKind.BUYER_HANDOVER_MINUTES)
    assert buyer.content["keeper"]["name"] == world.keeper.full_name
