"""National IDs by their own check rules, dates of birth in many forms, handles and web addresses.

A number that fails its check rule is not that ID; one that passes is removed wherever it sits.
"""

from __future__ import annotations

import socket

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Su DNI 48291736Q para el curso.", "Su DNI [ID] para el curso."),
        ("DNI: 30517264-J", "DNI: [ID]"),
        ("Su NIE es X1234567L (para el acceso).", "Su NIE es [ID] (para el acceso)."),
        ("NIE Z5566778R y Y2233445K", "NIE [ID] y [ID]"),
        ("His CURP RUMA950314HNLZRL09 is on file.", "His CURP [ID] is on file."),
        ("Aadhaar 2345 6789 0124 goes in the KYC field.", "Aadhaar [ID] goes in the KYC field."),
        ("aadhaar no: 387654102937", "aadhaar no: [ID]"),
        ("NIK 3174051208880003, lahir di Jakarta.", "NIK [ID], lahir di Jakarta."),
        ("NPWP 09.254.294.3-407.000 sudah dicek.", "NPWP [ID] sudah dicek."),
        ("NI number PK528194B on the form", "NI number [ID] on the form"),
        ("social security 412-67-9031", "social security [ID]"),
    ],
)
def test_national_ids(text: str, expected: str) -> None:
    assert anonymise(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "We shipped 12345678A orders.",  # eight digits and a letter, wrong check letter
        "Code RUMA950314HNLZRL01 is a product batch.",  # CURP shape, wrong check digit
        "SSN-style 000-12-3456 is not a real number.",
    ],
)
def test_numbers_failing_their_check_stay(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lahir 12 Agustus 1988 di Bandung.", "Lahir [DOB] di Bandung."),
        ("tgl lahir: 09-11-1993", "tgl lahir: [DOB]"),
        ("Nació el 5 de marzo de 2001.", "Nació el [DOB]."),
        ("fecha de nacimiento 03/11/1994", "fecha de nacimiento [DOB]"),
        ("Team list: b. 1996-07-21; DOB: 7th Sept 1997.", "Team list: b. [DOB]; DOB: [DOB]."),
        ("born Oct 9th 1992", "born [DOB]"),
        ("born 14/03/95", "born [DOB]"),
        ("d.o.b. 2000/12/01", "d.o.b. [DOB]"),
    ],
)
def test_dates_of_birth(text: str, expected: str) -> None:
    assert anonymise(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WeChat: lily_chen88, IG olivia.makes.", "WeChat: [HANDLE], IG [HANDLE]."),
        ("WeChat ID amy_liu_gz and TikTok sarahsaves.my", "WeChat ID [HANDLE] and TikTok [HANDLE]"),
        ("LinkedIn: /in/meera-j-shah", "LinkedIn: [HANDLE]"),
        ("Instagram: thriftwithtara", "Instagram: [HANDLE]"),
        ("IG @olivia.makes", "IG [HANDLE]"),
    ],
)
def test_handles_by_their_cue(text: str, expected: str) -> None:
    assert anonymise(text).text == expected


def test_handle_cues_leave_ordinary_words() -> None:
    note = "TikTok is where they shop; LinkedIn feels stiff; IG stories beat posts."
    assert anonymise(note).text == note


@pytest.mark.parametrize(
    "site", ["tomasrivera.design", "kofimensah.tech", "tarabudgets.shop", "sofianavarro.studio"]
)
def test_personal_sites_on_newer_suffixes(site: str) -> None:
    name = site.split(".")[0]
    given = {
        "tomasrivera": "Tomas Rivera",
        "kofimensah": "Kofi Mensah",
        "tarabudgets": "Tara",
        "sofianavarro": "Sofia Navarro",
    }[name]
    r = anonymise(f"Portfolio of {given}: {site}")
    assert site not in r.text
    assert "[LINK]" in r.text


def test_suffix_list_is_read_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The public suffix list ships with the package; looking it up never opens a socket."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the anonymiser tried to open a network connection")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    from coach.anonymise import web

    web.registered_domain.cache_clear()
    web._extractor.cache_clear()
    assert web.registered_domain("kmensah.vercel.app") == "kmensah.vercel.app"
    assert web.registered_domain("www.ft.com") == "ft.com"
    assert web.registered_domain("not.a-real-suffix") is None


def test_a_site_introduced_as_someones_own_goes_but_company_sites_stay() -> None:
    note = (
        "Portfolio: mayaokafor.art. Her newsletter is at maya.beehiiv.com. "
        "Our careers site is at acme.com; we read www.ft.com."
    )
    assert anonymise(note).text == (
        "Portfolio: [LINK]. Her newsletter is at [LINK]. "
        "Our careers site is at acme.com; we read www.ft.com."
    )
