"""Questions in Spanish or Indonesian find the English guidance that answers them."""

from __future__ import annotations

import pytest

from coach.index import Index
from coach.query_translation import translate


@pytest.mark.parametrize(
    "query, words",
    [
        ("¿Qué debo llevar a la próxima sesión?", ["what", "should", "bring", "next", "session"]),
        ("Bagaimana cara menyiapkan sesi dengan atasan?", ["how", "prepare", "session", "boss"]),
        ("mi jefa no escucha, ¿cómo le doy consejos?", ["senior", "listen", "how", "advice"]),
        ("kenapa anak muda suka menyewa rumah?", ["why", "young people", "renting", "home"]),
    ],
)
def test_a_foreign_question_is_read_in_english(query: str, words: list[str]) -> None:
    english = translate(query)
    for w in words:
        assert w in english, (w, english)


@pytest.mark.parametrize(
    "query",
    [
        "my boss keeps cancelling our sessions",
        "Scope 3",
        "Dan from finance asked for the deck; is that a breach?",
        "he uses Monzo, Chip and Revolut",
        "a son or daughter who rents: does the senior get it?",
        "How long should the final session be, and is there a format for it?",
        "me and my senior disagree a lot",
        "ideas for a session on the metaverse",
    ],
)
def test_an_english_question_is_left_alone(query: str) -> None:
    assert translate(query) == query


def test_a_mixed_question_keeps_its_english_and_reads_the_rest() -> None:
    got = translate("my atasan always cancels, harus bagaimana?")
    assert got.startswith("my boss always cancels") and "should" in got and "how" in got


def _place(hits: list, source: str, section: str) -> int | None:
    return next(
        (n for n, h in enumerate(hits, 1) if h.source.endswith(source) and h.section == section),
        None,
    )


@pytest.mark.parametrize(
    "query, source, section",
    [
        (
            "¿Qué hago si mi jefe cancela las reuniones una y otra vez?",
            "facilitation/during-the-session.md",
            "When the senior is distracted or cancels",
        ),
        (
            "¿Cómo termino la sesión con tareas claras?",
            "facilitation/during-the-session.md",
            "Closing with action items",
        ),
        (
            "Apa yang harus saya bawa untuk sesi tentang uang dan tabungan?",
            "topics/money/guide.md",
            "Things to bring or show",
        ),
        (
            "Bagaimana cara tidak setuju dengan atasan tanpa terlihat sombong?",
            "program/giving-and-taking-advice.md",
            "Disagreeing respectfully in both directions",
        ),
        (
            "¿Puedo contarle a mi jefe directo lo que dijo mi mentee en la sesión?",
            "program/roles-and-ground-rules.md",
            "Confidentiality: what stays in the room",
        ),
    ],
)
def test_a_foreign_question_finds_its_section(
    library_index: Index, query: str, source: str, section: str
) -> None:
    hits = library_index.search(query, k=5)
    place = _place(hits, source, section)
    assert place is not None, [(h.source, h.section) for h in hits]
