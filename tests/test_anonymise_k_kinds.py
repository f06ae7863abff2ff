"""Kinds of note the anonymiser missed in chat, transcript, passport and SMS styles: a person
addressed by name before a request, cash tags and payment handles, bracketed chat speakers,
passport names surname first, lower-case word names with a cue, lists of dates of birth."""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "gone", "kept"),
    [
        (
            "Mark Dlamini joined late. Later: Mark, could you resend it? I will mark it.",
            "Mark",
            "mark it",
        ),
        (
            "Bill Okoro wrote the brief. Bill, please check the totals before we bill the client.",
            "Bill",
            "bill the client",
        ),
        ("Weekly sync. Grace, can you share the figures before noon?", "Grace", "figures"),
        ("Notes from the call. Will, would you take the first slot?", "Will", "first slot"),
    ],
)
def test_a_name_addressed_before_a_request_goes(note: str, gone: str, kept: str) -> None:
    out = anonymise(note).text
    assert gone not in out.replace(kept, ""), out
    assert kept in out, out


@pytest.mark.parametrize(
    "note",
    [
        "Sure, can you send it again?",
        "Right, please check the totals.",
        "Also, could you resend the deck?",
        "Team, please review the draft by Friday.",
        "Finance, can you confirm the budget?",
        "Everyone, please bring a laptop.",
    ],
)
def test_a_word_before_a_request_stays(note: str) -> None:
    assert anonymise(note).text == note


@pytest.mark.parametrize(
    ("note", "handle"),
    [
        ("Refund sent to her cashtag $mila_pays last week.", "$mila_pays"),
        ("He said to request it on $tomasfinds, not by bank transfer.", "$tomasfinds"),
        ("Split the dinner. Venmo: Rafa-Quintero-7", "Rafa-Quintero-7"),
        ("PayPal: kwame.boateng88 for the deposit", "kwame.boateng88"),
        ("[~dsantoso] can you take this ticket?", "dsantoso"),
    ],
)
def test_payment_handles_and_ticket_mentions_go(note: str, handle: str) -> None:
    out = anonymise(note)
    assert handle not in out.text, out.text
    assert "HANDLE" in out.removed(), out.removed()


@pytest.mark.parametrize(
    "note",
    [
        "The ticket cost $45 and $AAPL fell 2% on the day.",
        "Ask for [~] if the field is blank; Venmo: see the finance page.",
    ],
)
def test_prices_tickers_and_empty_fields_stay(note: str) -> None:
    assert anonymise(note).text == note


@pytest.mark.parametrize(
    ("note", "surname"),
    [
        ("Met Daniel Cho today about the savings app.", "Cho"),
        ("[Priya Teo] [10:04 AM] the interns like the new card", "Teo"),
        ("Notes: Ethan Hoang asked about the branch hours.", "Hoang"),
    ],
)
def test_romanised_asian_surnames_go_with_the_given_name(note: str, surname: str) -> None:
    out = anonymise(note).text
    assert surname not in out, out


@pytest.mark.parametrize(
    ("note", "surname"),
    [
        (
            "Guests as on passports: HALVORSEN, INGRID MAREN; PETROVA ANNA. Ingrid pays.",
            "HALVORSEN",
        ),
        ("Invitees: Aminah binti Yusof; LOW SIEW LAN (刘秀兰); Ong Mei", "LOW"),
    ],
)
def test_a_passport_surname_in_capitals_goes_with_the_given_names(note: str, surname: str) -> None:
    out = anonymise(note).text
    assert surname not in out, out


@pytest.mark.parametrize(
    "note",
    [
        "Status: LOW PRIORITY, fix later.",
        "URGENT, PLEASE READ: the branch closes early.",
        "Risk: LOW; owner: the payments team.",
    ],
)
def test_capital_words_before_a_list_item_stay(note: str) -> None:
    assert anonymise(note).text == note


@pytest.mark.parametrize(
    ("note", "gone", "kept"),
    [
        (
            "lunch with grace whitfield and mark o'sullivan from ops. grace says that will do.",
            ["grace whitfield", "mark o'sullivan", "grace says"],
            "that will do",
        ),
        (
            "call with will pemberton today. will thinks the app is slow. we will fix it.",
            ["will pemberton", "will thinks"],
            "we will fix it",
        ),
    ],
)
def test_lower_case_word_names_with_a_cue_and_a_surname_go(
    note: str, gone: list[str], kept: str
) -> None:
    out = anonymise(note).text
    for g in gone:
        assert g not in out, out
    assert kept in out, out


@pytest.mark.parametrize(
    "note",
    [
        "met with grace period owners about the late fee.",
        "we will review it with bill pay screens and the fee table.",
    ],
)
def test_lower_case_words_after_a_cue_stay(note: str) -> None:
    assert anonymise(note).text == note


def test_a_determiner_after_a_listed_name_opens_no_name() -> None:
    note = "Lunch with Ayodele Bankole and the grads."
    assert anonymise(note).text == "Lunch with [PERSON_1] and the grads."


@pytest.mark.parametrize(
    ("note", "dates"),
    [
        ("Dates of birth 11APR1997 / 02DEC2001 / 19JUL1995 for the three.", 3),
        ("DOB: 4 May 1998, 12 Jan 2000 and 7 Sep 1999 (in list order).", 3),
    ],
)
def test_every_date_in_a_list_of_dates_of_birth_goes(note: str, dates: int) -> None:
    out = anonymise(note)
    assert out.text.count("[DOB]") == dates, out.text


def test_a_date_after_a_date_of_birth_and_other_words_stays() -> None:
    out = anonymise("DOB 4 May 1998; the review is on 12 Jan 2026.").text
    assert "12 Jan 2026" in out, out


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("Met Khun Nok today. She wants the slides in Thai.", "in Thai"),
        ("Dewi Lestari asked for the survey in Tagalog as well.", "in Tagalog"),
    ],
)
def test_a_language_after_in_stays(note: str, kept: str) -> None:
    assert kept in anonymise(note).text
