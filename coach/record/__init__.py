"""The system of record: people, pairs, sessions, notes, permissions, share queue, audit, rights.

Open it with ``open_record(settings, index=None)`` or ``Record.open(url, index=None)``; either
applies the Alembic migrations in ``coach/record/migrations`` first (idempotent, safe from
several processes). The default is a SQLite file under ``data_dir`` (WAL, foreign keys on);
``COACH_DATABASE_URL`` takes any SQLAlchemy URL, e.g. PostgreSQL. ``Record.open`` also takes
``session_idle_minutes``, ``session_max_hours`` (``open_record`` passes the settings) and
``clock``, the aware-UTC "now" that sign-in expiry and the lockout are measured with.

Every call except the sign-in ones and ``approved_notes_for_index`` takes the acting person
first: a ``PersonView`` (from ``signed_in`` or ``authenticate``), a person id, or ``SYSTEM``
(the operator at the command line: manages people and program structure, reads no notes,
cannot review shares).
The actor is re-read from the database on every call, so a role change or deactivation takes
effect at once. A refused call raises ``coach.errors.PermissionDenied`` with a plain sentence
and is written to the audit trail; bad input raises ``InvalidInput``, a missing row ``NotFound``.
Results are frozen views (``coach.record.views``) already filtered for the actor.

Who may do what:

- A person's private notes, plan (mentor) and reflection and ratings (mentee) are theirs
  alone; their pair partner sees their side of a session only while they share it
  (``share_with_pair``). HR and admins never see notes: only people, pairs, cycles, session
  metadata, ratings, item counts, aggregates and the share queue's anonymised text.
- Admins manage people and roles; HR manages programs, cycles, pairs and reviews the queue.

API for the UI (all on ``Record``):

Sign-in (see ``coach.record.signins``; these hash with argon2: call them off the event loop)
    ``sign_in(email, password, client="") -> SignIn | None`` (raises ``AccountLocked``),
    ``signed_in(token) -> PersonView | None`` (every request), ``sign_out(token)``,
    ``lockout(email) -> datetime | None``, ``change_password(actor, current, new)``,
    ``reset_password(admin, person_id) -> str``; ``authenticate(email, password)`` checks a
    password without starting a sign-in
Replicas (see ``coach.record.replicas``; no acting person, no content)
    ``deployment_value(key) -> str`` (made once, the same for every process),
    ``claim_coach_slot(replica, person, pending, per_person=, backlog=, lease=) -> CoachClaim``,
    ``publish_coach_load(replica, pending, lease)``, ``coach_load(person) -> int``
People
    ``get_person(actor, person_id)``, ``find_person(actor, email)``,
    ``list_people(actor, role=None)``
    ``add_person(actor, name=, email=, role=, password=None, expertise=, learning_goals=)
    -> (PersonView, password)``; ``update_person``, ``set_role``, ``set_active``,
    ``set_password(actor, person_id, new, current_password=None)``
    ``import_people(hr_or_admin, rows) -> ImportReport`` (CSV rows: name, email, role,
    department, manager_email, expertise, goals; idempotent; one sentence per bad row),
    ``pairing_pool(hr, cycle_id=None) -> PairingPool`` (candidates and the manager map for
    ``coach.flows.pairing``; see ``coach.record.profiles``)
Programs, cycles, pairs (HR writes; HR and admins read; members see their own pairs)
    ``create_program``, ``list_programs``, ``create_cycle(actor, program_id, name, start_date,
    length_weeks=12, cadence_days=28)``, ``update_cycle``, ``list_cycles``,
    ``create_pair(actor, cycle_id, mentor_id, mentee_id)``, ``end_pair``, ``list_pairs``,
    ``my_pairs(actor)``, ``get_pair`` (``PairView.next_session_number/next_session_due``)
Sessions (pair members; HR and admins read metadata)
    ``create_session(actor, pair_id, topic=, held_on=)``, ``update_session``,
    ``list_sessions(actor, pair_id)``, ``get_session(actor, session_id)``,
    ``save_notes(actor, session_id, text)`` (autosave of the actor's own side),
    ``save_plan(mentor, session_id, plan_dict)``,
    ``save_reflection(mentee, session_id, reflection_dict, action_items=[{text, owner, due_on}])``,
    ``add_action_item``, ``set_action_item_done(actor, item_id, done=True)``,
    ``my_action_items(actor, status=None)``, ``rate_session(mentee, session_id, personal,
    business)``, ``share_with_pair(actor, session_id, shared)``
The cycle (pair members; see ``coach.record.cycle``)
    ``plan_cycle(actor, pair_id)`` (a pair with no sessions gets six planned at the cycle's
    cadence), ``add_session(actor, pair_id, held_on=, topic=)`` (both needed),
    ``set_session_status(actor, session_id, "planned"|"held"|"cancelled")``,
    ``remove_session(actor, session_id)`` (empty ones only), ``pair_action_items(actor,
    pair_id)``. Only held sessions count as held; notes, a summary or a rating on or after a
    planned session's date mark it held.
Share queue
    ``preview_share(actor, session_id) -> Anonymised`` (owner only; nothing stored),
    ``submit_share(actor, session_id, edited_text=None, title=None, topic=None)``,
    ``list_share_queue(hr, status="pending")``, ``my_shares``, ``get_share``,
    ``approve_share(hr, item_id)`` (indexes ``note:<id>``), ``reject_share(hr, item_id)``,
    ``withdraw_share(actor, item_id)`` (removes ``note:<id>`` from the index),
    ``approved_notes_for_index() -> list[IndexableNote]`` (for ``coach reindex``)
Program view
    ``program_stats(actor, program_id=None, cycle_id=None) -> ProgramStats``,
    ``stats_csv(...) -> str``, ``audit_log(admin, limit=200)``
Outcomes (see ``coach.record.outcomes``; the measures are ``coach.flows.outcomes``)
    ``rate_heard(mentor, session_id, 1-5)`` (the junior's side, like the senior's ratings),
    ``record_progression(hr, person_id, "promotion"|"new_role", date, title="")``,
    ``import_progressions(hr, rows)`` (email, kind, date, title; idempotent),
    ``list_progressions(hr, person_id=None)``, ``outcome_data(hr, program_id=, cycle_id=,
    pair_id=, today=)`` (projections: dates, statuses, topics, ratings, item counts; no text)
Conversations with the coach (the author alone; see ``coach.record.conversations``)
    ``start_conversation(actor, title)``, ``add_turn(actor, conversation_id, role, text,
    citations=None, notice="")``, ``get_conversation``, ``my_conversations``,
    ``delete_conversation``
Reminders (HR, admins, the operator: dates and owners, never item text)
    ``overdue_items(actor, today) -> list[OverdueView]``
Data rights
    ``export_person(actor, person_id) -> dict`` and ``delete_person(actor, person_id)`` (self or
    admin; see ``coach.record.rights`` for what deletion does to the partner's side).

``coach.record.demo.seed_demo(record)`` fills a fictional demo program.
"""

from __future__ import annotations

from coach.record.aggregates import ProgramStats
from coach.record.conversations import ConversationView, TurnView
from coach.record.core import SYSTEM, Actor, ActorRef, IndexSink
from coach.record.reminders import OverdueView
from coach.record.service import Record, open_record
from coach.record.signins import SignIn
from coach.record.views import (
    ActionItemView,
    AuditView,
    CycleView,
    IndexableNote,
    PairView,
    PersonView,
    ProgramView,
    SessionView,
    ShareView,
)

__all__ = [
    "SYSTEM",
    "ActionItemView",
    "Actor",
    "ActorRef",
    "AuditView",
    "ConversationView",
    "CycleView",
    "IndexSink",
    "IndexableNote",
    "OverdueView",
    "PairView",
    "PersonView",
    "ProgramStats",
    "ProgramView",
    "Record",
    "SessionView",
    "ShareView",
    "SignIn",
    "TurnView",
    "open_record",
]
