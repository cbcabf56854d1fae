"""Scanned and typed codes: what parse_code accepts, and how it refuses the rest."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evidence_app.domain.codes import (
    MAX_CODE_LENGTH,
    MAX_SERIAL,
    CodeKind,
    ParsedCode,
    item_code,
    kept_code_problem,
    parse_code,
)
from evidence_app.domain.enums import ItemKind
from evidence_app.domain.errors import InvalidCodeError, ValidationError
from evidence_app.domain.messages import MESSAGES


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("VC-2026-000123", "VC-2026-000123"),
        ("vc-2026-000123", "VC-2026-000123"),
        ("  VC-2026-000123\n", "VC-2026-000123"),
        ("\tkb-1999-123456789 ", "KB-1999-123456789"),
        ("TG-2026-0000001", "TG-2026-0000001"),
        ("VC - 2026 - 000123", "VC-2026-000123"),
        ("VC-1945-000001", "VC-1945-000001"),
        ("VC-2200-000001", "VC-2200-000001"),
    ],
)
def test_item_codes_are_accepted_in_any_case_and_spacing(raw: str, expected: str) -> None:
    assert parse_code(raw) == ParsedCode(CodeKind.ITEM, expected)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("VT-K01-7", "VT-K01-7"),
        ("vt-k01-a-02", "VT-K01-A-02"),
        ("  VT-K01-A-02-3-4-5  ", "VT-K01-A-02-3-4-5"),
        ("VT-ABCDEFGHIJKL", "VT-ABCDEFGHIJKL"),
    ],
)
def test_location_codes_are_accepted(raw: str, expected: str) -> None:
    assert parse_code(raw) == ParsedCode(CodeKind.LOCATION, expected)


def test_item_code_builds_what_parse_code_accepts() -> None:
    for kind in ItemKind:
        code = item_code(kind, 2026, 42)
        assert parse_code(code.lower()) == ParsedCode(CodeKind.ITEM, code)
    assert item_code(ItemKind.EVIDENCE, 2026, 123) == "VC-2026-000123"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "code.empty"),
        ("   \t\n", "code.empty"),
        ("VC-2026-12345", "code.format"),  # too few digits
        ("VC-2026-1234567890", "code.format"),  # too many digits
        ("VC-26-000123", "code.format"),
        ("VC2026000123", "code.format"),
        ("VC-2026-00012A", "code.format"),
        ("VC-1944-000123", "code.year"),
        ("VC-2201-000123", "code.year"),
        ("XX-2026-000123", "code.prefix"),
        ("AB-K01-1", "code.prefix"),
        ("VT-", "code.format"),
        ("VT-ABCDEFGHIJKLM", "code.format"),  # a segment of 13 characters
        ("VT-1-2-3-4-5-6-7", "code.format"),  # seven segments
        ("VT-K01_A", "code.format"),
        ("VC-2026-000123" + "0" * 60, "code.format"),
        ("VĆ-2026-000123", "code.format"),
        ("Xe máy", "code.format"),
        ("'; DROP TABLE item; --", "code.format"),
    ],
)
def test_malformed_codes_are_refused_with_a_reason_in_both_languages(raw: str, reason: str) -> None:
    with pytest.raises(InvalidCodeError) as caught:
        parse_code(raw)
    error = caught.value
    assert error.params["reason"] == reason
    vi_reason, en_reason = MESSAGES[reason]
    vi, en = error.message("vi"), error.message("en")
    assert vi_reason in vi and "không hợp lệ" in vi
    assert en_reason in en and "not valid" in en
    assert "{" not in vi and "{" not in en


def test_a_refused_long_code_is_shown_shortened() -> None:
    with pytest.raises(InvalidCodeError) as caught:
        parse_code("A" * 10_000)
    assert len(caught.value.params["code"]) == MAX_CODE_LENGTH


@given(st.text())
def test_arbitrary_text_parses_or_raises_only_invalid_code_error(raw: str) -> None:
    try:
        parsed = parse_code(raw)
    except InvalidCodeError as error:
        assert error.message("vi") and error.message("en")
        return
    assert parsed.text == parsed.text.strip().upper()
    assert parse_code(parsed.text) == parsed


@given(
    st.sampled_from(["VC", "TG", "KB", "vc", "tg", "kb"]),
    st.integers(1945, 2200),
    st.integers(0, 999_999_999),
    st.text(alphabet=" \t\n", max_size=3),
)
def test_every_well_formed_item_code_is_accepted(
    prefix: str, year: int, number: int, pad: str
) -> None:
    raw = f"{pad}{prefix}-{year:04d}-{number:06d}{pad}"
    assert parse_code(raw) == ParsedCode(CodeKind.ITEM, f"{prefix.upper()}-{year}-{number:06d}")


@given(st.sampled_from(list(ItemKind)), st.integers(1945, 2200), st.integers(1, MAX_SERIAL))
def test_every_code_the_sequence_can_give_parses_back_to_itself(
    kind: ItemKind, year: int, number: int
) -> None:
    code = item_code(kind, year, number)
    assert parse_code(code) == ParsedCode(CodeKind.ITEM, code)


@pytest.mark.parametrize("number", [0, -1, MAX_SERIAL + 1, 10**12])
def test_a_serial_outside_the_format_is_refused_not_printed(number: int) -> None:
    with pytest.raises(ValidationError) as caught:
        item_code(ItemKind.EVIDENCE, 2026, number)
    assert caught.value.key == "code.exhausted"
    assert "VC" in caught.value.message("vi") and "2026" in caught.value.message("en")


@pytest.mark.parametrize(
    ("code", "kept"),
    [
        ("VC-2026-000001", True),
        ("VC-2026-999999", True),
        ("VC-2026-000000", False),  # serials start at 1
        ("VC-2026-0000123", False),  # a second spelling of serial 123
        ("VC-2026-1000000", False),  # past the printed six digits
        ("VC-2026-999999999", False),  # would leave the year's sequence nothing to give
    ],
)
def test_only_six_digit_canonical_codes_are_kept_from_a_ledger(code: str, kept: bool) -> None:
    assert (kept_code_problem(code) is None) is kept
