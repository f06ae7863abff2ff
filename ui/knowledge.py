"""Knowledge (HR): review the share queue, search and curate the library, upload guidance."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import gradio as gr

from coach.flows import library, sharing
from coach.flows.library import EditInput, SearchInput, SourceRow, UploadInput
from coach.ingest import UPLOAD_KINDS, FileResult
from coach.passages import Passage
from coach.record import PersonView, ShareView
from coach.sanitise import inert_code, sanitise_text
from coach.topics import KINDS
from ui.common import (
    HR_ROLES,
    TOPIC_CHOICES,
    View,
    caller,
    guard,
    int_or_none,
    plain,
    safe,
    short_date,
    short_topic,
    topic_label,
)
from ui.deps import Deps
from ui.status import status_line

ROLES = HR_ROLES
ANY = "any"
VISIBILITY_CHOICES = [("Everyone", "everyone"), ("HR only", "hr")]
UPLOAD_TYPES = [".md", ".markdown", ".txt", ".pdf", ".docx"]
KIND_LABELS = {
    "guidance": "Guidance (program, HR or facilitation)",
    "topic-guide": "Topic guide (context, pitfalls, things to bring)",
    "question-bank": "Question bank (its questions go into mentors' plans)",
    "reflection-prompts": "Reflection prompts (for seniors after a session)",
}
UPLOAD_KIND_CHOICES = [(KIND_LABELS.get(k, k), k) for k in UPLOAD_KINDS]


def _queue(deps: Deps, me: PersonView) -> Any:
    items = deps.record.list_share_queue(me)
    choices = [
        (f"#{i.id} {i.title} ({short_topic(i.topic)}, {short_date(i.created_at.date())})", i.id)
        for i in items
    ]
    return gr.Dropdown(
        choices=choices,
        value=choices[0][1] if choices else None,
        label=f"Notes waiting for review ({len(choices)})",
    )


def _added(r: SourceRow) -> str:
    if r.source.startswith("knowledge/"):
        return "built-in library"
    return " · ".join(x for x in (r.added_by, r.added_at[:10]) if x) or "unknown"


def _sources(deps: Deps, me: PersonView) -> tuple[list[list[Any]], Any, Any]:
    rows = library.list_sources(deps.library, me)
    table = [
        [
            r.title,
            r.where,
            topic_label(r.topic),
            r.kind,
            r.visibility,
            r.chunks,
            _added(r),
            r.flag_text,
        ]
        for r in rows
    ]
    uploads = [(r.label, r.source) for r in rows if r.source.startswith("uploads/")]
    return (
        table,
        gr.Dropdown(choices=[(r.label, r.source) for r in rows], value=None),
        gr.Dropdown(choices=uploads, value=None),
    )


@dataclass
class Parts:
    """The Knowledge view's components: built by `layout`, wired by `Knowledge.wire`."""

    tab: gr.Tab
    pick: gr.Dropdown
    approve: gr.Button
    reject: gr.Button
    outcome: gr.Markdown
    note: gr.Markdown
    query: gr.Textbox
    topic: gr.Dropdown
    kind: gr.Dropdown
    search: gr.Button
    hits: gr.Radio
    passage: gr.Markdown
    sources_box: gr.Accordion
    sources: gr.Dataframe
    doomed: gr.Dropdown
    delete: gr.Button
    confirm_row: gr.Row
    confirm_md: gr.Markdown
    confirm_yes: gr.Button
    confirm_no: gr.Button
    pending: gr.State
    edit_pick: gr.Dropdown
    edit_topic: gr.Dropdown
    edit_vis: gr.Radio
    edit_save: gr.Button
    rebuild: gr.Checkbox
    reindex: gr.Button
    upkeep: gr.Markdown
    files: gr.File
    up_kind: gr.Dropdown
    up_topic: gr.Dropdown
    up_vis: gr.Radio
    send: gr.Button
    results: gr.Dataframe
    status: gr.Markdown | None = None  # the page's "Library: N passages" line


def layout(deps: Deps, status: gr.Markdown | None = None) -> Parts:
    with gr.Tab("Knowledge", id="knowledge", visible=False) as tab:
        gr.Markdown(
            "Curate the guidance every mentor draws on, and review the notes people "
            "offer to share. Only approved, anonymised text reaches the library.",
            elem_classes=["lead"],
        )
        with gr.Tabs():
            queue = _queue_tab()
            with gr.Tab("Library", id="library"):
                found = _search_part()
                upkeep = _sources_box()
            upload = _upload_tab(deps.settings.max_upload_mb)
    return Parts(tab=tab, **queue, **found, **upkeep, **upload, status=status)


def _queue_tab() -> dict[str, Any]:
    with gr.Tab("Share queue", id="queue"), gr.Row(equal_height=False):
        with gr.Column(scale=2, min_width=260, elem_classes=["panel"]):
            pick = gr.Dropdown(
                label="Notes waiting for review", choices=[], interactive=True, elem_id="queue-pick"
            )
            with gr.Row():
                approve = gr.Button(
                    "Approve and publish", variant="primary", elem_id="queue-approve"
                )
                reject = gr.Button("Reject", variant="stop", elem_id="queue-reject")
            outcome = gr.Markdown(elem_id="queue-outcome")
        with gr.Column(scale=5):
            note = gr.Markdown(
                "*Nothing waiting for review.*",
                elem_id="queue-note",
                elem_classes=["plan", "panel"],
            )
    return {"pick": pick, "approve": approve, "reject": reject, "outcome": outcome, "note": note}


def _search_part() -> dict[str, Any]:
    with gr.Row():
        query = gr.Textbox(
            label="Search the library",
            scale=4,
            elem_id="lib-q",
            placeholder="e.g. round-up savings apps",
        )
        topic = gr.Dropdown([("Any topic", ANY), *TOPIC_CHOICES], value=ANY, label="Topic", scale=2)
        kind = gr.Dropdown(
            [("Any kind", ANY), *[(k, k) for k in KINDS]], value=ANY, label="Kind", scale=2
        )
        search = gr.Button("Search", scale=1, elem_id="lib-search")
    with gr.Row(equal_height=False):
        hits = gr.Radio(
            label="Results",
            choices=[],
            elem_id="lib-hits",
            scale=2,
            info="Guidance and approved shared notes; pick one to read it",
        )
        passage = gr.Markdown(elem_id="lib-passage", elem_classes=["passage"])
    return {
        "query": query,
        "topic": topic,
        "kind": kind,
        "search": search,
        "hits": hits,
        "passage": passage,
    }


def _sources_box() -> dict[str, Any]:
    with gr.Accordion("Sources in the library", open=False, elem_id="lib-sources") as box:
        sources = gr.Dataframe(
            headers=[
                "Title",
                "Source",
                "Topic",
                "Kind",
                "Visible to",
                "Passages",
                "Added by",
                "Flags",
            ],
            interactive=False,
            max_height=320,
            wrap=True,
            elem_id="lib-sources-table",
            column_widths=["20%", "20%", "10%", "9%", "7%", "6%", "13%", "15%"],
        )
        deleting = _delete_part()
        editing = _edit_part()
        with gr.Row():
            rebuild = gr.Checkbox(label="Rebuild from scratch (slower)", value=False)
            reindex = gr.Button("Re-index", scale=1, elem_id="lib-reindex")
        upkeep = gr.Markdown(elem_id="lib-upkeep")
    return {
        "sources_box": box,
        "sources": sources,
        **deleting,
        **editing,
        "rebuild": rebuild,
        "reindex": reindex,
        "upkeep": upkeep,
    }


def _delete_part() -> dict[str, Any]:
    """Pick a source, then confirm: the confirmation names what goes, and the server deletes
    only the source that was confirmed."""
    with gr.Row():
        doomed = gr.Dropdown(label="Source to delete", choices=[], scale=3, interactive=True)
        delete = gr.Button("Delete source", variant="stop", scale=1, elem_id="lib-delete")
    with gr.Row(visible=False, elem_id="lib-confirm") as confirm_row:
        confirm_md = gr.Markdown(elem_id="lib-confirm-text")
        confirm_yes = gr.Button("Yes, delete it", variant="stop", scale=0, elem_id="lib-yes")
        confirm_no = gr.Button("Cancel", scale=0, elem_id="lib-no")
    return {
        "doomed": doomed,
        "delete": delete,
        "confirm_row": confirm_row,
        "confirm_md": confirm_md,
        "confirm_yes": confirm_yes,
        "confirm_no": confirm_no,
        "pending": gr.State(""),
    }


def _edit_part() -> dict[str, Any]:
    with gr.Row():
        edit_pick = gr.Dropdown(
            label="Uploaded document to change", choices=[], scale=3, elem_id="lib-edit-pick"
        )
        edit_topic = gr.Dropdown(TOPIC_CHOICES, label="Topic", scale=2, elem_id="lib-edit-topic")
        edit_vis = gr.Radio(VISIBILITY_CHOICES, label="Visible to", scale=2)
        edit_save = gr.Button("Save changes", scale=1, elem_id="lib-edit-save")
    return {
        "edit_pick": edit_pick,
        "edit_topic": edit_topic,
        "edit_vis": edit_vis,
        "edit_save": edit_save,
    }


def _upload_tab(max_mb: int) -> dict[str, Any]:
    with gr.Tab("Add guidance", id="upload"):
        gr.Markdown(f"Markdown, text, PDF or Word files, up to {max_mb} MB each.")
        files = gr.File(
            file_count="multiple",
            file_types=UPLOAD_TYPES,
            type="filepath",
            label="Guidance files",
            elem_id="upload-files",
        )
        with gr.Row():
            up_kind = gr.Dropdown(
                UPLOAD_KIND_CHOICES,
                value="guidance",
                label="Kind",
                elem_id="upload-kind",
                info="What the files are; what they say about themselves does not change it",
            )
            up_topic = gr.Dropdown(
                [("Read it from the file", ANY), *TOPIC_CHOICES], value=ANY, label="Topic"
            )
            up_vis = gr.Radio(VISIBILITY_CHOICES, value="everyone", label="Visible to")
        send = gr.Button("Add to the library", variant="primary", elem_id="upload-go")
        results = gr.Dataframe(
            headers=["File", "Result", "Passages", "Message"],
            interactive=False,
            elem_id="upload-results",
            wrap=True,
        )
    return {
        "files": files,
        "up_kind": up_kind,
        "up_topic": up_topic,
        "up_vis": up_vis,
        "send": send,
        "results": results,
    }


REMOVED_WORDS = {
    "PERSON": ("name", "names"),
    "EMAIL": ("email address", "email addresses"),
    "PHONE": ("phone number", "phone numbers"),
    "ID": ("ID", "IDs"),
    "ADDRESS": ("address", "addresses"),
    "HANDLE": ("handle", "handles"),
    "LINK": ("link", "links"),
    "IP": ("IP address", "IP addresses"),
    "DOB": ("date of birth", "dates of birth"),
}


def removed_summary(removed: list[dict[str, str]]) -> str:
    """'2 names, 1 email address': what the anonymiser took out, counted in words."""
    kinds: dict[str, int] = {}
    for r in removed:
        kinds[r.get("kind", "?")] = kinds.get(r.get("kind", "?"), 0) + 1
    words = []
    for kind, n in kinds.items():
        one, many = REMOVED_WORDS.get(kind, (kind.lower(), f"{kind.lower()} items"))
        words.append(f"{n} {one if n == 1 else many}")
    return ", ".join(words) or "nothing"


def keep_lines(text: str) -> str:
    """Each line of a note stays its own line on the page (Markdown would join them)."""
    return "\n".join(line.rstrip() + "  " if line.strip() else "" for line in text.splitlines())


def _note_md(item: ShareView) -> str:
    return (
        f"### {safe(item.title)}\n\n*{topic_label(item.topic)} · submitted "
        f"{short_date(item.created_at.date())} · removed before it reached you: "
        f"{removed_summary(item.removed)}*\n\n{safe(keep_lines(item.anonymised_text))}"
    )


def _passage_md(p: Passage) -> str:
    flags = SourceRow(p.source, p.title, p.topic, p.kind, p.visibility, 0, flags=p.flags).flag_text
    flagged = f"\n\n> Flagged at upload: {safe(flags)}" if flags else ""
    return (
        f"**{safe(p.label)}**\n\n{inert_code(p.source)} · {safe(topic_label(p.topic))} · "
        f"{safe(p.kind)} · visible to {safe(p.visibility)}\n\n*{safe(p.provenance)}*"
        f"{flagged}\n\n{safe(p.text)}"
    )


def _reindexed_md(done: library.Reindexed) -> str:
    errors = [f"- {safe(r.source)}: {safe(r.message)}" for r in done.errors]
    summary = ", ".join(f"{v} {k}" for k, v in sorted(done.counts.items())) or "nothing to do"
    return f"Re-indexed: {summary}; {done.shared_notes} approved shared notes.\n" + "\n".join(
        errors
    )


def _passages(n: int) -> str:
    return f"{n} passage" if n == 1 else f"{n} passages"


def _upload_warnings(out: list[FileResult]) -> None:
    if any(r.status == "error" for r in out):
        gr.Warning("Some files could not be added; see the messages in the table.")
    if any(r.status == "duplicate" for r in out):
        gr.Warning(
            "Some files are already in the library under another name, so they were not "
            "added again; see the messages in the table."
        )
    if any(r.flags for r in out):
        gr.Warning("Some files were added but flagged for review; see the messages.")


def _progress(progress: gr.Progress) -> Callable[[int, int], None]:
    return lambda done, total: progress(done / max(total, 1), desc="Embedding passages")


class Knowledge:
    """The Knowledge view's events: each reads the caller, runs one flow, returns what changed."""

    def __init__(self, deps: Deps, p: Parts) -> None:
        self.deps, self.p = deps, p

    def _me(self, request: gr.Request) -> PersonView:
        return caller(self.deps, request, ROLES)

    def _sources(self, me: PersonView) -> dict[Any, Any]:
        table, choices, uploads = _sources(self.deps, me)
        out = {self.p.sources: table, self.p.doomed: choices, self.p.edit_pick: uploads}
        if self.p.status is not None:
            out[self.p.status] = status_line(self.deps)  # the count a reload would show
        return out

    def _row(self, me: PersonView, source: str | None) -> SourceRow | None:
        rows = library.list_sources(self.deps.library, me)
        return next((r for r in rows if r.source == source), None)

    @property
    def upkept(self) -> list[Any]:
        """What every change to the library refreshes: the sources, their pickers, the count."""
        p = self.p
        return [p.sources, p.doomed, p.edit_pick, *([p.status] if p.status else []), p.upkeep]

    @guard
    def show_note(self, item_id: Any, request: gr.Request) -> str:
        me, iid = self._me(request), int_or_none(item_id)
        if iid is None:
            return "*Nothing waiting for review.*"
        return _note_md(self.deps.record.get_share(me, iid))

    def _decide(self, item_id: Any, request: gr.Request, approve_it: bool) -> dict[Any, Any]:
        me, iid = self._me(request), int_or_none(item_id)
        if iid is None:
            raise gr.Error("Choose a note to review.", title="Nothing chosen")
        if approve_it:
            item = sharing.approve_share(self.deps.record, me, iid)
            said = f"Approved *{safe(item.title)}*: it is now in the library for everyone."
        else:
            item = sharing.reject_share(self.deps.record, me, iid)
            said = f"Rejected *{safe(item.title)}*. It stays out of the library."
        out = {self.p.pick: _queue(self.deps, me), self.p.outcome: said}
        return {**out, **({self.p.status: status_line(self.deps)} if self.p.status else {})}

    @guard
    def do_approve(self, item_id: Any, request: gr.Request) -> dict[Any, Any]:
        return self._decide(item_id, request, True)

    @guard
    def do_reject(self, item_id: Any, request: gr.Request) -> dict[Any, Any]:
        return self._decide(item_id, request, False)

    @guard
    def do_search(self, q: str, t: str, k: str, request: gr.Request) -> dict[Any, Any]:
        asked = SearchInput(q, 10, topic=None if t == ANY else t, kind=None if k == ANY else k)
        found = library.search_library(self.deps.library, self._me(request), asked)
        if not found:
            return {
                self.p.hits: gr.Radio(choices=[], value=None, label="Results: none found"),
                self.p.passage: "",
            }
        choices = [(f"{sanitise_text(p.label)} · {p.kind}", p.id) for p in found]
        return {
            self.p.hits: gr.Radio(
                choices=choices, value=choices[0][1], label=f"Results ({len(found)})"
            )
        }

    @guard
    def open_hit(self, pid: str | None, request: gr.Request) -> str:
        me = self._me(request)
        got = library.read_passage(self.deps.library, me, pid) if pid else None
        return _passage_md(got) if got else ""

    @guard
    def load_sources(self, request: gr.Request) -> dict[Any, Any]:
        return self._sources(self._me(request))

    @guard
    def ask_delete(self, source: str | None, request: gr.Request) -> dict[Any, Any]:
        """Show what would go and ask; nothing is deleted until the confirmation comes back."""
        row = self._row(self._me(request), source)
        if row is None:
            where = library.where_from(source) if source else "nothing chosen"
            raise gr.Error(plain(f"'{where}' is not in the library; choose one from the list."))
        ask = (
            f"Delete **{safe(row.title)}** ({safe(row.where)}, {_passages(row.chunks)})? "
            "Mentors' plans stop citing it; this cannot be undone."
        )
        return {
            self.p.confirm_row: gr.Row(visible=True),
            self.p.confirm_md: ask,
            self.p.pending: row.source,
        }

    def _hide_confirm(self) -> dict[Any, Any]:
        return {self.p.confirm_row: gr.Row(visible=False), self.p.pending: ""}

    @guard
    def cancel_delete(self, request: gr.Request) -> dict[Any, Any]:
        self._me(request)
        return self._hide_confirm()

    @guard
    def do_delete(self, source: str, confirmed: str, request: gr.Request) -> dict[Any, Any]:
        me = self._me(request)
        said = library.delete_guidance(self.deps.library, me, source, confirm=confirmed or "")
        return {
            **self._sources(me),
            self.p.upkeep: safe(said),  # quotes typed names
            **self._hide_confirm(),
        }

    @guard
    def pick_edit(self, source: str | None, request: gr.Request) -> dict[Any, Any]:
        """Fill the edit form with the document's topic and visibility today."""
        row = self._row(self._me(request), source)
        if row is None:
            return {self.p.edit_topic: None, self.p.edit_vis: None}
        return {self.p.edit_topic: row.topic, self.p.edit_vis: row.visibility}

    @guard
    def do_edit(self, source: str, topic: str, vis: str, request: gr.Request) -> dict[Any, Any]:
        me = self._me(request)
        asked = EditInput(source or "", topic=topic or None, visibility=vis or None)
        said = library.edit_source(self.deps.library, me, asked)
        return {**self._sources(me), self.p.upkeep: safe(said)}

    @guard
    def do_reindex(
        self,
        scratch: bool,
        request: gr.Request,
        progress: gr.Progress = gr.Progress(),  # noqa: B008
    ) -> dict[Any, Any]:
        me = self._me(request)
        progress(0, desc="Re-indexing")
        done = library.reindex(self.deps.library, me, bool(scratch), _progress(progress))
        return {**self._sources(me), self.p.upkeep: _reindexed_md(done)}

    @guard
    def do_upload(
        self,
        paths: list[str] | None,
        kind: str,
        t: str,
        vis: str,
        request: gr.Request,
        progress: gr.Progress = gr.Progress(),  # noqa: B008
    ) -> dict[Any, Any]:
        me = self._me(request)
        progress(0, desc="Reading files")
        asked = UploadInput(
            list(paths or []), kind=kind, visibility=vis, topic=None if t == ANY else t
        )
        out = library.upload_guidance(self.deps.library, me, asked, _progress(progress))
        _upload_warnings(out)
        rows = [
            [r.source, f"{r.status}, flagged" if r.flags else r.status, r.chunks, r.message]
            for r in out
        ]  # a Dataframe shows cells as plain text
        return {**self._sources(me), self.p.results: rows}

    def wire(self) -> None:
        """Every event of the view; all private (not in the API docs), each checked."""
        p, private = self.p, {"api_visibility": "private"}
        index_write = {"concurrency_id": "index-write", "concurrency_limit": 1, **private}
        p.pick.change(self.show_note, [p.pick], [p.note], **private)
        decided = [p.pick, p.outcome, *([p.status] if p.status else [])]
        p.approve.click(self.do_approve, [p.pick], decided, api_name="approve_share", **private)
        p.reject.click(self.do_reject, [p.pick], decided, api_name="reject_share", **private)
        search_in, search_out = [p.query, p.topic, p.kind], [p.hits, p.passage]
        p.search.click(self.do_search, search_in, search_out, api_name="library_search", **private)
        p.query.submit(self.do_search, search_in, search_out, **private)
        p.hits.change(self.open_hit, [p.hits], [p.passage], show_progress="hidden", **private)
        p.sources_box.expand(self.load_sources, None, self.upkept[:-1], **private)
        self._wire_upkeep(index_write)
        # Uploads are read in a child process and take the index's write lock only to swap
        # chunks, so they are not queued behind each other or behind a delete or re-index.
        p.send.click(
            self.do_upload,
            [p.files, p.up_kind, p.up_topic, p.up_vis],
            [p.results, *self.upkept[:-1]],
            concurrency_id="upload",
            concurrency_limit=2,
            **private,
        )

    def _wire_upkeep(self, index_write: dict[str, Any]) -> None:
        """Delete (asked, then confirmed), change a document, re-index."""
        p, private = self.p, {"api_visibility": "private"}
        asking = [p.confirm_row, p.confirm_md, p.pending]
        p.delete.click(self.ask_delete, [p.doomed], asking, **private)
        p.confirm_no.click(self.cancel_delete, None, [p.confirm_row, p.pending], **private)
        gone = [*self.upkept, p.confirm_row, p.pending]
        p.confirm_yes.click(self.do_delete, [p.doomed, p.pending], gone, **index_write)
        p.edit_pick.change(self.pick_edit, [p.edit_pick], [p.edit_topic, p.edit_vis], **private)
        edit_in = [p.edit_pick, p.edit_topic, p.edit_vis]
        p.edit_save.click(self.do_edit, edit_in, self.upkept, **index_write)
        p.reindex.click(self.do_reindex, [p.rebuild], self.upkept, **index_write)


def build(deps: Deps, status: gr.Markdown | None = None) -> View:
    parts = layout(deps, status)
    Knowledge(deps, parts).wire()
    return View(
        tab=parts.tab, roles=ROLES, load=lambda me: [_queue(deps, me)], outputs=[parts.pick]
    )
