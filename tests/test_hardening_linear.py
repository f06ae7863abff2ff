"""Notes as large as the app accepts are read in time linear in their length.

Each case is a shape people paste (runs of blank lines, lists of names with titles or initials,
lines padded with spaces) that made a pattern retry a long run from each of its characters.
"""

from __future__ import annotations

from collections import Counter

from coach.engine.action_common import _due, names_in
from coach.engine.action_named import named_row, side_heading
from coach.engine.action_rows import as_action_lines
from coach.engine.actions import extract_actions
from coach.engine.coach import MAX_NOTES_CHARS
from coach.engine.text import _speaker_line, split_sentences
from tests.budget import cpu_budget


def _fill(piece: str, size: int = MAX_NOTES_CHARS) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def _read(notes: str) -> None:
    """What the offline coach does with the notes' lines and sentences."""
    as_action_lines(notes)
    extract_actions(notes, split_sentences(notes))


def test_a_note_of_blank_lines_is_read_quickly() -> None:
    """The owner's initials at a line start were looked for across every blank line below."""
    head, tail = "Met Maria today.\n", "I will write the brief by Friday."
    for gap in ("\n", "\r\n", " \n", "\t\n"):
        notes = head + _fill(gap, MAX_NOTES_CHARS - 60) + tail
        with cpu_budget(2):  # was about 200 s with "\n"
            _read(notes)
    notes = "Met Maria today.\n\n\n   \n- CB: write the brief\n\n; AL - send the deck"
    assert names_in(notes)["CB"] == 1 and names_in(notes)["AL"] == 1


def test_runs_of_titles_and_initials_are_split_quickly() -> None:
    """A piece that ends in "Dr." or an initial grows until a sentence ends; its end alone is
    looked at for the abbreviation."""
    for piece in ("Dr. Maria Lopez ", "Dr. ", "Mr. Budi ", "Maria L. ", "K. R. ", "J.R. "):
        notes = _fill(piece)
        with cpu_budget(2):  # was minutes with "Dr. Maria Lopez "
            split_sentences(notes)
    said = "I met Dr. Maria Lopez today. She said K. R. Srinivasan knows e.g. the J.R.R. book."
    assert [s.text for s in split_sentences(said)] == [
        "I met Dr. Maria Lopez today.",
        "She said K. R. Srinivasan knows e.g. the J.R.R. book.",
    ]
    more = "We spoke approx. ten minutes. Then I left. It was ok."
    assert len(split_sentences(more)) == 3


def test_runs_of_names_are_read_quickly() -> None:
    """A name followed by more names, as in an attendee list pasted many times."""
    for piece in ("Maria ", "Pak Budi ", "Maria Lopez ", "Ibu Sari "):
        notes = _fill(piece)
        with cpu_budget(2):  # was about 3 s, and more at the size limit
            _read(notes)
    notes = "Present: Ada Lovell (AL), Ben Okafor (BO).\nAL to send the deck."
    found = names_in(notes)
    assert found["AL"] == 3 + 1 and found["BO"] == 3


def test_an_action_line_padded_with_spaces_is_read_quickly() -> None:
    """ "- Maria to send the deck" and its due far apart on one line (a table, a PDF copy)."""
    for pad in (" ", "\t", " \t"):
        for notes in (
            "- Maria to send the deck" + _fill(pad, MAX_NOTES_CHARS - 40) + "by Friday",
            "- send the deck, due:" + _fill(pad, MAX_NOTES_CHARS - 40) + "Friday",
            "- send the deck (" + _fill(pad, MAX_NOTES_CHARS - 40) + "me, Friday)",
            "- Deck: Send the deck" + _fill(pad, MAX_NOTES_CHARS - 60) + "(Ada Lovell) x",
        ):
            with cpu_budget(2):  # was 27 s
                _read(notes)
    notes = "- Maria to send the deck   by Friday\n- Ben to call Sam , by Monday -"
    assert [(a.owner, a.action, a.due) for a in extract_actions(notes, split_sentences(notes))] == [
        ("Maria", "Send the deck", "Friday"),
        ("Ben", "Call Sam", "Monday"),
    ]
    assert _due("send the deck   , ok ( ) by Friday") == ("Friday", "send the deck, ok")


def test_a_name_padded_with_spaces_is_read_quickly() -> None:
    """A speaker's name and what follows it far apart: a name heading, a meeting-tool line."""
    for notes in (
        "Maria" + " " * (MAX_NOTES_CHARS - 20) + "0:21",
        "Maria" + " " * (MAX_NOTES_CHARS - 20) + "Lopez said hi",
        "Maria:" + " " * (MAX_NOTES_CHARS - 30) + "I will send the deck",
        "Dr." + " " * (MAX_NOTES_CHARS - 30) + "Maria Lopez said hi",
        "- Action:" + " " * (MAX_NOTES_CHARS - 20) + "send the deck",
    ):
        with cpu_budget(2):  # was minutes: three runs of spaces in a row were tried each way
            _read(notes)
    assert _speaker_line("Ada Lovell  9:05 AM") == "Ada Lovell"
    assert _speaker_line("Ada Lovell, 26/11 14:05") == "Ada Lovell"
    assert _speaker_line("Ada Lovell |  0:21 :  ") == "Ada Lovell"
    assert _speaker_line("[Ada Lovell] 14:02:11  :") == "Ada Lovell"
    assert _speaker_line("Ada Lovell 0:21 said") is None
    capitals = Counter({"Ada": 2})
    assert side_heading("**Ada Lovell** :  ", capitals) == "Ada Lovell"
    assert side_heading("Ada:", capitals) == "Ada"
    assert side_heading("Ada Lovell said", capitals) is None
    assert named_row("- Deck: Send the deck.   (Ada Lovell)") == (
        "- Action (Ada Lovell): Send the deck"
    )
    assert named_row("- Deck: A (Ada Lovell)") == "- Action (Ada Lovell): A"


def test_the_anonymiser_reads_long_lists_of_names_and_initials_quickly() -> None:
    """A list of names ("Maria, Maria and ...") was read again from each name in it, and a
    run of initials ("K. R. K. R. ...") was copied again for each initial dropped from it."""
    from coach.anonymise import MAX_CHARS, anonymise

    for piece in ("Maria, ", "Maria and ", "K. R. ", "J.R. "):
        notes = _fill(piece, MAX_CHARS)
        with cpu_budget(15):  # was minutes; an ordinary note this long takes about 3 s
            anonymise(notes)
    shared = anonymise("Met Sari, Budi dan Dewi today. K. R. Srinivasan sent the deck.").text
    assert "Sari" not in shared and "Budi" not in shared and "Dewi" not in shared
    assert "Srinivasan" not in shared and "sent the deck" in shared


def test_a_card_padded_with_spaces_is_read_quickly() -> None:
    """A task with its owner and due below it, each line padded far apart (a board pasted
    from a PDF); and a quick-added task whose labels come after a long run of spaces."""
    for pad in (" ", "\t"):
        gap = _fill(pad, MAX_NOTES_CHARS // 3)
        for notes in (
            "Send the deck" + gap + "x\n  Members: Ada Lovell" + gap + "x\n  Due: Friday",
            "Send the deck\n  Members: Ada Lovell\n  Due: Friday" + gap + "x",
            "Send the deck\n  Members: Ada Lovell  Due date: Fri" + gap + "x",
            "- send the list" + gap + "fri #mentoring @waiting" + gap,
        ):
            with cpu_budget(2):
                _read(notes)
    for notes in ("Send the deck to HR\n  Members: Ada Lovell\n  Due: Friday   ", pad + "x"):
        text = as_action_lines(notes).text
        found = [(a.owner, a.due) for a in extract_actions(text, split_sentences(text))]
        assert found == ([("Ada Lovell", "Friday")] if "Ada" in notes else [])
    tagged = as_action_lines("- send the list fri #mentoring @waiting").text
    assert tagged.strip() == as_action_lines("- send the list fri").text.strip()
    mention = as_action_lines("- send the list with @ana").text
    assert mention.strip() != as_action_lines("- send the list").text.strip()
