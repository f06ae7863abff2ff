"""Spanish minutes open lines with common nouns and verbs, capitalised because they start the
line or an agenda item: "Bienvenida", "Toma la palabra", "Comisión de ...". They are the
minutes' structure, not people; the people named beside them still go."""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "ACTA N.º 3 — Comisión de Innovación Abierta\n"
            "Orden del día: 1) Bienvenida 2) Presupuesto 3) Clausura",
            "ACTA N.º 3 — Comisión de Innovación Abierta\n"
            "Orden del día: 1) Bienvenida 2) Presupuesto 3) Clausura",
        ),
        (
            "Toma la palabra la Dra. Beatriz Olmedo: pide más datos.",
            "Toma la palabra la Dra. [PERSON_1]: pide más datos.",
        ),
        (
            "Abre la sesión el Sr. Quintana. Cierra la sesión Marta Ibarra.",
            "Abre la sesión el Sr. [PERSON_1]. Cierra la sesión [PERSON_2].",
        ),
        (
            "Subdirección de Operaciones: Inés Barrios presenta el calendario.",
            "Subdirección de Operaciones: [PERSON_1] presenta el calendario.",
        ),
    ],
)
def test_the_minutes_keep_their_structure(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


def test_a_given_name_that_looks_like_a_noun_still_goes() -> None:
    out = anonymise("Concepción Ruiz presenta el presupuesto. Concepción pide datos.").text
    assert "Concepción" not in out


def test_the_agenda_check_reads_a_bounded_stretch_of_a_long_line(monkeypatch) -> None:
    """A pasted note with no line breaks is one long line: the agenda check looks back a short
    way from each capitalised word, never the whole line, so a long paste is not read once per
    word (a 100 KB paste took seconds to preview)."""
    from coach.anonymise import people

    seen: list[int] = []
    real = people.AGENDA_LINE_RE

    class Counting:
        def search(self, line: str):
            seen.append(len(line))
            return real.search(line)

    monkeypatch.setattr(people, "AGENDA_LINE_RE", Counting())
    text = "Renting beats owning. " * 400
    assert anonymise(text).text == text
    assert seen and max(seen) <= 300
    # The check still works on an agenda line of ordinary length.
    note = "Orden del día: 1) Bienvenida 2) Presupuesto 3) Clausura"
    assert anonymise(note).text == note
