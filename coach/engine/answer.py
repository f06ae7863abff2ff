"""Answers to a free question, from the library only, each claim citing the passage it used.

Offline, the answer is extractive: the sentences of the retrieved passages closest in meaning
to the question, each followed by the number of its passage. With a model, the passages are
fenced as data and numbered P1..Pn; the model's citations are checked against that set, and a
citation of anything else is removed and said so. An answer that cites nothing it was given is
not shown as if it were grounded: the offline answer replaces it. When nothing in the library
is close to the question, both say so instead of answering from thin air.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from coach.engine import llm as llm_calls
from coach.engine.prompts import fence_passages, fence_text, render
from coach.engine.retrieval import INSTRUCTION_LIKE, clean_markup
from coach.engine.stream_events import ProseSanitiser, Replace
from coach.errors import CoachError, InvalidInput
from coach.passages import Passage
from coach.sanitise import sanitise_text

if TYPE_CHECKING:
    from coach.engine.coach import Coach

MAX_QUESTION_CHARS = 2_000
RETRIEVED = 6  # passages retrieved per question
# Cosines with the question (MiniLM). Off-library questions ("who won the 1998 world cup?")
# came to 0.18 at most against any passage, library questions to 0.25 and more.
ON_SUBJECT = 0.25  # the best passage must come this close, or the library has nothing
RELEVANT = 0.20  # a passage further than this is off the subject and not used
SENTENCE_FLOOR = 0.25  # an offline sentence scoring below this is not quoted
GUIDANCE_BONUS = 0.05
OFFLINE_SENTENCES = 3
PASSAGE_CHARS = 1_500  # of each passage, in the prompt
HISTORY_TURNS = 4
ANSWER_TOKENS = 400
NOTHING = "The library has nothing on this yet."
NOTHING_HINT = (
    " Try other words, or ask HR to add guidance on it; nothing was made up to fill the gap."
)
OFFLINE_NOTICE = (
    "Offline coach: these sentences are quoted from the library, each with the "
    "passage it comes from."
)
_CITE = re.compile(r"\[([^\[\]\n]{1,60})\]")
_ID_LIKE = re.compile(r"^(?:p(?:assage)?\s*)?(\d{1,3})$", re.I)
_CHUNK_LIKE = re.compile(r"^[\w:./-]*\d[\w:./-]*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_SAYS_NOTHING = re.compile(
    r"\b(?:has nothing|nothing on this|does not (?:cover|say|answer)|"
    r"no (?:passage|guidance) (?:covers|answers|says))\b",
    re.I,
)


@dataclass(frozen=True)
class Source:
    """A passage an answer cites, by the number the answer uses for it."""

    n: int
    passage: Passage

    def citation(self) -> dict[str, Any]:
        p = self.passage
        return {"n": self.n, "id": p.id, "title": p.title, "section": p.section, "source": p.source}


@dataclass(frozen=True)
class Answer:
    text: str  # with [1], [2] markers
    sources: list[Source]
    mode: str  # "offline" or "model:<name>"
    notice: str = ""
    found: bool = True  # False: the library had nothing close to the question
    dropped: list[str] = field(default_factory=list)  # citations of passages not given

    def citations(self) -> list[dict[str, Any]]:
        return [s.citation() for s in self.sources]

    def to_dict(self) -> dict[str, Any]:
        return {
            "answer": self.text,
            "citations": self.citations(),
            "mode": self.mode,
            "notice": self.notice,
            "found": self.found,
            "dropped": self.dropped,
        }


def check_question(question: Any) -> str:
    if not isinstance(question, str):
        raise InvalidInput("The question must be text.")
    question = question.replace("\x00", "").strip()
    if not question:
        raise InvalidInput("Type a question for the coach first.")
    if len(question) > MAX_QUESTION_CHARS:
        raise InvalidInput(
            f"The question is too long ({len(question):,} characters; the limit "
            f"is {MAX_QUESTION_CHARS:,}). Ask it in fewer words."
        )
    return question


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


def similarities(encode: Any, question: str, texts: list[str]) -> np.ndarray:
    """Cosine of the question with each text."""
    if not texts:
        return np.zeros(0)
    vecs = _unit(np.asarray(encode([question, *texts]), dtype=np.float32))
    return vecs[1:] @ vecs[0]


def _about(p: Passage) -> str:
    return f"{p.title}. {p.section}. {p.text[:1000]}"


_MARKUP = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|<[^>]*>|https?://\S+")


def searchable(question: str) -> str:
    """The words of a question without markup, links or images: what it is about."""
    return " ".join(_MARKUP.sub(lambda m: m.group(1) or " ", question).split())


def retrieve(index: Any, encode: Any, question: str, visibility: tuple[str, ...]) -> list[Passage]:
    """The library's passages on the question's subject, best first; none when off-subject."""
    question = searchable(question) or question
    try:
        hits = index.search(question, RETRIEVED, visibility=visibility)
    except InvalidInput:
        return []
    hits = [p for p in hits if p.visibility in visibility]  # whatever the index hands back
    sims = similarities(encode, question, [_about(p) for p in hits])
    if not len(sims) or max(sims) < ON_SUBJECT:
        return []
    return [p for p, s in zip(hits, sims) if s >= RELEVANT]


def passage_sentences(text: str) -> list[str]:
    """The readable sentences of a passage: no headings, no instructions, 5 to 60 words."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "|", "---")):
            continue
        line = clean_markup(re.sub(r"^(?:[-*+]|\d{1,2}[.)])\s+", "", line))
        for sentence in _SENTENCE_END.split(line):
            sentence = sentence.strip()
            if 5 <= len(sentence.split()) <= 60 and not INSTRUCTION_LIKE.search(sentence):
                out.append(sentence)
    return out


def nothing_answer(mode: str, notice: str = "") -> Answer:
    return Answer(NOTHING + NOTHING_HINT, [], mode, notice, found=False)


def _best_sentences(
    encode: Any, question: str, passages: list[Passage]
) -> list[tuple[float, int, str]]:
    """Per passage, its sentence closest to the question (read with its section heading)
    and a score for the passage as a whole: (score, passage number, sentence)."""
    pool = [(n, p, s) for n, p in enumerate(passages, 1) for s in passage_sentences(p.text)]
    if not pool:
        return []
    whole = similarities(encode, question, [_about(p) for p in passages])
    ctx = similarities(encode, question, [f"{p.section.split(' > ')[-1]}: {s}" for _, p, s in pool])
    bare = similarities(encode, question, [s for _, _, s in pool])
    best: dict[int, tuple[float, str]] = {}
    for (n, _, sentence), c, b in zip(pool, ctx, bare):
        score = 0.5 * c + 0.25 * b + 0.25 * whole[n - 1]
        if score >= SENTENCE_FLOOR and score > best.get(n, (-1.0, ""))[0]:
            best[n] = (float(score), sentence)
    # Guidance answers "how do I"; a past pair's note is an example of it.
    return sorted(
        (
            (
                0.5 * whole[n - 1]
                + 0.5 * sc
                + (0.0 if passages[n - 1].kind == "shared-note" else GUIDANCE_BONUS),
                n,
                s,
            )
            for n, (sc, s) in best.items()
        ),
        reverse=True,
    )


def compose_offline(
    encode: Any, question: str, passages: list[Passage], notice: str = OFFLINE_NOTICE
) -> Answer:
    """One sentence from each of the passages closest to the question, each cited."""
    chosen: list[tuple[int, str]] = []
    for _, n, sentence in _best_sentences(encode, question, passages):
        if any(_overlap(sentence, c) > 0.6 for _, c in chosen):
            continue
        chosen.append((n, sentence))
        if len(chosen) >= OFFLINE_SENTENCES:
            break
    if not chosen:
        return nothing_answer("offline", notice)
    text = "\n".join(f"- {sanitise_text(s)} [{n}]" for n, s in chosen)
    used = sorted({n for n, _ in chosen})
    return Answer(text, [Source(n, passages[n - 1]) for n in used], "offline", notice)


def _overlap(a: str, b: str) -> float:
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return len(wa & wb) / max(1, min(len(wa), len(wb)))


def show_markers(text: str) -> str:
    """`[P2]` as the reader sees it while the model writes: `[2]`."""
    return re.sub(r"\[P(\d{1,3})\]", r"[\1]", text)


def check_citations(text: str, given: int) -> tuple[str, list[int], list[str]]:
    """The answer with its citations as [n] of the passages given; the numbers used; and
    the citations of anything else, removed from the text."""
    used: list[int] = []
    dropped: list[str] = []

    def one(match: re.Match) -> str:
        parts = [x.strip() for x in re.split(r"[,;]|\band\b", match.group(1)) if x.strip()]
        ids = [_ID_LIKE.match(x) for x in parts]
        if not parts or not all(ids) and not all(_CHUNK_LIKE.match(x) for x in parts):
            return match.group(0)  # not a citation: "[link removed]", "[sic]"
        kept = []
        for x, m in zip(parts, ids):
            if m and 1 <= int(m.group(1)) <= given:
                kept.append(int(m.group(1)))
            else:
                dropped.append(x)
        used.extend(k for k in kept if k not in used)
        return "".join(f"[{k}]" for k in kept)

    cleaned = _CITE.sub(one, text)
    return (
        re.sub(r"[ \t]+([.,;!?])", r"\1", re.sub(r"[ \t]{2,}", " ", cleaned)).strip(),
        used,
        dropped,
    )


def prompt_variables(
    question: str, passages: list[Passage], history: list[dict], asker: str
) -> dict[str, str]:
    numbered = [
        Passage(**{**p.to_dict(), "id": f"P{n}", "text": p.text[:PASSAGE_CHARS]})
        for n, p in enumerate(passages, 1)
    ]
    said = "\n".join(f"{t['role']}: {str(t['content'])[:600]}" for t in history[-HISTORY_TURNS:])
    return {
        "passages": fence_passages(numbered),
        "question": fence_text("question", question),
        "history": fence_text("history", said or "(none)"),
        "asker": asker,
    }


def grounded(text: str, passages: list[Passage], mode: str) -> Answer | None:
    """The model's answer with checked citations; None when it cites nothing it was given
    (and does not say the library has nothing)."""
    text, used, dropped = check_citations(sanitise_text(text), len(passages))
    notice = f"Written by {mode.removeprefix('model:')} from {len(passages)} library passages."
    if dropped:
        notice += (
            f" It cited {len(dropped)} passage(s) it was not given "
            f"({', '.join(dropped[:5])}); those citations were removed."
        )
    if not used:
        if _SAYS_NOTHING.search(text):
            return Answer(NOTHING + NOTHING_HINT, [], mode, notice, found=False, dropped=dropped)
        return None
    return Answer(
        text, [Source(n, passages[n - 1]) for n in sorted(used)], mode, notice, dropped=dropped
    )


def answer_stream(
    coach: Coach,
    question: str,
    visibility: tuple[str, ...],
    history: list[dict] | None = None,
    asker: str = "a person in the program",
) -> Iterator[str | Replace | Answer]:
    """Text as it is written (model) or at once (offline), then the final Answer."""
    question = check_question(question)
    if coach.index is None:
        raise CoachError("Answering needs the guidance index; run `coach ingest`.")
    passages = retrieve(coach.index, coach.encode, question, visibility)
    if coach.llm is None or not passages:
        answer = (
            compose_offline(coach.encode, question, passages)
            if passages
            else nothing_answer(coach.mode)
        )
        yield answer.text
        yield answer
        return
    yield from _model_answer(coach, question, passages, history or [], asker)


def _model_answer(
    coach: Coach, question: str, passages: list[Passage], history: list[dict], asker: str
) -> Iterator[str | Replace | Answer]:
    started = time.monotonic()
    caps = coach.capabilities()
    if caps is None or not caps.usable:
        answer = compose_offline(
            coach.encode,
            question,
            passages,
            notice=coach.fallback_notice(caps.reason if caps else "none"),
        )
        yield answer.text
        yield answer
        return
    prompt = render("ask", prompt_variables(question, passages, history, asker), coach.prompts_dir)
    call = llm_calls.Call(
        llm_calls.to_messages(prompt),
        max_tokens=ANSWER_TOKENS,
        mode="prompt",
        name="ask",
        token_param=caps.token_param,
    )
    clean, said = ProseSanitiser(), ""
    try:
        for token in llm_calls.stream_retrying(
            coach.llm,
            call,
            coach.deadline(started),
            retries=coach.settings.llm_retries,
            backoff=coach.backoff,
        ):
            if out := clean.feed(token):
                said += out
                yield out
        said += clean.flush()
    except llm_calls.ModelUnavailable as exc:
        coach.note_call("ask", call, started, exc)
        answer = compose_offline(
            coach.encode, question, passages, notice=coach.fallback_notice(exc)
        )
        yield Replace(answer.text)
        yield answer
        return
    coach.note_call("ask", call, started)
    answer = grounded(said, passages, coach.mode) or compose_offline(
        coach.encode,
        question,
        passages,
        notice=f"The model ({coach.mode.removeprefix('model:')}) answered without citing the "
        "library, so its answer is not shown; these sentences are quoted from the "
        "library instead.",
    )
    if answer.text != show_markers(said).strip():
        yield Replace(answer.text)
    yield answer
