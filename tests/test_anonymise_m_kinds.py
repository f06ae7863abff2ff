"""Kinds of note the anonymiser missed in pasted records, forum replies and task pages: full
names after an @-mention, forum quote tags, a handle after a platform and a first name,
snake_case keys and SQL or semicolon tables of dates of birth, Argentine, Colombian and
Chinese ID numbers, dotted SSNs and Aadhaar numbers, and a person addressed at a sentence's
start. Each case has its unchanged twin beside it: the ordinary use stays."""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


def _out(note: str) -> str:
    return anonymise(note).text


# --- an @-mention of a full name, as task and wiki pages write it -----------------------------


def test_a_mention_takes_the_surname_with_it() -> None:
    out = _out("- [ ] @Lydia Goodchild send the budget to Procurement\n- [x] @Lydia Goodchild done")
    assert "Goodchild" not in out and "Lydia" not in out
    assert "Procurement" in out


def test_a_mention_before_an_ordinary_word_leaves_the_word() -> None:
    out = _out("@Lydia Thanks for the notes, see you Friday.")
    assert "Thanks for the notes" in out and "Friday" in out


# --- handles ----------------------------------------------------------------------------------


def test_a_forum_quote_tag_names_an_account() -> None:
    out = _out("[QUOTE=rani_bakes;4471]Anyone tried the new savings pocket?[/QUOTE] Yes, me.")
    assert "rani_bakes" not in out and "savings pocket" in out


def test_a_plain_quote_tag_is_left() -> None:
    out = _out("[QUOTE]Anyone tried the new savings pocket?[/QUOTE] Yes, me.")
    assert "[QUOTE]" in out


def test_a_handle_after_a_platform_and_a_first_name() -> None:
    out = _out("Follow her on Instagram. IG Larasati: laras.bikes_ for the route photos.")
    assert "laras.bikes_" not in out and "route photos" in out


def test_a_platform_and_a_word_before_a_colon_stays() -> None:
    out = _out("IG Stories: 3 posts a week, Reels: one.")
    assert "Stories" in out and "Reels" in out


def test_an_account_after_id() -> None:
    out = _out("Add me on LINE, ID mira.tan88, after six.")
    assert "mira.tan88" not in out and "after six" in out


def test_a_file_after_id_stays() -> None:
    out = _out("Upload a scan of your ID card.pdf to the portal.")
    assert "card.pdf" in out


def test_a_profile_slug_after_a_platform_and_a_slash() -> None:
    out = _out("Links: LinkedIn/tomas-okonkwo-baird, portfolio on request.")
    assert "tomas-okonkwo-baird" not in out


def test_two_platforms_with_a_slash_stay() -> None:
    out = _out("We post on LinkedIn/TikTok twice a week.")
    assert "LinkedIn/TikTok" in out


# --- dates of birth ---------------------------------------------------------------------------


def test_a_birth_date_under_a_snake_case_key() -> None:
    out = _out('{"nama": "x", "tgl_lahir": "14 Okt. 1997", "date_of_birth": "2 March 1995"}')
    assert "14 Okt. 1997" not in out and "2 March 1995" not in out


def test_a_date_under_another_snake_case_key_stays() -> None:
    out = _out('{"start_date": "14 Oct. 1997", "review_due": "2 March 1995"}')
    assert "14 Oct. 1997" in out and "2 March 1995" in out


def test_a_birth_date_column_in_sql_output() -> None:
    note = (
        " name | birth_date | team\n"
        "------+------------+------\n"
        " Ana  | 1997-3-9   | Ops\n"
        " Ben  | 2001-11-2  | Tax\n"
        "(2 rows)\n"
    )
    out = _out(note)
    assert "1997-3-9" not in out and "2001-11-2" not in out and "Ops" in out


def test_another_date_column_in_sql_output_stays() -> None:
    note = " name | joined     | team\n------+------------+------\n Ana  | 1997-3-9   | Ops\n"
    assert "1997-3-9" in _out(note)


def test_a_birth_date_column_in_a_semicolon_paste() -> None:
    note = "nombre;fecha_nacimiento;sede\nLuz Marina Prado;marzo 4 de 1998;Cali\n"
    out = _out(note)
    assert "marzo 4 de 1998" not in out and "fecha_nacimiento" in out


def test_a_month_day_de_year_date_after_a_cue() -> None:
    assert "mayo 21 de 2000" not in _out("Nació el mayo 21 de 2000 en Bogotá.")
    assert "mayo 21 de 2000" in _out("La reunión fue el mayo 21 de 2000 en Bogotá.")


# --- national IDs -----------------------------------------------------------------------------


def test_an_argentine_dni_after_its_cue() -> None:
    out = _out("Para el alta: DNI 41.203.877 y la foto del frente.")
    assert "41.203.877" not in out


def test_a_dotted_amount_without_the_cue_stays() -> None:
    assert "41.203.877" in _out("El presupuesto es de 41.203.877 pesos.")


def test_a_cuil_by_its_check_digit() -> None:
    out = anonymise("Mi CUIL es 20-31578642-9 por si lo necesitás.")
    assert [s.kind for s in out.spans] == ["ID"]


def test_a_dashed_number_failing_the_cuil_check_is_no_id() -> None:
    out = anonymise("Pedido 20-31578642-5 entregado.")
    assert not any(s.kind == "ID" for s in out.spans)


def test_a_colombian_cedula_after_its_cue() -> None:
    out = _out("Documento: C.C. 79.845.112 de Bogotá; cédula 1.152.447.903 también.")
    assert "79.845.112" not in out and "1.152.447.903" not in out


def test_a_chinese_resident_id_by_its_check_character() -> None:
    out = anonymise("身份证号 440304199508124616; her manager's is 51010719921103101X.")
    assert [s.original for s in out.spans if s.kind == "ID"] == [
        "440304199508124616",
        "51010719921103101X",
    ]


def test_an_id_shape_failing_the_check_character_stays() -> None:
    assert "51010719921103101Y" in _out("Ticket 51010719921103101Y closed.")


def test_a_dotted_ssn_and_a_dotted_aadhaar() -> None:
    out = anonymise("Copy 412.56.7890 on file; and 7319.4826.0518 too.")
    assert [(s.original, s.kind) for s in out.spans] == [
        ("412.56.7890", "ID"),
        ("7319.4826.0518", "ID"),
    ]


def test_a_dotted_version_stays() -> None:
    assert "412.56.7" in _out("Upgraded to build 412.56.7 today.")


# --- a person addressed at the start of a sentence --------------------------------------------


@pytest.mark.parametrize(
    ("note", "gone", "kept"),
    [
        ("Hope Adair joined. I agree. Hope, honestly, it was the best demo.", "Hope,", "I agree"),
        ("Dawn Mbeki led it. Sure thing. Dawn, can we move it to noon?", "Dawn,", "Sure thing"),
    ],
)
def test_a_known_name_addressed_at_a_sentence_start_goes(note: str, gone: str, kept: str) -> None:
    out = _out(note)
    assert gone not in out and kept in out


def test_the_word_opening_a_sentence_with_a_comma_stays_without_the_person() -> None:
    out = _out("We met at dawn. Dawn, honestly, is the best time to run.")
    assert "Dawn, honestly" in out


# --- a surname that is also a town, after a title and a given name, in capitals --------------


def test_a_town_named_surname_after_a_title_in_capitals_goes() -> None:
    out = _out("AVISO: LA TESORERA, DOÑA MERCEDES CÓRDOBA, COBRA LAS CUOTAS DEL MES EN EFECTIVO.")
    assert "CÓRDOBA" not in out and "MERCEDES" not in out and "LAS CUOTAS" in out


def test_the_town_in_capitals_without_a_title_stays() -> None:
    out = _out("AVISO: LAS CUOTAS DEL MES SE COBRAN EN CÓRDOBA, EN EFECTIVO.")
    assert "CÓRDOBA" in out


# --- an everyday-word name with its department and an act after it --------------------------


def test_a_word_name_in_a_department_who_speaks_goes() -> None:
    out = _out("Thanks for the session. Patience in Payroll says the new form is easier.")
    assert "Patience" not in out and "Payroll" in out


def test_the_word_in_a_department_without_an_act_stays() -> None:
    out = _out("It takes patience. Patience in Payroll matters most at month end.")
    assert "Patience in Payroll" in out


# --- a lower-case name after "namanya", "se llama", "her name is" -----------------------------


def test_a_lower_case_name_after_its_name_is_goes() -> None:
    note = "catatan hari ini: mentor baru saya namanya rina aulia, dia dari tim pajak."
    out = _out(note)
    assert "rina" not in out and "aulia" not in out and "tim pajak" in out


def test_a_word_after_namanya_that_is_no_name_stays() -> None:
    out = _out("aplikasi baru itu namanya apa ya? fiturnya bagus.")
    assert "namanya apa" in out


# --- a Japanese given name alone after the full name with a two-character surname ------------


def test_the_given_name_after_a_two_character_surname_goes_alone_too() -> None:
    out = _out("Thanks to 高橋陽菜 for the demo. Later 陽菜 showed the budget app again.")
    assert "陽菜" not in out and "budget app" in out


def test_the_same_characters_without_the_full_name_stay() -> None:
    assert "陽菜" in _out("The café is called 陽菜 and it opens at nine.")


# --- an everyday-word name with an age in brackets --------------------------------------------


def test_a_word_name_with_an_age_in_brackets_goes() -> None:
    out = _out("Flat 2 has two tenants: Joy (31, teacher) and a cat. Viewings on Sunday.")
    assert "Joy" not in out and "teacher" in out


def test_a_word_with_a_number_in_brackets_stays() -> None:
    out = _out("We measured joy on a scale. Joy (100 points max) rose after the change.")
    assert "Joy (100" in out


# --- a team's name before "team" ----------------------------------------------------------------


def test_a_team_named_before_team_stays() -> None:
    out = _out("She briefed the whole Mortgage Credit team before the audit.")
    assert "Mortgage Credit team" in out


def test_a_person_before_team_with_a_possessive_goes() -> None:
    out = _out("I could walk Priya Raghunathan's team through it next week.")
    assert "Raghunathan" not in out


# --- Indonesian academic titles before a name -------------------------------------------------


def test_a_name_after_dra_or_drs_goes() -> None:
    out = _out("Notulen: rapat dipimpin Drs. Hartanto Wiryo, lalu Dra. Sekar Ningrum menutup.")
    assert "Hartanto" not in out and "Ningrum" not in out and "Drs." in out


def test_drs_in_capitals_without_a_name_stays() -> None:
    assert "DRS." in _out("DRS. PLAN: ship it on Friday.")


# --- a given name that is also a function word, after a title ----------------------------------


def test_a_word_like_given_name_after_a_title_goes_with_the_surname() -> None:
    out = _out("Sambutan oleh Pak Made Wirawan: program dimulai. Lalu Pak Made menutup acara.")
    assert "Made" not in out and "Wirawan" not in out and "program dimulai" in out


def test_the_word_without_a_title_stays() -> None:
    assert "Made in Bali" in _out("Made in Bali, the bags sell well in Jakarta.")
