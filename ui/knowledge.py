"""Knowledge (HR): review the share queue, search and curate the library, upload guidance."""

from __future__ import annotations

from typing import Any

import gradio as gr

from coach.flows import library
from coach.flows.library import SourceRow, UploadInput
from coach.ingest import UPLOAD_KINDS
from coach.record import PersonView
from coach.sanitise import inert_code, sanitise_text
from coach.topics import KINDS
from ui.common import (
    HR_ROLES,
    TOPIC_CHOICES,
    View,
    caller,
    guard,
    int_or_none,
    safe,
    short_date,
    short_topic,
    topic_label,
)
from ui.deps import Deps

ROLES = HR_ROLES
ANY = "any"
VISIBILITY_CHOICES = [("Everyone", "everyone"), ("HR only", "hr")]
UPLOAD_TYPES = [".md", ".markdown", ".txt", ".pdf", ".docx"]
KIND_LABELS = {"guidance": "Guidance (program, HR or facilitation)",
               "topic-guide": "Topic guide (context, pitfalls, things to bring)",
               "question-bank": "Question bank (its questions go into mentors' plans)",
               "reflection-prompts": "Reflection prompts (for seniors after a session)"}
UPLOAD_KIND_CHOICES = [(KIND_LABELS.get(k, k), k) for k in UPLOAD_KINDS]


def _queue(deps: Deps, me: PersonView) -> Any:
    items = deps.record.list_share_queue(me)
    choices = [(f"#{i.id} {i.title} ({short_topic(i.topic)}, {short_date(i.created_at.date())})",
                i.id) for i in items]
    return gr.Dropdown(choices=choices, value=choices[0][1] if choices else None,
                       label=f"Notes waiting for review ({len(choices)})")


def _added(r: SourceRow) -> str:
    if r.source.startswith("knowledge/"):
        return "built-in library"
    return " · ".join(x for x in (r.added_by, r.added_at[:10]) if x) or "unknown"


def _sources(deps: Deps, me: PersonView) -> tuple[list[list[Any]], Any]:
    rows = library.list_sources(deps.library, me)
    table = [[r.title, r.source, topic_label(r.topic), r.kind, r.visibility, r.chunks,
              _added(r), r.flag_text] for r in rows]
    return table, gr.Dropdown(choices=[r.source for r in rows], value=None)


def build(deps: Deps) -> View:
    with gr.Tab("Knowledge", id="knowledge", visible=False) as tab:
        gr.Markdown("Curate the guidance every mentor draws on, and review the notes people "
                    "offer to share. Only approved, anonymised text reaches the library.",
                    elem_classes=["lead"])
        with gr.Tabs():
            with gr.Tab("Share queue", id="queue"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=2, min_width=260, elem_classes=["panel"]):
                        pick = gr.Dropdown(label="Notes waiting for review", choices=[],
                                           interactive=True, elem_id="queue-pick")
                        with gr.Row():
                            approve = gr.Button("Approve and publish", variant="primary",
                                                elem_id="queue-approve")
                            reject = gr.Button("Reject", variant="stop", elem_id="queue-reject")
                        outcome = gr.Markdown(elem_id="queue-outcome")
                    with gr.Column(scale=5):
                        note = gr.Markdown("*Nothing waiting for review.*", elem_id="queue-note",
                                           elem_classes=["plan", "panel"])
            with gr.Tab("Library", id="library"):
                with gr.Row():
                    query = gr.Textbox(label="Search the library", scale=4, elem_id="lib-q",
                                       placeholder="e.g. round-up savings apps")
                    topic = gr.Dropdown([("Any topic", ANY), *TOPIC_CHOICES], value=ANY,
                                        label="Topic", scale=2)
                    kind = gr.Dropdown([("Any kind", ANY), *[(k, k) for k in KINDS]], value=ANY,
                                       label="Kind", scale=2)
                    search = gr.Button("Search", scale=1, elem_id="lib-search")
                with gr.Row(equal_height=False):
                    hits = gr.Radio(label="Results", choices=[], elem_id="lib-hits", scale=2,
                                    info="Guidance and approved shared notes; pick one to "
                                         "read it")
                    passage = gr.Markdown(elem_id="lib-passage", elem_classes=["passage"])
                with gr.Accordion("Sources in the library", open=False,
                                  elem_id="lib-sources") as sources_box:
                    sources = gr.Dataframe(headers=["Title", "Source", "Topic", "Kind",
                                                    "Visible to", "Passages", "Added by",
                                                    "Flags"],
                                           interactive=False, max_height=320, wrap=True,
                                           column_widths=["20%", "20%", "10%", "9%", "7%",
                                                          "6%", "13%", "15%"])
                    with gr.Row():
                        doomed = gr.Dropdown(label="Source to delete", choices=[], scale=3,
                                             interactive=True)
                        delete = gr.Button("Delete source", variant="stop", scale=1)
                    with gr.Row():
                        rebuild = gr.Checkbox(label="Rebuild from scratch (slower)", value=False)
                        reindex = gr.Button("Re-index", scale=1, elem_id="lib-reindex")
                    upkeep = gr.Markdown(elem_id="lib-upkeep")
            with gr.Tab("Add guidance", id="upload"):
                gr.Markdown("Markdown, text, PDF or Word files, up to "
                            f"{deps.settings.max_upload_mb} MB each.")
                files = gr.File(file_count="multiple", file_types=UPLOAD_TYPES, type="filepath",
                                label="Guidance files", elem_id="upload-files")
                with gr.Row():
                    up_kind = gr.Dropdown(UPLOAD_KIND_CHOICES, value="guidance", label="Kind",
                                          elem_id="upload-kind",
                                          info="What the files are; what they say about "
                                               "themselves does not change it")
                    up_topic = gr.Dropdown([("Read it from the file", ANY), *TOPIC_CHOICES],
                                           value=ANY, label="Topic")
                    up_vis = gr.Radio(VISIBILITY_CHOICES, value="everyone", label="Visible to")
                send = gr.Button("Add to the library", variant="primary", elem_id="upload-go")
                results = gr.Dataframe(headers=["File", "Result", "Passages", "Message"],
                                       interactive=False, elem_id="upload-results", wrap=True)

    @guard
    def show_note(item_id: Any, request: gr.Request) -> str:
        me = caller(deps, request, ROLES)
        iid = int_or_none(item_id)
        if iid is None:
            return "*Nothing waiting for review.*"
        item = deps.record.get_share(me, iid)
        kinds: dict[str, int] = {}
        for r in item.removed:
            kinds[r.get("kind", "?")] = kinds.get(r.get("kind", "?"), 0) + 1
        removed = ", ".join(f"{n} {k.lower()}" for k, n in kinds.items()) or "nothing"
        return (f"### {safe(item.title)}\n\n*{topic_label(item.topic)} · submitted "
                f"{short_date(item.created_at.date())} · removed before it reached you: "
                f"{removed}*\n\n{safe(item.anonymised_text)}")

    def _decide(item_id: Any, request: gr.Request, approve_it: bool) -> tuple:
        me = caller(deps, request, ROLES)
        iid = int_or_none(item_id)
        if iid is None:
            raise gr.Error("Choose a note to review.", title="Nothing chosen")
        if approve_it:
            item = deps.record.approve_share(me, iid)
            said = f"Approved *{safe(item.title)}*: it is now in the library for everyone."
        else:
            item = deps.record.reject_share(me, iid)
            said = f"Rejected *{safe(item.title)}*. It stays out of the library."
        queue = _queue(deps, me)
        return queue, said

    @guard
    def do_approve(item_id: Any, request: gr.Request) -> tuple:
        return _decide(item_id, request, True)

    @guard
    def do_reject(item_id: Any, request: gr.Request) -> tuple:
        return _decide(item_id, request, False)

    @guard
    def do_search(q: str, t: str, k: str, request: gr.Request) -> tuple:
        caller(deps, request, ROLES)
        found = deps.index.search(q, 10, topic=None if t == ANY else t,
                                  kinds=None if k == ANY else [k], visibility=("everyone", "hr"))
        if not found:
            return gr.Radio(choices=[], value=None, label="Results: none found"), ""
        choices = [(f"{sanitise_text(p.label)} · {p.kind}", p.id) for p in found]
        return gr.Radio(choices=choices, value=choices[0][1],
                        label=f"Results ({len(found)})"), gr.skip()

    @guard
    def open_hit(pid: str | None, request: gr.Request) -> str:
        caller(deps, request, ROLES)
        got = deps.index.get([pid]) if pid else []
        if not got:
            return ""
        p = got[0]
        flags = SourceRow(p.source, p.title, p.topic, p.kind, p.visibility, 0,
                                  flags=p.flags).flag_text
        flagged = f"\n\n> Flagged at upload: {safe(flags)}" if flags else ""
        return (f"**{safe(p.label)}**\n\n{inert_code(p.source)} · {safe(topic_label(p.topic))} · "
                f"{safe(p.kind)} · visible to {safe(p.visibility)}\n\n*{safe(p.provenance)}*"
                f"{flagged}\n\n{safe(p.text)}")

    @guard
    def load_sources(request: gr.Request) -> tuple:
        me = caller(deps, request, ROLES)
        return _sources(deps, me)

    @guard
    def do_delete(source: str, request: gr.Request) -> tuple:
        me = caller(deps, request, ROLES)
        said = library.delete_guidance(deps.library, me, source)  # quotes a source name or a title
        return (*_sources(deps, me), safe(said))

    @guard
    def do_reindex(scratch: bool, request: gr.Request,
                   progress: gr.Progress = gr.Progress()) -> tuple:  # noqa: B008
        me = caller(deps, request, ROLES)
        progress(0, desc="Re-indexing")
        done = library.reindex(deps.library, me, bool(scratch),
                               lambda d, t: progress(d / max(t, 1), desc="Embedding passages"))
        errors = [f"- {safe(r.source)}: {safe(r.message)}" for r in done.errors]
        summary = ", ".join(f"{v} {k}" for k, v in sorted(done.counts.items())) or "nothing to do"
        said = (f"Re-indexed: {summary}; {done.shared_notes} approved shared notes.\n"
                + "\n".join(errors))
        return (*_sources(deps, me), said)

    @guard
    def do_upload(paths: list[str] | None, kind: str, t: str, vis: str, request: gr.Request,
                  progress: gr.Progress = gr.Progress()) -> list[list[Any]]:  # noqa: B008
        me = caller(deps, request, ROLES)
        progress(0, desc="Reading files")
        asked = UploadInput(list(paths or []), kind=kind, visibility=vis,
                            topic=None if t == ANY else t)
        out = library.upload_guidance(deps.library, me, asked,
                                      lambda d, tot: progress(d / max(tot, 1),
                                                              desc="Embedding passages"))
        if any(r.status == "error" for r in out):
            gr.Warning("Some files could not be added; see the messages in the table.")
        if any(r.flags for r in out):
            gr.Warning("Some files were added but flagged for review; see the messages.")
        return [[r.source, f"{r.status}, flagged" if r.flags else r.status, r.chunks,
                 r.message] for r in out]  # a Dataframe shows cells as plain text

    private = {"api_visibility": "private"}
    pick.change(show_note, [pick], [note], **private)
    approve.click(do_approve, [pick], [pick, outcome], api_name="approve_share", **private)
    reject.click(do_reject, [pick], [pick, outcome], api_name="reject_share", **private)
    search.click(do_search, [query, topic, kind], [hits, passage], api_name="library_search",
                 **private)
    query.submit(do_search, [query, topic, kind], [hits, passage], **private)
    hits.change(open_hit, [hits], [passage], show_progress="hidden", **private)
    sources_box.expand(load_sources, None, [sources, doomed], **private)
    delete.click(do_delete, [doomed], [sources, doomed, upkeep], concurrency_id="index-write",
                 concurrency_limit=1, **private)
    reindex.click(do_reindex, [rebuild], [sources, doomed, upkeep], concurrency_id="index-write",
                  concurrency_limit=1, **private)
    # Uploads are read in a child process and take the index's write lock only to swap
    # chunks, so they are not queued behind each other or behind a delete or re-index.
    send.click(do_upload, [files, up_kind, up_topic, up_vis], [results],
               concurrency_id="upload", concurrency_limit=2, **private)

    def load(me: PersonView) -> list[Any]:
        return [_queue(deps, me)]

    return View(tab=tab, roles=ROLES, load=load, outputs=[pick])
