"""What a handover line must state under Decree 152/2026 Art 37.2.b–c (issue 16): refused with
nothing written while any part is missing, stored and printed on the minutes once stated."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from db.models import IntakeLine
from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import Category, SealState
from evidence_app.domain.errors import IntakeRefusedError
from evidence_app.services.intake import Conclusion, Confirmation, Contents, IntakeLineDraft
from tests.services.intake.test_intake import (
    CONFIRMED,
    CONTENTS,
    EXAMINED,
    SEAL_CONCLUDED,
    _draft,
    _line,
    _minutes_text,
)
from tests.services.rows import snapshot
from tests.world import World


def _refused(world: World, *lines: IntakeLineDraft) -> list[tuple[int | None, str, str]]:
    """The problems of a refused commit; asserts that nothing was written."""
    before = snapshot(world.services)
    with pytest.raises(IntakeRefusedError) as refused:
        world.services.intake.commit(world.keeper, _draft(world, *lines))
    assert snapshot(world.services) == before
    return [(p.line, p.field, p.key) for p in refused.value.problems]


def _stored(world: World) -> IntakeLine:
    with world.services.db.session(read_only=True) as s:
        line = s.scalars(select(IntakeLine)).one()
        s.expunge(line)
        return line


SHORT = _line("Bộ bàn ghế gỗ", quantity=5, recorded_quantity=6, unit="bộ",
              discrepancy="Thiếu 01 ghế so với biên bản thu giữ")  # fmt: skip


@pytest.mark.parametrize(
    ("confirmation", "field"),
    [
        (replace(CONFIRMED, number=""), "field.confirmation_number"),
        (replace(CONFIRMED, number="."), "field.confirmation_number"),
        (replace(CONFIRMED, on=None), "field.confirmation_date"),
        (replace(CONFIRMED, signer=" - "), "field.confirmation_signer"),
        (replace(CONFIRMED, position=""), "field.confirmation_position"),
    ],
)
def test_a_difference_without_each_part_of_the_heads_confirmation_is_refused(
    world: World, confirmation: Confirmation, field: str
) -> None:
    """Art 37.2.b: number, date, signer and position of the custodian head's confirmation."""
    line = replace(SHORT, confirmation=confirmation)
    assert _refused(world, _line("Ví da"), line) == [(2, field, "intake.needs_confirmation")]


def test_the_refusal_names_the_line_and_the_field_in_both_languages(world: World) -> None:
    with pytest.raises(IntakeRefusedError) as refused:
        world.services.intake.commit(world.keeper, _draft(world, SHORT))
    vi, en = refused.value.problems[0].message("vi"), refused.value.problems[0].message("en")
    assert vi.startswith("Dòng 1 (Bộ bàn ghế gỗ)") and "số văn bản xác nhận" in vi
    assert "Thủ trưởng cơ quan, tổ chức đang bảo quản" in vi and "Điều 37.2.b" in vi
    assert en.startswith("Line 1 (Bộ bàn ghế gỗ)") and "the confirmation's number" in en


def test_a_difference_written_without_any_computed_one_also_needs_the_confirmation(
    world: World,
) -> None:
    """A difference the keeper writes (type, seals) is a change from the record all the same."""
    line = _line("Túi xách", discrepancy="Khác màu so với biên bản thu giữ")
    problems = _refused(world, line)
    assert {key for _l, _f, key in problems} == {"intake.needs_confirmation"}
    assert len(problems) == 4


@pytest.mark.parametrize(
    ("on", "key"),
    [
        (agency_today() + timedelta(days=1), "intake.date_in_future"),
        (date(2026, 3, 1), "intake.confirmation_before_seizure"),  # the record is of 02/03
    ],
)
def test_the_confirmations_date_lies_between_the_seizure_record_and_today(
    world: World, on: date, key: str
) -> None:
    line = replace(SHORT, confirmation=replace(CONFIRMED, on=on))
    assert _refused(world, line) == [(1, "field.confirmation_date", key)]


def test_a_confirmed_difference_is_stored_and_printed_beside_the_item(world: World) -> None:
    result = world.services.intake.commit(
        world.keeper, _draft(world, replace(SHORT, confirmation=CONFIRMED))
    )
    stored = _stored(world)
    assert not stored.matches_record
    assert (stored.confirmation_number, stored.confirmation_date, stored.confirmation_signer,
            stored.confirmation_position) == ("15/XN-CAHK", date(2026, 3, 5), "Nguyễn Văn Hùng",
                                              "Trưởng Công an quận Hoàn Kiếm")  # fmt: skip
    text = _minutes_text(world, result)
    assert (
        "Thiếu 01 ghế so với biên bản thu giữ. Theo văn bản xác nhận số 15/XN-CAHK ngày "
        "05/03/2026 của ông/bà Nguyễn Văn Hùng, Trưởng Công an quận Hoàn Kiếm"
    ) in text


def test_a_confirmation_where_nothing_differs_is_not_stored(world: World) -> None:
    line = _line("Ví da", recorded_quantity=1, confirmation=CONFIRMED)
    result = world.services.intake.commit(world.keeper, _draft(world, line))
    stored = _stored(world)
    assert stored.matches_record and stored.confirmation_number == ""
    assert stored.confirmation_date is None
    assert "văn bản xác nhận" not in _minutes_text(world, result)


@pytest.mark.parametrize("seal", [SealState.INTACT, SealState.TORN, SealState.SUSPICIOUS])
def test_a_sealed_package_is_refused_until_its_contents_are_stated(
    world: World, seal: SealState
) -> None:
    """Art 37.2.c: quantity, type and quality of what the package holds; "." is not stated."""
    line = _line("Gói niêm phong", seal_check=seal, seal_conclusion=SEAL_CONCLUDED,
                 contents=Contents(quantity="02 chiếc", kind="", quality="."))  # fmt: skip
    assert _refused(world, line) == [
        (1, "field.contents_type", "intake.sealed_needs_contents"),
        (1, "field.contents_quality", "intake.sealed_needs_contents"),
    ]


def test_stated_contents_are_stored_and_printed(world: World) -> None:
    contents = Contents("02 chiếc", "Điện thoại di động iPhone", "Đã qua sử dụng, còn hoạt động")
    line = _line("Gói niêm phong điện thoại", seal_check=SealState.INTACT,
                 seal_numbers="NP-0451", contents=contents)  # fmt: skip
    result = world.services.intake.commit(world.keeper, _draft(world, line))
    stored = _stored(world)
    assert (stored.contents_quantity, stored.contents_type, stored.contents_quality) == (
        "02 chiếc", "Điện thoại di động iPhone", "Đã qua sử dụng, còn hoạt động",
    )  # fmt: skip
    assert (
        "Trong gói niêm phong: số lượng 02 chiếc; chủng loại Điện thoại di động iPhone; "
        "chất lượng Đã qua sử dụng, còn hoạt động"
    ) in _minutes_text(world, result)


def test_an_unsealed_item_stores_no_contents(world: World) -> None:
    world.services.intake.commit(world.keeper, _draft(world, _line("Ví da", contents=CONTENTS)))
    assert _stored(world).contents_type == ""


def test_a_seal_conclusion_dated_after_today_is_refused(world: World) -> None:
    late = replace(SEAL_CONCLUDED, on=agency_today() + timedelta(days=3))
    line = _line("Gói", seal_check=SealState.TORN, contents=CONTENTS, seal_conclusion=late)
    assert _refused(world, line) == [(1, "field.seal_date", "intake.date_in_future")]


def test_a_weapon_needs_the_examination_but_not_a_seal(world: World) -> None:
    """Art 37.2.c: weapons come with the examination conclusion; a rifle is often unsealed."""
    rifle = _line("Súng hoa cải tự chế", Category.WEAPON)
    assert _refused(world, rifle) == [
        (1, "field.exam_body", "intake.expertise_needs_conclusion"),
        (1, "field.exam_number", "intake.expertise_needs_conclusion"),
        (1, "field.exam_date", "intake.expertise_needs_conclusion"),
    ]
    result = world.services.intake.commit(
        world.keeper, _draft(world, replace(rifle, examination=EXAMINED))
    )
    stored = _stored(world)
    assert (stored.examination_body, stored.examination_number, stored.examination_date) == (
        EXAMINED.body, "12/KL-VKHHS", date(2026, 2, 20),
    )  # fmt: skip
    assert (
        "Kết luận giám định số 12/KL-VKHHS ngày 20/02/2026 của Viện Khoa học hình sự - Bộ Công an"
    ) in _minutes_text(world, result)


def test_explosives_need_a_seal_and_the_examination(world: World) -> None:
    loose = _line("Kíp nổ", Category.EXPLOSIVE, examination=EXAMINED)
    assert _refused(world, loose) == [(1, "field.seal_check", "intake.expertise_needs_seal")]
    sealed = replace(loose, seal_check=SealState.INTACT, contents=CONTENTS)
    assert world.services.intake.validate(world.keeper, _draft(world, sealed)) == []
    examined = replace(sealed, examination=Conclusion("Viện KHHS", "", date(2026, 2, 1)))
    assert _refused(world, examined) == [
        (1, "field.exam_number", "intake.expertise_needs_conclusion")
    ]


def test_a_drug_package_with_a_torn_seal_needs_both_conclusions(world: World) -> None:
    """The torn-seal conclusion and the examination conclusion are two things (Art 37.2.c)."""
    drug = _line("Ma túy đá", Category.DRUGS, unit="g", quantity="12.5",
                 seal_check=SealState.TORN, contents=CONTENTS)  # fmt: skip
    problems = _refused(world, replace(drug, seal_conclusion=SEAL_CONCLUDED))
    assert [f for _l, f, _k in problems] == ["field.exam_body", "field.exam_number",
                                              "field.exam_date"]  # fmt: skip
    problems = _refused(world, replace(drug, examination=EXAMINED))
    assert [f for _l, f, _k in problems] == ["field.seal_body", "field.seal_number",
                                              "field.seal_date"]  # fmt: skip
    both = replace(drug, seal_conclusion=SEAL_CONCLUDED, examination=EXAMINED)
    result = world.services.intake.commit(world.keeper, _draft(world, both))
    stored = _stored(world)
    assert stored.seal_conclusion_number == "88/KL-KTHS"
    assert stored.examination_number == "12/KL-VKHHS"
    text = _minutes_text(world, result)
    assert "Kết luận về niêm phong số 88/KL-KTHS ngày 01/03/2026" in text
    assert "Kết luận giám định số 12/KL-VKHHS ngày 20/02/2026" in text
