"""Every service operation against every role: allowed ones work, refused ones are audited.

Roles: the pair's mentor and mentee, the mentor of another pair, HR and an admin. Operations
run against one shared world, so each leaves it as it found it (or only adds rows).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from coach.errors import PermissionDenied
from coach.record import SYSTEM
from tests.record_fixtures import World

ROLES = ("mentor", "mentee", "other", "hr", "admin")
_n = itertools.count()


def _fresh_people(w: World) -> tuple[int, int]:
    n = next(_n)
    mentor, _ = w.record.add_person(
        SYSTEM,
        name=f"Temp Mentor {n}",
        email=f"tm{n}@example.org",
        role="mentor",
        password="temporary-password-1",
    )
    mentee, _ = w.record.add_person(
        SYSTEM,
        name=f"Temp Mentee {n}",
        email=f"te{n}@example.org",
        role="mentee",
        password="temporary-password-1",
    )
    return mentor.id, mentee.id


def _queued(w: World) -> int:
    """A pending share offered by the pair's mentee (through the real anonymiser)."""
    return w.record.submit_share(w.mentee, w.sid).id


def _approved(w: World) -> int:
    item = _queued(w)
    w.record.approve_share(w.hr, item)
    return item


def _item_of_mentee(w: World) -> int:
    s = w.record.get_session(w.mentee, w.sid)
    return next(i.id for i in s.action_items if i.owner_id == w.mentee.id)


def _mentees_conversation(w: World) -> int:
    return w.record.start_conversation(w.mentee, "How do I follow up?").id


def _add_and_remove(w: World, actor: Any) -> None:
    """Add a session on purpose and remove it again: the shared world keeps its plan."""
    s = w.record.add_session(actor, w.pair_id, held_on="2026-12-10", topic="money")
    w.record.remove_session(actor, s.id)


def _change_and_restore(w: World, actor: Any) -> None:
    """Change one's own password and change it back, so the shared world stays as it was."""
    old = w.passwords[actor.email]
    w.record.change_password(actor, old, old + "-changed")
    w.record.change_password(actor, old + "-changed", old)


# name -> (operation(world, actor), roles allowed)
Op = Callable[[World, Any], Any]
OPS: dict[str, tuple[Op, set[str]]] = {
    # people
    "get_person": (
        lambda w, a: w.record.get_person(a, w.mentee.id),
        {"mentor", "mentee", "hr", "admin"},
    ),
    "find_person": (lambda w, a: w.record.find_person(a, w.mentee.email), {"hr", "admin"}),
    "list_people": (lambda w, a: w.record.list_people(a), {"hr", "admin"}),
    "add_person": (
        lambda w, a: w.record.add_person(
            a, name="New Person", email=f"new{next(_n)}@example.org", role="mentor"
        ),
        {"admin"},
    ),
    "update_own_or_other_profile": (
        lambda w, a: w.record.update_person(a, w.mentee.id, learning_goals=["technology"]),
        {"mentee", "admin"},
    ),
    "set_role": (lambda w, a: w.record.set_role(a, w.other_mentee.id, "mentee"), {"admin"}),
    "set_active": (lambda w, a: w.record.set_active(a, w.other_mentee.id, True), {"admin"}),
    "reset_someone_elses_password": (
        lambda w, a: w.record.set_password(a, w.other_mentee.id, w.passwords[w.other_mentee.email]),
        {"admin"},
    ),
    "change_own_password": (lambda w, a: _change_and_restore(w, a), set(ROLES)),
    "reset_password": (lambda w, a: w.record.reset_password(a, _fresh_people(w)[0]), {"admin"}),
    # structure
    "create_program": (lambda w, a: w.record.create_program(a, f"Program {next(_n)}"), {"hr"}),
    "list_programs": (lambda w, a: w.record.list_programs(a), {"hr", "admin"}),
    "create_cycle": (
        lambda w, a: w.record.create_cycle(
            a, w.record.list_programs(SYSTEM)[0].id, "Extra", "2026-09-01"
        ),
        {"hr"},
    ),
    "update_cycle": (lambda w, a: w.record.update_cycle(a, w.cycle_id, cadence_days=28), {"hr"}),
    "list_cycles": (lambda w, a: w.record.list_cycles(a), {"hr", "admin"}),
    "create_pair": (lambda w, a: w.record.create_pair(a, w.cycle_id, *_fresh_people(w)), {"hr"}),
    "end_pair": (
        lambda w, a: w.record.end_pair(
            a, w.record.create_pair(SYSTEM, w.cycle_id, *_fresh_people(w)).id
        ),
        {"hr"},
    ),
    "list_pairs": (lambda w, a: w.record.list_pairs(a), {"hr", "admin"}),
    "import_people": (
        lambda w, a: w.record.import_people(
            a,
            [
                {
                    "name": "Imported",
                    "email": f"imp{next(_n)}@example.org",
                    "role": "junior",
                    "department": "IT",
                }
            ],
        ),
        {"hr", "admin"},
    ),
    "pairing_pool": (lambda w, a: w.record.pairing_pool(a, w.cycle_id), {"hr"}),
    "my_pairs": (lambda w, a: w.record.my_pairs(a), set(ROLES)),
    "get_pair": (lambda w, a: w.record.get_pair(a, w.pair_id), {"mentor", "mentee", "hr", "admin"}),
    # sessions
    "create_session": (lambda w, a: w.record.create_session(a, w.pair_id), {"mentor", "mentee"}),
    "plan_cycle": (lambda w, a: w.record.plan_cycle(a, w.pair_id), {"mentor", "mentee"}),
    "add_session": (_add_and_remove, {"mentor", "mentee"}),
    "remove_session": (
        lambda w, a: w.record.remove_session(
            a, w.record.add_session(w.mentor, w.pair_id, held_on="2026-12-11", topic="esg").id
        ),
        {"mentor", "mentee"},
    ),
    "set_session_status": (
        lambda w, a: w.record.set_session_status(a, w.sid, "held"),
        {"mentor", "mentee"},
    ),
    "pair_action_items": (
        lambda w, a: w.record.pair_action_items(a, w.pair_id),
        {"mentor", "mentee"},
    ),
    "get_session": (
        lambda w, a: w.record.get_session(a, w.sid),
        {"mentor", "mentee", "hr", "admin"},
    ),
    "list_sessions": (
        lambda w, a: w.record.list_sessions(a, w.pair_id),
        {"mentor", "mentee", "hr", "admin"},
    ),
    "update_session": (
        lambda w, a: w.record.update_session(a, w.sid, topic="technology"),
        {"mentor", "mentee"},
    ),
    "save_notes": (
        lambda w, a: w.record.save_notes(
            a, w.record.create_session(w.mentor, w.pair_id).id, "fresh notes"
        ),
        {"mentor", "mentee"},
    ),
    "save_plan": (
        lambda w, a: w.record.save_plan(a, w.sid, {"agenda": ["short video", "questions"]}),
        {"mentor"},
    ),
    "save_reflection": (
        lambda w, a: w.record.save_reflection(
            a, w.record.create_session(w.mentee, w.pair_id).id, {"takeaways": ["x"]}
        ),
        {"mentee"},
    ),
    "add_action_item": (
        lambda w, a: w.record.add_action_item(a, w.sid, f"Item {next(_n)}"),
        {"mentor", "mentee"},
    ),
    "tick_action_item": (
        lambda w, a: w.record.set_action_item_done(a, _item_of_mentee(w), False),
        {"mentee"},
    ),
    "my_action_items": (lambda w, a: w.record.my_action_items(a), set(ROLES)),
    "rate_session": (lambda w, a: w.record.rate_session(a, w.sid, 5, 4), {"mentee"}),
    "share_with_pair": (
        lambda w, a: w.record.share_with_pair(a, w.sid, False),
        {"mentor", "mentee"},
    ),
    # share queue
    "preview_share": (lambda w, a: w.record.preview_share(a, w.sid), {"mentor", "mentee"}),
    "submit_share": (lambda w, a: w.record.submit_share(a, w.sid), {"mentor", "mentee"}),
    "get_share": (lambda w, a: w.record.get_share(a, _queued(w)), {"mentee", "hr", "admin"}),
    "list_share_queue": (lambda w, a: w.record.list_share_queue(a), {"hr", "admin"}),
    "my_shares": (lambda w, a: w.record.my_shares(a), set(ROLES)),
    "approve_share": (lambda w, a: w.record.approve_share(a, _queued(w)), {"hr"}),
    "reject_share": (lambda w, a: w.record.reject_share(a, _queued(w)), {"hr"}),
    "withdraw_pending_share": (
        lambda w, a: w.record.withdraw_share(a, _queued(w)),
        {"mentee", "hr"},
    ),
    "withdraw_approved_share": (
        lambda w, a: w.record.withdraw_share(a, _approved(w)),
        {"mentee", "hr"},
    ),
    # program view and audit
    "program_stats": (lambda w, a: w.record.program_stats(a), {"hr", "admin"}),
    "stats_csv": (lambda w, a: w.record.stats_csv(a), {"hr", "admin"}),
    "audit_log": (lambda w, a: w.record.audit_log(a, limit=5), {"admin"}),
    # conversations with the coach: their author's alone
    "start_conversation": (lambda w, a: w.record.start_conversation(a, "A question"), set(ROLES)),
    "my_conversations": (lambda w, a: w.record.my_conversations(a), set(ROLES)),
    "get_conversation": (
        lambda w, a: w.record.get_conversation(a, _mentees_conversation(w)),
        {"mentee"},
    ),
    "add_turn": (
        lambda w, a: w.record.add_turn(a, _mentees_conversation(w), "user", "Hi?"),
        {"mentee"},
    ),
    "delete_conversation": (
        lambda w, a: w.record.delete_conversation(a, _mentees_conversation(w)),
        {"mentee"},
    ),
    # reminders: overdue items as dates and owners, for HR and admins
    "overdue_items": (lambda w, a: w.record.overdue_items(a, date(2026, 12, 1)), {"hr", "admin"}),
    # data rights
    "export_mentee": (lambda w, a: w.record.export_person(a, w.mentee.id), {"mentee", "admin"}),
    "delete_someone_else": (lambda w, a: w.record.delete_person(a, _fresh_people(w)[0]), {"admin"}),
}

CASES = [(name, role) for name in OPS for role in ROLES]


def _last_refusal(w: World, actor_id: int) -> int:
    events = w.record.audit_log(SYSTEM, limit=1, outcome="refused", actor_id=actor_id)
    return events[0].id if events else 0


@pytest.mark.parametrize(("op", "role"), CASES, ids=[f"{o}-{r}" for o, r in CASES])
def test_permission_matrix(shared_world: World, op: str, role: str) -> None:
    fn, allowed = OPS[op]
    actor = shared_world.by_role(role)
    before = _last_refusal(shared_world, actor.id)
    if role in allowed:
        fn(shared_world, actor)
        assert _last_refusal(shared_world, actor.id) == before
        return
    with pytest.raises(PermissionDenied) as refused:
        fn(shared_world, actor)
    assert str(refused.value).endswith("."), "the message is a plain sentence"
    event = shared_world.record.audit_log(SYSTEM, limit=1, outcome="refused", actor_id=actor.id)[0]
    assert event.id > before
    assert event.outcome == "refused" and event.actor_id == actor.id


def test_every_public_operation_is_in_the_matrix() -> None:
    """A new service method must be added to the matrix (or to the short list of exceptions)."""
    from coach.record import Record

    public = {n for n in dir(Record) if not n.startswith("_") and callable(getattr(Record, n))}
    covered = {
        "get_person",
        "find_person",
        "list_people",
        "add_person",
        "update_person",
        "set_role",
        "set_active",
        "set_password",
        "create_program",
        "list_programs",
        "create_cycle",
        "update_cycle",
        "list_cycles",
        "create_pair",
        "end_pair",
        "list_pairs",
        "my_pairs",
        "get_pair",
        "create_session",
        "plan_cycle",
        "add_session",
        "remove_session",
        "set_session_status",
        "pair_action_items",
        "get_session",
        "list_sessions",
        "update_session",
        "save_notes",
        "save_plan",
        "save_reflection",
        "add_action_item",
        "set_action_item_done",
        "reassign_action_item",
        "my_action_items",
        "rate_session",
        "share_with_pair",
        "preview_share",
        "submit_share",
        "get_share",
        "list_share_queue",
        "my_shares",
        "approve_share",
        "reject_share",
        "withdraw_share",
        "program_stats",
        "stats_csv",
        "audit_log",
        "export_person",
        "delete_person",
        "change_password",
        "reset_password",
        "start_conversation",
        "my_conversations",
        "get_conversation",
        "add_turn",
        "delete_conversation",
        "overdue_items",
        "import_people",
        "pairing_pool",
        # outcomes: every role's refusal is checked in tests/test_outcomes.py
        "rate_heard",
        "record_progression",
        "import_progressions",
        "list_progressions",
        "outcome_data",
    }
    # Sign-in calls name no actor: the email and password, or the token, say who it is.
    no_actor = {
        "authenticate",
        "approved_notes_for_index",
        "open",
        "close",
        "sign_in",
        "signed_in",
        "sign_out",
        "lockout",
        # replica bookkeeping: counts of queued work and the deployment's settings, no person
        "claim_coach_slot",
        "publish_coach_load",
        "coach_load",
        "deployment_value",
        # the per-address sign-in throttle: client addresses, no person
        "address_failed",
        "address_blocked_until",
    }
    assert public - covered - no_actor == set()


def test_inactive_people_can_do_nothing(world: World) -> None:
    w = world
    w.record.set_active(w.admin, w.mentee.id, False)
    with pytest.raises(PermissionDenied, match="not active"):
        w.record.get_session(w.mentee, w.sid)
    assert w.record.authenticate(w.mentee.email, w.passwords[w.mentee.email]) is None
    w.record.set_active(w.admin, w.mentee.id, True)
    assert w.record.get_session(w.mentee, w.sid).mentee_notes


def test_role_change_takes_effect_at_once(world: World) -> None:
    w = world
    w.record.list_people(w.hr)
    w.record.set_role(w.admin, w.hr.id, "mentor")
    with pytest.raises(PermissionDenied):
        w.record.list_people(w.hr)  # the same PersonView, now with less power


def test_system_operator_manages_people_but_reads_no_notes(world: World) -> None:
    w = world
    view = w.record.get_session(SYSTEM, w.sid)
    assert view.mentee_notes is None and view.mentor_notes is None and view.reflection is None
    with pytest.raises(PermissionDenied):
        w.record.save_notes(SYSTEM, w.sid, "x")
    with pytest.raises(PermissionDenied):
        w.record.approve_share(SYSTEM, w.record.submit_share(w.mentee, w.sid).id)
    with pytest.raises(PermissionDenied):
        w.record.export_person(SYSTEM, w.mentee.id)
