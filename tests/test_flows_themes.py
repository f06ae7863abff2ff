"""The cohort themes flow on a real record and index: HR only, approved notes only.

The canary is a word written into every place a note can be that is not the approved library:
both sides' private notes, an offer still pending, a rejected one and a withdrawn one. It must
appear nowhere in what the flow returns, while a word in an approved note does.
"""

from __future__ import annotations

import json

import pytest

from coach.errors import PermissionDenied
from coach.flows.sharing import approve_share, reject_share, withdraw_share
from coach.flows.themes import approved_notes, cohort_themes
from tests.record_fixtures import CANARY_NAME, World

CANARY = "vexillobrantic"
SEEN = "kelpwhistle"  # in an approved note: the output does carry approved words
APPROVED = [
    f"Round-up savings apps put spare change into a pot; the {SEEN} pot saves a fifth of pay.",
    "Savings apps and budgeting pots beat bank accounts: instant alerts on every payment.",
    "Short video from creators sells more than polished adverts; captions on, sound off.",
    "Creators film short clips on a phone; a brand video is scrolled past in two seconds.",
]
HIDDEN = f"The {CANARY} plan: savings apps and short video, {CANARY} again."


def _offer(world: World, text: str) -> int:
    return world.record.submit_share(world.mentee, world.sid, text).id


def seed_notes(world: World) -> dict[str, int]:
    """Approved lessons, and the canary in every place that is not the approved library."""
    r = world.record
    r.save_notes(world.mentor, world.sid, f"Private: {HIDDEN}")
    r.save_notes(world.mentee, world.sid, f"Private too: {HIDDEN} {CANARY_NAME}")
    ids = {}
    for n, text in enumerate(APPROVED):
        ids[f"approved{n}"] = _offer(world, text)
        approve_share(r, world.hr, ids[f"approved{n}"])
    ids["pending"] = _offer(world, f"Pending: {HIDDEN}")
    ids["rejected"] = _offer(world, f"Rejected: {HIDDEN}")
    reject_share(r, world.hr, ids["rejected"])
    ids["withdrawn"] = _offer(world, f"Withdrawn: {HIDDEN}")
    approve_share(r, world.hr, ids["withdrawn"])
    withdraw_share(r, world.mentee, ids["withdrawn"])
    return ids


def test_themes_come_from_approved_notes_only(world: World) -> None:
    ids = seed_notes(world)
    found = cohort_themes(world.record, world.hr, world.index.embedder.encode)
    out = json.dumps(found.as_dict(), ensure_ascii=False)
    assert CANARY not in out.lower() and CANARY_NAME.split()[0] not in out
    assert SEEN in out  # approved text does reach the themes (the check above can fail)
    cited = {s for t in found.themes for s in t.sources}
    assert cited == {f"note:{ids[f'approved{n}']}" for n in range(len(APPROVED))}
    assert found.notes == len(APPROVED) == sum(t.count for t in found.themes)
    for theme in found.themes:
        assert theme.label and theme.quotes
        assert all(q.source in theme.sources for q in theme.quotes)


def test_only_hr_sees_the_themes(world: World) -> None:
    seed_notes(world)
    for who in (world.mentor, world.mentee, world.admin, world.other_mentor):
        with pytest.raises(PermissionDenied, match="Only HR"):
            cohort_themes(world.record, who, world.index.embedder.encode)
        with pytest.raises(PermissionDenied):
            approved_notes(world.record, who)


def test_no_approved_notes_no_themes(world: World) -> None:
    world.record.save_notes(world.mentor, world.sid, HIDDEN)
    _offer(world, HIDDEN)  # pending only
    found = cohort_themes(world.record, world.hr, world.index.embedder.encode)
    assert found.themes == [] and found.notes == 0
