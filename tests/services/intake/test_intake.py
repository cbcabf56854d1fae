"""Handover sessions: checked against the seizure record, committed whole or not at all."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.models import CustodyEvent, Intake, IntakeDocument, IntakeLine, Party
from evidence_app.domain.enums import (
    Category,
    CustodianKind,
    EventKind,
    ItemKind,
    ItemStatus,
    LocationKind,
    PartyRole,
    Role,
    SealState,
)
from evidence_app.domain.errors import IntakeRefusedError, PermissionDeniedError, ValidationError
from evidence_app.services.catalogue import CaseDraft, ItemDraft
from evidence_app.services.core.verify import verify_chains
from evidence_app.services.intake import (
    Conclusion,
    Confirmation,
    Contents,
    IntakeDraft,
    IntakeLineDraft,
    PartyDraft,
)
from evidence_app.services.intake import service as intake_module
from tests.documents.pdf_pages import page_texts
from tests.services.rows import snapshot
from tests.world import World

POLICE = "Công an quận Hoàn Kiếm"
#: What a sealed package holds, as the keeper states it (Decree 152 Art 37.2.c).
CONTENTS = Contents("01 túi", "Tiền Việt Nam đồng", "Tiền thật, còn lưu hành")
#: The custodian head's written confirmation of a change (Art 37.2.b).
CONFIRMED = Confirmation("15/XN-CAHK", date(2026, 3, 5), "Nguyễn Văn Hùng",
                         "Trưởng Công an quận Hoàn Kiếm")  # fmt: skip
#: The competent body's conclusion on a torn seal, and an examination (Art 37.2.c).
SEAL_CONCLUDED = Conclusion("Phòng Kỹ thuật hình sự Công an TP Hà Nội", "88/KL-KTHS",
                            date(2026, 3, 1))  # fmt: skip
EXAMINED = Conclusion("Viện Khoa học hình sự - Bộ Công an", "12/KL-VKHHS", date(2026, 2, 20))


def _line(name: str, category: Category = Category.OTHER, **fields: object) -> IntakeLineDraft:
    item_fields = {k: fields.pop(k) for k in list(fields) if k in ItemDraft.__dataclass_fields__}
    item = ItemDraft(kind=ItemKind.EVIDENCE, category=category, name=name, **item_fields)  # type: ignore[arg-type]
    return IntakeLineDraft(item=item, **fields)  # type: ignore[arg-type]


def _draft(world: World, *lines: IntakeLineDraft, **fields: object) -> IntakeDraft:
    values: dict[str, object] = {
        "delivering_body": POLICE,
        "representative": "Đại úy Trần Văn Bình",
        "representative_position": "Điều tra viên",
        "case_id": world.case.id,
        "seizure_record_number": "12/BB-TG",
        "seizure_record_date": date(2026, 3, 2),
        "lines": lines,
        "officer_id": world.officer.user_id,
    }
    values.update(fields)
    return IntakeDraft(**values)  # type: ignore[arg-type]


def _three(world: World) -> tuple[IntakeLineDraft, ...]:
    return (
        _line(
            "Xe máy Honda Wave",
            Category.VEHICLE,
            identifiers="Biển số 29B1-123.45; số khung RLHJA39; số máy JA39E",
            recorded_quantity=1,
            location_id=world.shelf_a.id,
        ),
        _line(
            "Điện thoại Samsung A52",
            Category.PHONE,
            identifiers="IMEI 356789104563210",
            quantity=2,
            recorded_quantity=2,
            location_id=world.shelf_b.id,
        ),
        _line(
            "Túi niêm phong tiền mặt",
            Category.CASH,
            seal_check=SealState.INTACT,
            seal_numbers="NP-0012",
            quantity=1,
            unit="túi",
            notes="500.000 x 20; 200.000 x 5",
            contents=CONTENTS,
        ),
    )


def test_a_complete_handover_stores_items_lines_events_and_the_intake(world: World) -> None:
    result = world.services.intake.commit(world.keeper, _draft(world, *_three(world)))
    assert [i.name for i in result.items] == [
        "Xe máy Honda Wave",
        "Điện thoại Samsung A52",
        "Túi niêm phong tiền mặt",
    ]
    vehicle, phone, cash = result.items
    assert vehicle.status is ItemStatus.IN_STORAGE and vehicle.location_id == world.shelf_a.id
    assert phone.location_id == world.shelf_b.id and phone.quantity == 2
    assert cash.status is ItemStatus.RECEIVED and cash.seal_state is SealState.INTACT
    assert all(i.case_id == world.case.id for i in result.items)
    assert all(i.transferring_body == POLICE for i in result.items)
    history = world.services.items.history(world.keeper, vehicle.id)
    assert [e.kind for e in reversed(history)] == [EventKind.RECEIVED, EventKind.PUT_AWAY]
    assert history[-1].counterpart == POLICE
    with world.services.db.session(read_only=True) as s:
        intake = s.get(Intake, result.intake_id)
        assert intake is not None and intake.seizure_record_number == "12/BB-TG"
        assert intake.keeper_id == world.keeper.user_id
        lines = s.scalars(select(IntakeLine).order_by(IntakeLine.line_no)).all()
        assert [(ln.line_no, ln.item_id) for ln in lines] == [
            (n, i.id) for n, i in enumerate(result.items, start=1)
        ]
        assert lines[1].recorded_quantity == 2 and lines[1].matches_record
    assert verify_chains(world.services.db, world.admin).intact


def test_events_of_the_handover_cite_its_minutes(world: World) -> None:
    result = world.services.intake.commit(world.keeper, _draft(world, *_three(world)))
    with world.services.db.session(read_only=True) as s:
        cited = set(s.scalars(select(CustodyEvent.document_id)))
        linked = set(s.scalars(select(IntakeDocument.document_id)))
    assert {d.id for d in result.documents} == linked
    minutes = next(d for d in result.documents if d.kind == "handover_minutes")
    assert cited == {minutes.id}
    assert sorted(d.kind for d in result.documents) == [
        "entry_order",
        "entry_slip",
        "handover_minutes",
        "stock_card",
    ]
    assert all(d.case_id == world.case.id for d in result.documents)
    pdf = world.services.documents.pdf(world.keeper, minutes.id)
    assert pdf.startswith(b"%PDF")
    # The identifiers typed at intake tell each item from any other on the minutes (issue 16).
    text = " ".join(" ".join(page_texts(pdf)).split())
    assert "số khung RLHJA39" in text and "IMEI 356789104563210" in text
    check = world.services.documents.check(world.keeper, minutes.number)
    assert check.ok, [p.message("en") for p in check.problems]
    order = next(d for d in result.documents if d.kind == "entry_order")
    assert dict(order.chain_heads) == {i.code: i.chain_head for i in result.items}


@pytest.mark.parametrize("seal", [SealState.TORN, SealState.SUSPICIOUS])
def test_a_broken_seal_without_conclusion_refuses_that_line_and_writes_nothing(
    world: World, seal: SealState
) -> None:
    """Art 37.2.c, last paragraph: a free-text summary alone ("." or a whole sentence) is not
    the conclusion; the body, its number and its date are each asked for."""
    lines = (*_three(world), _line("Gói nghi ma túy", Category.OTHER, seal_check=seal,
                                   contents=CONTENTS, conclusion="."))  # fmt: skip
    before = snapshot(world.services)
    with pytest.raises(IntakeRefusedError) as refused:
        world.services.intake.commit(world.keeper, _draft(world, *lines))
    assert snapshot(world.services) == before
    assert [(p.line, p.field) for p in refused.value.problems] == [
        (4, "field.seal_body"),
        (4, "field.seal_number"),
        (4, "field.seal_date"),
    ]
    vi = refused.value.message("vi")
    assert "Dòng 4 (Gói nghi ma túy)" in vi and "Điều 37.2" in vi
    assert "kết luận của cơ quan có thẩm quyền" in vi
    assert "cơ quan có thẩm quyền kết luận về niêm phong" in vi
    assert "Line 4" in refused.value.message("en")


def test_a_torn_seal_is_accepted_on_a_recorded_conclusion(world: World) -> None:
    conclusion = "nguyên trạng bên trong"
    line = _line("Túi niêm phong điện thoại", seal_check=SealState.TORN, conclusion=conclusion,
                 contents=CONTENTS, seal_conclusion=SEAL_CONCLUDED)  # fmt: skip
    result = world.services.intake.commit(world.keeper, _draft(world, line))
    assert result.items[0].seal_state is SealState.TORN
    with world.services.db.session(read_only=True) as s:
        stored = s.scalars(select(IntakeLine)).one()
        assert stored.conclusion == conclusion
        assert (stored.seal_conclusion_body, stored.seal_conclusion_number,
                stored.seal_conclusion_date) == (SEAL_CONCLUDED.body, "88/KL-KTHS",
                                                 date(2026, 3, 1))  # fmt: skip
    text = _minutes_text(world, result)
    assert ("Kết luận về niêm phong số 88/KL-KTHS ngày 01/03/2026 của Phòng Kỹ thuật hình sự "
            "Công an TP Hà Nội: nguyên trạng bên trong") in text  # fmt: skip


def test_drugs_need_a_seal_and_an_expert_conclusion(world: World) -> None:
    loose = _line("Ma túy đá", Category.DRUGS, unit="g", quantity="12.5", examination=EXAMINED)
    summary = "Kết luận giám định 12/KL-PC09"  # a summary alone is not the conclusion
    sealed = replace(loose, seal_check=SealState.INTACT, contents=CONTENTS,
                     examination=Conclusion(), conclusion=summary)  # fmt: skip
    problems = world.services.intake.validate(world.keeper, _draft(world, loose, sealed))
    assert [(p.line, p.key, p.field) for p in problems] == [
        (1, "intake.expertise_needs_seal", "field.seal_check"),
        (2, "intake.expertise_needs_conclusion", "field.exam_body"),
        (2, "intake.expertise_needs_conclusion", "field.exam_number"),
        (2, "intake.expertise_needs_conclusion", "field.exam_date"),
    ]
    good = replace(sealed, examination=EXAMINED)
    assert world.services.intake.validate(world.keeper, _draft(world, good)) == []


@pytest.mark.parametrize("category", [Category.PRECIOUS_METAL, Category.GEMSTONE])
def test_gold_and_gems_come_sealed_with_their_weight(world: World, category: Category) -> None:
    """Decree 152 Art 44.2: sealed, kind, quantity and weight on the seal; else the line is
    refused and nothing is written."""
    loose = _line("Vàng miếng SJC 1 lượng", category, recorded_quantity=1)
    problems = world.services.intake.validate(world.keeper, _draft(world, loose))
    assert [(p.line, p.key) for p in problems] == [
        (1, "intake.valuable_needs_seal"),
        (1, "intake.valuable_needs_weight"),
    ]
    assert "Điều 44.2" in problems[0].message("vi")
    before = snapshot(world.services)
    with pytest.raises(IntakeRefusedError):
        world.services.intake.commit(world.keeper, _draft(world, loose))
    assert snapshot(world.services) == before
    good = _line("Vàng miếng SJC 1 lượng", category, recorded_quantity=1,
                 seal_check=SealState.INTACT, seal_numbers="NP-0101", contents=CONTENTS,
                 weight_grams=Decimal("37.5"), location_id=world.vault.id)  # fmt: skip
    [item] = world.services.intake.commit(world.keeper, _draft(world, good)).items
    assert item.weight_grams == Decimal("37.5") and item.seal_numbers == "NP-0101"


def test_a_quantity_differing_from_the_record_needs_a_discrepancy_note(world: World) -> None:
    line = _line("Bộ bàn ghế gỗ", quantity=5, recorded_quantity=6, unit="bộ")
    problem, *confirmation = world.services.intake.validate(world.keeper, _draft(world, line))
    assert problem.key == "intake.quantity_needs_note" and problem.field == "field.discrepancy"
    assert {p.key for p in confirmation} == {"intake.needs_confirmation"}
    assert "5" in problem.message("vi") and "6" in problem.message("vi")
    noted = replace(line, discrepancy="Thiếu 01 ghế so với biên bản thu giữ",
                    confirmation=CONFIRMED)  # fmt: skip
    result = world.services.intake.commit(world.keeper, _draft(world, noted))
    with world.services.db.session(read_only=True) as s:
        stored = s.scalars(select(IntakeLine)).one()
        assert stored.item_id == result.items[0].id
        assert not stored.matches_record and stored.discrepancy.startswith("Thiếu")


def test_header_problems_are_all_told_at_once(world: World) -> None:
    draft = IntakeDraft(delivering_body=" ", representative="")
    problems = world.services.intake.validate(world.keeper, draft)
    assert {p.field for p in problems} >= {
        "field.delivering_body",
        "field.representative",
        "field.seizure_record_number",
        "field.seizure_record_date",
        "field.case",
    }
    assert any(p.key == "intake.no_lines" for p in problems)
    assert all(p.line is None for p in problems)


def test_a_new_case_is_created_with_its_parties(world: World) -> None:
    new_case = CaseDraft(
        name="Cố ý gây thương tích – Đỗ Văn Hải",
        judgment_number="77/2026/HS-ST",
        court="Tòa án nhân dân khu vực 1 – Hà Nội",
    )
    parties = (
        PartyDraft(PartyRole.OWNER, "Đỗ Văn Hải", "001088012345"),
        PartyDraft(PartyRole.CREDITOR, "Ngô Thị Hà"),
    )
    draft = _draft(world, _line("Dao bấm"), case_id=None, new_case=new_case, parties=parties)
    result = world.services.intake.commit(world.keeper, draft)
    assert result.case_id != world.case.id
    case = world.services.cases.get(world.keeper, result.case_id)
    assert case.name == new_case.name and case.judgment_number == "77/2026/HS-ST"
    assert [(p.role, p.full_name) for p in case.parties] == [
        (PartyRole.OWNER, "Đỗ Văn Hải"),
        (PartyRole.CREDITOR, "Ngô Thị Hà"),
    ]
    assert result.items[0].case_id == result.case_id
    assert [c.id for c in world.services.cases.search(world.keeper, "do van hai")] == [case.id]


def test_no_new_case_is_received_inside_a_closed_statistics_period(world: World) -> None:
    """Joint Circular 12/2021 Art 9: the closed period's report would change (issue 19)."""
    results = world.services.case_results
    results.today = lambda: date(2026, 12, 1)
    closed = (date(2025, 10, 1), date(2025, 12, 31))
    results.close_period(world.head, *closed)
    new_case = CaseDraft(
        name="Vụ nhập muộn", decision_number="01/QĐ-THADS", decision_date=date(2025, 11, 20)
    )
    draft = _draft(world, _line("Dao bấm"), case_id=None, new_case=new_case)
    before = snapshot(world.services)
    with pytest.raises(ValidationError) as err:
        world.services.intake.commit(world.keeper, draft)
    assert err.value.key == "history.period_closed" and "31/12/2025" in err.value.message("vi")
    assert snapshot(world.services) == before


@pytest.mark.parametrize("role", [Role.CASHIER, Role.ACCOUNTANT, Role.ADMIN, Role.INSPECTOR])
def test_roles_without_receive_permission_are_refused(world: World, role: Role) -> None:
    before = snapshot(world.services)
    with pytest.raises(PermissionDeniedError):
        world.services.intake.commit(world.actors[role], _draft(world, *_three(world)))
    with pytest.raises(PermissionDeniedError):
        world.services.intake.validate(world.actors[role], _draft(world, *_three(world)))
    assert snapshot(world.services) == before


def test_the_officer_may_record_a_handover(world: World) -> None:
    result = world.services.intake.commit(world.officer, _draft(world, _line("Ví da")))
    assert result.items[0].status is ItemStatus.RECEIVED


def test_a_bad_location_on_the_last_line_refuses_the_whole_handover(world: World) -> None:
    lines = (*_three(world), _line("Máy tính xách tay Dell", location_id=999_999))
    before = snapshot(world.services)
    with pytest.raises(IntakeRefusedError) as refused:
        world.services.intake.commit(world.keeper, _draft(world, *lines))
    assert [(p.line, p.field) for p in refused.value.problems] == [(4, "field.location")]
    assert snapshot(world.services) == before


def test_a_failure_while_writing_rolls_back_everything(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_papers(*_args: object) -> object:
        raise RuntimeError("printer on fire")

    monkeypatch.setattr(intake_module.PaperWriter, "the_rest", broken_papers)
    draft = _draft(
        world,
        *_three(world),
        case_id=None,
        new_case=CaseDraft(name="Vụ việc bị hủy"),
        parties=(PartyDraft(PartyRole.OWNER, "Không Được Ghi"),),
    )
    before = snapshot(world.services)
    with pytest.raises(RuntimeError):
        world.services.intake.commit(world.keeper, draft)
    assert snapshot(world.services) == before
    with world.services.db.session(read_only=True) as s:
        assert (
            s.scalars(select(Party.full_name).where(Party.full_name == "Không Được Ghi")).all()
            == []
        )


def test_codes_continue_across_handovers_and_chains_verify(world: World) -> None:
    first = world.services.intake.commit(world.keeper, _draft(world, *_three(world)))
    second = world.services.intake.commit(world.keeper, _draft(world, *_three(world)))
    codes = [i.code for r in (first, second) for i in r.items]
    assert len(set(codes)) == 6
    assert verify_chains(world.services.db, world.admin).intact
    assert all(i.quantity == Decimal(i.quantity) for i in second.items)


def test_the_enforcement_officer_attends_and_signs_the_minutes(world: World) -> None:
    """Issue 16 (Decree 152 Art 37.2): a handover with no enforcement officer, or with someone
    who is not one, is refused with nothing written; the officer is named on the minutes."""
    new_case = CaseDraft(name="Cố ý gây thương tích – Đỗ Văn Hải")
    lines = (_line("Dao bấm"),)
    before = snapshot(world.services)
    for officer_id, key in ((None, "intake.officer_required"),
                            (world.keeper.user_id, "intake.not_an_officer")):  # fmt: skip
        draft = _draft(world, *lines, case_id=None, new_case=new_case, officer_id=officer_id)
        with pytest.raises(IntakeRefusedError) as refused:
            world.services.intake.commit(world.keeper, draft)
        assert [p.key for p in refused.value.problems] == [key]
        assert snapshot(world.services) == before
    assert "Người dùng keeper không phải Chấp hành viên" in refused.value.message("vi")
    draft = _draft(world, *lines, case_id=None, new_case=new_case)
    result = world.services.intake.commit(world.keeper, draft)
    minutes = result.documents[0]
    text = " ".join(page_texts(world.services.documents.pdf(world.keeper, minutes.id)))
    assert "Người dùng officer" in text


def test_the_minutes_are_made_where_the_items_are_kept(world: World) -> None:
    """Issue 16 (Decree 152 Art 37.2): items that stay in a police warehouse are handed over
    there, and the minutes give that warehouse's address, not the agency's."""
    actor = world.admin
    police = world.services.warehouses.create(
        actor, "CADD", "Kho vật chứng Công an quận Đống Đa", CustodianKind.POLICE,
        "Công an quận Đống Đa", "số 2 Hoàng Cầu, phường Ô Chợ Dừa, Hà Nội",
    )  # fmt: skip
    shelf = world.services.warehouses.add_location(actor, police.id, "Kệ 1", LocationKind.SHELF)
    lines = (_line("Xe máy Honda Wave", location_id=shelf.id),)
    result = world.services.intake.commit(world.keeper, _draft(world, *lines))
    text = " ".join(page_texts(world.services.documents.pdf(world.keeper, result.documents[0].id)))
    assert "Kho vật chứng Công an quận Đống Đa, số 2 Hoàng Cầu" in " ".join(text.split())


def test_a_condition_other_than_the_seizure_records_needs_the_difference_written(
    world: World,
) -> None:
    """Issue 16 (Art 37.2.b): "vỡ màn hình" against "mới, nguyên hộp" no longer passes as
    matching the record; with the difference written it is accepted and printed."""
    line = _line("Điện thoại iPhone 13", Category.PHONE, condition="Vỡ màn hình",
                 recorded_condition="Mới, nguyên hộp", recorded_quantity=1)  # fmt: skip
    before = snapshot(world.services)
    with pytest.raises(IntakeRefusedError) as refused:
        world.services.intake.commit(world.keeper, _draft(world, line))
    assert [p.key for p in refused.value.problems] == ["intake.condition_needs_note"] + [
        "intake.needs_confirmation"
    ] * 4
    assert "“Vỡ màn hình” khác biên bản thu giữ (“Mới, nguyên hộp”)" in refused.value.message("vi")
    assert snapshot(world.services) == before
    same = replace(line, recorded_condition="vỡ  màn hình")  # case and spacing aside
    assert world.services.intake.validate(world.keeper, _draft(world, same)) == []
    noted = replace(line, discrepancy="Màn hình vỡ khi vận chuyển, có xác nhận của bên giao",
                    confirmation=CONFIRMED)  # fmt: skip
    result = world.services.intake.commit(world.keeper, _draft(world, noted))
    text = " ".join(" ".join(page_texts(
        world.services.documents.pdf(world.keeper, result.documents[0].id))).split())  # fmt: skip
    assert "Màn hình vỡ khi vận chuyển" in text


def _minutes_text(world: World, result: object) -> str:
    """The handover minutes' text on one line, as extracted from the stored PDF."""
    minutes = result.documents[0]  # type: ignore[attr-defined]
    assert minutes.kind == "handover_minutes"
    pdf = world.services.documents.pdf(world.keeper, minutes.id)
    return " ".join(" ".join(page_texts(pdf)).split())
