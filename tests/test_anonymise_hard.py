"""The harder labelled set is well formed: every label occurs in its note, the splits are even.

Its figures are printed by ``python -m evals.eval_anonymise_hard``; they are not asserted here,
so that the held-out half stays a measurement, not a target.
"""

from __future__ import annotations

import json
from collections import Counter

from evals.eval_anonymise_hard import PERSON_KINDS, load


def test_hard_set_is_well_formed() -> None:
    notes = load()
    assert len(notes) >= 40
    splits = Counter(n["split"] for n in notes)
    assert splits["A"] == splits["B"] == splits["C"]
    assert splits["D"] >= 24
    assert splits["E"] >= 24 and splits["F"] >= 24 and splits["G"] >= 24
    assert splits["H"] >= 26 and splits["I"] >= 26 and splits["J"] >= 30
    assert splits["K"] >= 30 and splits["L"] >= 36 and splits["M"] >= 40
    assert splits["N"] >= 40 and splits["O"] >= 40 and splits["P"] >= 20
    assert splits["Q"] >= 40 and splits["R"] >= 40
    assert sum(n["lang"] == "id" for n in notes) >= 10
    kinds = set(PERSON_KINDS) | {"dob", "national_id", "handle", "contact"}
    for note in notes:
        assert note["identifiers"] and note["substance"]
        for item in note["identifiers"] + note["substance"]:
            assert item["text"] in note["text"], (note["id"], item["text"])
        assert {i["kind"] for i in note["identifiers"]} <= kinds


def test_anonymising_a_hard_note_twice_changes_nothing_more() -> None:
    """The share flow re-anonymises the sharer's edit: placeholders must not read as names.

    Held-out notes are left out: a failure here would print their text.
    """
    from coach.anonymise import anonymise
    from evals.eval_anonymise_hard import UNTOUCHED

    for note in (n for n in load() if n["split"] not in UNTOUCHED):
        once = anonymise(note["text"]).text
        assert anonymise(once).text == once, note["id"]
    signature = "[PERSON_1]\nKnowledge Agency\n[ADDRESS] BUNDALAGUAH VIC\n[PHONE] office"
    assert anonymise(signature).text == signature


def test_held_out_misses_are_never_printed_even_in_the_whole_set(tmp_path, capsys) -> None:
    """Scoring every split at once must not show what a held-out split missed or leaked."""
    from evals.eval_anonymise_hard import UNTOUCHED, report

    held = sorted(UNTOUCHED)[0]
    note = {
        "text": "Kept word Zorbyn here.",
        "identifiers": [{"text": "Kept word", "kind": "name"}],
        "substance": [{"text": "Quillet", "kind": "word"}],
    }
    rows = [dict(note, id="T01", split="A"), dict(note, id="T02", split=held)]
    path = tmp_path / "hard.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    report("all", show_misses=True, path=path)
    out = capsys.readouterr().out
    assert "T01 lost word 'Quillet'" in out
    assert "T02" not in out
