"""Questions pasted from calendars, forwarded mail, helpdesk forms and hashtags are searched
as the question; the program's own name used as a label says nothing about where the answer
is."""

from __future__ import annotations

import re

import pytest

from coach.index import Index
from coach.query_cleaning import clean_query
from coach.query_translation import translate
from coach.search_rank import numbered_asks


@pytest.mark.parametrize(
    "pasted, question",
    [
        (  # a calendar invite: its title names the program, its fields say when and where
            "Reverse Mentoring - catch-up 2\nWhen: Monday 9 June 2025 10:00-10:45 (UTC+01:00)\n"
            "Where: Microsoft Teams Meeting\nOrganiser: Lena Park\n\n"
            "how do we pick a topic for the second meeting?\n\n"
            "Join on your computer, mobile app or room device\nClick here to join the meeting\n"
            "Meeting ID: 351 227 004 918\nPasscode: Xy7pQ2",
            "catch-up 2\nhow do we pick a topic for the second meeting?",
        ),
        (  # a forwarded message: its header block goes but its subject, the question stays
            "Could you help with this?\n\n---------- Forwarded message ---------\n"
            "From: Ade Bello <ade.bello@example.org>\nDate: Fri, 6 Jun 2025 at 16:40\n"
            "Subject: pairs\nTo: People Team <people@example.org>\n\n"
            "Can a pair change topic halfway through?",
            "Could you help with this?\npairs\nCan a pair change topic halfway through?",
        ),
        (  # a reply above the quoted question
            "See below.\n\nOn Thu, 5 Jun 2025 at 08:03, Ade Bello <ade@example.org> wrote:\n"
            "> Can a pair change topic halfway through?\n> Ade",
            "See below.\nCan a pair change topic halfway through?\nAde",
        ),
        (  # a helpdesk form: who filed it and how urgent is not the question
            "Ticket #77120\nName: Ade Bello\nDepartment: Logistics\nCategory: Reverse mentoring\n"
            "Priority: Low\nDescription: Can a pair change topic halfway through?",
            "Can a pair change topic halfway through?",
        ),
        (
            "RE: FW: Reverse mentoring - can a pair change topic halfway through?",
            "can a pair change topic halfway through?",
        ),
        (
            "#ReverseMentoring #FieldTrip how long should it take",
            "Field Trip how long should it take",
        ),
        (
            "What does the recap hold? https://intranet.example.org/mentoring/faq?id=7",
            "What does the recap hold?",
        ),
    ],
)
def test_the_form_goes_and_the_question_stays(pasted: str, question: str) -> None:
    assert clean_query(pasted) == question


@pytest.mark.parametrize(
    "query",
    [
        "What is reverse mentoring?",
        "Reverse mentoring: what is it not?",  # asks about the program itself
        "reverse mentoring vs traditional mentoring",
        "Time to end the pair: when is that right?",
        "To: which director should a new junior go?",
        "#2 on my list: what to bring",
    ],
)
def test_a_question_that_only_looks_like_a_form_is_kept(query: str) -> None:
    assert clean_query(query) == query


@pytest.mark.parametrize(
    "question",
    [
        "what if my senior keeps postponing our meetings?",
        "what should I bring to the first session",
    ],
)
def test_a_question_under_the_programs_name_is_searched_as_the_bare_question(
    library_index: Index, question: str
) -> None:
    invite = (
        f"Reverse Mentoring\nWhen: Tuesday 10 June 2025 14:00-14:45\n"
        f"Where: Microsoft Teams Meeting\n\n{question}\n\nMeeting ID: 300 111 222"
    )
    for pasted in (f"RE: Reverse mentoring - {question}", invite):
        bare = [p.id for p in library_index.search(question)]
        got = [p.id for p in library_index.search(pasted)]
        assert got[0] == bare[0], pasted


@pytest.mark.parametrize(
    "asked, question",
    [
        ("Is a field trip worth it? Keep it brief.", "Is a field trip worth it?"),
        ("Is a field trip worth it? Answer in three sentences please", "Is a field trip worth it?"),
        ("In two bullet points: is a field trip worth it?", "is a field trip worth it?"),
        ("Give me a one-line answer: is a field trip worth it?", "is a field trip worth it?"),
        ("Is a field trip worth it? tl;dr only", "Is a field trip worth it?"),
        ("Is a field trip worth it? Explain like I'm five.", "Is a field trip worth it?"),
        ("Is a field trip worth it? No more than 40 words.", "Is a field trip worth it?"),
        ("Pretend you're my coach. Is a field trip worth it?", "Is a field trip worth it?"),
        ("You are an HR advisor. Is a field trip worth it?", "Is a field trip worth it?"),
        ("Act as my mentor and tell me: is a field trip worth it?", "is a field trip worth it?"),
        (
            "¿Vale la pena una salida de campo? Respuesta corta, por favor.",
            "¿Vale la pena una salida de campo?",
        ),
        (
            "Apakah kunjungan lapangan berguna? Jawab singkat saja.",
            "Apakah kunjungan lapangan berguna?",
        ),
    ],
)
def test_how_the_answer_should_look_is_not_searched(asked: str, question: str) -> None:
    assert clean_query(asked) == question


@pytest.mark.parametrize(
    "query",
    [
        "How short should a first session be?",
        "Keep it short or go deep in session two?",
        "Can the junior act as a sounding board for the senior?",
        "You are not alone: who else is mentoring a director?",
        "how brief can a recap be",
        "Can the recap be one line?",
    ],
)
def test_a_question_about_length_or_roles_is_kept(query: str) -> None:
    assert clean_query(query) == query


def test_an_instruction_to_the_coach_leaves_the_search_as_the_bare_question(
    library_index: Index,
) -> None:
    question = "what should I take along to a session on pensions?"
    bare = [p.id for p in library_index.search(question)]
    for asked in (
        f"{question} Answer in two sentences please.",
        f"You are a careers adviser. {question} Use bullet points.",
    ):
        assert [p.id for p in library_index.search(asked)][0] == bare[0], asked


# A small library: one passage for each of three things a junior may ask in one message.
BRING = (
    "Bring one real thing to show: an app on your phone, a screenshot of a review, a receipt "
    "from a second-hand marketplace. Something the senior can hold beats a slide."
)
LENGTH = (
    "A session runs forty-five minutes to an hour. Shorter and the talk never gets past "
    "pleasantries; longer and attention drops. Book the time as a recurring slot."
)
RECAP = (
    "The junior writes up the notes within a day: three lines on what was said, the action "
    "items with an owner and a date, and the topic for next time."
)
ASKS = (
    "Three things before Thursday:\n1) what should I bring along to show her?\n"
    "2) how long should the meeting run?\n3) who writes up the notes afterwards?"
)


def _three_guides(store: Index) -> Index:
    for name, text in (("bring", BRING), ("length", LENGTH), ("recap", RECAP)):
        store.add_text(f"guide/{name}.md", text, title="Session guidance", kind="guidance")
    return store


def test_each_numbered_ask_gets_its_answer_in_the_order_asked(store: Index) -> None:
    hits = _three_guides(store).search(ASKS, k=3)
    assert [h.source for h in hits] == ["guide/bring.md", "guide/length.md", "guide/recap.md"]
    assert [h.id for h in store.search(ASKS, k=2)] == [h.id for h in hits[:2]]  # same at any k


def test_one_question_is_ranked_as_before(store: Index) -> None:
    hits = _three_guides(store).search("who writes up the notes after the meeting?", k=3)
    assert hits[0].source == "guide/recap.md"


@pytest.mark.parametrize(
    "query, asks",
    [
        (
            ASKS,
            [
                "Three things before Thursday: what should I bring along to show her?",
                "Three things before Thursday: how long should the meeting run?",
                "Three things before Thursday: who writes up the notes afterwards?",
            ],
        ),
        ("1. what goes in a recap 2. who sends it", ["what goes in a recap", "who sends it"]),
        ("what happens in session 2 and session 3?", []),
        ("1) what goes in a recap?", []),  # one ask is the question itself
        ("Sessions 1. and 2. are both short, why?", []),
    ],
)
def test_numbered_asks_are_read_one_by_one(query: str, asks: list[str]) -> None:
    assert numbered_asks(query) == asks


@pytest.mark.parametrize(
    "query, words",
    [  # informal Indonesian: slang verbs, particles and numbers
        ("gue bingung mau bawa apa ke sesi ketiga nih", {"bring", "session", "third"}),
        ("udah dua kali ketemu tapi kok rasanya gak ada hasilnya", {"two", "meet", "result"}),
        ("bos gue ngomong terus pas sesi, gimana biar gue bisa nanya", {"ask", "keeps", "during"}),
        ("aku pengen ngasih masukan tapi takut dia tersinggung", {"give", "want", "offended"}),
        # Rioplatense Spanish: voseo and everyday words
        ("Che, ¿vos sabés qué tenés que llevar a la tercera reunión?", {"third", "you", "bring"}),
        ("¿Podés decirme cuánto dura cada encuentro?", {"tell me", "meeting"}),
        ("El laburo de mentor me tiene re nervioso", {"work", "very", "nervous"}),
        ("¿Las notas las pueden leer en recursos humanos?", {"read", "HR", "notes"}),
    ],
)
def test_informal_indonesian_and_rioplatense_spanish_are_read(query: str, words: set[str]) -> None:
    english = translate(query)
    assert all(re.search(rf"\b{w}\b", english) for w in words), english


@pytest.mark.parametrize(
    "query",
    ["Che Adams asked about pas de deux", "re: nada to add", "deja vu in session two"],
)
def test_english_with_look_alike_words_is_left_alone(query: str) -> None:
    assert translate(query) == query


@pytest.mark.parametrize(
    "typed, question",
    [
        ('"field trip" length -template site:intranet.example.org', '"field trip" length'),
        ("field trip AND budget -retail", "field trip budget"),
        ("recap OR summary filetype:pdf", "recap summary"),
    ],
)
def test_search_operators_are_not_searched_as_words(typed: str, question: str) -> None:
    assert clean_query(typed) == question


@pytest.mark.parametrize(
    "query",
    [
        "WHO PICKS THE PAIRS AND WHEN?",  # capitals throughout: "AND" is a word
        "can a junior say no - and not feel bad",
        "is a well-known brand a good example",
        "Not sure: what goes in a recap?",
        "what should I NOT say in a first session",  # capitals for emphasis
    ],
)
def test_words_that_look_like_operators_are_kept(query: str) -> None:
    assert clean_query(query) == query
