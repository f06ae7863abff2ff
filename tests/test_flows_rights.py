"""Program figures, export and deletion as flows, without Gradio, refusing the wrong person."""

from __future__ import annotations

import json

import pytest

from coach.errors import InvalidInput, NotFound, PermissionDenied
from coach.flows.program import FiguresInput, program_figures
from coach.flows.rights import DeleteInput, delete_my_account, export_my_data
from tests.record_fixtures import CANARY_WORD, World


def test_hr_sees_the_figures_and_their_csv(world: World) -> None:
    figures = program_figures(world.record, world.hr, FiguresInput(cycle_id=world.cycle_id))
    data = figures.as_dict()
    assert data["pairs_total"] == 2 and data["sessions_total"] == 1
    assert data["rated_personal"] == 1 and data["personal_effective_share"] == 1.0
    assert "sessions,total,1" in figures.csv_text and figures.csv_name.endswith(".csv")
    assert CANARY_WORD not in json.dumps(data) + figures.csv_text
    assert program_figures(world.record, world.admin, FiguresInput(csv=False)).csv_text == ""


@pytest.mark.parametrize("role", ["mentor", "mentee", "other"])
def test_members_see_no_program_figures(world: World, role: str) -> None:
    with pytest.raises(PermissionDenied):
        program_figures(world.record, world.by_role(role))


def test_my_export_holds_my_notes_and_nobody_elses(world: World) -> None:
    mine = export_my_data(world.record, world.mentee)
    assert CANARY_WORD in mine.json_text and mine.filename.endswith(".json")
    theirs = export_my_data(world.record, world.mentor)
    assert CANARY_WORD not in theirs.json_text  # the partner's export: their own side only


def test_deleting_needs_the_box_and_the_exact_email(world: World) -> None:
    for confirm in (
        DeleteInput(False, world.mentee.email),
        DeleteInput(True, "someone@else"),
        DeleteInput(True, ""),
    ):
        with pytest.raises(InvalidInput, match="type your email"):
            delete_my_account(world.record, world.mentee, confirm)
    assert world.record.get_person(world.mentee, world.mentee.id).email == world.mentee.email


def test_deleting_my_account_erases_me_only(world: World) -> None:
    gone = delete_my_account(
        world.record, world.mentee, DeleteInput(True, f"  {world.mentee.email.upper()} ")
    )
    assert gone.counts["sessions_erased"] == 1 and "1 sessions erased" in gone.summary
    with pytest.raises((NotFound, PermissionDenied)):
        world.record.get_person(world.admin, world.mentee.id)
    assert world.record.get_session(world.mentor, world.sid).mentor_notes  # partner's side stays
