"""Vietnamese dictionary order (evidence_app/domain/collation.py): letters in the alphabet's
order with Đ after D and Ă, Â after A; tones weigh only between the same letters."""

from __future__ import annotations

import unicodedata

from evidence_app.domain.collation import person_key, vietnamese_key


def _sorted(*names: str) -> list[str]:
    return sorted(names, key=vietnamese_key)


def test_d_with_stroke_comes_after_d_and_before_e() -> None:
    assert _sorted("Hà", "Đào", "Dũng", "Em", "Duy") == ["Dũng", "Duy", "Đào", "Em", "Hà"]
    # Code point order puts Đ after every Latin letter.
    assert sorted(["Hà", "Đào"]) == ["Hà", "Đào"]


def test_a_breve_and_a_circumflex_come_after_a() -> None:
    assert _sorted("Ba", "Âu", "Ăn", "Anh", "An") == ["An", "Anh", "Ăn", "Âu", "Ba"]
    assert _sorted("Ơn", "Ông", "Oanh", "Ưng", "Uyên", "Vân") == [
        "Oanh", "Ông", "Ơn", "Uyên", "Ưng", "Vân",
    ]  # fmt: skip
    assert _sorted("Êm", "Ép", "Em") == ["Em", "Ép", "Êm"]


def test_tones_weigh_only_between_the_same_letters() -> None:
    assert _sorted("Hô Bình", "Hồ Anh") == ["Hồ Anh", "Hô Bình"]
    assert _sorted("Bác", "Bạc", "Bắc", "Bac", "Bảc", "Bãc", "Bàc") == [
        "Bac", "Bàc", "Bảc", "Bãc", "Bác", "Bạc", "Bắc",
    ]  # fmt: skip
    # A dotted-below circumflex (ệ, ậ) is one letter with its tone, in either mark order.
    assert _sorted("Lệ", "Lê", "Lễ", "Le") == ["Le", "Lê", "Lễ", "Lệ"]


def test_a_shorter_word_comes_first_and_case_weighs_last() -> None:
    assert _sorted("Anh Tuấn", "An", "Anh") == ["An", "Anh", "Anh Tuấn"]
    assert _sorted("an", "An") == ["an", "An"]
    # However the name was typed (composed or not), it sorts the same.
    assert vietnamese_key(unicodedata.normalize("NFD", "Nguyễn")) == vietnamese_key("Nguyễn")


def test_people_are_listed_by_given_name_then_family_and_middle_names() -> None:
    """Vietnamese lists of people: the given name (tên, the last word) first, then the
    family and middle names, with the same collation."""

    def people(*names: str) -> list[str]:
        return sorted(names, key=person_key)

    assert people("Nguyễn Thị Bình", "Trần Văn An") == ["Trần Văn An", "Nguyễn Thị Bình"]
    assert people("Lê Văn Đức", "Phạm Văn Dũng") == ["Phạm Văn Dũng", "Lê Văn Đức"]
    # The same given name: the family and middle names decide, Đ after D, Â after A.
    assert people("Đỗ Văn An", "Dương Thị An", "Ân Văn An", "An Thị An") == [
        "An Thị An", "Ân Văn An", "Dương Thị An", "Đỗ Văn An",
    ]  # fmt: skip
    assert people("Ân Văn Ái", "An Văn Bình", "Hà Văn Hải") == [
        "Ân Văn Ái", "An Văn Bình", "Hà Văn Hải",
    ]  # fmt: skip
    # A one-word name is its given name; spaces around do not count.
    assert people("  Bình ", "Trần An") == ["Trần An", "  Bình "]
