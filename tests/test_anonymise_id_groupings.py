"""An Indonesian NIK goes however its sixteen digits are grouped (6-6-4 as the card prints
region, birth date and serial, or dotted), when its region and birth date check out."""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    "nik", ["327301-520195-0004", "3273.0152.0195.0004", "327301 520195 0004", "3273015201950004"]
)
def test_a_nik_goes_in_any_grouping(nik: str) -> None:
    out = anonymise(f"NIK: {nik} (KTP)").text
    assert nik not in out and "[ID]" in out, out


@pytest.mark.parametrize("number", ["990101-520195-0004", "327301-993395-0004"])
def test_sixteen_digits_that_fail_the_check_are_not_a_nik(number: str) -> None:
    out = anonymise(f"Batch {number} shipped").text
    assert "[ID]" not in out, out
