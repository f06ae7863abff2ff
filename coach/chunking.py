"""Reading guidance files (Markdown, text, PDF, Word) and splitting them into citable chunks.

Chunks follow headings first, then size, and keep the heading path in their metadata.
Word and PDF files pass the checks of `upload_guard` (what the file really is, how far it
inflates, how many paragraphs or pages) before a parser opens them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from coach.errors import IngestError, InvalidInput
from coach.pdf_reading import meaningful_title, page_lines, pdf_markdown
from coach.topics import KINDS, VISIBILITIES, normalise_topic
from coach.upload_guard import (
    DEFAULT_LIMITS,
    Limits,
    check_content_matches,
    check_docx,
    check_page_count,
    check_pdf_streams,
)
from coach.utf8_text import decode_utf8

SUPPORTED = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".pdf": "pdf",
    ".docx": "docx",
}
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 5_000_000
CHUNK_CHARS = 900
CHUNK_OVERLAP = 120
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)
_HEADERS = [("#", "h1"), ("##", "h2"), ("###", "h3")]
# Set by whoever adds a document, never by the document itself.
PROVENANCE = ("added_by", "added_at", "flags")
_RESERVED = {
    "title",
    "topic",
    "kind",
    "visibility",
    *PROVENANCE,
    "source",
    "section",
    "chunk_hash",
    "file_hash",
    "text_hash",
    "ordinal",
    "chunk_count",
}


@dataclass
class SourceDoc:
    source: str
    text: str  # Markdown (headings preserved) or plain text
    title: str
    topic: str = "general"
    kind: str = "guidance"
    visibility: str = "everyone"
    fmt: str = "markdown"
    content_hash: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    added_by: str = ""  # who added the document: a person for uploads, the library for its own
    added_at: str = ""  # when (ISO 8601, UTC)
    flags: str = ""  # comma-separated upload_flags codes HR should look at
    claims: dict[str, str] = field(default_factory=dict)  # front matter's kind/visibility
    text_hash: str = ""  # the words alone: the same content under any name or format


@dataclass
class Chunk:
    id: str
    text: str
    metadata: dict[str, Any]

    @property
    def embed_text(self) -> str:
        """What is embedded: the chunk with its title and heading path for context."""
        head = " — ".join(x for x in (self.metadata["title"], self.metadata["section"]) if x)
        return f"{head}\n{self.text}" if head else self.text


def content_hash(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def words_hash(text: str) -> str:
    """A hash of the words alone (case, spacing, markup and line endings aside), so the same
    content saved as another file, or in another format, is recognised."""
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())
    return content_hash(" ".join(words))[:32]


def _decode(raw: bytes, name: str) -> str:
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(f"{name}: looks like a binary file, not text.")
    try:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = raw.decode("utf-16")
        else:
            text = decode_utf8(raw, f"{name}: the file is", "save it as UTF-8 and try again")
    except UnicodeDecodeError:
        raise IngestError(
            f"{name}: the file is not valid UTF-16 text; save it as UTF-8 and try again."
        ) from None
    except InvalidInput as exc:
        raise IngestError(str(exc)) from None
    sample = text[:20000]
    odd = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t") or ch == "\ufffd")
    if sample and odd / len(sample) > 0.02:
        raise IngestError(f"{name}: looks like a binary file, not text.")
    return text


def _front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        kind = exc.__class__.__name__
        raise IngestError(f"{name}: the front matter is not valid YAML ({kind}).") from None
    if not isinstance(meta, dict):
        raise IngestError(f"{name}: the front matter must be a set of `key: value` lines.")
    return meta, text[m.end() :]


def _pdf_text(path: Path, raw: bytes, name: str, limits: Limits) -> tuple[str, str | None]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    check_pdf_streams(raw, name, limits)
    try:
        reader = PdfReader(str(path))
        check_page_count(len(reader.pages), name, limits)
        pages, chars = [], 0
        for n, page in enumerate(reader.pages, 1):
            pages.append(page_lines(page, n))
            chars += sum(len(line.text) for line in pages[-1])
            if chars > MAX_TEXT_CHARS:
                raise IngestError(
                    f"{name}: holds more than {MAX_TEXT_CHARS:,} characters of "
                    "text; split it into smaller files."
                )
        title = (reader.metadata.title if reader.metadata else None) or None
    except (IngestError, MemoryError):
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(f"{name}: the PDF could not be read ({exc}).") from None
    except Exception as exc:  # pypdf raises a variety of errors on damaged files
        raise IngestError(f"{name}: the PDF is damaged ({exc.__class__.__name__}).") from None
    if not any(pages):
        raise IngestError(f"{name}: the PDF has no text layer (a scan?). Upload a text PDF.")
    return pdf_markdown(pages), title


def _paragraph_styles(doc: Any) -> tuple[dict[str, str], str]:
    """Paragraph style names by id, read once: python-docx looks a paragraph's style up by
    scanning every style in the file, which made long documents take minutes."""
    from docx.enum.style import WD_STYLE_TYPE

    names, default = {}, ""
    for st in doc.styles:
        if st.type == WD_STYLE_TYPE.PARAGRAPH:
            names[st.style_id] = (st.name or "").lower()
    found = doc.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    if found is not None:
        default = (found.name or "").lower()
    return names, default


def _docx_text(path: Path, name: str, limits: Limits) -> tuple[str, str | None]:
    import zipfile

    from docx import Document

    check_docx(path, name, limits)
    try:
        doc = Document(str(path))
    except MemoryError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise IngestError(f"{name}: the Word file could not be read ({exc}).") from None
    except Exception as exc:
        raise IngestError(f"{name}: the Word file is damaged ({exc.__class__.__name__}).") from None
    lines, title = [], doc.core_properties.title or None
    styles, default = _paragraph_styles(doc)
    for n, p in enumerate(doc.paragraphs):
        if n >= limits.max_paragraphs:  # counted before parsing; this holds if a count was off
            raise IngestError(
                f"{name}: holds more than {limits.max_paragraphs:,} paragraphs; "
                "split it into smaller files."
            )
        text = p.text.strip()
        if not text:
            continue
        style = styles.get(p._p.style or "", default)  # noqa: SLF001 - the style id, no lookup
        if style == "title":
            title = title or text
            lines.append(f"# {text}")
        elif style.startswith("heading"):
            level = min(int(style.split()[-1]) if style.split()[-1].isdigit() else 2, 3)
            lines.append(f"{'#' * level} {text}")
        else:
            lines.append(text)
    for table in doc.tables:
        for row in table.rows:
            lines.append(" | ".join(c.text.strip() for c in row.cells))
    return "\n\n".join(lines), title


# Bumped when PDF or Word files are read differently (headings, titles), so they are read again.
_BINARY_READER = b"\x00reader:2"


def file_hash(raw: bytes, overrides: dict[str, Any] | None = None) -> str:
    """What makes a file current: its bytes, what its uploader chose for it, and for PDF and
    Word files how they are read."""
    reader = _BINARY_READER if raw[:5] == b"%PDF-" or raw[:2] == b"PK" else b""
    return content_hash(raw + repr(sorted((overrides or {}).items())).encode() + reader)


def _scalar(meta: dict[str, Any], key: str) -> str | None:
    value = meta.get(key)
    return str(value)[:300] if isinstance(value, (str, int, float)) and value != "" else None


def load_file(
    path: Path,
    source: str,
    overrides: dict[str, Any] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> SourceDoc:
    """Read one file into a SourceDoc, or raise IngestError with a sentence saying why not.

    `overrides` win over the file's front matter: an upload's kind, visibility and who added
    it are what HR chose, whatever the file claims.
    """
    name = path.name
    fmt = SUPPORTED.get(path.suffix.lower())
    if fmt is None:
        allowed = ", ".join(sorted(SUPPORTED))
        raise IngestError(f"{name}: unsupported file type '{path.suffix}'. Use one of {allowed}.")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(f"{name}: cannot be opened ({exc.strerror}).") from None
    if size == 0:
        raise IngestError(f"{name}: the file is empty.")
    if size > MAX_FILE_BYTES:
        raise IngestError(
            f"{name}: is {size / 1e6:.0f} MB; the limit is "
            f"{MAX_FILE_BYTES // 1_000_000} MB. Split it into smaller files."
        )
    raw = path.read_bytes()
    check_content_matches(raw[:1024], fmt, name)
    meta: dict[str, Any] = {}
    title = None
    if fmt in ("markdown", "text"):
        text = _decode(raw, name)
        if fmt == "markdown":
            meta, text = _front_matter(text, name)
    elif fmt == "pdf":
        text, title = _pdf_text(path, raw, name, limits)
        fmt = "markdown"
    else:
        text, title = _docx_text(path, name, limits)
        fmt = "markdown"
    if not text.strip():
        raise IngestError(f"{name}: has no text to index.")
    if len(text) > MAX_TEXT_CHARS:
        raise IngestError(
            f"{name}: holds {len(text):,} characters of text; the limit is "
            f"{MAX_TEXT_CHARS:,}. Split it into smaller files."
        )
    claims = {k: str(meta[k])[:40] for k in ("kind", "visibility") if _scalar(meta, k)}
    meta = {k: v for k, v in meta.items() if k not in PROVENANCE}  # the file cannot vouch
    meta = {**meta, **(overrides or {})}
    title = meaningful_title(title, name)
    if not title and fmt == "markdown":
        h1 = re.search(r"^#\s+(.+)$", text, re.M)
        title = h1.group(1).strip() if h1 else None
    kind = _scalar(meta, "kind") or "guidance"
    visibility = _scalar(meta, "visibility") or "everyone"
    return SourceDoc(
        source=source,
        text=text,
        title=_scalar(meta, "title")
        or (title or "")[:300]
        or path.stem.replace("-", " ").replace("_", " "),
        topic=normalise_topic(_scalar(meta, "topic") or "general"),
        kind=kind if kind in KINDS else "guidance",
        visibility=visibility if visibility in VISIBILITIES else "everyone",
        fmt=fmt,
        content_hash=file_hash(raw, overrides),
        extra={
            k: v
            for k, v in meta.items()
            if k not in _RESERVED and isinstance(v, (str, int, float, bool))
        },
        added_by=str(meta.get("added_by") or ""),
        added_at=str(meta.get("added_at") or ""),
        claims=claims,
        text_hash=words_hash(text),
    )


def _slug(source: str) -> str:
    s = re.sub(r"^(knowledge|uploads)/", "", source)
    s = re.sub(r"\.(md|markdown|txt|pdf|docx)$", "", s)
    return re.sub(r"[^a-zA-Z0-9/_-]+", "-", s).strip("-") or "doc"


def split(doc: SourceDoc) -> list[Chunk]:
    """Split along headings, then by size; every chunk carries the full metadata set."""
    from langchain_text_splitters import MarkdownHeaderTextSplitter, RecursiveCharacterTextSplitter

    sizer = RecursiveCharacterTextSplitter(chunk_size=CHUNK_CHARS, chunk_overlap=CHUNK_OVERLAP)
    if doc.fmt == "markdown":
        sections = MarkdownHeaderTextSplitter(_HEADERS, strip_headers=True).split_text(doc.text)
        parts = [
            (" > ".join(s.metadata[h] for h in ("h2", "h3") if s.metadata.get(h)), s.page_content)
            for s in sections
        ]
    else:
        parts = [("", doc.text)]
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    for section, body in parts:
        for piece in sizer.split_text(body):
            piece = piece.strip()
            if not piece:
                continue
            key = f"{doc.source}\x00{section}\x00{piece}"
            n = seen.get(key, 0)
            seen[key] = n + 1
            digest = content_hash(key + "\x00" + str(n))[:10]
            cid = f"{_slug(doc.source)}#{digest}"
            chunks.append(
                Chunk(
                    cid,
                    piece,
                    {
                        **doc.extra,  # first: front matter may add labels, never rename the source
                        "source": doc.source,
                        "title": doc.title,
                        "section": section,
                        "topic": doc.topic,
                        "kind": doc.kind,
                        "visibility": doc.visibility,
                        "added_by": doc.added_by,
                        "added_at": doc.added_at,
                        "flags": doc.flags,
                        "chunk_hash": content_hash(piece)[:16],
                        "file_hash": doc.content_hash,
                        "text_hash": doc.text_hash,
                        "ordinal": len(chunks),
                    },
                )
            )
    for c in chunks:
        c.metadata["chunk_count"] = len(chunks)
    return chunks
