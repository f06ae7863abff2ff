"""Curating the library as flows, without Gradio: real Chroma, real record, HR only."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.errors import InvalidInput, NotFound, PermissionDenied
from coach.flows.library import (
    Library,
    SearchInput,
    UploadInput,
    delete_guidance,
    list_sources,
    read_passage,
    reindex,
    search_library,
    upload_guidance,
)
from coach.flows.sharing import OfferInput, approve_share, offer_share
from coach.record import SYSTEM
from coach.settings import load_settings
from tests.record_fixtures import World


@pytest.fixture
def lib(world: World, tmp_path: Path) -> Library:
    settings = load_settings(data_dir=tmp_path, knowledge_dir=tmp_path / "knowledge")
    (tmp_path / "knowledge").mkdir()
    (tmp_path / "knowledge" / "listening.md").write_text(
        "## Listening\nLet the junior finish before you answer.\n", encoding="utf-8"
    )
    return Library(world.record, world.index, settings)


def _guide(tmp_path: Path) -> str:
    path = tmp_path / "incoming" / "pay-bands.md"
    path.parent.mkdir(exist_ok=True)
    path.write_text("## Bands\nZephyrine salary bands for next year.\n", encoding="utf-8")
    return str(path)


def test_hr_uploads_lists_and_deletes_guidance(world: World, lib: Library, tmp_path: Path) -> None:
    [added] = upload_guidance(lib, world.hr, UploadInput([_guide(tmp_path)], visibility="hr"))
    assert added.status == "added"
    rows = {r.source: r for r in list_sources(lib, world.hr)}
    assert rows["uploads/pay-bands.md"].visibility == "hr"
    assert rows["uploads/pay-bands.md"].added_by == world.hr.name  # who uploaded, from the record
    said = delete_guidance(lib, world.admin, "uploads/pay-bands.md", "uploads/pay-bands.md")
    assert "stored copy" in said and not (lib.settings.uploads_dir / "pay-bands.md").exists()
    assert "uploads/pay-bands.md" not in {r.source for r in list_sources(lib, world.hr)}
    with pytest.raises(NotFound):
        delete_guidance(lib, world.hr, "uploads/pay-bands.md", "uploads/pay-bands.md")
    with pytest.raises(InvalidInput):
        upload_guidance(lib, world.hr, UploadInput([]))


@pytest.mark.parametrize("role", ["mentor", "mentee", "other"])
def test_only_hr_and_admins_curate(world: World, lib: Library, tmp_path: Path, role: str) -> None:
    who = world.by_role(role)
    with pytest.raises(PermissionDenied, match="Only HR and administrators"):
        upload_guidance(lib, who, UploadInput([_guide(tmp_path)]))
    with pytest.raises(PermissionDenied):
        list_sources(lib, who)
    with pytest.raises(PermissionDenied):
        delete_guidance(lib, who, "knowledge/listening.md", "knowledge/listening.md")
    with pytest.raises(PermissionDenied):
        reindex(lib, who, rebuild=True)
    assert not (lib.settings.uploads_dir / "pay-bands.md").exists()


def test_a_role_change_counts_at_once(world: World, lib: Library) -> None:
    world.record.set_role(world.admin, world.hr.id, "mentor")
    with pytest.raises(PermissionDenied):
        list_sources(lib, world.hr)  # the same PersonView, now a junior mentor


def test_reindex_rebuilds_from_the_library_and_the_callers_record(
    world: World, lib: Library
) -> None:
    item = offer_share(world.record, world.mentee, OfferInput(world.sid, "Short video sells."))
    approve_share(world.record, world.hr, item.id)
    done = reindex(lib, world.hr, rebuild=True)
    assert done.shared_notes == 1 and done.counts.get("added") == 1 and not done.errors
    assert {r.source for r in list_sources(lib, world.hr)} == {
        "knowledge/listening.md",
        f"note:{item.id}",
    }
    assert reindex(lib, SYSTEM, rebuild=False).counts == {"unchanged": 1}  # the operator may


def test_search_shows_hr_guidance_to_hr_only(world: World, lib: Library, tmp_path: Path) -> None:
    """The API's and the Knowledge tab's search: one flow decides who reads HR-only guidance."""
    upload_guidance(lib, world.hr, UploadInput([_guide(tmp_path)], visibility="hr"))
    asked = SearchInput("Zephyrine salary bands", 5)
    assert "uploads/pay-bands.md" in {h.source for h in search_library(lib, world.hr, asked)}
    for reader in (world.mentor, world.mentee):
        assert "uploads/pay-bands.md" not in {h.source for h in search_library(lib, reader, asked)}
    world.record.set_active(world.admin, world.hr.id, False)
    with pytest.raises(PermissionDenied):
        search_library(lib, world.hr, asked)


def test_the_upload_limit_and_one_name_per_file_hold_for_every_caller(
    world: World, tmp_path: Path
) -> None:
    """The page's limit is Gradio's; the API and the command line reach the flow directly."""
    settings = load_settings(
        data_dir=tmp_path, knowledge_dir=tmp_path / "knowledge", max_upload_mb=1
    )
    lib = Library(world.record, world.index, settings)
    big = tmp_path / "incoming" / "handbook.md"
    big.parent.mkdir()
    big.write_text("## Long\n" + "Listen first. " * 90_000, encoding="utf-8")  # ~1.2 MB
    other = tmp_path / "other" / "pay-bands.md"
    other.parent.mkdir()
    other.write_text("## Other\nA different file with the same name.\n", encoding="utf-8")
    out = upload_guidance(lib, world.hr, UploadInput([str(big), _guide(tmp_path), str(other)]))
    by = {(r.source, r.status): r.message for r in out}
    assert "over the upload limit of 1 MB" in by[("uploads/handbook.md", "error")]
    assert ("uploads/pay-bands.md", "added") in by
    assert "same name" in by[("uploads/pay-bands.md", "error")]
    assert not (settings.uploads_dir / "handbook.md").exists()
    kept = (settings.uploads_dir / "pay-bands.md").read_text(encoding="utf-8")
    assert "Zephyrine" in kept, "the first of the two is kept, not overwritten"


def test_the_operator_uploads_under_the_shell_account(
    world: World, lib: Library, tmp_path: Path
) -> None:
    [added] = upload_guidance(lib, SYSTEM, UploadInput([_guide(tmp_path)], by="ops (command line)"))
    assert added.status == "added"
    rows = {r.source: r for r in list_sources(lib, world.hr)}
    assert rows["uploads/pay-bands.md"].added_by == "ops (command line)"


def test_a_passage_is_read_only_by_whom_may_retrieve_it(
    world: World, lib: Library, tmp_path: Path
) -> None:
    """A cited passage opened from Prepare or Knowledge: an id alone never opens HR guidance."""
    upload_guidance(lib, world.hr, UploadInput([_guide(tmp_path)], visibility="hr"))
    [hit] = search_library(lib, world.hr, SearchInput("Zephyrine salary bands", 1))
    opened = read_passage(lib, world.hr, hit.id)
    assert opened is not None and "Zephyrine" in opened.text
    assert read_passage(lib, world.mentor, hit.id) is None
    assert read_passage(lib, world.hr, "no-such-passage") is None
