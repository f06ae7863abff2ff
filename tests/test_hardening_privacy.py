"""An admin acting for someone never reads that person's private notes."""

from __future__ import annotations

import json

from tests.record_fixtures import CANARY_WORD, World


def test_an_admin_export_for_someone_else_leaves_their_notes_out(world: World) -> None:
    r = world.record
    mine = json.dumps(r.export_person(world.mentee, world.mentee.id))
    assert CANARY_WORD in mine  # control: the person's own export holds everything
    theirs = r.export_person(world.admin, world.mentee.id)
    assert CANARY_WORD not in json.dumps(theirs)
    [row] = [s for s in theirs["sessions"] if s["id"] == world.sid]
    assert row["notes"] is None and row["reflection"] is None and row["topic"] == "technology"
    assert row["personal_effectiveness"] == 5  # ratings are program data HR and admins see
    assert theirs["action_items"] and all(i["text"] is None for i in theirs["action_items"])
    assert "private" in theirs["withheld"]
