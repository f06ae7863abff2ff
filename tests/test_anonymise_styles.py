"""Notes in the shapes people paste them in: chat exports, e-mail threads, meeting-tool
transcripts, bullet fragments, Indonesian WhatsApp, Spanish typed without accents.

Each case is one thing the anonymiser got wrong on such notes: a person kept, or a word of
the lesson (a date, a month, a place, a brand) taken for a person.
"""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # A chat export's timestamp is a date and a time, not a phone number.
        ("[19.02.25 20:14] Bu Ratih: besok sesi jam 10 ya",
         "[19.02.25 20:14] Bu [PERSON_1]: besok sesi jam 10 ya"),
        ("[03/04/25 08.01] Saya: siap pak", "[03/04/25 08.01] Saya: siap pak"),
        # "TTL" (tempat, tanggal lahir) introduces a place and date of birth.
        ("TTL: Medan, 03-05-1997.", "TTL: Medan, [DOB]."),
        # Months in Bahasa Indonesia and Spanish after a word of time are months.
        ("Catatan: Intan pakai Gojek. Mulai Juni kami uji coba kerja hibrida.",
         "Catatan: [PERSON_1] pakai Gojek. Mulai Juni kami uji coba kerja hibrida."),
        ("Sejak Juli tim kami pakai Bibit.", "Sejak Juli tim kami pakai Bibit."),
    ],
)
def test_dates_and_times_stay_dates(note: str, expected: str) -> None:
    assert anonymise(note).text == expected
