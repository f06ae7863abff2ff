"""Accounts named without "@": a chat export's speaker handles, "X: name_99", and a platform
with the owner between it and the account ("ig de nacho: nacho.vela")."""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


def test_handles_speaking_in_a_chat_export_go() -> None:
    note = (
        "[10:02] sleepy_koala: who uses Monzo?\n"
        "[10:03] dev.arjun: me, since uni\n"
        "[10:05] sleepy_koala: same"
    )
    out = anonymise(note).text
    assert "sleepy_koala" not in out and "dev.arjun" not in out, out
    assert "Monzo" in out and "since uni" in out


def test_handles_in_a_list_of_comments_go() -> None:
    note = "Comments:\n- rina_putri: pakai DANA\n- budi.s88: ovo saja\n"
    out = anonymise(note).text
    assert "rina_putri" not in out and "budi.s88" not in out, out


@pytest.mark.parametrize(
    ("note", "handle"),
    [
        ("Top posters: X: tolu_writes and Threads mara.bakes", "tolu_writes"),
        ("ig de nacho: nacho.vela", "nacho.vela"),
        ("instagram de su hermana: lu.garcia_", "lu.garcia_"),
    ],
)
def test_a_platform_before_the_account_marks_it(note: str, handle: str) -> None:
    assert handle not in anonymise(note).text


@pytest.mark.parametrize(
    "note",
    [
        "Files:\n- config.yaml: the settings\n- notes.md: what we agreed\n",
        "Agenda:\n- budget: approved\n- hiring: on hold\n",
        "The X: factor matters",
    ],
)
def test_file_names_and_agenda_items_stay(note: str) -> None:
    assert anonymise(note).text == note


@pytest.mark.parametrize(
    ("note", "handle"),
    [
        ("her tiktok: mayacooks, mostly recipes", "mayacooks"),
        ("Telegram handle - rizky_dev", "rizky_dev"),
        ("Find him on Discord as shadowfox#4412", "shadowfox#4412"),
        ("IG/TikTok: lina.bakes", "lina.bakes"),
        ("WA/Tele: kevin.s99", "kevin.s99"),
    ],
)
def test_more_ways_of_naming_an_account(note: str, handle: str) -> None:
    assert handle not in anonymise(note).text


@pytest.mark.parametrize(
    "note", ["her tiktok: recipes mostly", "Telegram - the group is quiet", "on Discord as usual"]
)
def test_words_after_a_platform_stay(note: str) -> None:
    assert anonymise(note).text == note
