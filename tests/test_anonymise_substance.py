"""Words that are not personal data stay, and a name goes as one piece.

A tool's capitalised name is an English word in no list of names ("Dashboard", "Tracker"): it
is a person only with a cue only people take. A full name written with a no-break or a double
space is one person and one placeholder. A number a reference word introduces ("batch",
"PO", "invoice") and written as a plain run of digits is an order or a batch, not a phone.
"""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("Our KIM Dashboard shows churn rising since March.", "KIM Dashboard"),
        ("KIM Dashboard shows the churn by region.", "KIM Dashboard"),
        ("The LEE Tracker shows every open ticket.", "LEE Tracker"),
        ("In the retro the Planner showed who was double-booked.", "Planner"),
        ("Since the upgrade, Dashboard feels slower to the team.", "Dashboard"),
        # an agent noun of an English verb is a word too, not a given name after a surname
        ("The team looked at PARK Scheduler and KIM Dashboard.", "PARK Scheduler"),
    ],
)
def test_a_tool_named_by_a_common_word_stays(note: str, kept: str) -> None:
    out = anonymise(note).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("note", "gone"),
    [
        ("Session with Tendai today. Tendai shows me how his friends save.", "Tendai"),
        ("Thandeka shows the team her budget app.", "Thandeka"),
        ("Mentor Dashwood said the app is slow.", "Dashwood"),
        ("Met PARK Jisoo and SATO Haruki today.", "Jisoo"),
    ],
)
def test_a_person_doing_the_same_still_goes(note: str, gone: str) -> None:
    out = anonymise(note).text
    assert gone not in out, out


@pytest.mark.parametrize(
    "note",
    [
        "Call with Ruth Kowalski about the pilot.\nRuth\u00a0Kowalski: the numbers are fine",
        "Call with Ruth Kowalski about the pilot.\n\nThanks,\nRuth\u00a0Kowalski",
        "Met Mark Obi today about the budget.\n\nMark  Obi:",
        "Session with Hope Adeyemi went well.\nHope  Adeyemi: I will send the deck",
    ],
)
def test_a_full_name_on_a_signature_line_is_one_placeholder(note: str) -> None:
    out = anonymise(note).text
    last = out.rstrip().splitlines()[-1]
    assert last.count("[PERSON_") == 1, out
    assert "[PERSON_1]" in last and "[PERSON_2]" not in out, out
    for word in ("Ruth", "Kowalski", "Mark", "Obi", "Hope", "Adeyemi"):
        assert word not in out, out


def test_a_name_read_word_by_word_in_a_shouted_chat_is_one_placeholder() -> None:
    note = (
        "GROUP CHAT (COPIED):\n"
        "MARK UDO: COULD SOMEONE UPLOAD THE NOTES\n"
        "JOY PEREIRA: DONE. ALSO ASK HOPE ABOUT THE VENUE\n"
        "MARK UDO: HOPE IS OUT TODAY. I'LL MARK IT FOR TUESDAY"
    )
    out = anonymise(note).text
    last = out.splitlines()[-1]
    assert last.startswith("[PERSON_1]: [PERSON_"), out
    assert "UDO" not in out and "HOPE" not in out, out


def test_two_people_a_tab_apart_keep_their_own_numbers() -> None:
    out = anonymise("Mentor\tMentee\nRuth Kowalski\tHope Adeyemi\n").text
    assert "[PERSON_1]\t[PERSON_2]" in out, out


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("Batch 20419388 failed the humidity check.", "20419388"),
        ("PO 48812033 is still waiting for sign-off.", "48812033"),
        ("Invoice 55120934 was paid a week late.", "55120934"),
        ("Invoice no. 55120934 was paid a week late.", "55120934"),
        ("Ticket #30211876 has been open since May.", "30211876"),
        ("Order number: 61402917 shipped on Monday.", "61402917"),
        ("Case 73920481 went to the vendor.", "73920481"),
        ("Lot 90127734 was recalled.", "90127734"),
        ("Orders 20419388 and 20419399 were merged.", "20419399"),
        ("Pedido 20419388 salió ayer.", "20419388"),
        ("Faktur 31877024 sudah dibayar.", "31877024"),
    ],
)
def test_a_reference_number_stays(note: str, kept: str) -> None:
    out = anonymise(note).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("note", "gone"),
    [
        ("Batch 20419388 shipped; call me on 0812 3456 7890.", "0812 3456 7890"),
        ("WA +62 812-3456-7890 about batch 20419388.", "812-3456-7890"),
        ("Her phone: 20419388, not the order one.", "20419388"),
        ("Ring 48812033 after lunch.", "48812033"),
        ("Order desk tel 48812033.", "48812033"),
        ("PO box query: HP 081234567.", "081234567"),
        ("For the invoice call +44 20 7946 0958.", "7946 0958"),
        ("Order 555-201-3344 is her mobile, not an order.", "555-201-3344"),
    ],
)
def test_a_phone_still_goes(note: str, gone: str) -> None:
    out = anonymise(note).text
    assert gone not in out, out
