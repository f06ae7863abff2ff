"""The embedding contract: offline MiniLM verified by hash, one object for Chroma and LangChain,
and an OpenAI-compatible endpoint over real HTTP that the index refuses to mix."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest

from coach.embeddings import MiniLMEmbedding, OpenAICompatibleEmbedding, default_model_files
from coach.errors import EmbeddingMismatch, ModelFileError
from coach.index import open_index
from coach.settings import load_settings


def test_similar_texts_are_close_and_vectors_are_normalised(embedder: MiniLMEmbedding) -> None:
    v = embedder.encode(
        [
            "How do young people choose a bank?",
            "Gen Z picks a bank by its app reviews",
            "The ferry to the island leaves at noon",
        ]
    )
    assert v.shape == (3, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > 0.4 > v[0] @ v[2]


def test_batching_and_order_do_not_change_vectors(embedder: MiniLMEmbedding) -> None:
    texts = [f"Session {i}: " + "renting beats owning " * (i % 7 + 1) for i in range(40)]
    together = embedder.encode(texts)
    alone = np.stack([embedder.encode([t])[0] for t in texts[:5]])
    assert np.allclose(together[:5], alone, atol=1e-4)


def test_one_object_serves_langchain_and_chroma(embedder: MiniLMEmbedding, tmp_path: Path) -> None:
    from langchain_chroma import Chroma

    q = embedder.embed_query("ESG")  # LangChain: one string -> one vector
    assert isinstance(q, list) and len(q) == 384 and isinstance(q[0], float)
    assert len(embedder.embed_query(["ESG", "QRIS"])) == 2  # Chroma: a list -> vectors
    assert len(embedder.embed_documents(["a", "b", "c"])) == 3
    store = Chroma(
        collection_name="lc-test",
        embedding_function=embedder,
        persist_directory=str(tmp_path / "lc"),
    )
    store.add_texts(["Scope 3 covers supplier emissions.", "TikTok Shop sells live."])
    assert "Scope 3" in store.similarity_search("emissions from suppliers", k=1)[0].page_content


def test_an_altered_model_file_is_refused(tmp_path: Path) -> None:
    model, tokenizer = default_model_files()
    bad = tmp_path / "model.onnx"
    shutil.copyfile(model, bad)
    with bad.open("r+b") as f:
        f.seek(4096)
        byte = f.read(1)
        f.seek(4096)
        f.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(ModelFileError, match="not the pinned file"):
        MiniLMEmbedding(model_path=str(bad), tokenizer_path=str(tokenizer))
    with pytest.raises(ModelFileError, match="missing"):
        MiniLMEmbedding(model_path=str(tmp_path / "gone.onnx"), tokenizer_path=str(tokenizer))


def _vector(text: str, dim: int = 16) -> list[float]:
    digest = hashlib.sha256(text.lower().encode()).digest()
    return [b / 255 - 0.5 for b in digest[:dim]]


@pytest.fixture
def embeddings_server() -> Iterator[tuple[str, list[dict]]]:
    """A local OpenAI-compatible /v1/embeddings endpoint standing in for a paid API."""
    seen: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:  # noqa: N802
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append({"path": self.path, "auth": self.headers.get("Authorization"), **body})
            inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
            data = []
            for i, text in enumerate(inputs):
                vec = _vector(str(text))
                if body.get("encoding_format") == "base64":
                    vec = base64.b64encode(np.asarray(vec, dtype="<f4").tobytes()).decode()
                data.append({"object": "embedding", "index": i, "embedding": vec})
            out = json.dumps(
                {
                    "object": "list",
                    "data": data,
                    "model": body["model"],
                    "usage": {"prompt_tokens": 1, "total_tokens": 1},
                }
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1", seen
    server.shutdown()
    server.server_close()


def test_openai_compatible_embeddings_build_an_index_that_refuses_minilm(
    embeddings_server: tuple[str, list[dict]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    embedder: MiniLMEmbedding,
) -> None:
    url, seen = embeddings_server
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    settings = load_settings(data_dir=tmp_path, embedding="openai", embedding_model="embed-small")
    index = open_index(settings)
    assert isinstance(index.embedder, OpenAICompatibleEmbedding)
    index.add_text("note:1", "Scope 3 emissions come from suppliers.", title="N", topic="esg")
    assert index.search("Scope 3 emissions come from suppliers.", k=1)[0].source == "note:1"
    assert seen and seen[0]["path"] == "/v1/embeddings" and seen[0]["model"] == "embed-small"
    assert seen[0]["auth"] == "Bearer test-key"
    # The collection re-opens from its stored config without the key being stored in it.
    assert "test-key" not in json.dumps(index.embedder.get_config())
    with pytest.raises(EmbeddingMismatch, match="reindex"):
        open_index(load_settings(data_dir=tmp_path), embedder)
    fresh = open_index(load_settings(data_dir=tmp_path, chroma_collection="other"), embedder)
    assert fresh.built_with.startswith("minilm")


def test_the_dimension_comes_from_the_embedder(
    embeddings_server: tuple[str, list[dict]], embedder: MiniLMEmbedding
) -> None:
    url, seen = embeddings_server
    assert embedder.dim == 384 and embedder.encode([]).shape == (0, 384)
    known = OpenAICompatibleEmbedding(model="text-embedding-3-large", base_url=url, api_key="k")
    assert known.dim == 3072 and not seen  # known without asking
    other = OpenAICompatibleEmbedding(model="embed-small", base_url=url, api_key="k")
    assert other.encode([]).shape == (0, 16) and other.dim == 16 and len(seen) == 1
    assert other.encode(["a", "b"]).shape == (2, other.dim)
