"""Spanish and Indonesian shorthand: "próxima sesión" without its article, "sy" for saya, and
"aku minta Dewi kirim ...", a request that makes the task Dewi's."""

from __future__ import annotations

from coach.engine.actions import extract_actions
from coach.engine.text import split_sentences


def items(notes: str) -> list[tuple[str, str, str | None]]:
    return [(a.owner, a.action, a.due) for a in extract_actions(notes, split_sentences(notes))]


def test_proxima_sesion_without_article_is_the_due() -> None:
    notes = "Mentoría con Inés\n- los dos: leer el informe de vivienda, próxima sesión"
    assert [(o, d) for o, _, d in items(notes)] == [("both", "próxima sesión")]


def test_sy_is_the_author_in_indonesian_texting() -> None:
    notes = "Ngobrol sama Dewi\n- sy cek data nasabah muda besok"
    assert [o for o, _, _ in items(notes)] == ["me"]


def test_asking_someone_to_do_it_makes_it_theirs() -> None:
    notes = "Sesi dengan Dewi\nAku minta Dewi kirim contoh iklan dari TikTok."
    found = items(notes)
    assert [o for o, _, _ in found] == ["Dewi"]
    assert found[0][1].lower().startswith("kirim")
