"""Cues that say a word is a person, or that it is not, in the shapes notes are pasted in.

Each case is one thing the anonymiser got wrong: a speaker above a timestamp in a transcript
export, "Who's X?", a handle after a platform's name, a name in brackets in another script,
an act after a bracketed aside, and, the other way, a place or a department taken for a person.
"""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise

TRANSCRIPT_CAPS = (
    "LEOPOLD ASHCROFT  0:05\nSo what do you use?\nNNAMDI OKORO-BELL  0:09\n"
    "Mostly Plum.\nLEOPOLD ASHCROFT  0:12\nRight."
)


def test_speakers_above_timestamps_go_in_capitals_too() -> None:
    out = anonymise(TRANSCRIPT_CAPS).text
    assert "LEOPOLD" not in out and "ASHCROFT" not in out and "NNAMDI" not in out
    assert "OKORO-BELL" not in out
    assert "0:05" in out and "Plum" in out and "So what do you use?" in out


def test_a_timestamp_line_that_is_no_name_stays() -> None:
    note = "Standup  9:30\nLunch  12:30\nRetro  16:00\nMe  16:05"
    assert anonymise(note).text == note


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Ask the grad Slack. Who's Ngozika? She runs it.",
            "Ask the grad Slack. Who's [PERSON_1]? She runs it.",
        ),
        ("Siapa Rengganis? Dia anak baru.", "Siapa [PERSON_1]? Dia anak baru."),
        ("¿Quién es Itzíar? La nueva.", "¿Quién es [PERSON_1]? La nueva."),
        ("Who's Monzo for, then?", "Who's Monzo for, then?"),
    ],
)
def test_asking_who_someone_is_names_a_person(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


def test_a_handle_after_a_streaming_platform_goes() -> None:
    assert anonymise("Streams on Twitch: kemiplays most nights.").text == (
        "Streams on Twitch: [HANDLE] most nights."
    )


def test_a_name_in_brackets_in_another_script_is_the_same_person() -> None:
    out = anonymise("Haruna (春菜) explained PayPay to me.").text
    assert "春菜" not in out and "Haruna" not in out and "PayPay" in out


def test_an_act_after_a_bracketed_aside_makes_an_unknown_word_a_person() -> None:
    out = anonymise("Creators: Dimeji (born 2001-02-03) said she'd come.").text
    assert "Dimeji" not in out


def test_a_place_named_like_a_person_keeps_its_own_name() -> None:
    out = anonymise("Chelsea and Milo both live near Chelsea Bridge; Chelsea says it's dear.").text
    assert "Chelsea Bridge" in out
    assert "Chelsea says" not in out and "Milo" not in out


def test_a_letter_closing_a_number_is_no_initial_of_the_next_name() -> None:
    """ "ref 30.124.567-H. Aitor va": the H ends the number (a dotted DNI whose letter checks,
    so it goes as an ID); Aitor alone is the person, and a second pass finds nothing more."""
    once = anonymise("Ficha: Aitor Zubizarreta Goñi, ref 30.124.567-H. Aitor e Jon van.").text
    assert "ref [ID]. [PERSON_1] e" in once and "Aitor" not in once
    assert anonymise(once).text == once


@pytest.mark.parametrize(
    ("note", "gone", "kept"),
    [
        # A relative or friend named in apposition is a person, in three languages.
        ("Endang cerita kalau cucunya, Rengganis, jualan di Shopee.", "Rengganis", "Shopee"),
        ("Ibu Tuti bilang adiknya, Wulung, kerja di Gojek.", "Wulung", "Gojek"),
        ("Her nephew, Oyelowo, banks with Kuda.", "Oyelowo", "Kuda"),
        ("Dice que su sobrina, Itzíar, ahorra con Bizum.", "Itzíar", "Bizum"),
        # An everyday-word name followed by what it will do is the person doing it.
        ("Jack will jack up the budget.", "Jack will", "jack up"),
    ],
)
def test_cues_that_name_a_person(note: str, gone: str, kept: str) -> None:
    out = anonymise(note).text
    assert gone not in out and kept in out, out


@pytest.mark.parametrize(
    "note",
    [
        "Trabaja en Auditoría Interna en Monterrey.",
        "Pasó de Contabilidad General a Banca Corporativa.",
        "Summer will be busy; the rain will clear.",
        "Paris will be busy in June.",
    ],
)
def test_departments_weather_and_places_stay(note: str) -> None:
    assert anonymise(note).text == note
