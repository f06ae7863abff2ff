"""Chat and subtitle exports: Slack threads, SRT subtitles, WhatsApp and Zoom chat. In each,
"I" is whoever wrote the message, so a promise belongs to that speaker."""

from __future__ import annotations

from coach.engine.actions import extract_actions
from coach.engine.text import split_sentences


def owners(notes: str) -> list[tuple[str, str]]:
    return [(a.owner, a.action) for a in extract_actions(notes, split_sentences(notes))]


SLACK = """Ada Lovell  9:05 AM
great chat, notes below
Ada Lovell  9:06 AM
I'll send you the two podcasts on pensions by Fri
:thumbsup: 1
Ben Carter  9:20 AM
Thanks. I'll ask the pensions team for the opt-out figures
2 replies  Last reply today at 9:31 AM"""

SRT = """1
00:00:01,000 --> 00:00:04,000
ADA: I'll screenshot the group chat where we chose a flat.

2
00:00:04,500 --> 00:00:08,000
BEN: Great, and I'll ask the mortgage team for the under-30 figures.

3
00:00:08,500 --> 00:00:09,000
ADA: Deal."""

WHATSAPP = """[03/11/26 14.02] Ada Lovell: Thanks for today!
[03/11/26 14.03] Ben Carter: Likewise. I'll send the pension leaflet tonight
[03/11/26 14.05] Ada Lovell: And I'll ask my flatmates how they picked a pension
[03/11/26 14.06] Ben Carter: 👍"""

WHATSAPP_ANDROID = """03/11/2026, 14:02 - Ada Lovell: Thanks for today!
03/11/2026, 14:03 - Ben Carter: Likewise. I'll send the pension leaflet tonight
03/11/2026, 14:05 - Ada Lovell: And I'll ask my flatmates how they picked a pension
03/11/2026, 14:06 - Ben Carter: 👍"""

ZOOM_CHAT = """From Ben Carter to Everyone 10:31 AM:
thanks Ada
From Ada Lovell to Everyone 10:32 AM:
I'll dig up the survey we ran at uni
From Ben Carter to Everyone 10:33 AM:
and I'll book the room for the demo"""


def test_a_slack_thread_gives_each_promise_to_whoever_posted_it() -> None:
    assert [o for o, _ in owners(SLACK)] == ["Ada Lovell", "Ben Carter"]


def test_srt_subtitles_with_speaker_labels_are_a_transcript() -> None:
    assert [o for o, _ in owners(SRT)] == ["ADA", "BEN"]
    assert all("-->" not in s.text for s in split_sentences(SRT))


def test_whatsapp_exports_name_the_speaker_after_the_date() -> None:
    for notes in (WHATSAPP, WHATSAPP_ANDROID):
        assert [o for o, _ in owners(notes)] == ["Ben Carter", "Ada Lovell"]


def test_a_zoom_chat_export_names_the_sender() -> None:
    assert [o for o, _ in owners(ZOOM_CHAT)] == ["Ada Lovell", "Ben Carter"]
