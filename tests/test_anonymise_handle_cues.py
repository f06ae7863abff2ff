"""A platform named in lower case before an account still marks it: "snap: jess_m22", "her
tiktok is mariaclara.xo". Only account-shaped names (a digit, "_" or ".") count after a
lower-case platform word, so ordinary words after "line" or "signal" stay."""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("add me on snap: jess_m22", "add me on snap: [HANDLE]"),
        ("her tiktok is mariaclara.xo", "her tiktok is [HANDLE]"),
        ("skype: live:raj.patel_7 after 5", "skype: live:[HANDLE] after 5"),
        ("threads: nina.codes for updates", "threads: [HANDLE] for updates"),
    ],
)
def test_a_lower_case_platform_marks_the_account(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    "note",
    ["signal: strong in the basement", "line: 3 of the form", "the ig stories did well"],
)
def test_ordinary_words_after_a_platform_stay(note: str) -> None:
    assert anonymise(note).text == note
