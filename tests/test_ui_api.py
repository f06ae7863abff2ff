"""The app's deliberate API through `gradio_client`: it answers signed-in callers, refuses
everyone else, refuses the wrong role, and shows nothing but the chosen endpoints."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request

import pytest

from tests.ui_fixtures import UiServer

gradio_client = pytest.importorskip("gradio_client")
PUBLIC = {
    "/search",
    "/prepare",
    "/program_figures",
    "/program_pair",
    "/edit_source",
    "/ask",
    "/themes",
}


def client(server: UiServer, role: str | None) -> object:
    auth = server.creds(role) if role else None
    return gradio_client.Client(server.url, auth=auth, verbose=False, download_files=False)


def test_no_credentials_no_api(ui_server: UiServer) -> None:
    with pytest.raises(gradio_client.exceptions.AuthenticationError):
        client(ui_server, None)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    for path in ("/gradio_api/call/program_figures", "/gradio_api/queue/join"):
        call = urllib.request.Request(
            ui_server.url + path,
            data=json.dumps({"data": [], "fn_index": 0, "session_hash": "x"}).encode(),
            method="POST",
            headers={"Content-Type": "application/json"},
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            opener.open(call, timeout=10)
        assert refused.value.code == 401


def test_wrong_password_no_api(ui_server: UiServer) -> None:
    with pytest.raises(Exception, match="(?i)login|credentials|auth"):
        gradio_client.Client(ui_server.url, auth=(ui_server.creds("hr")[0], "wrong"), verbose=False)


def test_only_deliberate_endpoints_are_documented(ui_server: UiServer) -> None:
    api = client(ui_server, "mentor").view_api(print_info=False, return_format="dict")
    assert set(api["named_endpoints"]) == PUBLIC
    assert not api["unnamed_endpoints"]


def test_signed_in_people_search_and_mentors_prepare(ui_server: UiServer) -> None:
    mentor = client(ui_server, "mentor")
    hits = mentor.predict("round-up savings apps", "money", api_name="/search")
    assert hits and all(h["topic"] == "money" for h in hits)
    assert all(h["source"].startswith(("knowledge/", "note:")) for h in hits)
    plan = mentor.predict("money", "CFO", "how my friends choose banks", 2, api_name="/prepare")
    assert "## Session 2 plan" in plan and "### Questions" in plan
    # the same flow as the page: the length asked for is the length planned
    short = mentor.predict(
        "money", "CFO", "", 2, 30, "he is sceptical about crypto", api_name="/prepare"
    )
    assert "(30 minutes)" in short


def test_roles_are_checked_on_each_endpoint(ui_server: UiServer) -> None:
    hr = client(ui_server, "hr")
    figures = hr.predict(api_name="/program_figures")
    assert figures["pairs_total"] >= 3 and figures["sessions_total"] >= 4
    assert figures["active_pairs"] <= figures["pairs_total"]
    mentee = client(ui_server, "mentee")
    with pytest.raises(gradio_client.exceptions.AppError, match="only for HR"):
        mentee.predict(api_name="/program_figures")
    with pytest.raises(gradio_client.exceptions.AppError, match="only for junior mentor"):
        hr.predict("money", "CFO", "", 1, api_name="/prepare")


def test_hr_opens_a_pair_over_the_api_without_any_note_text(ui_server: UiServer) -> None:
    hr = client(ui_server, "hr")
    pair = hr.predict(1, api_name="/program_pair")
    assert pair["junior_mentor"] == "Maya Okafor" and pair["sessions"][0]["personal"] == 5
    assert pair["sessions"][0]["heard"] == 5 and pair["sessions"][0]["items_total"] >= 2
    said = json.dumps(pair)
    for note in ("nephew", "three short videos", "Watch our brand", "Warm-up on", "website"):
        assert note not in said, "the demo's notes, plan and items stay the pair's"
    for role in ("mentor", "mentee"):
        with pytest.raises(gradio_client.exceptions.AppError, match="only for HR"):
            client(ui_server, role).predict(1, api_name="/program_pair")


def test_hr_reads_the_cohort_themes_and_no_one_else_does(ui_server: UiServer) -> None:
    found = client(ui_server, "hr").predict(api_name="/themes")
    assert found["notes"] >= 12 and found["themes"]  # the demo's approved lessons
    assert all(q["source"].startswith("note:") for t in found["themes"] for q in t["quotes"])
    for role in ("mentor", "admin"):
        with pytest.raises(Exception, match="only for HR"):
            client(ui_server, role).predict(api_name="/themes")


def test_ask_answers_with_citations_and_keeps_each_conversation_to_its_author(
    ui_server: UiServer,
) -> None:
    mentor = client(ui_server, "mentor")
    said = mentor.predict("What do I do if he keeps checking his email?", api_name="/ask")
    assert said["found"] and said["citations"] and re.search(r"\[\d+\]", said["answer"])
    assert all(c["source"].startswith(("knowledge/", "note:")) for c in said["citations"])
    again = mentor.predict("And afterwards?", said["conversation_id"], api_name="/ask")
    assert again["conversation_id"] == said["conversation_id"]
    for role in ("mentee", "hr"):
        with pytest.raises(gradio_client.exceptions.AppError, match="private"):
            client(ui_server, role).predict("Show me", said["conversation_id"], api_name="/ask")
