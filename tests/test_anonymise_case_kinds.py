"""Names written wholly in capitals or wholly in lower case, beside substance that must stay.

Capitals: whether a stretch is "shouted" is judged by the note, not by each short sentence a
form's dotted leaders or a sign-off cut off; a name in capitals inside mixed-case
writing counts after a cue or beside another name. Lower case: a word in no list that says or
thinks is a person, and so is one after "called" or "my mentor is".
"""

from __future__ import annotations

from coach.anonymise import anonymise


def _out(text: str) -> str:
    return anonymise(text).text


# --- capitals: the whole note decides that it is shouted ---------------------------------


def test_a_form_value_after_dotted_leaders_is_read_as_shouted_writing() -> None:
    out = _out(
        "VOLUNTEER SIGN-UP SHEET\nFULL NAME ........ LEOPOLD VANTONGEREN\n"
        "TEAM ............. FACILITIES\nSIGNED: L. VANTONGEREN"
    )
    assert "LEOPOLD" not in out and "VANTONGEREN" not in out
    assert "FACILITIES" in out and "VOLUNTEER SIGN-UP SHEET" in out


def test_a_sign_off_in_a_shouted_note_is_the_sender() -> None:
    out = _out("REMINDER: THE CANTEEN CLOSES AT 3 TODAY. PLEASE PLAN AHEAD. THANKS, QUENTRELL")
    assert "QUENTRELL" not in out
    assert "THE CANTEEN CLOSES AT 3 TODAY" in out and "PLEASE PLAN AHEAD" in out


def test_shouted_substance_with_short_sentences_stays() -> None:
    text = "THE BOARD APPROVED THE BUDGET. CEO: YES. CFO: NO. SEE NASA AND IKEA. HEAD OF SALES."
    assert _out(text) == text


# --- capitals inside mixed-case writing --------------------------------------------------


def test_a_listed_name_in_capitals_after_a_cue_in_mixed_writing() -> None:
    out = _out("Quick note: spoke with BEATRIZ and IGNATIUS after the town hall.")
    assert "BEATRIZ" not in out and "IGNATIUS" not in out
    assert "town hall" in out


def test_a_name_pair_in_capitals_inside_mixed_writing() -> None:
    out = _out("Tadi ketemu HARIYANTO dan SEKAR WULANDARI di lobi. Mereka pakai QRIS.")
    assert "SEKAR WULANDARI" not in out and "HARIYANTO" not in out
    assert "QRIS" in out and "lobi" in out


def test_acronyms_and_brands_in_mixed_writing_stay() -> None:
    for text in (
        "Met with HR and IT about the VPN.",
        "We spoke with NASA and ESA about the launch.",
        "Book three rooms at the ANA hotel with IBM.",
        "The CEO met the CFO and the COO in Leeds.",
        "Field visit: [ADDRESS] BUNDALAGUAH VIC on Friday.",
    ):
        assert _out(text) == text


# --- lower case ---------------------------------------------------------------------------


def test_a_nickname_in_no_list_that_says_something_is_a_person() -> None:
    out = _out("did anyone hear what gazza said in standup? gazza says the sprint is cursed")
    assert "gazza" not in out
    assert "standup" in out and "sprint" in out


def test_a_lower_case_name_after_called_or_mentor_is() -> None:
    out = _out("my manager is called rosalie and my mentor is ottoline, she said mute it.")
    assert "rosalie" not in out and "ottoline" not in out
    out = _out("the intern everyone calls jonno fixed the printer.")
    assert "jonno" not in out and "fixed the printer" in out


def test_lower_case_words_after_called_stay() -> None:
    for text in (
        "the new app is called monzo and the tool is called jira.",
        "my mentor is great and the crypto people said nothing.",
        "the budget says nothing about travel.",
    ):
        assert _out(text) == text


def test_a_lower_case_indonesian_kin_title_marks_a_name() -> None:
    out = _out("tadi cici melati bantuin gw beresin laporan, makasih banget")
    assert "melati" not in out and "beresin laporan" in out
    text = "wangi bunga melati di lobi, kata cici semua suka"
    assert _out(text) == text


def test_a_lower_case_list_item_that_is_a_given_name_and_one_more_word() -> None:
    out = _out(
        "daftar hadir pelatihan:\n1. kristina hutajulu - hadir\n2. rudi - izin\n"
        "piket: agustina wiraatmadja\ncatatan: yang izin tolong kirim tugas ke grup dan bawa laptop"
    )
    assert "kristina hutajulu" not in out and "agustina wiraatmadja" not in out
    assert "daftar hadir pelatihan" in out and "bawa laptop" in out


def test_lower_case_list_items_of_words_stay() -> None:
    for text in (
        "to do:\n1. rapat evaluasi - selesai\n2. kirim laporan keuangan\n3. beli kopi",
        "agenda:\n- budget review\n- hiring plan\n- office move",
    ):
        assert _out(text) == text


def test_a_nickname_and_a_listed_surname_filling_a_roster_slot() -> None:
    out = _out(
        "jadwal jaga yang baru ya:\nsenin: rudi + ratih kartika\nselasa: butet nainggolan\n"
        "rabu: semua, jangan lupa ke gudang"
    )
    assert "butet nainggolan" not in out and "ratih kartika" not in out
    assert "jadwal jaga" in out and "jangan lupa ke gudang" in out


def test_a_lower_case_given_name_before_a_spanish_or_indonesian_act() -> None:
    out = _out("ya llegó la comida. teodoro trajo las sillas y marisol pagó la cuenta, que bien")
    assert "teodoro" not in out and "marisol" not in out
    assert "las sillas" in out and "la cuenta" in out
    out = _out("td siang pas rapat tiba2 rudi nimbrung, katanya budget udah habis")
    assert "rudi" not in out and "budget udah habis" in out


def test_lower_case_words_before_the_same_verbs_stay() -> None:
    for text in (
        "el sistema trajo problemas y el banco pagó la diferencia, que bien",
        "td siang pas rapat tiba2 bos nimbrung, katanya budget udah habis",
    ):
        assert _out(text) == text


def test_field_labels_in_capitals_that_are_english_words_stay() -> None:
    text = "WHITEBOARD - SPRINT 14\nOWNER: PAYMENTS\nBLOCKED: WAITING ON LEGAL\nDONE: LOGIN PAGE"
    assert _out(text) == text
    out = _out("CALLER: HI, MY RENT WENT UP\nHOST: GO AHEAD\nCALLER: IT IS TOO HIGH NOW")
    assert "CALLER:" in out and "HOST:" in out


def test_subtitle_speaker_tags_in_capitals_each_said_once() -> None:
    out = _out(
        "1\n00:00:01,000 --> 00:00:04,000\nGWENDOLYN: Welcome back everyone.\n\n"
        "2\n00:00:04,500 --> 00:00:07,000\nTHADDEUS: Thanks. Today we talk pensions."
    )
    assert "GWENDOLYN" not in out and "THADDEUS" not in out
    assert "Today we talk pensions" in out


def test_one_off_field_labels_stay() -> None:
    text = "AGENDA: pensions\nNOTE: bring laptops\nMAY: budget review\nACTION: book room"
    assert _out(text) == text
