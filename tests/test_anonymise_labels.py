"""A form's label introduces a person ("Tutora:", "Nama:", "Cc:"), and a Balinese name starts
with its gender and birth-order words ("I Made", "Ni Luh", "Ketut"): every word of such a name
goes, the prefix included, wherever the note repeats it."""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "gone"),
    [
        (
            "Alta de becario. Tutora: Edurne Goikoetxea, NIE Y-1234567-Z. Edurne revisa el plan.",
            ["Edurne", "Goikoetxea"],
        ),
        ("Cc: Oyelaran, Tunde\nSubject: pilot budget", ["Oyelaran", "Tunde"]),
        ("Ficha. Mentora: Ainara Etxarri | Área: Riesgos", ["Ainara", "Etxarri"]),
        ("Formulir. Pembimbing: Yosef Laiskodat | Unit: Keuangan", ["Yosef", "Laiskodat"]),
    ],
)
def test_a_form_label_introduces_a_person(note: str, gone: list[str]) -> None:
    out = anonymise(note).text
    for word in gone:
        assert word not in out, out


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Sesi dengan I Made Sukerta. I Made bilang koperasi lebih dipercaya.",
            "Sesi dengan [PERSON_1]. [PERSON_1] bilang koperasi lebih dipercaya.",
        ),
        (
            "Biodata\nNama: Ni Luh Putu Ekayanti | HP: 0812-3456-7890\n"
            "Ni Luh bekerja di Singaraja.",
            "Biodata\nNama: [PERSON_1] | HP: [PHONE]\n[PERSON_1] bekerja di Singaraja.",
        ),
        (
            "Rapat di Tabanan: Komang Artini, Ketut, dan Nyoman. Ketut akan cek harga.",
            "Rapat di Tabanan: [PERSON_1], [PERSON_2], dan [PERSON_3]. [PERSON_2] akan cek harga.",
        ),
        (
            "Peserta: I Gusti Ayu Ratna Dewi, Wayan Sudarma. Wayan pegang anggaran.",
            "Peserta: [PERSON_1], [PERSON_2]. [PERSON_2] pegang anggaran.",
        ),
    ],
)
def test_balinese_names_go_with_their_prefix(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    "note",
    [
        "I made the deck and I will send it.",
        "Mentor: none yet\nStatus: waiting",
        "Cc: Finance team",
    ],
)
def test_words_that_only_look_like_it_stay(note: str) -> None:
    assert anonymise(note).text == note
