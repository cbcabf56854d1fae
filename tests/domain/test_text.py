"""Vietnamese folding for search and the input cleaning every form shares."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from evidence_app.domain.text import clean, fold, fold_tokens, has_control_chars


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Xe máy HONDA Wave-α", "xe may honda wave α"),
        ("XE MÁY", "xe may"),
        ("xe may", "xe may"),
        ("Điện thoại", "dien thoai"),
        ("đ Đ", "d d"),
        ("Nguyễn Thị Hương", "nguyen thi huong"),
        ("Trộm cắp tài sản – Lê Văn Cường", "trom cap tai san le van cuong"),
        ("Ổ CỨNG ỨNG DỤNG ƯỚC", "o cung ung dung uoc"),
        ("  biển   số\t29-B1 123.45 ", "bien so 29 b1 123 45"),
        ("a_b__c", "a b c"),
        ("", ""),
        ("!!!", ""),
        ("123/2026/HS-ST", "123 2026 hs st"),
    ],
)
def test_fold_examples(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_every_vietnamese_vowel_with_marks_folds_to_its_base_letter() -> None:
    bases = "aăâeêioôơuưy"
    plain = "aaaeeiooouuy"
    for base, expected in zip(bases, plain, strict=True):
        for mark in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"):
            composed = unicodedata.normalize("NFC", base + mark)
            assert fold(composed) == expected, composed
            assert fold(composed.upper()) == expected, composed.upper()


def test_nfd_input_folds_like_nfc() -> None:
    word = "Điện thoại di động Sạc dự phòng"
    assert (
        fold(unicodedata.normalize("NFD", word)) == fold(word) == "dien thoai di dong sac du phong"
    )


def test_fold_tokens_keeps_order_and_drops_duplicates() -> None:
    assert fold_tokens("Xe máy, xe MÁY đỏ") == ["xe", "may", "do"]
    assert fold_tokens("   ") == []


@pytest.mark.parametrize(
    ("raw", "has"),
    [
        ("bình thường", False),
        ("hai\ndòng\tcó tab", False),
        ("nul\x00", True),
        ("escape\x1b[31m", True),
        ("bidi\u202eoverride", True),
        ("isolate\u2066x\u2069", True),
        ("zero\u200bwidth", False),  # a format character with no reordering power
        ("left-to-right mark\u200e", False),
        ("del\x7f", True),
        ("private\ue000", True),
        ("unassigned\U000e0080", True),
    ],
)
def test_has_control_chars(raw: str, has: bool) -> None:
    assert has_control_chars(raw) is has


def test_clean_trims_and_normalises_to_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "  Xe máy  ")
    assert clean(nfd) == "Xe máy"
    assert unicodedata.is_normalized("NFC", clean(nfd))


VIETNAMESE = st.text(
    alphabet=st.sampled_from(
        list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ áàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựýỳỷỹỵ-.,/")
    )
)
ANY_TEXT = st.one_of(st.text(), VIETNAMESE)


@given(ANY_TEXT)
@example("ǅ ß ﬁ İ ẞ ΐ")
def test_fold_is_idempotent(raw: str) -> None:
    once = fold(raw)
    assert fold(once) == once


@given(ANY_TEXT)
@example("Ꭰꭰ ǅ ß ﬁ Ω")
def test_fold_output_is_case_folded_words_without_marks(raw: str) -> None:
    folded = fold(raw)
    assert folded == folded.strip()
    assert "  " not in folded
    for char in folded:
        assert char == " " or char.isalnum(), char
        assert not unicodedata.combining(char), char
        assert char not in "đĐð"
    # Case folded: nothing left to fold. (Unicode folds Cherokee to its capitals, so
    # "lower case" means casefold's fixed point, which equals lower() for Latin letters.)
    assert folded.casefold() == folded
    if folded.isascii():
        assert folded == folded.lower()


@given(VIETNAMESE)
def test_folded_vietnamese_is_ascii(raw: str) -> None:
    assert fold(raw).isascii()


@given(ANY_TEXT)
def test_nfc_and_nfd_inputs_fold_the_same(raw: str) -> None:
    assert fold(unicodedata.normalize("NFC", raw)) == fold(unicodedata.normalize("NFD", raw))


@given(ANY_TEXT)
def test_upper_and_lower_case_fold_the_same_for_vietnamese(raw: str) -> None:
    if raw.upper().lower() == raw.lower():
        assert fold(raw.upper()) == fold(raw.lower())


@given(st.text())
def test_clean_never_crashes_and_is_stable(raw: str) -> None:
    once = clean(raw)
    assert clean(once) == once
    assert isinstance(has_control_chars(once), bool)
