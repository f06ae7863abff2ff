"""Text that is not UTF-8 is refused with the first bad byte and where it is, in one wording
for the notes the `coach reflect` command reads and the progression CSV HR uploads."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.cli.coach_cmds import _read_notes
from coach.errors import IngestError, InvalidInput
from coach.utf8_text import decode_utf8
from ui.outcomes import read_csv_upload

LATIN1 = "email,kind,date\nren\xe9@example.org,promotion,2026-05-01\n".encode("latin-1")


def test_the_first_bad_byte_and_its_position_are_named() -> None:
    assert decode_utf8("\ufeffcaf\xe9".encode(), "The text is", "fix it") == "caf\xe9"
    with pytest.raises(InvalidInput) as err:
        decode_utf8(b"ab\xffc", "The text is", "save it as UTF-8")
    assert str(err.value) == (
        "The text is not UTF-8 text (byte 0xff at position 2); save it as UTF-8."
    )


def test_the_cli_and_the_upload_say_it_alike(tmp_path: Path) -> None:
    path = tmp_path / "moves.csv"
    path.write_bytes(LATIN1)
    with pytest.raises(InvalidInput) as upload:
        read_csv_upload(str(path))
    with pytest.raises(InvalidInput) as notes:
        _read_notes(str(path))
    where = f"(byte 0xe9 at position {LATIN1.index(0xE9)})"
    assert where in str(upload.value) and where in str(notes.value)
    assert str(upload.value).startswith("The file is not UTF-8 text")
    assert str(notes.value).startswith("The notes are not UTF-8 text")


def test_the_anonymise_command_and_library_uploads_say_it_alike() -> None:
    from coach.chunking import _decode
    from coach.cli.anonymise_cmds import _read_note

    raw = "Met Ren\xe9 today".encode("latin-1")
    where = f"(byte 0xe9 at position {raw.index(0xE9)})"
    with pytest.raises(InvalidInput) as note:
        _read_note(raw)
    with pytest.raises(IngestError) as upload:
        _decode(raw, "notes.md")
    assert str(note.value) == f"The note is not UTF-8 text {where}; save it as UTF-8."
    assert str(upload.value) == (
        f"notes.md: the file is not UTF-8 text {where}; save it as UTF-8 and try again."
    )
