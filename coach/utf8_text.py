"""Bytes to text, refusing what is not UTF-8 with the first bad byte and where it is, so the
person can find it in their editor (the CLI's notes and HR's CSV upload say it alike)."""

from __future__ import annotations

from coach.errors import InvalidInput


def decode_utf8(raw: bytes, subject: str, then: str) -> str:
    """The text of `raw` (a UTF-8 byte order mark dropped), or InvalidInput reading
    "`subject` not UTF-8 text (byte 0x.. at position N); `then`."."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            f"{subject} not UTF-8 text (byte 0x{raw[exc.start]:02x} at position "
            f"{exc.start}); {then}."
        ) from None
