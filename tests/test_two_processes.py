"""Two real app processes on one record and one data dir, as two replicas behind a load
balancer: sign-ins and lockouts hold across both, a browser signed in on one is signed in on
the other, the per-person limit on coach work counts both, and notes saved through both at
once are all kept, because all of it lives in the record.

Both processes have a model configured (a local OpenAI-compatible server that answers only
when the test lets it), so a plan can be held "being prepared" for as long as a test needs.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from coach.embeddings import MiniLMEmbedding
from coach.index import Index
from coach.record import SYSTEM, Record
from tests.llm_server import LLMServer
from tests.ui_fixtures import DEMO, HttpPerson, copy_library, start_app, stop_app


@dataclass
class TwoApps:
    url_a: str
    url_b: str
    passwords: dict[str, str]
    data_dir: Path
    model: LLMServer

    def record(self) -> Record:
        return Record.open(f"sqlite:///{next(self.data_dir.glob('*.db'))}")


@pytest.fixture(scope="module")
def two_apps(
    tmp_path_factory: pytest.TempPathFactory, library_index: Index, embedder: MiniLMEmbedding
) -> Iterator[TwoApps]:
    from ui.deps import read_demo_accounts

    data_dir = tmp_path_factory.mktemp("two-apps")
    copy_library(library_index, data_dir, embedder)
    with LLMServer() as model:
        env = {
            "COACH_MODEL": "test-model",
            "OPENAI_BASE_URL": model.url,
            "OPENAI_API_KEY": "not-needed",
            "COACH_STRUCTURED_OUTPUT": "prompt",  # no probe: requests only when asked
            "COACH_LLM_RETRIES": "0",
        }
        first, url_a, _ = start_app(data_dir, env=env)  # seeds the demo program
        try:
            second, url_b, _ = start_app(data_dir, env=env)  # finds it there
            try:
                yield TwoApps(url_a, url_b, read_demo_accounts(data_dir), data_dir, model)
            finally:
                stop_app(second)
        finally:
            stop_app(first)


def _login(
    url: str, email: str, password: str, headers: dict[str, str] | None = None
) -> httpx.Response:
    with httpx.Client(base_url=url, trust_env=False, timeout=60, headers=headers) as c:
        return c.post("/login", data={"username": email, "password": password})


def test_sign_ins_and_lockouts_hold_across_two_app_processes(two_apps: TwoApps) -> None:
    url_a, url_b, passwords = two_apps.url_a, two_apps.url_b, two_apps.passwords
    mentor, hr = DEMO["mentor"], DEMO["hr"]
    assert _login(url_a, mentor, passwords[mentor]).status_code == 200
    assert _login(url_b, mentor, passwords[mentor]).status_code == 200
    for url in (url_a, url_b, url_a, url_b, url_a):  # five failures, split over both
        assert _login(url, hr, "not-the-password").status_code == 400
    refused = _login(url_b, hr, passwords[hr])
    assert refused.status_code == 423 and "locked" in refused.json()["detail"], refused.text
    assert _login(url_a, hr, passwords[hr]).status_code == 423
    with two_apps.record() as record:
        assert record.lockout(hr) is not None  # the lockout is in the record itself
        assert record.sign_in(mentor, passwords[mentor]) is not None


def test_failed_sign_ins_from_one_address_are_counted_over_both_processes(
    two_apps: TwoApps,
) -> None:
    """Guesses from one address spread over both replicas are turned away once their sum
    reaches the limit, before any password is hashed; another address still signs in. The
    load balancer in front says the address (X-Forwarded-For, trusted from loopback)."""
    from ui.signin import ADDRESS_FAILURES

    here = {"x-forwarded-for": "198.51.100." + str(os.getpid() % 200 + 20)}
    urls = (two_apps.url_a, two_apps.url_b)
    for n in range(ADDRESS_FAILURES):  # each an unknown address: no account lockout
        said = _login(urls[n % 2], f"guess{n}@example.org", "wrong", here)
        assert said.status_code == 400, said.text
    for url in urls:
        refused = _login(url, "guess-last@example.org", "wrong", here)
        assert refused.status_code == 429, refused.text
        assert "from this address" in refused.json()["detail"]
    mentee = DEMO["mentee"]
    assert _login(urls[1], mentee, two_apps.passwords[mentee]).status_code == 200


def test_a_browser_signed_in_on_one_process_is_signed_in_on_the_other(
    two_apps: TwoApps,
) -> None:
    mentee = DEMO["mentee"]
    with httpx.Client(base_url=two_apps.url_a, trust_env=False, timeout=60) as a:
        said = a.post("/login", data={"username": mentee, "password": two_apps.passwords[mentee]})
        assert said.status_code == 200, said.text
        cookies = dict(a.cookies)
    assert cookies  # the sign-in cookie(s) the browser now holds
    # The load balancer sends the same browser, with the same cookies, to the other process.
    with httpx.Client(base_url=two_apps.url_b, trust_env=False, timeout=60, cookies=cookies) as b:
        config = b.get("/config")
        assert config.status_code == 200, config.text[:300]
        assert config.json().get("components"), "the other process asked for sign-in again"


def _prepare(person: HttpPerson) -> httpx.Response:
    return person.join("prepare", ["money", "head of retail", "why customers switch", 1, 45, ""])


def test_the_limit_on_plans_being_prepared_counts_both_processes(two_apps: TwoApps) -> None:
    from ui.lanes import PER_PERSON

    mentor = DEMO["mentor"]
    for _ in range(PER_PERSON + 2):  # held until the server stops (end of the module)
        two_apps.model.slow(600, "The plan.")
    on_a = HttpPerson(two_apps.url_a, mentor, two_apps.passwords[mentor])
    on_b = HttpPerson(two_apps.url_b, mentor, two_apps.passwords[mentor])
    other = HttpPerson(two_apps.url_b, DEMO["mentee"], two_apps.passwords[DEMO["mentee"]])
    try:
        for _ in range(PER_PERSON):  # all three are waiting for the model on process A
            joined = _prepare(on_a)
            assert joined.status_code == 200, joined.text
        refused = _prepare(on_b)  # process B has none of them in its own queue
        assert refused.status_code == 429, refused.text
        assert f"already have {PER_PERSON} plans" in refused.json()["detail"]
        assert _prepare(other).status_code == 200  # someone else is not held back
        with two_apps.record() as record:
            assert record.coach_load(mentor) == PER_PERSON
    finally:
        for person in (on_a, on_b, other):
            person.close()


def _add_pairs(two_apps: TwoApps, n: int) -> list[tuple[str, str, int]]:
    """n new pairs with a session each; (email, password, session id) of each senior."""
    out = []
    with two_apps.record() as record:
        hr = record.find_person(SYSTEM, DEMO["hr"])
        cycle = record.list_cycles(hr)[0]
        for i in range(n):
            mentor, _ = record.add_person(
                SYSTEM, name=f"Junior {i}", role="mentor", email=f"junior{i}@two.example"
            )
            mentee, mentee_pw = record.add_person(
                SYSTEM, name=f"Senior {i}", role="mentee", email=f"senior{i}@two.example"
            )
            pair = record.create_pair(hr, cycle.id, mentor.id, mentee.id)
            sid = record.create_session(mentee, pair.id, topic="money").id
            out.append((mentee.email, mentee_pw, sid))
    return out


def _write(url: str, email: str, password: str, sid: int, revisions: int) -> str:
    """Open the page, type notes sentence by sentence (an autosave each); the last text the
    server acknowledged saving."""
    person = HttpPerson(url, email, password)
    try:
        assert person.run("on_load", [])  # the page load fills the session choices
        text, acked = f"Notes of {email}.", ""
        for rev in range(1, revisions + 1):
            text += f" Sentence {rev} from {url.rsplit(':', 1)[-1]}."
            [said] = person.run("autosave", [sid, text, json.dumps({"rev": rev})])
            assert json.loads(said).get("ok"), said
            acked = text
        return acked
    finally:
        person.close()


def test_notes_saved_through_both_processes_at_once_are_all_kept(two_apps: TwoApps) -> None:
    people = _add_pairs(two_apps, 6)  # six seniors typing at once, three on each process
    urls = [two_apps.url_a, two_apps.url_b]
    with ThreadPoolExecutor(max_workers=len(people)) as pool:
        acked = list(
            pool.map(lambda n: _write(urls[n % 2], *people[n], revisions=5), range(len(people)))
        )
    with two_apps.record() as record:
        for (email, _, sid), text in zip(people, acked, strict=True):
            me = record.find_person(SYSTEM, email)
            assert record.get_session(me, sid).my_notes == text, email
