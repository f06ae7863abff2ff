"""Action items in styles of meeting recaps and trackers: a person's name heading the bullets
that are theirs, tables with an ETA column and a status, tasks marked done, "PIC:" and
"Deadline:" fields after a full stop, and due phrases with no preposition in front ("next
Weds") or named after a holiday ("before Xmas")."""

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


# Due phrases


def test_bare_next_weekday_is_a_due_date() -> None:
    notes = (
        "- Nora to send the branch survey next Weds\n- I'll book the room next Tues at the latest\n"
    )
    assert dues(notes) == [date(2026, 10, 21), date(2026, 10, 20)]


def test_next_weekday_after_by_unchanged() -> None:
    assert dues("- Nora to send the branch survey by next Friday\n") == [date(2026, 10, 23)]


def test_christmas_is_a_due_date() -> None:
    assert resolve_due("before Xmas", THU) == date(2026, 12, 25)
    assert resolve_due("by Christmas", THU) == date(2026, 12, 25)
    assert dues("- Paul to write the FAQ before Xmas\n") == [date(2026, 12, 25)]


def test_month_name_due_unchanged() -> None:
    assert resolve_due("by 3 Dec", THU) == date(2026, 12, 3)


# A person's name heading their bullets


def test_bold_full_name_heads_that_persons_tasks() -> None:
    notes = (
        "## Follow-ups\n"
        "**Paul Drake**\n"
        "- Email the pricing team about the student fee\n"
        "- Share the branch map with Nora by Friday\n"
        "\n"
        "**Nora Quinn**\n"
        "- Collect three onboarding emails from rival banks\n"
    )
    assert sides(notes) == [["mentee"], ["mentee"], ["mentor"]]


def test_plain_name_line_heads_that_persons_tasks() -> None:
    notes = (
        "Nora and Paul met about savings.\nNora Quinn:\n- Record how she moves money between apps\n"
    )
    assert sides(notes) == [["mentor"]]


def test_heading_that_is_no_name_leaves_bullets_as_they_were() -> None:
    notes = "Action Items\n- Nora to send the survey\n- I'll book the room\n"
    assert sides(notes) == [["mentor"], ["mentee"]]


# Tables with ETA and Status columns


def test_eta_column_is_the_due_and_done_rows_are_no_actions() -> None:
    notes = (
        "| Ref | Owner | Task | ETA | Status |\n"
        "|---|---|---|---|---|\n"
        "| A1 | Nora | Send the list of savings apps | Fri | Open |\n"
        "| A2 | Paul | Read the fee review | - | Done |\n"
        "| A3 | Paul | Ask risk for the overdraft numbers | 3 Nov | In progress |\n"
    )
    got = items(notes)
    assert [o for o, _, _ in got] == ["Nora", "Paul"]
    assert dues(notes) == [date(2026, 10, 16), date(2026, 11, 3)]


def test_table_without_status_unchanged() -> None:
    notes = (
        "| Owner | Task | Due |\n|---|---|---|\n| Nora | Send the list of savings apps | Fri |\n"
    )
    assert sides(notes) == [["mentor"]]


# Tasks marked done


def test_tasks_marked_done_are_no_actions() -> None:
    notes = (
        "Last time's actions\n"
        "- Nora to send the app screenshots - DONE, very useful\n"
        "- I'll ask HR for the leaver numbers (done)\n"
        "New actions\n"
        "- Nora to map the sign-up screens by Friday\n"
    )
    assert [a.lower() for _, a, _ in items(notes)] == ["map the sign-up screens"]


def test_done_inside_a_task_unchanged() -> None:
    notes = "- I'll get the fee review done by Friday\n"
    assert len(items(notes)) == 1


# "PIC:" and "Deadline:" after a full stop


def test_fields_after_a_full_stop_name_the_owner_and_due() -> None:
    notes = (
        "Tindak lanjut:\n"
        "- Siapkan daftar pertanyaan untuk tim produk. PIC: Nora. Deadline: Jumat\n"
        "- Rekap hasil survei. PIC: Paul & Nora. Deadline: 3 Nov\n"
    )
    assert sides(notes) == [["mentor"], ["mentee", "mentor"]]
    assert dues(notes) == [date(2026, 10, 16), date(2026, 11, 3)]


def test_fields_after_a_dash_unchanged() -> None:
    notes = "- Siapkan daftar pertanyaan - PIC: Nora - Deadline: Jumat\n"
    assert sides(notes) == [["mentor"]]


# Honorifics before a name, and months in Spanish and Indonesian


def test_honorific_before_a_pair_name_is_that_person() -> None:
    pair = PairPeople("Sari Wulandari", "Budi Santoso")
    assert resolve_owner("Pak Budi", "mentor", pair) == ["mentee"]
    assert resolve_owner("Bu Sari", "mentee", pair) == ["mentor"]
    assert resolve_owner("Pak Budi & Sari", "mentee", pair) == ["mentee", "mentor"]


def test_honorific_before_a_third_party_unchanged() -> None:
    assert resolve_owner("Pak Joko", "mentee", PairPeople("Sari Wulandari", "Budi Santoso")) == (
        "Pak Joko"
    )


def test_spanish_and_indonesian_month_names_are_dates() -> None:
    assert resolve_due("9 Des", THU) == date(2026, 12, 9)
    assert resolve_due("20 Agustus", THU) == date(2027, 8, 20)
    assert resolve_due("el 3 de diciembre", THU) == date(2026, 12, 3)
    assert resolve_due("3 dic", THU) == date(2026, 12, 3)


# Spanish and Indonesian commitments: a name with a title or a team, the reader, both


def owners(notes: str) -> list[str]:
    return [o for o, _, _ in items(notes)]


def test_named_person_with_a_team_or_title_commits() -> None:
    assert owners("Bu Rina dari tim kartu janji kirim data transaksi.\n") == ["Rina"]
    assert owners("Mas Joko dari tim produk akan menyiapkan demo aplikasi.\n") == ["Joko"]
    assert owners("Raúl, de riesgos, quedó en mandarnos el informe de impagos.\n") == ["Raúl"]
    assert owners("Mi compañero Tomás se ofreció a revisar la encuesta.\n") == ["Tomás"]


def test_named_person_commitment_unchanged() -> None:
    assert owners("Budi akan kirim contoh iklan minggu depan.\n") == ["Budi"]


def test_turn_and_reader_words_commit() -> None:
    notes = (
        "Le toca a Nora buscar tres anuncios de la competencia, para el lunes.\n"
        "A mí me toca llamar al equipo de tarjetas.\n"
        "Entre los dos vamos a escribir una propuesta para el comité.\n"
    )
    assert owners(notes) == ["Nora", "me", "both"]
    assert owners("Usted quedó en pedir las cifras de uso al equipo de pagos.\n") == ["you"]
    assert owners("Bapak bersedia menanyakan anggaran ke tim pemasaran.\n") == ["you"]


def test_reader_word_without_a_cue_unchanged() -> None:
    assert owners("Bapak bilang nasabah muda jarang ke cabang.\n") == []


# A pictograph as the bullet


def test_emoji_or_arrow_bullets_are_bullets() -> None:
    notes = (
        "huddle with Nora\n"
        "💡 students rarely go into a branch\n"
        "📌 me: ask the branch team about opening hours\n"
        "📌 Nora: screenshots of three rival apps, by Fri\n"
        "➡️ us: try the new sign-up flow before we next talk\n"
        "✅ Nora to send the deck (sent already)\n"
    )
    assert owners(notes) == ["me", "Nora", "both"]


def test_dash_bullets_unchanged() -> None:
    notes = (
        "- me: ask the branch team about opening hours\n"
        "- Nora: screenshots of three rival apps, by Fri\n"
    )
    assert owners(notes) == ["me", "Nora"]


# Owners named by their role, and "yours truly"


def test_role_words_and_yours_truly_name_the_owner() -> None:
    notes = (
        "Actions agreed\n"
        "- My reverse mentor will list the screens that confuse her, next Tues\n"
        "- Yours truly will take the list to the design forum\n"
    )
    assert sides(notes) == [["mentor"], ["mentee"]]
    assert sides("My mentee will send me the pricing memo by Friday.\n", "mentor") == [["mentee"]]


def test_role_word_that_is_no_person_unchanged() -> None:
    assert items("The mentor scheme will open to graduates in May.\n") == []


# Numbered action markers, "próxima reunión", "Thurs 10th", "you said you would"


def test_numbered_action_markers_are_bullets() -> None:
    notes = (
        "MINUTES\n"
        "AP1 PD to send the pricing memo to the board, by Friday.\n"
        "AP2 NQ to collect three examples of student budgets.\n"
    )
    assert sides(notes) == [["mentee"], ["mentor"]]


def test_spanish_next_meeting_and_weekday_with_ordinal_are_dates() -> None:
    notes = (
        "- Vamos a revisar juntos el folleto antes de la próxima reunión.\n"
        "- me: join the grads' stand-up (first one Thurs 22nd)\n"
    )
    got = [resolve_due(d, THU, next_session=date(2026, 10, 29)) for _, _, d in items(notes)]
    assert got == [date(2026, 10, 29), date(2026, 10, 22)]


def test_you_said_you_would_in_a_letter_is_the_reader() -> None:
    notes = "Dear Paul,\nYou said you would book a call with the app team. I'll send the list.\n"
    assert sides(notes, "mentor") == [["mentee"], ["mentor"]]


def test_second_person_in_a_note_to_self_is_the_author() -> None:
    notes = "Note to self after the session. You said you'd read the report she sent by Friday.\n"
    assert sides(notes) == [["mentee"]]


# Requests answered yes across turns of a chat


def test_request_with_a_trailing_remark_answered_on_it() -> None:
    notes = (
        "[Paul Drake] 10:04:12\n"
        "could you also dig out the two student surveys you mentioned? "
        "before our next chat is fine\n"
        "[Nora Quinn] 10:04:40\n"
        "on it\n"
    )
    got = items(notes)
    assert [o for o, _, _ in got] == ["Nora Quinn"]
    assert "dig out the two student surveys" in got[0][1].lower()
    assert got[0][2] == "before our next chat"


def test_if_you_could_then_my_own_task_answered_will_do() -> None:
    notes = (
        "[Nora Quinn] 10:04:12\n"
        "if you could send me the fee tables, I'll mark the confusing bits\n"
        "[Paul Drake] 10:04:40\n"
        "will do, by Monday\n"
    )
    got = {(o, d) for o, _, d in items(notes)}
    assert got == {("Nora Quinn", None), ("Paul Drake", "Monday")}


def test_indonesian_request_answered_bisa() -> None:
    notes = (
        "[Paul Drake] 10:04:12\n"
        "Bisa tolong sekalian cariin data survei soal bank digital?\n"
        "[Nora Quinn] 10:04:40\n"
        "Bisa Pak, sebelum sesi berikutnya\n"
    )
    assert [o for o, _, _ in items(notes)] == ["Nora Quinn"]


def test_question_answered_no_is_no_task() -> None:
    notes = (
        "[Paul Drake] 10:04:12\n"
        "could you believe the fees on that card? honestly shocking\n"
        "[Nora Quinn] 10:04:40\n"
        "on the whole no, it's the norm\n"
    )
    assert items(notes) == []


# Dictated memos with no punctuation: one run-on "sentence" holding several promises


def test_unpunctuated_memo_is_split_before_each_promise() -> None:
    notes = (
        "right so memo after talking with nora she uses three budgeting apps which surprised "
        "me so i need to ask the product team for our budgeting feature numbers nora said "
        "she'd send me a list of her favourite money podcasts by friday and i want to try one "
        "of those apps myself before we next meet thats all"
    )
    got = items(notes)
    assert [o.lower() for o, _, _ in got] == ["me", "nora", "me"]
    assert "budgeting feature numbers" in got[0][1] and got[1][2] == "friday"


def test_unpunctuated_spanish_memo_is_split_before_each_promise() -> None:
    notes = (
        "vale nota de voz después de hablar con nora ella usa tres apps de ahorro y yo no lo "
        "sabía así que tengo que preguntar al equipo de producto por las cifras esta semana y "
        "nora me va a mandar un par de capturas de su app y quedamos en que yo voy a probar "
        "una de esas apps antes de la próxima sesión"
    )
    assert [o.lower() for o, _, _ in items(notes)] == ["me", "nora", "me"]


def test_punctuated_sentence_with_two_promises_unchanged() -> None:
    notes = "I'll send the deck to Nora, and she said she'd check the numbers.\n"
    assert [o for o, _, _ in items(notes)] == ["me", "Nora"]


# Openers, owners written "JS/RK" or "Name (team) -", and a date given in the next sentence


def test_as_promised_opener_is_no_owner() -> None:
    assert owners("As promised, I'll send you the two savings guides by Thursday.\n") == ["me"]


def test_date_given_in_the_next_sentence_joins_the_promise() -> None:
    notes = (
        "As discussed I'll put together a note on student fees. I'll have it to you by Friday.\n"
    )
    got = items(notes)
    assert [(o, d) for o, _, d in got] == [("me", "Friday")]


def test_slash_initials_and_name_with_role_in_brackets_are_owners() -> None:
    notes = (
        "AP3 PD/NQ - agree a date for the branch visit by Friday.\n"
        "- Omar (risk) - share the fee model\n"
    )
    assert sides(notes) == [["mentee", "mentor"], "Omar"]


# Asked if someone could, and they said yes


def test_asked_if_they_could_and_they_agreed() -> None:
    notes = (
        "I asked Nora if she could dig out her budgeting template, and she's happy to. "
        "She wondered if I could get legal to check the student terms; I said I'd try by Friday.\n"
    )
    got = items(notes)
    assert [(o, d) for o, _, d in got] == [("Nora", None), ("me", "Friday")]
    assert "budgeting template" in got[0][1] and "legal" in got[1][1]


def test_asked_if_without_a_yes_is_no_task() -> None:
    assert items("I asked Nora if she could spot the difference between the two apps.\n") == []


def test_task_that_is_on_me_is_mine() -> None:
    got = items("As promised, the intro to Sam in payments is on me - expect a note by Friday.\n")
    assert [(o, d) for o, _, d in got] == [("me", "Friday")]
    assert "intro to Sam in payments" in got[0][1]


def test_on_me_without_a_task_unchanged() -> None:
    assert items("The pressure is on me to fix it, she thinks.\n") == []


def test_ive_asked_someone_to_is_their_task() -> None:
    notes = (
        "I'll book the room on Wednesday, and I've asked Omar in marketing to send you the "
        "figures.\n"
    )
    assert owners(notes) == ["me", "Omar"]


def test_asked_someone_a_question_unchanged() -> None:
    assert items("I've asked Omar about it before and he had no idea.\n") == []


def test_arrow_assignments_separated_by_semicolons() -> None:
    notes = (
        "NQ 15/10. fees. NQ -> fee table fri; me -> intro to the CFO; "
        "me+NQ -> branch visit Wed 21st\n"
    )
    assert sides(notes) == [["mentor"], ["mentee"], ["mentee", "mentor"]]
    assert dues(notes) == [date(2026, 10, 16), None, date(2026, 10, 21)]


# Chat headers with a date before the time


def test_chat_header_with_date_and_time_names_the_speaker() -> None:
    notes = (
        "Nora Quinn, 15/10 14:05\n"
        "thanks for today! I'll send you the three fee screenshots tomorrow\n"
        "Paul Drake, 15/10 14:09\n"
        "great, I'll forward them to the pricing team\n"
    )
    assert sides(notes) == [["mentor"], ["mentee"]]


def test_chat_header_with_time_only_unchanged() -> None:
    notes = (
        "Nora Quinn  14:05\n"
        "I'll send you the three fee screenshots tomorrow\n"
        "Paul Drake  14:09\n"
        "great, I'll forward them to the pricing team\n"
    )
    assert sides(notes) == [["mentor"], ["mentee"]]


# An offer stated in a chat and taken up by the other person; quoted repeats


def test_stated_offer_taken_up_with_yes_please_is_the_offerers() -> None:
    notes = (
        "Nora Quinn, 15/10 14:05\n"
        "about the fee page, I can send you screenshots from my phone\n"
        "Paul Drake, 15/10 14:09\n"
        "> I can send you screenshots from my phone\n"
        "yes please, before we next meet\n"
    )
    got = items(notes)
    assert [(o, d) for o, _, d in got] == [("Nora Quinn", "before we next meet")]


def test_stated_ability_with_no_take_up_is_no_task() -> None:
    notes = (
        "Nora Quinn, 15/10 14:05\n"
        "I can see why people give up on budgeting apps\n"
        "Paul Drake, 15/10 14:09\n"
        "right, it's a lot of effort\n"
    )
    assert items(notes) == []
