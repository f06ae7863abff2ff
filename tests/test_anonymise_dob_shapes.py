"""Dates of birth in the shapes forms and chats also use: run together ("03MAR1996",
"19900712"), with an ordinal mark ("1.º de mayo"), an ordinal word ("the third of May"), in
Chinese, Japanese or Korean ("1990年5月3日", "1990년 5월 3일"), and after abbreviated cues
("Tgl. lhr", "fec. nac.", "Fecha nac."). Without a cue of birth the same date stays."""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("DOB: 03MAR1996, joined Treasury.", "03MAR1996"),
        ("d.o.b 19900712 on the badge form", "19900712"),
        ("fecha de nacimiento: 1.º de mayo de 1990", "1.º de mayo de 1990"),
        ("nacido el 1º de mayo de 1990 en Cádiz", "1º de mayo de 1990"),
        ("born on the third of May 1989 in Leeds", "third of May 1989"),
        ("生年月日：1990年5月3日", "1990年5月3日"),
        ("出生日期：1992年11月20日，北京人", "1992年11月20日"),
        ("생년월일: 1990년 5월 3일", "1990년 5월 3일"),
        ("Tgl. lhr: 5/8/1992, Medan", "5/8/1992"),
        ("fec. nac.: 21/07/1993", "21/07/1993"),
        ("Fecha nac. 3 de mayo 1990", "3 de mayo 1990"),
    ],
)
def test_a_date_of_birth_goes(note: str, date: str) -> None:
    out = anonymise(note).text
    assert date not in out and "[DOB]" in out, out


@pytest.mark.parametrize(
    "note",
    [
        "Launch on the third of May 2026 in Leeds.",
        "发布日期：2025年5月3日",
    ],
)
def test_the_same_shapes_without_a_cue_of_birth_stay(note: str) -> None:
    assert anonymise(note).text == note


def test_a_placeholder_is_no_cue_of_birth() -> None:
    once = anonymise("Passports: DOB 03MAR1996 / 14JUN1999 (trip dates)").text
    assert anonymise(once).text == once


def test_dates_in_a_csv_column_headed_date_of_birth_go() -> None:
    note = "name,dob,team\nAmara Obi,1997-03-15,Risk\nLeo Park,15/03/1996,Ops\n"
    out = anonymise(note).text
    assert "1997-03-15" not in out and "15/03/1996" not in out, out
    assert "Risk" in out and "Ops" in out


def test_dates_in_a_csv_column_with_another_header_stay() -> None:
    note = "team,start,size\nRisk,2024-03-15,4\nOps,2023-01-09,6\n"
    assert anonymise(note).text == note


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("Chị Lan, sinh ngày 12 tháng 4 năm 1997, làm ở Hà Nội.", "12 tháng 4 năm 1997"),
        ("Ngày sinh: 03/05/1995", "03/05/1995"),
    ],
)
def test_a_vietnamese_date_of_birth_goes(note: str, date: str) -> None:
    out = anonymise(note).text
    assert date not in out, out
