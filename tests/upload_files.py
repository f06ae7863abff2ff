"""Hostile upload files built in the test, small on disk: zip bombs, PDF bombs, disguised zips."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

TINY_PARAGRAPH = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>"


def _docx_parts() -> dict[str, bytes]:
    """The members of a real one-paragraph Word file, as python-docx writes it."""
    from docx import Document

    buf = io.BytesIO()
    doc = Document()
    doc.add_paragraph("Hello")
    doc.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def _write_docx(
    path: Path,
    body_chunks,
    extra: dict[str, bytes] | None = None,  # noqa: ANN001
    level: int = 6,
) -> Path:
    """A Word file whose document body is streamed from `body_chunks` (bytes pieces)."""
    parts = _docx_parts()
    head = parts["word/document.xml"].split(b"<w:body>")[0] + b"<w:body>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for name, data in parts.items():
            if name == "word/document.xml":
                with z.open(name, "w") as f:
                    f.write(head)
                    for piece in body_chunks:
                        f.write(piece)
                    f.write(b"</w:body></w:document>")
            else:
                z.writestr(name, data)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def docx_bomb(path: Path, inflated_mb: int = 60) -> Path:
    """About 200 KB on disk; word/document.xml inflates to `inflated_mb` MB of tiny paragraphs."""
    block = TINY_PARAGRAPH * 30_000
    n = inflated_mb * 1_000_000 // len(block) + 1
    return _write_docx(path, (block for _ in range(n)))


def docx_paragraphs(path: Path, count: int) -> Path:
    """An ordinary-looking Word file with `count` short, distinct paragraphs."""
    return _write_docx(
        path,
        (
            b"<w:p><w:r><w:t>Point %d: listen before you advise.</w:t></w:r></w:p>" % i
            for i in range(count)
        ),
    )


def docx_with_members(path: Path, extra: dict[str, bytes]) -> Path:
    return _write_docx(path, [b"<w:p><w:r><w:t>Guidance.</w:t></w:r></w:p>"], extra)


def plain_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _pdf(objs: list[bytes], trailer: bytes = b"") -> bytes:
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1,
        trailer,
        xref,
    )
    return bytes(out)


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_bomb(path: Path, inflated_mb: int = 60) -> Path:
    """One page whose FlateDecode content stream inflates to `inflated_mb` MB of text operators."""
    comp = zlib.compressobj(9)
    body = bytearray(comp.compress(b"BT /F1 12 Tf 72 720 Td "))
    block = b"(a) Tj " * 100_000
    for _ in range(inflated_mb * 1_000_000 // len(block) + 1):
        body += comp.compress(block)
    body += comp.compress(b" ET") + comp.flush()
    stream = bytes(body)
    path.write_bytes(
        _pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                b"/Resources << /Font << /F1 5 0 R >> >> >>",
                b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
                + stream
                + b"\nendstream",
                _FONT,
            ]
        )
    )
    return path


def pdf_pages(path: Path, pages: int) -> Path:
    """A PDF of `pages` pages sharing one small content stream."""
    stream = b"BT /F1 12 Tf 72 720 Td (Listen first, advise later.) Tj ET"
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        _FONT,
    ]
    objs += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>"
    ] * pages
    path.write_bytes(_pdf(objs))
    return path


def _pdf_string(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")


def pdf_document(
    path: Path, pages: list[list[tuple[float, str]]], info: dict[str, str] | None = None
) -> Path:
    """A real PDF as a word processor writes one: each page a list of (font size, line) in
    reading order, headings set larger (and bold) than the body, `info` as its metadata."""
    first_page = 5  # catalog, pages, regular font, bold font, then a page and its content
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(len(pages)))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages),
        _FONT,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
    ]
    for i, lines in enumerate(pages):
        ops, y = [], 760.0
        for size, line in lines:
            y -= size * 1.6
            font = b"/F2" if size > 12 else b"/F1"
            ops.append(b"BT %s %g Tf 72 %g Td (%s) Tj ET" % (font, size, y, _pdf_string(line)))
        stream = b"\n".join(ops)
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % (first_page + 2 * i + 1)
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    trailer = b""
    if info is not None:
        fields = b" ".join(b"/%s (%s)" % (k.encode(), _pdf_string(v)) for k, v in info.items())
        objs.append(b"<< " + fields + b" >>")
        trailer = b" /Info %d 0 R" % len(objs)
    path.write_bytes(_pdf(objs, trailer))
    return path
