"""Record fixtures: a small program on a real SQLite file, wired to a real Chroma index."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from coach.embeddings import MiniLMEmbedding
from coach.index import Index, open_index
from coach.record import SYSTEM, PersonView, Record
from coach.settings import load_settings

# Private-note canaries: a name-like token that is also on the roster, and a plain token.
CANARY_NAME = "Quorvanth Blisterwick"
CANARY_WORD = "zephyrquillion"


@dataclass
class World:
    """Two pairs in one cycle, plus HR and an admin; session `sid` has notes on both sides."""

    record: Record
    index: Index
    admin: PersonView
    hr: PersonView
    mentor: PersonView
    mentee: PersonView
    other_mentor: PersonView
    other_mentee: PersonView
    passwords: dict[str, str]
    cycle_id: int
    pair_id: int
    other_pair_id: int
    sid: int

    def by_role(self, role: str) -> PersonView:
        """The matrix roles: mentor / mentee (in the pair), other (another pair's mentor)."""
        return {"mentor": self.mentor, "mentee": self.mentee, "other": self.other_mentor,
                "hr": self.hr, "admin": self.admin}[role]


def build_world(path: Path, index: Index) -> World:
    record = Record.open(f"sqlite:///{path / 'record.db'}", index=index)
    pw: dict[str, str] = {}

    def add(name: str, email: str, role: str) -> PersonView:
        person, secret = record.add_person(SYSTEM, name=name, email=email, role=role)
        pw[email] = secret
        return person

    admin = add("Ada Adminson", "ada@example.org", "admin")
    hr = add("Hugo Harrow", "hugo@example.org", "hr")
    mentor = add("Mina Okoro", "mina@example.org", "mentor")
    mentee = add(CANARY_NAME, "quorvanth@example.org", "mentee")
    other_mentor = add("Olly Penhaligon", "olly@example.org", "mentor")
    other_mentee = add("Petra Vosk", "petra@example.org", "mentee")
    program = record.create_program(hr, "Pilot")
    cycle = record.create_cycle(hr, program.id, "Spring", "2026-03-02", 12, 28)
    pair = record.create_pair(hr, cycle.id, mentor.id, mentee.id)
    other = record.create_pair(hr, cycle.id, other_mentor.id, other_mentee.id)
    sess = record.create_session(mentor, pair.id, topic="technology", held_on="2026-03-05")
    record.save_plan(mentor, sess.id, {"agenda": ["short video", "questions"]})
    record.save_notes(mentor, sess.id, "Mentor side: bring three short videos to show.")
    record.save_notes(
        mentee, sess.id,
        f"Private: my code word is {CANARY_WORD}. I learned that short video is where "
        "younger customers research what to buy.",
    )
    record.save_reflection(
        mentee, sess.id, {"takeaways": [f"{CANARY_WORD} stays with me"]},
        [{"text": "Watch our top five videos with the social team", "owner": "mentee"}],
    )
    record.rate_session(mentee, sess.id, 5, 4)
    return World(record, index, admin, hr, mentor, mentee, other_mentor, other_mentee, pw,
                 cycle.id, pair.id, other.id, sess.id)


@pytest.fixture(scope="session")
def shared_world(tmp_path_factory: pytest.TempPathFactory,
                 embedder: MiniLMEmbedding) -> Iterator[World]:
    """One world for the whole session: tests that use it must leave it as they found it."""
    path = tmp_path_factory.mktemp("record-world")
    index = open_index(load_settings(data_dir=path), embedder)
    world = build_world(path, index)
    yield world
    world.record.close()


@pytest.fixture
def world(tmp_path: Path, embedder: MiniLMEmbedding) -> Iterator[World]:
    """A fresh world (record and index) for a test that changes or deletes things."""
    index = open_index(load_settings(data_dir=tmp_path), embedder)
    w = build_world(tmp_path, index)
    yield w
    w.record.close()
