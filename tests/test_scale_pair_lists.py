"""A list of pairs costs a few queries, however many pairs there are.

HR's page lists every pair (its structure, outcomes and reminders each ask), and each pair
used to cost several queries of its own (its sessions, its cycle, both people): at 20 pairs
a page load ran some 250 of them, at a thousand pairs a page load would take seconds. The
views listed are the same as each pair's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from coach.record import SYSTEM, open_record
from coach.record.demo import seed_demo
from coach.settings import load_settings


@pytest.fixture()
def record(tmp_path: Path) -> Iterator[Any]:
    r = open_record(load_settings(data_dir=tmp_path))
    seed_demo(r)
    yield r
    r.close()


def _add_pairs(r: Any, n: int) -> tuple[Any, list[Any]]:
    hr = r.find_person(SYSTEM, "hr@demo.turntable.example")
    cycle = r.list_cycles(hr)[0]
    juniors = []
    for i in range(n):
        junior, _ = r.add_person(SYSTEM, name=f"J {i}", role="mentor", email=f"j{i}@x.example")
        senior, _ = r.add_person(SYSTEM, name=f"S {i}", role="mentee", email=f"s{i}@x.example")
        pair = r.create_pair(hr, cycle.id, junior.id, senior.id)
        r.create_session(senior, pair.id, topic="money")
        juniors.append(junior)
    return hr, juniors


def _statements(r: Any, call: Any) -> int:
    ran: list[str] = []

    def count(*args: Any) -> None:
        ran.append(args[2])

    event.listen(r.engine, "before_cursor_execute", count)
    try:
        call()
    finally:
        event.remove(r.engine, "before_cursor_execute", count)
    return len(ran)


def test_listing_pairs_costs_the_same_queries_for_three_pairs_or_thirty(record: Any) -> None:
    hr, _ = _add_pairs(record, 3)
    few = _statements(record, lambda: record.list_pairs(hr))
    _add_pairs_more(record, 27)
    many = _statements(record, lambda: record.list_pairs(hr))
    assert len(record.list_pairs(hr)) >= 30
    assert many == few


def _add_pairs_more(r: Any, n: int) -> None:
    hr = r.find_person(SYSTEM, "hr@demo.turntable.example")
    cycle = r.list_cycles(hr)[0]
    for i in range(n):
        junior, _ = r.add_person(SYSTEM, name=f"K {i}", role="mentor", email=f"k{i}@x.example")
        senior, _ = r.add_person(SYSTEM, name=f"T {i}", role="mentee", email=f"t{i}@x.example")
        r.create_pair(hr, cycle.id, junior.id, senior.id)


def test_listed_pairs_are_each_pairs_own_view(record: Any) -> None:
    hr, juniors = _add_pairs(record, 4)
    listed = record.list_pairs(hr)
    assert listed == [record.get_pair(hr, p.id) for p in listed]
    assert [p.id for p in record.list_pairs(hr, active_only=True)] == [
        p.id for p in listed if p.status == "active"
    ]
    for junior in juniors:
        mine = record.my_pairs(junior)
        assert len(mine) == 1 and mine[0].mentor_id == junior.id
        assert mine == [record.get_pair(junior, mine[0].id)]
