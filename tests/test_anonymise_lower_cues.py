"""Lower-case names after the cues chat and tickets use: "tell sandeep", "escalated to hannah",
"requester: rob kowalczyk", Indonesian "ama"/"sm" (sama), Spanish "dile a nacho", "paz me dijo".
The same cues before ordinary words leave them alone."""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "names"),
    [
        ("need to tell sandeep about the pots feature", ["sandeep"]),
        ("ticket escalated to hannah m. this morning", ["hannah"]),
        ("requester: rob kowalczyk | assignee: dee | status: open", ["rob", "kowalczyk", "dee"]),
        ("td gw ngobrol ama rani sm intan di pantry", ["rani", "intan"]),
        ("oye dile a nacho que ya hable con la jefa", ["nacho"]),
        ("hable con la de compras y paz me dijo que todos usan bizum", ["paz"]),
    ],
)
def test_a_lower_case_name_after_a_cue_goes(note: str, names: list[str]) -> None:
    out = anonymise(note).text
    for name in names:
        assert f" {name} " not in f" {out} ", out


@pytest.mark.parametrize(
    "note",
    [
        "need to tell the team about the pots feature",
        "ticket escalated to finance this morning",
        "requester: finance team | assignee: ops | status: open",
        "oye dile a la jefa que ya hable con compras",
    ],
)
def test_the_same_cues_before_ordinary_words_change_nothing(note: str) -> None:
    assert anonymise(note).text == note
