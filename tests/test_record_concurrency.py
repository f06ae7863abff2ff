"""Many writers on one SQLite file at once: nothing is lost, numbering stays consistent."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from coach.record import SYSTEM, Record
from coach.record import models as m

THREADS = 16
WRITES = 25


def _write(record: Record, tid: int, actor: int, pair_id: int) -> None:
    """One thread's writes: a session, then notes, then an action item, over and over."""
    session_id = 0
    for i in range(WRITES):
        if i % 3 == 0:
            session_id = record.create_session(actor, pair_id, topic="technology").id
        elif i % 3 == 1:
            record.save_notes(actor, session_id, f"t{tid}-w{i}")
        else:
            record.add_action_item(actor, session_id, f"t{tid}-w{i}")


def test_sixteen_threads_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'busy.db'}"
    shared = Record.open(url)
    hr, _ = shared.add_person(SYSTEM, name="Hugo Harrow", email="hr@example.org", role="hr")
    program = shared.create_program(hr, "Busy")
    cycle = shared.create_cycle(hr, program.id, "Wave", "2026-01-05")
    members: list[tuple[int, int, int]] = []  # (pair, mentor, mentee)
    for p in range(4):
        mentor, _ = shared.add_person(
            SYSTEM, name=f"Mentor {p}", email=f"m{p}@example.org", role="mentor"
        )
        mentee, _ = shared.add_person(
            SYSTEM, name=f"Mentee {p}", email=f"e{p}@example.org", role="mentee"
        )
        pair = shared.create_pair(hr, cycle.id, mentor.id, mentee.id)
        members.append((pair.id, mentor.id, mentee.id))

    # Half the threads share one Record (one pool); half open their own, like other processes.
    own = [Record.open(url) for _ in range(THREADS // 2)]
    barrier = threading.Barrier(THREADS)
    errors: list[BaseException] = []

    def work(tid: int) -> None:
        record = shared if tid % 2 == 0 else own[tid // 2]
        pair_id, mentor_id, mentee_id = members[tid % 4]
        actor = mentor_id if (tid // 4) % 2 == 0 else mentee_id
        try:
            barrier.wait()
            _write(record, tid, actor, pair_id)
        except BaseException as exc:  # noqa: BLE001 - asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for r in own:
        r.close()
    assert errors == []

    per_thread_sessions = len(range(0, WRITES, 3))
    per_thread_items = len(range(2, WRITES, 3))
    per_thread_notes = len(range(1, WRITES, 3))
    with shared._tx() as s:
        sessions = s.execute(
            select(
                m.MentoringSession.pair_id,
                m.MentoringSession.number,
                m.MentoringSession.mentor_notes,
                m.MentoringSession.mentee_notes,
            )
        ).all()
        items = list(s.scalars(select(m.ActionItem.text)))
        notes_events = s.scalar(
            select(func.count(m.AuditEvent.id)).where(
                m.AuditEvent.action == "session.notes", m.AuditEvent.outcome == "allowed"
            )
        )
    shared.close()

    assert len(sessions) == THREADS * per_thread_sessions
    by_pair = Counter(r.pair_id for r in sessions)
    for pair_id, count in by_pair.items():
        numbers = sorted(r.number for r in sessions if r.pair_id == pair_id)
        assert numbers == list(range(1, count + 1)), "numbers are unique and contiguous"
    assert len(items) == THREADS * per_thread_items
    assert len(set(items)) == len(items)
    assert notes_events == THREADS * per_thread_notes
    # Each thread's last note on each of its sessions survived.
    written = {r.mentor_notes for r in sessions} | {r.mentee_notes for r in sessions}
    for tid in range(THREADS):
        for i in range(1, WRITES, 3):
            assert f"t{tid}-w{i}" in written
