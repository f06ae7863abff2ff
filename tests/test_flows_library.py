"""Curating the library as flows, without Gradio: real Chroma, real record, HR only."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.errors import InvalidInput, NotFound, PermissionDenied
from coach.flows.library import (
    Library,
    UploadInput,
    delete_guidance,
    list_sources,
    reindex,
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
