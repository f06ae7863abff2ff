"""What HR sees while curating: a delete that asks first, readable source names, a library
count that follows every change, a topic and visibility changed after upload, a review card
that counts what was removed in words and keeps the note's lines, role names as written, and
the Hartford comparison explained.

The registered handlers are called in-process as a signed-in person (as `test_ui_security`
does): what a handler returns is exactly what the browser renders.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import gradio as gr
import pytest
from markdown_it import MarkdownIt

from coach.index import open_index
from coach.record import SYSTEM
from coach.settings import load_settings
from tests.test_ui_security import handler, run, shown_in
from ui import build_app, status_line
from ui.deps import Deps, build_deps, seed_demo_if_empty

HR, MENTOR = "hr@demo.turntable.example", "mentor@demo.turntable.example"
FORM = ["Guidance files", "Kind", "Topic", "Visible to"]
EDIT = ["Uploaded document to change", "Topic", "Visible to"]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator[tuple[Deps, gr.Blocks]]:  # noqa: ANN001
    path: Path = tmp_path_factory.mktemp("ui-curation")
    settings = load_settings(data_dir=path / "data")
    deps = build_deps(settings, index=open_index(settings, embedder))
    seed_demo_if_empty(deps)
    yield deps, build_app(deps)
    deps.record.close()


def _fn(demo: gr.Blocks, name: str) -> object:
    return next(d.fn for d in demo.fns.values() if getattr(d.fn, "__name__", "") == name)


def _upload(demo: gr.Blocks, folder: Path, name: str, text: str) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return run(handler(demo, FORM), HR, [str(folder / name)], "guidance", "any", "everyone")  # type: ignore[return-value]


def _components(demo: gr.Blocks, kind: type) -> list:
    return [b for b in demo.blocks.values() if isinstance(b, kind)]


def test_a_delete_asks_first_and_the_count_follows(
    app: tuple[Deps, gr.Blocks], tmp_path: Path
) -> None:
    deps, demo = app
    before = deps.index.count()
    added = _upload(demo, tmp_path, "buddies.md", "# Buddy scheme\n\nQuillbright buddies.\n")
    assert shown_in(added, "upload-results")[0][1] == "added"
    assert shown_in(added, "status") == status_line(deps)
    assert f"Library: {deps.index.count()} passages." in status_line(deps)
    assert deps.index.count() > before
    asked = run(handler(demo, ["Source to delete"]), HR, "uploads/buddies.md")
    question = shown_in(asked, "lib-confirm-text")
    assert "Buddy scheme" in question and "cannot be undone" in question
    assert (deps.settings.uploads_dir / "buddies.md").exists()  # asking deletes nothing
    confirm = handler(demo, ["Source to delete", None])
    with pytest.raises(gr.Error, match="[Cc]onfirm"):
        run(confirm, HR, "uploads/buddies.md", "")  # a raw call that skipped the question
    done = run(confirm, HR, "uploads/buddies.md", "uploads/buddies.md")
    assert "Deleted" in shown_in(done, "lib-upkeep")
    assert not (deps.settings.uploads_dir / "buddies.md").exists()
    assert shown_in(done, "status") == status_line(deps) and deps.index.count() == before


def test_sources_are_listed_by_title_and_origin_not_id(app: tuple[Deps, gr.Blocks]) -> None:
    deps, demo = app
    deps.index.add_text("note:77", "Short video sells more than our website.", title="Video")
    try:
        answer = run(_fn(demo, "load_sources"), HR)
    finally:
        deps.index.remove_source("note:77")
    table = shown_in(answer, "lib-sources-table")
    row = next(r for r in table if r[0] == "Video")
    assert "note:" not in row[1] and "shared note" in row[1]
    picker = next(v for c, v in answer.items() if getattr(c, "label", "") == "Source to delete")
    labels = [label for label, _ in picker.constructor_args["choices"]]
    assert all("note:" not in label for label in labels) and any("Video" in x for x in labels)


def test_hr_changes_topic_and_visibility_after_upload(
    app: tuple[Deps, gr.Blocks], tmp_path: Path
) -> None:
    deps, demo = app
    _upload(demo, tmp_path, "round-ups.md", "## Apps\nQuillfern round-up savings apps.\n")
    shown = run(_fn(demo, "pick_edit"), HR, "uploads/round-ups.md")
    assert sorted(shown.values()) == ["everyone", "general"]  # the form starts from today's
    said = run(handler(demo, EDIT), HR, "uploads/round-ups.md", "money", "hr")
    assert "HR only" in shown_in(said, "lib-upkeep")
    search = next(d.fn for d in demo.fns.values() if d.api_name == "search")
    assert not run(search, MENTOR, "Quillfern round-up", "any")  # HR only now
    with pytest.raises(gr.Error):
        run(handler(demo, EDIT), MENTOR, "uploads/round-ups.md", "money", "everyone")
    api = next(d.fn for d in demo.fns.values() if d.api_name == "edit_source")
    with pytest.raises(gr.Error):
        run(api, MENTOR, "uploads/round-ups.md", "", "everyone")
    assert "everyone" in run(api, HR, "uploads/round-ups.md", "", "everyone")  # type: ignore[operator]
    [hit] = run(search, MENTOR, "Quillfern round-up", "money")  # type: ignore[misc]
    assert hit["topic"] == "money"


def test_a_duplicate_upload_is_named_and_not_indexed(
    app: tuple[Deps, gr.Blocks], tmp_path: Path
) -> None:
    deps, demo = app
    _upload(demo, tmp_path / "a", "tenure.md", "# Tenure\n\nQuillgrove tenure matters.\n")
    count = deps.index.count()
    again = _upload(demo, tmp_path / "b", "tenure-copy.txt", "Tenure\nquillgrove TENURE matters")
    [row] = shown_in(again, "upload-results")
    assert row[1] == "duplicate" and "Tenure" in row[3] and "not added again" in row[3]
    assert deps.index.count() == count


def test_a_review_card_counts_in_words_and_keeps_lines(app: tuple[Deps, gr.Blocks]) -> None:
    deps, demo = app
    mentee = deps.record.find_person(SYSTEM, "mentee@demo.turntable.example")
    pid = deps.record.my_pairs(mentee)[0].id
    sid = deps.record.list_sessions(mentee, pid)[0].id
    notes = (
        "Maya Okafor showed me how Tomas Reyes shops.\n"
        "Short video first, the website last.\n"
        "Next: watch five clips"
    )
    share = deps.record.submit_share(mentee, sid, notes, title="Video first")
    card = run(handler(demo, ["Notes waiting for review"]), HR, share.id)
    assert "2 names" in card and "person" not in card
    html = MarkdownIt("commonmark").render(card)
    assert "website last.<br />" in html  # the last two lines stay apart
    assert "<img" not in html
    approved = run(_fn(demo, "do_approve"), HR, share.id)
    assert shown_in(approved, "status") == status_line(deps)  # the count includes the note


def test_role_names_are_written_as_people_say_them(app: tuple[Deps, gr.Blocks]) -> None:
    _, demo = app
    roles = [d for d in _components(demo, gr.Dropdown) if d.label in ("Role", "New role")]
    labels = {label for d in roles for label, _ in d.choices}
    assert "HR" in labels and "Hr" not in labels
    assert {"Junior mentor", "Senior mentee", "Administrator"} <= labels


def test_the_hartford_comparison_is_explained(app: tuple[Deps, gr.Blocks]) -> None:
    _, demo = app
    said = " ".join(str(m.value) for m in _components(demo, gr.Markdown) if m.value)
    start = said.index("The Hartford")
    around = said[max(0, start - 300) : start + 400]
    assert "insurer" in around and "50 pairs" in around
