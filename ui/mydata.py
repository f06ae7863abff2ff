"""My data (everyone): download everything held about me; delete my account and my data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr

from coach.flows.rights import DeleteInput, delete_my_account, export_my_data
from coach.record import PersonView
from ui.common import View, caller, guard
from ui.deps import Deps

# Sign-out is a POST (a link or a stored image cannot sign anyone out); then the sign-in page.
SIGN_OUT_JS = (
    "async () => { try { await fetch('logout', {method: 'POST', "
    "credentials: 'same-origin'}); } finally { window.location.href = './'; } }"
)

ROLES = ("mentor", "mentee", "hr", "admin")


AFTER_SIGN_OUT = "() => { setTimeout(" + SIGN_OUT_JS + ", 1500); }"


@dataclass
class Parts:
    """The My data view's components: built by `layout`, wired by `MyData.wire`."""

    tab: gr.Tab
    export: gr.Button
    exported: gr.File
    sure: gr.Checkbox
    confirm: gr.Textbox
    delete: gr.Button
    deleted: gr.Markdown
    current: gr.Textbox
    new: gr.Textbox
    again: gr.Textbox
    change: gr.Button
    changed: gr.Markdown


def layout() -> Parts:
    with gr.Tab("My data", id="mydata", visible=False) as tab:
        gr.Markdown(
            "Everything Turntable holds about you is yours: download it, or delete your "
            "account and your data.",
            elem_classes=["lead"],
        )
        with gr.Row(equal_height=False):
            export, exported = _export_panel()
            rights = _delete_panel()
        password = _password_panel()
    return Parts(tab, export, exported, **rights, **password)


def _export_panel() -> tuple[gr.Button, gr.File]:
    with gr.Column(elem_classes=["panel"]):
        gr.Markdown(
            "### Download my data\nYour profile, pairs, your side of every session "
            "(notes, plans, reflections, ratings), action items, the notes you offered "
            "to share, and the audit trail of your actions, as JSON."
        )
        export = gr.Button("Prepare my data", elem_id="export-go")
        exported = gr.File(label="Your data", interactive=False, elem_id="export-file")
    return export, exported


def _delete_panel() -> dict[str, Any]:
    with gr.Column(elem_classes=["panel"]):
        gr.Markdown(
            "### Delete my account\nYour notes, plans, reflections, ratings and action "
            "items are erased, notes you shared leave the library, and your pairs end. "
            "Your partner keeps their own side. This cannot be undone."
        )
        sure = gr.Checkbox(label="I understand this cannot be undone", elem_id="delete-sure")
        confirm = gr.Textbox(label="Type your email to confirm", elem_id="delete-email")
        delete = gr.Button("Delete my account and data", variant="stop", elem_id="delete-go")
        deleted = gr.Markdown(elem_id="delete-said")
    return {"sure": sure, "confirm": confirm, "delete": delete, "deleted": deleted}


def _password_panel() -> dict[str, Any]:
    with gr.Column(elem_classes=["panel"]):
        gr.Markdown(
            "### Change my password\nEvery place you are signed in is signed out; "
            "sign in again with the new password."
        )
        with gr.Row():
            current = gr.Textbox(label="Current password", type="password", elem_id="pw-current")
            new = gr.Textbox(label="New password", type="password", elem_id="pw-new")
            again = gr.Textbox(label="New password again", type="password", elem_id="pw-again")
        change = gr.Button("Change my password", elem_id="pw-go")
        changed = gr.Markdown(elem_id="pw-said")
    return {"current": current, "new": new, "again": again, "change": change, "changed": changed}


class MyData:
    """The My data view's events: each reads the caller and runs one flow."""

    def __init__(self, deps: Deps, p: Parts) -> None:
        self.deps, self.p = deps, p

    def _me(self, request: gr.Request) -> PersonView:
        return caller(self.deps, request)

    @guard
    def do_export(self, request: gr.Request) -> str:
        me = self._me(request)
        mine = export_my_data(self.deps.record, me)
        return self.deps.downloads.write(me.email, mine.filename, mine.json_text)

    @guard
    def do_delete(self, understood: bool, typed: str, request: gr.Request) -> str:
        me = self._me(request)
        gone = delete_my_account(self.deps.record, me, DeleteInput(bool(understood), typed or ""))
        self.deps.downloads.forget(gone.email)
        self.deps.owners.forget_user(gone.email)
        return f"Your account and data were deleted ({gone.summary}). Signing you out…"

    @guard
    def do_change_password(
        self, current_pw: str, new_pw: str, again_pw: str, request: gr.Request
    ) -> str:
        me = self._me(request)
        if (new_pw or "") != (again_pw or ""):
            raise gr.Error(
                "The two new passwords differ; nothing was changed.", title="Not changed"
            )
        self.deps.record.change_password(me, current_pw or "", new_pw or "")
        return "Your password was changed. Signing you out: sign in with the new one…"

    def wire(self) -> None:
        p, private = self.p, {"api_visibility": "private"}
        p.change.click(
            self.do_change_password, [p.current, p.new, p.again], p.changed, **private
        ).success(None, js=AFTER_SIGN_OUT)
        p.export.click(self.do_export, None, p.exported, **private)
        p.delete.click(self.do_delete, [p.sure, p.confirm], p.deleted, **private).success(
            None, js=AFTER_SIGN_OUT
        )


def build(deps: Deps) -> View:
    parts = layout()
    MyData(deps, parts).wire()
    return View(tab=parts.tab, roles=ROLES)
