"""Action items in styles of meeting tools and trackers: tables whose owner column holds
initials, speaker headers with the time around the name, task rows owned by a full name,
"On my side / On yours" lists and Spanish commitments in the present tense."""

from __future__ import annotations

from coach.engine.action_rows import as_action_lines
from coach.engine.actions import extract_actions
from coach.engine.text import split_sentences
from coach.flows.owners import PairPeople, resolve_owner

PAIR = PairPeople("Nora Quinn", "Paul Drake")


def items(notes: str) -> list[tuple[str, str, str | None]]:
    text = as_action_lines(notes).text
    return [(a.owner, a.action, a.due) for a in extract_actions(text, split_sentences(text))]


def sides(notes: str, author: str = "mentee") -> list[object]:
    return [resolve_owner(o, author, PAIR) for o, _, _ in items(notes)]  # type: ignore[arg-type]


def test_initials_in_an_owner_column_are_the_pair() -> None:
    notes = (
        "Follow-ups\n"
        "Who\tWhat\tWhen\n"
        "NQ\tSend the list of savings apps\tFri\n"
        "PD\tBook a room for the workshop\tnext week\n"
    )
    assert sides(notes) == [["mentor"], ["mentee"]]


def test_named_owner_in_a_table_unchanged() -> None:
    notes = "Who\tWhat\tWhen\nNora\tSend the list of savings apps\tFri\n"
    assert sides(notes) == [["mentor"]]


def test_speaker_header_with_name_in_brackets_then_time() -> None:
    notes = (
        "[Paul Drake] 10:04:12\n"
        "what would get you to read the newsletter?\n"
        "[Nora Quinn] 10:04:40\n"
        "a shorter one. I'll sketch a one-screen version by Friday.\n"
        "[Paul Drake] 10:05:02\n"
        "great, I'll send you the current open rates.\n"
    )
    assert [o for o, _, _ in items(notes)] == ["Nora Quinn", "Paul Drake"]


def test_speaker_header_with_time_then_from_name() -> None:
    notes = (
        "10:04:12 From Nora Quinn to Everyone:\n"
        "\there's the survey I talked about\n"
        "10:05:30 From Paul Drake to Everyone:\n"
        "\tthanks, I'll share it with the branch team tomorrow\n"
        "10:06:02 From Nora Quinn to Everyone:\n"
        "\tI'll bring two examples next time\n"
    )
    assert [o for o, _, _ in items(notes)] == ["Paul Drake", "Nora Quinn"]


def test_speaker_header_with_time_after_name_unchanged() -> None:
    notes = (
        "Nora Quinn 0:12\n"
        "I'll sketch a one-screen version by Friday.\n"
        "Paul Drake 0:40\n"
        "great, I'll send you the current open rates.\n"
    )
    assert [o for o, _, _ in items(notes)] == ["Nora Quinn", "Paul Drake"]


def test_rows_owned_by_a_full_name() -> None:
    notes = (
        "Agreed tasks\n"
        "Nora Quinn — Send the savings app shortlist — Due 4 Dec\n"
        "Paul Drake & Nora Quinn — Plan the branch visit together — No due date\n"
    )
    found = items(notes)
    assert [resolve_owner(o, "mentee", PAIR) for o, _, _ in found] == [
        ["mentor"],
        ["mentee", "mentor"],
    ]
    assert found[0][2] and "4 Dec" in found[0][2]
    assert "shortlist" in found[0][1] and "Due" not in found[0][1]


def test_full_name_in_brackets_before_or_after_the_task() -> None:
    notes = (
        "Suggested follow-ups\n"
        "[Paul Drake] Branch data: Pull the number of walk-ins per day, by Friday.\n"
        "- Team poll: Run a short poll in the graduate channel. (Nora Quinn)\n"
    )
    found = items(notes)
    assert [resolve_owner(o, "mentee", PAIR) for o, _, _ in found] == [["mentee"], ["mentor"]]
    assert found[0][1].lower().startswith("pull") and found[0][2]


def test_dash_between_words_of_a_sentence_unchanged() -> None:
    notes = "Session with Nora\nNora Quinn — she runs the graduate network — was great.\n"
    assert items(notes) == []


def test_lists_under_on_my_side_and_on_yours() -> None:
    notes = (
        "Hi Paul,\n\nThanks for today. Recap:\n\n"
        "On my side\n- the shortlist of savings apps, by Monday\n- a note on how we pay rent\n\n"
        "On yours\n- find out whether joint accounts can be opened in the app\n"
    )
    found = items(notes)
    assert [resolve_owner(o, "mentor", PAIR) for o, _, _ in found] == [
        ["mentor"],
        ["mentor"],
        ["mentee"],
    ]
    assert found[0][2] and "monday" in found[0][2].lower()


def test_bullets_under_a_plain_heading_unchanged() -> None:
    notes = "On the whole\n- the app felt slow\n- nobody reads the letters\n"
    assert items(notes) == []


def test_spanish_present_tense_with_a_date_is_a_commitment() -> None:
    notes = (
        "03/12/26, 10:01 - Nora Quinn: Gracias por la charla\n"
        "03/12/26, 10:02 - Paul Drake: A ti. Te mando el resumen de cuentas el viernes\n"
        "03/12/26, 10:03 - Nora Quinn: Yo les pregunto a mis amigas qué banco usan antes de la "
        "próxima sesión\n"
        "03/12/26, 10:04 - Paul Drake: Y me apunto leer el informe de ahorro para el 12\n"
        "03/12/26, 10:05 - Nora Quinn: Genial\n"
    )
    assert [o for o, _, _ in items(notes)] == ["Paul Drake", "Nora Quinn", "Paul Drake"]


def test_spanish_present_tense_without_a_date_unchanged() -> None:
    notes = "Sesión con Nora\n- Te cuento que sus amigas usan Revolut\n- Le digo que no\n"
    assert items(notes) == []


def test_bare_present_tense_task_with_a_named_subject() -> None:
    notes = (
        "Ngobrol sama Nora, 2/12\n"
        "- Nora kirim daftar aplikasi tabungan yang dia pakai\n"
        "- I send Nora the pilot invite 4/12\n"
    )
    assert [o for o, _, _ in items(notes)] == ["Nora", "me"]


def test_present_tense_habit_without_a_date_unchanged() -> None:
    notes = "Ngobrol sama Nora, 2/12\n- Nora cerita soal Bibit\n- I send Nora memes sometimes\n"
    assert items(notes) == []
