"""The offline plan: retrieval, relevance and diversity, with nothing generated.

Questions come from the question banks (and, phrased as a question, from assumptions another
pair challenged), ranked by closeness to the topic, the senior's goal and role and the stage of
the cycle, then picked with maximal marginal relevance so no two say the same thing. The agenda
is one of the library's timed session formats, scaled to the minutes asked for.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

import numpy as np

from coach.engine.rank import mmr
from coach.engine.retrieval import (
    Format,
    Gathered,
    Piece,
    Step,
    formats_from,
    guide_bullets,
    note_pieces,
    parse_steps,
    question_pieces,
    stage_of,
    topic_label,
)
from coach.engine.schemas import (
    MAX_QUESTIONS,
    MIN_QUESTIONS,
    AgendaItem,
    CitedItem,
    PrepareRequest,
    Question,
    SessionPlan,
)
from coach.engine.templates import conversation_stage, template_pieces
from coach.passages import Passage

NO_MODEL_NOTICE = (
    "Offline coach: no language model is configured, so this plan was assembled "
    "from the guidance library by retrieval. Every item cites its source."
)


@dataclass(frozen=True)
class RankWeights:
    """How a candidate question is scored; each weight multiplies a cosine similarity.

    The senior's goal leads, then their role, then the topic label; the session's place in
    the cycle only breaks ties between otherwise equal questions, it never vetoes one.
    Tuned on the ``tune`` half of ``evals/data/prepare_scenarios.jsonl`` only.
    """

    goal: float = 0.45  # the goal the senior set for the cycle
    role: float = 0.25  # "what a {role} would want to understand about {topic}"
    topic: float = 0.25  # the topic label, the wishes and any refine text
    stage: float = 0.05  # the cycle guidance for this session
    section_prior: float = 0.25  # times the stage's bonus for a question-bank section
    jargon: float = 0.08  # taken off per technical term when plain questions are asked for
    covered: float = 0.6  # similarity above which a question repeats an earlier takeaway
    thin: float = 0.42  # best question below this similarity to a free-text topic: say so


WEIGHTS = RankWeights()
_SECTION_PRIOR = {  # stage of the cycle -> bonus for question-bank sections
    1: {"opening": 0.12, "going deeper": 0.02},
    2: {"going deeper": 0.1, "opening": 0.04, "trying": 0.03},
    3: {"going deeper": 0.08, "trying": 0.06},
    4: {"trying": 0.08, "going deeper": 0.04, "connecting": 0.04},
    5: {"connecting": 0.1, "trying": 0.06},
    6: {"connecting": 0.1, "trying": 0.04},
}
NOTE_MARGIN = 0.08  # how much less relevant a past pair's lesson may be and still be asked
JARGON = re.compile(
    r"\b(?:[A-Z]{2,}s?|algorithm\w*|API|automation|blockchain|crypto\w*|ETFs?|fractional|"
    r"tokeni[sz]\w*|metaverse|cloud|data|analytics|platform|scope \d|SaaS|DeFi|NFTs?|"
    r"machine learning|generative|prompt\w*|stack|interface|UX|UI|KPIs?|ROI|"
    r"\w{14,})\b"
)


class Encoder:
    """Embeddings with a bounded cache: the same bank lines and library prompts are scored on
    every plan and summary. Safe to share between threads (a lookup never sees a half-cleared
    cache); past `limit` texts the oldest half is dropped."""

    def __init__(self, embedder: object, limit: int = 5000) -> None:
        self.embedder = embedder
        self.limit = limit
        self._cache: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def size(self) -> int:
        return len(self._cache)

    @property
    def dim(self) -> int:
        """The embedder's dimension: 384 for the offline model, more for OpenAI's."""
        return int(self.embedder.dim)

    def __call__(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        known: dict[str, np.ndarray] = {}
        for t in dict.fromkeys(texts):
            v = self._cache.get(t)
            if v is not None:
                known[t] = v
        todo = [t for t in dict.fromkeys(texts) if t not in known]
        fresh = dict(zip(todo, self.embedder.encode(todo))) if todo else {}  # type: ignore[attr-defined]
        known.update(fresh)
        out = np.stack([known[t] for t in texts])
        if fresh:
            with self._lock:
                self._cache.update(fresh)
                if len(self._cache) > self.limit:  # oldest first: dicts keep insertion order
                    for old in list(self._cache)[: len(self._cache) - self.limit // 2]:
                        del self._cache[old]
        return out

    def encode(self, texts: list[str]) -> np.ndarray:
        return self(texts)


@dataclass
class Preferences:
    """What a refine turn can change beyond the request itself."""

    extra_query: str = ""
    exclude_words: list[str] = field(default_factory=list)
    plain: bool = False  # "less technical": jargon-heavy questions go last
    deeper: bool = False
    count: int | None = None


def question_count(minutes: int, prefs: Preferences) -> int:
    n = prefs.count or (5 if minutes <= 35 else 6 if minutes <= 50 else 8)
    return max(MIN_QUESTIONS, min(MAX_QUESTIONS, n))


def jargon_score(text: str) -> int:
    return len(JARGON.findall(text))


def _queries(request: PrepareRequest, g: Gathered, prefs: Preferences) -> dict[str, str]:
    label = topic_label(request)
    return {
        "topic": " ".join(x for x in (label, request.wishes, prefs.extra_query) if x),
        "goal": request.goal or label,
        "role": f"what a {request.role} would want to understand about {label}",
        "stage": g.stage.text if g.stage else f"session {request.session_number}",
    }


def rank_questions(
    encode: Encoder, request: PrepareRequest, g: Gathered, prefs: Preferences
) -> tuple[list[Piece], np.ndarray, np.ndarray]:
    """Candidates with their relevance and vectors."""
    cands = question_pieces(g.questions)
    notes = note_pieces(g.notes)
    cands += notes[:2]
    cands += template_pieces(g.templates, request)
    cands = [c for c in cands if not mentions_any(c.text, prefs.exclude_words)]
    cands = list({c.text: c for c in cands}.values())
    if not cands:
        return [], np.zeros(0), np.zeros((0, encode.dim))
    q = _queries(request, g, prefs)
    qv = encode([q["topic"], q["goal"], q["role"], q["stage"]])
    vecs = encode([f"{c.text} {c.why}" for c in cands])
    rel = vecs @ qv.T  # (n, 4)
    w = WEIGHTS
    score = w.topic * rel[:, 0] + w.goal * rel[:, 1] + w.role * rel[:, 2] + w.stage * rel[:, 3]
    prior = _SECTION_PRIOR[stage_of(request.session_number)]
    if prefs.deeper:
        prior = {"going deeper": 0.12, "connecting": 0.06}
    for i, c in enumerate(cands):
        section = c.passage.section.lower()
        score[i] += w.section_prior * sum(v for k, v in prior.items() if k in section)
        if prefs.plain:
            score[i] -= w.jargon * jargon_score(c.text)
    if request.earlier_takeaways:
        tv = encode(list(request.earlier_takeaways))
        overlap = (vecs @ tv.T).max(axis=1)
        score -= np.clip(overlap - w.covered, 0, None)  # don't re-ask what was covered
    return cands, score, vecs


def mentions_any(text: str, words: list[str]) -> bool:
    """Whether the text mentions any of the words, in any form ("crypto" in "cryptocurrency")."""
    return any(re.search(r"\b" + re.escape(w.lower()), text.lower()) for w in words if w)


CONNECTING = 3  # the conversation stage that ties the topic to the senior's business


def stage_quota(n: int) -> dict[int, int]:
    """How many questions of each conversation stage a plan of n questions holds."""
    quota = {0: 1, 2: 1, 3: 1 + (n >= 7), 4: 1}
    quota[1] = max(0, n - sum(quota.values()))
    return quota


def choose_questions(
    encode: Encoder, request: PrepareRequest, g: Gathered, prefs: Preferences
) -> list[Piece]:
    """Questions in conversation order: opening, going deeper, trying, connecting, closing."""
    cands, score, vecs = rank_questions(encode, request, g, prefs)
    n = question_count(request.minutes, prefs)
    stages = [conversation_stage(c) for c in cands]
    picks: list[int] = []
    for stage, want in sorted(stage_quota(n).items()):
        pool = [  # a past pair's belief comes in only by the swap below: one per plan at most
            i
            for i in range(len(cands))
            if stages[i] == stage and i not in picks and cands[i].origin != "note"
        ]
        woven = [i for i in pool if cands[i].origin == "template"]
        if stage == CONNECTING and woven:  # the senior's own role and organisation, first
            picks += _pick(score, vecs, woven, picks, 1)
            want -= 1
            pool = [i for i in pool if i not in picks]
        picks += _pick(score, vecs, pool, picks, want)
    if len(picks) < n:  # a stage the library lacks: going deeper fills the gap
        pool = [
            i
            for i in range(len(cands))
            if i not in picks and stages[i] in (1, 2, 3) and cands[i].origin != "note"
        ]
        picks += _pick(score, vecs, pool, picks, n - len(picks))
    notes = [
        i
        for i, c in enumerate(cands)
        if c.origin == "note" and i not in picks and (vecs[picks] @ vecs[i]).max(initial=0.0) < 0.85
    ]
    deeper = [i for i in picks if stages[i] == 1 and cands[i].origin != "note"]
    if notes and deeper:  # a past pair's challenged belief, when it is nearly as relevant
        best, weakest = max(notes, key=lambda i: score[i]), min(deeper, key=lambda i: score[i])
        if score[best] >= score[weakest] - NOTE_MARGIN:
            picks[picks.index(weakest)] = best
    picks.sort(key=lambda i: (stages[i], -score[i]))
    return [cands[i] for i in picks]


def _pick(
    score: np.ndarray, vecs: np.ndarray, pool: list[int], chosen: list[int], want: int
) -> list[int]:
    """Up to ``want`` of the pool by relevance, none a near-duplicate of one already chosen."""
    out: list[int] = []
    for _ in range(want):
        best, best_value = -1, -np.inf
        for i in pool:
            if i in out:
                continue
            taken = chosen + out
            redundancy = float(np.max(vecs[taken] @ vecs[i])) if taken else 0.0
            if redundancy > 0.85:
                continue
            value = 0.65 * score[i] - 0.35 * redundancy
            if value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        out.append(best)
    return out


def choose_bullets(
    encode: Encoder,
    request: PrepareRequest,
    g: Gathered,
    word: str,
    prefs: Preferences,
    k: int = 3,
    extra: list[Piece] | None = None,
) -> list[Piece]:
    cands = guide_bullets(g.guides, word) + list(extra or [])
    cands = list({c.text: c for c in cands}.values())
    if not cands:
        return []
    q = _queries(request, g, prefs)
    qv = encode([f"{q['topic']} {q['goal']}"])[0]
    vecs = encode([c.text for c in cands])
    rel = vecs @ qv
    if prefs.plain:
        rel = rel - 0.05 * np.array([jargon_score(c.text) for c in cands])
    return [cands[i] for i in mmr(rel, vecs, k, lam=0.7, max_similarity=0.85)]


def choose_format(
    encode: Encoder, request: PrepareRequest, g: Gathered, prefs: Preferences
) -> Format | None:
    formats = formats_from(g.formats)
    if not formats:
        return None
    q = _queries(request, g, prefs)
    qv = encode([f"{q['topic']}. {request.goal}. {q['stage']}"])[0]
    vecs = encode([f"{f.name}: " + "; ".join(s.title for s in f.steps) for f in formats])
    score = vecs @ qv
    wishes = f"{request.wishes} {prefs.extra_query}".lower()
    first = request.session_number == 1  # a new cycle's first session is not a first meeting
    kinds: dict[str, float] = {}
    for i, f in enumerate(formats):
        kind = f.name.lower().split(" in ")[0]
        bonus = 0.3 if kind in wishes else 0.0
        if "first" in f.name.lower():
            bonus += 0.4 if first else -1.0  # the first-session agenda is for session one only
        kinds[kind] = max(kinds.get(kind, -9.0), float(score[i]) + bonus)
    best = max(kinds, key=kinds.__getitem__)
    variants = [f for f in formats if f.name.lower().split(" in ")[0] == best]
    return min(
        variants,
        key=lambda f: (abs((f.declared or f.total) - request.minutes), -(f.declared or f.total)),
    )


def scale_minutes(minutes: list[int], total: int) -> list[int]:
    """Scale step lengths to a new total (largest remainder), every step at least a minute."""
    if not minutes:
        return []
    raw = [m * total / sum(minutes) for m in minutes]
    out = [max(1, int(r)) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - int(raw[i]), reverse=True)
    i = 0
    while sum(out) < total:
        out[order[i % len(out)]] += 1
        i += 1
    while sum(out) > total:
        j = max(range(len(out)), key=lambda k: out[k])
        out[j] -= 1
    return out


def stage_steps(g: Gathered) -> list[Step]:
    """The timed steps the cycle guidance gives this session ("In the agenda:")."""
    steps = {
        st.number: st
        for p in g.stage_parts or ([g.stage] if g.stage else [])
        for st in parse_steps(p)
    }
    return [steps[n] for n in sorted(steps)]


def build_agenda(fmt: Format | None, minutes: int, g: Gathered | None = None) -> list[AgendaItem]:
    """The format's steps with the cycle's steps for this session; a full cycle agenda (four
    steps or more, as at the cycle review) replaces the format."""
    if g is not None and g.stage:
        extra = stage_steps(g)
        stage_ids = [p.id for p in g.stage_parts or [g.stage]]
        if len(extra) >= 4 or (extra and fmt is None):
            return _scaled([(s, stage_ids) for s in extra], minutes)
        if extra and fmt is not None:
            ids = [p.id for p in fmt.passages]
            steps = [(s, ids) for s in fmt.steps]
            at = 1 if steps and re.search(r"recap|review", steps[0][0].title, re.I) else 0
            return _scaled([*steps[:at], *((s, stage_ids) for s in extra), *steps[at:]], minutes)
    if fmt is None:  # an empty library: a plain agenda, cited to nothing
        steps = [
            ("Recap and check-in", 5),
            ("The junior shows one real example", 12),
            ("Open questions", 18),
            ("Link to the business", 6),
            ("Action items", 4),
        ]
        return [
            AgendaItem(minutes=m, title=t)
            for (t, _), m in zip(steps, scale_minutes([s for _, s in steps], minutes))
        ]
    return _scaled([(s, [p.id for p in fmt.passages]) for s in fmt.steps], minutes)


def _scaled(steps: list[tuple[Step, list[str]]], minutes: int) -> list[AgendaItem]:
    scaled = scale_minutes([s.minutes for s, _ in steps], minutes)
    return [
        AgendaItem(minutes=m, title=s.title, detail=s.detail, citations=ids)
        for (s, ids), m in zip(steps, scaled)
    ]


def thin_notice(
    encode: Encoder, request: PrepareRequest, g: Gathered, questions: list[Piece]
) -> str:
    """For a free-text topic: which topics answered it, and a warning when none does well."""
    if not g.nearest:
        return ""
    from coach.topics import TOPICS

    names = " and ".join(TOPICS[t] for t in g.nearest if t in TOPICS)
    bank = [q for q in questions if q.origin == "bank"]
    qv = encode([request.topic])[0]
    best = float((encode([q.text for q in bank]) @ qv).max()) if bank else 0.0
    if best >= WEIGHTS.thin:
        return f" The questions come from the nearest topics in the library: {names}."
    return (
        f" The library has little on \u201c{request.topic}\u201d: these questions come from "
        f"the nearest topics, {names}, so adapt them, or ask HR to add guidance on it."
    )


def _cited(pieces: list[Piece]) -> list[Passage]:
    return [p.passage for p in pieces]


def plan_offline(
    encode: Encoder,
    request: PrepareRequest,
    g: Gathered,
    prefs: Preferences | None = None,
    notice: str = NO_MODEL_NOTICE,
) -> SessionPlan:
    """A complete plan from retrieval alone."""
    prefs = prefs or Preferences()
    questions = choose_questions(encode, request, g, prefs)
    if len(questions) < MIN_QUESTIONS:
        from coach.errors import NotFound

        raise NotFound(
            "The guidance library holds too few questions for this topic; "
            "re-index the library (coach reindex) and try again."
        )
    bring = choose_bullets(encode, request, g, "bring", prefs)
    sceptic = guide_bullets(g.sceptic, "sceptic")
    pitfalls = choose_bullets(encode, request, g, "pitfall", prefs, extra=sceptic)
    if sceptic and not any(p.passage in g.sceptic for p in pitfalls):
        pitfalls = [*pitfalls[:2], sceptic[0]]
    fmt = choose_format(encode, request, g, prefs)
    agenda = build_agenda(fmt, request.minutes, g)
    stage_used = (g.stage_parts or [g.stage]) if g.stage and stage_steps(g) else []
    used = (
        _cited(questions)
        + _cited(bring)
        + _cited(pitfalls)
        + (fmt.passages if fmt else [])
        + stage_used
    )
    notice = notice + thin_notice(encode, request, g, questions)
    sources = list({p.id: p.to_dict() for p in used}.values())
    return SessionPlan(
        request=request,
        agenda=agenda,
        questions=[Question(text=q.text, why=q.why, citations=[q.passage.id]) for q in questions],
        bring=[CitedItem(text=b.text, citations=[b.passage.id]) for b in bring],
        pitfalls=[CitedItem(text=p.text, citations=[p.passage.id]) for p in pitfalls],
        sources=sources,
        mode="offline",
        notice=notice,
    )
