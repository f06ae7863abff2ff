"""Reflect (senior mentee): private notes saved as you type, a summary, action items, a rating,
and the one path into the shared library: anonymise, show, edit, submit for HR review."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import gradio as gr

from coach.engine import Reflection
from coach.errors import InvalidInput
from coach.flows import sharing
from coach.flows.cycle import add_session
from coach.flows.items import TickInput, tick_items
from coach.flows.notes import NotesInput, NotesTooLong, save_notes
from coach.flows.rating import RatingInput, rate_session
from coach.flows.reflect import save_for_summary, summarise_saved
from coach.flows.sharing import OfferInput
from coach.record import PersonView, SessionView
from coach.record.core import MAX_NOTE_CHARS
from coach.sanitise import reflection_to_markdown
from ui.common import View, caller, guard, int_or_none, plain, safe, short_date, short_topic
from ui.deps import Deps

ROLES = ("mentee",)
RATINGS = [("1", 1), ("2", 2), ("3", 3), ("4", 4), ("5", 5)]
NO_SESSION = "*Choose a session, or start a new one, to write notes.*"
NO_SESSION_BOX = "Choose a session, or start a new one, to write notes."
WRITE_HERE = "Write or paste your notes here. They are saved as you go."
NOTES_JS = (Path(__file__).parent / "notes.js").read_text(encoding="utf-8")


def draft_key(email: str, session_id: int) -> str:
    """Names the browser's unsaved copy of one person's notes for one session; it tells
    people and sessions apart, it is no secret (the browser holds the text anyway)."""
    return f"{hashlib.sha256(email.encode()).hexdigest()[:16]}:{session_id}"


def sync_message(
    kind: str,
    msg: str,
    *,
    key: str | None = None,
    sid: int | None = None,
    rev: int = 0,
    ok: bool = True,
) -> str:
    """What the page's notes script is told: a session opened, or a save answered. A fresh
    nonce makes every answer a change, so the script hears each one."""
    return json.dumps(
        {
            "kind": kind,
            "msg": msg,
            "key": key,
            "sid": sid,
            "rev": rev,
            "ok": ok,
            "n": datetime.now(UTC).timestamp(),
        }
    )


def too_long(n: int) -> str:
    return (
        f"**Not saved**: your notes are {n:,} characters long, over the limit of "
        f"{MAX_NOTE_CHARS:,}. Shorten them (or split them across sessions); until they "
        "are saved they are kept in this browser."
    )


def _sessions(deps: Deps, me: PersonView, pair_id: int | None) -> list:
    if pair_id is None:
        return []
    return [
        (f"Session {s.number}: {short_topic(s.topic)} ({short_date(s.held_on)})", s.id)
        for s in reversed(deps.record.list_sessions(me, pair_id))
    ]


def _pairs(deps: Deps, me: PersonView) -> list:
    return [
        (
            f"With {p.mentor_name or 'a former member'} ({p.cycle_name})"
            + ("" if p.status == "active" else ", ended"),
            p.id,
        )
        for p in deps.record.my_pairs(me)
    ]


def _reflection_md(doc: dict | None) -> str:
    if not doc:
        return ""
    try:
        return reflection_to_markdown(Reflection.model_validate(doc))
    except ValueError:
        takeaways = [
            t.get("text", "") if isinstance(t, dict) else str(t)
            for t in doc.get("takeaways", []) or []
        ]
        return "## Reflection\n\n" + "\n".join(f"- {safe(t)}" for t in takeaways if t)


def _items(s: SessionView, me: int | None = None) -> Any:
    """The summary's items that are the reader's own to tick (the partner's are theirs, on
    Our cycle): the same records as the pair's list."""
    own = [i for i in s.action_items if me is None or i.owner_id == me]
    choices = []
    for i in own:
        due = f" (by {short_date(i.due_on)})" if i.due_on else ""
        choices.append((f"{i.text}{due}", i.id))
    return gr.CheckboxGroup(
        choices=choices, value=[i.id for i in own if i.done], visible=bool(choices)
    )


@dataclass
class Parts:
    """The Reflect view's components: built by `layout`, wired by `Reflect.wire`."""

    tab: gr.Tab
    pair: gr.Dropdown
    session: gr.Dropdown
    new_when: gr.Textbox
    new_topic: gr.Textbox
    new: gr.Button
    personal: gr.Radio
    business: gr.Radio
    rate: gr.Button
    notes: gr.Textbox
    saved: gr.Markdown
    sync: gr.Textbox
    save_now: gr.Button
    say: gr.Button
    summarise: gr.Button
    reflection: gr.Markdown
    items: gr.CheckboxGroup
    preview: gr.Button
    removed: gr.HighlightedText
    share_text: gr.Textbox
    share_title: gr.Textbox
    submit: gr.Button
    share_status: gr.Markdown
    offered: gr.Dropdown
    withdraw: gr.Button

    @property
    def shown(self) -> list[Any]:
        """What opening a session fills in."""
        return [
            self.notes,
            self.saved,
            self.reflection,
            self.items,
            self.personal,
            self.business,
            self.removed,
            self.share_text,
            self.share_status,
            self.sync,
        ]


def layout() -> Parts:
    with gr.Tab("Reflect", id="reflect", visible=False) as tab:
        gr.Markdown(
            "Your notes are private and saved as you type. **Summarise** turns them "
            "into takeaways, challenged assumptions, action items and topics for next "
            "time.",
            elem_classes=["lead"],
        )
        with gr.Row(equal_height=False):
            side = _side_column()
            main = _notes_column()
    return Parts(tab=tab, **side, **main)


def _side_column() -> dict[str, Any]:
    with gr.Column(scale=2, min_width=240, elem_classes=["panel"], elem_id="reflect-side"):
        pair = gr.Dropdown(label="Pair", choices=[], interactive=True)
        session = gr.Dropdown(label="Session", choices=[], interactive=True)
        with gr.Accordion("Start a new session", open=False, elem_id="reflect-new-box"):
            new_when = gr.Textbox(
                label="Date", placeholder="2026-12-10", elem_id="reflect-new-date"
            )
            new_topic = gr.Textbox(label="Topic", elem_id="reflect-new-topic")
            new = gr.Button("Add this session", size="sm", elem_id="reflect-new")
        gr.Markdown("**Rate this session**", elem_classes=["subhead"])
        personal = gr.Radio(
            RATINGS,
            label="For your personal development",
            info="1 not effective, 5 extremely effective",
            elem_id="rate-personal",
        )
        business = gr.Radio(RATINGS, label="For the business", elem_id="rate-business")
        rate = gr.Button("Save rating", size="sm", elem_id="rate-save")
    return {
        "pair": pair,
        "session": session,
        "new_when": new_when,
        "new_topic": new_topic,
        "new": new,
        "personal": personal,
        "business": business,
        "rate": rate,
    }


def _notes_column() -> dict[str, Any]:
    with gr.Column(scale=5, min_width=380):
        notes = gr.Textbox(
            label="Your notes (private)",
            lines=12,
            max_lines=30,
            interactive=False,
            elem_id="notes",
            placeholder=NO_SESSION_BOX,
        )
        saved = gr.Markdown(NO_SESSION, elem_id="notes-saved", elem_classes=["hint"])
        sync = gr.Textbox(visible="hidden", elem_id="notes-sync")
        save_now = gr.Button("Save notes", visible="hidden", elem_id="notes-save-now")
        say = gr.Button("Show the saving state", visible="hidden", elem_id="notes-say")
        summarise = gr.Button("Summarise", variant="primary", elem_id="summarise")
        reflection = gr.Markdown(elem_id="reflection", elem_classes=["plan", "panel"])
        items = gr.CheckboxGroup(
            label="Action items: tick them off when done",
            choices=[],
            visible=False,
            elem_id="items",
        )
        share = _share_box()
    return {
        "notes": notes,
        "saved": saved,
        "sync": sync,
        "save_now": save_now,
        "say": say,
        "summarise": summarise,
        "reflection": reflection,
        "items": items,
        **share,
    }


def _share_box() -> dict[str, Any]:
    with gr.Accordion("Offer a lesson to the shared library", open=False, elem_id="share-box"):
        gr.Markdown(
            "Names, emails, phone numbers, IDs, addresses, handles and personal links "
            "are removed. You see exactly what goes, you can edit it, and HR approves "
            "it before anyone else can read it."
        )
        shown = _share_preview()
        submit = gr.Button("Send to HR for review", variant="primary", elem_id="share-submit")
        share_status = gr.Markdown(elem_id="share-status")
        with gr.Row():
            offered = gr.Dropdown(
                label="Your shared notes",
                choices=[],
                scale=3,
                interactive=True,
                elem_id="share-mine",
            )
            withdraw = gr.Button("Withdraw", variant="stop", scale=1, elem_id="share-withdraw")
    return {
        **shown,
        "submit": submit,
        "share_status": share_status,
        "offered": offered,
        "withdraw": withdraw,
    }


def _share_preview() -> dict[str, Any]:
    """What would be shared: the notes with what is removed marked, then the editable text."""
    preview = gr.Button("Show what would be shared", elem_id="share-preview")
    removed = gr.HighlightedText(
        label="Your notes, with what will be removed",
        combine_adjacent=True,
        show_legend=False,
        show_inline_category=True,
        elem_id="share-hl",
    )
    share_text = gr.Textbox(label="Text to share (edit if you like)", lines=6, elem_id="share-text")
    share_title = gr.Textbox(
        label="Title (optional)",
        elem_id="share-title",
        placeholder="e.g. What short video taught me",
    )
    return {
        "preview": preview,
        "removed": removed,
        "share_text": share_text,
        "share_title": share_title,
    }


def _chosen(value: Any, message: str, title: str = "No session") -> int:
    """A dropdown's id, or a plain refusal saying what to choose."""
    found = int_or_none(value)
    if found is None:
        raise gr.Error(message, title=title)
    return found


def _rev(sent: str) -> int:
    """The revision the page's notes script numbered this save with."""
    try:
        return int(json.loads(sent or "{}").get("rev", 0))
    except (ValueError, TypeError, AttributeError):
        return 0


class Reflect:
    """The Reflect view's events: each reads the caller, runs one flow, returns what changed."""

    def __init__(self, deps: Deps, p: Parts) -> None:
        self.deps, self.p = deps, p

    def _me(self, request: gr.Request) -> PersonView:
        return caller(self.deps, request, ROLES)

    def _blank(self) -> dict[Any, Any]:
        p = self.p
        return {
            p.notes: gr.Textbox(value="", interactive=False, placeholder=NO_SESSION_BOX),
            p.saved: NO_SESSION,
            p.reflection: "",
            p.items: gr.CheckboxGroup(choices=[], visible=False),
            p.personal: None,
            p.business: None,
            p.removed: None,
            p.share_text: "",
            p.share_status: "",
            p.sync: sync_message("load", NO_SESSION),
        }

    def _opened(self, me: PersonView, sid: int | None, said: str = "") -> dict[Any, Any]:
        """Everything shown for one session (or for none), share box cleared."""
        if sid is None:
            return self._blank()
        p, s = self.p, self.deps.record.get_session(me, sid)
        when = s.updated_at.strftime("%d %b %Y %H:%M UTC") if s.updated_at else "never"
        said = said or f"Session {s.number}, last saved {when}. Only you can see these notes."
        return {
            **self._blank(),
            p.saved: said,
            p.reflection: _reflection_md(s.reflection),
            p.notes: gr.Textbox(value=s.my_notes or "", interactive=True, placeholder=WRITE_HERE),
            p.items: _items(s, me.id),
            p.personal: s.personal_effectiveness,
            p.business: s.business_effectiveness,
            p.sync: sync_message("load", said, key=draft_key(me.email, s.id), sid=s.id),
        }

    def _first(self, me: PersonView, pair_id: int | None) -> dict[Any, Any]:
        choices = _sessions(self.deps, me, pair_id)
        value = choices[0][1] if choices else None
        return {
            self.p.session: gr.Dropdown(choices=choices, value=value),
            **self._opened(me, value),
        }

    def _offered(self, me: PersonView) -> Any:
        mine = sharing.my_offers(self.deps.record, me)
        return gr.Dropdown(
            choices=[(f"{s.title} ({s.status})", s.id) for s in mine],
            value=mine[0].id if mine else None,
        )

    @guard
    def on_pair(self, pair_id: Any, request: gr.Request) -> dict[Any, Any]:
        return self._first(self._me(request), int_or_none(pair_id))

    @guard
    def on_session(self, session_id: Any, request: gr.Request) -> dict[Any, Any]:
        return self._opened(self._me(request), int_or_none(session_id))

    @guard
    def start(self, pair_id: Any, when: str, topic: str, request: gr.Request) -> dict[Any, Any]:
        me = self._me(request)
        pid = _chosen(pair_id, "You are not in a pair yet; HR sets pairs up.", "No pair")
        s = add_session(self.deps.record, me, pid, when, topic)  # a date and a topic, on purpose
        said = (
            f"Session {s.number} started. Your notes are saved as you type, and only you "
            "can see them."
        )
        return {
            self.p.session: gr.Dropdown(choices=_sessions(self.deps, me, pid), value=s.id),
            **self._opened(me, s.id, said),
        }

    @guard
    def autosave(self, session_id: Any, text: str, request: gr.Request, sent: str = "") -> str:
        """Save the notes; the answer names the revision saved (or refused, and why), so the
        page shows "Saved at" only for what the server really holds."""
        me, sid, rev = self._me(request), int_or_none(session_id), _rev(sent)
        if sid is None:
            return sync_message("ack", NO_SESSION, rev=rev, ok=False)
        key = draft_key(me.email, sid)
        try:
            save_notes(self.deps.record, me, NotesInput(sid, text or ""))
        except NotesTooLong as exc:
            return sync_message("ack", too_long(exc.chars), key=key, sid=sid, rev=rev, ok=False)
        except InvalidInput as exc:  # a refusal of who is asking stays an error
            return sync_message(
                "ack", f"**Not saved**: {plain(str(exc))}", key=key, sid=sid, rev=rev, ok=False
            )
        return sync_message(
            "ack",
            f"Saved at {datetime.now(UTC).strftime('%H:%M:%S')} UTC. Only you can see these notes.",
            key=key,
            sid=sid,
            rev=rev,
        )

    @guard
    def summarise_notes(
        self, session_id: Any, pair_id: Any, text: str, request: gr.Request
    ) -> Iterator[dict[Any, Any]]:
        me, p = self._me(request), self.p
        sid = _chosen(session_id, "Choose or start a session first.")
        save_for_summary(self.deps.record, me, NotesInput(sid, text or ""))
        yield {p.reflection: "*Notes saved. Reading them…*"}
        try:
            done = summarise_saved(self.deps.record, self.deps.coach, me, sid, text)
        except Exception:
            yield {p.reflection: "", p.saved: "Notes saved; they could not be summarised."}
            raise
        yield {
            p.reflection: reflection_to_markdown(done.reflection),
            p.items: _items(done.session, me.id),
            p.saved: "Notes and summary saved.",
        }

    @guard
    def tick(self, session_id: Any, done_ids: list, request: gr.Request) -> Any:
        me, sid = self._me(request), int_or_none(session_id)
        if sid is None:
            return ""
        ticked = tick_items(self.deps.record, me, TickInput(sid, done_ids or []))
        return f"Action items updated ({ticked.count} changed)." if ticked.count else gr.skip()

    @guard
    def save_rating(
        self, session_id: Any, personal: Any, business: Any, request: gr.Request
    ) -> str:
        me, sid = self._me(request), _chosen(session_id, "Choose a session to rate.")
        if personal is None or business is None:
            raise gr.Error("Give both ratings, from 1 to 5.", title="Rating incomplete")
        s = rate_session(self.deps.record, me, RatingInput(sid, int(personal), int(business)))
        return (
            f"Rating saved for session {s.number}: personal {personal}/5, business "
            f"{business}/5. HR sees ratings only as program figures."
        )

    @guard
    def preview_share(self, session_id: Any, text: str, request: gr.Request) -> dict[Any, Any]:
        me, sid = self._me(request), _chosen(session_id, "Choose a session first.")
        shown = sharing.preview_offer(self.deps.record, me, NotesInput(sid, text or ""))
        return {
            self.p.removed: shown.segments,
            self.p.share_text: shown.text,
            self.p.share_status: f"Removed: {shown.summary}. Check the text below, edit it "
            "if needed, then send it.",
        }

    @guard
    def submit_share(
        self, session_id: Any, text: str, title: str, request: gr.Request
    ) -> dict[Any, Any]:
        me, sid = self._me(request), _chosen(session_id, "Choose a session first.")
        if not (text or "").strip():
            raise gr.Error("Press 'Show what would be shared' first.", title="Nothing to send")
        item = sharing.offer_share(self.deps.record, me, OfferInput(sid, text, title or None))
        return {
            self.p.share_status: f"Sent to HR for review as *{safe(item.title)}*. It joins "
            "the shared library only once approved, and you can withdraw it at any time.",
            self.p.offered: self._offered(me),
        }

    @guard
    def withdraw_share(self, item_id: Any, request: gr.Request) -> dict[Any, Any]:
        me = self._me(request)
        iid = _chosen(item_id, "Choose one of your shared notes.", "Nothing chosen")
        item = sharing.withdraw_share(self.deps.record, me, iid)
        return {
            self.p.share_status: f"Withdrew *{safe(item.title)}*: it is no longer in the "
            "shared library or the review queue.",
            self.p.offered: self._offered(me),
        }

    def load(self, me: PersonView) -> list[Any]:
        pairs = _pairs(self.deps, me)
        first = pairs[0][1] if pairs else None
        opened = self._first(me, first)
        return [
            gr.Dropdown(choices=pairs, value=first),
            *[opened[c] for c in [self.p.session, *self.p.shown]],
            self._offered(me),
        ]

    def wire(self) -> None:
        """Every event of the view; all private (not in the API docs), each checked."""
        p, private = self.p, {"api_visibility": "private"}
        p.pair.input(self.on_pair, [p.pair], [p.session, *p.shown], **private)
        p.session.input(self.on_session, [p.session], p.shown, **private)
        p.new.click(self.start, [p.pair, p.new_when, p.new_topic], [p.session, *p.shown], **private)
        self._wire_saving()
        p.summarise.click(
            self.summarise_notes,
            [p.session, p.pair, p.notes],
            [p.reflection, p.items, p.saved],
            concurrency_id="coach",
            concurrency_limit=2,
            **private,
        )
        p.items.input(self.tick, [p.session, p.items], [p.saved], show_progress="hidden", **private)
        p.rate.click(self.save_rating, [p.session, p.personal, p.business], [p.saved], **private)
        p.preview.click(
            self.preview_share,
            [p.session, p.notes],
            [p.removed, p.share_text, p.share_status],
            **private,
        )
        p.submit.click(
            self.submit_share,
            [p.session, p.share_text, p.share_title],
            [p.share_status, p.offered],
            **private,
        )
        p.withdraw.click(self.withdraw_share, [p.offered], [p.share_status, p.offered], **private)

    def _wire_saving(self) -> None:
        """Saving is driven by the page's notes script (ui/notes.js): on change, paste, leaving
        the box and before unload it presses the hidden save button, and it alone decides what
        the status line says about saving, from the server's answers."""
        p, private = self.p, {"api_visibility": "private"}
        gr.context.Context.root_block.load(None, None, None, js=NOTES_JS)
        saving = p.save_now.click(
            self.autosave,
            [p.session, p.notes, p.sync],
            [p.sync],
            js="(s, t, y) => window.turntableNotes.outgoing(s, t, y)",
            trigger_mode="always_last",
            show_progress="hidden",
            concurrency_id="notes",
            concurrency_limit=8,
            **private,
        )
        saving.failure(None, None, [p.saved], js="() => window.turntableNotes.failed()", **private)
        p.sync.change(
            None,
            [p.sync],
            [p.saved],  # may come before the page-load script
            js=f"(v) => {{ ({NOTES_JS})(); return window.turntableNotes.sync(v); }}",
            show_progress="hidden",
            **private,
        )
        p.say.click(
            None,
            None,
            [p.saved],
            js="() => window.turntableNotes.message()",
            trigger_mode="multiple",
            show_progress="hidden",
            **private,
        )


def build(deps: Deps) -> View:
    parts = layout()
    view = Reflect(deps, parts)
    view.wire()
    return View(
        tab=parts.tab,
        roles=ROLES,
        load=view.load,
        outputs=[parts.pair, parts.session, *parts.shown, parts.offered],
    )
