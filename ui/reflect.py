"""Reflect (senior mentee): private notes saved as you type, a summary, action items, a rating,
and the one path into the shared library: anonymise, show, edit, submit for HR review."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import gradio as gr

from coach.engine import Reflection
from coach.engine.coach import MAX_NOTES_CHARS
from coach.errors import InvalidInput
from coach.flows.cycle import add_session
from coach.flows.reflect import keep_reflection
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


def sync_message(kind: str, msg: str, *, key: str | None = None, sid: int | None = None,
                 rev: int = 0, ok: bool = True) -> str:
    """What the page's notes script is told: a session opened, or a save answered. A fresh
    nonce makes every answer a change, so the script hears each one."""
    return json.dumps({"kind": kind, "msg": msg, "key": key, "sid": sid, "rev": rev, "ok": ok,
                       "n": datetime.now(UTC).timestamp()})


def too_long(n: int) -> str:
    return (f"**Not saved**: your notes are {n:,} characters long, over the limit of "
            f"{MAX_NOTE_CHARS:,}. Shorten them (or split them across sessions); until they "
            "are saved they are kept in this browser.")


def _sessions(deps: Deps, me: PersonView, pair_id: int | None) -> list:
    if pair_id is None:
        return []
    return [(f"Session {s.number}: {short_topic(s.topic)} ({short_date(s.held_on)})", s.id)
            for s in reversed(deps.record.list_sessions(me, pair_id))]


def _pairs(deps: Deps, me: PersonView) -> list:
    return [(f"With {p.mentor_name or 'a former member'} ({p.cycle_name})"
             + ("" if p.status == "active" else ", ended"), p.id)
            for p in deps.record.my_pairs(me)]


def _reflection_md(doc: dict | None) -> str:
    if not doc:
        return ""
    try:
        return reflection_to_markdown(Reflection.model_validate(doc))
    except ValueError:
        takeaways = [t.get("text", "") if isinstance(t, dict) else str(t)
                     for t in doc.get("takeaways", []) or []]
        return "## Reflection\n\n" + "\n".join(f"- {safe(t)}" for t in takeaways if t)


def _items(s: SessionView, me: int | None = None) -> Any:
    """The summary's items that are the reader's own to tick (the partner's are theirs, on
    Our cycle): the same records as the pair's list."""
    own = [i for i in s.action_items if me is None or i.owner_id == me]
    choices = []
    for i in own:
        due = f" (by {short_date(i.due_on)})" if i.due_on else ""
        choices.append((f"{i.text}{due}", i.id))
    return gr.CheckboxGroup(choices=choices, value=[i.id for i in own if i.done],
                            visible=bool(choices))


def build(deps: Deps) -> View:
    with gr.Tab("Reflect", id="reflect", visible=False) as tab:
        gr.Markdown("Your notes are private and saved as you type. **Summarise** turns them "
                    "into takeaways, challenged assumptions, action items and topics for next "
                    "time.", elem_classes=["lead"])
        with gr.Row(equal_height=False):
            with gr.Column(scale=2, min_width=240, elem_classes=["panel"], elem_id="reflect-side"):
                pair = gr.Dropdown(label="Pair", choices=[], interactive=True)
                session = gr.Dropdown(label="Session", choices=[], interactive=True)
                with gr.Accordion("Start a new session", open=False, elem_id="reflect-new-box"):
                    new_when = gr.Textbox(label="Date", placeholder="2026-12-10",
                                          elem_id="reflect-new-date")
                    new_topic = gr.Textbox(label="Topic", elem_id="reflect-new-topic")
                    new = gr.Button("Add this session", size="sm", elem_id="reflect-new")
                gr.Markdown("**Rate this session**", elem_classes=["subhead"])
                personal = gr.Radio(RATINGS, label="For your personal development",
                                    info="1 not effective, 5 extremely effective",
                                    elem_id="rate-personal")
                business = gr.Radio(RATINGS, label="For the business", elem_id="rate-business")
                rate = gr.Button("Save rating", size="sm", elem_id="rate-save")
            with gr.Column(scale=5, min_width=380):
                notes = gr.Textbox(label="Your notes (private)", lines=12, max_lines=30,
                                   interactive=False, elem_id="notes",
                                   placeholder=NO_SESSION_BOX)
                saved = gr.Markdown(NO_SESSION, elem_id="notes-saved", elem_classes=["hint"])
                sync = gr.Textbox(visible="hidden", elem_id="notes-sync")
                save_now = gr.Button("Save notes", visible="hidden", elem_id="notes-save-now")
                say = gr.Button("Show the saving state", visible="hidden", elem_id="notes-say")
                summarise = gr.Button("Summarise", variant="primary", elem_id="summarise")
                reflection = gr.Markdown(elem_id="reflection", elem_classes=["plan", "panel"])
                items = gr.CheckboxGroup(label="Your action items: tick them off when done",
                                         choices=[], visible=False, elem_id="items")
                with gr.Accordion("Offer a lesson to the shared library", open=False,
                                  elem_id="share-box"):
                    gr.Markdown("Names, emails, phone numbers, IDs, addresses, handles and "
                                "personal links are removed. You see exactly what goes, you can "
                                "edit it, and HR approves it before anyone else can read it.")
                    preview = gr.Button("Show what would be shared", elem_id="share-preview")
                    removed = gr.HighlightedText(label="Your notes, with what will be removed",
                                                 combine_adjacent=True, show_legend=False,
                                                 show_inline_category=True, elem_id="share-hl")
                    share_text = gr.Textbox(label="Text to share (edit if you like)", lines=6,
                                            elem_id="share-text")
                    share_title = gr.Textbox(label="Title (optional)", elem_id="share-title",
                                             placeholder="e.g. What short video taught me")
                    submit = gr.Button("Send to HR for review", variant="primary",
                                       elem_id="share-submit")
                    share_status = gr.Markdown(elem_id="share-status")
                    with gr.Row():
                        offered = gr.Dropdown(label="Your shared notes", choices=[], scale=3,
                                              interactive=True, elem_id="share-mine")
                        withdraw = gr.Button("Withdraw", variant="stop", scale=1,
                                             elem_id="share-withdraw")

    def _load_session(me: PersonView, sid: int | None, said: str = "") -> tuple:
        """Everything shown for one session (or for none), share box cleared."""
        if sid is None:
            return (gr.Textbox(value="", interactive=False, placeholder=NO_SESSION_BOX),
                    NO_SESSION, "", gr.CheckboxGroup(choices=[], visible=False), None, None,
                    None, "", "", sync_message("load", NO_SESSION))
        s = deps.record.get_session(me, sid)
        when = s.updated_at.strftime("%d %b %Y %H:%M UTC") if s.updated_at else "never"
        said = said or f"Session {s.number}, last saved {when}. Only you can see these notes."
        return (gr.Textbox(value=s.my_notes or "", interactive=True, placeholder=WRITE_HERE),
                said, _reflection_md(s.reflection), _items(s, me.id),
                s.personal_effectiveness, s.business_effectiveness, None, "", "",
                sync_message("load", said, key=draft_key(me.email, s.id), sid=s.id))

    def _first(me: PersonView, pair_id: int | None) -> tuple:
        choices = _sessions(deps, me, pair_id)
        value = choices[0][1] if choices else None
        return (gr.Dropdown(choices=choices, value=value), *_load_session(me, value))

    @guard
    def on_pair(pair_id: Any, request: gr.Request) -> tuple:
        me = caller(deps, request, ROLES)
        return _first(me, int_or_none(pair_id))

    @guard
    def on_session(session_id: Any, request: gr.Request) -> tuple:
        me = caller(deps, request, ROLES)
        return _load_session(me, int_or_none(session_id))

    @guard
    def start(pair_id: Any, when: str, topic: str, request: gr.Request) -> tuple:
        me = caller(deps, request, ROLES)
        pid = int_or_none(pair_id)
        if pid is None:
            raise gr.Error("You are not in a pair yet; HR sets pairs up.", title="No pair")
        s = add_session(deps.record, me, pid, when, topic)  # a date and a topic, on purpose
        return (gr.Dropdown(choices=_sessions(deps, me, pid), value=s.id),
                *_load_session(me, s.id, f"Session {s.number} started. Your notes are saved "
                                         "as you type, and only you can see them."))

    @guard
    def autosave(session_id: Any, text: str, request: gr.Request, sent: str = "") -> str:
        """Save the notes; the answer names the revision saved (or refused, and why), so the
        page shows "Saved at" only for what the server really holds."""
        me = caller(deps, request, ROLES)
        sid = int_or_none(session_id)
        try:
            rev = int(json.loads(sent or "{}").get("rev", 0))
        except (ValueError, TypeError, AttributeError):
            rev = 0
        if sid is None:
            return sync_message("ack", NO_SESSION, rev=rev, ok=False)
        key = draft_key(me.email, sid)
        text = text or ""
        if len(text) > MAX_NOTE_CHARS:
            return sync_message("ack", too_long(len(text)), key=key, sid=sid, rev=rev, ok=False)
        try:
            deps.record.save_notes(me, sid, text)
        except InvalidInput as exc:  # a refusal of who is asking stays an error
            return sync_message("ack", f"**Not saved**: {plain(str(exc))}", key=key, sid=sid,
                                rev=rev, ok=False)
        return sync_message("ack", f"Saved at {datetime.now(UTC).strftime('%H:%M:%S')} UTC. "
                            "Only you can see these notes.", key=key, sid=sid, rev=rev)

    @guard
    def summarise_notes(session_id: Any, pair_id: Any, text: str, request: gr.Request):  # noqa: ANN202
        me = caller(deps, request, ROLES)
        sid = int_or_none(session_id)
        if sid is None:
            raise gr.Error("Choose or start a session first.", title="No session")
        text = text or ""
        if not text.strip():
            raise gr.Error("There are no notes to work with yet: write or paste them, then "
                           "press Summarise.", title="No notes")
        if len(text) > MAX_NOTE_CHARS:
            raise gr.Error(plain(too_long(len(text)).replace("**", "")), title="Notes too long")
        deps.record.save_notes(me, sid, text)  # persist first: the model may fail
        if len(text) > MAX_NOTES_CHARS:
            raise gr.Error(f"Your notes are saved, but at {len(text):,} characters they are too "
                           f"long to summarise in one go (the limit is {MAX_NOTES_CHARS:,}). "
                           "Split them across sessions, then summarise each.",
                           title="Notes too long")
        yield "*Notes saved. Reading them…*", gr.skip(), gr.skip()
        try:
            result = deps.coach.reflect(text)
        except Exception:
            yield "", gr.skip(), "Notes saved; they could not be summarised."
            raise
        s = keep_reflection(deps.record, me, sid, result)
        yield reflection_to_markdown(result), _items(s, me.id), "Notes and summary saved."

    @guard
    def tick(session_id: Any, done_ids: list, request: gr.Request) -> str:
        me = caller(deps, request, ROLES)
        sid = int_or_none(session_id)
        if sid is None:
            return ""
        wanted = {int(i) for i in done_ids or []}
        changed = 0
        for item in deps.record.get_session(me, sid).action_items:
            if item.owner_id == me.id and (item.id in wanted) != item.done:
                deps.record.set_action_item_done(me, item.id, item.id in wanted)
                changed += 1
        return f"Action items updated ({changed} changed)." if changed else gr.skip()

    @guard
    def save_rating(session_id: Any, p: Any, b: Any, request: gr.Request) -> str:
        me = caller(deps, request, ROLES)
        sid = int_or_none(session_id)
        if sid is None:
            raise gr.Error("Choose a session to rate.", title="No session")
        if p is None or b is None:
            raise gr.Error("Give both ratings, from 1 to 5.", title="Rating incomplete")
        s = deps.record.rate_session(me, sid, int(p), int(b))
        return (f"Rating saved for session {s.number}: personal {p}/5, business {b}/5. "
                "HR sees ratings only as program figures.")

    @guard
    def preview_share(session_id: Any, text: str, request: gr.Request) -> tuple:
        me = caller(deps, request, ROLES)
        sid = int_or_none(session_id)
        if sid is None:
            raise gr.Error("Choose a session first.", title="No session")
        deps.record.save_notes(me, sid, text or "")
        anon = deps.record.preview_share(me, sid)
        kinds = anon.removed()
        what = ", ".join(f"{len(v)} {k.lower()}{'s' if len(v) != 1 else ''}"
                         for k, v in kinds.items()) or "nothing identifying was found"
        return (anon.segments(), anon.text,
                f"Removed: {what}. Check the text below, edit it if needed, then send it.")

    @guard
    def submit_share(session_id: Any, text: str, title: str, request: gr.Request) -> tuple:
        me = caller(deps, request, ROLES)
        sid = int_or_none(session_id)
        if sid is None:
            raise gr.Error("Choose a session first.", title="No session")
        if not (text or "").strip():
            raise gr.Error("Press 'Show what would be shared' first.", title="Nothing to send")
        item = deps.record.submit_share(me, sid, text, title=(title or None))
        return (f"Sent to HR for review as *{safe(item.title)}*. It joins the shared library "
                "only once approved, and you can withdraw it at any time.", _offered(me))

    def _offered(me: PersonView) -> Any:
        mine = [s for s in reversed(deps.record.my_shares(me))
                if s.status in ("pending", "approved")]
        return gr.Dropdown(choices=[(f"{s.title} ({s.status})", s.id) for s in mine],
                           value=mine[0].id if mine else None)

    @guard
    def withdraw_share(item_id: Any, request: gr.Request) -> tuple:
        me = caller(deps, request, ROLES)
        iid = int_or_none(item_id)
        if iid is None:
            raise gr.Error("Choose one of your shared notes.", title="Nothing chosen")
        item = deps.record.withdraw_share(me, iid)
        return (f"Withdrew *{safe(item.title)}*: it is no longer in the shared library or "
                "the review queue.", _offered(me))

    private = {"api_visibility": "private"}
    shown = [notes, saved, reflection, items, personal, business, removed, share_text,
             share_status, sync]
    pair.input(on_pair, [pair], [session, *shown], **private)
    session.input(on_session, [session], shown, **private)
    new.click(start, [pair, new_when, new_topic], [session, *shown], **private)
    # Saving is driven by the page's notes script (ui/notes.js): on change, paste, leaving
    # the box and before unload it presses the hidden save button, and it alone decides what
    # the status line says about saving, from the server's answers.
    gr.context.Context.root_block.load(None, None, None, js=NOTES_JS)
    saving = save_now.click(autosave, [session, notes, sync], [sync],
                            js="(s, t, y) => window.turntableNotes.outgoing(s, t, y)",
                            trigger_mode="always_last", show_progress="hidden",
                            concurrency_id="notes", concurrency_limit=8, **private)
    saving.failure(None, None, [saved], js="() => window.turntableNotes.failed()", **private)
    sync.change(None, [sync], [saved],  # may come before the page-load script: install it
                js=f"(v) => {{ ({NOTES_JS})(); return window.turntableNotes.sync(v); }}",
                show_progress="hidden", **private)
    say.click(None, None, [saved], js="() => window.turntableNotes.message()",
              trigger_mode="multiple", show_progress="hidden", **private)
    summarise.click(summarise_notes, [session, pair, notes], [reflection, items, saved],
                    concurrency_id="coach", concurrency_limit=2, **private)
    items.input(tick, [session, items], [saved], show_progress="hidden", **private)
    rate.click(save_rating, [session, personal, business], [saved], **private)
    preview.click(preview_share, [session, notes], [removed, share_text, share_status],
                  **private)
    submit.click(submit_share, [session, share_text, share_title], [share_status, offered],
                 **private)
    withdraw.click(withdraw_share, [offered], [share_status, offered], **private)

    def load(me: PersonView) -> list[Any]:
        pairs = _pairs(deps, me)
        first = pairs[0][1] if pairs else None
        return [gr.Dropdown(choices=pairs, value=first), *_first(me, first), _offered(me)]

    return View(tab=tab, roles=ROLES, load=load, outputs=[pair, session, *shown, offered])
