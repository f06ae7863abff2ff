"""The record on PostgreSQL: same migrations, same rules, concurrent writers, no SQLite lock."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from coach.embeddings import MiniLMEmbedding
from coach.index import open_index
from coach.record import SYSTEM, Record
from coach.record.db import current_revision, head_revision, migrate
from coach.record.models import Base
from coach.settings import load_settings


def test_migrations_match_the_models_and_reopen_cleanly(postgres_url: str) -> None:
    with Record.open(postgres_url) as record:
        assert current_revision(record.engine) == head_revision()
        with record.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    with Record.open(postgres_url) as again:
        assert not migrate(again.engine)


def test_program_flow_and_concurrent_numbering(
    postgres_url: str, tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    index = open_index(load_settings(data_dir=tmp_path), embedder)
    with Record.open(postgres_url, index=index) as r:
        admin, _ = r.add_person(SYSTEM, name="Ada Adminson", email="ada@example.org", role="admin")
        hr, _ = r.add_person(admin, name="Hugo Harrow", email="hugo@example.org", role="hr")
        mentor, _ = r.add_person(admin, name="Mina Okoro", email="mina@example.org", role="mentor")
        mentee, _ = r.add_person(
            admin, name="Sol Brightwater", email="sol@example.org", role="mentee"
        )
        cycle = r.create_cycle(hr, r.create_program(hr, "Pilot").id, "Spring", "2026-03-02")
        pair = r.create_pair(hr, cycle.id, mentor.id, mentee.id)

        errors: list[BaseException] = []
        barrier = threading.Barrier(8)

        def open_sessions(actor_id: int) -> None:
            try:
                barrier.wait()
                for _ in range(5):
                    r.create_session(actor_id, pair.id, topic="money")
            except BaseException as exc:  # noqa: BLE001 - asserted below
                errors.append(exc)

        threads = [
            threading.Thread(target=open_sessions, args=(p,)) for p in [mentor.id, mentee.id] * 4
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        sessions = r.list_sessions(hr, pair.id)
        assert [s.number for s in sessions] == list(range(1, 41))

        sid = sessions[0].id
        r.save_notes(mentee, sid, "Mina Okoro showed that visible fees earn trust.")
        r.save_reflection(
            mentee,
            sid,
            {"takeaways": ["fees up front"]},
            [{"text": "Check the fee page", "owner": "mentee", "due_on": "2026-04-01"}],
        )
        r.rate_session(mentee, sid, 5, 4)
        assert r.get_session(mentor, sid).mentee_notes is None
        item = r.submit_share(mentee, sid)
        r.approve_share(hr, item.id)
        assert list(index.rows(sources=[f"note:{item.id}"]))
        stats = r.program_stats(hr)
        # one session was held (notes, a summary, a rating); the other 39 are only planned
        assert (
            stats.sessions_total,
            stats.sessions_planned,
            stats.personal_effective,
            stats.action_items_total,
        ) == (1, 39, 1, 1)
        assert json.loads(json.dumps(r.export_person(mentee, mentee.id)))["sessions"]

        counts = r.delete_person(admin, mentee.id)
        assert counts["shared_notes"] == 1
        assert not list(index.rows(sources=[f"note:{item.id}"]))
        after = r.get_pair(mentor, pair.id)
        assert after.mentee_id is None and after.status == "ended"
