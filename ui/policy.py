"""What each of the framework's routes may do here, by its path template.

Every route Gradio serves is listed (a test compares this table with the running app's
routes): open to anyone (the sign-in page and its assets), signed-in only, owned by a session
or an event (and where the framework reads that hash or id), callable by name (documented
endpoints only), or refused. A template missing from this table is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

NAMED = "named"
P = "/gradio_api"


@dataclass(frozen=True)
class Rule:
    public: bool = False  # no sign-in needed
    refused: bool = False  # never served here
    json_body: bool = False  # the body is read (JSON) to find what it names
    session_in: str | None = None  # "query", "path", "body" or "optional body"
    event_in_path: bool = False  # {event_id} in the path must be the caller's event
    cancel: bool = False  # the body names a session and one of its events
    template_kind: str | None = None  # NAMED: {api_name} must be a documented endpoint
    v2: bool = False  # the body is the endpoint's keyword arguments
    claims_event: bool = False  # the answer's event id becomes the caller's
    file: bool = False  # a served file: checked against who it was made for
    upload: bool = False  # the answer's file paths become the uploader's


OPEN = Rule(public=True)
SIGNED_IN = Rule()
REFUSED = Rule(refused=True)
NAMED_CALL = Rule(
    json_body=True, session_in="optional body", template_kind=NAMED, claims_event=True
)
NAMED_RUN = Rule(json_body=True, session_in="optional body", template_kind=NAMED)
NAMED_V2 = Rule(json_body=True, template_kind=NAMED, v2=True, claims_event=True)
NAMED_RESULT = Rule(event_in_path=True, template_kind=NAMED)
SESSION_PATH = Rule(session_in="path")


def _both(template: str, rule: Rule) -> dict[str, Rule]:
    """A route Gradio serves with and without a trailing slash."""
    return {template: rule, template + "/": rule}


POLICY: dict[str, Rule] = {
    # the sign-in page, its assets, and the questions it asks before anyone signs in
    "/": OPEN,
    **_both("/login", OPEN),
    "/svelte/{path:path}": OPEN,
    "/static/{path:path}": OPEN,
    "/assets/{path:path}": OPEN,
    "/favicon.ico": OPEN,
    "/theme.css": OPEN,
    f"{P}/theme.css": OPEN,
    "/robots.txt": OPEN,
    "/manifest.json": OPEN,
    "/pwa_icon": OPEN,
    "/pwa_icon/{size}": OPEN,
    **_both(f"{P}/user", OPEN),
    **_both(f"{P}/login_check", OPEN),
    **_both(f"{P}/app_id", OPEN),
    f"{P}/startup-events": OPEN,  # launch() itself calls it; it runs the startup events once
    # signed in
    **_both("/config", SIGNED_IN),
    **_both(f"{P}/info", SIGNED_IN),
    f"{P}/queue/status": SIGNED_IN,
    f"{P}/upload_progress": SIGNED_IN,
    **_both(f"{P}/reset", SIGNED_IN),
    f"{P}/custom_component/{{id}}/{{environment}}/{{type}}/{{file_name}}": SIGNED_IN,
    f"{P}/upload": Rule(upload=True),
    f"{P}/file={{path_or_url:path}}": Rule(file=True),
    f"{P}/file/{{path:path}}": Rule(file=True),
    # a session's own routes
    f"{P}/queue/join": Rule(json_body=True, session_in="body"),
    f"{P}/queue/data": Rule(session_in="query"),
    f"{P}/heartbeat/{{session_hash}}": SESSION_PATH,
    f"{P}/cancel": Rule(json_body=True, cancel=True),
    **_both(f"{P}/component_server", Rule(json_body=True, session_in="body")),
    f"{P}/stream/{{event_id}}": Rule(event_in_path=True),
    f"{P}/stream/{{event_id}}/close": Rule(event_in_path=True),
    f"{P}/stream/{{session_hash}}/{{run}}/{{component_id}}/playlist.m3u8": SESSION_PATH,
    f"{P}/stream/{{session_hash}}/{{run}}/{{component_id}}/{{segment_id}}.{{ext}}": SESSION_PATH,
    f"{P}/stream/{{session_hash}}/{{run}}/{{component_id}}/playlist-file": SESSION_PATH,
    # the documented endpoints, by name
    **_both(f"{P}/run/{{api_name}}", NAMED_RUN),
    **_both(f"{P}/api/{{api_name}}", NAMED_RUN),
    **_both(f"{P}/call/{{api_name}}", NAMED_CALL),
    **_both(f"{P}/call/v2/{{api_name}}", NAMED_V2),
    f"{P}/call/{{api_name}}/{{event_id}}": NAMED_RESULT,
    f"{P}/call/v2/{{api_name}}/{{event_id}}": NAMED_RESULT,
    # refused: saved page states, sign-out by GET (a POST is handled before this table),
    # the bearer token readable by scripts, developer and monitoring tools, the URL proxy
    f"{P}/deep_link": REFUSED,
    "/logout": REFUSED,
    **_both(f"{P}/token", REFUSED),
    "/openapi.json": REFUSED,
    f"{P}/openapi.json": REFUSED,
    f"{P}/dev/reload": REFUSED,
    **_both(f"{P}/runs", REFUSED),
    f"{P}/run-history/connect": REFUSED,
    f"{P}/run-history/buckets": REFUSED,
    f"{P}/run-history/records": REFUSED,
    f"{P}/run-history/records/{{endpoint}}/{{record_id}}/assets/{{asset_id}}": REFUSED,
    "/monitoring": REFUSED,
    "/monitoring/summary": REFUSED,
    "/monitoring/{key}": REFUSED,
    f"{P}/proxy={{url_path:path}}": REFUSED,
    f"{P}/process_recording": REFUSED,
    **_both(f"{P}/vibe-edit", REFUSED),
    **_both(f"{P}/undo-vibe-edit", REFUSED),
    **_both(f"{P}/vibe-code", REFUSED),
    **_both(f"{P}/vibe-starter-queries", REFUSED),
}
