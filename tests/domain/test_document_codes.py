"""A document's QR payload: read back whatever case or blanks a scanner adds; refused clearly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evidence_app.domain.codes import (
    CodeKind,
    DocumentCode,
    parse_code,
    parse_document_code,
)
from evidence_app.domain.document_kinds import SUFFIXES, document_number
from evidence_app.domain.enums import DocumentKind
from evidence_app.domain.errors import InvalidCodeError

CODE = "9f" * 32
HEADS = "0123456789abcdef"
PAYLOAD = f"THADS-DOC|15/BB-THADS|2026|handover_minutes|{CODE}|{HEADS}"


def test_payload_round_trips() -> None:
    parsed = parse_document_code(PAYLOAD)
    assert parsed == DocumentCode("15/BB-THADS", 2026, "handover_minutes", CODE, HEADS)
    assert parsed.payload() == PAYLOAD


def test_case_and_blanks_from_a_scanner_are_forgiven() -> None:
    noisy = " thads-doc|15/bb-thads|2026|HANDOVER_MINUTES|" + CODE.upper() + "|" + HEADS + "\r\n"
    assert parse_code(noisy) == parse_code(PAYLOAD)
    assert parse_code(noisy).kind is CodeKind.DOCUMENT


def test_the_short_code_typed_from_paper_is_accepted() -> None:
    assert parse_document_code(PAYLOAD.replace(CODE, CODE[:16])).code == CODE[:16]


@pytest.mark.parametrize(
    "bad",
    [
        "THADS-DOC|",
        PAYLOAD.replace("|2026|", "|26|"),
        PAYLOAD.replace(HEADS, "xyz"),
        PAYLOAD + "|extra",
        PAYLOAD.replace("15/BB-THADS", "15"),
    ],
)
def test_malformed_payloads_are_refused_with_the_format(bad: str) -> None:
    with pytest.raises(InvalidCodeError) as caught:
        parse_code(bad)
    assert "THADS-DOC|số|năm" in caught.value.message("vi")


@given(st.text(max_size=200))
def test_any_text_after_the_prefix_parses_to_a_fixed_point_or_is_refused(tail: str) -> None:
    try:
        parsed = parse_code("THADS-DOC|" + tail)
    except InvalidCodeError:
        return
    assert parse_code(parsed.text) == parsed


def test_every_kind_has_a_suffix_and_numbers_read_seq_slash_suffix() -> None:
    assert set(SUFFIXES) == set(DocumentKind)
    assert document_number(DocumentKind.ENTRY_ORDER, 3) == "3/LNK-THADS"
    assert document_number(DocumentKind.STOCK_CARD, 2) == "2/TK-THADS"
