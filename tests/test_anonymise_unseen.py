"""Names the anonymiser has never seen: every script, every case, Indonesian and Spanish notes.

Each case is a note a real sharer could write; the expected text is what may leave their hands.
"""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # A surname ending like an English verb ("Waleed") is still part of the name.
        ("Met Omar bin Waleed Al Harthy from finance today.", "Met [PERSON_1] from finance today."),
        (
            "Attendees: Hamdan bin Saeed Al Falasi and Joost van der Linden.",
            "Attendees: [PERSON_1] and [PERSON_2].",
        ),
        (
            "Session with José Luis de las Heras, then Ana de la Cruz.",
            "Session with [PERSON_1], then [PERSON_2].",
        ),
    ],
)
def test_every_word_of_a_name_goes(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


def test_all_caps_names_are_names() -> None:
    note = "SPOKE TO RINI HARTONO AFTER THE TOWN HALL. RINI said the app was slow."
    assert anonymise(note).text == (
        "SPOKE TO [PERSON_1] AFTER THE TOWN HALL. [PERSON_1] said the app was slow."
    )


def test_all_caps_note_keeps_its_substance() -> None:
    assert anonymise("5 OUT OF 8 FRIENDS USE GOPAY").text == "5 OUT OF 8 FRIENDS USE GOPAY"
    note = "MEETING WITH KEVIN OKONKWO. KEVIN SAYS GEN Z BANKS WITH CHIME. ACTION: SEND THE DECK."
    assert anonymise(note).text == (
        "MEETING WITH [PERSON_1]. [PERSON_1] SAYS GEN Z BANKS WITH CHIME. ACTION: SEND THE DECK."
    )


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("my buddy wei zhang and 李娜 joined", "my buddy [PERSON_1] and [PERSON_2] joined"),
        (
            "Session with 王伟 today. 王伟 uses WeChat Pay.",
            "Session with [PERSON_1] today. [PERSON_1] uses WeChat Pay.",
        ),
        (
            "Mentor: 김민준. 김민준 said KakaoTalk is where his friends shop.",
            "Mentor: [PERSON_1]. [PERSON_1] said KakaoTalk is where his friends shop.",
        ),
        (
            "田中さん from the Tokyo team mentioned LINE Pay.",
            "[PERSON_1]さん from the Tokyo team mentioned LINE Pay.",
        ),
    ],
)
def test_names_in_chinese_japanese_and_korean_script(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


def test_everyday_word_names_at_the_start_of_a_sentence() -> None:
    note = "Hope opened the meeting; Dawn wrote the notes"
    assert anonymise(note).text == "[PERSON_1] opened the meeting; [PERSON_2] wrote the notes"


def test_everyday_words_used_as_words_stay() -> None:
    note = "Hope you like the deck. Mark the calendar: 3 June. Grace period ends in May."
    assert anonymise(note).text == note


def test_indonesian_note_keeps_titles_and_negation() -> None:
    note = (
        "Sesi dengan Dewi. Menurut Kepala Keuangan, kami belum punya aplikasi karena tidak "
        "ada anggaran untuk tim produk."
    )
    assert anonymise(note).text == (
        "Sesi dengan [PERSON_1]. Menurut Kepala Keuangan, kami belum punya aplikasi karena "
        "tidak ada anggaran untuk tim produk."
    )


def test_spanish_departments_and_titles_stay() -> None:
    note = "La Directora Comercial dijo que Recursos Humanos no tiene datos."
    assert anonymise(note).text == note


def test_small_words_are_not_swallowed_into_names() -> None:
    note = (
        "Menurut Andi, Mentor Budi benar. Dia bilang Nomor HP-nya baru. "
        "Según Marta, Su equipo usa Bizum."
    )
    assert anonymise(note).text == (
        "Menurut [PERSON_1], Mentor [PERSON_2] benar. Dia bilang Nomor HP-nya baru. "
        "Según [PERSON_3], Su equipo usa Bizum."
    )


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Rapat dengan Pak Bambang dan Bu Sri. Bambang setuju, Sri belum.",
            "Rapat dengan Pak [PERSON_1] dan Bu [PERSON_2]. [PERSON_1] setuju, [PERSON_2] belum.",
        ),
        (
            "ngobrol sama mbak sari dan mas dimas. sari bilang gen z pakai shopee paylater.",
            "ngobrol sama mbak [PERSON_1] dan mas [PERSON_2]. [PERSON_1] bilang gen z pakai "
            "shopee paylater.",
        ),
        (
            "Coffee with Tendai again. My mentor Tendai budgets with YNAB.",
            "Coffee with [PERSON_1] again. My mentor [PERSON_1] budgets with YNAB.",
        ),
        (
            "Sesión con mi mentora Itziar. Según Itziar, el equipo usa Bizum.",
            "Sesión con mi mentora [PERSON_1]. Según [PERSON_1], el equipo usa Bizum.",
        ),
        (
            "Sesi kedua dengan mentor saya, Yoga. Yoga bilang anak muda pakai Bibit.",
            "Sesi kedua dengan mentor saya, [PERSON_1]. [PERSON_1] bilang anak muda pakai Bibit.",
        ),
    ],
)
def test_single_names_by_their_cue_in_three_languages(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


def test_places_and_brands_stay_before_who_and_feels() -> None:
    note = "Paris feels expensive to her friends, and Shopee who? is a joke among them."
    assert anonymise(note).text == note


def test_a_name_once_found_is_not_removed_where_it_is_a_place() -> None:
    note = "Jordan Lee spoke about his trip to Jordan. Jordan will send photos."
    assert anonymise(note).text == (
        "[PERSON_1] spoke about his trip to Jordan. [PERSON_1] will send photos."
    )


def test_transcript_speaker_labels() -> None:
    note = "DAWN: we never use email.\nME: not even for jobs?\nDAWN: LinkedIn only. Ask Joy."
    assert anonymise(note).text == (
        "[PERSON_1]: we never use email.\nME: not even for jobs?\n[PERSON_1]: LinkedIn only. "
        "Ask [PERSON_2]."
    )


def test_roster_names_go_in_any_case() -> None:
    note = "RAPAT DENGAN RATNA. ratna bilang Ratna Sari akan kirim data."
    r = anonymise(note, roster=["Ratna Sari"])
    assert r.text == "RAPAT DENGAN [PERSON_1]. [PERSON_1] bilang [PERSON_1] akan kirim data."


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "RAPAT DENGAN BU WINARTI DAN JOKOWI DARI TIM IT. JOKOWI MINTA DATA.",
            "RAPAT DENGAN BU [PERSON_1] DAN [PERSON_2] DARI TIM IT. [PERSON_2] MINTA DATA.",
        ),
        (
            "CALL WITH NATASHA MWANGOMBE ABOUT PENSIONS. NATASHA SAYS NOBODY READS THE LETTERS.",
            "CALL WITH [PERSON_1] ABOUT PENSIONS. [PERSON_1] SAYS NOBODY READS THE LETTERS.",
        ),
    ],
)
def test_all_caps_names_the_gazetteer_lacks_beside_a_known_one(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("next: ask tunde about the pension app.", "next: ask [PERSON_1] about the pension app."),
        (
            "lunch with rebecca mbeki-tshabalala, then ask questions about crypto.",
            "lunch with [PERSON_1], then ask questions about crypto.",
        ),
    ],
)
def test_lower_case_names_outside_the_gazetteer(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "According to Siosaia, most Pacific students send money home with Remitly.",
            "According to [PERSON_1], most Pacific students send money home with Remitly.",
        ),
        (
            "Grace thinks the app is fine, but Will disagreed.",
            "[PERSON_1] thinks the app is fine, but [PERSON_2] disagreed.",
        ),
    ],
)
def test_more_single_name_cues(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


def test_brands_named_like_people_or_places_stay() -> None:
    note = "Younger staff use Mercado Pago and Bank Jago; Priya prefers Apple Pay."
    assert anonymise(note).text == (
        "Younger staff use Mercado Pago and Bank Jago; [PERSON_1] prefers Apple Pay."
    )


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "SESSION WITH JOHN OKAFOR AND AMY CHEN. AMY WANTS A PODCAST.",
            "SESSION WITH [PERSON_1] AND [PERSON_2]. [PERSON_2] WANTS A PODCAST.",
        ),
        (
            "CALL WITH SAM. SAM THINKS WE SHOULD HIRE ON TIKTOK.",
            "CALL WITH [PERSON_1]. [PERSON_1] THINKS WE SHOULD HIRE ON TIKTOK.",
        ),
        (
            "THE TEAM WILL MARK THE DATE. HOPE IS HIGH. MAY IS BUSY.",
            "THE TEAM WILL MARK THE DATE. HOPE IS HIGH. MAY IS BUSY.",
        ),
    ],
)
def test_all_caps_names_that_are_also_words(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


def test_a_known_name_before_an_everyday_verb() -> None:
    note = "Chat with Sunny about crypto. Sunny holds only ETFs."
    assert anonymise(note).text == "Chat with [PERSON_1] about crypto. [PERSON_1] holds only ETFs."


def test_a_spanish_word_that_is_also_an_english_name_stays() -> None:
    note = "Charla con Ximena sobre ahorro. Ximena dijo que usa Ualá."
    assert anonymise(note).text == (
        "Charla con [PERSON_1] sobre ahorro. [PERSON_1] dijo que usa Ualá."
    )
