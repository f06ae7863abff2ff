"""HR's outcome section on the demo program: a pair opened shows dates, ratings and item
progress but no text the pair wrote (a canary note proves it, through the flow, the page's
handler, the API function and every file the section offers); other roles are refused."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import gradio as gr
import pytest
from pypdf import PdfReader

from coach.flows.outcomes import program_measures
from coach.flows.pair_outcomes import open_pair
from coach.index import Index
from coach.record import SYSTEM
from coach.settings import load_settings
from ui import build_app
from ui.deps import Deps, build_deps, seed_demo_if_empty

HR, MENTOR, MENTEE = (
    "hr@demo.turntable.example",
    "mentor@demo.turntable.example",
    "mentee@demo.turntable.example",
)
CANARY = "plumbagoquixotry"


@pytest.fixture(scope="module")
def app(
    tmp_path_factory: pytest.TempPathFactory, library_index: Index
) -> Iterator[tuple[Deps, gr.Blocks, int]]:
    """The demo, with the canary in every private field of Maya and Leo's first session."""
    path: Path = tmp_path_factory.mktemp("ui-outcomes")
    deps = build_deps(load_settings(data_dir=path), index=library_index)
    seed_demo_if_empty(deps)
    r = deps.record
    mentor, mentee = r.find_person(SYSTEM, MENTOR), r.find_person(SYSTEM, MENTEE)
    pid = r.my_pairs(mentee)[0].id
    sid = r.list_sessions(mentee, pid)[0].id
    r.save_notes(mentee, sid, f"My private words: {CANARY}.")
    r.save_notes(mentor, sid, f"Junior's private words: {CANARY}.")
    r.save_plan(mentor, sid, {"agenda": [f"{CANARY} agenda"]})
    r.save_reflection(mentee, sid, {"takeaways": [f"{CANARY} takeaway"]}, [])
    r.add_action_item(mentee, sid, f"Ask about {CANARY}", owner="mentee", due_on="2026-01-02")
    r.share_with_pair(mentee, sid, True)
    r.share_with_pair(mentor, sid, True)
    yield deps, build_app(deps), pid
    deps.record.close()


def fn(demo: gr.Blocks, module: str, name: str) -> object:
    for d in demo.fns.values():
        if getattr(d.fn, "__module__", "") == module and d.fn.__name__ == name:
            return d.fn
    raise LookupError(name)


def test_a_pair_opened_shows_ratings_and_progress_never_note_text(
    app: tuple[Deps, gr.Blocks, int],
) -> None:
    deps, demo, pid = app
    hr = deps.record.find_person(SYSTEM, HR)
    opened = open_pair(deps.record, hr, pid)
    as_json = json.dumps(opened.to_dict())
    first = opened.to_dict()["sessions"][0]
    assert (first["personal"], first["business"], first["heard"]) == (5, 4, 5)
    assert first["items_total"] == 3 and first["items_overdue"] >= 1
    page = fn(demo, "ui.outcomes", "on_open_pair")(pid, gr.Request(username=HR))  # type: ignore[operator]
    assert "5/5" in page and "Maya Okafor" in page
    api = fn(demo, "ui.api", "program_pair")(pid, gr.Request(username=HR))  # type: ignore[operator]
    assert api["sessions"][0]["personal"] == 5
    demo_notes = ("nephew", "three short videos", "Watch our brand", "Warm-up on")
    for shown in (as_json, page, json.dumps(api)):
        assert CANARY not in shown
        assert not [n for n in demo_notes if n in shown], "no demo note text either"


def test_nothing_the_section_offers_carries_note_text(app: tuple[Deps, gr.Blocks, int]) -> None:
    deps, demo, _ = app
    handler = fn(demo, "ui.program", "on_refresh")
    filled = handler("all", gr.Request(username=HR))  # type: ignore[operator]
    texts = [v for v in filled.values() if isinstance(v, str)]
    files = [Path(v) for v in texts if v.startswith("/") and Path(v).is_file()]
    assert {f.suffix for f in files} >= {".md", ".pdf", ".csv"}
    for f in files:
        data = f.read_bytes()
        if f.suffix == ".pdf":
            data = PdfReader(io.BytesIO(data)).pages[0].extract_text().encode()
        assert CANARY.encode() not in data, f.name
    assert all(CANARY not in t for t in texts)
    measures = next(t for t in texts if "The Hartford" in t and "| Measure |" in t)
    assert "97%" in measures and "11 of the 12" in measures


def test_the_demo_program_shows_real_outcomes(app: tuple[Deps, gr.Blocks, int]) -> None:
    deps, _, _ = app
    m = program_measures(deps.record, deps.record.find_person(SYSTEM, HR))
    got = {x.key: (x.count, x.of) for x in m.measures}
    assert got["mentors_progressed"] == (2, 7), "two pilot mentors moved up within a year"
    assert got["personal_effective"][1] == 7 and got["mentors_heard"][1] == 7
    assert got["sessions_held"][0] < got["sessions_held"][1], "one session was called off"
    assert 0 < got["action_items"][0] < got["action_items"][1]
    assert len(m.topics) >= 6


@pytest.mark.parametrize("email", [MENTOR, MENTEE])
def test_juniors_and_seniors_are_refused_on_the_page_and_the_api(
    app: tuple[Deps, gr.Blocks, int], email: str
) -> None:
    _, demo, pid = app
    for module, name in (("ui.outcomes", "on_open_pair"), ("ui.api", "program_pair")):
        with pytest.raises(gr.Error, match="only for HR"):
            fn(demo, module, name)(pid, gr.Request(username=email))  # type: ignore[operator]
    record = fn(demo, "ui.outcomes", "on_record")
    with pytest.raises(gr.Error, match="only for HR"):
        record(1, "promotion", "2026-05-01", "", gr.Request(username=email))  # type: ignore[operator]


def test_the_junior_rates_how_heard_they_felt_from_our_cycle(
    app: tuple[Deps, gr.Blocks, int],
) -> None:
    deps, demo, pid = app
    on_heard = fn(demo, "ui.pair", "on_heard")
    mentee = deps.record.find_person(SYSTEM, MENTEE)
    sid = deps.record.list_sessions(mentee, pid)[1].id
    said = on_heard(sid, 3, gr.Request(username=MENTOR))  # type: ignore[operator]
    assert "3/5" in said
    hr = deps.record.find_person(SYSTEM, HR)
    assert open_pair(deps.record, hr, pid).sessions[1].heard == 3
    with pytest.raises(gr.Error, match="mentor"):
        on_heard(sid, 5, gr.Request(username=MENTEE))  # type: ignore[operator]
    on_heard(sid, 4, gr.Request(username=MENTOR))  # type: ignore[operator]  # as seeded


def _csv(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_hr_uploads_a_progression_csv_and_hears_each_refused_row(
    app: tuple[Deps, gr.Blocks, int], tmp_path: Path
) -> None:
    """The same import as `coach progression import`; dates before the first cycle keep the
    seeded measures as they are."""
    deps, demo, _ = app
    upload = fn(demo, "ui.outcomes", "on_import")
    text = (
        "email,kind,date,title\n"
        f"{MENTOR},promotion,2001-01-01,Team lead\n"
        "nobody@example.com,promotion,2001-01-01,\n"
        f"{MENTOR},sideways,2001-01-02,\n"
    )
    said = upload(_csv(tmp_path, "p.csv", text.encode()), gr.Request(username=HR))  # type: ignore[operator]
    assert "Recorded 1" in said
    assert "Row 3" in said and "Row 4" in said and "2 rows refused" in said
    hr = deps.record.find_person(SYSTEM, HR)
    assert any(g.title == "Team lead" for g in deps.record.list_progressions(hr))


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        ("email,kind,date\nzoë@x.example,promotion,2001-01-01\n".encode("latin-1"), "UTF-8"),
        (b"email,kind,date\n" + b"a@b.example,promotion,2001-01-01\n" * 40_000, "too large"),
        (b"name,when\nx,y\n", "no email"),
    ],
)
def test_a_bad_progression_file_gets_a_plain_message(
    app: tuple[Deps, gr.Blocks, int], tmp_path: Path, data: bytes, said: str
) -> None:
    _, demo, _ = app
    upload = fn(demo, "ui.outcomes", "on_import")
    with pytest.raises(gr.Error, match=said):
        upload(_csv(tmp_path, "p.csv", data), gr.Request(username=HR))  # type: ignore[operator]
    with pytest.raises(gr.Error, match="Choose"):
        upload(None, gr.Request(username=HR))  # type: ignore[operator]


@pytest.mark.parametrize("email", [MENTOR, MENTEE])
def test_only_hr_may_upload_progressions(
    app: tuple[Deps, gr.Blocks, int], tmp_path: Path, email: str
) -> None:
    _, demo, _ = app
    path = _csv(tmp_path, "p.csv", f"email,kind,date\n{MENTOR},promotion,2001-01-01\n".encode())
    with pytest.raises(gr.Error, match="only for HR"):
        fn(demo, "ui.outcomes", "on_import")(path, gr.Request(username=email))  # type: ignore[operator]
