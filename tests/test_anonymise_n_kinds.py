"""Kinds the hard notes still miss: professional titles, lower-case names, handles, dates of
birth, capitals, national IDs and single names. Sentences are written for these tests."""

from __future__ import annotations

from coach.anonymise import anonymise


def _out(text: str) -> str:
    return anonymise(text).text


# Spanish professional titles (Lic., Ing., Arq., Mtra.) are titles, not names: they stay, the
# name after them goes, and a second pass over the result changes nothing.


def test_spanish_professional_titles_stay_and_cue_the_name() -> None:
    text = "Presentes: Lic. Marcela Robledo Fuentes, Ing. Octavio Ramírez Soto, Arq. Tomás Lira"
    out = _out(text)
    for title in ("Lic.", "Ing.", "Arq."):
        assert title in out, out
    for word in ("Marcela", "Octavio", "Tomás", "Lira", "Robledo"):
        assert word not in out, out


def test_a_title_between_two_people_does_not_join_them() -> None:
    out = _out("Reunión con la Mtra. Gabriela Núñez y el Ing. Rubén Castañeda en Monterrey.")
    assert "Mtra." in out and "Ing." in out and " y el " in out, out
    assert "Gabriela" not in out and "Castañeda" not in out, out


def test_a_titled_attendee_list_is_stable_under_a_second_pass() -> None:
    text = (
        "Presentes: Lic. Marcela Robledo Fuentes, Ing. Octavio Ramírez Soto\n"
        "| Tema | Quién |\n| Presupuesto | Marcela R. |"
    )
    once = _out(text)
    assert _out(once) == once


def test_ing_as_a_bank_and_lic_in_prose_are_left_alone() -> None:
    out = _out("We moved our savings to ING last year; the licence fee went up.")
    assert "ING" in out and "licence fee" in out, out


# Dates of birth: after a birth cue, the date goes whatever shape it takes.


def _dob_removed(text: str, date: str) -> None:
    out = _out(text)
    assert date not in out and "[DOB]" in out, out


def test_an_iso_date_with_the_month_in_letters_after_a_birth_cue() -> None:
    _dob_removed(
        "Applicant's date of birth (as on the passport): 2001-Sep-17, please check.", "2001-Sep-17"
    )


def test_roman_months_in_lower_case_after_a_birth_cue() -> None:
    _dob_removed("She was born 23.vii.1998 in Surabaya.", "23.vii.1998")
    _dob_removed("DOB (2000/xi/05) is on the form.", "2000/xi/05")
    _dob_removed("My dob: 9-iv-01, thanks.", "9-iv-01")


def test_a_date_with_spaces_around_its_slashes() -> None:
    _dob_removed("Date of birth: 21 / 11 / 1994 (DD / MM / YYYY)", "21 / 11 / 1994")


def test_bday_and_ultah_are_birth_cues() -> None:
    _dob_removed("reminder: kev's bday 03-05-'92 -> get cake", "03-05-'92")
    _dob_removed("ultah bapak 4-10-'58, jangan lupa telepon", "4-10-'58")


def test_a_spanish_birth_date_spoken_in_words() -> None:
    _dob_removed(
        "Me pidió la fecha de nacimiento: nací el veintitrés de abril del ochenta y siete.",
        "veintitrés de abril del ochenta y siete",
    )


def test_dates_that_are_not_births_stay() -> None:
    for text in (
        "The release is 2026-Mar-04 and the audit is 14.vi.2026.",
        "Chapter ii covers 1999 to 2004; see section iv.",
        "We meet on 07 / 03 / 2026 in Leeds.",
        "el doce de marzo presentamos el informe",
    ):
        assert _out(text) == text


# Handles by their cue: the word "handle" with a clause before the colon, "tele is ...",
# "on Teams as ...", a code-review login, a chat role with the account in brackets.


def _handle_removed(text: str, handle: str) -> None:
    out = _out(text)
    assert handle not in out and "[HANDLE]" in out, out


def test_a_handle_after_a_clause_and_a_colon() -> None:
    _handle_removed("Slack handle, so the bot can tag you: priya.k.eng", "priya.k.eng")


def test_a_platform_then_is_then_the_account() -> None:
    _handle_removed("ok noted, and his tele is marco_runs right?", "marco_runs")


def test_on_teams_as_an_account() -> None:
    _handle_removed("Ping me on Teams as dimitri.vasquez if the build breaks.", "dimitri.vasquez")


def test_code_review_logins() -> None:
    _handle_removed("Review by lena-kovacs: two nits on the parser", "lena-kovacs")
    _handle_removed("tomas-ibarra9 (approved): ship it once CI is green", "tomas-ibarra9")


def test_a_chat_role_with_the_account_in_brackets() -> None:
    _handle_removed("Penjual: halo kak\nPembeli (rahma.dwi88): kak stoknya ada?", "rahma.dwi88")


def test_words_after_the_same_cues_stay() -> None:
    for text in (
        "The handle, so to speak: patience and follow-up.",
        "Review by end-of-month: the budget for Q3.",
        "Our Teams as a whole did well this quarter.",
        "Host (approved): the venue is booked.",
        "the wifi is down again, tele is fine",
    ):
        assert _out(text) == text, _out(text)


# National IDs by their own rules: a UK NI number typed in lower case, a Singapore NRIC/FIN
# (its check letter), an NIK grouped 2-2-2-6-4 with spaces or dots, a Spanish social
# security number (province, number, mod-97 check).


def _id_removed(text: str, number: str) -> None:
    out = _out(text)
    assert number not in out and "[ID]" in out, out


def test_a_lower_case_ni_number() -> None:
    _id_removed("payroll keeps asking for my ni number (jg103759a) again", "jg103759a")


def test_a_singapore_nric_and_fin() -> None:
    _id_removed("my NRIC T0212345I for the form ah", "T0212345I")
    _id_removed("FIN G1234567X, expires next year", "G1234567X")


def test_an_nik_grouped_by_region_and_birth_date() -> None:
    _id_removed("contoh nik saya 31 74 05 150492 0003 ya", "31 74 05 150492 0003")
    _id_removed("NIK: 35.15.02.560801.0002", "35.15.02.560801.0002")


def test_a_spanish_social_security_number() -> None:
    _id_removed("Número de afiliación: 08/12345678/69", "08/12345678/69")


def test_numbers_failing_their_checks_stay() -> None:
    for text in (
        "Pedido 08/12345678/70 enviado.",
        "kode 31 74 05 150492 0000 salah",
        "Gate ab12 opens at noon.",
    ):
        assert _out(text) == text, _out(text)


# Lower-case notes: a given name, even one that is also a word, followed by a word known only
# as a surname is a person.


def test_a_lower_case_given_name_then_a_known_surname() -> None:
    out = _out("call notes\nmisty wojcik -> sends the deck by thu\nthen lunch")
    assert "misty wojcik" not in out and "wojcik" not in out and "[PERSON_1]" in out, out
    out = _out("we walked past grace nowak on the way to the gym")
    assert "nowak" not in out, out


def test_lower_case_words_before_a_brand_or_a_town_stay() -> None:
    for text in (
        "luego fui al banco santander y vi un mercedes nuevo.",
        "the misty morning in york was lovely, then april showers",
        "we drove a rosa to the shop",
    ):
        assert _out(text) == text, _out(text)


# A name's pieces before the surname go with it: initials across particles ("R. van der
# Berg"), "St." ("Marcus St. John"), so no piece is left behind.


def test_initials_and_particles_before_a_surname_go_with_it() -> None:
    out = _out("Found a scarf labelled 'R. van der Berg' in the meeting room.")
    assert "R." not in out and "van der" not in out and "Berg" not in out, out
    assert "meeting room" in out, out


def test_saint_in_a_surname_goes_with_it() -> None:
    out = _out("We met Marcus St. John from Treasury at the offsite.")
    assert "St." not in out and "Marcus" not in out and "John" not in out, out
    assert "Treasury" in out and "offsite" in out, out
    out = _out("REGISTERED: DAWSON ST. JOHN, HEAD OF TAX")
    assert "ST." not in out and "DAWSON" not in out and "HEAD OF TAX" in out, out


def test_saints_in_places_stay() -> None:
    text = "The office moved to St. Albans; we took the train from St Pancras."
    assert _out(text) == text


# Capitals: a given name that is also a word, then a word no list knows, standing alone as a
# list item or a field's value, is a person ("AMBER TREVELYAN, CFO").


def test_a_word_name_and_an_unknown_surname_in_a_caps_list() -> None:
    out = _out(
        "VISIT LOG - BOOTH 4\nSCANNED BY: GRACE OKONKWO-HALL\n"
        "1. AMBER TREVELYAN, CFO, ACME, NOTE: OKONKWO-HALL TO CALL BACK\n"
        "2. PRIYA NAIR, CTO, GLOBEX"
    )
    for word in ("GRACE", "OKONKWO-HALL", "AMBER", "TREVELYAN", "PRIYA"):
        assert word not in out, out
    assert "VISIT LOG" in out and "CFO" in out and "CALL BACK" in out, out


def test_caps_words_before_a_rare_word_in_a_sentence_stay() -> None:
    for text in (
        "NOTE: THE GRACE PERIOD ENDS FRIDAY, SO PAY THE INVOICE.",
        "STATUS: AMBER, MIGRATION BLOCKED BY THE VENDOR",
    ):
        assert _out(text) == text, _out(text)


# Malay and Indonesian names with bin/binti in capitals, and the abbreviated Muhammad
# ("MOH.", "Muh.") that often opens them.


def test_bin_between_two_unknown_words_in_capitals_is_a_name() -> None:
    out = _out("NO | NAMA | HASIL\n1 | MUH. RIZAL BIN AHMAD | LULUS\n2 | NURUL BINTI HASAN | LULUS")
    for word in ("MUH", "RIZAL", "AHMAD", "NURUL", "HASAN"):
        assert word not in out, out
    assert "LULUS" in out and "HASIL" in out, out


def test_an_abbreviated_muhammad_goes_with_the_name() -> None:
    out = _out("Surat ini dibuat oleh Moh. Fikri Ramadhan, staf keuangan.")
    assert "Moh." not in out and "Fikri" not in out and "staf keuangan" in out, out


def test_bin_as_a_word_in_capitals_stays() -> None:
    text = "PUT THE RECYCLING BIN OUT BY THE DOOR. THE BIN BAGS ARE IN THE CUPBOARD."
    assert _out(text) == text


# A form's person field: inside a table row ("10.05 | Nama: ... |"), and the fields that name
# one person (penanggung jawab, narasumber, referred by, responsable).


def test_a_name_field_inside_a_table_row() -> None:
    out = _out("09.15 | Nama: Waluyo Prasetyo | Keperluan: antar berkas | Instansi: PT Maju Jaya")
    assert "Waluyo" not in out and "Prasetyo" not in out, out
    assert "Keperluan: antar berkas" in out and "PT Maju Jaya" in out, out


def test_fields_that_name_one_person() -> None:
    out = _out("Penanggung jawab: Permata Lubis, S.H.\nNarasumber: Ibu Ratih Wulandari")
    assert "Permata" not in out and "Lubis" not in out and "Ratih" not in out, out
    out = _out("Referred by: Honey (reception)\nGoal: run a 10k")
    assert "Honey" not in out and "reception" in out and "run a 10k" in out, out


def test_fields_with_things_stay() -> None:
    for text in (
        "Referred by: Google Ads (campaign 4)",
        "Responsable: Recursos Humanos",
        "10.40 | Keperluan: Rapat Anggaran | Ruang: Melati",
    ):
        assert _out(text) == text, _out(text)


# An Indonesian company by its legal form: the words after "PT" or "CV" are its name.


def test_words_after_pt_or_cv_are_a_company() -> None:
    for text in (
        "Instansi: PT Maju Jaya",
        "Kontrak dengan PT Cahaya Abadi Sentosa sudah ditandatangani.",
        "Supplier: CV Bintang Terang, kontak lewat email.",
    ):
        assert _out(text) == text, _out(text)


def test_a_person_after_a_company_still_goes() -> None:
    out = _out("Dari PT Maju Jaya hadir Bapak Waluyo Prasetyo.")
    assert "PT Maju Jaya" in out and "Waluyo" not in out, out


# More titles before a name: clergy (Rev., Fr., Pastor), Filipino kin titles (Kuya, Manong,
# Tito, Tita) and the Indonesian "Bpk.".


def test_more_titles_cue_the_name_after_them() -> None:
    out = _out("Table 2: Rev. Okparaeke, Fr. Dominic Ilagan, and Pastor Nwachukwu")
    for word in ("Okparaeke", "Dominic", "Ilagan", "Nwachukwu"):
        assert word not in out, out
    assert "Rev." in out and "Fr." in out and "Pastor" in out, out
    out = _out("Si Kuya Dindo ang bahala sa tunog, tapos si Tita Maricel sa pagkain.")
    assert "Dindo" not in out and "Maricel" not in out and "Kuya" in out, out
    out = _out("Undangan untuk Bpk. Sutrisno dan keluarga.")
    assert "Sutrisno" not in out and "Bpk." in out, out


def test_the_same_words_as_words_stay() -> None:
    for text in (
        "The pastor role is open; Fr. 12 is the form number.",
        "Rev. 2 of the budget is attached.",
    ):
        assert _out(text) == text, _out(text)


# Coordination: a given name joined by "and", "&", "y" or "dan" to a person found is a
# person too, even when it is also a word ("Sky and Nadia Petrova").


def test_a_given_name_coordinated_with_a_person_found() -> None:
    out = _out("Seats by the window: the Okafor sisters (Sky and Nadezhda).")
    assert "Sky" not in out and "Nadezhda" not in out, out
    out = _out("Kemarin Ayu dan Ratna Wulandari datang ke kantor.")
    assert "Ayu" not in out and "Ratna" not in out, out


def test_words_coordinated_with_a_person_stay() -> None:
    out = _out("Salt and Nadezhda Petrova's pepper grinder is on the table.")
    assert "Salt" in out and "Nadezhda" not in out, out
    out = _out("Research and Development hired Nadezhda Petrova.")
    assert "Research and Development" in out, out


# A found person's given name, also a word, opening a sentence before a common verb in -s.


def test_a_word_name_repeated_before_a_common_verb() -> None:
    out = _out("Summary for Will Ochoa: Will brings calm energy to the team.")
    assert "Will" not in out and "calm energy" in out, out
    out = _out("Notes on Mark Ivers. Mark takes ownership of the roadmap.")
    assert "Mark" not in out, out


def test_the_word_before_a_plural_noun_stays() -> None:
    out = _out("Grace Lin joined. Grace periods end on Friday, and rich results follow.")
    assert "Grace periods end" in out and "Lin" not in out, out


# A handle found once is that account wherever else it is written.


def test_a_found_handle_goes_everywhere_it_occurs() -> None:
    text = "Review by tomas-ibarra9: see line 4\ntomas-ibarra9: also rename the fixture"
    out = _out(text)
    assert "tomas-ibarra9" not in out and out.count("[HANDLE]") == 2, out


def test_a_handle_inside_a_longer_word_is_left() -> None:
    out = _out("Review by tomas-ibarra9: fine\nthe tomas-ibarra9x branch is stale")
    assert "tomas-ibarra9x" in out, out


# Lower-case Spanish and English cues: "la señora X", "oye X,", "no le digas a X",
# "let's call her X".


def test_lower_case_spanish_cues_before_a_name() -> None:
    out = _out("oye lupita, ¿ya hablaste con la señora remedios? dice que sí")
    assert "lupita" not in out and "remedios" not in out, out
    out = _out("y no le digas a rodrigo que la junta es el lunes. gracias amparo, nos vemos")
    assert "rodrigo" not in out and "amparo" not in out, out


def test_let_us_call_her_names_her() -> None:
    out = _out("my lead (let's call her bonnie, that is her real name lol) moved my 1:1s")
    assert "bonnie" not in out, out


def test_the_same_cues_before_words_stay() -> None:
    for text in (
        "oye, ¿ya viste el correo? dile a todos que mañana no hay junta",
        "let's call it a day, the señora of the house said hola",
    ):
        assert _out(text) == text, _out(text)


def test_a_lower_case_name_repeated_after_an_article_is_the_word() -> None:
    out = _out(
        "oye, la señora piedad llamó. dice que con la piedad de todos saldremos adelante, "
        "que no se preocupen los del equipo"
    )
    assert "señora piedad" not in out and "la piedad de todos" in out, out


def test_a_lower_case_ni_number_with_dashes() -> None:
    _id_removed("the payroll sheet still shows wk-62-81-04-c for her", "wk-62-81-04-c")


def test_lower_case_codes_not_shaped_like_ni_stay() -> None:
    for text in ("the qq-12-34-56-a test fixture", "route do-12-34-56-b is closed"):
        assert _out(text) == text, _out(text)


# The answer to a question that asks for a person: "Who was your mentor? Faith from Payroll".


def test_the_answer_to_who_was_your_mentor() -> None:
    out = _out("Q3 Who was your buddy? Blossom (in Treasury) | Q4 Rating: 5")
    assert "Blossom" not in out and "Treasury" in out, out
    out = _out("Who is your manager? Dorinda Achterberg, since May.")
    assert "Dorinda" not in out and "Achterberg" not in out, out
    out = _out("Q2 Who was your mentor? Sunny from Payroll | Q3 Anything else? no")
    assert "Sunny" not in out and "Payroll" in out, out


def test_an_answer_that_is_no_person_stays() -> None:
    for text in (
        "Who was your mentor? Nobody yet, HR is still matching us.",
        "Who was your mentor? I don't remember | Q3 ok",
        "Who owns this? Finance, as far as I know.",
    ):
        assert _out(text) == text, _out(text)


# A given name, also a word, that meets, calls or thanks a person found is a person too.


def test_a_word_name_acting_on_a_person_found() -> None:
    out = _out("Update: Blossom finally met Nadezhda Petrova at the offsite.")
    assert "Blossom" not in out and "Nadezhda" not in out and "offsite" in out, out


def test_a_thing_acting_on_a_person_stays() -> None:
    out = _out("The new policy finally met Nadezhda Petrova's approval.")
    assert "The new policy finally met" in out, out


# A lower-case list of who does what: "joy -> will send the deck".


def test_a_lower_case_name_labelling_a_line_with_an_arrow() -> None:
    out = _out("call notes\nbrook -> will send the deck\nfaith -> wants the numbers by fri\n")
    assert "brook" not in out and "faith" not in out and "send the deck" in out, out


def test_a_lower_case_word_labelling_a_line_stays() -> None:
    text = "todo\nbudget -> will be approved fri\ndesign -> done\nhope -> the vendor says yes\n"
    assert _out(text) == text, _out(text)
