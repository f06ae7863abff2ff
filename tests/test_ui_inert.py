"""Stored text fetches nothing: hostile notes and documents, opened in a real browser.

A listener on 127.0.0.9 records every request that reaches it. A mentee's note in the share
queue and an uploaded document in the library carry every spelling in
`tests/hostile_markdown.py`, all pointed at the listener. HR opening the app (the first queued
note renders by itself) and a junior opening the citation of that document must send it
nothing, and the page must say nothing about a Content-Security-Policy it broke.
"""

from __future__ import annotations

import http.server
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from coach.embeddings import MiniLMEmbedding
from coach.index import Index, open_index
from coach.record import SYSTEM
from coach.settings import load_settings
from tests.hostile_markdown import hostile, unsafe_parts
from tests.index_fixtures import free_port
from tests.ui_fixtures import UiServer, copy_library, shot, sign_in, start_app, stop_app

LISTEN_IP = "127.0.0.9"
WORD = "quenzel"  # a rare word, so the junior's plan cites the planted document
TITLE = "Quenzel fee questions"


def _render(markdown: str) -> str:
    from markdown_it import MarkdownIt

    return (
        MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(markdown)
    )


@pytest.mark.parametrize("text", hostile("127.0.0.9:8099"))
def test_what_the_views_render_is_inert(text: str) -> None:
    """`safe()` is what every view hands gr.Markdown for stored or model text."""
    from ui.common import safe

    html = _render(safe(text))
    assert unsafe_parts(html) == [] and "leak" not in html, (text, safe(text), html)


# -- the browser -----------------------------------------------------------------------------
class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: list[str]

    def _record(self) -> None:
        self.seen.append(f"{self.command} {self.path}")
        self.send_response(200)
        self.send_header("Content-Type", "image/gif")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_HEAD = do_OPTIONS = _record

    def log_message(self, *args: object) -> None:
        return


@dataclass
class Listener:
    host: str  # ip:port
    seen: list[str]


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    """A tiny HTTP server on 127.0.0.9 that answers and remembers every request."""
    port = free_port()
    seen: list[str] = []
    handler = type("Recorder", (_Recorder,), {"seen": seen})
    server = http.server.ThreadingHTTPServer((LISTEN_IP, port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Listener(host=f"{LISTEN_IP}:{port}", seen=seen)
    finally:
        server.shutdown()
        server.server_close()


def _document(host: str) -> str:
    spellings = hostile(host)
    lead = "\n\n".join(spellings[:12])  # the reported reference images lead the cited passage
    rest = "\n\n".join(spellings[12:])
    return (
        f"# {TITLE}\n\n## {WORD.capitalize()} questions that work\n\n"
        f"- Which {WORD} fees do your friends compare before anything else?\n"
        f"- What would make a {WORD} account worth switching to?\n\n{lead}\n\n"
        f"## More about {WORD} fees\n\n{rest}\n"
    )


@pytest.fixture(scope="module")
def hostile_app(
    tmp_path_factory: pytest.TempPathFactory,
    library_index: Index,
    embedder: MiniLMEmbedding,
    listener: Listener,
) -> Iterator[UiServer]:
    """The app on its own data dir, with a hostile note queued and a hostile document shelved."""
    from ui.deps import build_deps, read_demo_accounts, seed_demo_if_empty

    data_dir = tmp_path_factory.mktemp("ui-inert")
    copy_library(library_index, data_dir, embedder)
    settings = load_settings(data_dir=data_dir)
    deps = build_deps(settings, index=open_index(settings, embedder))
    try:
        seed_demo_if_empty(deps)
        deps.index.add_text(
            f"uploads/{WORD}-fees.md",
            _document(listener.host),
            title=TITLE,
            topic="technology",
            kind="question-bank",
        )
        record = deps.record
        mentee = record.find_person(SYSTEM, "mentee@demo.turntable.example")
        pair = record.my_pairs(mentee)[0]
        sid = record.list_sessions(mentee, pair.id)[0].id
        notes = "\n\n".join(hostile(listener.host))
        record.save_notes(mentee, sid, notes)
        record.submit_share(mentee, sid, notes, title="Hostile lesson")
    finally:
        deps.record.close()
    proc, url, log = start_app(data_dir)
    try:
        yield UiServer(url=url, data_dir=data_dir, passwords=read_demo_accounts(data_dir), log=log)
    finally:
        stop_app(proc)


def _watch(page, listener: Listener) -> tuple[list[str], list[str]]:  # noqa: ANN001
    """Requests the page sent to the listener, and what the console said about the CSP."""
    fetched: list[str] = []
    csp: list[str] = []
    page.on("request", lambda r: fetched.append(r.url) if LISTEN_IP in r.url else None)
    page.on(
        "console",
        lambda m: (
            csp.append(m.text)
            if "Content Security Policy" in m.text or "Content-Security-Policy" in m.text
            else None
        ),
    )
    page.on("pageerror", lambda e: csp.append(str(e)) if "Content Security" in str(e) else None)
    page.context.add_init_script(VIOLATIONS)  # from the next navigation on
    return fetched, csp


# Records every CSP violation the page reports, whether or not it reaches the console.
VIOLATIONS = """
window.__csp = [];
document.addEventListener('securitypolicyviolation',
    e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def _violations(page) -> list[str]:  # noqa: ANN001
    return page.evaluate("window.__csp || ['the violation recorder did not load']")


def _no_active_html(page, selector: str) -> None:  # noqa: ANN001
    found = page.evaluate(
        """(sel) => {
        const root = document.querySelector(sel);
        const bad = [];
        for (const el of root.querySelectorAll('*')) {
            if (['IMG', 'SVG', 'IMAGE', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'SOURCE',
                 'PICTURE', 'LINK', 'STYLE', 'SCRIPT', 'INPUT'].includes(el.tagName.toUpperCase()))
                bad.push(el.outerHTML.slice(0, 120));
            for (const a of el.attributes)
                if (/^(src|srcset|poster|data|background|xlink:href)$/i.test(a.name) ||
                    (a.name === 'href' && !a.value.startsWith('#')) ||
                    (a.name === 'style' && /url\\s*\\(/i.test(a.value)))
                    bad.push(el.tagName + ' ' + a.name + '=' + a.value.slice(0, 80));
        }
        return bad;
    }""",
        selector,
    )
    assert found == [], found


def _expect():  # noqa: ANN202
    return pytest.importorskip("playwright.sync_api").expect


@pytest.mark.browser
def test_hr_opening_the_app_fetches_nothing(
    browser,
    hostile_app: UiServer,  # noqa: ANN001
    listener: Listener,
) -> None:
    expect = _expect()
    before = len(listener.seen)
    page = sign_in(browser, hostile_app, *hostile_app.creds("hr"))
    fetched, csp = _watch(page, listener)
    page.reload()  # watched from the first request of the page on
    expect(page.locator("#whoami")).to_contain_text("Signed in as")
    note = page.locator("#queue-note")
    if "Hostile lesson" not in (note.inner_text() or ""):
        page.locator("#queue-pick input").click()
        page.get_by_role("option", name="Hostile lesson", exact=False).first.click()
    expect(note).to_contain_text("Hostile lesson", timeout=30_000)
    expect(note).to_contain_text("[link removed]")
    _no_active_html(page, "#queue-note")
    page.get_by_role("tab", name="Library").click()
    page.locator("#lib-q textarea, #lib-q input").fill(f"{WORD} fees")
    page.locator("#lib-search").click()
    expect(page.locator("#lib-passage")).to_contain_text(WORD, timeout=30_000)
    _no_active_html(page, "#lib-passage")
    page.get_by_text("Sources in the library").click()
    expect(page.locator("#lib-sources")).to_contain_text(f"uploaded: {WORD}-fees.md")
    page.wait_for_timeout(500)  # let any late fetch (an image, a font) show up
    shot(page, "inert-hr")
    csp += _violations(page)
    page.context.close()
    assert fetched == [] and listener.seen[before:] == [], (fetched, listener.seen)
    assert csp == [], csp


@pytest.mark.browser
def test_a_junior_opening_a_citation_fetches_nothing(
    browser,
    hostile_app: UiServer,  # noqa: ANN001
    listener: Listener,
) -> None:
    expect = _expect()
    before = len(listener.seen)
    page = sign_in(browser, hostile_app, *hostile_app.creds("mentor"))
    fetched, csp = _watch(page, listener)
    page.reload()  # watched from the first request of the page on
    expect(page.locator("#whoami")).to_contain_text("Signed in as")
    page.get_by_label("What they want from it").fill(f"how friends compare {WORD} fees")
    page.locator("#prepare-go").click()
    expect(page.locator("#plan")).to_contain_text("Sources", timeout=120_000)
    _no_active_html(page, "#plan")
    cited = page.locator("#cites label", has_text=WORD.capitalize())
    expect(cited.first).to_be_visible()
    cited.first.click()
    expect(page.locator("#passage")).to_contain_text(f"uploads/{WORD}-fees.md", timeout=30_000)
    expect(page.locator("#passage")).to_contain_text("Which")
    _no_active_html(page, "#passage")
    page.wait_for_timeout(500)
    shot(page, "inert-junior")
    csp += _violations(page)
    page.context.close()
    assert fetched == [] and listener.seen[before:] == [], (fetched, listener.seen)
    assert csp == [], csp


def test_every_answer_carries_the_policy(hostile_app: UiServer) -> None:
    """The sign-in page, the app, its assets, its API and a refusal all carry the policy."""
    import httpx

    from ui.csp import POLICY

    with httpx.Client(base_url=hostile_app.url, timeout=60, trust_env=False) as client:
        page = client.get("/")
        asset = next(iter(re.findall(r'src="([^"]+\.js)"', page.text)), None)
        answers = [
            page,
            client.get("/config"),
            client.get("/gradio_api/info"),
            client.get("/no-such-page"),
        ]
        if asset:
            answers.append(client.get(asset))
        email, password = hostile_app.creds("hr")
        answers.append(client.post("/login", data={"username": email, "password": password}))
        answers.append(client.get("/"))
    assert asset and answers[-2].status_code == 200
    for answer in answers:
        got = answer.headers.get("content-security-policy")
        assert got == POLICY, (answer.request.url, answer.status_code, got)
        assert answer.headers.get("x-content-type-options") == "nosniff"
    assert "img-src 'self' data: blob:" in POLICY and "connect-src 'self'" in POLICY


def test_the_listener_records_what_reaches_it(listener: Listener) -> None:
    """The check above could not pass by a listener that hears nothing."""
    import urllib.request

    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(f"http://{listener.host}/probe", timeout=10) as answer:
        assert answer.status == 200
    assert listener.seen[-1] == "GET /probe"
