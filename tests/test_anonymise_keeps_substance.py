"""What is not personal stays: towns after a preposition, Indonesian provinces with their
compass word, nationality adjectives before a noun, wallets after a verb of use, interviewer
labels and form labels, and the names of programmes."""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("Los datos vienen de Sevilla y de Bilbao.", ["Sevilla", "Bilbao"]),
        (
            "Kami cek data dari Jawa Tengah dan Kalimantan Timur.",
            ["Jawa Tengah", "Kalimantan Timur"],
        ),
        ("Why do Thai banks and Korean apps differ so much?", ["Thai banks", "Korean apps"]),
        ("Most students use Zain Cash or Careem Pay.", ["Zain Cash", "Careem Pay"]),
        ("Programa Mentores: inscripción abierta hasta el lunes.", ["Programa Mentores"]),
    ],
)
def test_substance_stays(note: str, kept: list[str]) -> None:
    out = anonymise(note).text
    for phrase in kept:
        assert phrase in out, out


def test_an_interviewer_label_stays_and_the_interviewee_goes() -> None:
    note = "Pewawancara: Boleh mulai?\nDewi Lestari: Boleh.\nPewawancara: Terima kasih, Dewi."
    out = anonymise(note).text
    assert out.count("Pewawancara") == 2 and "Dewi" not in out, out


def test_a_form_label_stays() -> None:
    out = anonymise("Nombre: Lucía Ferrer\nNombre: Karim Benali\nNombre: Ana Ruiz").text
    assert out.count("Nombre") == 3 and "Ferrer" not in out, out
