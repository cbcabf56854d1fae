"""Biên bản kiểm kê: the stocktake's scope, its counts and every difference found."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from evidence_app.documents import page, parts, tables
from evidence_app.documents.content import (
    CheckpointNote,
    StocktakeItem,
    StocktakeLine,
    StocktakeMinutes,
)
from evidence_app.documents.copies import copies_sentence, recipients_tail
from evidence_app.domain.checkpoint import grouped_root

_HEAD = ("STT", "Mã", "Tên vật chứng, tài sản", "Kết quả", "Vị trí theo sổ", "Vị trí thực tế")
_WIDTHS = (9, 28, 45, 22, 30, 31)
_ITEM_HEAD = ("STT", "Mã", "Tên vật chứng, tài sản", "ĐVT", "Số lượng", "Tình trạng", "Vị trí",
              "Kết quả")  # fmt: skip
_ITEM_WIDTHS = (9, 27, 32, 11, 12, 24, 30, 20)
#: The three who sign keep a copy each, and the warehouse's file one.
_HOLDERS = (
    "Thủ trưởng cơ quan",
    "Kế toán nghiệp vụ",
    "Thủ kho vật chứng",
    "Lưu hồ sơ kho vật chứng",
)
#: At the monthly check of items a third party keeps, the person entrusted keeps one too
#: (Circular 01/2017/TT-BTP Art 12.2: the check's minutes are signed by that person).
_CHECK_HOLDERS = (*_HOLDERS[:3], "Người được giao bảo quản", _HOLDERS[3])
_DIFFERENCES = "CHÊNH LỆCH GIỮA SỔ SÁCH VÀ THỰC TẾ"
#: The root centred on two lines of four groups, in bold (the embedded serif: every font a
#: paper uses is embedded), to read aloud group by group.
_ROOT = ParagraphStyle("checkpoint_root", parent=parts.CENTRE, leading=17, spaceBefore=2,
                       spaceAfter=2)  # fmt: skip


def render(minutes: StocktakeMinutes, stamp: page.Stamp) -> bytes:
    """The minutes as PDF bytes."""
    head = minutes.header
    start = parts.vietnam_time(minutes.started_at)
    end = parts.vietnam_time(minutes.finished_at)
    custodian = minutes.custodian
    # The monthly check of items a third party keeps is a check, signed by that person too
    # (Circular 01/2017/TT-BTP Art 12.2); a stocktake is a count (Decree 152/2026 Art 38).
    entrusted = f"; Ông/bà {parts.person(custodian)}" if custodian else ""
    act = "kiểm tra" if custodian else "kiểm kê"
    what = (
        "kiểm tra việc bảo quản vật chứng, tài sản tạm giữ định kỳ hằng tháng"
        if custodian
        else f"{minutes.stocktake_kind.lower()} vật chứng, tài sản tạm giữ"
    )
    holders = minutes.recipients or (_CHECK_HOLDERS if custodian else _HOLDERS)
    story: list[Flowable] = [
        *page.header(head),
        *(
            page.title("Biên bản kiểm tra", "Việc bảo quản vật chứng, tài sản tạm giữ")
            if custodian
            else page.title("Biên bản kiểm kê", "Vật chứng, tài sản tạm giữ")
        ),
        parts.p(
            f"Hồi {start:%H} giờ {start:%M} phút, {parts.date_words(start.date())}, tại "
            f"{minutes.warehouse}, chúng tôi gồm: Ông/bà {parts.person(minutes.head)}; "
            f"Ông/bà {parts.person(minutes.accountant)}; Ông/bà {parts.person(minutes.keeper)}"
            f"{entrusted} đã tiến hành {what}."
        ),
        parts.labelled(f"Phạm vi {act}", minutes.scope),
        parts.markup(f"<b>I. KẾT QUẢ {act.upper()}</b>", parts.SECTION),
        *_counts(minutes),
        *_items(minutes.items, act),
        parts.markup(f"<b>{_numeral(minutes, 2)}. {_DIFFERENCES}</b>", parts.SECTION),
        *_differences(minutes.lines),
        *(_checkpoint(minutes.checkpoint, _numeral(minutes, 3), act) if minutes.checkpoint else []),
        *([parts.p(f"Ghi chú: {minutes.note}")] if minutes.note else []),
        parts.signatures(
            [
                parts.signature(minutes.keeper),
                parts.signature(minutes.accountant),
                parts.signature(minutes.head),
                *([parts.signature(custodian)] if custodian else []),
            ],
            page.TEXT_WIDTH_MM,
            lead=[
                parts.p(
                    f"Việc {act} kết thúc hồi {end:%H} giờ {end:%M} phút, "
                    f"{parts.date_words(end.date())}. Biên bản đã đọc lại cho những người "
                    "tham gia cùng nghe, nhất trí và ký tên dưới đây. " + copies_sentence(holders)
                )
            ],
            tail=recipients_tail(holders),
        ),
    ]
    return page.render_pdf(story, head, stamp, f"Biên bản {act}")


def _counts(m: StocktakeMinutes) -> list[Flowable]:
    n = parts.vn_number
    return [
        parts.p(f"- Số vật chứng, tài sản theo sổ sách: {n(m.expected)};"),
        parts.p(f"- Có mặt đúng vị trí: {n(m.present)};"),
        parts.p(f"- Không thấy: {n(m.missing)};"),
        parts.p(f"- Có mặt nhưng sai vị trí: {n(m.misplaced)};"),
        parts.p(f"- Mã không có trong sổ sách: {n(m.unknown)}."),
    ]


def _numeral(minutes: StocktakeMinutes, section: int) -> str:
    """Sections after the item list (II) move down one when it is printed."""
    return ("I", "II", "III", "IV")[section - (0 if minutes.items else 1)]


def _items(items: tuple[StocktakeItem, ...], act: str = "kiểm kê") -> list[Flowable]:
    """Every item counted, with its name, quantity and condition (Circular 01/2016/TT-BTP
    Art 12.4 as amended by Circular 04/2023/TT-BTP: "tên, số lượng và tình trạng của từng
    loại vật chứng, tài sản"; Decree 152/2026 Art 38.2.c)."""
    if not items:
        return []
    rows = [
        [str(i), x.code, x.name, x.unit, parts.vn_number(x.quantity), x.condition, x.location,
         x.finding]
        for i, x in enumerate(items, 1)
    ]  # fmt: skip
    return [
        parts.markup(f"<b>II. DANH SÁCH VẬT CHỨNG, TÀI SẢN ĐƯỢC {act.upper()}</b>", parts.SECTION),
        parts.space(2),
        tables.table(_ITEM_HEAD, rows, _ITEM_WIDTHS, numbers=(4,)),
        parts.space(3),
    ]


def _differences(lines: tuple[StocktakeLine, ...]) -> list[Flowable]:
    if not lines:
        return [parts.p("Không phát hiện chênh lệch giữa sổ sách và thực tế.")]
    rows = [
        [str(i), line.code, line.name, line.finding, line.recorded_location, line.seen_location]
        for i, line in enumerate(lines, 1)
    ]
    return [parts.space(2), tables.table(_HEAD, rows, _WIDTHS), parts.space(3)]


def _checkpoint(note: CheckpointNote, numeral: str = "III", act: str = "kiểm kê") -> list[Flowable]:
    """The signed checkpoint taken at completion: the head compares this root, group by
    group, with the file kept (``verify --checkpoint``)."""
    at = parts.vietnam_time(note.taken_at)
    groups = grouped_root(note.root).split(" ")
    half = len(groups) // 2
    root_lines = "<br/>".join(" ".join(g) for g in (groups[:half], groups[half:]) if g)
    n = parts.vn_number
    # The minutes vouch for the items counted (the scope's, or the keeper's at the monthly
    # check); the root covers every chain, as the file does.
    what = (
        f"{n(note.item_count)} vật chứng, tài sản"
        if note.held is None
        else f"{n(note.held)} vật chứng, tài sản được {act} (trong điểm chốt chung của "
        f"{n(note.item_count)} vật chứng, tài sản trong hệ thống)"
    )
    return [
        parts.markup(f"<b>{numeral}. ĐIỂM CHỐT CHUỖI BẢO QUẢN CÓ KÝ SỐ</b>", parts.SECTION),
        parts.p(
            f"Khi kết thúc {act}, hệ thống đã chốt chuỗi bảo quản của {what}: điểm chốt số "
            f"{note.id}, lúc {at:%H:%M} ngày {at:%d/%m/%Y}, khóa ký có dấu vân tay {note.key}. "
            "Gốc Merkle của điểm chốt:"
        ),
        parts.markup(f"<b>{root_lines}</b>", _ROOT),
        parts.p(
            "Thủ trưởng lưu tệp điểm chốt số này và đối chiếu gốc trên với tệp khi kiểm tra "
            "toàn vẹn dữ liệu."
        ),
    ]
