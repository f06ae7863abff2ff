"""Kinds of identifier the anonymiser used to miss, in our own sentences, each beside the same
words used as ordinary words, which must stay."""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


def _twice(text: str) -> tuple[str, str]:
    once = anonymise(text).text
    return once, anonymise(once).text


@pytest.mark.parametrize("label", ["NIK", "NPWP", "DNI", "CURP", "SSN", "NIE", "KTP"])
def test_a_numbers_label_before_its_placeholder_stays_a_label_on_a_second_pass(label) -> None:
    """The share flow anonymises the sharer's edit again: a label before "[ID]" is no name."""
    note = (
        f"DAFTAR HADIR PELATIHAN GUDANG\n"
        f"PESERTA: HENDRA KUSUMAWARDHANA / {label} 3171012309870004\n"
        f"PESERTA: WAHYUNINGSIH PRATAMA / {label} 3578046112900003\n"
    )
    once, again = _twice(note)
    assert f"{label} [ID]" in once
    assert again == once


def test_a_placeholder_after_a_label_in_ordinary_case_is_unchanged_on_a_second_pass() -> None:
    note = "Pasien: Rahmawati Siregar / NIK 3171012309870004, kontrol lagi minggu depan."
    once, again = _twice(note)
    assert "NIK [ID]" in once and again == once


def test_a_name_before_a_placeholder_in_capitals_is_still_a_name() -> None:
    """Guard: only a number's label is spared, the passenger's name still goes."""
    note = "NAMA PENUMPANG: HENDRA KUSUMAWARDHANA [ID]\nBERANGKAT DARI GAMBIR JAM 7 PAGI.\n"
    once = anonymise(note).text
    assert "HENDRA" not in once and "KUSUMAWARDHANA" not in once
