"""The offline reflection: extractive, so everything it says is the senior's own words.

Sentences are ranked by centrality (LexRank over MiniLM embeddings) with a position prior;
challenged assumptions and next topics are found by cues, commitments by cues and then by
meaning (coach/engine/commitments.py). Transcripts with speaker tags ("Priya: ...",
"#Person1#: ...", meeting-tool exports) are summarised in the third person. Notes in Spanish or
Indonesian get their action items and next topics and a plain notice that the offline coach
reads English only, never an English summary over text it cannot read.
"""

from __future__ import annotations

import re
from typing import Protocol

import numpy as np

from coach.engine.action_rows import Rewritten, as_action_lines
from coach.engine.actions import extract_actions
from coach.engine.rank import centrality, mmr
from coach.engine.schemas import ActionItem, CitedItem, Excerpt, Reflection, Takeaway
from coach.engine.text import (
    ASSUMPTION_CUE,
    NEXT_CUE,
    TAKEAWAY_CUE,
    Sentence,
    clean,
    split_sentences,
)
from coach.passages import Passage

OFFLINE_NOTICE = (
    "Written by the offline coach: picked from your own notes, no language model was used."
)
_REFUTATION = re.compile(
    r"^(?:wrong|completely wrong|was wrong|i was wrong|not really|actually|"
    r"apparently|turns out|it turns out|but|in fact|not true|nope)\b",
    re.I,
)
_REFUTATION_LEAD = re.compile(
    r"^(?:wrong|completely wrong|actually|apparently|not really|nope)"
    r"\s*[,;:.!–—-]+\s*",
    re.I,
)
_SOMEONE_ELSES = re.compile(r"\b(?:she|he|they)\s+(?:was\s+|were\s+|is\s+)?\w*\s*$", re.I)
_DUE_PHRASE = re.compile(
    r"\b(?:by|before|until)\s+(?:our\s+|the\s+)?next\s+"
    r"(?:session|meeting|time)\b|\bbefore we meet again\b",
    re.I,
)
_NEXT_PREFIX = re.compile(r"^(?:next time|next session|next)\s*[:\-–]?\s*", re.I)
_PROMPT_LINE = re.compile(r"^\s*[-*]\s+(.+\?)\s*$", re.M)


_FUNCTION_WORDS = {
    "English": set(
        "the and to of is that it for with was on are but my we she he they this "
        "have at be not what about".split()
    ),
    "Spanish": set(
        "el la los las que de del y en con por para una es no se muy pero lo su "
        "nos mi hoy dice pensaba".split()
    ),
    "Indonesian": set(
        "yang dan di ke dari itu ini tidak dengan untuk saya aku kita kami dia "
        "akan bilang sama pakai juga ada gak soal kalau".split()
    ),
}


def note_language(notes: str) -> str:
    """The language whose common words the notes use most: English, Spanish or Indonesian."""
    words = re.findall(r"\w+", notes.lower())
    counts = {lang: sum(w in vocab for w in words) for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] > counts["English"] else "English"


def english_only_notice(language: str) -> str:
    return (
        f"These notes look {language}. The offline coach reads English only, so it has not "
        "summarised them or picked takeaways; the action items and next topics below are "
        f"your own words, found by simple rules. A configured model can reflect in "
        f"{language}."
    )


class Embedder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


def _excerpt(s: Sentence) -> Excerpt:
    return Excerpt(text=s.text, start=s.start, end=s.end)


def _span(a: Sentence, b: Sentence, notes: str) -> Excerpt:
    return Excerpt(text=notes[a.start : b.end], start=a.start, end=b.end)


def sentence_scores(
    sentences: list[Sentence], vectors: np.ndarray, position_weight: float = 0.3
) -> np.ndarray:
    """Centrality, scaled to [0, 1], with a gentle preference for what comes first."""
    if not sentences:
        return np.zeros(0)
    c = centrality(vectors)
    c = c / c.max() if c.max() > 0 else c
    n = len(sentences)
    position = np.array([1.0 - i / max(n, 1) for i in range(n)])
    words = np.array([s.words for s in sentences], dtype=float)
    length = np.clip((words - 2) / 8.0, 0.0, 1.0)  # one- and two-word turns rarely carry a point
    return (c + position_weight * position) * length


# -- transcripts: third-person rendering -------------------------------------------------
_FIRST_PERSON = [
    (r"\bI am\b|\bI'm\b", "{me} is"),
    (r"\bI was\b", "{me} was"),
    (r"\bI've\b", "{me} has"),
    (r"\bI'll\b", "{me} will"),
    (r"\bI'd\b", "{me} would"),
    (r"\bI have\b", "{me} has"),
    (r"\bI\b", "{me}"),
    (r"\bme\b", "{me}"),
    (r"\bmy\b|\bMy\b", "{me}'s"),
    (r"\bmine\b", "{me}'s"),
    (r"\bmyself\b", "{me}"),
    (r"\byou are\b|\byou're\b|\bYou are\b|\bYou're\b", "{you} is"),
    (r"\byou've\b|\bYou've\b", "{you} has"),
    (r"\byou'll\b|\bYou'll\b", "{you} will"),
    (r"\byour\b|\bYour\b", "{you}'s"),
    (r"\byou\b|\bYou\b", "{you}"),
]


_AGREE = {
    "don't": "doesn't",
    "do": "does",
    "have": "has",
    "am": "is",
    "are": "is",
    "were": "was",
    "want": "wants",
    "think": "thinks",
    "need": "needs",
    "like": "likes",
    "know": "knows",
    "go": "goes",
    "get": "gets",
    "feel": "feels",
    "hope": "hopes",
    "guess": "guesses",
    "mean": "means",
    "see": "sees",
    "love": "loves",
    "wonder": "wonders",
    "agree": "agrees",
    "suppose": "supposes",
    "hate": "hates",
}
_FILLER = re.compile(
    r"^(?:(?:well|oh|yes|yeah|ok|okay|so|um|uh|hmm|sure|right|no|ah|"
    r"excuse me|hi|hello)[,.!]\s+)+",
    re.I,
)


def third_person(text: str, speaker: str, other: str | None) -> str:
    """'#Person1#: I need you to type this' -> '#Person1# needs #Person2# to type this'."""
    out = _FILLER.sub("", text)
    out = out[:1].upper() + out[1:] if out[:1] == "i" and out[1:2] in (" ", "'") else out
    for pattern, repl in _FIRST_PERSON:
        if "{you}" in repl and not other:
            continue
        out = re.sub(pattern, repl.format(me=speaker, you=other or ""), out)
    for who in filter(None, (speaker, other)):
        out = re.sub(
            rf"(?<={re.escape(who)} )(\w+'?\w*)\b",
            lambda m: _AGREE.get(m.group(1).lower(), m.group(1)),
            out,
        )
    return out if out.startswith(speaker) else f"{speaker} {out}"


def summarise(
    sentences: list[Sentence], vectors: np.ndarray, max_sentences: int = 3, max_words: int = 45
) -> tuple[str, list[Sentence]]:
    """An extractive summary: the most central sentences, in the order they were written.

    Conversations state their subject early, so transcripts lean harder on position.
    """
    pool = [i for i, s in enumerate(sentences) if not s.is_title]
    if not pool:
        return "", []
    transcript = any(s.speaker for s in sentences)
    scores = sentence_scores(
        [sentences[i] for i in pool], vectors[pool], position_weight=1.0 if transcript else 0.3
    )
    order = [pool[i] for i in np.argsort(-scores)]
    chosen, words = [], 0
    for i in order:
        if len(chosen) >= max_sentences:
            break
        if chosen and words + sentences[i].words > max_words:
            continue
        chosen.append(i)
        words += sentences[i].words
    chosen.sort()
    picked = [sentences[i] for i in chosen]
    speakers = sorted({s.speaker for s in sentences if s.speaker})
    parts = []
    for s in picked:
        if s.speaker:
            other = (
                next((x for x in speakers if x != s.speaker), None) if len(speakers) == 2 else None
            )
            parts.append(third_person(s.text, s.speaker, other))
        else:
            parts.append(clean(s.text))
    text = " ".join(p if re.search(r"[.!?]$", p) else p + "." for p in parts)
    return text, picked


def _tail(text: str, keep: int = 120) -> str:
    """The last words before a cue, spaces folded: the pronoun check is end-anchored and
    would otherwise rescan a long run of spaces from every position."""
    text = " ".join(text.split())
    return text if len(text) <= keep else text[-keep:].split(" ", 1)[-1]


def _assumptions(sentences: list[Sentence], notes: str) -> tuple[list[Takeaway], set[int]]:
    """Beliefs the senior held that were challenged, with the refutation when it follows."""
    out: list[Takeaway] = []
    used: set[int] = set()
    for i, s in enumerate(sentences):
        if i in used or s.is_title:
            continue
        cue = ASSUMPTION_CUE.search(s.text)
        if cue and _SOMEONE_ELSES.search(_tail(s.text[: cue.start()])):
            cue = None  # "she didn't know we had one" is the mentor's surprise, not ours
        if not (cue or s.label == "assumption" or s.section == "assumptions"):
            continue
        used.add(i)
        source = _excerpt(s)
        text = s.text
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        if nxt and nxt.line in (s.line, s.line + 1) and _REFUTATION.match(nxt.text):
            source, text = _span(s, nxt, notes), f"{s.text} {nxt.text}"
            if nxt.words < 5:  # "Completely wrong." says nothing on its own
                used.add(i + 1)
        out.append(Takeaway(text=clean(text), source=source))
    return out[:3], used


def _next_topics(sentences: list[Sentence], actions: list[ActionItem]) -> list[Takeaway]:
    out: list[Takeaway] = []
    for s in sentences:
        undated = _DUE_PHRASE.sub("", s.text)
        if s.label == "next" or s.section == "next" or NEXT_CUE.search(undated):
            if s.section == "actions" and s.label != "next" and not NEXT_CUE.search(undated):
                continue
            text = clean(_NEXT_PREFIX.sub("", s.text))
            if len(text.split()) >= 1:
                out.append(Takeaway(text=text, source=_excerpt(s)))
    return out[:3]


def _takeaways(
    sentences: list[Sentence], vectors: np.ndarray, used: set[int], k: int
) -> list[Takeaway]:
    scores = sentence_scores(sentences, vectors, position_weight=0.1)
    bonus = np.array(
        [
            0.35 * bool(TAKEAWAY_CUE.search(s.text))
            + 0.2 * (s.section == "takeaways")
            + 0.1 * bool(ASSUMPTION_CUE.search(s.text))
            for s in sentences
        ]
    )
    rel = scores + bonus
    banned = [
        i
        for i, s in enumerate(sentences)
        if i in used
        or s.is_title
        or s.words < 4
        or s.section in ("actions", "next")
        or s.label in ("action", "next")
        or NEXT_CUE.search(s.text)
    ]
    picks = mmr(rel, vectors, k, lam=0.8, max_similarity=0.85, exclude=banned)
    return [
        Takeaway(
            text=clean(_REFUTATION_LEAD.sub("", sentences[i].text)), source=_excerpt(sentences[i])
        )
        for i in sorted(picks)
    ]


def prompt_candidates(passages: list[Passage]) -> list[tuple[str, Passage]]:
    """Question-shaped bullets in reflection-prompt passages."""
    return [(m.group(1).strip(), p) for p in passages for m in _PROMPT_LINE.finditer(p.text)]


_CYCLE_END = re.compile(
    r"\b(?:looking back|review of|end of (?:the )?cycle|three months|"
    r"mid-cycle|halfway)\b",
    re.I,
)


def choose_prompts(
    embedder: Embedder,
    query: str,
    passages: list[Passage],
    k: int = 2,
    known: Embedder | None = None,
) -> tuple[list[CitedItem], list[Passage]]:
    """Prompts close to what the notes are about, from the stage the notes describe.

    The prompts are the library's own static lines: `known` (a caching encoder) embeds them,
    so only the query, which is new each time, reaches the model."""
    cands = prompt_candidates(passages)
    if not cands:
        return [], []
    lines = (known or embedder).encode([c[0] for c in cands])
    vecs = np.vstack([embedder.encode([query]), lines])
    later = bool(_CYCLE_END.search(query))
    stage = np.array([0.15 if ("cycle" in p.section.lower()) == later else 0.0 for _, p in cands])
    picks = mmr(vecs[1:] @ vecs[0] + stage, vecs[1:], k, lam=0.7, max_similarity=0.85)
    chosen = [cands[i] for i in picks]
    cited = list({p.id: p for _, p in chosen}.values())
    return [CitedItem(text=t, citations=[p.id]) for t, p in chosen], cited


def _pointing_into(notes: str, rewritten: Rewritten, r: Reflection) -> Reflection:
    """Sources moved back from the rewritten notes to the notes the person wrote."""
    for item in [*r.takeaways, *r.assumptions, *r.next_topics, *r.action_items]:
        start, end = rewritten.span(item.source.start, item.source.end)
        item.source = Excerpt(text=notes[start:end], start=start, end=end)
    return r


def reflect_offline(
    notes: str,
    embedder: Embedder,
    prompt_passages: list[Passage] | None = None,
    known: Embedder | None = None,
) -> Reflection:
    """A reflection from the notes alone (plus retrieved prompts), always available."""
    rewritten = as_action_lines(notes)
    if rewritten.text == notes:
        return _reflect_lines(notes, embedder, prompt_passages, known)
    # tables and fields of actions are read as lines; sources still point into the notes
    r = _reflect_lines(rewritten.text, embedder, prompt_passages, known)
    return _pointing_into(notes, rewritten, r)


def _reflect_lines(
    notes: str,
    embedder: Embedder,
    prompt_passages: list[Passage] | None,
    known: Embedder | None,
) -> Reflection:
    sentences = split_sentences(notes)
    if not sentences:
        return Reflection(summary="", mode="offline", notice=OFFLINE_NOTICE)
    language = note_language(notes)
    if language != "English":  # no English summary or headings over text it cannot read
        actions = extract_actions(notes, sentences)
        return Reflection(
            summary="",
            action_items=actions,
            next_topics=_next_topics(sentences, actions),
            mode="offline",
            notice=english_only_notice(language),
        )
    vectors = embedder.encode([s.text for s in sentences])
    summary, _ = summarise(sentences, vectors)
    actions = extract_actions(notes, sentences, embedder)
    action_lines = {a.source.start for a in actions}
    used = {
        i for i, s in enumerate(sentences) if any(s.start <= a < s.end + 1 for a in action_lines)
    }
    assumptions, assumed = _assumptions(sentences, notes)
    content = sum(1 for s in sentences if not s.is_title)
    k = 3 if content < 8 else 4 if content < 14 else 5
    takeaways = _takeaways(sentences, vectors, used | assumed, k)
    query = " ".join([summary, *(t.text for t in takeaways)])
    prompts, cited = choose_prompts(embedder, query, prompt_passages or [], known=known)
    return Reflection(
        summary=summary,
        takeaways=takeaways,
        assumptions=assumptions,
        action_items=actions,
        next_topics=_next_topics(sentences, actions),
        prompts=prompts,
        sources=[p.to_dict() for p in cited],
        mode="offline",
        notice=OFFLINE_NOTICE,
    )
