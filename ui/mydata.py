"""My data (everyone): download everything held about me; delete my account and my data."""

from __future__ import annotations

import json
from datetime import date

import gradio as gr

from ui.common import View, caller, guard
from ui.deps import Deps

# Sign-out is a POST (a link or a stored image cannot sign anyone out); then the sign-in page.
SIGN_OUT_JS = ("async () => { try { await fetch('logout', {method: 'POST', "
               "credentials: 'same-origin'}); } finally { window.location.href = './'; } }")

ROLES = ("mentor", "mentee", "hr", "admin")


def build(deps: Deps) -> View:
    with gr.Tab("My data", id="mydata", visible=False) as tab:
        gr.Markdown("Everything Turntable holds about you is yours: download it, or delete your "
                    "account and your data.", elem_classes=["lead"])
        with gr.Row(equal_height=False):
            with gr.Column(elem_classes=["panel"]):
                gr.Markdown("### Download my data\nYour profile, pairs, your side of every "
                            "session (notes, plans, reflections, ratings), action items, the "
                            "notes you offered to share, and the audit trail of your actions, "
                            "as JSON.")
                export = gr.Button("Prepare my data", elem_id="export-go")
                exported = gr.File(label="Your data", interactive=False, elem_id="export-file")
            with gr.Column(elem_classes=["panel"]):
                gr.Markdown("### Delete my account\nYour notes, plans, reflections, ratings and "
                            "action items are erased, notes you shared leave the library, and "
                            "your pairs end. Your partner keeps their own side. This cannot be "
                            "undone.")
                sure = gr.Checkbox(label="I understand this cannot be undone",
                                   elem_id="delete-sure")
                confirm = gr.Textbox(label="Type your email to confirm", elem_id="delete-email")
                delete = gr.Button("Delete my account and data", variant="stop",
                                   elem_id="delete-go")
                deleted = gr.Markdown(elem_id="delete-said")
        with gr.Column(elem_classes=["panel"]):
            gr.Markdown("### Change my password\nEvery place you are signed in is signed out; "
                        "sign in again with the new password.")
            with gr.Row():
                current = gr.Textbox(label="Current password", type="password",
                                     elem_id="pw-current")
                new = gr.Textbox(label="New password", type="password", elem_id="pw-new")
                again = gr.Textbox(label="New password again", type="password",
                                   elem_id="pw-again")
            change = gr.Button("Change my password", elem_id="pw-go")
            changed = gr.Markdown(elem_id="pw-said")

    @guard
    def do_export(request: gr.Request) -> str:
        me = caller(deps, request)
        data = deps.record.export_person(me, me.id)
        text = json.dumps(data, indent=2, ensure_ascii=False, default=str)
        return deps.downloads.write(me.email, f"turntable-my-data-{date.today().isoformat()}.json",
                                    text)

    @guard
    def do_delete(understood: bool, typed: str, request: gr.Request) -> str:
        me = caller(deps, request)
        if not understood or (typed or "").strip().lower() != me.email.lower():
            raise gr.Error("Tick the box and type your email exactly to confirm.",
                           title="Not deleted")
        counts = deps.record.delete_person(me, me.id)
        deps.downloads.forget(me.email)
        deps.owners.forget_user(me.email)
        return (f"Your account and data were deleted ({counts['sessions_erased']} sessions "
                f"erased, {counts['shared_notes']} shared notes removed). Signing you out…")

    @guard
    def do_change_password(current_pw: str, new_pw: str, again_pw: str,
                           request: gr.Request) -> str:
        me = caller(deps, request)
        if (new_pw or "") != (again_pw or ""):
            raise gr.Error("The two new passwords differ; nothing was changed.",
                           title="Not changed")
        deps.record.change_password(me, current_pw or "", new_pw or "")
        return "Your password was changed. Signing you out: sign in with the new one…"

    change.click(do_change_password, [current, new, again], changed, api_visibility="private") \
        .success(None, js="() => { setTimeout(" + SIGN_OUT_JS + ", 1500); }")
    export.click(do_export, None, exported, api_visibility="private")
    delete.click(do_delete, [sure, confirm], deleted, api_visibility="private") \
        .success(None, js="() => { setTimeout(" + SIGN_OUT_JS + ", 1500); }")

    return View(tab=tab, roles=ROLES)
