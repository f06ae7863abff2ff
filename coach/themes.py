"""Themes across the cohort's shared lessons: approved notes grouped by meaning.

Each note's content words are embedded and the vectors centred; the notes are grouped by
spectral clustering of their nearest-neighbour graph (spherical k-means on its top
eigenvectors, k-means++ seeding, a few restarts, one fixed seed) for every k in a small range,
and the k whose grouping has the best silhouette (cosine distance) is kept.
A theme is labelled offline by its most central phrases: word runs that several of its notes
use and other themes use less, ranked by how close their own embedding lies to the theme's
centre. Its quotes are the sentences closest to that centre, one per note, each citing the
note it comes from.

No record and no Gradio here: the flow brings the notes (approved ones only) and the embedder.
Everything is deterministic: the same notes in the same order give the same themes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from coach.engine.text import split_sentences
from coach.keyword import stem

Embed = Callable[[list[str]], np.ndarray]
SEED = 7
RESTARTS = 8
ITERATIONS = 50
MIN_TO_GROUP = 4  # fewer notes than this make one theme: there is nothing to compare
MAX_THEMES = 10
QUOTES = 3
QUOTE_CHARS = 240
LABEL_PHRASES = 3
CANDIDATES = 12  # phrases per theme whose embedding is compared with the centre
NEIGHBOURS = 4  # links per note in the graph the grouping follows: fewer than a small theme holds

_PLACEHOLDER = re.compile(r"\[[A-Z]+(?:_\d+)?\]")
_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
# Function words, and the words every mentoring note uses whatever it is about.
_STOP = frozenset(
    """a about above after again all also always am an and any anything are aren't as at be
    because been before being below between both but by can can't could did didn't do does
    doesn't doing don't down during each either even ever every few for from further get gets
    got had has have having he he's her here hers him his how i i'd i'm i've if in into is isn't
    it it's its itself just know let like made make makes me more most much must my myself need
    needs never no nor not now of off often on once one only or other our ours out over own per
    quite rather really same she she's should so some something such than that that's the their
    theirs them then there these they they're thing things this those though through to too two
    under until up us very want wants was way we were what when where which while who whom why
    will with without would yes yet you your yours
    asked asks learnt learned lesson lessons mentor mentors mentee mentees session sessions
    said says say told tell tells talked talk discussed showed shows show think thinks thought
    today time next week people person junior juniors senior seniors lot lots many first
    mine her's q a""".split()
)
# Words too common in any lesson to name a theme by (they still count for grouping).
_LABEL_STOP = frozenset(
    """nobody everyone everybody someone anyone use uses used using instead feel feels felt
    come comes came go goes went keep keeps kept years three""".split()
)


@dataclass(frozen=True)
class NoteText:
    """One approved note: its citation (``note:<id>``), title and anonymised text."""

    source: str
    title: str
    text: str


@dataclass(frozen=True)
class Quote:
    text: str
    source: str  # the note it comes from: note:<id>
    title: str


@dataclass(frozen=True)
class Theme:
    label: str
    phrases: tuple[str, ...]  # the central phrases the offline label is made of
    count: int  # notes in the theme
    sources: tuple[str, ...]  # every note in it, in the order given
    quotes: tuple[Quote, ...]


# -- grouping ----------------------------------------------------------------------------


def _normalised(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.where(norms == 0, 1.0, norms)


def _seeds(x: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """k-means++ on cosine distance: each next centre far from the ones already chosen."""
    centres = [int(rng.integers(len(x)))]
    for _ in range(1, k):
        dist = np.clip(1.0 - (x @ x[centres].T).max(axis=1), 0.0, None)
        total = dist.sum()
        if total <= 0:
            centres.append(int(rng.integers(len(x))))
            continue
        centres.append(int(rng.choice(len(x), p=dist / total)))
    return x[centres].copy()


def _one_run(x: np.ndarray, k: int, rng: np.random.Generator) -> tuple[np.ndarray, float]:
    """One spherical k-means run: (labels, total cosine similarity to the centres)."""
    centres = _seeds(x, k, rng)
    labels = np.full(len(x), -1)
    for _ in range(ITERATIONS):
        new = np.argmax(x @ centres.T, axis=1)
        if np.array_equal(new, labels):
            break
        labels = new
        for c in range(k):
            members = x[labels == c]
            if len(members):
                centres[c] = _normalised(members.sum(axis=0, keepdims=True))[0]
    return labels, float((x * centres[labels]).sum())


def kmeans(x: np.ndarray, k: int, seed: int = SEED, restarts: int = RESTARTS) -> np.ndarray:
    """The best of `restarts` runs (most cohesive), labels renumbered by first appearance."""
    x = _normalised(x)
    rng = np.random.default_rng(seed)
    best, best_fit = np.zeros(len(x), dtype=int), -math.inf
    for _ in range(restarts):
        labels, fit = _one_run(x, k, rng)
        if fit > best_fit + 1e-9:
            best, best_fit = labels, fit
    return _renumber(best)


def _renumber(labels: np.ndarray) -> np.ndarray:
    order: dict[int, int] = {}
    return np.array([order.setdefault(int(v), len(order)) for v in labels], dtype=int)


def silhouette(x: np.ndarray, labels: np.ndarray) -> float:
    """Mean silhouette with cosine distance; a note alone in its group scores 0."""
    x = _normalised(x)
    dist = np.clip(1.0 - x @ x.T, 0.0, None)
    groups = sorted(set(labels.tolist()))
    if len(groups) < 2:
        return 0.0
    member = np.stack([labels == g for g in groups]).astype(np.float64)  # (groups, n)
    sums = dist @ member.T  # (n, groups): summed distance from each note to each group
    sizes = member.sum(axis=1)
    own = np.array([groups.index(v) for v in labels.tolist()])
    rows = np.arange(len(x))
    own_size = sizes[own] - 1
    a = np.where(own_size > 0, sums[rows, own] / np.maximum(own_size, 1), 0.0)
    other = sums / sizes[None, :]
    other[rows, own] = np.inf
    b = other.min(axis=1)
    s = np.where(own_size > 0, (b - a) / np.maximum(np.maximum(a, b), 1e-12), 0.0)
    return float(s.mean())


def _affinity(x: np.ndarray, neighbours: int) -> np.ndarray:
    """Each note linked to its nearest neighbours by cosine similarity (symmetric, >= 0)."""
    sims = x @ x.T
    np.fill_diagonal(sims, -np.inf)
    near = np.argsort(-sims, axis=1, kind="stable")[:, :neighbours]
    graph = np.zeros_like(sims)
    rows = np.repeat(np.arange(len(x)), near.shape[1])
    graph[rows, near.ravel()] = np.clip(sims[rows, near.ravel()], 0.0, None)
    return np.maximum(graph, graph.T)


def spectral(x: np.ndarray, k: int, seed: int = SEED, neighbours: int = NEIGHBOURS) -> np.ndarray:
    """Spectral grouping (Ng, Jordan and Weiss): k-means on the top eigenvectors of the
    normalised neighbour graph, which follows chains of close notes rather than one centre."""
    graph = _affinity(_normalised(x), min(neighbours, len(x) - 1))
    degree = graph.sum(axis=1)
    scale = 1.0 / np.sqrt(np.where(degree > 0, degree, 1.0))
    _, vectors = np.linalg.eigh(scale[:, None] * graph * scale[None, :])
    top = vectors[:, ::-1][:, :k]
    top = top * np.where(top[np.argmax(np.abs(top), axis=0), range(k)] < 0, -1.0, 1.0)
    return kmeans(top, k, seed)


def embed_notes(texts: Sequence[str], embed: Embed) -> np.ndarray:
    """Each note's content words embedded: the framing words of a note ("she said", "Q:",
    "Lesson:", bullets, placeholders) carry its style rather than its subject."""
    return _normalised(np.asarray(embed([content_words(t) or t for t in texts])))


def centred(x: np.ndarray) -> np.ndarray:
    """The vectors less their mean, so the direction all the notes share does not count."""
    return _normalised(x - x.mean(axis=0)) if len(x) >= MIN_TO_GROUP else x


def choose_groups(x: np.ndarray, seed: int = SEED, max_k: int = MAX_THEMES) -> np.ndarray:
    """Group labels for the notes: the k (2..max_k) whose grouping has the best silhouette."""
    n = len(x)
    if n < MIN_TO_GROUP:
        return np.zeros(n, dtype=int)
    best, best_score = np.zeros(n, dtype=int), -math.inf
    for k in range(2, min(max_k, n - 1) + 1):
        labels = spectral(x, k, seed)
        score = silhouette(x, labels)
        if score > best_score + 1e-9:
            best, best_score = labels, score
    return best


# -- labels and quotes -------------------------------------------------------------------


def _runs(text: str) -> list[list[str]]:
    """Runs of content words, split at function words, punctuation and placeholders."""
    runs: list[list[str]] = []
    for piece in re.split(r"[^\w\s'’-]|\n|\s-\s", _PLACEHOLDER.sub(" . ", text.lower())):
        run: list[str] = []
        for word in _WORD.findall(piece):
            if word in _STOP or word.isdigit() or len(word) < 3 and not word.isalpha():
                if run:
                    runs.append(run)
                run = []
            else:
                run.append(word)
        if run:
            runs.append(run)
    return runs


def content_words(text: str) -> str:
    """The note's content words in order, without function words, framing or placeholders."""
    return " ".join(" ".join(run) for run in _runs(text))


def phrases_of(text: str, longest: int = 3) -> set[str]:
    """Every phrase of one to `longest` content words the text holds."""
    out: set[str] = set()
    for run in _runs(text):
        for n in range(1, longest + 1):
            for i in range(len(run) - n + 1):
                gram = run[i : i + n]
                if n == 1 and len(gram[0]) < 3 or _LABEL_STOP.intersection(gram):
                    continue
                out.add(" ".join(gram))
    return out


def _distinct(
    note_phrases: list[set[str]], labels: np.ndarray, group: int
) -> list[tuple[float, str]]:
    """(score, phrase) for phrases the group's notes share, most distinctive first."""
    inside = [p for p, g in zip(note_phrases, labels.tolist()) if g == group]
    df_in: dict[str, int] = {}
    for phrases in inside:
        for p in phrases:
            df_in[p] = df_in.get(p, 0) + 1
    df_all: dict[str, int] = {}
    for phrases in note_phrases:
        for p in phrases:
            if p in df_in:
                df_all[p] = df_all.get(p, 0) + 1
    n = len(note_phrases)
    scored = [
        (df_in[p] / len(inside) * math.log(1 + n / df_all[p]) * (1 + 0.25 * p.count(" ")), p)
        for p in df_in
    ]
    shared = [t for t in scored if df_in[t[1]] >= 2] if len(inside) >= 3 else []
    return sorted(shared or scored, key=lambda t: (-t[0], t[1]))


def _pick_label(ranked: list[str]) -> tuple[str, ...]:
    """The first phrases of `ranked` that do not repeat a word (or its stem) already chosen."""
    chosen: list[str] = []
    words: set[str] = set()
    for phrase in ranked:
        mine = {stem(w) for w in phrase.split()}
        if mine & words:
            continue
        chosen.append(phrase)
        words |= mine
        if len(chosen) == LABEL_PHRASES:
            break
    return tuple(chosen)


def central_phrases(
    candidates: list[str], centre: np.ndarray, embed: Embed, fallback: Sequence[str] = ()
) -> tuple[str, ...]:
    """The candidate phrases whose embedding lies closest to the theme's centre."""
    if not candidates:
        return tuple(fallback[:LABEL_PHRASES])
    sims = _normalised(np.asarray(embed(candidates))) @ centre
    order = sorted(range(len(candidates)), key=lambda i: (-float(sims[i]), candidates[i]))
    return _pick_label([candidates[i] for i in order])


def _quote(text: str) -> str:
    text = " ".join(text.split()).lstrip("-*• ").strip()
    if len(text) <= QUOTE_CHARS:
        return text
    return text[: QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _sentences(note: NoteText) -> list[str]:
    found = [_quote(s.text) for s in split_sentences(note.text) if not s.is_title]
    found = [s for s in found if len(s.split()) >= 4]
    return found or [_quote(note.text)]


def representative_quotes(
    notes: list[NoteText], centre: np.ndarray, embed: Embed, limit: int = QUOTES
) -> tuple[Quote, ...]:
    """The sentence of each note closest to the centre; the `limit` closest notes' sentences."""
    per_note = [_sentences(n) for n in notes]
    flat = [s for ss in per_note for s in ss]
    sims = _normalised(np.asarray(embed(flat))) @ centre
    best: list[tuple[float, int, str]] = []
    start = 0
    for i, ss in enumerate(per_note):
        scores = sims[start : start + len(ss)]
        j = int(np.argmax(scores))
        best.append((float(scores[j]), i, ss[j]))
        start += len(ss)
    best.sort(key=lambda t: (-t[0], t[1]))
    return tuple(Quote(text, notes[i].source, notes[i].title) for _, i, text in best[:limit])


def _label_text(phrases: Sequence[str]) -> str:
    text = ", ".join(phrases) or "Shared lessons"
    return text[:1].upper() + text[1:]


def group_notes(notes: Sequence[NoteText], embed: Embed, seed: int = SEED) -> list[Theme]:
    """The themes of these notes, largest first, each labelled by its central phrases."""
    notes = [n for n in notes if n.text.strip()]
    if not notes:
        return []
    raw = embed_notes([n.text for n in notes], embed)
    labels = choose_groups(centred(raw), seed)
    note_phrases = [phrases_of(n.text) for n in notes]
    themes = []
    for g in sorted(set(labels.tolist())):
        members = [n for n, lab in zip(notes, labels.tolist()) if lab == g]
        centre = _normalised(raw[labels == g].sum(axis=0, keepdims=True))[0]
        candidates = [p for _, p in _distinct(note_phrases, labels, g)[:CANDIDATES]]
        phrases = central_phrases(candidates, centre, embed)
        themes.append(
            Theme(
                label=_label_text(phrases),
                phrases=phrases,
                count=len(members),
                sources=tuple(n.source for n in members),
                quotes=representative_quotes(members, centre, embed),
            )
        )
    return sorted(themes, key=lambda t: -t.count)
