"""Commitments in Spanish and Indonesian as people write them: second-person and "we" futures,
"me encargo de", a present-tense promise with a date, "saya kirim ... paling lambat Jumat",
"mohon Mbak Dewi ...", "PIC:" and "tenggat:" fields, and two names of the pair as one owner."""

from __future__ import annotations

from coach.engine.actions import extract_actions
from coach.engine.text import split_sentences
from coach.flows.owners import PairPeople, resolve_owner


def items(notes: str) -> list[tuple[str, str, str | None]]:
    return [(a.owner, a.action, a.due) for a in extract_actions(notes, split_sentences(notes))]


def test_spanish_you_and_we_futures_and_me_encargo() -> None:
    notes = (
        "Sesión 2 con Ana\n"
        "1. Tú me pasarás los tres canales de YouTube que sigues, el viernes.\n"
        "2. Entre los dos prepararemos una encuesta corta para becarios.\n"
        "3. Me encargo de pedir a marketing las cifras de abandono."
    )
    got = [(o, d) for o, _, d in items(notes)]
    assert got == [("you", "el viernes"), ("both", None), ("me", None)]


def test_a_spanish_offer_answered_si_is_the_offerers() -> None:
    notes = (
        "Ana Gil 0:04\n¿Cómo eliges un seguro?\n"
        "Juan Pérez 0:19\nComparadores, siempre.\n"
        "Ana Gil 0:41\nSi quieres, te grabo cómo lo hago yo desde el móvil.\n"
        "Juan Pérez 1:02\nSí, por favor.\n"
    )
    got = items(notes)
    assert [o for o, _, _ in got] == ["Ana Gil"]
    assert "grabo" in got[0][1].lower()


def test_indonesian_bare_verbs_juga_mohon_and_kita() -> None:
    notes = (
        "Sesi 3 dengan Dewi\n"
        "- Jadi saya kirim data churn tabungan paling lambat Jumat ya\n"
        "- Dewi juga mau kirimin 3 contoh konten TikTok besok\n"
        "- Mohon Mbak Dewi mengirimkan daftar 5 kreator keuangan\n"
        "- Dua minggu lagi kita bersama-sama meninjau ulang halaman promosi"
    )
    got = items(notes)
    assert [o for o, _, _ in got] == ["me", "Dewi", "Dewi", "both"]
    assert got[0][2] and "jumat" in got[0][2].lower()
    assert got[3][2] and "minggu lagi" in got[3][2].lower()


def test_pic_and_tenggat_fields_name_owner_and_due() -> None:
    notes = (
        "Tindak lanjut:\n"
        "1. Mengumpulkan ulasan Glassdoor — PIC: Putri — tenggat: Jumat\n"
        "2. Menyusun 5 pertanyaan survei — PIC: Putri & Hendra — tenggat: akhir bulan"
    )
    got = items(notes)
    assert [(o, d) for o, _, d in got] == [("Putri", "Jumat"), ("Putri & Hendra", "akhir bulan")]
    assert got[0][1].startswith("Mengumpulkan ulasan Glassdoor")


def test_two_names_of_the_pair_are_both() -> None:
    pair = PairPeople("Putri Lestari", "Hendra Gunawan")
    assert resolve_owner("Putri & Hendra", "mentee", pair) == ["mentor", "mentee"]
    assert resolve_owner("Putri y Hendra", "mentee", pair) == ["mentor", "mentee"]
    assert resolve_owner("Putri & Leon", "mentee", pair) == "Putri & Leon"
