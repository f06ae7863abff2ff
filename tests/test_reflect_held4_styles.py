"""Action items in styles of recaps, trackers and exports: tasks indented under a person's
name without bullets and with a recording's timestamps, checkbox glyphs, CSV exports and
tables whose columns are named as tools name them ("assignee", "description", "PJ"), speakers
labelled by their role in the pair, and "Next:" lines of a check-in."""

from __future__ import annotations

from datetime import date

from coach.engine.action_rows import as_action_lines
from coach.engine.actions import extract_actions
from coach.engine.text import split_sentences
from coach.flows.dates import resolve_due
from coach.flows.owners import PairPeople, resolve_owner

PAIR = PairPeople("Nora Quinn", "Paul Drake")
THU = date(2026, 10, 15)


def items(notes: str) -> list[tuple[str, str, str | None]]:
    text = as_action_lines(notes).text
    return [(a.owner, a.action, a.due) for a in extract_actions(text, split_sentences(text))]


def sides(notes: str, author: str = "mentee") -> list[object]:
    return [resolve_owner(o, author, PAIR) for o, _, _ in items(notes)]  # type: ignore[arg-type]


def dues(notes: str) -> list[date | None]:
    return [resolve_due(d, THU) for _, _, d in items(notes)]


# Tasks indented under a name, with the recording's timestamps

NAMED_INDENTED = (
    "Paul Drake <> Nora Quinn | 15 Oct\n"
    "Overview\n- Nora showed how her friends plan trips on TikTok.\n\n"
    "Action Items\n"
    "Paul Drake\n"
    "  Book the tasting room for the March offsite (03:12)\n"
    "  Ask the travel desk for last year's spend, COB Friday (14:50)\n"
    "Nora Quinn\n"
    "  Send Paul three travel creators she follows (21:07)\n"
)


def test_indented_lines_under_a_name_are_that_persons_tasks() -> None:
    assert sides(NAMED_INDENTED) == [["mentee"], ["mentee"], ["mentor"]]


def test_a_recordings_timestamp_is_no_due_date() -> None:
    assert dues(NAMED_INDENTED) == [None, date(2026, 10, 16), None]
    assert all("(" not in task for _, task, _ in items(NAMED_INDENTED))


def test_close_of_business_and_the_next_catch_up_are_due_dates() -> None:
    notes = (
        "Actions\n"
        "- Nora to send the menu, COB Friday\n"
        "- I'll share the budget ahead of our next catch-up\n"
        "- Nora to collect quotes before next mtg\n"
    )
    nxt = date(2026, 10, 29)
    got = [resolve_due(d, THU, next_session=nxt) for _, _, d in items(notes)]
    assert got == [date(2026, 10, 16), nxt, nxt]


# Tables as tools export them


def test_a_csv_export_is_read_as_rows_and_closed_rows_are_skipped() -> None:
    notes = (
        "id,description,assignee,due_date,status\n"
        '1,"Book the tasting, then the room",Paul Drake,2026-10-20,open\n'
        "2,Send the supplier list,Nora Quinn,,open\n"
        "3,Call the caterer,Paul Drake,2026-10-19,cancelled\n"
    )
    got = items(notes)
    assert [a for _, a, _ in got] == ["Book the tasting, then the room", "Send the supplier list"]
    assert sides(notes) == [["mentee"], ["mentor"]]
    assert dues(notes) == [date(2026, 10, 20), None]


def test_column_names_with_colons_and_in_other_languages() -> None:
    notes = (
        "No. | Item | Owner: | Target\n"
        "1 | Review last month's actions | — | —\n"
        "2 | Share the menu options | Owner: Nora | by the 20th\n"
    )
    assert [(o, a) for o, a, _ in items(notes)] == [("Nora", "Share the menu options")]
    assert dues(notes) == [date(2026, 10, 20)]
    minutes = (
        "No | Kegiatan | PJ | Batas Waktu\n1 | Menyiapkan daftar menu | Nora | besok\n"
        "\nAcción | Responsable | Fecha límite\nMandar el presupuesto | Paul | viernes\n"
    )
    assert sides(minutes) == [["mentor"], ["mentee"]]
    assert dues(minutes) == [date(2026, 10, 16), date(2026, 10, 16)]


def test_a_tracker_row_without_a_header_is_the_assignees_task() -> None:
    notes = (
        "Sprint 4\n"
        "EV-7   Draft the seating plan for the dinner     Nora Quinn    Due Oct 20   Todo\n"
        "EV-8   Confirm the wine order                    Paul Drake    —            In Progress\n"
        "EV-9   Print the name cards                      Paul Drake    Due Oct 19   Canceled\n"
    )
    assert [a for _, a, _ in items(notes)] == [
        "Draft the seating plan for the dinner",
        "Confirm the wine order",
    ]
    assert sides(notes) == [["mentor"], ["mentee"]]
    assert dues(notes) == [date(2026, 10, 20), None]


def test_prose_with_wide_spaces_is_no_tracker_row() -> None:
    notes = "Notes\nWe talked  about Nora Quinn's  ideas for the party, todo\n"
    assert items(notes) == []


# Checkbox glyphs


def test_open_box_glyphs_are_tasks_and_ticked_ones_are_done() -> None:
    notes = (
        "Reminders after the session\n"
        "☐ Email Nora the seating plan — Fri 16 Oct, 09:00\n"
        "◻ Nora: send the guest list — due 20 Oct\n"
        "☑ Thank Nora for the tasting — done\n"
        "✓ Book the hall\n"
    )
    assert sides(notes) == [["mentee"], ["mentor"]]
    assert dues(notes) == [date(2026, 10, 16), date(2026, 10, 20)]


# Two people named in full before one promise


def test_two_full_names_before_will_are_both_owners() -> None:
    notes = "Action items\n☐ Nora Quinn and Paul Drake will taste the menus together next week.\n"
    assert sides(notes) == [["mentor", "mentee"]]
    assert items(notes)[0][1].startswith("Taste the menus")


# "Next:" lines of a check-in


def test_a_next_line_with_a_person_and_a_date_is_a_task() -> None:
    notes = (
        "Check-in, Q4 goals (Paul / Nora)\n"
        "KR1 Plan the dinner - 40%\n"
        "  Next: Nora books the tasting for us by the 20th\n"
        "  Next: Paul to confirm the budget with the caterer (Sam) next week\n"
    )
    assert sides(notes) == [["mentor"], ["mentee"]]
    assert dues(notes) == [date(2026, 10, 20), date(2026, 10, 22)]


def test_a_next_line_naming_a_topic_stays_a_topic() -> None:
    assert items("Session notes\n- Next: pensions and how to read a payslip\n") == []
