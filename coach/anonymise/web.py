"""Web addresses by the public suffix list, read from the copy tldextract ships.

A hand list of endings misses ".design", ".studio", ".vercel.app" and every suffix added
after it was written. The extractor is built with no list URLs and no cache directory, so
it never fetches and never writes: the snapshot bundled with the installed package is used.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import tldextract

# A host-like chunk: labels joined by dots, optional scheme and path.
HOST_RE = re.compile(
    r"(?:https?://)?(?<![\w@.-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})\.)+[A-Za-z][A-Za-z0-9-]{1,62}"
    r"(?![\w@-])(?:/[^\s,;)>\]\"']*)?"
)


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


@lru_cache(maxsize=4096)
def registered_domain(host: str) -> str | None:
    """``name.suffix`` for a host on a public suffix (private ones like vercel.app count)."""
    parts = _extractor()(host.lower())
    if not parts.suffix or not parts.domain:
        return None
    return f"{parts.domain}.{parts.suffix}"


def find_web_addresses(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, host) of every URL or bare domain whose ending is a public suffix."""
    for m in HOST_RE.finditer(text):
        chunk = m.group(0)
        host = re.sub(r"^https?://", "", chunk).split("/", 1)[0]
        if registered_domain(host) is None:
            continue
        end = m.end()
        while end > m.start() and text[end - 1] in ".!?":
            end -= 1
        yield m.start(), end, host.lower()
