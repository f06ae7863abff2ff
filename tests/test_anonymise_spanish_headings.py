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
