"""Notes in the shapes people paste them in: chat exports, e-mail threads, meeting-tool
transcripts, bullet fragments, Indonesian WhatsApp, Spanish typed without accents.

Each case is one thing the anonymiser got wrong on such notes: a person kept, or a word of
the lesson (a date, a month, a place, a brand) taken for a person.
"""

from __future__ import annotations

import re

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # A chat export's timestamp is a date and a time, not a phone number.
        (
            "[19.02.25 20:14] Bu Ratih: besok sesi jam 10 ya",
            "[19.02.25 20:14] Bu [PERSON_1]: besok sesi jam 10 ya",
        ),
        ("[03/04/25 08.01] Saya: siap pak", "[03/04/25 08.01] Saya: siap pak"),
        # "TTL" (tempat, tanggal lahir) introduces a place and date of birth.
        ("TTL: Medan, 03-05-1997.", "TTL: Medan, [DOB]."),
        # Months in Bahasa Indonesia and Spanish after a word of time are months.
        (
            "Catatan: Intan pakai Gojek. Mulai Juni kami uji coba kerja hibrida.",
            "Catatan: [PERSON_1] pakai Gojek. Mulai Juni kami uji coba kerja hibrida.",
        ),
        ("Sejak Juli tim kami pakai Bibit.", "Sejak Juli tim kami pakai Bibit."),
    ],
)
def test_dates_and_times_stay_dates(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # "々" repeats the kanji before it; it belongs to the name.
        (
            "Mentor pairs:\n• 佐々木健 (Osaka) <-> Ellie Turner",
            "Mentor pairs:\n• [PERSON_1] (Osaka) <-> [PERSON_2]",
        ),
        # A two-syllable Hangul word that starts like a surname is a word (서울, Seoul).
        (
            "박서연 팀장도 서울 사무실에서 같은 말을 했다.",
            "[PERSON_1] 팀장도 서울 사무실에서 같은 말을 했다.",
        ),
        # In Japanese prose a kanji word needs a Japanese surname (来月 is "next month").
        ("来月、東京で山田太郎さんとも会う。", "来月、東京で[PERSON_1]さんとも会う。"),
    ],
)
def test_cjk_words_after_a_name_stay(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Mateo de la oficina de Sevilla está de acuerdo.",
            "[PERSON_1] de la oficina de Sevilla está de acuerdo.",
        ),
        (
            "Jordan went to Amman last spring and booked Petra through Klook.",
            "[PERSON_1] went to Amman last spring and booked Petra through Klook.",
        ),
        (
            "Notes from a chat with Paris and Georgia. Georgia now lives near Paris.",
            "Notes from a chat with [PERSON_1] and [PERSON_2]. [PERSON_2] now lives near Paris.",
        ),
        # A brother, a sister, a colleague named before the name: a person.
        ("Her brother Austin lives in Austin.", "Her brother [PERSON_1] lives in Austin."),
        ("Adik saya Bintang kerja di Bandung.", "Adik saya [PERSON_1] kerja di Bandung."),
        # A brand followed by the country it serves ("Nu México").
        (
            "Dice que sus amigos ahorran con Nu México.",
            "Dice que sus amigos ahorran con Nu México.",
        ),
    ],
)
def test_places_beside_people_stay_places(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # An everyday word opening a sentence with an act only a person does is a person.
        (
            "Frank gave frank feedback on the slides.",
            "[PERSON_1] gave frank feedback on the slides.",
        ),
        (
            "Penny pinched the idea from a podcast: a penny jar.",
            "[PERSON_1] pinched the idea from a podcast: a penny jar.",
        ),
        (
            "Ivy and Rowan shadowed the payroll run. Ivy found the form confusing.",
            "[PERSON_1] and [PERSON_2] shadowed the payroll run. [PERSON_1] found the form "
            "confusing.",
        ),
        (
            "Will from Legal liked it; Rich from Sales thinks rich rewards work better.",
            "[PERSON_1] from Legal liked it; [PERSON_2] from Sales thinks rich rewards work better.",  # noqa: E501
        ),
        (
            "Mercedes from the Madrid office joined the call.",
            "[PERSON_1] from the Madrid office joined the call.",
        ),
        ("Paris grew up in Georgia.", "[PERSON_1] grew up in Georgia."),
        ("Booked Penny for Thursday's session.", "Booked [PERSON_1] for Thursday's session."),
        # The same words doing what words do.
        (
            "March saw record sign-ups. Summer ended early. Sales grew.",
            "March saw record sign-ups. Summer ended early. Sales grew.",
        ),
        (
            "Booked Bali through Traveloka for the offsite.",
            "Booked Bali through Traveloka for the offsite.",
        ),
    ],
)
def test_everyday_word_names_as_subjects(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # A person's name again, but as a product: after an article, before TV, or tried out.
        (
            "Mercedes said her friends would rather lease a Mercedes than buy one.",
            "[PERSON_1] said her friends would rather lease a Mercedes than buy one.",
        ),
        (
            "Session with Ruby. Ruby taught me to read the Ruby on Rails logs.",
            "Session with [PERSON_1]. [PERSON_1] taught me to read the Ruby on Rails logs.",
        ),
        (
            "Sky explained why her friends cancelled Sky TV and use Netflix instead.",
            "[PERSON_1] explained why her friends cancelled Sky TV and use Netflix instead.",
        ),
        (
            "Oliver says the People Director should trial Chip.",
            "[PERSON_1] says the People Director should trial Chip.",
        ),
        # ... while a name that follows a cue is still a person.
        (
            "Met with Chip today. Chip uses Monzo.",
            "Met with [PERSON_1] today. [PERSON_1] uses Monzo.",
        ),
    ],
)
def test_a_name_used_as_a_product_stays(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # The name under a sign-off is the writer, whatever else the word means.
        (
            "Happy to do Thursday again.\n\nBest,\nDan\n\nDaniel Osei | Graduate Recruitment Lead",
            # "Dan" signs for Daniel Osei: one person, one placeholder.
            "Happy to do Thursday again.\n\nBest,\n[PERSON_1]\n\n[PERSON_1] | Graduate Recruitment "
            "Lead",
        ),
        (
            "Chat Tuesday?\n\nCheers,\nBecca\n--\nLumen Insurance",
            "Chat Tuesday?\n\nCheers,\n[PERSON_1]\n--\nLumen Insurance",
        ),
        ("Terima kasih,\nTim Rekrutmen", "Terima kasih,\nTim Rekrutmen"),
        # A bullet opened by a person's name in lower case, like a speaker label.
        (
            "- 1:1 w/ Grace (new grad, Risk)\n- grace: pensions = 'future me problem'",
            "- 1:1 w/ [PERSON_1] (new grad, Risk)\n- [PERSON_1]: pensions = 'future me problem'",
        ),
        # A hyphenated slug after a platform's name is a handle.
        ("Noor Haddad (GitHub noor-h) spoke.", "[PERSON_1] (GitHub [HANDLE]) spoke."),
        ("We sell on TikTok e-commerce now.", "We sell on TikTok e-commerce now."),
    ],
)
def test_signatures_bullets_and_handles(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # WhatsApp Indonesian in lower case: the title stays, the name goes, once.
        (
            "td gue ngobrol sm bu yanti & pak teguh. kata yanti anak gen z di kantor.",
            "td gue ngobrol sm bu [PERSON_1] & pak [PERSON_2]. kata [PERSON_1] anak gen z di kantor.",  # noqa: E501
        ),
        # A note that capitalises its names: a lower-case pair of words is no name.
        (
            "Sesi bareng Bintang. Bintang bilang itu penting buat anak muda cari kafe.",
            "Sesi bareng [PERSON_1]. [PERSON_1] bilang itu penting buat anak muda cari kafe.",
        ),
        # Spanish in lower case: "la chica nueva" is the new girl, "prefiere" a verb.
        (
            "hable con paco y con la chica nueva, ximena. paco dice que ximena prefiere nu.",
            "hable con [PERSON_1] y con la chica nueva, [PERSON_2]. [PERSON_1] dice que [PERSON_2] "
            "prefiere nu.",
        ),
        # A word before "de" that opens the sentence is no part of the name after it.
        ("Alta de Marta Iglesias Sanz: DNI 12345678Z.", "Alta de [PERSON_1]: DNI [ID]."),
        ("María José de la Fuente llamó.", "[PERSON_1] llamó."),
    ],
)
def test_lower_case_chat_and_spanish_forms(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Jade from Payroll and Ruby from Legal joined.",
            "[PERSON_1] from Payroll and [PERSON_2] from Legal joined.",
        ),
        (
            "Pairs: 王芳 & Tom Hill; 田中 美咲 & Sara Lopez",
            "Pairs: [PERSON_1] & [PERSON_2]; [PERSON_3] & [PERSON_4]",
        ),
        (
            "DNI 87654321X and CURP HEGD980722MJCRRN08 and NIK 3273156708950002.",
            "DNI [ID] and CURP [ID] and NIK [ID].",
        ),
        (
            "met xiao ming and ahmad today. ahmad thinks the intranet is dead.",
            "met [PERSON_1] and [PERSON_2] today. [PERSON_2] thinks the intranet is dead.",
        ),
        (
            "Sesi dengan Mentor saya, Pak Agus. Agus bilang anak muda suka Shopee.",
            "Sesi dengan Mentor saya, Pak [PERSON_1]. [PERSON_1] bilang anak muda suka Shopee.",
        ),
    ],
)
def test_names_in_lists_and_labels(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "In Summer and Autumn from next year we hire twice.",
            "In Summer and Autumn from next year we hire twice.",
        ),
        # A name typed again in lower case, then a verb of speech: the same person.
        (
            "Call w/ Bayu. bayu says nobody uses email.",
            "Call w/ [PERSON_1]. [PERSON_1] says nobody uses email.",
        ),
        # After "says", what opens the reported clause is its subject, not the speaker.
        (
            "Chatted with Baraka about M-Pesa. Baraka says Safaricom rules Nairobi.",
            "Chatted with [PERSON_1] about M-Pesa. [PERSON_1] says Safaricom rules Nairobi.",
        ),
        ("The lesson, says Wanjiru, is to ask.", "The lesson, says [PERSON_1], is to ask."),
    ],
)
def test_listed_and_reported_names(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # In capitals, a given name after "CON"/"WITH" is a name even if a place shares it.
        (
            "REUNION CON DIEGO TORRES. DIEGO DICE QUE MERCADO PAGO GANA.",
            "REUNION CON [PERSON_1]. [PERSON_1] DICE QUE MERCADO PAGO GANA.",
        ),
    ],
)
def test_caps_names_and_things_named_like_people(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


def test_a_discord_tag_is_a_handle() -> None:
    assert anonymise("Discord ravi#2231 for the study group.").text == (
        "Discord [HANDLE] for the study group."
    )


@pytest.mark.parametrize(
    ("note", "gone", "stays"),
    [
        # A name-shaped word right beside a removed name goes with it: a surname left behind is
        # worse than anything else the anonymiser can do.
        # Hyphenated surnames with a place or a word in them, all caps or not.
        (
            "PRESENT: GRAHAM LEIGH-PORTER, NKECHI\nGRAHAM ASKED WHY.",
            ["LEIGH-PORTER", "GRAHAM"],
            ["PRESENT", "ASKED WHY"],
        ),
        ("Met Tom Leigh-Banks today.", ["Leigh-Banks", "Tom"], ["Met", "today"]),
        # A surname that ends like an English noun ("-tion") but is no English word.
        ("Nama Ahmad Fauzi Nasution, lahir di Padang.", ["Nasution", "Ahmad"], ["Padang", "lahir"]),
        ("Sesi dengan Rina Tampubolution kemarin.", ["Tampubolution", "Rina"], ["kemarin"]),
        # ... but not a word of the note: a verb, a department, a place.
        ("KEVIN SAYS HI. Putri Marketing", ["KEVIN"], ["SAYS HI", "Marketing"]),
        (
            "Sync with Ximena Salas (Lima) and Omar Jakarta.",
            ["Ximena", "Salas"],
            ["Lima", "Jakarta"],
        ),
    ],
)
def test_no_name_shaped_word_is_left_beside_a_removed_name(
    note: str, gone: list[str], stays: list[str]
) -> None:
    out = anonymise(note).text
    for word in gone:
        assert word not in out, out
    for word in stays:
        assert word in out, out


@pytest.mark.parametrize(
    ("note", "gone", "stays"),
    [
        # A name in apposition ("Frank, Sunny's manager, ...") is a person even when it is a word.
        ("Frank, Sunny's manager, was frank about the budget.", ["Frank"], ["was frank"]),
        (
            "Sterling, our payroll lead, wants a pilot paid in sterling.",
            ["Sterling"],
            ["in sterling", "payroll lead"],
        ),
        ("Met the team. Rose, the new intern, asked about pensions.", ["Rose"], ["new intern"]),
        # A name addressed ("Thanks Will for ...", "Hi Faith,") is the person addressed.
        ("Thanks Will for the demo, it landed.", ["Will"], ["the demo"]),
        ("Hi Faith, sharing the notes.", ["Faith"], ["sharing the notes"]),
        # ... but not a word opening a clause, nor a place or a brand before a description.
        ("However, the team lead, said no.", [], ["However", "team lead"]),
        ("Jakarta, our biggest office, has no canteen.", [], ["Jakarta"]),
    ],
)
def test_names_in_apposition_and_addressed(note: str, gone: list[str], stays: list[str]) -> None:
    out = anonymise(note).text
    for word in gone:
        assert re.search(rf"\b{word}\b", out) is None, out
    for word in stays:
        assert word in out, out


@pytest.mark.parametrize(
    ("note", "gone", "stays"),
    [
        # In a note typed in capitals, a given name and a surname no list knows, opening a list
        # item, are read as they would be in ordinary writing: a person.
        (
            "PRESENT: GRAHAM BROOK, CHIAMAKA OKONJO\nCHIAMAKA: THE APP IS SLOW.",
            ["CHIAMAKA", "OKONJO"],
            ["PRESENT", "THE APP IS SLOW"],
        ),
        (
            "PRESENT: GRAHAM LEIGH-PORTER, NKECHI ADEBAYO\nNKECHI: IT'S THE APP, NOT THE FOOD.",
            ["NKECHI", "ADEBAYO"],
            ["PRESENT", "NOT THE FOOD"],
        ),
        # ... but two words of another language in mid-sentence stay words.
        (
            "REUNION CON LUCIA. 6 DE CADA 10 CHAVALES USAN BIZUM.",
            ["LUCIA"],
            ["CHAVALES USAN", "BIZUM"],
        ),
    ],
)
def test_unknown_names_in_capitals_read_like_title_case(
    note: str, gone: list[str], stays: list[str]
) -> None:
    out = anonymise(note).text
    for word in gone:
        assert word not in out, out
    for word in stays:
        assert word in out, out


@pytest.mark.parametrize(
    ("note", "gone", "stays"),
    [
        # After a title typed in lower case, a word that is also a place or a brand is a name:
        # no one writes "bang" or "ms" before a town.
        ("barusan gue meeting sm bang rio. rio bilang lo mesti cek.", ["rio"], ["bilang"]),
        ("quick chat with ms sydney and mr paris about the vpn.", ["sydney", "paris"], ["vpn"]),
        # ... but a role after a title stays a role.
        ("tadi pak direktur bilang anggaran habis.", [], ["pak direktur"]),
    ],
)
def test_a_lower_case_title_makes_a_place_word_a_name(
    note: str, gone: list[str], stays: list[str]
) -> None:
    out = anonymise(note).text
    for word in gone:
        assert re.search(rf"\b{word}\b", out) is None, out
    for word in stays:
        assert word in out, out


@pytest.mark.parametrize(
    ("note", "gone", "stays"),
    [
        # The word "handle" or "username" names what follows as an account, whatever platform.
        ("X handle tariq_k99, ask him.", ["tariq_k99"], ["X handle", "ask him"]),
        ("her handle is mei.draws and her username: kofi_b", ["mei.draws", "kofi_b"], ["handle"]),
        # ... but an ordinary word after it stays ("the handle is broken").
        ("The door handle is broken again.", [], ["handle is broken"]),
    ],
)
def test_handles_after_the_word_handle(note: str, gone: list[str], stays: list[str]) -> None:
    out = anonymise(note).text
    for word in gone:
        assert word not in out, out
    for word in stays:
        assert word in out, out


@pytest.mark.parametrize(
    ("note", "gone", "stays"),
    [
        # One invites a person, not a thing: after ajak, undang, invite, a word is a name.
        ("oke. nanti ajak Fajar jg, dia yg ngerti soal Kredivo", ["Fajar"], ["Kredivo"]),
        ("Besok saya undang Pelangi ke rapat tim.", ["Pelangi"], ["rapat tim"]),
        ("Remember to invite Sunny to the retro.", ["Sunny"], ["retro"]),
    ],
)
def test_a_person_invited_is_a_person(note: str, gone: list[str], stays: list[str]) -> None:
    out = anonymise(note).text
    for word in gone:
        assert word not in out, out
    for word in stays:
        assert word in out, out


@pytest.mark.parametrize(
    ("note", "gone", "stays"),
    [
        # A department in brackets after a word says whose department: "Clay (Procurement)".
        ("* mtg w/ Clay (Procurement)\n* wants Pleo trial", ["Clay"], ["Procurement", "Pleo"]),
        ("Paired with Ash (Finance) on the audit.", ["Ash"], ["Finance", "audit"]),
        # ... but a place or a product with a bracket stays ("Jakarta (HQ)").
        ("Moved to Jakarta (Sales) last year.", [], ["Jakarta"]),
    ],
)
def test_a_department_in_brackets_makes_a_person(
    note: str, gone: list[str], stays: list[str]
) -> None:
    out = anonymise(note).text
    for word in gone:
        assert re.search(rf"\b{word}\b", out) is None, out
    for word in stays:
        assert word in out, out


@pytest.mark.parametrize(
    ("note", "gone", "stays"),
    [
        # A nickname is introduced as one: "call him Macca", "goes by Birdie", "Nike, short for".
        ("Mac says the grads call him Macca. Macca's tip: short posts.", ["Macca"], ["tip"]),
        ("Her name is Roberta but she goes by Birdie.", ["Birdie", "Roberta"], ["goes by"]),
        ("I also met Nike, short for Nikolina, from Design.", ["Nike", "Nikolina"], ["Design"]),
        # ... the word alone stays a word.
        ("Short for time, we skipped the retro.", [], ["Short for time"]),
    ],
)
def test_nicknames_introduced_as_nicknames(note: str, gone: list[str], stays: list[str]) -> None:
    out = anonymise(note).text
    for word in gone:
        assert re.search(rf"\b{word}\b", out) is None, out
    for word in stays:
        assert word in out, out


@pytest.mark.parametrize(
    ("note", "stays"),
    [
        # What follows "Head of", "Director de", "Kepala" is a department, never a person, even
        # when no list knows the department.
        ("The Head of Retail wants a deck.", "Head of Retail"),
        ("Sync with Ana. The Director of Mobility agreed.", "Director of Mobility"),
        ("Segun Begona, la Jefa de Tesoreria no usa Revolut.", "Jefa de Tesoreria"),
    ],
)
def test_the_department_after_a_title_stays(note: str, stays: str) -> None:
    assert stays in anonymise(note).text


@pytest.mark.parametrize(
    ("note", "gone", "stays"),
    [
        # After "a" or "an" a word is a thing, whatever rule found it: people take no article.
        (
            "Lexus said none of her friends want a car; they would rather hire a Lexus for a weekend.",  # noqa: E501
            ["Lexus said"],
            ["hire a Lexus"],
        ),
        (
            "Porsche joined from Sales. Porsche said nobody wants a Porsche any more.",
            ["Porsche joined", "Porsche said"],
            ["a Porsche any"],
        ),
    ],
)
def test_a_word_after_an_article_is_a_thing(note: str, gone: list[str], stays: list[str]) -> None:
    out = anonymise(note).text
    for word in gone:
        assert word not in out, out
    for word in stays:
        assert word in out, out


@pytest.mark.parametrize(
    "note, name",
    [
        # Spanish marks a person it acts on with "a": "vimos a Noelia" is "we saw Noelia".
        ("Ayer vimos a Noelia en la oficina y nos contó que usa Bizum para todo.", "Noelia"),
        (
            "Le pregunté a Ximena por qué no tiene tarjeta de crédito; dice que no la necesita.",
            "Ximena",
        ),
    ],
)
def test_the_spanish_personal_a_is_no_article(note: str, name: str) -> None:
    assert name not in anonymise(note).text
