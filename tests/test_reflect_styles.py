"""Action items in note styles people really write: meeting-tool exports, texting, third
parties, Spanish and Indonesian; owners resolved to the pair and dues to the session date."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.actions import extract_actions
from coach.engine.offline_reflect import reflect_offline
from coach.engine.text import split_sentences
from coach.flows.dates import resolve_due
from coach.flows.owners import PairPeople, Side, resolve_owner

TUE = date(2026, 11, 10)
NEXT = date(2026, 12, 8)


def resolved(
    notes: str, mentor: str, mentee: str, author: Side = "mentee", embedder: object | None = None
) -> list[tuple[str, str | None]]:
    """(owner, due ISO) per item, as the record would keep them."""
    pair = PairPeople(mentor, mentee)
    items = extract_actions(notes, split_sentences(notes), embedder=embedder)
    out: list[tuple[str, str | None]] = []
    for a in items:
        owners = resolve_owner(a.owner, author, pair)
        due = resolve_due(a.due, TUE, next_session=NEXT)
        for o in [owners] if isinstance(owners, str) else owners:
            out.append((o, due.isoformat() if due else None))
    return out


SARA = """Session 4 with Sara - savings apps
- she walks me through Starling and Chip, how the round-ups work
- I had assumed nobody under 25 saves anything. Wrong, she saves 15% of her pay
- I can dig out the churn numbers for our own savings account for her
- Asked Leon in digital to send the app store reviews
- My job: book a slot with the pricing team
- ill try Chip myself over the weekend
- Finance (Tom) to check what a round-up feature would cost
- Sara: screenshots of 3 onboarding flows (Monzo, Starling, Revolut) before next session
- next time: pensions, by weds I'll send her our pension leaflet
"""


def test_the_sara_note_gives_every_commitment_to_its_owner(embedder: object) -> None:
    assert resolved(SARA, "Sara Okafor", "David Price", embedder=embedder) == [
        ("mentee", None),
        ("Leon", None),
        ("mentee", None),
        ("mentee", "2026-11-15"),
        ("Tom", None),
        ("mentor", "2026-12-08"),
        ("mentee", "2026-11-11"),
    ]


def test_commitments_in_the_sara_note_are_not_takeaways(embedder: object) -> None:
    r = reflect_offline(SARA, embedder)  # type: ignore[arg-type]
    took = " ".join(t.text for t in r.takeaways).lower()
    assert "churn" not in took and "leon" not in took and "pricing team" not in took


AISHA = """Martin Hughes 0:03
So, text messages. I honestly thought nobody your age reads an SMS from a bank.
Aisha Rahman 0:21
We do, but only the ones that look like they come from a person.
Martin Hughes 0:40
That's fair. I'll pull the last six months of our SMS open rates before next session.
Aisha Rahman 0:58
I can ask five friends to forward me the last one they got.
"""


def test_a_name_and_time_export_gives_each_speaker_their_own_items(embedder: object) -> None:
    assert resolved(AISHA, "Aisha Rahman", "Martin Hughes", embedder=embedder) == [
        ("mentee", "2026-12-08"),
        ("mentor", None),
    ]


@pytest.mark.parametrize(
    "notes",
    [
        "[00:00:04] Ana Lima: Hello.\n[00:00:09] Ben Cole: Hi there.\n"
        "[00:01:02] Ben Cole: I'll ask finance for the numbers by Friday.\n"
        "[00:01:30] Ana Lima: And I'll send you my notes.\n",
        "00:00:04 Ana Lima: Hello.\n00:00:09 Ben Cole: Hi there.\n"
        "00:01:02 Ben Cole: I'll ask finance for the numbers by Friday.\n"
        "00:01:30 Ana Lima: And I'll send you my notes.\n",
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ana Lima>Hello.\n\n"
        "00:00:04.500 --> 00:00:09.000\n<v Ben Cole>Hi there.\n\n"
        "00:00:09.500 --> 00:00:14.000\n<v Ben Cole>I'll ask finance for the numbers by Friday.\n\n"
        "00:00:14.500 --> 00:00:19.000\n<v Ana Lima>And I'll send you my notes.\n",
        "Ben Cole   0:02\nHello.\nAna Lima (Guest)   0:09\nHi there.\n"
        "Ben Cole   1:02\nI'll ask finance for the numbers by Friday.\n"
        "Ana Lima (Guest)   1:30\nAnd I'll send you my notes.\n",
    ],
)
def test_meeting_tool_exports_read_as_speakers(notes: str) -> None:
    assert resolved(notes, "Ana Lima", "Ben Cole") == [("mentee", "2026-11-13"), ("mentor", None)]


def test_a_name_at_the_start_of_a_sentence_owns_it() -> None:
    notes = "Reverse mentoring - session 4 (Mina)\nMina will send me the trust survey she found."
    assert resolved(notes, "Mina Park", "Alan Hughes") == [("mentor", None)]


def test_an_agreement_about_what_the_program_is_is_not_a_task() -> None:
    notes = "Session 1 with Leo\n- talked about the program\n- we agreed it's about listening"
    assert resolved(notes, "Leo Martins", "Anne Fischer") == []


def test_texting_shorthand_and_rambles() -> None:
    notes = (
        "catchup w ben\n- ill chk w comms re: our insta tmrw\n- ben to dm me 3 creators\n"
        "- Long one, so I said I'd get the product team to walk me through the journey "
        "before we next meet and Ben offered to bring two rental contracts"
    )
    assert resolved(notes, "Ben Carter", "Linda Shaw") == [
        ("mentee", "2026-11-11"),
        ("mentor", None),
        ("mentee", "2026-12-08"),
        ("mentor", None),
    ]


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("Hoy hablamos de ahorro, p. ej. un café de 2,40. Me sorprendió mucho.", 2),
        ("Voy a pedir a RR.HH. los datos de candidatos. Nada más.", 2),
        ("Grads hate 4-stage interviews, v. obvious in hindsight. Noted.", 2),
    ],
)
def test_sentences_are_not_split_inside_abbreviations(notes: str, expected: int) -> None:
    assert len(split_sentences(notes)) == expected


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (
            "Sesión 2 con Lucía\n- Lucía dice que nadie lee las ofertas\n"
            "- Voy a pedir a RR.HH. los datos antes del viernes\n"
            "- Lucía me enviará tres ejemplos de ofertas",
            [("mentee", "2026-11-13"), ("mentor", None)],
        ),
        (
            "Sesi 3 dengan Budi\n- Budi bilang semua temannya bayar pakai QRIS\n"
            "- Saya akan minta tim produk data transaksi sebelum hari Jumat\n"
            "- Budi akan kirim tiga contoh promo",
            [("mentee", "2026-11-13"), ("mentor", None)],
        ),
    ],
)
def test_spanish_and_indonesian_commitments(notes: str, expected: list) -> None:
    mentor = "Lucía Fernández" if "Lucía" in notes else "Budi Santoso"
    assert resolved(notes, mentor, "Carlos Ruiz") == expected


def test_notes_in_another_language_say_the_offline_coach_reads_english(embedder: object) -> None:
    notes = (
        "Sesi 3 dengan Budi\n- Budi bilang semua temannya bayar pakai QRIS\n"
        "- Saya kira anak muda masih suka kartu kredit. Ternyata tidak sama sekali\n"
        "- Saya akan minta tim produk data transaksi sebelum hari Jumat"
    )
    r = reflect_offline(notes, embedder)  # type: ignore[arg-type]
    assert "English" in r.notice and "Indonesian" in r.notice
    assert r.takeaways == [] and r.summary == "" and r.action_items


def test_a_commitment_without_a_cue_word_is_found_by_meaning(embedder: object) -> None:
    notes = (
        "Session 6 with Hannah\n- she was a nurse before joining\n"
        "- Hannah owns the write-up of how triage would work in our team\n"
        "- the incident team lacks triage thinking"
    )
    assert resolved(notes, "Hannah Schmidt", "George Evans", embedder=embedder) == [
        ("mentor", None)
    ]


def test_a_topic_for_next_time_in_spanish_is_not_a_task() -> None:
    notes = "Sesión 5 con Camila\n- Tenemos que hablar de inversiones verdes next time"
    assert resolved(notes, "Camila Torres", "James Whitfield") == []


def test_a_lowercase_name_from_the_title_owns_its_task() -> None:
    notes = "catchup w ben\n- ben to dm me 3 creators he rates\n- talked insta"
    assert resolved(notes, "Ben Carter", "Linda Shaw") == [("mentor", None)]


def test_a_one_word_reply_before_a_promise_does_not_hide_it() -> None:
    notes = (
        "Agus: Jadi, kenapa tidak mau kerja di bank?\nRizky: Terlalu kaku katanya.\n"
        "Agus: Menarik. Saya akan tanya HR soal aturan pakaian minggu depan.\n"
        "Rizky: Oke.\n"
    )
    assert resolved(notes, "Rizky Pratama", "Agus Salim") == [("mentee", "2026-11-17")]


def test_a_belief_after_i_d_is_not_a_task() -> None:
    notes = "Session with Mia.\nI'd always assumed renting was a phase.\nI'd rather text than call."
    assert resolved(notes, "Mia Chen", "Oliver Grant") == []


def test_name_then_time_in_brackets_is_a_speaker() -> None:
    notes = (
        "Ben Cole (00:00:05): Hello.\nAna Lima (00:00:12): Hi, it was hard.\n"
        "Ben Cole (00:00:40): Tell me more.\n"
        "Ana Lima (00:01:02): I can record my screen next time I try.\n"
    )
    assert [o for o, _ in resolved(notes, "Ana Lima", "Ben Cole")] == ["mentor"]


def test_and_will_keeps_the_subject_and_let_me_know_dates_the_promise_before() -> None:
    notes = (
        "Sam showed me a payslip (with permission) and the rent on it.\n"
        "I'm seeing the pensions team on Thursday and will raise auto-enrolment.\n"
        "Sam said he'd ask three friends, and he'll let me know before our next session."
    )
    assert resolved(notes, "Sam Okoro", "Fiona Blake") == [
        ("mentee", "2026-11-12"),
        ("mentor", "2026-12-08"),
    ]


def test_you_in_a_recap_written_to_the_partner_is_the_partner() -> None:
    notes = (
        "Hi Tom,\nAs agreed:\n- you'll send me the two podcasts\n"
        "- I'll set up time with our head of brand by Friday\nCheers, Kate"
    )
    assert resolved(notes, "Tom Reyes", "Kate Hill") == [("mentor", None), ("mentee", "2026-11-13")]


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (
            "Session 2 - Jo\n1. nobody uses a broker\n2. Pull our ISA numbers (me, Fri)\n"
            "3. Finfluencers worth following (Jo)",
            [("mentee", "2026-11-13"), ("mentor", None)],
        ),
        (
            "Session 3 with Priya\n- job ads read like contracts\n"
            "- Intro to the head of talent to be arranged by me\n"
            "- Slides on job-hunting to be shared by Priya by Friday",
            [("mentee", None), ("mentor", "2026-11-13")],
        ),
        (
            "mentoring w/ Jo\n- friends won't work for oil firms\n- @me chase the sustainability team\n"  # noqa: E501
            "- @Jo send the Glassdoor threads\n- @both go to the careers evening on the 9th",
            [
                ("mentee", None),
                ("mentor", None),
                ("mentee", "2026-12-09"),
                ("mentor", "2026-12-09"),
            ],
        ),
    ],
)
def test_bracket_owners_passives_and_mentions(notes: str, expected: list) -> None:
    mentor = "Priya Shah" if "Priya" in notes else "Jo Park"
    assert resolved(notes, mentor, "Alan Ward") == expected


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (
            "Sesi 2 dengan Dimas\n- Ibu Ratna akan menghubungi tim HR minggu depan.\n"
            "- Dimas akan menyiapkan survei singkat.",
            [("mentee", "2026-11-17"), ("mentor", None)],
        ),
        (
            "Sesión 3 con Diego\n- Me toca preparar una propuesta antes del jueves.\n"
            "- Le pasaré a Diego el informe el lunes.",
            [("mentee", "2026-11-12"), ("mentee", "2026-11-16")],
        ),
    ],
)
def test_honorifics_and_clitics(notes: str, expected: list) -> None:
    mentor = "Dimas Putra" if "Dimas" in notes else "Diego Ramos"
    assert resolved(notes, mentor, "Ratna Wijaya") == expected


@pytest.mark.parametrize(
    "notes",
    [
        "Session 3 with Tom\n- Tom showed me my own LinkedIn profile on his phone\n- great chat",
        "Session 3 with Ellie\n- Ellie is unhappy in her team\n- She is thinking of leaving",
        "Session 3 with Hana\n- She found out about the mentoring scheme by accident",
        "Session 3 with Ade\n- Ade also handles difficult stakeholders like parents' evening",
        "Session 3 with Zoe\n- Zoe checks where things are made and will pay more for honesty",
        "Session 2 with Kai\n- handovers: nurses hand over every shift with a fixed structure (SBAR).",  # noqa: E501
    ],
)
def test_descriptions_of_people_are_not_tasks(notes: str, embedder: object) -> None:
    assert resolved(notes, "Kai Lund", "Ann Vale", embedder=embedder) == []


def test_so_we_can_is_a_purpose_not_a_second_task() -> None:
    notes = "Kai said he would send me the pricing so we can compare to our fleet cost."
    assert resolved(notes, "Kai Lund", "Ann Vale") == [("mentor", None)]


def test_imperative_bullets_are_the_authors_tasks() -> None:
    notes = (
        "ana s2 - pensions\n- her friends never check their pension\n"
        "- chase HR re: the pension app\n- send ana the leaflet (fri)\n"
        "- book time with payroll"
    )
    assert resolved(notes, "Ana Lima", "Ben Cole") == [
        ("mentee", None),
        ("mentee", "2026-11-13"),
        ("mentee", None),
    ]


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (
            "Session w Ana\n- ok I'm gonna ask marketing why by end of the week",
            [("mentee", "2026-11-13")],
        ),
        (
            "Session w Ana\n- I've gotta find out from facilities how many desks we use",
            [("mentee", None)],
        ),
        (
            "Session w Ana\n- I wil chase the brand team by tomorow\n- Ana wil send me 2 ads",
            [("mentee", "2026-11-11"), ("mentor", None)],
        ),
        (
            "Session 5 (Ana)\nAP: me - get the attrition figure from HR by 3/12\nAP: Ana - share it",  # noqa: E501
            [("mentee", "2026-12-03"), ("mentor", None)],
        ),
        (
            "Session 2 with Ana\nI'll admit I went in sceptical. We'll see whether it applies to us.",  # noqa: E501
            [],
        ),
    ],
)
def test_texting_typos_and_asides(notes: str, expected: list) -> None:
    assert resolved(notes, "Ana Lima", "Ben Cole") == expected


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (
            "Sesión con Ana sobre cripto. Sus amigos compran cripto. Le dije que le mandaría nuestro "  # noqa: E501
            "informe mañana. Ana quedó en preguntar a tres amigos.",
            [("mentee", "2026-11-11"), ("mentor", None)],
        ),
        (
            "Catatan sesi 4 dengan Ana\n- teman-teman Ana lebih percaya review di TikTok\n"
            "- nanti aku kirim data survei ke Ana hari Jumat\n- tolong Ana cek tiga akun review",
            [("mentee", "2026-11-13"), ("mentor", None)],
        ),
    ],
)
def test_spanish_reported_promises_and_indonesian_requests(notes: str, expected: list) -> None:
    assert resolved(notes, "Ana Lima", "Ben Cole") == expected


def test_two_promises_of_the_author_joined_by_and_stay_two() -> None:
    notes = (
        "Good session with Ana. I've gotta find out how many desks we use, and I need to "
        "remember to send her the policy draft before the 1st."
    )
    assert resolved(notes, "Ana Lima", "Ben Cole") == [("mentee", None), ("mentee", "2026-12-01")]


@pytest.mark.parametrize(
    "notes",
    [
        "Ben: What do your friends use?\nAna: Mostly Monzo.\n"
        "Ana: I could send you a few screenshots of the apps they like?\nBen: Yes please.\n"
        "Ana: OK, will do tomorrow.\n",
        "Ben: What do your friends use?\nAna: Mostly Monzo.\n"
        "Ben: Could you send me a few screenshots of the apps they like?\n"
        "Ana: Sure, by tomorrow.\nBen: Thanks.\n",
    ],
)
def test_a_request_or_offer_agreed_in_a_transcript_is_a_task(notes: str) -> None:
    assert resolved(notes, "Ana Lima", "Ben Cole") == [("mentor", "2026-11-11")]


TABLE = """Session 3 - recruitment, how grads find jobs

Priya showed me two Discord servers where roles get shared.

| who | what | when |
|---|---|---|
| me | cut the application form to one page with the talent team | end of month |
| Priya | share the two server invites | Friday |
| Hannah (TA lead) | pull drop-off at each step of the form | next session |
"""

FIELDS = """ESG, supplier emissions

Aisha brought the CDP list; most of our footprint is in what we buy.

Action: ask procurement which top-ten suppliers report emissions
Owner: Colin
Due: 28 Nov

Action: find one competitor's supplier code that people trust
Owner: Aisha
Due: next session
"""

CHECKBOXES = """talent / what grads value - CB & MS

- three of her friends left their first job inside 18 months, all for learning not pay

To do
- [ ] MS: read our last 20 Glassdoor reviews with CB
- [ ] CB: write her first-week timeline, what helped and what didn't - by Mon
- [ ] MS to ask HR for exit interview themes for under-25s, EOW
"""


def _offline(notes: str, mentor: str, mentee: str, embedder: object) -> list[tuple]:
    pair = PairPeople(mentor, mentee)
    out = []
    for a in reflect_offline(notes, embedder).action_items:  # type: ignore[arg-type]
        owners = resolve_owner(a.owner, "mentee", pair)
        due = resolve_due(a.due, TUE, next_session=NEXT)
        for o in [owners] if isinstance(owners, str) else owners:
            out.append((o, due.isoformat() if due else None, a.action))
    return out


def test_a_table_of_actions_gives_one_item_per_row(embedder: object) -> None:
    got = _offline(TABLE, "Priya Shah", "Graham Holt", embedder)
    assert [(o, d) for o, d, _ in got] == [
        ("mentee", "2026-11-30"),
        ("mentor", "2026-11-13"),
        ("Hannah", "2026-12-08"),
    ]
    assert "server invites" in got[1][2]


def test_action_owner_and_due_on_lines_of_their_own_make_one_item(embedder: object) -> None:
    got = _offline(FIELDS, "Aisha Rahman", "Colin Ward", embedder)
    assert [(o, d) for o, d, _ in got] == [("mentee", "2026-11-28"), ("mentor", "2026-12-08")]
    assert "procurement" in got[0][2] and "supplier code" in got[1][2]


def test_ticked_boxes_with_initials_go_to_their_people(embedder: object) -> None:
    got = _offline(CHECKBOXES, "Chloe Banda", "Martin Sykes", embedder)
    assert [(o, d) for o, d, _ in got] == [
        ("mentee", None),
        ("mentor", "2026-11-16"),
        ("mentee", "2026-11-13"),
    ]


def test_items_read_from_a_table_point_at_its_rows(embedder: object) -> None:
    r = reflect_offline(TABLE, embedder)  # type: ignore[arg-type]
    for item in [*r.takeaways, *r.next_topics, *r.action_items]:
        assert TABLE[item.source.start : item.source.end] == item.source.text
    assert [a.source.text.split("|")[1].strip() for a in r.action_items] == [
        "me",
        "Priya",
        "Hannah (TA lead)",
    ]


EMAIL = """Hi Dana,

Thanks for today, the live search was an eye-opener.

I'll get the employer-brand team to answer the top three comments this week.
Could you send me the two creator channels you mentioned?
Can you believe nobody here had watched them?

Best,
Hugh"""


def test_a_request_in_an_email_to_the_mentor_is_the_mentors_item(embedder: object) -> None:
    got = _offline(EMAIL, "Dana Kowalski", "Hugh Barnes", embedder)
    assert [(o, d) for o, d, _ in got] == [("mentee", "2026-11-13"), ("mentor", None)]
    assert "creator channels" in got[1][2]


def test_initials_and_a_dash_name_the_owner() -> None:
    notes = (
        "catch-up RM / JB\n\nNext steps\n- JB: ask legal about the pilot\n- RM - share the survey"
    )
    assert resolved(notes, "Rosa Mills", "John Burke") == [("mentee", None), ("mentor", None)]


def test_a_voice_memo_without_punctuation_splits_at_each_new_promise() -> None:
    notes = (
        "ok driving back now so quick one tom showed me how his friends compare phone plans "
        "on reddit so my action is to ask the pricing team for our churn by age and tom is "
        "gonna send me the three threads he mentioned by friday and I promised I would sit in "
        "on a customer call before next session"
    )
    assert resolved(notes, "Tom Reyes", "Alice Ward") == [
        ("mentee", None),
        ("mentor", "2026-11-13"),
        ("mentee", "2026-12-08"),
    ]


@pytest.mark.parametrize(
    "ask",
    [
        "If you could send me the pricing page screenshots, that would be great.",
        "Would you mind sending me the pricing page screenshots?",
    ],
)
def test_a_request_phrased_as_if_you_could_is_the_partners_item(ask: str) -> None:
    notes = f"Hi Tom,\n\nThanks for today. I'll share our churn figures by Friday. {ask}\n\nAlice"
    assert resolved(notes, "Tom Reyes", "Alice Ward") == [
        ("mentee", "2026-11-13"),
        ("mentor", None),
    ]


def test_and_lets_both_in_a_transcript_is_for_both() -> None:
    notes = (
        "[00:00:04] Ana Lima: Hello.\n[00:00:09] Ben Cole: Hi there.\n"
        "[00:01:02] Ben Cole: I'll ask finance for the numbers.\n"
        "[00:01:30] Ana Lima: And let's both read the report before next session.\n"
    )
    assert resolved(notes, "Ana Lima", "Ben Cole") == [
        ("mentee", None),
        ("mentee", "2026-12-08"),
        ("mentor", "2026-12-08"),
    ]
