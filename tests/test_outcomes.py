"""Program outcomes, Hartford-style: measures on a seeded program match values worked out by
hand; progression is recorded one by one or from CSV; the junior's "heard" rating is theirs
and HR's; only HR and admins get any of it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from coach.errors import InvalidInput, PermissionDenied
from coach.flows.outcomes import program_measures
from coach.flows.pair_outcomes import export_csv, open_pair
from coach.flows.progression import import_progressions, record_progression
from coach.flows.rating import rate_heard
from coach.flows.report import program_report
from coach.record import Record
from coach.record.db import alembic_config, make_engine
from tests.outcome_fixtures import TODAY, Seeded, seed

ALL_TIME = {
    "pairs_active": (4, 5),  # p3 ended
    "sessions_held": (5, 7),  # due: 5 held, 1 cancelled, 1 planned for March
    "personal_effective": (2, 3),  # S1 4.5, S2 (3+2)/2, S3 4
    "business_effective": (1, 3),  # S1 3.5, S2 (5+2)/2, S3 4
    "mentors_heard": (1, 2),  # M1 (5+4+5)/3, M2 2; M3 and M4 gave none
    "action_items": (1, 3),
    "topics": (4, None),  # technology, money, talent, esg
    "mentors_progressed": (1, 4),  # only M1, 5 months into the first cycle
}


def _figures(measures) -> dict[str, tuple[int, int | None]]:  # noqa: ANN001
    return {x.key: (x.count, x.of) for x in measures.measures}


def test_all_time_measures_match_the_hand_count(seeded: Seeded) -> None:
    got = program_measures(seeded.record, seeded.hr, today=TODAY)
    assert _figures(got) == ALL_TIME
    assert got.topics == {"technology": 2, "money": 1, "talent": 1, "esg": 1}
    assert got.get("personal_effective").shown == "67% (2 of 3)"
    assert got.get("topics").shown == "4"


def test_one_cycles_measures_match_the_hand_count(seeded: Seeded) -> None:
    spring = program_measures(seeded.record, seeded.hr, cycle_id=seeded.spring, today=TODAY)
    assert spring.scope == "Spring"
    assert _figures(spring) == {
        "pairs_active": (2, 3),
        "sessions_held": (4, 6),
        "personal_effective": (2, 3),  # S2 rated 3 in spring
        "business_effective": (2, 3),  # S2 rated 5 in spring
        "mentors_heard": (1, 2),
        "action_items": (1, 3),
        "topics": (3, None),
        "mentors_progressed": (1, 3),
    }
    autumn = program_measures(seeded.record, seeded.admin, cycle_id=seeded.autumn, today=TODAY)
    assert _figures(autumn)["mentors_progressed"] == (1, 2), "M1's first cycle was spring"
    assert autumn.get("action_items").share is None and "–" in autumn.get("action_items").shown


def test_each_measure_says_how_and_quotes_only_the_published_figures(seeded: Seeded) -> None:
    got = program_measures(seeded.record, seeded.hr, today=TODAY)
    assert all(x.how and x.hartford for x in got.measures)
    hartford = {x.key: x.hartford for x in got.measures}
    assert "97%" in hartford["personal_effective"]
    assert "11 of the 12" in hartford["mentors_progressed"]
    assert "50 pairs" in hartford["pairs_active"]
    published = {"97", "11", "12", "50"}
    for x in got.measures:  # no other number is attributed to The Hartford
        assert set(re.findall(r"\d+", x.hartford)) <= published, x.hartford


@pytest.mark.parametrize("who", ["mentor", "mentee"])
def test_juniors_and_seniors_are_refused_everything(seeded: Seeded, who: str) -> None:
    actor = seeded.m[0] if who == "mentor" else seeded.s[0]
    r = seeded.record
    calls = [
        lambda: program_measures(r, actor),
        lambda: open_pair(r, actor, seeded.pairs[0]),
        lambda: export_csv(r, actor, "pairs"),
        lambda: export_csv(r, actor, "sessions"),
        lambda: program_report(r, actor, "md"),
        lambda: record_progression(r, actor, seeded.m[1].id, "promotion", "2026-05-01"),
        lambda: import_progressions(r, actor, "email,kind,date\n"),
        lambda: r.outcome_data(actor),  # the record refuses on its own too
        lambda: r.record_progression(actor, seeded.m[1].id, "promotion", "2026-05-01"),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()


def test_csv_exports_have_a_row_per_pair_and_per_session(seeded: Seeded) -> None:
    pairs = export_csv(seeded.record, seeded.hr, "pairs").splitlines()
    assert pairs[0].startswith("pair_id,cycle,junior_mentor,senior_mentee,status,sessions_held")
    assert len(pairs) == 1 + 5
    p1 = pairs[1].split(",")
    assert p1[:8] == ["1", "Spring", "Junior A", "Senior A", "active", "2", "2", "0"]
    assert p1[9:] == ["4.50", "3.50", "4.50", "1", "2", "2026-06-01"]
    sessions = export_csv(seeded.record, seeded.hr, "sessions", cycle_id=seeded.autumn)
    rows = sessions.splitlines()
    assert len(rows) == 2 and rows[1].split(",")[4:] == [
        "1", "2026-09-10", "held", "esg", "2", "2", "5", "0", "0"
    ]  # fmt: skip


def test_the_heard_rating_is_the_juniors_and_hrs(tmp_path: Path) -> None:
    record = Record.open(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        w = seed(record)
        sid = record.create_session(w.m[3], w.pairs[4], topic="money", held_on="2026-09-20").id
        with pytest.raises(PermissionDenied, match="mentor"):
            rate_heard(record, w.s[2], sid, 5)
        with pytest.raises(InvalidInput):
            rate_heard(record, w.m[3], sid, 6)
        assert rate_heard(record, w.m[3], sid, 4).mentor_heard == 4
        assert record.get_session(w.hr, sid).mentor_heard == 4
        assert record.get_session(w.s[2], sid).mentor_heard is None, "until the junior shares"
        record.share_with_pair(w.m[3], sid, True)
        assert record.get_session(w.s[2], sid).mentor_heard == 4
        assert record.get_session(w.hr, sid).status == "held"
    finally:
        record.close()


def test_progression_from_csv_is_idempotent_and_names_each_bad_row(seeded: Seeded) -> None:
    r, m = seeded.record, seeded.m
    csv_text = (
        "email,kind,date,title\n"
        f"{m[3].email},promotion,2026-11-15,Analyst II\n"
        f"{m[0].email},promotion,2026-06-01,Senior analyst\n"  # already recorded
        "nobody@example.org,promotion,2026-05-01,\n"
        f"{seeded.s[0].email},promotion,2026-05-01,\n"  # a senior: not a junior mentor
        f"{m[1].email},sideways,2026-05-01,\n"
        f"{m[1].email},new-role,31/05/2026,\n"
    )
    report = import_progressions(r, seeded.hr, csv_text)
    assert report.created == [m[3].email] and report.unchanged == [m[0].email]
    assert [p.split(":")[0] for p in report.problems] == ["Row 4", "Row 5", "Row 6", "Row 7"]
    again = import_progressions(r, seeded.hr, csv_text)
    assert again.created == [] and len(again.unchanged) == 2
    mine = r.list_progressions(seeded.hr, person_id=m[3].id)
    assert [(p.kind, p.effective_on, p.title) for p in mine] == [
        ("promotion", date(2026, 11, 15), "Analyst II")
    ]
    with pytest.raises(InvalidInput, match="email, kind, date"):
        import_progressions(r, seeded.hr, "who,when\nx,y\n")
    # M4's first cycle began 2026-09-07: the promotion is within 12 months of it.
    autumn = program_measures(r, seeded.hr, cycle_id=seeded.autumn, today=TODAY)
    assert _figures(autumn)["mentors_progressed"] == (2, 2)
    with r.engine.begin() as conn:  # leave the shared program as the other tests expect it
        conn.execute(text("DELETE FROM progressions WHERE person_id = :p"), {"p": m[3].id})


def test_the_heard_column_is_added_in_place_and_keeps_every_session(tmp_path: Path) -> None:
    """Rebuilding `sessions` on SQLite would cascade into its action items: it is altered."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005_people_profile")
        for sql in (
            "INSERT INTO people (id, name, email, role, expertise, learning_goals, active, "
            "created_at, department) VALUES (1,'J','j@example.org','mentor','[]','[]',1,"
            "'2026-01-01',''), (2,'S','s@example.org','mentee','[]','[]',1,'2026-01-01','')",
            "INSERT INTO programs (id, name, description, created_at) "
            "VALUES (1, 'P', '', '2026-01-01')",
            "INSERT INTO cycles (id, program_id, name, start_date, length_weeks, cadence_days) "
            "VALUES (1, 1, 'C', '2026-01-05', 12, 28)",
            "INSERT INTO pairs (id, cycle_id, mentor_id, mentee_id, status, created_at) "
            "VALUES (1, 1, 1, 2, 'active', '2026-01-01')",
            "INSERT INTO sessions (id, pair_id, number, topic, status, mentor_notes, "
            "mentor_shared, mentee_notes, mentee_shared, personal_effectiveness, created_at, "
            "updated_at) VALUES (1, 1, 1, 'money', 'held', '', 0, 'we met', 0, 5, "
            "'2026-01-06', '2026-01-06')",
            "INSERT INTO action_items (id, session_id, owner_id, text, status, created_at) "
            "VALUES (1, 1, 2, 'Try it', 'open', '2026-01-06')",
        ):
            conn.execute(text(sql))
    engine.dispose()
    record = Record.open(url)
    try:
        [row] = record.list_sessions(2, 1)
        assert (row.personal_effectiveness, row.items_total) == (5, 1)
        assert record.get_session(1, 1).mentor_heard is None
        assert record.rate_heard(1, 1, 4).mentor_heard == 4
        with record.engine.begin() as conn, pytest.raises(IntegrityError):
            conn.execute(text("UPDATE sessions SET mentor_heard = 9 WHERE id = 1"))
        with record.engine.connect() as conn:
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'sessions'"
            ).scalar()
        assert "CONSTRAINT ck_sessions_heard CHECK" in sql
    finally:
        record.close()


def test_progression_import_names_the_file_line_after_blank_lines_and_quoted_newlines(
    seeded: Seeded,
) -> None:
    csv_text = (
        "email,kind,date,title\n"  # line 1
        "\n"  # line 2, blank: skipped
        'nobody@example.org,promotion,2026-05-01,"Lead,\nsecond line"\n'  # lines 3-4
        "\n"  # line 5, blank
        f"{seeded.m[1].email},sideways,2026-05-01,\n"  # line 6
    )
    report = import_progressions(seeded.record, seeded.hr, csv_text)
    assert [p.split(":")[0] for p in report.problems] == ["Row 3", "Row 6"]


def test_the_measures_are_the_same_on_postgresql(postgres_url: str) -> None:
    record = Record.open(postgres_url)
    try:
        seeded = seed(record)
        assert _figures(program_measures(record, seeded.hr, today=TODAY)) == ALL_TIME
        report = import_progressions(
            record,
            seeded.hr,
            f"email,kind,date\n{seeded.m[3].email},promotion,2026-11-01\n"
            "nobody@example.org,promotion,2026-11-01\n",
        )
        assert len(report.created) == 1 and len(report.problems) == 1
    finally:
        record.close()
