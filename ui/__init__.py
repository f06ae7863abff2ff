"""Turntable's web UI: one Gradio app whose tabs follow the signed-in person's role.

`build_app(deps)` assembles the views (Prepare, Reflect, Our cycle, Knowledge, Program, Themes,
Ask the coach, Reminders, My data) and the deliberate API; `launch_options(deps)` holds the server
settings (loopback, sign-in against the record, upload limit, no analytics). The `coach` package
never imports this one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr
from starlette.middleware import Middleware

from coach.errors import CoachError
from coach.record import PersonView
from coach.record.people import normalise_email
from ui import api, ask, knowledge, mydata, pair, prepare, program, reflect, reminders, themes
from ui.argspecs import read_argspecs_once
from ui.auth import SignInGate
from ui.common import ROLE_LABELS, View, caller, guard, safe
from ui.csp import ContentSecurityPolicy
from ui.deps import DEMO_FILE, Deps
from ui.lanes import PAGE_LANE, PAGE_LIMIT, QUEUE_SIZE, CoachLanes
from ui.memory import CAPACITY, Blocks, start_sweeper
from ui.mydata import SIGN_OUT_JS
from ui.sessions import OwnerGuard
from ui.signin import SignInLimiter
from ui.status import status_line

__all__ = ["build_app", "launch_options", "make_auth", "queue", "status_line"]

# The tabs, in order; each module's build(deps) returns its View.
VIEWS = (prepare, reflect, pair, knowledge, program, ask, reminders, mydata, themes)

# A page whose load has not arrived tries again this often: long enough that a load merely
# waiting in a busy queue is seldom asked for twice, short enough to come back by itself.
RETRY_EVERY = 15.0
RETRIES = 20  # retries at most (five minutes); after that a reload of the page starts again

CSS = """
.lead p { color: var(--body-text-color-subdued); margin: 0 0 .25rem 0; }
.panel { border: 1px solid var(--border-color-primary); border-radius: var(--radius-lg);
         padding: .75rem 1rem !important; background: var(--background-fill-primary); }
.plan h2 { margin-top: .2rem; font-size: 1.25rem; }
.plan h3 { margin-top: .9rem; font-size: 1.02rem; color: var(--color-accent); }
.plan blockquote { font-size: .9rem; }
.passage { font-size: .92rem; }
.hint p, #status p { font-size: .85rem; color: var(--body-text-color-subdued); margin: 0; }
#brand h1 { margin: 0; font-size: 1.6rem; }
#brand p { margin: 0; color: var(--body-text-color-subdued); }
#whoami p { text-align: right; margin: 0; }
.figures table { width: 100%; }
.figures td, .figures th { text-align: center !important; }
.subhead p { margin: .5rem 0 0 0; }
#share-hl .textfield { display: block; word-break: normal; overflow-wrap: break-word; }
#share-hl .token-container { display: inline; }
#share-hl .line-break { display: block; }
#brand h1 { white-space: nowrap; word-break: keep-all; overflow-wrap: normal; hyphens: none; }
.figures th, .figures td { word-break: normal; overflow-wrap: normal; hyphens: auto; }
@media (max-width: 640px) {
  #brand { flex: 1 1 100% !important; min-width: 100% !important; }
  .figures table { table-layout: fixed; font-size: .8rem; }
  .figures th, .figures td { padding: .35rem .15rem !important; }
  #reflect-side { order: 2; }
}
"""


def theme() -> gr.themes.Base:
    """A calm theme with local fonts only: the page never fetches anything from elsewhere."""
    return gr.themes.Soft(
        primary_hue="indigo",
        secondary_hue="teal",
        neutral_hue="slate",
        font=("ui-sans-serif", "system-ui", "Segoe UI", "sans-serif"),
        font_mono=("ui-monospace", "SFMono-Regular", "monospace"),
    )


@dataclass(frozen=True)
class Frame:
    """What every page has around the tabs: who is signed in, the coach's status, the tabs."""

    who: gr.Markdown
    status: gr.Markdown
    tabs: gr.Tabs
    views: list[View]

    @property
    def outputs(self) -> list[Any]:
        """What a page load may fill in: the frame, each tab, and each view's own parts."""
        return [
            self.who,
            self.status,
            self.tabs,
            *[v.tab for v in self.views],
            *[o for v in self.views for o in v.outputs],
        ]


def build_app(deps: Deps) -> gr.Blocks:
    """The whole app for these dependencies; nothing here holds per-person state."""
    read_argspecs_once()  # every update an event returns makes components (ui.argspecs)
    with Blocks(title="Turntable", analytics_enabled=False, delete_cache=(600, 3600)) as demo:
        who, status = _header()
        with gr.Tabs() as tabs:
            views: list[View] = [
                view.build(deps, status) if view is knowledge else view.build(deps)
                for view in VIEWS
            ]
        api.register(deps)
        _wire_load(deps, demo, Frame(who, status, tabs, views))
    return demo


def _header() -> tuple[gr.Markdown, gr.Markdown]:
    with gr.Row(equal_height=False):
        gr.Markdown("# Turntable\nReverse mentoring, prepared and remembered.", elem_id="brand")
        who = gr.Markdown(elem_id="whoami")
        signout = gr.Button("Sign out", size="sm", scale=0, min_width=100, elem_id="signout")
        signout.click(None, js=SIGN_OUT_JS)
    return who, gr.Markdown(elem_id="status")


def loaded(deps: Deps, me: PersonView, frame: Frame) -> dict[Any, Any]:
    """The page for this person: their tabs shown (the first selected), each filled in."""
    mine = [v for v in frame.views if me.role in v.roles]
    out: dict[Any, Any] = {
        frame.who: f"Signed in as **{safe(me.name)}** ({ROLE_LABELS.get(me.role, me.role)})",
        frame.status: status_line(deps),
        frame.tabs: gr.Tabs(selected=mine[0].tab.id if mine else None),
    }
    out |= {v.tab: gr.Tab(visible=v in mine) for v in frame.views}
    for v in mine:
        if v.load is not None:
            out |= dict(zip(v.outputs, v.load(me), strict=True))
    return out


def _wire_load(deps: Deps, demo: gr.Blocks, frame: Frame) -> None:
    """The page load, and its retry: a load the queue refused (or that failed) leaves the
    page's dropdowns empty, and every later event would be refused against their empty
    choices, so until a load has arrived a timer tries again every RETRY_EVERY seconds
    (at most RETRIES times); the first load that arrives stops it."""
    retry, tries = gr.Timer(RETRY_EVERY, active=True), gr.State(0)
    lane = {"concurrency_id": PAGE_LANE, "concurrency_limit": PAGE_LIMIT}
    everything = [*frame.outputs, retry, tries]

    @guard
    def on_load(request: gr.Request) -> dict[Any, Any]:
        page = loaded(deps, caller(deps, request), frame)
        return page | {retry: gr.Timer(active=False), tries: RETRIES}

    @guard
    def retry_load(done: Any, request: gr.Request) -> dict[Any, Any]:
        """As on_load, quietly: a failed retry leaves the page as it is for the next try."""
        caller(deps, request)  # who is asking comes first, whatever the page sent
        tried = done if isinstance(done, int) and not isinstance(done, bool) else 0
        if tried >= RETRIES:
            return {retry: gr.Timer(active=False)}
        try:
            return on_load(request)
        except gr.Error:
            return {tries: tried + 1}

    demo.load(on_load, None, everything, api_visibility="private", **lane)
    retry.tick(retry_load, [tries], everything, api_visibility="private", **lane)


def _lockout_key(username: str | None) -> str:
    """The email as the record reads it, so no spelling of it (case, spaces, a NUL byte)
    earns a fresh count of attempts against the same account."""
    try:
        return normalise_email(username or "")
    except CoachError:
        return (username or "").strip().lower()


def make_auth(deps: Deps, limiter: SignInLimiter | None = None) -> Any:
    """Gradio's sign-in check. Passing it makes Gradio show its sign-in page; the web's
    `POST /login` is answered by `ui.auth.SignInGate` (record sign-ins, off the event loop)
    before it reaches Gradio, so this stays for in-process callers only."""
    limiter = limiter or SignInLimiter()

    def check(username: str, password: str) -> bool:
        email = _lockout_key(username)
        if limiter.locked(email):
            return False
        ok = deps.record.authenticate(email, password or "") is not None
        limiter.record(email, ok)
        return ok

    return check


def sign_in_message(deps: Deps) -> str:
    text = "Sign in with your work email and the password you were given."
    if (deps.settings.data_dir / DEMO_FILE).exists():
        text += (
            f" Demo accounts for each role are in {DEMO_FILE} in the data folder of the app, "
            "readable only by whoever started the app."
        )
    return text


def live_region_words() -> gr.I18n:
    """Words the framework's screen-reader announcements lack in English: without them a
    finished event is read out as its key, "common.complete"."""
    words = {"common.complete": "Done.", "common.error": "Something went wrong."}
    return gr.I18n(en=words, **{"en-US": words, "en-GB": words})


def launch_options(deps: Deps) -> dict[str, Any]:
    s = deps.settings
    return {
        "server_name": s.host,
        "server_port": s.port,
        "auth": make_auth(deps),
        "auth_message": sign_in_message(deps),
        "max_file_size": f"{s.max_upload_mb}mb",
        "show_error": False,
        "footer_links": ["api"],
        "ssr_mode": False,
        "pwa": False,
        "mcp_server": False,
        "enable_monitoring": False,
        "state_session_capacity": CAPACITY,
        "theme": theme(),
        "css": CSS,
        "i18n": live_region_words(),
        # Outermost first: every answer, a refusal included, carries the policy.
        "app_kwargs": {
            "middleware": [
                Middleware(ContentSecurityPolicy),
                Middleware(SignInGate, deps=deps),
                Middleware(OwnerGuard, owners=deps.owners, files=deps.downloads),
                Middleware(CoachLanes, record=deps.record),
            ]
        },
    }


def queue(demo: gr.Blocks) -> gr.Blocks:
    """Bounded queue: coach and index work get their own small limits (2 cores are common);
    `ui.lanes.CoachLanes` bounds coach work per person and overall, so the queue is sized for
    the light lanes (page load, autosave, search) to always find room."""
    start_sweeper(demo)  # pages nobody needs any more are let go (ui.memory)
    return demo.queue(default_concurrency_limit=4, max_size=QUEUE_SIZE)
