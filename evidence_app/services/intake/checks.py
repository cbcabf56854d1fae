"""What a handover must satisfy before anything is written (Decree 152/2026 Art 37.2).

Pure checks over the drafts: each problem names its line and the field to mark, so the
intake screen can show every problem at once, beside the line it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from evidence_app.domain.clock import agency_today
from evidence_app.domain.enums import (
    EXAMINED_CATEGORIES,
    MONEY_CATEGORIES,
    SEALED_EXAMINED_CATEGORIES,
    Category,
    PartyRole,
    SealState,
)
from evidence_app.domain.errors import ValidationError
from evidence_app.domain.messages import render
from evidence_app.domain.money import NoteCount, parse_notes
from evidence_app.services.catalogue import CaseDraft, ItemDraft, cleaned, cleaned_case
from evidence_app.services.core import validate as v
from evidence_app.services.intake.statements import (
    Conclusion,
    Confirmation,
    Contents,
    cleaned_conclusion,
    cleaned_confirmation,
    cleaned_contents,
    conclusion_problems,
    confirmation_problems,
    contents_problems,
)

#: Seal states that block acceptance until a competent body concludes (Art 37.2.c).
BROKEN_SEALS = frozenset({SealState.TORN, SealState.SUSPICIOUS})
#: Precious metals and gems are sealed, with kind, quantity and weight (Decree 152 Art 44.2).
SEALED_BY_WEIGHT = frozenset({Category.PRECIOUS_METAL, Category.GEMSTONE})


@dataclass(frozen=True)
class PartyDraft:
    """A party of a case created during the handover."""

    role: PartyRole
    full_name: str
    id_number: str = ""
    address: str = ""


@dataclass(frozen=True)
class IntakeLineDraft:
    """One item as delivered, and what the seizure record says about it.

    ``item.seal_state`` is replaced by ``seal_check`` (what the keeper saw); ``location_id``
    (or else ``item.location_id``) puts the item away in the same transaction.
    """

    item: ItemDraft
    recorded_quantity: Decimal | int | str | None = None
    recorded_condition: str = ""
    seal_check: SealState = SealState.UNSEALED
    discrepancy: str = ""
    #: A summary of the competent body's conclusion, optional beside the structured ones.
    conclusion: str = ""
    location_id: int | None = None
    #: Cash: the notes of each denomination as counted (Decree 152 Art 44.2), or the text a
    #: keeper typed ("500.000 x 20; 200.000 x 5"), read by ``check_line``.
    notes: tuple[NoteCount, ...] | str = ()
    #: Foreign currency: the country whose money it is (Art 44.2).
    country: str = ""
    #: Art 37.2.b: the custodian head's written confirmation, when the item has changed.
    confirmation: Confirmation = field(default_factory=Confirmation)
    #: Art 37.2.c: what a sealed package holds.
    contents: Contents = field(default_factory=Contents)
    #: Art 37.2.c: the competent body's conclusion on a torn or suspicious seal.
    seal_conclusion: Conclusion = field(default_factory=Conclusion)
    #: Art 37.2.c: the expert examination conclusion (``EXAMINED_CATEGORIES``).
    examination: Conclusion = field(default_factory=Conclusion)

    @property
    def note_counts(self) -> tuple[NoteCount, ...]:
        """The notes once read (``check_line`` turns typed text into counts)."""
        return () if isinstance(self.notes, str) else tuple(self.notes)

    @property
    def target_location_id(self) -> int | None:
        return self.location_id if self.location_id is not None else self.item.location_id


@dataclass(frozen=True)
class IntakeDraft:
    """A handover session: who delivers, for which case, against which seizure record."""

    delivering_body: str
    representative: str
    representative_position: str = ""
    case_id: int | None = None
    new_case: CaseDraft | None = None
    parties: tuple[PartyDraft, ...] = ()
    seizure_record_number: str = ""
    seizure_record_date: date | None = None
    note: str = ""
    lines: tuple[IntakeLineDraft, ...] = ()
    officer_id: int | None = None


@dataclass(frozen=True)
class LineProblem:
    """One reason a handover cannot be recorded; ``line`` is 1-based, None for the header."""

    line: int | None
    field: str
    key: str
    params: tuple[tuple[str, Any], ...] = ()
    name: str = ""

    def message(self, lang: str = "vi") -> str:
        inner = render(self.key, lang, **dict(self.params))
        if self.line is None:
            return inner
        return render("intake.line", lang, line=self.line, name=self.name or "—", problem=inner)


def problem_of(exc: ValidationError, line: int | None = None, name: str = "") -> LineProblem:
    field = str(exc.params.get("field", ""))
    return LineProblem(line, field, exc.key, tuple(exc.params.items()), name)


def check_header(draft: IntakeDraft) -> tuple[IntakeDraft, list[LineProblem]]:
    """The header cleaned, and its problems (required fields, the case, at least one line)."""
    problems: list[LineProblem] = []

    def text(value: str, field: str, limit: int, required: bool = False) -> str:
        try:
            return v.text_field(value, field, limit=limit, required=required)
        except ValidationError as exc:
            problems.append(problem_of(exc))
            return value

    result = replace(
        draft,
        delivering_body=text(draft.delivering_body, "field.delivering_body", 300, True),
        representative=text(draft.representative, "field.representative", 200, True),
        representative_position=text(draft.representative_position, "field.position", 200),
        seizure_record_number=text(
            draft.seizure_record_number, "field.seizure_record_number", 60, True
        ),
        note=text(draft.note, "field.note", 4000),
    )
    if draft.seizure_record_date is None:
        problems.append(
            LineProblem(
                None,
                "field.seizure_record_date",
                "validation.required",
                (("field", "field.seizure_record_date"),),
            )
        )
    problems += _case_problems(draft)
    if draft.new_case is not None and not problems:
        result = replace(result, new_case=cleaned_case(draft.new_case))
        result = replace(result, parties=tuple(_cleaned_party(p) for p in draft.parties))
    if not draft.lines:
        problems.append(LineProblem(None, "", "intake.no_lines"))
    return result, problems


def _case_problems(draft: IntakeDraft) -> list[LineProblem]:
    if draft.case_id is None and draft.new_case is None:
        return [LineProblem(None, "field.case", "intake.case_required")]
    if draft.case_id is not None:
        return []
    problems = []
    try:
        cleaned_case(draft.new_case)  # type: ignore[arg-type]
        for party in draft.parties:
            _cleaned_party(party)
    except ValidationError as exc:
        problems.append(problem_of(exc))
    return problems


def _cleaned_party(party: PartyDraft) -> PartyDraft:
    return replace(
        party,
        role=v.member(PartyRole, party.role, "field.role"),
        full_name=v.text_field(party.full_name, "field.full_name", limit=200, required=True),
        id_number=v.text_field(party.id_number, "field.number", limit=40),
        address=v.text_field(party.address, "field.address", limit=1000),
    )


def check_line(
    number: int, line: IntakeLineDraft, header: IntakeDraft
) -> tuple[IntakeLineDraft, list[LineProblem]]:
    """The line cleaned (item fields, seal, quantity against the record) and its problems."""
    name = (line.item.name or "").strip()[:60]

    def problem(field: str, key: str, **params: Any) -> LineProblem:
        return LineProblem(number, field, key, tuple(params.items()), name)

    try:
        seal = v.member(SealState, line.seal_check, "field.seal_check")
        item = cleaned(
            replace(
                line.item,
                seal_state=seal,
                case_id=header.case_id,
                transferring_body=line.item.transferring_body or header.delivering_body,
                location_id=None,
            )
        )
        recorded = v.optional_decimal(line.recorded_quantity, "field.recorded_quantity")
        checked = replace(
            line,
            item=item,
            seal_check=seal,
            recorded_quantity=recorded,
            recorded_condition=v.text_field(
                line.recorded_condition, "field.recorded_condition", limit=2000
            ),
            discrepancy=v.text_field(line.discrepancy, "field.discrepancy", limit=2000),
            conclusion=v.text_field(line.conclusion, "field.conclusion", limit=2000),
            location_id=line.target_location_id,
            notes=parse_notes(line.notes) if isinstance(line.notes, str) else tuple(line.notes),
            country=v.text_field(line.country, "field.country", limit=100),
        )
        checked = _applicable(checked)
    except ValidationError as exc:
        return line, [problem_of(exc, number, name)]
    return checked, _rule_problems(checked, problem) + _statement_problems(
        checked, header, LineProblem(number, "", "", (), name)
    )


def _applicable(line: IntakeLineDraft) -> IntakeLineDraft:
    """The written statements cleaned, those the line does not call for left out (a form's
    hidden fields, a confirmation without a change) so none is stored or printed wrongly."""
    return replace(
        line,
        confirmation=cleaned_confirmation(line.confirmation) if changed(line) else Confirmation(),
        contents=cleaned_contents(line.contents) if sealed(line) else Contents(),
        seal_conclusion=(
            cleaned_conclusion(line.seal_conclusion, "seal")
            if line.seal_check in BROKEN_SEALS
            else Conclusion()
        ),
        examination=(
            cleaned_conclusion(line.examination, "exam")
            if line.item.category in EXAMINED_CATEGORIES
            else Conclusion()
        ),
    )


def _statement_problems(
    line: IntakeLineDraft, header: IntakeDraft, problem: LineProblem
) -> list[LineProblem]:
    """Decree 152/2026 Art 37.2.b–c: what must be written before the line is accepted
    (``problem`` gives the line's number and name)."""
    today = agency_today()
    found = []
    if changed(line):  # Art 37.2.b: received as changed only on the head's confirmation
        found += confirmation_problems(line.confirmation, header.seizure_record_date, today)
    if sealed(line):  # Art 37.2.c: a sealed package only when its contents are clear
        found += contents_problems(line.contents)
    if line.seal_check in BROKEN_SEALS:  # Art 37.2.c, last paragraph
        found += conclusion_problems(line.seal_conclusion, "seal", "intake.seal_needs_conclusion",
                                     today, seal=line.seal_check)  # fmt: skip
    category: Category = line.item.category
    if category in EXAMINED_CATEGORIES:  # Art 37.2.c: with the expert examination conclusion
        found += conclusion_problems(line.examination, "exam", "intake.expertise_needs_conclusion",
                                     today, category=category)  # fmt: skip
    return [
        LineProblem(problem.line, field, key, tuple(params.items()), problem.name)
        for field, key, params in found
    ]


def _rule_problems(line: IntakeLineDraft, problem: Any) -> list[LineProblem]:
    problems: list[LineProblem] = []
    category: Category = line.item.category
    # Art 37.2.c: drugs, toxic chemicals and explosives only as a sealed package
    if category in SEALED_EXAMINED_CATEGORIES and line.seal_check is SealState.UNSEALED:
        problems.append(
            problem("field.seal_check", "intake.expertise_needs_seal", category=category)
        )
    if category in SEALED_BY_WEIGHT:  # Decree 152 Art 44.2: sealed, its weight written on it
        if line.seal_check is SealState.UNSEALED:
            problems.append(problem("field.seal_check", "intake.valuable_needs_seal",
                                    category=category))  # fmt: skip
        if line.item.weight_grams is None:
            problems.append(problem("field.weight", "intake.valuable_needs_weight",
                                    category=category))  # fmt: skip
    if category in MONEY_CATEGORIES:  # Decree 152 Art 44.2: notes by denomination; the country
        if not line.note_counts:
            problems.append(problem("field.notes", "intake.money_needs_notes", category=category))
        if category is Category.FOREIGN_CURRENCY and not line.country:
            problems.append(problem("field.country", "intake.currency_needs_country"))
    if condition_differs(line) and not line.discrepancy:  # Art 37.2: compared, field by field
        problems.append(
            problem(
                "field.discrepancy",
                "intake.condition_needs_note",
                condition=line.item.condition,
                recorded=line.recorded_condition,
            )
        )
    if differs(line) and not line.discrepancy:
        problems.append(
            problem(
                "field.discrepancy",
                "intake.quantity_needs_note",
                counted=_plain(line.item.quantity),
                recorded=_plain(line.recorded_quantity),
            )
        )
    return problems


def changed(line: IntakeLineDraft) -> bool:
    """The item is not as the seizure record states: quantity, condition, or a difference
    the keeper wrote (Art 37.2.b)."""
    return differs(line) or condition_differs(line) or bool(line.discrepancy)


def sealed(line: IntakeLineDraft) -> bool:
    """Handed over as a sealed package, whatever the state of the seal (Art 37.2.c)."""
    return line.seal_check is not SealState.UNSEALED


def differs(line: IntakeLineDraft) -> bool:
    """The counted quantity is not the one the seizure record states."""
    if line.recorded_quantity is None:
        return False
    return Decimal(str(line.recorded_quantity)) != Decimal(str(line.item.quantity))


def condition_differs(line: IntakeLineDraft) -> bool:
    """The condition seen is not the one the seizure record states (case and spacing aside)."""
    if not line.recorded_condition:
        return False
    seen, recorded = (" ".join(t.casefold().split()) for t in
                      (line.item.condition, line.recorded_condition))  # fmt: skip
    return seen != recorded


def _plain(value: object) -> str:
    number = Decimal(str(value))
    return format(number.normalize(), "f") if number == number.to_integral() else str(number)
