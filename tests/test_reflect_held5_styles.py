"""Action items in styles of task apps and chat exports: Indonesian minutes that name the owner
with a title ("Sdri.") or as both ("Bersama"), due dates as task apps write them (a calendar
glyph before an ISO date, "in 2 weeks", "month end"), and a clock time that is no due date."""

from __future__ import annotations

from datetime import date

from coach.engine.action_rows import as_action_lines
from coach.engine.actions import extract_actions
from coach.engine.text import split_sentences
from coach.flows.dates import resolve_due
from coach.flows.owners import PairPeople, resolve_owner

PAIR = PairPeople("Wulan Sari", "Hendra Gunawan")
TUE = date(2026, 10, 13)


def items(notes: str) -> list[tuple[str, str, str | None]]:
    text = as_action_lines(notes).text
    return [(a.owner, a.action, a.due) for a in extract_actions(text, split_sentences(text))]


def dues(notes: str) -> list[date | None]:
    return [resolve_due(d, TUE) for _, _, d in items(notes)]


# Owners written with a title, or as both of the pair


def test_an_indonesian_title_in_front_of_a_name_is_that_person() -> None:
    assert resolve_owner("Sdri. Wulan", "mentee", PAIR) == ["mentor"]
    assert resolve_owner("Saudara Hendra", "mentor", PAIR) == ["mentee"]


def test_together_in_indonesian_is_both_of_the_pair() -> None:
    assert resolve_owner("Bersama", "mentee", PAIR) == ["mentee", "mentor"]
    assert resolve_owner("Berdua", "mentor", PAIR) == ["mentor", "mentee"]


def test_a_third_partys_team_stays_a_third_party() -> None:
    assert resolve_owner("Divisi Keuangan", "mentee", PAIR) == "Divisi Keuangan"


# Due dates as task apps write them


def test_a_calendar_glyph_before_an_iso_date_is_the_due_date() -> None:
    notes = "- [ ] Wulan: send the survey draft 📅 2026-10-20\n- [ ] Book the room #me\n"
    assert dues(notes) == [date(2026, 10, 20), None]


def test_in_a_number_of_weeks_keeps_its_unit() -> None:
    notes = "Actions\n- Both of us: visit the branch in 3 weeks\n- Wulan to call HR in 2 days\n"
    assert dues(notes) == [date(2026, 11, 3), date(2026, 10, 15)]


def test_month_end_is_the_last_day_of_the_month() -> None:
    notes = "Actions\n- Hendra to get a price from procurement before month end\n"
    assert dues(notes) == [date(2026, 10, 31)]


def test_a_clock_time_is_no_due_date() -> None:
    notes = "Actions\n- Wulan will send the slides at 18:30 tonight\n- Hendra will call at 9:15\n"
    got = items(notes)
    assert [d for _, _, d in got] == ["tonight", None]
    assert all("18" in t or "9:15" in t for _, t, _ in got)


def test_for_the_next_session_closing_a_task_is_its_due_date() -> None:
    notes = (
        "Actions\n- Wulan will prepare a short explainer for the next session\n"
        "- Hendra will read up on the topic for the next session's discussion\n"
    )
    assert [d for _, _, d in items(notes)] == ["next session", None]


def test_a_ticked_box_is_done_and_no_task() -> None:
    notes = (
        "Action items\n- [x] Wulan: book a room for the next session\n"
        "- [ ] Hendra: share the draft with the team\n- [X] Send the deck to Wulan\n"
    )
    assert [(o, t) for o, t, _ in items(notes)] == [("Hendra", "Share the draft with the team")]


# Task-app cards and meeting recaps: the task on one line, its owner and due on the lines below

CARDS = (
    "Board: Mentoring · List: Doing\n\n"
    "Card: Map the onboarding journey for new joiners\n"
    "Members: Wulan Sari\n"
    "Due: Oct 16, 2026 at 5:00 PM\n"
    "Labels: onboarding\n\n"
    "Card: Write the welcome e-mail for managers\n"
    "Members: Hendra Gunawan, Wulan Sari\n"
    "Due: none\n"
)
ASSIGNEES = (
    "Section: Agreed\n\n"
    "○ Shortlist three banking apps to compare\n"
    "   Assignee: Hendra Gunawan   Due date: 20 Oct\n"
    "✓ Share the old survey\n"
    "   Assignee: Wulan Sari   Completed 13 Oct\n"
)
RECAP = (
    "Follow-up tasks\n"
    "  ◻ Draft the questions for the listening session\n"
    "      Wulan Sari · Due next week\n"
    "  ◻ Check whether the canteen can host it\n"
    "      Facilities Team · Due before the offsite\n"
)


def test_a_cards_members_line_names_its_owners() -> None:
    got = items(CARDS)
    assert [t for _, t, _ in got] == [
        "Map the onboarding journey for new joiners",
        "Write the welcome e-mail for managers",
    ]
    owners = [resolve_owner(o, "mentee", PAIR) for o, _, _ in got]
    assert owners == [["mentor"], ["mentee", "mentor"]]
    assert dues(CARDS) == [date(2026, 10, 16), None]


def test_an_assignee_line_below_a_task_names_its_owner_and_a_finished_one_is_left_out() -> None:
    got = items(ASSIGNEES)
    assert [(resolve_owner(o, "mentor", PAIR), t) for o, t, _ in got] == [
        (["mentee"], "Shortlist three banking apps to compare")
    ]
    assert dues(ASSIGNEES) == [date(2026, 10, 20)]


def test_a_name_and_due_below_a_recap_task_are_its_owner_and_due() -> None:
    got = items(RECAP)
    assert [resolve_owner(o, "mentee", PAIR) for o, _, _ in got] == [["mentor"], "Facilities Team"]
    assert dues(RECAP) == [date(2026, 10, 20), None]


def test_a_line_below_a_task_that_names_no_one_changes_nothing() -> None:
    for below in ("  Wulan Sari asked for it twice", "      Wulan Sari"):
        notes = f"Notes\n- I'll send the deck to Wulan by Friday\n{below}\n"
        assert [(o, d) for o, _, d in items(notes)] == [("me", "Friday")]


# Chat exports whose speaker line carries a bracketed date, or "Today at" a time

TELEGRAM = (
    "Wulan Sari, [13.10.26 19:20]\nthanks for today!\n\n"
    "Hendra Gunawan, [13.10.26 19:22]\nI'll send you the old campaign deck tomorrow\n\n"
    "Wulan Sari, [13.10.26 19:25]\nok, I'll list five creators my friends follow by Friday\n"
)
DISCORD = (
    "Wulan — Today at 18:02\nrecap from the call\n"
    "Wulan — Today at 18:03\nI'll record a short demo of the budgeting app by Sunday\n"
    "Hendra Gunawan — Today at 18:05\nGreat. I'll get you access to the dashboard tomorrow\n"
)


def test_a_chat_export_with_bracketed_dates_gives_each_speaker_their_task() -> None:
    got = items(TELEGRAM)
    assert [resolve_owner(o, "mentor", PAIR) for o, _, _ in got] == [["mentee"], ["mentor"]]
    assert dues(TELEGRAM) == [date(2026, 10, 14), date(2026, 10, 16)]


def test_a_chat_export_stamped_today_at_gives_each_speaker_their_task() -> None:
    got = items(DISCORD)
    assert [resolve_owner(o, "mentee", PAIR) for o, _, _ in got] == [["mentor"], ["mentee"]]
    assert all("Today" not in t and ":0" not in t for _, t, _ in got)


def test_a_dash_and_a_time_in_plain_notes_make_no_speaker() -> None:
    notes = "Notes\n- Budget call — today at 18:00\n- I'll send the figures to Wulan by Friday\n"
    assert [(o, d) for o, _, d in items(notes)] == [("me", "Friday")]


# "We both ...": a task for each of the pair, however the plan is worded


def test_we_both_with_or_without_a_modal_is_a_task_for_each() -> None:
    notes = (
        "Notes from today\n"
        "- We're both going to test the new savings app and compare notes\n"
        "- we should both look at the rival bank's sign-up before next time\n"
        "- we both try a ten-minute weekly check-in for a month\n"
        "- Los dos probamos la app de la competencia esta semana\n"
    )
    got = items(notes)
    assert [o for o, _, _ in got] == ["both"] * 4
    assert got[0][1].startswith("Test the new savings app")


def test_we_both_holding_a_view_is_no_task() -> None:
    notes = (
        "Notes from today\n- We both thought the old app was slow\n"
        "- we both agree the onboarding is confusing\n- We both like the new logo\n"
        "- we'll both look at pensions next time\n"
    )
    assert items(notes) == []


# Plans in the present tense, with a date: "Ravi sends ... by Friday", "Wulan me pasa el jueves"


def test_a_named_plan_in_the_present_tense_with_a_date_is_a_task() -> None:
    notes = (
        "Plan till next time\n"
        "- Hendra sends the survey link to the grads by Friday\n"
        "- Wulan shares her budgeting sheet next week\n"
        "- Wulan me pasa el viernes una lista de apps\n"
        "- Yo le mando el informe de quejas esta noche\n"
    )
    got = items(notes)
    assert [o for o, _, _ in got] == ["Hendra", "Wulan", "Wulan", "me"]
    assert dues(notes) == [
        date(2026, 10, 16),
        date(2026, 10, 20),
        date(2026, 10, 16),
        date(2026, 10, 13),
    ]


def test_a_habit_or_a_plan_without_a_date_is_no_task() -> None:
    notes = (
        "About Wulan\n"
        "- Hendra plays football on Sunday\n"
        "- Wulan visits her gran next week\n"
        "- Hendra sends his thanks\n"
        "- Wulan me dijo el lunes que no\n"
    )
    assert items(notes) == []


# Handwriting read by OCR: "l'll" for "I'll", a zero for an "o"


def test_ocr_letter_confusions_do_not_hide_a_task() -> None:
    notes = (
        "Sessi0n notes\n"
        "- l'll ask HR for the licence cost by Frlday\n"
        "- we b0th try a weekly check-in for a month\n"
        "- Wulan to find 2 apps her friends use, nxt sessi0n\n"
    )
    got = items(notes)
    assert [o for o, _, _ in got] == ["me", "both", "Wulan"]
    assert dues(notes) == [date(2026, 10, 16), None, resolve_due("next session", TUE)]


def test_digits_that_belong_to_words_stay_as_written() -> None:
    notes = "Actions\n- I'll send the B2B deck and the A1 form by 10am Friday, 2 slides\n"
    assert items(notes)[0][1] == "Send the B2B deck and the A1 form by 10am Friday, 2 slides"


# Indonesian chat slang: "td aku janji kirim", "ntar aku bikinin", "nanti kita berdua coba"


def test_indonesian_chat_slang_commitments_are_tasks() -> None:
    notes = (
        "Catatan\n"
        "- td aku janji kirim laporan survei ya, besok pagi\n"
        "- ntar aku bikinin daftar 5 aplikasi, paling lambat jumat\n"
        "- nanti kita berdua coba buka rekening digital, minggu depan\n"
        "- tim keuangan (mbak Sinta) mau kirim anggarannya, akhir bulan\n"
    )
    got = items(notes)
    assert [o for o, _, _ in got] == ["me", "me", "both", "Sinta"]


def test_indonesian_chat_slang_without_a_promise_is_no_task() -> None:
    notes = (
        "Catatan\n- td aku kirim pesan ke Sinta tapi belum dibalas\n- ntar aku pikir-pikir dulu\n"
    )
    assert items(notes) == []


# Dues written loosely: "end of next week" with no "by", "probably Monday", "Weds at the latest"


def test_loose_due_phrases_are_read() -> None:
    notes = (
        "Actions\n"
        "- Wulan will pull the survey comments, she says end of next week\n"
        "- I'm going to ring the recruiter, probably Monday\n"
        "- Hendra will set up a shared folder, Weds at the latest\n"
        "- I'll get you access to the dashboard, should be done Thursday\n"
    )
    assert dues(notes) == [
        date(2026, 10, 23),
        date(2026, 10, 19),
        date(2026, 10, 14),
        date(2026, 10, 15),
    ]


def test_a_weekday_that_is_no_due_stays_in_the_task() -> None:
    notes = "Actions\n- I'll write up what Monday's town hall showed\n"
    assert dues(notes) == [None]


def test_an_ai_generated_disclaimer_is_no_action_line() -> None:
    notes = (
        "Meeting recap\nAI-generated content may be incorrect\n"
        "AI: Wulan to send the deck by Friday\nAI - book the room\n"
    )
    got = [t for _, t, _ in items(notes)]
    assert len(got) == 2 and "send the deck" in got[0] and got[1] == "Book the room"


def test_minutes_fields_name_both_or_a_department() -> None:
    notes = (
        "Acuerdos\n"
        "• Presentar las conclusiones al comité. Responsables: ambos. Fecha: antes de fin de mes\n"
        "• Enviar el informe de fraude. Responsable: Departamento de Riesgos. Fecha: cuanto antes\n"
        "• Grabar un vídeo corto. Responsable: Wulan. Fecha: 16/10\n"
    )
    assert [o for o, _, _ in items(notes)] == ["both", "Departamento de Riesgos", "Wulan"]


# Records of fields one after another: YAML front matter, "Action / Owner / Due" without gaps

YAML = (
    "---\ntitle: Mentoring 3\ndate: 2026-10-13\nactions:\n"
    "  - who: me\n    what: ask procurement for the supplier list\n    when: 2026-10-20\n"
    "  - who: Wulan\n    what: find two climate creators worth following\n    when: next session\n"
    "---\n## Notes\nWulan says her friends judge us by the packaging.\n"
)


def test_field_records_one_after_another_are_one_task_each() -> None:
    got = items(YAML)
    assert [(o, t) for o, t, _ in got] == [
        ("me", "Ask procurement for the supplier list"),
        ("Wulan", "Find two climate creators worth following"),
    ]
    assert dues(YAML) == [date(2026, 10, 20), resolve_due("next session", TUE)]


def test_a_field_record_without_an_owner_is_left_as_written() -> None:
    notes = "Notes\nWhat: the pilot\nWhen: spring\n"
    assert items(notes) == []


def test_a_field_record_run_into_prose_is_left_as_written() -> None:
    notes = "Notes\nAction: send the deck\nOwner: Wulan\nThe app is slow and clunky for grads\n"
    assert [(o, t) for o, t, _ in items(notes)] == [("me", "Send the deck")]


# Task-app quick-add lines: labels, contexts and priorities after the task


def test_task_app_tags_after_a_task_hide_neither_task_nor_due() -> None:
    notes = (
        "Actions\n- Wulan: send the list of uni societies fri #mentoring @waiting\n"
        "- Hendra to book the room next wed p2 ⏫\n"
    )
    got = items(notes)
    assert [t for _, t, _ in got] == ["Send the list of uni societies", "Book the room"]
    assert dues(notes) == [date(2026, 10, 16), date(2026, 10, 21)]


def test_a_mention_closing_a_task_is_kept() -> None:
    notes = "Actions\n- I'll share the deck with @hendra\n"
    assert [t for _, t, _ in items(notes)] == ["Share the deck with @hendra"]
