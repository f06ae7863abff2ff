"""Checks a file must pass before any parser opens it: what it really is, and how big it gets.

A 200 KB Word file can inflate to gigabytes, and a PDF stream likewise: the sizes an archive
or a stream *declares* are checked, and inflated with a cap, before python-docx or pypdf sees
them. Every refusal is a sentence about that one file.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from coach.errors import IngestError

MB = 1_000_000


@dataclass(frozen=True)
class Limits:
    """How much one uploaded file may ask of the machine.

    Each figure sits well above what a real guidance document needs (noted beside it) and far
    below what exhausts a small server; `benchmarks/bench_uploads.py` prints what they cost.
    """

    max_members: int = 1000  # files inside a Word archive; real ones hold 10-200
    max_member_bytes: int = 25 * MB  # one member, inflated (document.xml of ~20k paragraphs: 5 MB)
    max_unzipped_bytes: int = 100 * MB  # all members, inflated
    max_ratio: float = 100.0  # inflated / compressed for a member over `ratio_floor`
    ratio_floor: int = 1 * MB  # a small member may compress as well as it likes
    max_paragraphs: int = 20_000  # Word paragraphs, table cells included (~400 pages)
    max_pages: int = 500  # PDF pages
    max_stream_bytes: int = 20 * MB  # one PDF stream, inflated
    max_pdf_inflated: int = 150 * MB  # all PDF streams, inflated
    memory_mb: int = 1024  # address space of the process that parses (RLIMIT_AS)
    cpu_seconds: int = 30  # CPU time of that process (RLIMIT_CPU)
    wall_seconds: int = 180  # wall-clock time before it is stopped, on a busy machine

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


DEFAULT_LIMITS = Limits()
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_ARCHIVE_MAGIC = (*ZIP_MAGIC, b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!", b"BZh", b"\xfd7zXZ")
_ARCHIVE_NAMES = re.compile(
    r"\.(?:zip|docx|docm|xlsx|xlsm|pptx|odt|ods|jar|gz|tgz|7z|rar|bz2|"
    r"xz|cab)$",
    re.I,
)


def _mb(n: int) -> str:
    return f"{n / MB:,.0f} MB" if n >= MB else f"{n / 1000:,.0f} KB"


def what_it_is(head: bytes) -> str:
    """'zip', 'pdf' or 'other', from the first bytes of a file."""
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    return "other"


def check_content_matches(head: bytes, fmt: str, name: str) -> None:
    """A file is read by what it is: a zip named .pdf or .md is refused by that name."""
    actual = what_it_is(head)
    wanted = {"pdf": "pdf", "docx": "zip"}.get(fmt, "other")
    if wanted == "other" and actual == "pdf" and not head.startswith(b"%PDF-"):
        actual = "other"  # text that merely mentions a PDF header
    if actual == wanted:
        return
    what = {"zip": "a zip archive", "pdf": "a PDF"}.get(actual, "")
    expected = {"pdf": "a PDF", "docx": "a Word document (.docx)"}.get(fmt, "text")
    if what:
        raise IngestError(
            f"{name}: is {what}, not {expected}. Upload the file itself, with its own extension."
        )
    if fmt == "docx":
        raise IngestError(
            f"{name}: is not a Word document (.docx); its contents are not the "
            "zip archive Word saves. Save it again from Word as .docx."
        )
    raise IngestError(f"{name}: is not a PDF (it does not start like one).")


def _declared_members(path: Path) -> int | None:
    """The member count from the end-of-archive record, read before anything is listed."""
    with path.open("rb") as f:
        f.seek(0, 2)
        size = f.tell()
        f.seek(max(0, size - 66_000))
        tail = f.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 12 > len(tail):
        return None
    total = int.from_bytes(tail[at + 10 : at + 12], "little")
    return None if total == 0xFFFF else total  # zip64 keeps the real count elsewhere


def check_zip(path: Path, name: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse an archive that holds too many files, inflates too far, or nests another."""
    declared = _declared_members(path)
    if declared is not None and declared > limits.max_members:
        raise IngestError(
            f"{name}: holds {declared:,} files inside; a Word document needs far "
            f"fewer (the limit is {limits.max_members:,})."
        )
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            if len(infos) > limits.max_members:
                raise IngestError(
                    f"{name}: holds {len(infos):,} files inside; a Word document "
                    f"needs far fewer (the limit is {limits.max_members:,})."
                )
            total = 0
            for info in infos:
                _check_member(z, info, name, limits)
                total += info.file_size
                if total > limits.max_unzipped_bytes:
                    raise IngestError(
                        f"{name}: inflates to more than "
                        f"{_mb(limits.max_unzipped_bytes)} once unpacked; the "
                        "limit is there to keep the app responsive."
                    )
    except zipfile.BadZipFile as exc:
        raise IngestError(f"{name}: the Word file could not be read ({exc}).") from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, OSError) as exc:
        raise IngestError(f"{name}: the Word file could not be read ({exc}).") from None


def _check_member(z: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits) -> None:
    member = info.filename
    if info.flag_bits & 0x1:
        raise IngestError(f"{name}: is password-protected ({member}); save an unprotected copy.")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise IngestError(f"{name}: {member} uses a compression Word does not write.")
    if info.file_size > limits.max_member_bytes:
        raise IngestError(
            f"{name}: {member} inflates to {_mb(info.file_size)}; the limit for "
            f"one part of a Word file is {_mb(limits.max_member_bytes)}. Split "
            "the document into smaller files."
        )
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
        raise IngestError(
            f"{name}: {member} inflates {ratio:,.0f} times (from "
            f"{_mb(info.compress_size)} to {_mb(info.file_size)}); real documents "
            f"stay under {limits.max_ratio:,.0f} times. It looks built to exhaust "
            "the server, so it was not opened."
        )
    if info.is_dir():
        return
    if _ARCHIVE_NAMES.search(member):
        raise IngestError(
            f"{name}: holds another archive ({member}). Save a copy without "
            "embedded files (or paste the text into a new document)."
        )
    with z.open(info) as f:
        head = f.read(8)
    if head.startswith(_ARCHIVE_MAGIC):
        raise IngestError(
            f"{name}: holds another archive ({member}). Save a copy without "
            "embedded files (or paste the text into a new document)."
        )


_PARAGRAPH = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?p[\s>/]")


def count_paragraphs(path: Path, member: str = "word/document.xml") -> int:
    """Paragraph elements in a Word body, counted while streaming it (never held whole)."""
    count, tail = 0, b""
    with zipfile.ZipFile(path) as z, z.open(member) as f:
        while True:
            piece = f.read(1 << 20)
            if not piece:
                break
            buf = tail + piece
            keep = 64
            cut = max(0, len(buf) - keep)
            count += sum(1 for m in _PARAGRAPH.finditer(buf) if m.start() < cut)
            tail = buf[cut:]
    return count + sum(1 for _ in _PARAGRAPH.finditer(tail))


def check_docx(path: Path, name: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Everything about a Word file that can be checked without parsing its XML."""
    check_zip(path, name, limits)
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
    if "word/document.xml" not in names:
        raise IngestError(
            f"{name}: is not a Word document (.docx): it is a zip archive without "
            "the document part Word writes. Save it again from Word as .docx."
        )
    paragraphs = count_paragraphs(path)
    if paragraphs > limits.max_paragraphs:
        raise IngestError(
            f"{name}: holds {paragraphs:,} paragraphs; the limit is "
            f"{limits.max_paragraphs:,} (about 400 pages). Split it into smaller "
            "files."
        )


_STREAM = re.compile(rb"stream\r?\n")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")


def _zlib_header(two: bytes) -> bool:
    return len(two) == 2 and two[0] & 0x0F == 8 and (two[0] << 8 | two[1]) % 31 == 0


def check_pdf_streams(raw: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Inflate every compressed stream of a PDF with a cap, throwing the output away.

    Streams are found by their keyword rather than through the parser, so the check does not
    depend on how pypdf (or a damaged cross-reference table) would locate them.
    """
    total = 0
    for m in _STREAM.finditer(raw):
        start = m.end()
        if not _zlib_header(raw[start : start + 2]):  # images in JPEG, plain text, endstream
            continue
        head = raw[max(0, m.start() - 4096) : m.start()]
        if _IMAGE.search(head[head.rfind(b"obj") :]):
            continue  # pictures are not read for text; a large one is normal
        d = zlib.decompressobj()
        size, pos = 0, start
        try:
            while not d.eof and pos < len(raw):
                out = d.decompress(raw[pos : pos + 65_536], 1 << 20)
                size += len(out)
                while d.unconsumed_tail and size <= limits.max_stream_bytes:
                    out = d.decompress(d.unconsumed_tail, 1 << 20)
                    size += len(out)
                if size > limits.max_stream_bytes:
                    break
                pos += 65_536
        except zlib.error:
            pass  # not really a stream, or damaged: pypdf will say so
        if size > limits.max_stream_bytes:
            raise IngestError(
                f"{name}: one of its compressed streams inflates to more than "
                f"{_mb(limits.max_stream_bytes)}; real pages are far smaller. "
                "It looks built to exhaust the server, so it was not read."
            )
        total += size
        if total > limits.max_pdf_inflated:
            raise IngestError(
                f"{name}: its compressed streams inflate to more than "
                f"{_mb(limits.max_pdf_inflated)} in all; split the PDF into "
                "smaller files."
            )


def check_page_count(pages: int, name: str, limits: Limits = DEFAULT_LIMITS) -> None:
    if pages > limits.max_pages:
        raise IngestError(
            f"{name}: has {pages:,} pages; the limit is {limits.max_pages:,}. "
            "Split it into smaller files."
        )
