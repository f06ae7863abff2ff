"""Who speaks and who signs: a chat export's speaker labels and a message's sign-off name people.

An all-caps label at the start of a line, followed by what was said, is a speaker even when the
given name is an everyday word (BILL, WILL, MARK); every word of it goes, the surname too. A
heading typed the same way ("ACTION ITEMS:", "NEXT STEPS:") is made of words and stays. A name
after "--", "—", "Regards," or "Thanks," at a message's end signs it; and a capitalised pair
after "with", "and" or "met" whose second word is no English word is a full name, even when the
first word ends like one ("Tendai").
"""

from __future__ import annotations

import re

import pytest

from coach.anonymise import anonymise


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text))


@pytest.mark.parametrize(
    ("note", "gone"),
    [
        (
            "BILL UZO: we should move the rota app to phones.\n"
            "CHIDI: most of my friends already do.\n"
            "BILL UZO: then let's pilot it.\n"
            "CHIDI: I can find volunteers.",
            ["BILL", "UZO", "CHIDI"],
        ),
        (
            "WILL ODU: the expenses tool times out every morning.\n"
            "NGOZI EZE: it does that on older phones too.",
            ["WILL", "ODU", "NGOZI", "EZE"],
        ),
        (
            "MARK ADEBAYO: can we start the pilot in March?\n"
            "TOLU ABARA: yes, once the budget freeze ends.",
            ["MARK", "ADEBAYO", "TOLU", "ABARA"],
        ),
        (
            "MARK UDO: I will draft the survey tonight.\n"
            "AMAKA OBI: send it to me first.\n"
            "MARK UDO: sure, before lunch.",
            ["MARK", "UDO", "AMAKA", "OBI"],
        ),
    ],
)
def test_all_caps_speaker_labels_go_whole(note: str, gone: list[str]) -> None:
    out = anonymise(note).text
    left = _words(out)
    for word in gone:
        assert word not in left, out


def test_a_repeated_speaker_keeps_one_number() -> None:
    note = (
        "BILL UZO: the savings app is too slow.\n"
        "KEMI ADE: my cousins use a different one.\n"
        "BILL UZO: which one?"
    )
    assert anonymise(note).text == (
        "[PERSON_1]: the savings app is too slow.\n"
        "[PERSON_2]: my cousins use a different one.\n"
        "[PERSON_1]: which one?"
    )


@pytest.mark.parametrize(
    "note",
    [
        "NUMBERS: 6 of 10 interns pay by phone.\n"
        "WIFI DIES after 4pm in the annex.\n"
        "ACTION ITEMS: book the room\n"
        "NEXT STEPS: send the survey\n"
        "AGENDA: budgets, apps and rotas",
        "KEY POINTS: younger staff want flexible hours.\n"
        "OPEN QUESTIONS: who owns the budget?\n"
        "NEXT STEPS: draft a proposal.",
    ],
)
def test_all_caps_headings_stay(note: str) -> None:
    assert anonymise(note).text == note


def test_headings_stay_beside_speaker_labels() -> None:
    note = (
        "WILL ODU: the expenses tool times out.\n"
        "NGOZI EZE: on older phones too.\n"
        "ACTION ITEMS: log a ticket\n"
        "NEXT STEPS: retest on Friday\n"
        "AGENDA: tools"
    )
    out = anonymise(note).text
    for heading in ("ACTION ITEMS:", "NEXT STEPS:", "AGENDA:"):
        assert heading in out, out
    assert "ODU" not in out and "NGOZI" not in out, out


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Good chat about how my friends save.\n-- Tendai Moyo",
            "Good chat about how my friends save.\n-- [PERSON_1]",
        ),
        (
            "Notes from the pilot are attached.\n\n— Rufaro Chikore\n",
            "Notes from the pilot are attached.\n\n— [PERSON_1]\n",
        ),
        (
            "I will share the deck tomorrow.\nRegards, Tendai Moyo",
            "I will share the deck tomorrow.\nRegards, [PERSON_1]",
        ),
        (
            "Happy to run the next session too.\nThanks, Farai Nyathi",
            "Happy to run the next session too.\nThanks, [PERSON_1]",
        ),
    ],
)
def test_a_sign_off_names_the_writer(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    "note",
    [
        "We covered savings apps.\n-- End of notes",
        "We covered savings apps.\n-- Next Steps",
        "Budget agreed.\n— Finance Team",
        "Thanks, everyone, for the ideas.",
    ],
)
def test_a_closing_line_of_words_stays(note: str) -> None:
    assert anonymise(note).text == note


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Session with Tendai Moyo went well.", "Session with [PERSON_1] went well."),
        ("Met Tendai Moyo after lunch.", "Met [PERSON_1] after lunch."),
        (
            "Coffee with Farai Nyathi and Tendai Moyo about rent.",
            "Coffee with [PERSON_1] and [PERSON_2] about rent.",
        ),
    ],
)
def test_a_cued_pair_is_a_full_name(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    "note",
    [
        "We worked with Civis Analytics on the survey.",
        "Lunch with Digital Banking went long.",
        "Met Global Markets about the pilot.",
    ],
)
def test_a_cued_pair_of_words_stays(note: str) -> None:
    assert anonymise(note).text == note


@pytest.mark.parametrize(
    ("note", "heading", "gone"),
    [
        (
            "JUAN PEREZ: la app es lenta para los pagos.\n"
            "PROXIMOS PASOS: un piloto con el equipo.\n"
            "MARIA LOPEZ: de acuerdo, pero con datos.",
            "PROXIMOS PASOS:",
            ["JUAN", "PEREZ", "MARIA", "LOPEZ"],
        ),
        (
            "BUDI SANTOSO: aplikasinya lambat dan saya tidak suka.\n"
            "LANGKAH SELANJUTNYA: uji coba yang baru di kantor.\n"
            "DEWI LESTARI: setuju, tapi pakai data.",
            "LANGKAH SELANJUTNYA:",
            ["BUDI", "SANTOSO", "DEWI", "LESTARI"],
        ),
    ],
)
def test_headings_in_other_languages_stay_beside_speakers(
    note: str, heading: str, gone: list[str]
) -> None:
    out = anonymise(note).text
    assert heading in out, out
    left = _words(out)
    for word in gone:
        assert word not in left, out


def test_a_label_found_by_its_surname_goes_whole() -> None:
    note = "MARK UDO: the pilot needs a budget owner.\nLater Udo said finance would decide."
    assert anonymise(note).text == (
        "[PERSON_1]: the pilot needs a budget owner.\nLater [PERSON_1] said finance would decide."
    )


def test_a_repeated_one_word_label_that_is_a_word_is_a_speaker() -> None:
    note = (
        "WILL: the booking tool logs me out.\nODU: mine too, twice a day.\n"
        "WILL: so who owns it?\nODU: facilities, I think."
    )
    assert anonymise(note).text == (
        "[PERSON_1]: the booking tool logs me out.\n"
        "[PERSON_2]: mine too, twice a day.\n"
        "[PERSON_1]: so who owns it?\n"
        "[PERSON_2]: facilities, I think."
    )


def test_chat_acronyms_stay_beside_speaker_labels() -> None:
    note = (
        "BILL UZO: the app is slow.\nKEMI ADE: agreed.\n"
        "FYI: the budget is frozen\nTLDR: wait a quarter\nWFH: Mondays"
    )
    out = anonymise(note).text
    for label in ("FYI:", "TLDR:", "WFH:"):
        assert label in out, out


def test_repeated_month_labels_stay() -> None:
    note = "MAY: hiring freeze.\nJUNE: budget review.\nMAY: second round of interviews."
    assert anonymise(note).text == note


def test_a_repeated_function_word_label_stays() -> None:
    note = "SAYA: aplikasinya lambat sekali.\nRINI: iya, dan sering error.\nSAYA: nanti saya lapor."
    out = anonymise(note).text
    assert out.count("SAYA:") == 2, out


@pytest.mark.parametrize("field", ["ETA", "FYI", "NB", "PS", "TBC", "AOB", "OOO"])
def test_a_repeated_field_abbreviation_is_no_speaker(field: str) -> None:
    """Fields that notes repeat line after line ("ETA: Friday") head what was said, they
    do not say it; the speakers beside them still go."""
    note = (
        f"AMY: I can send the deck.\nBOB: ok.\n{field}: Friday for the deck\n"
        f"AMY: and the survey?\n{field}: end of the month"
    )
    out = anonymise(note).text
    assert out.count(f"{field}:") == 2, out
    assert "AMY" not in out and "BOB" not in out, out
