"""The retrieval index: a Chroma collection plus BM25, scored together (coach.search_rank).

Embedded `PersistentClient` under the data directory by default; a Chroma server
(`HttpClient`) when `COACH_CHROMA_URL` is set. The same code path serves both. The index is
derived: `coach reindex` rebuilds it from `knowledge/`, uploads and approved shared notes.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlparse

import numpy as np

from coach import search_rank
from coach.chunking import Chunk, SourceDoc, content_hash, split
from coach.errors import EmbeddingMismatch, IndexUnavailable, InvalidInput
from coach.keyword import KeywordIndex
from coach.memo import Bounded
from coach.passage_units import unit_text, units_of
from coach.passages import Passage
from coach.query_cleaning import clean_query
from coach.query_expansion import WordNeighbours
from coach.query_translation import translate
from coach.sanitise import well_formed
from coach.search_rank import fuse, heading_of, place_of
from coach.settings import Settings
from coach.topics import KINDS, VISIBILITIES, normalise_topic

if TYPE_CHECKING:  # Chroma and the embedder are imported when an index is opened, not before
    from coach.embeddings import Embedder

Mode = Literal["hybrid", "vector", "keyword"]
ROW_PAGE = 5000  # rows per read when paging through the whole collection
# Every search scores the same depth of candidates, whatever k is asked for, so the top 5 of a
# search for 5 are the top 5 of a search for 25.
SEARCH_POOL = 100
MAX_QUERY_CHARS = 2000
_FILTER_KEYS = ("topic", "kind", "visibility")
_ADDED_BY = {"shared-note": "approved by HR from a shared note"}  # who vouches for added text


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def make_client(settings: Settings) -> Any:
    import chromadb  # ~1 s of imports (gRPC, OpenTelemetry): only once an index is opened
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    try:
        if settings.chroma_url:
            url = urlparse(settings.chroma_url)
            if not url.hostname:
                raise IndexUnavailable(f"COACH_CHROMA_URL '{settings.chroma_url}' has no host.")
            return chromadb.HttpClient(
                host=url.hostname,
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
        settings.chroma_path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)
    except IndexUnavailable:
        raise
    except Exception as exc:
        where = settings.chroma_url or settings.chroma_path
        raise IndexUnavailable(f"The Chroma index at {where} cannot be opened: {exc}") from exc


def _where(filters: dict[str, list[str]]) -> dict[str, Any] | None:
    clauses = [{k: {"$in": v}} for k, v in filters.items()]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


@dataclass(frozen=True)
class Row:
    """One stored chunk as the index holds it: text and vector only when asked for."""

    id: str
    metadata: dict[str, Any]
    text: str | None = None
    vector: Sequence[float] | None = None
    units: Sequence[Sequence[float]] | None = None  # its sentences' and list items' vectors


def _as_list(value: str | Sequence[str] | None) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value)


KEYWORD_TTL = 2.0  # seconds between checks for writes made by other processes
HEADING_CACHE = 4096  # heading vectors kept, least recently used dropped first
# Retrieval repeats itself (a refinement asks what its plan asked; juniors prepare the same
# topics; every search reads the vectors of the same passages), so the index keeps, least
# recently used dropped first: query vectors (the model never changes under an index), and,
# for the library as it is now, whole search results and the stored vectors of passages and
# their units. The last three are emptied whenever the keyword index is rebuilt, which is
# at every write here and, for writes by other processes, within keyword_ttl.
QUERY_VECTORS = 4096
SEARCH_RESULTS = 512
STORED_VECTORS = 16_384  # passages' vectors, and as many of their units' vectors
UNITS_SUFFIX = "-units"  # the collection beside the index holding each passage's unit vectors


class Index:
    """Search and maintenance over one Chroma collection.

    ``keyword_ttl``: seconds the keyword index is trusted before the collection is checked
    for writes made by other processes (0: every search checks).
    """

    def __init__(
        self, client: Any, name: str, embedder: Embedder, keyword_ttl: float = KEYWORD_TTL
    ) -> None:
        self._setup(name, keyword_ttl)
        self._client, self._embedder = client, embedder
        self._collection = self._open_collection()
        self._units = self._open_units()

    @classmethod
    def on_first_use(
        cls,
        open_client: Callable[[], Any],
        name: str,
        open_embedder: Callable[[], Embedder],
        keyword_ttl: float = KEYWORD_TTL,
    ) -> Index:
        """An index that makes its client and embedder and opens its collection when first
        used: Chroma's imports and the embedding model are then no part of the time a
        server takes to answer its first page. An opening that fails is tried again at the
        next use (a Chroma server started later is found)."""
        index = cls.__new__(cls)
        index._setup(name, keyword_ttl)
        index._opener = (open_client, open_embedder)
        return index

    def _setup(self, name: str, keyword_ttl: float) -> None:
        self.name = name
        self.keyword_ttl = keyword_ttl
        self._lock = threading.RLock()
        self._keyword: KeywordIndex | None = None
        self._keyword_gen: str | None = None
        self._checked_at = 0.0
        self._headings: OrderedDict[str, Any] = OrderedDict()  # heading -> its vector
        self._queries = Bounded(QUERY_VECTORS)  # query -> its vector
        self._results = Bounded(SEARCH_RESULTS)  # (build, question) -> passages
        self._vectors = Bounded(STORED_VECTORS)  # (build, chunk id) -> its stored vector
        self._unit_vecs = Bounded(STORED_VECTORS)  # (build, unit id) -> its stored vector
        self._build = 0  # which keyword index (library as last read) the entries are for
        self.word_cache_dir: Any = None  # a data folder: library words' vectors kept there
        self._neighbours = WordNeighbours(
            lambda texts: self.embedder.encode(list(texts)), self._encode_library_words
        )
        self._opener: tuple[Callable[[], Any], Callable[[], Embedder]] | None = None

    def _opened(self) -> None:
        if self._opener is None:
            return
        with self._lock:
            if self._opener is None:
                return
            open_client, open_embedder = self._opener
            self._client = open_client()
            self._embedder = open_embedder()
            self._collection = self._open_collection()
            self._units = self._open_units()
            self._opener = None

    @property
    def client(self) -> Any:
        self._opened()
        return self._client

    @property
    def embedder(self) -> Embedder:
        self._opened()
        return self._embedder

    @property
    def collection(self) -> Any:
        self._opened()
        return self._collection

    @property
    def units(self) -> Any:
        self._opened()
        return self._units

    @property
    def is_open(self) -> bool:
        """Whether the collection has been opened (an index made `on_first_use` is not,
        until then)."""
        return self._opener is None

    # -- opening -------------------------------------------------------------------------
    def _open_collection(self) -> Any:
        try:
            col = self._client.get_or_create_collection(
                self.name,
                embedding_function=self._embedder,
                metadata={"embedding": self._embedder.identity, "generation": uuid.uuid4().hex},
            )
        except ValueError as exc:  # Chroma refuses a conflicting embedding function
            raise EmbeddingMismatch(
                f"The index '{self.name}' was built with another embedding ({exc}). "
                "Run `coach reindex` to rebuild it with the configured one."
            ) from exc
        except Exception as exc:
            raise IndexUnavailable(
                f"The Chroma collection '{self.name}' cannot be opened: {exc}"
            ) from exc
        built_with = (col.metadata or {}).get("embedding")
        if built_with and built_with != self._embedder.identity and col.count() > 0:
            raise EmbeddingMismatch(
                f"The index was built with '{built_with}' but the settings ask for "
                f"'{self._embedder.identity}'. Vectors of two embeddings cannot be mixed: run "
                "`coach reindex` to rebuild the index."
            )
        return col

    def _open_units(self) -> Any:
        """The vectors of every passage's sentences and list items, one row each, with ids
        ``<chunk id>#<n>``: read by id at search time, so no metadata scan."""
        try:
            return self._client.get_or_create_collection(
                self.name + UNITS_SUFFIX,
                embedding_function=self._embedder,
                metadata={"embedding": self._embedder.identity},
            )
        except Exception as exc:
            raise IndexUnavailable(
                f"The Chroma collection '{self.name}{UNITS_SUFFIX}' cannot be opened: {exc}"
            ) from exc

    @property
    def built_with(self) -> str:
        return str((self.collection.metadata or {}).get("embedding", ""))

    def count(self) -> int:
        return self.collection.count()

    # -- writing -------------------------------------------------------------------------
    def _touch(self) -> None:
        """Record a write, so other processes rebuild their keyword index."""
        self.collection.modify(
            metadata={"embedding": self.embedder.identity, "generation": uuid.uuid4().hex}
        )
        with self._lock:
            self._keyword = None

    def embed(self, chunks: Sequence[Chunk], whole: bool = True) -> tuple[Any, list[Any]]:
        """Each chunk's vector (unless not ``whole``) and the vectors of its units
        (coach.passage_units), embedded in one call so the encoder batches them together."""
        units = [
            [
                unit_text(u, str(c.metadata.get("section", "")), str(c.metadata.get("title", "")))
                for u in units_of(c.text)
            ]
            for c in chunks
        ]
        texts = [c.embed_text for c in chunks] if whole else []
        every = [*texts, *(u for x in units for u in x)]
        vectors = self.embedder.encode(every) if every else np.zeros((0, 0), dtype=np.float32)
        out, at = [], len(texts)
        for x in units:
            out.append(vectors[at : at + len(x)])
            at += len(x)
        return vectors[: len(texts)], out

    def write_chunks(
        self, chunks: Sequence[Chunk], vectors: Any | None = None, units: Any | None = None
    ) -> None:
        if not chunks:
            return
        if vectors is None:
            vectors, units = self.embed(chunks)
        elif units is None:
            units = self.embed(chunks, whole=False)[1]
        self.write_rows(
            [Row(c.id, c.metadata, c.text, v, u) for c, v, u in zip(chunks, vectors, units)]
        )

    def write_rows(self, rows: Sequence[Row]) -> None:
        """Store rows that carry their text and vector (a copy of another index, say)."""
        if not rows:
            return
        step = max(1, min(1000, int(getattr(self.client, "get_max_batch_size", lambda: 1000)())))
        for i in range(0, len(rows), step):
            part = rows[i : i + step]
            if any(r.text is None or r.vector is None for r in part):
                raise InvalidInput("A row to store needs its text and its vector.")
            self._write_units(part, step)
            self.collection.upsert(
                ids=[r.id for r in part],
                documents=[str(r.text) for r in part],
                metadatas=[
                    {**r.metadata, "units": 0 if r.units is None else len(r.units)} for r in part
                ],
                embeddings=[r.vector for r in part],
            )
        self._touch()

    def _write_units(self, rows: Sequence[Row], step: int) -> None:
        """Store the unit vectors rows carry; a row without them is scored as a whole."""
        ids, vectors, metas = [], [], []
        for r in rows:
            for n, v in enumerate(() if r.units is None else r.units):
                ids.append(f"{r.id}#{n}")
                vectors.append(v)
                metas.append({"chunk": r.id, "source": str(r.metadata.get("source", ""))})
        for i in range(0, len(ids), step):
            self.units.upsert(
                ids=ids[i : i + step],
                embeddings=vectors[i : i + step],
                metadatas=metas[i : i + step],
            )

    def _unit_ids(self, cid: str, meta: dict[str, Any]) -> list[str]:
        return [f"{cid}#{n}" for n in range(int(meta.get("units") or 0))]

    def rows(
        self,
        *,
        sources: Sequence[str] | None = None,
        text: bool = False,
        vectors: bool = False,
        page: int = ROW_PAGE,
    ) -> Iterator[Row]:
        """Every stored chunk (of these sources only, when given), read a page at a time."""
        include = [
            "metadatas",
            *(["documents"] if text else []),
            *(["embeddings"] if vectors else []),
        ]
        where = {"source": {"$in": list(sources)}} if sources else None
        offset = 0
        while True:
            got = self.collection.get(where=where, include=include, limit=page, offset=offset)
            ids = got["ids"]
            metas = got.get("metadatas") or [{}] * len(ids)
            docs = got.get("documents") if text else None
            vecs = got.get("embeddings") if vectors else None
            units = self._read_units(ids, metas) if vectors else {}
            for n, cid in enumerate(ids):
                yield Row(
                    cid,
                    dict(metas[n] or {}),
                    None if docs is None else docs[n],
                    None if vecs is None else list(vecs[n]),
                    units.get(cid) if vectors else None,
                )
            if len(ids) < page:
                return
            offset += page

    def _read_units(self, ids: Sequence[str], metas: Sequence[Any]) -> dict[str, list[Any]]:
        """Each chunk's unit vectors, in order (none for a chunk stored without them)."""
        wanted = [u for cid, m in zip(ids, metas) for u in self._unit_ids(cid, m or {})]
        found: dict[str, Any] = {}
        for i in range(0, len(wanted), ROW_PAGE):
            got = self.units.get(ids=wanted[i : i + ROW_PAGE], include=["embeddings"])
            found.update(zip(got["ids"], got["embeddings"]))
        return {
            cid: [list(found[u]) for u in self._unit_ids(cid, m or {}) if u in found]
            for cid, m in zip(ids, metas)
        }

    def sources(self) -> dict[str, dict[str, Any]]:
        """Per source: the metadata of its first chunk, and ``chunks``, how many it has."""
        out: dict[str, dict[str, Any]] = {}
        for row in self.rows():
            entry = out.setdefault(
                str(row.metadata.get("source", "")), {**row.metadata, "chunks": 0}
            )
            entry["chunks"] += 1
        return out

    def remove_source(self, source: str) -> int:
        """Delete every chunk of one source; returns how many went."""
        ids = self.collection.get(where={"source": source}, include=[])["ids"]
        if ids:
            self.units.delete(where={"source": source})
            self.collection.delete(ids=ids)
            self._touch()
        return len(ids)

    def relabel_source(self, source: str, changes: dict[str, Any]) -> int:
        """Change metadata (topic, visibility, ...) on every chunk of one source, keeping its
        text and vectors; returns how many chunks changed."""
        got = self.collection.get(where={"source": source}, include=["metadatas"])
        ids = got["ids"]
        if ids:
            metas = [{**(m or {}), **changes} for m in got["metadatas"]]
            self.collection.update(ids=ids, metadatas=metas)
            self._touch()
        return len(ids)

    def replace_source(
        self, chunks: Sequence[Chunk], source: str, vectors: Any | None = None
    ) -> None:
        self.replace_sources([source], chunks, vectors)

    def replace_sources(
        self,
        sources: Sequence[str],
        chunks: Sequence[Chunk],
        vectors: Any | None = None,
        units: Any | None = None,
    ) -> None:
        """Swap the chunks of several sources at once: one delete, one upsert, one touch."""
        if sources:
            where = {"source": {"$in": list(sources)}}
            old = self.collection.get(where=where, include=[])["ids"]
            if old:
                self.units.delete(where=where)
                self.collection.delete(ids=old)
        if chunks:
            self.write_chunks(chunks, vectors, units)
        else:
            self._touch()

    def add_text(
        self,
        source: str,
        text: str,
        *,
        title: str,
        topic: str = "general",
        kind: str = "shared-note",
        visibility: str = "everyone",
        extra_metadata: dict[str, Any] | None = None,
    ) -> list[str]:
        """Index one text (an approved shared note, say), replacing earlier chunks of it."""
        text = well_formed(text or "")
        if not text.strip():
            raise InvalidInput("There is no text to index.")
        if kind not in KINDS:  # an unknown label would make the text unfindable, silently
            raise InvalidInput(f"The kind must be one of {', '.join(KINDS)}, not '{kind}'.")
        if visibility not in VISIBILITIES:
            raise InvalidInput(
                f"The visibility must be one of {', '.join(VISIBILITIES)}, not '{visibility}'."
            )
        extra = dict(extra_metadata or {})
        doc = SourceDoc(
            source=source,
            text=text,
            title=title,
            topic=normalise_topic(topic),
            kind=kind,
            visibility=visibility,
            fmt="markdown",
            content_hash=content_hash(text),
            extra=extra,
            added_by=str(extra.pop("added_by", "") or _ADDED_BY.get(kind, "")),
            added_at=str(extra.pop("added_at", "") or _now()),
        )
        chunks = split(doc)
        self.replace_source(chunks, source)
        return [c.id for c in chunks]

    def source_states(self) -> dict[str, dict[str, Any]]:
        """Per source: the file hashes its chunks carry, how many chunks, how many expected,
        and the hash of its words and its title (to recognise the same content again)."""
        states: dict[str, dict[str, Any]] = {}
        for row in self.rows():
            meta = row.metadata
            st = states.setdefault(
                str(meta.get("source")),
                {
                    "hashes": set(),
                    "count": 0,
                    "expected": set(),
                    "text_hash": str(meta.get("text_hash") or ""),
                    "title": str(meta.get("title") or ""),
                },
            )
            st["hashes"].add(meta.get("file_hash"))
            st["count"] += 1
            st["expected"].add(meta.get("chunk_count"))
        return states

    def is_current(self, source: str, file_hash: str, states: dict[str, dict[str, Any]]) -> bool:
        st = states.get(source)
        return bool(st) and st["hashes"] == {file_hash} and st["expected"] == {st["count"]}

    def drop(self) -> None:
        """Delete the whole collection (reindex) and start an empty one."""
        for name in (self.name, self.name + UNITS_SUFFIX):
            try:
                self.client.delete_collection(name)
            except Exception:  # noqa: BLE001 - absent is fine
                pass
        with self._lock:
            self._keyword = None
        self._collection = self._open_collection()
        self._units = self._open_units()

    # -- reading -------------------------------------------------------------------------
    def _to_passage(self, cid: str, text: str, meta: dict[str, Any], score: float) -> Passage:
        return Passage(
            id=cid,
            text=text,
            source=str(meta.get("source", "")),
            title=str(meta.get("title", "")),
            section=str(meta.get("section", "")),
            topic=str(meta.get("topic", "general")),
            kind=str(meta.get("kind", "guidance")),
            visibility=str(meta.get("visibility", "")),
            score=score,
            added_by=str(meta.get("added_by", "")),
            added_at=str(meta.get("added_at", "")),
            flags=str(meta.get("flags", "")),
        )

    def get(self, ids: Sequence[str]) -> list[Passage]:
        if not ids:
            return []
        got = self.collection.get(ids=list(ids), include=["documents", "metadatas"])
        by_id = {i: (d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])}
        return [self._to_passage(i, *by_id[i], 0.0) for i in ids if i in by_id]

    def _keyword_index(self) -> KeywordIndex:
        with self._lock:
            now = time.monotonic()
            if self._keyword is not None and now - self._checked_at < self.keyword_ttl:
                return self._keyword
            self._checked_at = now
            gen = (
                self.client.get_collection(self.name, embedding_function=self.embedder).metadata
                or {}
            ).get("generation")
            if self._keyword is None or gen != self._keyword_gen:
                rows = list(self.rows(text=True))
                ids = [r.id for r in rows]
                texts = [r.text or "" for r in rows]
                metas = [r.metadata for r in rows]
                searchable = [
                    f"{m.get('title', '')} {m.get('section', '')} {t}" for t, m in zip(texts, metas)
                ]
                kw = KeywordIndex(ids, searchable, metas)
                kw.texts = texts  # keep the passage text itself for results
                self._keyword, self._keyword_gen = kw, gen
                self._build += 1
                kw.build = self._build
                for cache in (self._results, self._vectors, self._unit_vecs):
                    cache.clear()
                live = {heading_of(m) for m in metas}  # removed sources take their headings
                for gone in [h for h in self._headings if h not in live]:
                    del self._headings[gone]
            return self._keyword

    def search(
        self,
        query: str,
        k: int = 5,
        *,
        topic: str | Sequence[str] | None = None,
        kinds: Sequence[str] | None = None,
        visibility: Sequence[str] | None = ("everyone",),
        mode: Mode = "hybrid",
        distinct: bool = True,
    ) -> list[Passage]:
        """The k best passages for a query, filtered by topic, kind and visibility.

        ``distinct`` keeps one passage per place (a past note, a section of guidance), as a
        person searching wants; plans read every part of a section and turn it off.
        """
        query = clean_query(well_formed(query or "")).strip()  # not its e-mail or chat wrapping
        if not query:
            raise InvalidInput("Type something to search for.")
        if len(query) > MAX_QUERY_CHARS:
            query = query[:MAX_QUERY_CHARS]
        if mode not in ("hybrid", "vector", "keyword"):
            raise InvalidInput(f"The search mode must be hybrid, vector or keyword, not '{mode}'.")
        k = max(1, min(int(k), 100))
        filters = {
            key: vals
            for key, vals in (
                ("topic", _as_list(topic)),
                ("kind", _as_list(kinds)),
                ("visibility", _as_list(visibility)),
            )
            if vals
        }
        kw = self._keyword_index()
        wanted = tuple((key, tuple(vals)) for key, vals in sorted(filters.items()))
        asked = (kw.build, query, k, mode, distinct, wanted)
        known = self._results.get(asked)
        if known is not None:
            return list(known)  # Passages are frozen: sharing them is safe
        out = self._search(kw, query, k, filters, mode, distinct)
        self._results.put(asked, tuple(out))
        return out

    def _search(
        self,
        kw: KeywordIndex,
        query: str,
        k: int,
        filters: dict[str, list[str]],
        mode: Mode,
        distinct: bool,
    ) -> list[Passage]:
        query = kw.correct(translate(query))  # Spanish and Indonesian read in English
        asks = search_rank.numbered_asks(query) if mode == "hybrid" else []
        if asks:  # several numbered asks: each one's best passages in turn
            lists = [self._ranked(kw, ask, filters, mode, distinct) for ask in asks]
            fused = search_rank.interleave(lists, self._place_key(kw, distinct))
        else:
            fused = self._ranked(kw, query, filters, mode, distinct)
        best = fused[:k]
        out = []
        for cid, score in best:
            row = kw.row(cid)
            if row is not None:
                out.append(self._to_passage(cid, kw.texts[row], kw.metas[row], score))
        return out

    @staticmethod
    def _place_key(kw: KeywordIndex, distinct: bool) -> Callable[[str], object]:
        """What makes two results one: the same place to read (``distinct``), or passage."""
        if not distinct:
            return lambda cid: cid
        return lambda cid: place_of(kw.metas[r]) if (r := kw.row(cid)) is not None else cid

    def _ranked(
        self,
        kw: KeywordIndex,
        query: str,
        filters: dict[str, list[str]],
        mode: Mode,
        distinct: bool,
    ) -> list[tuple[str, float]]:
        """Every candidate of the pool for one query, best first."""
        pool = SEARCH_POOL
        if mode == "hybrid":
            fused = self._hybrid(query, pool, filters, kw)
        elif mode == "vector":
            fused = (
                [(cid, 0.0) for cid in self._vector_ids(query, pool, filters, kw)]
                if len(kw)
                else []
            )
        else:
            fused = [(kw.ids[r], s) for r, s in kw.search(query, pool, filters)]
        if distinct:
            fused = search_rank.distinct(
                fused,
                {cid: place_of(kw.metas[r]) for cid, _ in fused if (r := kw.row(cid)) is not None},
            )
        return fused

    def _hybrid(
        self, query: str, pool: int, filters: dict[str, list[str]], kw: KeywordIndex
    ) -> list[tuple[str, float]]:
        """Vector and keyword candidates, scored together (coach.search_rank)."""
        rows = kw.search(query, pool, filters, self.expansions(query, kw))
        bm25 = {kw.ids[r]: s for r, s in rows}
        if not len(kw):
            return []
        vec = self._query_vector(query)
        ids = [*self._vector_ids(query, pool, filters, kw, vec), *bm25]
        ids = list(dict.fromkeys(ids))
        if not ids:
            return []
        by_id = self._stored(self.collection, self._vectors, kw.build, ids)
        cosine = {cid: float(np.asarray(by_id[cid]) @ vec) for cid in ids if cid in by_id}
        unit = self._best_units(ids, kw, vec)
        heads = {cid: heading_of(kw.metas[kw.row(cid)]) for cid in ids if kw.row(cid) is not None}
        vectors = self._heading_vectors(list(dict.fromkeys(heads.values())))
        heading = {cid: float(np.asarray(vectors[h]) @ vec) for cid, h in heads.items()}
        rare = kw.ids_with(kw.rare_terms(query))
        metas = {cid: kw.metas[r] for cid in ids if (r := kw.row(cid)) is not None}
        notes = {cid for cid, m in metas.items() if m.get("kind") == "shared-note"}
        intros = {cid for cid, m in metas.items() if not m.get("section") and cid not in notes}
        body, head = kw.coverage(query)
        words = {
            cid: (float(body[r]), float(head[r])) for cid in metas if (r := kw.row(cid)) is not None
        }
        return fuse(
            ids,
            cosine,
            heading,
            bm25,
            rare,
            notes,
            search_rank.WEIGHTS,
            unit,
            words,
            intros,
            notes_asked=search_rank.asks_for_notes(query),
        )

    def _encode_library_words(self, texts: Sequence[str]) -> Any:
        """The library's words are embedded once per data folder, not once per process."""
        if self.word_cache_dir is None:
            return self.embedder.encode(list(texts))
        from coach.vector_cache import cached

        return cached(self.word_cache_dir, self.embedder, "library-words")(list(texts))

    def expansions(self, query: str, kw: KeywordIndex | None = None) -> dict[str, float]:
        """Library words (stems) standing in for the query's words the library never uses
        (coach.query_expansion), with their weight in the keyword query."""
        return self._neighbours.expand(query, kw or self._keyword_index())

    def _best_units(self, ids: Sequence[str], kw: KeywordIndex, vec: Any) -> dict[str, float]:
        """Per candidate, the cosine of the query with its best-matching sentence or list
        item (candidates stored without units are absent)."""
        owner = {
            u: cid
            for cid in ids
            if (r := kw.row(cid)) is not None
            for u in self._unit_ids(cid, kw.metas[r])
        }
        if not owner:
            return {}
        got = self._stored(self.units, self._unit_vecs, kw.build, list(owner))
        if not got:
            return {}
        # Row by row (not one matrix product, whose rounding depends on which other rows
        # are in the matrix): a unit scores the same whatever was cached before.
        sims = (np.asarray(list(got.values()), dtype=np.float32) * vec).sum(axis=1)
        best: dict[str, float] = {}
        for uid, sim in zip(got, sims.tolist()):
            cid = owner[uid]
            best[cid] = max(best.get(cid, -1.0), sim)
        return best

    def _query_vector(self, query: str) -> Any:
        """The query's vector, embedded once while it is among the recent queries."""
        vec = self._queries.get(query)
        if vec is None:
            vec = search_rank.query_vector(query, self.embedder.embed_query)
            vec.flags.writeable = False  # shared by every search that asks it again
            self._queries.put(query, vec)
        return vec

    @staticmethod
    def _stored(collection: Any, cache: Bounded, build: int, ids: list[str]) -> dict[str, Any]:
        """The stored vectors of these ids (those present), read from Chroma once per build
        of the library; in the order Chroma gives them, cached ones first."""
        known = cache.get_many((build, i) for i in ids)
        found = {key[1]: vec for key, vec in known.items()}  # type: ignore[index]
        todo = [i for i in ids if i not in found]
        if todo:
            got = collection.get(ids=todo, include=["embeddings"])
            for i, vec in zip(got["ids"], got["embeddings"]):
                found[i] = vec
                cache.put((build, i), vec)
        return found

    def _heading_vectors(self, headings: list[str]) -> dict[str, Any]:
        """Vectors for these headings, embedding only the ones not cached; the cache keeps
        the most recently used HEADING_CACHE of them."""
        with self._lock:
            found = {h: self._headings[h] for h in headings if h in self._headings}
        todo = [h for h in headings if h not in found]
        if todo:
            found.update(zip(todo, self.embedder.encode(todo)))
        with self._lock:
            for h in headings:
                self._headings[h] = found[h]
                self._headings.move_to_end(h)
            while len(self._headings) > HEADING_CACHE:
                self._headings.popitem(last=False)
        return found

    def _vector_ids(
        self,
        query: str,
        pool: int,
        filters: dict[str, list[str]],
        kw: KeywordIndex,
        vec: Any = None,
    ) -> list[str]:
        """Nearest chunks that pass the filters.

        Chroma's metadata filter scans every row (about 200 ms at 100k chunks), so for broad
        filters we over-fetch unfiltered neighbours and filter in memory, falling back to
        Chroma's filter only when that leaves too few.
        """
        n = len(kw)
        share = kw.fraction(filters)
        if share == 0.0:
            return []
        vec = self._query_vector(query) if vec is None else vec
        if share >= 0.02:
            want = min(n, int(pool / share * 2) + pool)
            if want <= 3000:
                res = self.collection.query(
                    query_embeddings=[vec], n_results=want, include=["distances"]
                )
                ids = [i for i in res["ids"][0] if kw.matches(i, filters)]
                if len(ids) >= pool or want >= n:
                    return ids[:pool]
        res = self.collection.query(
            query_embeddings=[vec],
            n_results=min(pool, n),
            where=_where(filters),
            include=["distances"],
        )
        return res["ids"][0]

    def stats(self) -> dict[str, Any]:
        kw = self._keyword_index()
        by: dict[str, dict[str, int]] = {key: {} for key in _FILTER_KEYS}
        sources: set[str] = set()
        for m in kw.metas:
            sources.add(str(m.get("source")))
            for key in _FILTER_KEYS:
                v = str(m.get(key, ""))
                by[key][v] = by[key].get(v, 0) + 1
        return {
            "chunks": len(kw),
            "sources": len(sources),
            "embedding": self.built_with,
            "collection": self.name,
            **{f"by_{k}": v for k, v in by.items()},
        }


def open_index(
    settings: Settings,
    embedder: Embedder | None = None,
    *,
    keyword_ttl: float = KEYWORD_TTL,
    on_first_use: bool = False,
) -> Index:
    """Open (or create) the configured index. Nothing happens until this is called; with
    `on_first_use`, nothing until the index is first used (the web app's start)."""
    if on_first_use:
        index = Index.on_first_use(
            lambda: make_client(settings),
            settings.chroma_collection,
            (lambda: embedder) if embedder is not None else (lambda: _embedder_for(settings)),
            keyword_ttl=keyword_ttl,
        )
    else:
        index = Index(
            make_client(settings),
            settings.chroma_collection,
            embedder or _embedder_for(settings),
            keyword_ttl=keyword_ttl,
        )
    index.word_cache_dir = settings.data_dir
    return index


def _embedder_for(settings: Settings) -> Embedder:
    from coach.embeddings import make_embedder

    return make_embedder(settings)
