"""Action items in styles the earlier sets lacked: a second person's task after a comma,
board checklists with "(assigned: Name)", "los dos:" / "kita berdua:" owners, cue-less
"task — owner, due" lines, and dates like "end of Q1" and "in a fortnight"."""

from __future__ import annotations

from datetime import date

from coach.engine.actions import extract_actions
from coach.engine.text import split_sentences
from coach.flows.dates import resolve_due

WED = date(2026, 11, 18)


def items(notes: str) -> list[tuple[str, str, str | None]]:
    return [(a.owner, a.action, a.due) for a in extract_actions(notes, split_sentences(notes))]


def owners(notes: str) -> list[str]:
    return [o for o, _, _ in items(notes)]


def test_second_task_after_a_comma_is_its_own_item() -> None:
    notes = (
        "Session with Omar - pricing\n"
        "I'll redo the fee table by Monday, Omar to sanity-check it with his flatmates."
    )
    found = items(notes)
    assert [o for o, _, _ in found] == ["me", "Omar"]
    assert "sanity-check" in found[1][1].lower() and "Omar" not in found[0][1]


def test_comma_then_modal_splits_two_promises() -> None:
    notes = (
        "Catch-up with Ines\n"
        "She'll film how she pays rent in the app, I'll share it with the product team."
    )
    assert owners(notes) == ["Ines", "me"]


def test_assigned_field_in_brackets_names_the_owner() -> None:
    notes = (
        "Checklist\n[ ] Pull the overdraft complaints (assigned: Gwen)\n"
        "[ ] Send Gwen the referral flow (assigned: Rory)"
    )
    assert owners(notes) == ["Gwen", "Rory"]


def test_spanish_and_indonesian_both_labels() -> None:
    es = (
        "Sesión con Marta\n- los dos: revisar el guion de la encuesta\n"
        "- ambos: leer el informe de Deloitte"
    )
    id_ = "Sesi dengan Wulan\n- kita berdua: susun daftar pertanyaan"
    assert owners(es) == ["both", "both"]
    assert owners(id_) == ["both"]


def test_cue_less_task_dash_owner_and_due() -> None:
    notes = (
        "Notes - Femi / me\nFemi reckons nobody reads the intranet.\n"
        "Survey draft — me, Friday\nList of 5 student creators — Femi, next session"
    )
    assert [(o, d) for o, _, d in items(notes)] == [("me", "Friday"), ("Femi", "next session")]


def test_cue_less_line_without_a_date_stays_a_note() -> None:
    notes = "Notes - Femi / me\nGreat energy — Femi, as ever\nThe intranet — me, sceptical"
    assert items(notes) == []


def test_quarter_and_fortnight_dates_resolve() -> None:
    assert resolve_due("end of Q1", WED) == date(2027, 3, 31)
    assert resolve_due("in a fortnight", WED) == date(2026, 12, 2)
