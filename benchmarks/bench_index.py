"""Index benchmark: embedding throughput, pipeline throughput, query latency at scale.

Prints, in one run on this machine:
  1. raw embedding throughput of the offline model (60-word passages, the pipeline's batching);
  2. end-to-end ingestion throughput (files -> chunks -> embeddings -> Chroma) and its ratio
     to (1); goal >= 0.9;
  3. query latency p50/p95 (embed + hybrid search: vectors + BM25 + fusion) at 1k, 10k and
     100k chunks; goal p95 <= 25 ms at 100k.

For (3) the collection is filled with real embeddings of real library passages plus small
perturbations, inserted directly, because embedding 100k passages would take ~20 minutes and
measures (1) again, not search. Queries are the labelled retrieval queries and the
library's own questions.

Usage: python benchmarks/bench_index.py [--sizes 1000,10000,100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.chunking import load_file, split  # noqa: E402
from coach.embeddings import MiniLMEmbedding  # noqa: E402
from coach.index import Row, open_index  # noqa: E402
from coach.ingest import sync  # noqa: E402
from coach.settings import load_settings  # noqa: E402
from coach.topics import ALL_TOPICS  # noqa: E402


def library_words() -> list[str]:
    text = " ".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "knowledge").rglob("*.md"))
    )
    text = re.sub(r"^---.*?---", " ", text, flags=re.S | re.M)
    return re.sub(r"[#*>`|-]+", " ", text).split()


def passages(words: list[str], n: int, size: int = 60) -> list[str]:
    step = max(1, (len(words) - size) // n)
    return [" ".join(words[i * step : i * step + size]) for i in range(n)]


def bench_embedding(emb: MiniLMEmbedding, texts: list[str]) -> float:
    emb.encode(texts[:32])  # warm-up
    t = time.perf_counter()
    emb.encode(texts)
    return len(texts) / (time.perf_counter() - t)


def write_library(lib: Path, texts: list[str], per_file: int = 10) -> None:
    lib.mkdir()
    for f in range(0, len(texts), per_file):
        body = "\n\n".join(
            f"## Passage {f + i}\n\n{t}" for i, t in enumerate(texts[f : f + per_file])
        )
        (lib / f"doc{f // per_file:04d}.md").write_text(
            f"---\ntitle: Doc {f}\ntopic: money\nkind: guidance\n---\n# Doc {f}\n\n{body}\n"
        )


def embed_inputs(lib: Path) -> list[str]:
    """Exactly what the pipeline hands the model: each chunk with its title and heading."""
    out = []
    for path in sorted(lib.glob("*.md")):
        out += [c.embed_text for c in split(load_file(path, f"knowledge/{path.name}"))]
    return out


def bench_pipeline(emb: MiniLMEmbedding, texts: list[str]) -> tuple[float, int, list[str]]:
    with tempfile.TemporaryDirectory() as tmp:
        lib = Path(tmp) / "knowledge"
        write_library(lib, texts)
        settings = load_settings(data_dir=Path(tmp) / "data", knowledge_dir=lib)
        index = open_index(settings, emb)
        t = time.perf_counter()
        results = sync(index, settings, roots=[lib])
        elapsed = time.perf_counter() - t
        chunks = sum(r.chunks for r in results)
        return chunks / elapsed, chunks, embed_inputs(lib)


def fill(index, pool_texts: list[str], pool_vecs: np.ndarray, n: int, rng: random.Random) -> None:  # noqa: ANN001
    nrng = np.random.default_rng(7)
    have = index.count()
    batch = 5000
    topics = list(ALL_TOPICS)
    for start in range(have, n, batch):
        m = min(batch, n - start)
        picks = [rng.randrange(len(pool_texts)) for _ in range(m)]
        vecs = pool_vecs[picks] + nrng.normal(0, 0.02, (m, pool_vecs.shape[1])).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        docs = []
        for p in picks:  # a passage with a few words swapped in from another, so texts differ
            words = pool_texts[p].split()
            other = pool_texts[rng.randrange(len(pool_texts))].split()
            for _ in range(6):
                words[rng.randrange(len(words))] = other[rng.randrange(len(other))]
            docs.append(" ".join(words))
        metas = [
            {
                "source": f"bench/{(start + i) // 20}.md",
                "title": f"Bench {(start + i) // 20}",
                "section": "",
                "topic": topics[(start + i) % len(topics)],
                "kind": "guidance",
                "visibility": "hr" if (start + i) % 10 == 0 else "everyone",
            }
            for i in range(m)
        ]
        index.write_rows([Row(f"b{start + i}", metas[i], docs[i], vecs[i]) for i in range(m)])


def bench_queries(index, queries: list[str]) -> tuple[float, float, float]:  # noqa: ANN001
    t = time.perf_counter()
    index.search("warm up the keyword index", k=5)
    build = time.perf_counter() - t
    lat = []
    for q in queries:
        t = time.perf_counter()
        index.search(q, k=5)
        lat.append((time.perf_counter() - t) * 1000)
    lat.sort()
    return statistics.median(lat), lat[int(0.95 * (len(lat) - 1))], build


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--passages", type=int, default=600)
    ap.add_argument("--queries", type=int, default=200)
    args = ap.parse_args()
    rng = random.Random(1)
    emb = MiniLMEmbedding()
    words = library_words()
    texts = passages(words, args.passages)

    # Best of two runs each, alternating, so a busy moment on a shared machine hits both sides.
    raw_plain, raw, pipe = 0.0, 0.0, 0.0
    for _ in range(2):
        raw_plain = max(raw_plain, bench_embedding(emb, texts))
        rate, chunks, inputs = bench_pipeline(emb, texts)
        pipe = max(pipe, rate)
        raw = max(raw, bench_embedding(emb, inputs))
    print(f"raw embedding:      {raw_plain:7.1f} passages/s ({len(texts)} x 60 words, 2 cores)")
    print(f"raw, same inputs:   {raw:7.1f} chunks/s (the pipeline's chunks, title and heading)")
    print(f"ingestion pipeline: {pipe:7.1f} chunks/s ({chunks} chunks, files -> Chroma)")
    print(f"pipeline / raw:     {pipe / raw:7.2f}   (same inputs; goal >= 0.90)")

    qfile = ROOT / "tests" / "data" / "retrieval_queries.jsonl"
    base = [json.loads(x)["query"] for x in qfile.read_text().splitlines() if x.strip()]
    for bank in sorted((ROOT / "knowledge").rglob("questions.md")):  # real questions too
        base += re.findall(r"^- (.+?\?)", bank.read_text(encoding="utf-8"), flags=re.M)
    queries = [
        base[i % len(base)] + ("" if i < len(base) else f" {rng.choice(words)}")
        for i in range(args.queries)
    ]
    pool = passages(words, 1500, size=50)
    pool_vecs = emb.encode(pool)
    with tempfile.TemporaryDirectory() as tmp:
        index = open_index(load_settings(data_dir=Path(tmp)), emb)
        print(f"{'chunks':>8} {'p50 ms':>8} {'p95 ms':>8} {'bm25 build s':>13}")
        for n in (int(s) for s in args.sizes.split(",")):
            t = time.perf_counter()
            fill(index, pool, pool_vecs, n, rng)
            fill_s = time.perf_counter() - t
            p50, p95, build = bench_queries(index, queries)
            print(f"{n:>8} {p50:8.1f} {p95:8.1f} {build:13.1f}   (filled in {fill_s:.0f} s)")
    print("goal: p95 <= 25 ms at 100k chunks")


if __name__ == "__main__":
    main()
